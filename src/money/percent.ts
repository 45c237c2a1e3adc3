import type { Decimal } from "decimal.js";
import { showValue } from "../_lib/show.js";
import { NgoaivuError, type Words } from "../errors/index.js";
import {
  add,
  checkDigits,
  checkRounding,
  type DecimalInput,
  div,
  mul,
  type Num,
  numToDecimal,
  type RoundingMode,
  toNum,
} from "./_num.js";
import { Money } from "./money.js";

/** Options for {@link growth} and {@link share}. */
export interface RatioOptions {
  /** Decimals of the result (in the unit chosen by `as`); 4 by default. */
  readonly digits?: number;
  /** Rounding of the last decimal; `"half-even"` by default. */
  readonly rounding?: RoundingMode;
  /** `"ratio"` (default: 2.49 for +249%) or `"percent"` (249). */
  readonly as?: "ratio" | "percent";
  /** What a zero denominator gives: `null` (default) or a `DIVISION_BY_ZERO` error (`"throw"`). */
  readonly onZero?: "null" | "throw";
}

/** A value growth and share can be computed on: an amount or a plain number. */
export type RatioInput = Money | DecimalInput;

function pair(a: RatioInput, b: RatioInput, names: readonly [string, string]): [Num, Num] {
  const am = Money.isMoney(a);
  const bm = Money.isMoney(b);
  if (am && bm) {
    if (a.currency !== b.currency) throw new NgoaivuError("CURRENCY_MISMATCH", { left: a.currency, right: b.currency });
    return [a.num(), b.num()];
  }
  if (am || bm) {
    throw new NgoaivuError("INVALID_ARGUMENT", {
      name: am ? names[1] : names[0],
      detail: {
        en: "both values must be amounts, or both plain numbers",
        vi: "hai giá trị phải cùng là số tiền, hoặc cùng là số thường",
      },
    });
  }
  return [toNum(a, [names[0]]), toNum(b, [names[1]])];
}

function ratio(n: Num, d: Num, options: RatioOptions, what: Words): Decimal | null {
  const digits = options.digits === undefined ? 4 : checkDigits(options.digits);
  const rounding = options.rounding === undefined ? "half-even" : checkRounding(options.rounding);
  if (options.as !== undefined && options.as !== "ratio" && options.as !== "percent") {
    throw new NgoaivuError(
      "INVALID_ENUM",
      { options: "ratio, percent", received: showValue(options.as) },
      { path: ["as"] },
    );
  }
  if (options.onZero !== undefined && options.onZero !== "null" && options.onZero !== "throw") {
    throw new NgoaivuError(
      "INVALID_ENUM",
      { options: "null, throw", received: showValue(options.onZero) },
      { path: ["onZero"] },
    );
  }
  if (d.units === 0n) {
    if (options.onZero === "throw") throw new NgoaivuError("DIVISION_BY_ZERO", { detail: what });
    return null;
  }
  const numerator = options.as === "percent" ? mul(n, { units: 100n, scale: 0 }) : n;
  return numToDecimal(div(numerator, d, digits, rounding));
}

/**
 * Growth from a previous value to the current one: `(current − previous) / previous`,
 * exact, then rounded to a stated number of decimals.
 *
 * @param current - this period's value (an amount or a number)
 * @param previous - the previous period's value, of the same kind and currency
 * @param options - `digits` (4), `rounding` (half-even), `as` (`"ratio"` or `"percent"`), `onZero`
 * @returns the growth as a `Decimal`, or `null` when `previous` is zero (never `Infinity`)
 * @throws `CURRENCY_MISMATCH`; `DIVISION_BY_ZERO` with `onZero: "throw"`
 *
 * @example
 * ```ts
 * import { growth } from "ngoaivu";
 * growth("6900", "1980.8", { as: "percent", digits: 0 })?.toString(); //=> "248"
 * growth(349, 100, { as: "percent", digits: 1 })?.toString(); //=> "249"
 * growth(120, 0); //=> null
 * growth(120, 0, { onZero: "throw" }); //=> throws DIVISION_BY_ZERO
 * ```
 */
export function growth(current: RatioInput, previous: RatioInput, options: RatioOptions = {}): Decimal | null {
  const [c, p] = pair(current, previous, ["current", "previous"]);
  return ratio(add(c, { units: -p.units, scale: p.scale }), p, options, {
    en: "growth from a previous value of zero",
    vi: "mức tăng so với giá trị trước bằng 0",
  });
}

/**
 * The share of a part in a whole: `part / whole`, exact, then rounded to a
 * stated number of decimals.
 *
 * @param part - the part (an amount or a number)
 * @param whole - the whole, of the same kind and currency
 * @param options - `digits` (4), `rounding` (half-even), `as` (`"ratio"` or `"percent"`), `onZero`
 * @returns the share as a `Decimal`, or `null` when `whole` is zero (never `Infinity`)
 * @throws `CURRENCY_MISMATCH`; `DIVISION_BY_ZERO` with `onZero: "throw"`
 *
 * @example
 * ```ts
 * import { Money, share } from "ngoaivu";
 * share(Money.of("1451355000000", "VND"), Money.of("1576566000000", "VND"), { as: "percent", digits: 2 })?.toString();
 * //=> "92.06"
 * share(7, 9)?.toString(); //=> "0.7778"
 * share(0, 0); //=> null
 * ```
 */
export function share(part: RatioInput, whole: RatioInput, options: RatioOptions = {}): Decimal | null {
  const [p, w] = pair(part, whole, ["part", "whole"]);
  return ratio(p, w, options, { en: "share of a whole of zero", vi: "tỷ trọng trong tổng bằng 0" });
}

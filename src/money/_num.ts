/**
 * Private exact decimal arithmetic on `bigint`: a value is `units / 10^scale`.
 * Everything in `money/` and `figure/` computes through these helpers, so no
 * amount ever passes through a JS float and no sum is ever rounded by a
 * precision limit.
 *
 * @internal
 * @module
 */
import { Decimal } from "decimal.js";
import { NgoaivuError, type PathSegment, quoteInput } from "../errors/index.js";

/** An exact decimal: `units / 10^scale`, `scale >= 0`. */
export interface Num {
  readonly units: bigint;
  readonly scale: number;
}

/**
 * How to round a value that has more decimals than wanted.
 *
 * - `"half-even"`: to nearest, ties to the even digit (banker's rounding; the default for reporting)
 * - `"half-up"`: to nearest, ties away from zero (the school rule)
 * - `"half-down"`: to nearest, ties toward zero
 * - `"up"`: away from zero; `"down"`: toward zero (truncate)
 * - `"ceil"`: toward +∞; `"floor"`: toward −∞
 */
export type RoundingMode = "half-even" | "half-up" | "half-down" | "up" | "down" | "ceil" | "floor";

/**
 * The rounding modes, in a stable order.
 *
 * @example
 * ```ts
 * import { ROUNDING_MODES } from "ngoaivu";
 * ROUNDING_MODES[0]; //=> "half-even"
 * ```
 */
export const ROUNDING_MODES: readonly RoundingMode[] = [
  "half-even",
  "half-up",
  "half-down",
  "up",
  "down",
  "ceil",
  "floor",
];

/** A value an amount, factor or ratio can be given as. */
export type DecimalInput = string | number | bigint | Decimal;

/**
 * decimal.js constructor used for every `Decimal` the library hands out:
 * half-even rounding, plain notation in `toString()` for any magnitude, and a
 * precision of 1,000 significant digits (library sums never go through it:
 * they are integer arithmetic).
 *
 * @example
 * ```ts
 * import { ExactDecimal } from "ngoaivu";
 * new ExactDecimal("12345678901234567890.12").plus("0.01").toString(); //=> "12345678901234567890.13"
 * new ExactDecimal("1e25").toString(); //=> "10000000000000000000000000"
 * ```
 */
export const ExactDecimal: Decimal.Constructor = /* @__PURE__ */ Decimal.clone({
  precision: 1000,
  rounding: Decimal.ROUND_HALF_EVEN,
  toExpNeg: -9e15,
  toExpPos: 9e15,
});

const POW10: bigint[] = [1n];
/** `10n ** n`, cached for small n. */
export function pow10(n: number): bigint {
  if (n < 64) {
    let p = POW10[n];
    if (p === undefined) {
      for (let i = POW10.length; i <= n; i++) POW10[i] = (POW10[i - 1] as bigint) * 10n;
      p = POW10[n] as bigint;
    }
    return p;
  }
  return 10n ** BigInt(n);
}

/**
 * Longest decimal string an amount, rate or factor may be written in (digits,
 * sign and point): {@link Money.of}, `Money.fromJSON`, `toDecimal` and every
 * other reader of a plain decimal refuse a longer one with `TOO_LONG`.
 *
 * @example
 * ```ts
 * import { MAX_DECIMAL_LENGTH, Money } from "ngoaivu";
 * MAX_DECIMAL_LENGTH; //=> 1000
 * Money.of("1".repeat(1001), "VND"); //=> throws TOO_LONG
 * ```
 */
export const MAX_DECIMAL_LENGTH = 1000;

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * Parses a plain decimal string: optional `-`, digits, optional `.` and digits.
 * No exponent, no hex, no spaces, no `+`, no leading/trailing point.
 * Returns `undefined` when the string is not of that form. Linear time.
 */
export function parsePlainDecimal(text: string): Num | undefined {
  const n = text.length;
  if (n === 0 || n > MAX_DECIMAL_LENGTH) return undefined;
  let i = 0;
  const negative = text.charCodeAt(0) === 45;
  if (negative) i = 1;
  const intStart = i;
  while (i < n && isDigitCode(text.charCodeAt(i))) i++;
  const intDigits = text.slice(intStart, i);
  if (intDigits.length === 0) return undefined;
  let fracDigits = "";
  if (i < n) {
    if (text.charCodeAt(i) !== 46) return undefined;
    i++;
    const fracStart = i;
    while (i < n && isDigitCode(text.charCodeAt(i))) i++;
    if (i !== n || i === fracStart) return undefined;
    fracDigits = text.slice(fracStart, i);
  }
  const magnitude = BigInt(intDigits + fracDigits);
  return { units: negative ? -magnitude : magnitude, scale: fracDigits.length };
}

/** Describes a value for an error message without throwing on odd inputs. */
export function describe(value: unknown): string {
  if (typeof value === "string") return quoteInput(value);
  if (typeof value === "bigint") return `${value}n`;
  if (typeof value === "number" || typeof value === "boolean" || value === null || value === undefined) {
    return String(value);
  }
  if (Decimal.isDecimal(value)) return value.toString();
  return Object.prototype.toString.call(value);
}

/**
 * Reads any accepted input as an exact decimal, or throws `INVALID_AMOUNT` /
 * `UNSAFE_NUMBER`.
 */
export function toNum(value: unknown, path: readonly PathSegment[] = []): Num {
  if (typeof value === "bigint") return { units: value, scale: 0 };
  if (typeof value === "number") {
    if (!Number.isSafeInteger(value)) throw new NgoaivuError("UNSAFE_NUMBER", { value: String(value) }, { path });
    return { units: BigInt(value), scale: 0 };
  }
  if (typeof value === "string") {
    if (value.length > MAX_DECIMAL_LENGTH) {
      throw new NgoaivuError("TOO_LONG", { max: MAX_DECIMAL_LENGTH, length: value.length }, { path });
    }
    const parsed = parsePlainDecimal(value);
    if (parsed === undefined) {
      throw new NgoaivuError(
        "INVALID_AMOUNT",
        {
          value: describe(value),
          detail: {
            en: "expected a plain decimal string such as 1576566000000 or -12.50",
            vi: "cần chuỗi thập phân thông thường, như 1576566000000 hoặc -12.50",
          },
        },
        { path },
      );
    }
    return parsed;
  }
  if (Decimal.isDecimal(value)) {
    if (!value.isFinite()) {
      throw new NgoaivuError(
        "INVALID_AMOUNT",
        { value: value.toString(), detail: { en: "not a finite number", vi: "không phải số hữu hạn" } },
        { path },
      );
    }
    // The length of its plain form, from its exponent and decimals (before writing 1e9000000 out).
    const places = value.decimalPlaces();
    const length =
      (value.isNegative() && !value.isZero() ? 1 : 0) + Math.max(value.e, 0) + 1 + (places > 0 ? places + 1 : 0);
    if (length > MAX_DECIMAL_LENGTH) throw new NgoaivuError("TOO_LONG", { max: MAX_DECIMAL_LENGTH, length }, { path });
    const fixed = value.toFixed();
    // A plain decimal of at most MAX_DECIMAL_LENGTH characters: it parses.
    return parsePlainDecimal(fixed.startsWith("-0") && value.isZero() ? fixed.slice(1) : fixed) as Num;
  }
  throw new NgoaivuError(
    "INVALID_AMOUNT",
    {
      value: describe(value),
      detail: {
        en: "expected a decimal string, a Decimal, a bigint or a safe integer",
        vi: "cần chuỗi thập phân, Decimal, số nguyên lớn hoặc số nguyên an toàn",
      },
    },
    { path },
  );
}

/** The same value written with `scale` decimals (scale must not shrink). */
export function rescale(a: Num, scale: number): bigint {
  return scale === a.scale ? a.units : a.units * pow10(scale - a.scale);
}

/** Drops trailing zero decimals, keeping at least `minScale`. */
export function trim(a: Num, minScale = 0): Num {
  let { units, scale } = a;
  while (scale > minScale && units % 10n === 0n) {
    units /= 10n;
    scale--;
  }
  return scale === a.scale ? a : { units, scale };
}

/** Exact sum. */
export function add(a: Num, b: Num): Num {
  if (a.scale === b.scale) return { units: a.units + b.units, scale: a.scale };
  const scale = Math.max(a.scale, b.scale);
  return { units: rescale(a, scale) + rescale(b, scale), scale };
}

/** Exact product. */
export function mul(a: Num, b: Num): Num {
  return { units: a.units * b.units, scale: a.scale + b.scale };
}

/** Compares two values: -1, 0 or 1. */
export function cmp(a: Num, b: Num): -1 | 0 | 1 {
  const scale = Math.max(a.scale, b.scale);
  const x = rescale(a, scale);
  const y = rescale(b, scale);
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * Integer division `n / d` (d ≠ 0) rounded by `mode`.
 */
export function divRound(n: bigint, d: bigint, mode: RoundingMode): bigint {
  if (d < 0n) {
    n = -n;
    d = -d;
  }
  const q = n / d; // truncated toward zero
  const r = n % d; // same sign as n
  if (r === 0n) return q;
  const positive = n > 0n;
  const away = positive ? q + 1n : q - 1n;
  switch (mode) {
    case "down":
      return q;
    case "up":
      return away;
    case "ceil":
      return positive ? away : q;
    case "floor":
      return positive ? q : away;
    default: {
      const twice = 2n * (r < 0n ? -r : r);
      if (twice > d) return away;
      if (twice < d) return q;
      if (mode === "half-up") return away;
      if (mode === "half-down") return q;
      return q % 2n === 0n ? q : away;
    }
  }
}

/** Rounds to `scale` decimals (no-op when it already has at most that many). */
export function roundTo(a: Num, scale: number, mode: RoundingMode): Num {
  if (a.scale <= scale) return a;
  return { units: divRound(a.units, pow10(a.scale - scale), mode), scale };
}

/** `a / b` rounded to `scale` decimals; `b` must not be zero. */
export function div(a: Num, b: Num, scale: number, mode: RoundingMode): Num {
  // a.units/10^a.s ÷ b.units/10^b.s × 10^scale = a.units × 10^(scale + b.s) / (b.units × 10^a.s)
  const n = a.units * pow10(scale + b.scale);
  const d = b.units * pow10(a.scale);
  return { units: divRound(n, d, mode), scale };
}

/** Plain decimal string, e.g. `"-12.50"` (keeps the scale). */
export function numToString(a: Num): string {
  const negative = a.units < 0n;
  const digits = (negative ? -a.units : a.units).toString();
  if (a.scale === 0) return negative ? `-${digits}` : digits;
  const padded = digits.length <= a.scale ? "0".repeat(a.scale - digits.length + 1) + digits : digits;
  const cut = padded.length - a.scale;
  return `${negative ? "-" : ""}${padded.slice(0, cut)}.${padded.slice(cut)}`;
}

/** The value as an {@link ExactDecimal}. */
export function numToDecimal(a: Num): Decimal {
  return new ExactDecimal(numToString(a));
}

/** Checks a rounding mode given at run time. */
export function checkRounding(mode: unknown, path: readonly PathSegment[] = ["rounding"]): RoundingMode {
  if (typeof mode === "string" && (ROUNDING_MODES as readonly string[]).includes(mode)) return mode as RoundingMode;
  throw new NgoaivuError("INVALID_ENUM", { options: ROUNDING_MODES.join(", "), received: describe(mode) }, { path });
}

/** Checks a number of decimal places given at run time. */
export function checkDigits(digits: unknown, path: readonly PathSegment[] = ["digits"]): number {
  if (typeof digits === "number" && Number.isInteger(digits) && digits >= 0 && digits <= 100) return digits;
  throw new NgoaivuError(
    "OUT_OF_RANGE",
    { value: describe(digits), range: { en: "an integer 0..100", vi: "số nguyên từ 0 đến 100" } },
    { path },
  );
}

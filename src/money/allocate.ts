import { NgoaivuError } from "../errors/index.js";
import { type DecimalInput, numToString, rescale, toNum } from "./_num.js";
import { getCurrency } from "./currency.js";
import { Money, typeOf } from "./money.js";

/**
 * Splits an amount by ratios so that the parts add up exactly to the whole,
 * by the largest-remainder method in the currency's minor unit: each part
 * first gets its share rounded toward zero, then the minor units left over go
 * one each to the parts with the largest remainders (the earlier part wins a
 * tie). A part with ratio 0 gets 0. An amount finer than the minor unit is
 * split in its own finest unit.
 *
 * @param amount - the whole
 * @param ratios - non-negative decimals (strings, `Decimal`s, bigints or safe
 *   integers), not all zero; e.g. co-financing shares `["70", "30"]`
 * @returns one part per ratio, in order; their sum equals `amount`
 * @throws `INVALID_RATIOS` for an empty list, a negative ratio or ratios that are all zero
 *
 * @example
 * ```ts
 * import { Money, allocate } from "ngoaivu";
 * allocate(Money.of("100", "USD"), [1, 1, 1]).map(String); //=> ["33.34 USD", "33.33 USD", "33.33 USD"]
 * allocate(Money.of("1576566000000", "VND"), ["0.7", "0.3"]).map(String);
 * //=> ["1103596200000 VND", "472969800000 VND"]
 * allocate(Money.of("10", "VND"), []); //=> throws INVALID_RATIOS
 * ```
 */
export function allocate(amount: Money, ratios: readonly DecimalInput[]): Money[] {
  if (!Money.isMoney(amount)) {
    throw new NgoaivuError("INVALID_TYPE", { expected: "Money", received: typeOf(amount) }, { path: ["amount"] });
  }
  if (!Array.isArray(ratios) || ratios.length === 0) {
    throw new NgoaivuError(
      "INVALID_RATIOS",
      { detail: { en: "give at least one ratio", vi: "cần ít nhất một tỷ lệ" } },
      { path: ["ratios"] },
    );
  }
  const nums = ratios.map((r, i) => toNum(r, ["ratios", i]));
  nums.forEach((n, i) => {
    if (n.units < 0n) {
      throw new NgoaivuError(
        "INVALID_RATIOS",
        { detail: { en: `ratio ${numToString(n)} is negative`, vi: `tỷ lệ ${numToString(n)} là số âm` } },
        { path: ["ratios", i] },
      );
    }
  });
  // A loop, not Math.max(...): spreading a million ratios overflows the call stack.
  let ratioScale = 0;
  for (const n of nums) if (n.scale > ratioScale) ratioScale = n.scale;
  const weights = nums.map((n) => rescale(n, ratioScale));
  const totalWeight = weights.reduce((a, b) => a + b, 0n);
  if (totalWeight === 0n) {
    throw new NgoaivuError(
      "INVALID_RATIOS",
      { detail: { en: "the ratios are all zero", vi: "mọi tỷ lệ đều bằng 0" } },
      { path: ["ratios"] },
    );
  }
  const { minorDigits } = getCurrency(amount.currency);
  const scale = Math.max(minorDigits, amount._scale);
  const whole = rescale(amount.num(), scale);
  const negative = whole < 0n;
  const magnitude = negative ? -whole : whole;
  const parts = weights.map((w) => (magnitude * w) / totalWeight);
  const remainders = weights.map((w, i) => ({ i, r: (magnitude * w) % totalWeight }));
  let left = magnitude - parts.reduce((a, b) => a + b, 0n);
  remainders.sort((a, b) => (a.r > b.r ? -1 : a.r < b.r ? 1 : a.i - b.i));
  for (const { i } of remainders) {
    if (left === 0n) break;
    parts[i] = (parts[i] as bigint) + 1n;
    left--;
  }
  return parts.map((p) => Money._fromNum({ units: negative ? -p : p, scale }, amount.currency, minorDigits));
}

/**
 * Splits an amount into `count` parts as equal as the minor unit allows
 * (the first parts get the extra units).
 *
 * @param amount - the whole
 * @param count - the number of parts, a positive safe integer
 * @returns the parts; their sum equals `amount`
 * @throws `INVALID_RATIOS` when `count` is not a positive integer
 *
 * @example
 * ```ts
 * import { Money, allocateEvenly } from "ngoaivu";
 * allocateEvenly(Money.of("0.05", "USD"), 3).map(String); //=> ["0.02 USD", "0.02 USD", "0.01 USD"]
 * ```
 */
export function allocateEvenly(amount: Money, count: number): Money[] {
  if (!Number.isSafeInteger(count) || count < 1 || count > 1_000_000) {
    throw new NgoaivuError(
      "INVALID_RATIOS",
      { detail: { en: `cannot split into ${String(count)} parts`, vi: `không chia được thành ${String(count)} phần` } },
      { path: ["count"] },
    );
  }
  return allocate(amount, new Array<number>(count).fill(1));
}

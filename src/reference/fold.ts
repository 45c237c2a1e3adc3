import { NgoaivuError } from "../errors/index.js";

/**
 * Longest name or code {@link findProvince} and {@link findCountry} look up
 * (the longest name they know is under 60 characters); a longer query is
 * refused with `TOO_LONG`.
 *
 * @example
 * ```ts
 * import { MAX_NAME_QUERY_LENGTH } from "ngoaivu";
 * MAX_NAME_QUERY_LENGTH; //=> 100
 * ```
 */
export const MAX_NAME_QUERY_LENGTH = 100;

/** @internal `TOO_LONG` for a query past {@link MAX_NAME_QUERY_LENGTH}. */
export function checkQueryLength(query: string): void {
  if (query.length > MAX_NAME_QUERY_LENGTH) {
    throw new NgoaivuError("TOO_LONG", { max: MAX_NAME_QUERY_LENGTH, length: query.length });
  }
}

/**
 * Folds Vietnamese text for comparison: removes tone marks and the other
 * diacritics (whatever vowel carries them, so `Hòa` and `Hoà` fold alike),
 * writes `đ`/`Đ` as `d`, lower-cases, and collapses white space.
 *
 * @param text - any text
 * @returns the folded text
 *
 * @example
 * ```ts
 * import { foldVietnamese } from "ngoaivu";
 * foldVietnamese("Hòa Bình"); //=> "hoa binh"
 * foldVietnamese("Hoà Bình"); //=> "hoa binh"
 * foldVietnamese("  Đà   Nẵng "); //=> "da nang"
 * ```
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ\u00d0\u00f0]/g, "d")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/** @internal A name reduced to letters and digits, without the words tỉnh, thành phố, TP, province, city. */
export function nameKey(text: string): string {
  return foldVietnamese(text)
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .replace(/^(?:(?:tinh|thanh pho|tp|province of|city of) )+/, "")
    .replace(/(?: (?:province|city))+$/, "")
    .replace(/ /g, "");
}

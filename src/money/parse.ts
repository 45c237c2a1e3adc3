import { showValue } from "../_lib/show.js";
import { kindParam, NgoaivuError } from "../errors/index.js";
import { add, describe, type Num, pow10 } from "./_num.js";
import { getCurrency, isCurrencyCode } from "./currency.js";
import type { NumberLocale } from "./format.js";
import { Money } from "./money.js";

/** Options for {@link parseMoney}. */
export interface ParseMoneyOptions {
  /**
   * How the number is written: `"vi"` (`.` groups thousands, `,` marks
   * decimals) or `"en"` (the reverse). Without it, the words in the text
   * decide (`tỷ`, `triệu`, `đồng` are Vietnamese; `million`, `bn` English),
   * and a number that could be read both ways (`1.576`) is refused.
   */
  readonly locale?: NumberLocale;
  /** The currency when the text names none (e.g. `"1.576 tỷ"` in a VND column). */
  readonly currency?: string;
}

/**
 * Longest text {@link parseMoney} reads (longer text is refused with `TOO_LONG`).
 *
 * @example
 * ```ts
 * import { MAX_MONEY_TEXT_LENGTH } from "ngoaivu";
 * MAX_MONEY_TEXT_LENGTH; //=> 200
 * ```
 */
export const MAX_MONEY_TEXT_LENGTH = 200;

// Currency markers, lower case. Three-letter codes are recognised from the registry.
const MARKERS: ReadonlyMap<string, { code: string; hint?: NumberLocale }> = /* @__PURE__ */ new Map([
  ["₫", { code: "VND" }],
  ["đ", { code: "VND", hint: "vi" as const }],
  ["đồng", { code: "VND", hint: "vi" as const }],
  ["vnđ", { code: "VND", hint: "vi" as const }],
  ["$", { code: "USD" }],
  ["us$", { code: "USD" }],
  ["€", { code: "EUR" }],
  ["£", { code: "GBP" }],
  ["¥", { code: "JPY" }],
  ["cn¥", { code: "CNY" }],
  ["₩", { code: "KRW" }],
  ["a$", { code: "AUD" }],
  ["au$", { code: "AUD" }],
  ["ca$", { code: "CAD" }],
  ["hk$", { code: "HKD" }],
  ["nt$", { code: "TWD" }],
  ["nz$", { code: "NZD" }],
  ["s$", { code: "SGD" }],
  ["₹", { code: "INR" }],
  ["฿", { code: "THB" }],
  ["₱", { code: "PHP" }],
  ["₪", { code: "ILS" }],
  ["₭", { code: "LAK" }],
  ["៛", { code: "KHR" }],
]);

// Scale words: power of ten and the language they belong to (undefined: both).
const SCALES: ReadonlyMap<string, { exponent: number; hint?: NumberLocale }> = /* @__PURE__ */ new Map([
  ["nghìn", { exponent: 3, hint: "vi" as const }],
  ["ngàn", { exponent: 3, hint: "vi" as const }],
  ["triệu", { exponent: 6, hint: "vi" as const }],
  ["tr", { exponent: 6, hint: "vi" as const }],
  ["tỷ", { exponent: 9, hint: "vi" as const }],
  ["tỉ", { exponent: 9, hint: "vi" as const }],
  ["thousand", { exponent: 3, hint: "en" as const }],
  ["k", { exponent: 3, hint: "en" as const }],
  ["million", { exponent: 6, hint: "en" as const }],
  ["millions", { exponent: 6, hint: "en" as const }],
  ["mn", { exponent: 6, hint: "en" as const }],
  ["mln", { exponent: 6, hint: "en" as const }],
  ["m", { exponent: 6, hint: "en" as const }],
  ["billion", { exponent: 9, hint: "en" as const }],
  ["billions", { exponent: 9, hint: "en" as const }],
  ["bn", { exponent: 9, hint: "en" as const }],
  ["b", { exponent: 9, hint: "en" as const }],
  ["trillion", { exponent: 12, hint: "en" as const }],
  ["tn", { exponent: 12, hint: "en" as const }],
]);

/** @internal A token of amount text. */
export type Token =
  | { readonly kind: "number"; readonly raw: string }
  | { readonly kind: "word"; readonly raw: string }
  | { readonly kind: "sign"; readonly negative: boolean };

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= "0" && c <= "9";
}

/** Whether position `i` starts exactly three digits followed by a non-digit. */
function threeDigitsAt(text: string, i: number): boolean {
  return isDigit(text[i]) && isDigit(text[i + 1]) && isDigit(text[i + 2]) && !isDigit(text[i + 3]);
}

/**
 * @internal Normalises amount text: NFC, lower case, every kind of space to
 * one ASCII space, the minus sign (U+2212) to `-`.
 */
export function normalizeAmountText(text: string): string {
  let out = "";
  for (const ch of text.normalize("NFC").toLowerCase()) {
    if (ch === "\u00a0" || ch === "\u202f" || ch === "\u2009" || ch === "\t" || ch === "\n" || ch === "\r") out += " ";
    else if (ch === "\u2212") out += "-";
    else out += ch;
  }
  return out;
}

/** @internal Splits normalised text into numbers, words and signs, in one linear pass. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i] as string;
    if (c === " ") {
      i++;
    } else if (c === "-" || c === "+") {
      tokens.push({ kind: "sign", negative: c === "-" });
      i++;
    } else if (isDigit(c)) {
      const start = i;
      i++;
      for (;;) {
        const d = text[i];
        if (isDigit(d)) i++;
        else if ((d === "." || d === ",") && isDigit(text[i + 1])) i += 2;
        else if (d === " " && threeDigitsAt(text, i + 1)) i += 4;
        else break;
      }
      tokens.push({ kind: "number", raw: text.slice(start, i) });
    } else {
      const start = i;
      while (i < n) {
        const d = text[i] as string;
        if (d === " " || d === "-" || d === "+" || isDigit(d)) break;
        i++;
      }
      tokens.push({ kind: "word", raw: text.slice(start, i) });
    }
  }
  return tokens;
}

/** The outcome of reading one number token. */
type NumberReading = { readonly num: Num } | { readonly ambiguous: true } | { readonly invalid: true };

function groupsValid(parts: readonly string[]): boolean {
  const first = parts[0] as string;
  if (first.length < 1 || first.length > 3) return false;
  for (let k = 1; k < parts.length; k++) if ((parts[k] as string).length !== 3) return false;
  return true;
}

function digitsToNum(int: string, frac: string): Num {
  return { units: BigInt(int + frac), scale: frac.length };
}

/**
 * @internal Reads a number written with group and decimal separators:
 * `1.576.566`, `1,576.566`, `1 576 566,5`, `1576,566`.
 */
export function readNumber(raw: string, locale: NumberLocale | undefined): NumberReading {
  let dots = 0;
  let commas = 0;
  let spaces = 0;
  for (const ch of raw) {
    if (ch === ".") dots++;
    else if (ch === ",") commas++;
    else if (ch === " ") spaces++;
  }
  if (dots === 0 && commas === 0 && spaces === 0) return { num: digitsToNum(raw, "") };
  let group: string | undefined;
  let decimal: string | undefined;
  if (spaces > 0) {
    if (dots > 0 && commas > 0) return { invalid: true };
    group = " ";
    if (dots + commas > 1) return { invalid: true };
    decimal = dots === 1 ? "." : commas === 1 ? "," : undefined;
  } else if (dots > 0 && commas > 0) {
    decimal = raw.lastIndexOf(".") > raw.lastIndexOf(",") ? "." : ",";
    group = decimal === "." ? "," : ".";
    if ((decimal === "." ? dots : commas) !== 1) return { invalid: true };
  } else {
    const sep = dots > 0 ? "." : ",";
    if (dots + commas > 1) group = sep;
    else {
      const at = raw.indexOf(sep);
      const before = raw.slice(0, at);
      const after = raw.slice(at + 1);
      if (after.length !== 3 || before === "0" || before.length > 3) decimal = sep;
      else if (locale === undefined) return { ambiguous: true };
      else if (SEPARATORS_OF[locale].group === sep) group = sep;
      else decimal = sep;
    }
  }
  let int = raw;
  let frac = "";
  if (decimal !== undefined) {
    const at = raw.lastIndexOf(decimal);
    int = raw.slice(0, at);
    frac = raw.slice(at + 1);
  }
  if (group !== undefined) {
    const parts = int.split(group);
    if (!groupsValid(parts)) return { invalid: true };
    int = parts.join("");
  }
  return { num: digitsToNum(int, frac) };
}

const SEPARATORS_OF: Record<NumberLocale, { group: string }> = { vi: { group: "." }, en: { group: "," } };

/** @internal What {@link readAmountTokens} found. */
export interface AmountReading {
  readonly num: Num;
  readonly currency?: string;
  /** Words after the amount that are neither scale words nor currencies (only when allowed). */
  readonly trailing: readonly string[];
  /** The language the words suggested, if any. */
  readonly hint?: NumberLocale;
}

function marker(word: string): { code: string; hint?: NumberLocale } | undefined {
  const known = MARKERS.get(word);
  if (known !== undefined) return known;
  const upper = word.toUpperCase();
  return word.length === 3 && isCurrencyCode(upper) ? { code: upper } : undefined;
}

/**
 * @internal Reads `[sign] [currency] [sign] (number scale*)+ [currency] [trailing words]`
 * from tokens. Throws `AMBIGUOUS_AMOUNT` / `UNPARSEABLE_AMOUNT` (with `value`).
 */
export function readAmountTokens(
  tokens: readonly Token[],
  value: string,
  options: { readonly locale?: NumberLocale; readonly allowTrailing?: boolean },
): AmountReading {
  if (options.locale !== undefined && options.locale !== "vi" && options.locale !== "en") {
    throw new NgoaivuError(
      "INVALID_ENUM",
      { options: "vi, en", received: showValue(options.locale) },
      { path: ["locale"] },
    );
  }
  const fail = (): never => {
    throw new NgoaivuError("UNPARSEABLE_AMOUNT", { value: describe(value) });
  };
  let hint: NumberLocale | undefined;
  const noteHint = (h: NumberLocale | undefined): void => {
    if (h === undefined) return;
    if (hint !== undefined && hint !== h) fail();
    hint = h;
  };
  // First pass: language hints from the words.
  for (const t of tokens) {
    if (t.kind !== "word") continue;
    noteHint(SCALES.get(t.raw)?.hint);
    noteHint(MARKERS.get(t.raw)?.hint);
  }
  const locale = options.locale ?? hint;
  let i = 0;
  let negative = false;
  let signs = 0;
  let currency: string | undefined;
  const takeSign = (): void => {
    const t = tokens[i];
    if (t?.kind === "sign") {
      negative = t.negative;
      signs++;
      i++;
    }
  };
  takeSign();
  const first = tokens[i];
  if (first?.kind === "word") {
    const m = marker(first.raw);
    if (m !== undefined) {
      currency = m.code;
      i++;
      takeSign();
    }
  }
  if (signs > 1) fail();
  let total: Num = { units: 0n, scale: 0 };
  let lastExponent = Number.POSITIVE_INFINITY;
  let groups = 0;
  let unscaled = false;
  while (tokens[i]?.kind === "number") {
    if (unscaled) fail();
    const raw = (tokens[i] as { raw: string }).raw;
    const reading = readNumber(raw, locale);
    if ("ambiguous" in reading) throw new NgoaivuError("AMBIGUOUS_AMOUNT", { value: describe(value) });
    if ("invalid" in reading) fail();
    i++;
    let exponent = 0;
    let scaleWords = 0;
    for (let t = tokens[i]; t?.kind === "word"; t = tokens[i]) {
      const s = SCALES.get(t.raw);
      if (s === undefined) break;
      exponent += s.exponent;
      scaleWords++;
      i++;
    }
    if (scaleWords === 0) unscaled = true;
    if (exponent >= lastExponent) fail();
    lastExponent = exponent;
    const num = (reading as { num: Num }).num;
    total = add(total, { units: num.units * pow10(exponent), scale: num.scale });
    groups++;
  }
  if (groups === 0) fail();
  const next = tokens[i];
  if (next?.kind === "word" && currency === undefined) {
    const m = marker(next.raw);
    if (m !== undefined) {
      currency = m.code;
      i++;
    }
  }
  const trailing: string[] = [];
  for (; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!options.allowTrailing || t.kind !== "word" || marker(t.raw) !== undefined) fail();
    trailing.push((t as { raw: string }).raw);
  }
  return {
    num: negative ? { units: -total.units, scale: total.scale } : total,
    ...(currency === undefined ? {} : { currency }),
    trailing,
    ...(hint === undefined ? {} : { hint }),
  };
}

/** @internal Checks length, normalises and tokenises. */
export function prepareAmountText(text: unknown, max: number): { tokens: Token[]; value: string } {
  if (typeof text !== "string") {
    throw new NgoaivuError("INVALID_TYPE", {
      expected: { en: "a string", vi: "chuỗi ký tự" },
      received: kindParam(text),
    });
  }
  if (text.length > max) throw new NgoaivuError("TOO_LONG", { max, length: text.length });
  return { tokens: tokenize(normalizeAmountText(text)), value: text };
}

/**
 * Reads an amount the way reports and people write it, exactly, and never
 * guesses: a number that could be read two ways without a locale
 * (`"1.576"`: thousands or decimals?) is refused with `AMBIGUOUS_AMOUNT`,
 * anything else it cannot read with `UNPARSEABLE_AMOUNT`.
 *
 * It reads the standard and scaled styles of {@link formatMoney} in both
 * languages, and also: thousands grouped by spaces (`1 576 566 000 000 VND`),
 * Vietnamese scale words (`nghìn`/`ngàn`, `triệu`, `tỷ`/`tỉ`, combined as in
 * `nghìn tỷ`), English ones (`thousand`/`k`, `million`/`m`/`mn`, `billion`/`bn`/`b`,
 * `trillion`), codes in any case, and the symbols `₫ đ $ US$ € £ ¥ …`
 * (`$` is read as USD). Input is capped at 200 characters and read in one
 * linear pass (no backtracking regular expression).
 *
 * @param text - the text
 * @param options - `locale` and a default `currency`
 * @returns the amount
 * @throws `AMBIGUOUS_AMOUNT`, `UNPARSEABLE_AMOUNT`, `TOO_LONG`,
 *   `CURRENCY_MISMATCH` (text and `options.currency` disagree)
 *
 * @example
 * ```ts
 * import { parseMoney } from "ngoaivu";
 * parseMoney("1.576.566.000.000 đ").toString(); //=> "1576566000000 VND"
 * parseMoney("1 576 566 000 000 VND").toString(); //=> "1576566000000 VND"
 * parseMoney("1.576 tỷ 566 triệu đồng").toString(); //=> "1576566000000 VND"
 * parseMoney("1576,566 tỷ đồng").toString(); //=> "1576566000000 VND"
 * parseMoney("52 triệu USD").toString(); //=> "52000000.00 USD"
 * parseMoney("USD 52 million").toString(); //=> "52000000.00 USD"
 * parseMoney("$1.2m").toString(); //=> "1200000.00 USD"
 * parseMoney("US$52,000,000.00").toString(); //=> "52000000.00 USD"
 * parseMoney("1.576 ₫"); //=> throws AMBIGUOUS_AMOUNT
 * parseMoney("1.576 ₫", { locale: "vi" }).toString(); //=> "1576 VND"
 * parseMoney("about a million"); //=> throws UNPARSEABLE_AMOUNT
 * ```
 */
export function parseMoney(text: string, options: ParseMoneyOptions = {}): Money {
  const { tokens, value } = prepareAmountText(text, MAX_MONEY_TEXT_LENGTH);
  const reading = readAmountTokens(tokens, value, options.locale === undefined ? {} : { locale: options.locale });
  if (options.currency !== undefined) getCurrency(options.currency, ["currency"]);
  const currency = reading.currency ?? options.currency;
  if (currency === undefined) {
    const shown = describe(value);
    throw new NgoaivuError("UNPARSEABLE_AMOUNT", {
      value: { en: `${shown} (no currency)`, vi: `${shown} (không có loại tiền)` },
    });
  }
  if (options.currency !== undefined && currency !== options.currency) {
    throw new NgoaivuError("CURRENCY_MISMATCH", { left: currency, right: options.currency });
  }
  return Money._fromNum(reading.num, currency);
}

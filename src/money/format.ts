import { showValue } from "../_lib/show.js";
import { documentLang, NgoaivuError } from "../errors/index.js";
import { checkDigits, checkRounding, type Num, numToString, pow10, type RoundingMode, roundTo, trim } from "./_num.js";
import { getCurrency } from "./currency.js";
import { Money, typeOf } from "./money.js";

/** The locales the library formats and parses: Vietnamese and English. */
export type NumberLocale = "vi" | "en";

/** Options for {@link formatMoney}. */
export interface FormatMoneyOptions {
  /** `"vi"` (`1.576.566.000.000 ₫`) or `"en"` (`VND 1,576,566,000,000`); by default the configured language (`configureNgoaivu`), else `"vi"`. */
  readonly locale?: NumberLocale;
  /**
   * `"standard"` (default): the locale's currency format from `Intl.NumberFormat`.
   * `"scaled"`: as reports write it, `1.576 tỷ 566 triệu đồng` / `VND 1,576.566 billion`.
   */
  readonly style?: "standard" | "scaled";
  /**
   * Standard style: how the currency is shown, `"symbol"` (`₫`, `US$`) or `"code"`
   * (`VND`). Default: `"symbol"` for vi, `"code"` for en.
   */
  readonly display?: "symbol" | "code";
  /**
   * Decimals shown. Standard style: default the currency's minor digits.
   * Scaled style: decimals of the scaled number (`digits: 1` gives
   * `USD 1.2 million`; when rounding reaches 1,000 of a word, the next word
   * is used: `USD 1 billion`, not `USD 1,000 million`); default exact (every
   * significant decimal). An amount below the first scale word, and the
   * Vietnamese compound style, are written exactly, with every decimal the
   * amount holds (finer than the currency's minor unit too: `0,5 đồng`,
   * `5,025 USD`); `digits` is checked (0 to 100) in every case.
   */
  readonly digits?: number;
  /** Rounding when decimals are dropped; `"half-even"` by default. */
  readonly rounding?: RoundingMode;
  /** Scaled style in Vietnamese: `true` (default) for `1.576 tỷ 566 triệu`, `false` for `1.576,566 tỷ`. */
  readonly compound?: boolean;
}

const LOCALE_TAG: Record<NumberLocale, string> = { vi: "vi-VN", en: "en-US" };
const SEPARATORS: Record<NumberLocale, { group: string; decimal: string }> = {
  vi: { group: ".", decimal: "," },
  en: { group: ",", decimal: "." },
};

/** Groups the digits of a non-negative integer string by thousands. */
export function groupDigits(digits: string, separator: string): string {
  const first = digits.length % 3 || 3;
  let out = digits.slice(0, first);
  for (let i = first; i < digits.length; i += 3) out += separator + digits.slice(i, i + 3);
  return out;
}

interface Template {
  readonly positive: readonly Intl.NumberFormatPart[];
  readonly negative: readonly Intl.NumberFormatPart[];
}

// One Intl.NumberFormat per (locale, currency, display, with or without decimals), formatting
// two fixed numbers once; the amount's own digits are spliced in, so the
// amount never becomes a float and no Intl object is made per call.
const templates = /* @__PURE__ */ new Map<string, Template>();

function template(locale: NumberLocale, currency: string, display: "symbol" | "code", digits: number): Template {
  const key = `${locale}|${currency}|${display}|${digits}`;
  let t = templates.get(key);
  if (t === undefined) {
    const nf = new Intl.NumberFormat(LOCALE_TAG[locale], {
      style: "currency",
      currency,
      currencyDisplay: display,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    t = { positive: nf.formatToParts(1), negative: nf.formatToParts(-1) };
    templates.set(key, t);
  }
  return t;
}

function splitDigits(num: Num): { negative: boolean; int: string; frac: string } {
  const text = numToString(num);
  const negative = text.startsWith("-");
  const body = negative ? text.slice(1) : text;
  const dot = body.indexOf(".");
  return dot < 0 ? { negative, int: body, frac: "" } : { negative, int: body.slice(0, dot), frac: body.slice(dot + 1) };
}

/** Writes a decimal with a locale's separators, e.g. `1.576,566` (vi). */
export function formatDecimal(num: Num, locale: NumberLocale): string {
  const { negative, int, frac } = splitDigits(num);
  const { group, decimal } = SEPARATORS[locale];
  return `${negative ? "-" : ""}${groupDigits(int, group)}${frac === "" ? "" : decimal + frac}`;
}

function checkLocale(locale: unknown): NumberLocale {
  if (locale === "vi" || locale === "en") return locale;
  throw new NgoaivuError("INVALID_ENUM", { options: "vi, en", received: showValue(locale) }, { path: ["locale"] });
}

function standard(m: Money, locale: NumberLocale, options: FormatMoneyOptions, minorDigits: number): string {
  const display = options.display ?? (locale === "vi" ? "symbol" : "code");
  if (display !== "symbol" && display !== "code") {
    throw new NgoaivuError(
      "INVALID_ENUM",
      { options: "symbol, code", received: showValue(display) },
      { path: ["display"] },
    );
  }
  const digits = options.digits === undefined ? minorDigits : checkDigits(options.digits);
  const rounding = options.rounding === undefined ? "half-even" : checkRounding(options.rounding);
  let num = roundTo(m.num(), digits, rounding);
  if (num.scale < digits) num = { units: num.units * pow10(digits - num.scale), scale: digits };
  const { negative, int, frac } = splitDigits(num);
  // The template only supplies the pattern (sign, currency, spacing); its digits are replaced.
  const t = template(locale, m.currency, display, digits === 0 ? 0 : 1);
  let out = "";
  for (const part of negative ? t.negative : t.positive) {
    if (part.type === "integer") out += groupDigits(int, SEPARATORS[locale].group);
    else if (part.type === "fraction") out += frac;
    else out += part.value;
  }
  return out;
}

const VI_SCALES: ReadonlyArray<readonly [number, string]> = [
  [9, "tỷ"],
  [6, "triệu"],
  [3, "nghìn"],
];
const EN_SCALES: ReadonlyArray<readonly [number, string]> = [
  [9, "billion"],
  [6, "million"],
];

function scaledValue(num: Num, options: FormatMoneyOptions, digits: number | undefined, exponent: number): Num {
  // num / 10^exponent, exact, then optionally rounded.
  const value: Num = trim({ units: num.units, scale: num.scale + exponent });
  if (digits === undefined) return value;
  const rounding = options.rounding === undefined ? "half-even" : checkRounding(options.rounding);
  return trim(roundTo(value, digits, rounding));
}

/**
 * The scale word for an amount and its scaled number: the largest word the
 * amount reaches, or the next one up when rounding carries the scaled number
 * to 1,000 (999,999,500 with no decimals is "1 billion", not "1,000 million").
 */
function scaledBody(
  abs: Num,
  intPart: bigint,
  scales: ReadonlyArray<readonly [number, string]>,
  options: FormatMoneyOptions,
  digits: number | undefined,
  locale: NumberLocale,
): string | undefined {
  let i = scales.findIndex(([e]) => intPart >= pow10(e));
  if (i < 0) return undefined;
  let value = scaledValue(abs, options, digits, (scales[i] as readonly [number, string])[0]);
  if (i > 0 && value.units >= 1000n * pow10(value.scale)) {
    i--;
    value = scaledValue(abs, options, digits, (scales[i] as readonly [number, string])[0]);
  }
  return `${formatDecimal(value, locale)} ${(scales[i] as readonly [number, string])[1]}`;
}

function scaled(m: Money, locale: NumberLocale, options: FormatMoneyOptions): string {
  // Checked whichever branch below reads them.
  if (options.rounding !== undefined) checkRounding(options.rounding);
  const digits = options.digits === undefined ? undefined : checkDigits(options.digits);
  // Every digit the amount holds, finer than the minor unit too (0.5 VND is "0,5 đồng").
  const exact = m.num();
  const negative = exact.units < 0n;
  const abs: Num = { units: negative ? -exact.units : exact.units, scale: exact.scale };
  const sign = negative ? "-" : "";
  const intPart = abs.units / pow10(abs.scale);
  const fracUnits = abs.units % pow10(abs.scale);
  const plainFrac: Num = fracUnits === 0n ? { units: 0n, scale: 0 } : { units: fracUnits, scale: abs.scale };
  const plain = () =>
    formatDecimal({ units: intPart * pow10(plainFrac.scale) + plainFrac.units, scale: plainFrac.scale }, locale);
  if (locale === "en") {
    const body = scaledBody(abs, intPart, EN_SCALES, options, digits, "en") ?? plain();
    return `${sign}${m.currency} ${body}`;
  }
  const unit = m.currency === "VND" ? "đồng" : m.currency;
  if (options.compound === false) {
    const body = scaledBody(abs, intPart, VI_SCALES, options, digits, "vi") ?? plain();
    return `${sign}${body} ${unit}`;
  }
  const words: string[] = [];
  let rest = intPart;
  for (const [e, word] of VI_SCALES) {
    const p = pow10(e);
    const count = e === 9 ? rest / p : (rest / p) % 1000n;
    if (count > 0n) words.push(`${groupDigits(count.toString(), ".")} ${word}`);
    rest %= p;
  }
  if (rest > 0n || plainFrac.units > 0n || words.length === 0) {
    words.push(formatDecimal({ units: rest * pow10(plainFrac.scale) + plainFrac.units, scale: plainFrac.scale }, "vi"));
  }
  return `${sign}${words.join(" ")} ${unit}`;
}

/**
 * Formats an amount for a report in Vietnamese or English. The amount's
 * digits never pass through a float: the locale's pattern comes from a cached
 * `Intl.NumberFormat`, and the exact digits are written into it, so a
 * 25-digit amount prints every digit.
 *
 * The standard style is what `Intl.NumberFormat` gives (with a no-break space
 * U+00A0 between number and currency). The scaled style writes amounts as
 * reports do: Vietnamese with `tỷ` (10⁹), `triệu` (10⁶), `nghìn` (10³) and
 * `đồng` for VND; English with `billion` and `million` after the code. It is
 * exact unless `digits` asks for rounding: an amount finer than the
 * currency's minor unit keeps its extra digits, and {@link parseMoney} reads
 * every scaled text back to the same amount.
 *
 * @param amount - the amount
 * @param options - `locale`, `style`, `display`, `digits`, `rounding`, `compound`
 * @returns the text
 *
 * @example
 * ```ts
 * import { Money, formatMoney } from "ngoaivu";
 * const capital = Money.of("1576566000000", "VND");
 * formatMoney(capital); //=> "1.576.566.000.000\u00a0₫"
 * formatMoney(capital, { locale: "en" }); //=> "VND\u00a01,576,566,000,000"
 * formatMoney(Money.of("52000000", "USD"), { locale: "en", display: "symbol" }); //=> "$52,000,000.00"
 * formatMoney(capital, { style: "scaled" }); //=> "1.576 tỷ 566 triệu đồng"
 * formatMoney(capital, { style: "scaled", compound: false }); //=> "1.576,566 tỷ đồng"
 * formatMoney(capital, { style: "scaled", locale: "en" }); //=> "VND 1,576.566 billion"
 * formatMoney(Money.of("52000000", "USD"), { style: "scaled" }); //=> "52 triệu USD"
 * formatMoney(Money.of("52000000", "USD"), { style: "scaled", locale: "en" }); //=> "USD 52 million"
 * formatMoney(Money.of("0.5", "VND"), { style: "scaled" }); //=> "0,5 đồng"
 * formatMoney(Money.of("5.025", "USD"), { style: "scaled", locale: "en" }); //=> "USD 5.025"
 * ```
 */
export function formatMoney(amount: Money, options: FormatMoneyOptions = {}): string {
  if (!Money.isMoney(amount)) {
    throw new NgoaivuError("INVALID_TYPE", { expected: "Money", received: typeOf(amount) }, { path: ["amount"] });
  }
  const locale = checkLocale(options.locale ?? documentLang());
  const { minorDigits } = getCurrency(amount.currency);
  const style = options.style ?? "standard";
  if (style === "standard") return standard(amount, locale, options, minorDigits);
  if (style === "scaled") return scaled(amount, locale, options);
  throw new NgoaivuError(
    "INVALID_ENUM",
    { options: "standard, scaled", received: showValue(style) },
    { path: ["style"] },
  );
}

import type { Decimal } from "decimal.js";
import { showValue } from "../_lib/show.js";
import { documentLang, NgoaivuError, type PathSegment } from "../errors/index.js";
import {
  checkDigits,
  checkRounding,
  type DecimalInput,
  describe,
  numToDecimal,
  type RoundingMode,
  roundTo,
  toNum,
} from "./_num.js";
import { formatDecimal, type NumberLocale } from "./format.js";
import { MAX_MONEY_TEXT_LENGTH, prepareAmountText, readAmountTokens } from "./parse.js";

/**
 * Reads a decimal input exactly, refusing what `Money` refuses (floats,
 * exponents, `NaN`…).
 *
 * @param value - a plain decimal string, a `Decimal`, a `bigint` or a safe integer
 * @param path - where the value sits in the input, for errors
 * @returns the value as an `ExactDecimal` (plain notation, 1,000 significant digits)
 * @throws `INVALID_AMOUNT` or `UNSAFE_NUMBER`
 *
 * @example
 * ```ts
 * import { toDecimal } from "ngoaivu";
 * toDecimal("12345678901234567890.12").plus("0.01").toString(); //=> "12345678901234567890.13"
 * toDecimal(0.1); //=> throws UNSAFE_NUMBER
 * ```
 */
export function toDecimal(value: DecimalInput, path: readonly PathSegment[] = []): Decimal {
  return numToDecimal(toNum(value, path));
}

/** Options for {@link formatNumber}. */
export interface FormatNumberOptions {
  /** `"vi"` (`1.576,5`) or `"en"` (`1,576.5`); by default the configured language (`configureNgoaivu`), else `"vi"`. */
  readonly locale?: NumberLocale;
  /** Decimals to round to (exact by default). */
  readonly digits?: number;
  /** Rounding when `digits` drops decimals; `"half-even"` by default. */
  readonly rounding?: RoundingMode;
}

/**
 * Writes a number with a locale's separators, exactly (no float).
 *
 * @param value - a plain decimal string, a `Decimal`, a `bigint` or a safe integer
 * @param options - `locale`, `digits`, `rounding`
 * @returns the text
 *
 * @example
 * ```ts
 * import { formatNumber } from "ngoaivu";
 * formatNumber(1576566n); //=> "1.576.566"
 * formatNumber("1576.5", { locale: "en" }); //=> "1,576.5"
 * formatNumber("2.345", { digits: 2 }); //=> "2,34"
 * ```
 */
export function formatNumber(value: DecimalInput, options: FormatNumberOptions = {}): string {
  const locale = options.locale ?? documentLang();
  if (locale !== "vi" && locale !== "en") {
    throw new NgoaivuError("INVALID_ENUM", { options: "vi, en", received: showValue(locale) }, { path: ["locale"] });
  }
  let num = toNum(value, ["value"]);
  if (options.digits !== undefined) {
    const rounding = options.rounding === undefined ? "half-even" : checkRounding(options.rounding);
    num = roundTo(num, checkDigits(options.digits), rounding);
  }
  return formatDecimal(num, locale);
}

/** Options for {@link parseNumber}. */
export interface ParseNumberOptions {
  /** `"vi"` or `"en"`; without it, scale words decide, and an ambiguous number is refused. */
  readonly locale?: NumberLocale;
}

/**
 * Reads a number as people write it: grouped thousands, a decimal comma or
 * point, scale words (`1,2 triệu`, `1.5 million`, `52k`). Exact; refuses
 * ambiguity and anything it cannot read, including currency words (use
 * `parseMoney` for amounts).
 *
 * @param text - the text, at most `MAX_MONEY_TEXT_LENGTH` (200) characters
 * @param options - `locale`
 * @returns the value as an `ExactDecimal`
 * @throws `AMBIGUOUS_AMOUNT`, `UNPARSEABLE_AMOUNT`, `TOO_LONG`
 *
 * @example
 * ```ts
 * import { parseNumber } from "ngoaivu";
 * parseNumber("1,2 triệu").toString(); //=> "1200000"
 * parseNumber("1.576", { locale: "vi" }).toString(); //=> "1576"
 * parseNumber("1.576"); //=> throws AMBIGUOUS_AMOUNT
 * ```
 */
export function parseNumber(text: string, options: ParseNumberOptions = {}): Decimal {
  const { tokens, value } = prepareAmountText(text, MAX_MONEY_TEXT_LENGTH);
  const reading = readAmountTokens(tokens, value, options.locale === undefined ? {} : { locale: options.locale });
  if (reading.currency !== undefined) throw new NgoaivuError("UNPARSEABLE_AMOUNT", { value: describe(value) });
  return numToDecimal(reading.num);
}

import { showValue } from "../_lib/show.js";
import { documentLang, isNgoaivuError, kindParam, NgoaivuError } from "../errors/index.js";
import { formatMoney, formatNumber, type NumberLocale, parseMoney, parseNumber } from "../money/index.js";
import { Figure } from "./figure.js";
import type { Qualifier } from "./qualifier.js";

/** Options for {@link formatFigure}. */
export interface FormatFigureOptions {
  /** `"vi"` or `"en"`; by default the configured language (`configureNgoaivu`), else `"vi"`. */
  readonly locale?: NumberLocale;
  /** A unit written after the number, e.g. `"đoàn"` or `"delegations"`. */
  readonly unit?: string;
  /** For amounts: `"scaled"` (default, `1 triệu USD`) or `"standard"` (`1.000.000,00 US$`). */
  readonly style?: "scaled" | "standard";
}

const WORDS: Record<NumberLocale, Record<Qualifier, string>> = {
  vi: { exact: "", about: "khoảng", nearly: "gần", over: "hơn", "at-least": "ít nhất", under: "dưới" },
  en: { exact: "", about: "about", nearly: "nearly", over: "over", "at-least": "at least", under: "under" },
};

/**
 * Writes a figure as a report does, in Vietnamese or English: the qualifier
 * word, the number (or the amount, scaled by default) and an optional unit.
 *
 * @param figure - the figure
 * @param options - `locale`, `unit`, `style`
 * @returns the text
 *
 * @example
 * ```ts
 * import { Figure, Money, formatFigure } from "ngoaivu";
 * formatFigure(Figure.count(400, "about"), { unit: "đoàn" }); //=> "khoảng 400 đoàn"
 * formatFigure(Figure.count(360, "nearly")); //=> "gần 360"
 * formatFigure(Figure.money(Money.of("1000000", "USD"), "over")); //=> "hơn 1 triệu USD"
 * formatFigure(Figure.count(400, "about"), { locale: "en" }); //=> "about 400"
 * formatFigure(Figure.money(Money.of("1000000", "USD"), "over"), { locale: "en" }); //=> "over USD 1 million"
 * formatFigure(Figure.count(1576, "at-least"), { locale: "en", unit: "cases" }); //=> "at least 1,576 cases"
 * ```
 */
export function formatFigure(figure: Figure, options: FormatFigureOptions = {}): string {
  if (!Figure.isFigure(figure)) {
    throw new NgoaivuError("INVALID_TYPE", { expected: "Figure", received: kindParam(figure) }, { path: ["figure"] });
  }
  const locale = options.locale ?? documentLang();
  if (locale !== "vi" && locale !== "en") {
    throw new NgoaivuError("INVALID_ENUM", { options: "vi, en", received: showValue(locale) }, { path: ["locale"] });
  }
  const money = figure.money;
  const value =
    money === undefined
      ? formatNumber(figure.value, { locale })
      : formatMoney(money, { locale, style: options.style ?? "scaled" });
  const word = WORDS[locale][figure.qualifier];
  const unit = options.unit === undefined || options.unit === "" ? "" : ` ${options.unit}`;
  return `${word === "" ? "" : `${word} `}${value}${unit}`;
}

/** Options for {@link parseFigure}. */
export interface ParseFigureOptions {
  /** `"vi"` or `"en"`; without it, the words decide, and an ambiguous number is refused. */
  readonly locale?: NumberLocale;
  /** Units that may follow the number, e.g. `["đoàn", "delegations"]` (case-insensitive). */
  readonly units?: readonly string[];
  /** Read an amount in this currency when the text names none (otherwise such text is a count). */
  readonly currency?: string;
}

/**
 * Longest text {@link parseFigure} reads (longer text is refused with `TOO_LONG`).
 *
 * @example
 * ```ts
 * import { MAX_FIGURE_TEXT_LENGTH } from "ngoaivu";
 * MAX_FIGURE_TEXT_LENGTH; //=> 200
 * ```
 */
export const MAX_FIGURE_TEXT_LENGTH = 200;

// Qualifier phrases, longest first so "gần như" is not read as "gần".
const PHRASES: ReadonlyArray<readonly [string, Qualifier, NumberLocale | undefined]> = /* @__PURE__ */ (() =>
  (
    [
      ["khoảng", "about", "vi"],
      ["xấp xỉ", "about", "vi"],
      ["chừng", "about", "vi"],
      ["ước tính", "about", "vi"],
      ["gần", "nearly", "vi"],
      ["hơn", "over", "vi"],
      ["trên", "over", "vi"],
      ["ít nhất", "at-least", "vi"],
      ["tối thiểu", "at-least", "vi"],
      ["không dưới", "at-least", "vi"],
      ["dưới", "under", "vi"],
      ["chưa đến", "under", "vi"],
      ["chưa tới", "under", "vi"],
      ["about", "about", "en"],
      ["approximately", "about", "en"],
      ["approx.", "about", "en"],
      ["around", "about", "en"],
      ["roughly", "about", "en"],
      ["some", "about", "en"],
      ["nearly", "nearly", "en"],
      ["almost", "nearly", "en"],
      ["close to", "nearly", "en"],
      ["over", "over", "en"],
      ["more than", "over", "en"],
      ["above", "over", "en"],
      ["at least", "at-least", "en"],
      ["no less than", "at-least", "en"],
      ["no fewer than", "at-least", "en"],
      ["under", "under", "en"],
      ["less than", "under", "en"],
      ["fewer than", "under", "en"],
      ["below", "under", "en"],
      ["~", "about", undefined],
      ["≈", "about", undefined],
      [">", "over", undefined],
      ["≥", "at-least", undefined],
      ["<", "under", undefined],
    ] as const
  )
    .slice()
    .sort((a, b) => b[0].length - a[0].length))();

/** NFC, lower case, every run of white space one ASCII space, trimmed. Linear. */
function normalize(text: string): string {
  let out = "";
  let space = false;
  for (const ch of text.normalize("NFC").toLowerCase()) {
    const isSpace = ch === " " || ch === "\u00a0" || ch === "\u202f" || ch === "\u2009" || ch === "\t" || ch === "\n";
    if (isSpace) space = out !== "";
    else {
      if (space) out += " ";
      out += ch;
      space = false;
    }
  }
  return out;
}

/**
 * Reads a figure as reports write it, in Vietnamese or English: an optional
 * qualifier (`khoảng`, `gần`, `hơn`/`trên`, `ít nhất`, `dưới`; `about`,
 * `nearly`/`almost`, `over`/`more than`, `at least`, `under`/`less than`;
 * `~`, `>`, `≥`, `<`), a number or an amount (as {@link parseMoney} reads
 * it), and optionally one of the units you allow. Never guesses: ambiguous
 * numbers need a locale, unknown words are refused.
 *
 * @param text - the text, at most 200 characters
 * @param options - `locale`, `units`, `currency`
 * @returns the figure
 * @throws `UNPARSEABLE_FIGURE`, `AMBIGUOUS_AMOUNT`, `TOO_LONG`
 *
 * @example
 * ```ts
 * import { parseFigure } from "ngoaivu";
 * parseFigure("khoảng 400 đoàn", { units: ["đoàn"] }).toJSON(); //=> { qualifier: "about", count: "400" }
 * parseFigure("gần 360").toString(); //=> "nearly 360"
 * parseFigure("hơn 1 triệu USD").toString(); //=> "over 1000000.00 USD"
 * parseFigure("over USD 1 million").toString(); //=> "over 1000000.00 USD"
 * parseFigure("about 400").toString(); //=> "about 400"
 * parseFigure("khoảng 400 đoàn"); //=> throws UNPARSEABLE_FIGURE
 * ```
 */
export function parseFigure(text: string, options: ParseFigureOptions = {}): Figure {
  if (typeof text !== "string") {
    throw new NgoaivuError("INVALID_TYPE", {
      expected: { en: "a string", vi: "chuỗi ký tự" },
      received: kindParam(text),
    });
  }
  if (text.length > MAX_FIGURE_TEXT_LENGTH) {
    throw new NgoaivuError("TOO_LONG", { max: MAX_FIGURE_TEXT_LENGTH, length: text.length });
  }
  let rest = normalize(text);
  let qualifier: Qualifier = "exact";
  let hint: NumberLocale | undefined;
  for (const [phrase, q, lang] of PHRASES) {
    if (!rest.startsWith(phrase)) continue;
    const after = rest.slice(phrase.length);
    const symbolic = lang === undefined;
    if (!symbolic && !after.startsWith(" ")) continue;
    qualifier = q;
    hint = lang;
    rest = after.trimStart();
    break;
  }
  for (const unit of [...(options.units ?? [])].map(normalize).sort((a, b) => b.length - a.length)) {
    if (unit !== "" && rest.endsWith(` ${unit}`)) {
      rest = rest.slice(0, rest.length - unit.length - 1);
      break;
    }
  }
  const locale = options.locale ?? hint;
  const unparseable = (error: unknown): never => {
    if (isNgoaivuError(error) && error.code === "UNPARSEABLE_AMOUNT") {
      throw new NgoaivuError("UNPARSEABLE_FIGURE", { value: text.length > 60 ? `${text.slice(0, 57)}...` : text });
    }
    throw error;
  };
  const moneyOptions = {
    ...(locale === undefined ? {} : { locale }),
    ...(options.currency === undefined ? {} : { currency: options.currency }),
  };
  if (options.currency === undefined) {
    try {
      return Figure.count(parseNumber(rest, locale === undefined ? {} : { locale }), qualifier);
    } catch (error) {
      if (!isNgoaivuError(error) || error.code !== "UNPARSEABLE_AMOUNT") throw error;
    }
  }
  try {
    return Figure.money(parseMoney(rest, moneyOptions), qualifier);
  } catch (error) {
    return unparseable(error);
  }
}

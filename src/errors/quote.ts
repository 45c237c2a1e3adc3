import type { Lang, ParamValue, Words } from "./codes.js";

/**
 * Longest part of an input that a message quotes, in UTF-16 code units: a
 * longer input is cut there, marked `…`, and followed by its full length.
 *
 * @example
 * ```ts
 * import { MAX_QUOTED_LENGTH } from "ngoaivu";
 * MAX_QUOTED_LENGTH; //=> 80
 * ```
 */
export const MAX_QUOTED_LENGTH = 80;

/**
 * Longest value {@link formatMessage} writes into a template (a safety net
 * for values that did not go through {@link quoteInput}); longer ones are cut
 * the same way.
 */
const MAX_PARAM_LENGTH = 200;

// C0 controls, DEL, C1 controls, the line and paragraph separators, and the
// bidirectional embeddings, overrides and isolates: none reaches a terminal raw.
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters it finds
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters it replaces
const UNSAFE_ALL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

function hex(c: string): string {
  return `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
}

/** The text with every control and bidirectional-control character written `\u001b`-style (one test when there is none). */
function escapeControls(text: string): string {
  return UNSAFE.test(text) ? text.replace(UNSAFE_ALL, hex) : text;
}

/** The first `max` code units, one fewer rather than half a surrogate pair. */
function head(text: string, max: number): string {
  const c = text.charCodeAt(max - 1);
  return text.slice(0, c >= 0xd800 && c <= 0xdbff ? max - 1 : max);
}

/** Text cut at `max`: `head…`, quoted or not, then ` (length)`; escaped. */
function clip(text: string, max: number, quotes: boolean): string {
  if (text.length <= max) return escapeControls(quotes ? JSON.stringify(text) : text);
  const cut = head(text, max);
  const body = quotes ? `${JSON.stringify(cut).slice(0, -1)}…"` : `${cut}…`;
  return `${escapeControls(body)} (${text.length})`;
}

/** Options for {@link quoteInput}. */
export interface QuoteOptions {
  /** `true` (default) writes a string as a JSON string literal, `"…"`; `false` writes it bare. */
  readonly quotes?: boolean;
  /**
   * `true` writes only the value's kind, for a message that says which type
   * it received: `string`, `number`, `boolean`, `bigint`, `undefined`,
   * `symbol`, `function`, `object`, and `null`, `array` and `NaN` for those
   * (the same words the default writes for anything but a string, number,
   * boolean or bigint).
   */
  readonly kind?: boolean;
  /**
   * The language of the message the text goes into: `"en"` (default) or
   * `"vi"`. It words a kind (`kind: true`, and anything but a string,
   * number, boolean or bigint): `chuỗi ký tự`, `số`, `giá trị null`,
   * `danh sách`, `đối tượng`… in Vietnamese. A value itself (a string, a
   * number, `true`) is written as it is in either language.
   */
  readonly lang?: Lang;
}

/**
 * Describes a value a caller passed, for an error message: briefly and
 * safely. A string is quoted (as a JSON string literal) or written bare, cut
 * after {@link MAX_QUOTED_LENGTH} characters with `…` and its full length in
 * parentheses (which a message words in its language: `(1,001 characters)`,
 * `(1.001 ký tự)`), and every control character (C0, DEL, C1), line
 * separator and bidirectional override or isolate is written as a `\u001b`
 * escape, so no input can send escape sequences to a terminal or reorder the
 * text around it. A number, boolean or bigint is written as its value;
 * anything else as its kind (`null`, `array`, `object`…), worded in the
 * message's language with `lang: "vi"` (`giá trị null`, `danh sách`,
 * `đối tượng`…). Never throws. This is the one description of a received
 * value in every message of the library: `null` reads `null` and an array
 * `array` everywhere in English, `giá trị null` and `danh sách` in Vietnamese.
 *
 * @param value - anything a caller passed
 * @param options - `quotes: false` to write a string without quotes;
 * `kind: true` to write only its kind (`string`, `number`, `null`, `array`…);
 * `lang: "vi"` to word a kind in Vietnamese (`"en"` by default)
 * @returns text for a message parameter
 *
 * @example
 * ```ts
 * import { formatMessage, quoteInput } from "ngoaivu";
 * quoteInput("sideways"); //=> "\"sideways\""
 * quoteInput("\u001b]0;pwned\u0007", { quotes: false }); //=> "\\u001b]0;pwned\\u0007"
 * quoteInput("x".repeat(1000)); //=> `"${"x".repeat(80)}…" (1000)`
 * quoteInput(null); //=> "null"
 * quoteInput([1, 2]); //=> "array"
 * quoteInput("sideways", { kind: true }); //=> "string"
 * quoteInput(Number.NaN, { kind: true }); //=> "NaN"
 * quoteInput("sideways", { kind: true, lang: "vi" }); //=> "chuỗi ký tự"
 * quoteInput([1, 2], { lang: "vi" }); //=> "danh sách"
 * formatMessage("UNPARSEABLE_PERIOD", { value: quoteInput("9".repeat(1001)) }, "vi");
 * //=> `Không đọc được kỳ báo cáo từ "${"9".repeat(80)}…" (1.001 ký tự)`
 * ```
 */
export function quoteInput(value: unknown, options: QuoteOptions = {}): string {
  if (options.kind === true) return kindWords(kindOf(value), options.lang);
  if (typeof value === "string") return clip(value, MAX_QUOTED_LENGTH, options.quotes ?? true);
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
  return kindWords(kindOf(value), options.lang);
}

/** The kinds of value a message names: `typeof`'s, and `null`, `array` and `NaN`. */
type Kind =
  | "string"
  | "number"
  | "bigint"
  | "boolean"
  | "symbol"
  | "undefined"
  | "object"
  | "function"
  | "null"
  | "array"
  | "NaN";

/** The kinds as a Vietnamese message names them (an English one names them as `typeof` does). */
const KINDS_VI: Readonly<Record<Kind, string>> = {
  string: "chuỗi ký tự",
  number: "số",
  bigint: "số nguyên lớn",
  boolean: "giá trị đúng/sai",
  symbol: "ký hiệu",
  undefined: "giá trị chưa xác định",
  object: "đối tượng",
  function: "hàm",
  null: "giá trị null",
  array: "danh sách",
  NaN: "giá trị không phải số (NaN)",
};

/** How each language words a kind. */
const KIND_WORDS: Readonly<Record<Lang, (kind: Kind) => string>> = { en: (kind) => kind, vi: (kind) => KINDS_VI[kind] };

/** A kind in the words of a language (English for anything else). */
function kindWords(kind: Kind, lang: Lang | undefined): string {
  return (lang !== undefined && Object.hasOwn(KIND_WORDS, lang) ? KIND_WORDS[lang] : KIND_WORDS.en)(kind);
}

/** `typeof`, but `null`, `array` and `NaN` for those. */
function kindOf(value: unknown): Kind {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value === "number" && Number.isNaN(value) ? "NaN" : typeof value;
}

/**
 * @internal A value's kind in each language (what `quoteInput` writes with
 * `kind: true`), for the `received` of a message that says which kind it
 * received: `{ en: "number", vi: "số" }`.
 */
export function kindParam(value: unknown): Words {
  const kind = kindOf(value);
  return { en: kind, vi: KINDS_VI[kind] };
}

// The length note of a cut value: `…" (1001)` or `… (1001)` at its end.
const NOTE = /…"? \((\d+)\)$/;
const UNIT: Readonly<Record<Lang, readonly [group: string, word: string]>> = {
  en: [",", "characters"],
  vi: [".", "ký tự"],
};

function grouped(digits: string, separator: string): string {
  let out = "";
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += separator;
    out += digits[i];
  }
  return out;
}

/**
 * @internal A template parameter as a message writes it: {@link Words} in
 * `lang`; cut after 200 characters, escaped like {@link quoteInput}, and the
 * length note of a cut value worded in `lang`. Returns the value itself when
 * it needs none of that.
 */
export function messageText(param: ParamValue, lang: Lang): string {
  const value = typeof param === "object" && param !== null ? param[lang] : param;
  if (typeof value !== "string") return String(value);
  const text = value.length > MAX_PARAM_LENGTH ? clip(value, MAX_PARAM_LENGTH, false) : escapeControls(value);
  if (text.charCodeAt(text.length - 1) !== 41) return text; // ")"
  const m = NOTE.exec(text);
  if (m === null) return text;
  const [group, word] = UNIT[lang];
  const digits = m[1] as string;
  return `${text.slice(0, text.length - digits.length - 1)}${grouped(digits, group)} ${word})`;
}

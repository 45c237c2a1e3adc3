import { MONTH_NAMES_EN } from "../_lib/months.js";
import { showValue } from "../_lib/show.js";
import { NgoaivuError } from "../errors/index.js";
import { Period } from "./period.js";

/**
 * Longest text {@link parsePeriod} and {@link parseCanonicalPeriod} read
 * (the longest written form, `từ ngày 15/01/2024 đến ngày 31/03/2024`, is
 * under 50 characters); longer text is refused with `TOO_LONG`.
 *
 * @example
 * ```ts
 * import { MAX_PERIOD_TEXT_LENGTH, parsePeriod } from "ngoaivu";
 * MAX_PERIOD_TEXT_LENGTH; //=> 100
 * parsePeriod(`2024-H1${" ".repeat(100)}`); //=> throws TOO_LONG
 * ```
 */
export const MAX_PERIOD_TEXT_LENGTH = 100;

function checkLength(text: string): void {
  if (text.length > MAX_PERIOD_TEXT_LENGTH) {
    throw new NgoaivuError("TOO_LONG", { max: MAX_PERIOD_TEXT_LENGTH, length: text.length });
  }
}

/** Lower case, no diacritics (đ → d), dashes as `-`, single spaces. */
function normalize(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
}

const ROMAN: Readonly<Record<string, number>> = { i: 1, ii: 2, iii: 3, iv: 4 };
const ORDINAL: Readonly<Record<string, number>> = {
  first: 1,
  "1st": 1,
  second: 2,
  "2nd": 2,
  third: 3,
  "3rd": 3,
  fourth: 4,
  "4th": 4,
};

// The tables built by calls are wrapped in pure functions called once: a
// bundler cannot tell that `new Map(…)` or `new RegExp(…)` has no side
// effect, and would keep this module (and what it imports) in every app that
// imports the library, whether it reads periods or not.
const MONTHS: ReadonlyMap<string, number> = /* @__PURE__ */ (() =>
  new Map(
    MONTH_NAMES_EN.slice(1).flatMap((name, i) => [
      [name.toLowerCase(), i + 1],
      [name.slice(0, 3).toLowerCase(), i + 1],
    ]),
  ))();

const MONTH_NAME = /* @__PURE__ */ (() => `(${[...MONTHS.keys()].join("|")})`)();
const DAY = /* @__PURE__ */ (() => `(\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{4}|\\d{1,2} ${MONTH_NAME} \\d{4})`)();

/** The text of a capture group (every group the rules read always takes part in the match). */
function at(m: RegExpExecArray, i: number): string {
  return m[i] ?? "";
}

function num(m: RegExpExecArray, i: number): number {
  return Number(at(m, i));
}

/** Reads one day written `YYYY-MM-DD`, `D/M/YYYY` (Vietnamese order) or `D Month YYYY`. */
function dayText(s: string): string {
  let m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
  if (m !== null) return `${at(m, 3)}-${at(m, 2).padStart(2, "0")}-${at(m, 1).padStart(2, "0")}`;
  m = /^(\d{1,2}) (\w+) (\d{4})$/.exec(s);
  if (m !== null) return `${at(m, 3)}-${String(MONTHS.get(at(m, 2))).padStart(2, "0")}-${at(m, 1).padStart(2, "0")}`;
  return s;
}

type Rule = readonly [RegExp, (m: RegExpExecArray) => Period];

const half = (word: string): number => (word === "dau" || word === "first" || word === "1st" ? 1 : 2);

const RULES = /* @__PURE__ */ ((): readonly Rule[] => [
  // canonical forms
  [/^(\d{4})$/, (m) => Period.year(num(m, 1))],
  [/^(\d{4})-h(\d)$/, (m) => Period.halfYear(num(m, 1), num(m, 2))],
  [/^(\d{4})-q(\d)$/, (m) => Period.quarter(num(m, 1), num(m, 2))],
  [/^(\d{4})-(\d{2})$/, (m) => Period.month(num(m, 1), num(m, 2))],
  [/^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/, (m) => Period.range(at(m, 1), at(m, 2))],
  // half-years: "6 tháng đầu năm 2024", "H1 2024", "H1/2024", "2024 H2", "first half of 2024"
  [/^(?:6|sau) thang (dau|cuoi) (?:nam )?(\d{4})$/, (m) => Period.halfYear(num(m, 2), half(at(m, 1)))],
  [/^nua (dau|cuoi) (?:nam )?(\d{4})$/, (m) => Period.halfYear(num(m, 2), half(at(m, 1)))],
  [/^h(\d) ?[/-]? ?(\d{4})$/, (m) => Period.halfYear(num(m, 2), num(m, 1))],
  [/^(\d{4}) ?[/-]? ?h(\d)$/, (m) => Period.halfYear(num(m, 1), num(m, 2))],
  [
    /^(?:the )?(first|second|1st|2nd) half (?:of )?(?:the year )?(\d{4})$/,
    (m) => Period.halfYear(num(m, 2), half(at(m, 1))),
  ],
  // quarters: "quý III/2024", "quý 3 năm 2024", "Q3 2024", "third quarter of 2024"
  [/^quy (iv|iii|ii|i|\d) ?(?:\/|-|nam)? ?(\d{4})$/, (m) => Period.quarter(num(m, 2), ROMAN[at(m, 1)] ?? num(m, 1))],
  [/^q(\d) ?[/-]? ?(\d{4})$/, (m) => Period.quarter(num(m, 2), num(m, 1))],
  [/^(\d{4}) ?[/-]? ?q(\d)$/, (m) => Period.quarter(num(m, 1), num(m, 2))],
  [
    /^(?:the )?(first|second|third|fourth|1st|2nd|3rd|4th) quarter (?:of )?(\d{4})$/,
    (m) => Period.quarter(num(m, 2), ORDINAL[at(m, 1)] ?? 0),
  ],
  // years: "năm 2024", "year 2024"
  [/^(?:nam|year) (\d{4})$/, (m) => Period.year(num(m, 1))],
  // months: "tháng 7/2024", "tháng 7 năm 2024", "07/2024", "July 2024"
  [/^thang (\d{1,2}) ?(?:\/|-|nam)? ?(\d{4})$/, (m) => Period.month(num(m, 2), num(m, 1))],
  [/^(\d{1,2})\/(\d{4})$/, (m) => Period.month(num(m, 2), num(m, 1))],
  [new RegExp(`^${MONTH_NAME},? (\\d{4})$`), (m) => Period.month(num(m, 2), MONTHS.get(at(m, 1)) ?? 0)],
  // terms: "giai đoạn 2021–2025", "nhiệm kỳ 2020-2025", "2021–2025 term", "2021 to 2025"
  [
    /^(?:(?:giai doan|nhiem ky|thoi ky|ky|ke hoach|the|term|period|plan) )*(\d{4}) ?(?:-|to|den) ?(\d{4})(?: (?:term|period|plan))?$/,
    (m) => Period.term(num(m, 1), num(m, 2)),
  ],
  // ranges: "2024-01-15 – 2024-03-31", "from 15 January 2024 to 31 March 2024", "từ ngày 15/01/2024 đến ngày 31/03/2024"
  [
    new RegExp(`^(?:from |tu (?:ngay )?)?${DAY} (?:-|to|den|den ngay) ${DAY}$`),
    (m) => Period.range(dayText(at(m, 1)), dayText(at(m, 3))),
  ],
])();

/**
 * Reads a period from its canonical string or from a common written form, in
 * Vietnamese or English, with or without diacritics, with a hyphen or an en
 * dash:
 *
 * | kind | forms read |
 * |---|---|
 * | half-year | `2024-H1`, `H1 2024`, `H1/2024`, `6 tháng đầu năm 2024`, `6 tháng cuối năm 2024`, `first half of 2024` |
 * | quarter | `2024-Q3`, `Q3 2024`, `quý III/2024`, `quý 3 năm 2024`, `third quarter of 2024` |
 * | year | `2024`, `năm 2024`, `year 2024` |
 * | month | `2024-07`, `tháng 7/2024`, `tháng 7 năm 2024`, `07/2024`, `July 2024` |
 * | term | `2021-2025`, `2021–2025`, `giai đoạn 2021–2025`, `nhiệm kỳ 2020-2025`, `2021–2025 term` |
 * | range | `2024-01-15..2024-03-31`, `từ ngày 15/01/2024 đến ngày 31/03/2024`, `from 15 January 2024 to 31 March 2024` |
 *
 * Days written `D/M/YYYY` are read in the Vietnamese order (day first).
 * Text longer than {@link MAX_PERIOD_TEXT_LENGTH} (100) characters is refused.
 *
 * @param text - the text of the period, at most 100 characters
 * @returns the period
 * @throws NgoaivuError `TOO_LONG` past 100 characters;
 * `UNPARSEABLE_PERIOD` when no form matches;
 * `INVALID_PERIOD`, `INVALID_DATE` or `END_BEFORE_START` when one matches but
 * names no real period (`2024-H3`, `2024-02-30..2024-03-01`, `2025-2021`)
 *
 * @example
 * ```ts
 * import { parsePeriod } from "ngoaivu";
 * parsePeriod("6 tháng đầu năm 2024").toString(); //=> "2024-H1"
 * parsePeriod("H1 2024").toString(); //=> "2024-H1"
 * parsePeriod("first half of 2024").toString(); //=> "2024-H1"
 * parsePeriod("quý III/2024").toString(); //=> "2024-Q3"
 * parsePeriod("tháng 7/2024").toString(); //=> "2024-07"
 * parsePeriod("giai đoạn 2021–2025").toString(); //=> "2021-2025"
 * parsePeriod("2024-H3"); //=> throws INVALID_PERIOD
 * parsePeriod("sometime in 2024"); //=> throws UNPARSEABLE_PERIOD
 * ```
 */
export function parsePeriod(text: string): Period {
  if (typeof text !== "string") throw new NgoaivuError("UNPARSEABLE_PERIOD", { value: showValue(text) });
  checkLength(text);
  const s = normalize(text);
  for (const [re, build] of RULES) {
    const m = re.exec(s);
    if (m !== null) return build(m);
  }
  throw new NgoaivuError("UNPARSEABLE_PERIOD", { value: showValue(text) });
}

const CANONICAL = /^(?:\d{4}(?:-H[12]|-Q[1-4]|-(?:0[1-9]|1[0-2])|-\d{4})?|\d{4}-\d{2}-\d{2}\.\.\d{4}-\d{2}-\d{2})$/;

/**
 * The regular expression of canonical period strings (`2024-H1`, `2024-Q3`,
 * `2024`, `2024-07`, `2021-2025`, `2024-01-15..2024-03-31`). A string that
 * matches may still name no real period (`2025-2021`); {@link parseCanonicalPeriod} checks that too.
 *
 * @example
 * ```ts
 * import { PERIOD_PATTERN } from "ngoaivu";
 * PERIOD_PATTERN.test("2024-H1"); //=> true
 * PERIOD_PATTERN.test("H1 2024"); //=> false
 * ```
 */
export const PERIOD_PATTERN: RegExp = CANONICAL;

/**
 * Reads a period from its canonical string only (the wire form): the
 * strict twin of {@link parsePeriod}.
 *
 * @param text - a canonical period string
 * @returns the period
 * @throws NgoaivuError `TOO_LONG` past {@link MAX_PERIOD_TEXT_LENGTH} (100)
 * characters; `UNPARSEABLE_PERIOD` for any other form; the errors
 * of {@link parsePeriod} for a canonical-looking string that names no period
 *
 * @example
 * ```ts
 * import { parseCanonicalPeriod } from "ngoaivu";
 * parseCanonicalPeriod("2024-H1").label("vi"); //=> "6 tháng đầu năm 2024"
 * parseCanonicalPeriod("H1 2024"); //=> throws UNPARSEABLE_PERIOD
 * ```
 */
export function parseCanonicalPeriod(text: string): Period {
  if (typeof text === "string") checkLength(text);
  if (typeof text !== "string" || !CANONICAL.test(text)) {
    throw new NgoaivuError("UNPARSEABLE_PERIOD", { value: showValue(text) });
  }
  return parsePeriod(text);
}

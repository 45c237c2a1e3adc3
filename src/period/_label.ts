/**
 * Private: the Vietnamese and English names of periods, one table of words
 * a language. Every label is read back by `parsePeriod` (a tested law).
 *
 * @module
 */
import { MONTH_NAMES_EN } from "../_lib/months.js";
import type { Lang } from "../errors/index.js";
import type { Period } from "./period.js";

const ROMAN = ["", "I", "II", "III", "IV"] as const;
const ORDINAL_EN = ["", "first", "second", "third", "fourth"] as const;

/** How a language names each kind of period (`y`, `last`: the years, four digits). */
interface LabelWords {
  readonly halfYear: (y: string, first: boolean) => string;
  readonly quarter: (y: string, quarter: number) => string;
  readonly year: (y: string) => string;
  readonly month: (y: string, month: number | undefined) => string;
  readonly term: (y: string, last: string) => string;
  /** A date range, from its two days (`YYYY-MM-DD`). */
  readonly range: (start: string, end: string) => string;
}

function dayVi(date: string): string {
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}

function dayEn(date: string): string {
  return `${Number(date.slice(8, 10))} ${MONTH_NAMES_EN[Number(date.slice(5, 7))]} ${date.slice(0, 4)}`;
}

const WORDS: Readonly<Record<Lang, LabelWords>> = {
  vi: {
    halfYear: (y, first) => `6 tháng ${first ? "đầu" : "cuối"} năm ${y}`,
    quarter: (y, q) => `quý ${ROMAN[q]}/${y}`,
    year: (y) => `năm ${y}`,
    month: (y, m) => `tháng ${m}/${y}`,
    term: (y, last) => `giai đoạn ${y}–${last}`,
    range: (start, end) => `từ ngày ${dayVi(start)} đến ngày ${dayVi(end)}`,
  },
  en: {
    halfYear: (y, first) => `${first ? "first" : "second"} half of ${y}`,
    quarter: (y, q) => `${ORDINAL_EN[q]} quarter of ${y}`,
    year: (y) => y,
    month: (y, m) => `${MONTH_NAMES_EN[m ?? 0]} ${y}`,
    term: (y, last) => `${y}–${last} term`,
    range: (start, end) => `from ${dayEn(start)} to ${dayEn(end)}`,
  },
};

/** The label of a period in a language (English for anything but `"vi"`, as from a JavaScript caller). */
export function periodLabel(p: Period, lang: Lang): string {
  const words = Object.hasOwn(WORDS, lang) ? WORDS[lang] : WORDS.en;
  const y = String(p.year).padStart(4, "0");
  const last = String(p.endYear).padStart(4, "0");
  switch (p.kind) {
    case "half-year":
      return words.halfYear(y, p.half === 1);
    case "quarter":
      return words.quarter(y, p.quarter ?? 0);
    case "year":
      return words.year(y);
    case "month":
      return words.month(y, p.month);
    case "term":
      return words.term(y, last);
    case "range":
      return words.range(p.start, p.end);
  }
}

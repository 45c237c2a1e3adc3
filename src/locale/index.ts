/**
 * Locales: every phrase a report, a Word document or a workbook prints, one
 * file a language (`vi.ts`, `en.ts`) behind one interface (`types.ts`), and
 * the figures' labels declared once by record kind, in both languages
 * (`figures.ts`). The writers of `report/` and `ngoaivu/office` take their
 * words from here and hold none of their own.
 *
 * @module
 */
import type { Lang } from "../errors/index.js";
import { en, enReport } from "./en.js";
import type { Locale, ReportWords } from "./types.js";
import { vi, viReport } from "./vi.js";

export {
  type Bilingual,
  extraFigureLabel,
  FIGURE_WORDS,
  type FigureCatalog,
  type FigureGroup,
  type FigureWords,
  figureCatalog,
  figureWords,
  REPORT_COLUMNS,
  type ReportColumn,
} from "./figures.js";
export type { DayParts, DocumentWords, Locale, ReportWords, WorkbookWords } from "./types.js";

const LOCALES: Readonly<Record<Lang, Locale>> = { vi, en };

// The report's words apart: `render` reads only these, so a bundle that writes no document carries no document words.
const REPORT_WORDS: Readonly<Record<Lang, ReportWords>> = { vi: viReport, en: enReport };

/** @internal The words of a rendered report in a language (`localeOf(lang).report`). */
export function reportWords(lang: Lang): ReportWords {
  return REPORT_WORDS[lang];
}

/**
 * The locale of a language: the words of reports, Word documents and workbooks.
 *
 * @internal
 * @param lang - `"vi"` or `"en"`
 * @returns the locale
 * @example
 * ```ts
 * import { localeOf } from "ngoaivu";
 * localeOf("vi").document.heading; //=> "BÁO CÁO"
 * localeOf("en").workbook.totals; //=> "Totals"
 * ```
 */
export function localeOf(lang: Lang): Locale {
  return LOCALES[lang];
}

/**
 * Whether a value names a language that has a locale.
 *
 * @internal
 * @param lang - any value
 * @returns `true` for `"vi"` and `"en"`
 * @example
 * ```ts
 * import { isLocaleLang } from "ngoaivu";
 * isLocaleLang("vi"); //=> true
 * isLocaleLang("fr"); //=> false
 * ```
 */
export function isLocaleLang(lang: unknown): lang is Lang {
  return typeof lang === "string" && Object.hasOwn(REPORT_WORDS, lang);
}

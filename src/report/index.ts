/**
 * Reports: `render` a cluster's (or one member's) report as text, Markdown,
 * JSON or a self-contained HTML page with inline SVG charts, in Vietnamese or
 * English. `buildReportView` gives the structured view every output is laid
 * out from (the Word writer of `ngoaivu/office` reads it directly), and the
 * locale (`localeOf`, the figures' declaration) every word it prints.
 *
 * @module
 */

export {
  type Bilingual,
  type DayParts,
  type DocumentWords,
  extraFigureLabel,
  FIGURE_WORDS,
  type FigureCatalog,
  type FigureGroup,
  type FigureWords,
  figureCatalog,
  figureWords,
  isLocaleLang,
  type Locale,
  localeOf,
  REPORT_COLUMNS,
  type ReportColumn,
  type ReportWords,
  type WorkbookWords,
} from "../locale/index.js";
export type {
  Bar as ReportBar,
  Cell as ReportCell,
  Chart as ReportChart,
  ComparisonLine,
  FigureItem as ReportFigureItem,
  FigureLine as ReportFigureLine,
  MemberNames,
  Table as ReportTable,
  View as ReportView,
} from "./_view.js";
export {
  type AnyReport,
  buildReportView,
  isNationalReport,
  RENDER_FORMATS,
  type RenderFormat,
  type RenderOptions,
  type ReportViewOptions,
  render,
} from "./render.js";

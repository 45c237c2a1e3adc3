/**
 * Private: the qualifier word of the workbook's qualifier cells. The
 * figures' labels come with the report's view (`buildReportView`).
 *
 * @internal
 * @module
 */
import { Figure, formatFigure, type Lang, type Qualifier } from "ngoaivu";

/** The qualifier word of a figure, as `formatFigure` writes it: `""` for exact, `"khoảng"`, `"about"`… */
export function qualifierWord(qualifier: Qualifier, lang: Lang): string {
  if (qualifier === "exact") return "";
  const text = formatFigure(Figure.count(1, qualifier), { locale: lang });
  return text.slice(0, -2);
}

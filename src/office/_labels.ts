/**
 * Private: the labels of the workbook's figure rows and columns. A declared
 * figure's label is the one declaration's (`FIGURE_WORDS`, the labels the
 * report's tables use); a breakdown's is built from the locale's words.
 *
 * @internal
 * @module
 */
import {
  country,
  extraFigureLabel,
  Figure,
  figureWords,
  formatFigure,
  type Lang,
  localeOf,
  type Qualifier,
} from "ngoaivu";

function label(path: string, lang: Lang): string | undefined {
  return figureWords(path)?.label[lang];
}

function countryName(code: string, lang: Lang): string {
  try {
    const c = country(code);
    return { vi: c.nameVi, en: c.nameEn }[lang];
  } catch {
    return code;
  }
}

/** The label of a figure path (without its currency): a declared one, or one built from the path's parts. */
export function figureLabel(path: string, lang: Lang): string {
  const known = label(path, lang);
  if (known !== undefined) return known;
  const words = localeOf(lang).workbook;
  const parts = path.split(".");
  const [group, kind, key, dir] = parts;
  if (
    group === "delegations" &&
    (kind === "byCountry" || kind === "byLevel") &&
    key !== undefined &&
    dir !== undefined
  ) {
    const direction = label(`delegations.${dir}`, lang) ?? dir;
    const of = kind === "byCountry" ? countryName(key, lang) : (words.levels[key] ?? key);
    return `${direction}: ${of}`;
  }
  if (group === "oda" && kind === "byStatus" && key !== undefined) {
    return `${label("oda.projects", lang) ?? ""}: ${words.statuses[key] ?? key}`;
  }
  if (group === "consular" && kind === "other" && key !== undefined) {
    return `${words.otherConsular}: ${key}`;
  }
  if (group === "extra" && kind !== undefined) return extraFigureLabel(kind, lang);
  return path;
}
/** Whether a figure path is a breakdown (by country, level, status, other case type) rather than a headline figure. */
export function isBreakdown(path: string): boolean {
  return /^(delegations\.by(Country|Level)|oda\.byStatus|consular\.other)\./.test(path);
}

/** The qualifier word of a figure, as `formatFigure` writes it: `""` for exact, `"khoảng"`, `"about"`… */
export function qualifierWord(qualifier: Qualifier, lang: Lang): string {
  if (qualifier === "exact") return "";
  const text = formatFigure(Figure.count(1, qualifier), { locale: lang });
  return text.slice(0, -2);
}

/**
 * The figures of a report and their words: each kind's figures come from
 * its own declaration (`src/kinds/<kind>.ts`: paths, labels in both
 * languages, table columns, breakdown labels); the extra figures a member
 * types in are declared here. The text, Markdown and HTML tables, the
 * summary's skip list, the comparison lines, the charts, the Word document
 * and the workbook all read their labels through a catalog of a list of
 * kinds (`figureCatalog`), the built-in list by default.
 *
 * @module
 */
import type { Lang } from "../errors/index.js";
import {
  type AnyKindView,
  type Bilingual,
  type BuiltInRecordKind,
  type FigureWords,
  RECORD_KIND_VIEWS,
} from "../kinds/index.js";

export type { Bilingual, FigureWords };

/** The groups of `FIGURE_WORDS`: the record kinds' sections of a report, and the extra figures. */
export type FigureGroup = BuiltInRecordKind["section"] | "extra";

/** The extra figures with a declared label (any other is labelled from its name). */
const EXTRA: readonly FigureWords[] = [
  {
    path: "extra.borderGateRevenue",
    label: { vi: "Thu ngân sách qua các cửa khẩu", en: "Border-gate budget revenue" },
  },
  {
    path: "extra.stateBudgetRevenue",
    label: { vi: "Tổng thu ngân sách nhà nước của tỉnh", en: "Provincial state budget revenue" },
    whole: { vi: "tổng thu ngân sách nhà nước của tỉnh", en: "the province's state budget revenue" },
  },
  { path: "extra.twinnedLocalities", label: { vi: "Địa phương kết nghĩa", en: "Twinned localities" } },
];

/**
 * Every figure a report names, by record kind (from each kind's
 * declaration) and the extra figures. Figures without a `column` are
 * labelled (in the workbook) but not shown as table columns.
 *
 * @internal
 * @example
 * ```ts
 * import { FIGURE_WORDS } from "ngoaivu";
 * FIGURE_WORDS.delegations[0]?.label; //=> { vi: "Đoàn ra", en: "Outgoing" }
 * ```
 */
export const FIGURE_WORDS: Readonly<Record<FigureGroup, readonly FigureWords[]>> = {
  ...(Object.fromEntries(RECORD_KIND_VIEWS.map((k) => [k.section, k.words.figures])) as Record<
    BuiltInRecordKind["section"],
    readonly FigureWords[]
  >),
  extra: EXTRA,
};

/** A column of a report's tables: its key, the path of its figure, its label in both languages. */
export interface ReportColumn {
  readonly key: string;
  readonly path: string;
  readonly label: Bilingual;
}

/** The figures of a list of kinds and their words: what the report's writers label and lay out. */
export interface FigureCatalog {
  /** The kinds, in their order. */
  readonly kinds: readonly AnyKindView[];
  /** The columns of a report's tables, in their order. */
  readonly columns: readonly ReportColumn[];
  /** The declared words of a figure path, or `undefined`. */
  words(path: string): FigureWords | undefined;
  /** The label of any figure path (without its currency): declared, a kind's breakdown, an extra figure, or the path. */
  label(path: string, lang: Lang): string;
  /** Whether a figure path is one of a kind's breakdowns (a row, never a column). */
  isBreakdown(path: string): boolean;
}

const catalogs = new WeakMap<readonly AnyKindView[], FigureCatalog>();

function buildCatalog(kinds: readonly AnyKindView[]): FigureCatalog {
  const all: readonly FigureWords[] = [...kinds.flatMap((k) => k.words.figures), ...EXTRA];
  const byPath: ReadonlyMap<string, FigureWords> = new Map(all.map((f) => [f.path, f] as const));
  const bySection: ReadonlyMap<string, AnyKindView> = new Map(kinds.map((k) => [k.section, k] as const));
  const columns = all
    .flatMap((f) =>
      f.column === undefined ? [] : [{ key: f.column.key, path: f.path, order: f.column.order, label: f.label }],
    )
    .sort((a, b) => a.order - b.order)
    .map(({ key, path, label }) => ({ key, path, label }));
  const breakdown = (path: string, lang: Lang): string | undefined => {
    const [section, ...parts] = path.split(".");
    const kind = bySection.get(section as string);
    return kind?.words.breakdown?.(parts, lang, (p) => byPath.get(p)?.label[lang]);
  };
  return {
    kinds,
    columns,
    words: (path) => byPath.get(path),
    label(path, lang) {
      const known = byPath.get(path)?.label[lang];
      if (known !== undefined) return known;
      const of = breakdown(path, lang);
      if (of !== undefined) return of;
      if (path.startsWith("extra.") && path.length > 6)
        return extraFigureLabel(path.slice(6).split(".")[0] as string, lang);
      return path;
    },
    isBreakdown: (path) => breakdown(path, "en") !== undefined,
  };
}

/**
 * The catalog of the figures of a list of record kinds (the built-in list
 * by default): the columns of a report's tables and the label of every
 * figure path. Built once per list.
 *
 * @internal
 * @example
 * ```ts
 * import { figureCatalog } from "ngoaivu";
 * figureCatalog().columns.slice(0, 3).map((c) => c.path);
 * //=> ["delegations.outgoing", "delegations.incoming", "agreements.new"]
 * figureCatalog().label("delegations.byCountry.CN.outgoing", "vi"); //=> "Đoàn ra: Trung Quốc"
 * ```
 */
export function figureCatalog(kinds: readonly AnyKindView[] = RECORD_KIND_VIEWS): FigureCatalog {
  let catalog = catalogs.get(kinds);
  if (catalog === undefined) {
    catalog = buildCatalog(kinds);
    catalogs.set(kinds, catalog);
  }
  return catalog;
}

/**
 * The columns of a report's tables, in their order: the figures of
 * `FIGURE_WORDS` that have a `column`.
 *
 * @internal
 * @example
 * ```ts
 * import { REPORT_COLUMNS } from "ngoaivu";
 * REPORT_COLUMNS.slice(0, 3).map((c) => c.path);
 * //=> ["delegations.outgoing", "delegations.incoming", "agreements.new"]
 * ```
 */
export const REPORT_COLUMNS: readonly ReportColumn[] = figureCatalog().columns;

/**
 * The declared words of a figure path, or `undefined` for a path not declared.
 *
 * @internal
 * @example
 * ```ts
 * import { figureWords } from "ngoaivu";
 * figureWords("agreements.inForce")?.label.en; //=> "Agreements in force"
 * figureWords("agreements.old"); //=> undefined
 * ```
 */
export function figureWords(path: string): FigureWords | undefined {
  return figureCatalog().words(path);
}

/**
 * The label of an extra figure: a declared one, or its camel-case name in
 * words ("portVisits" → "Port visits").
 *
 * @internal
 * @example
 * ```ts
 * import { extraFigureLabel } from "ngoaivu";
 * extraFigureLabel("twinnedLocalities", "vi"); //=> "Địa phương kết nghĩa"
 * extraFigureLabel("portVisits", "en"); //=> "Port visits"
 * ```
 */
export function extraFigureLabel(name: string, lang: Lang): string {
  const known = EXTRA.find((f) => f.path === `extra.${name}`)?.label[lang];
  if (known !== undefined) return known.charAt(0).toUpperCase() + known.slice(1);
  const spaced = name.replace(/([A-Z])/g, " $1").toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

/**
 * The figures of a report, declared once, grouped by record kind: each
 * figure's path in a report's `figures`, its label in Vietnamese and
 * English, and, for a figure shown as a column of the report's tables, the
 * column's key and place. The text, Markdown and HTML tables, the summary's
 * skip list, the comparison lines, the charts, the Word document and the
 * workbook all read their labels here. A kind's group is its part: it moves
 * with the kind's own declaration.
 *
 * @module
 */
import type { Lang } from "../errors/index.js";

/** A text in both languages. */
export type Bilingual = Readonly<Record<Lang, string>>;

/** One figure of a report: where it is, what it is called, and whether it is a table column. */
export interface FigureWords {
  /** Dotted path in a report's figures: `delegations.outgoing`. */
  readonly path: string;
  /** Its label (a column heading, a row of the figures table, a workbook row). */
  readonly label: Bilingual;
  /** Shown as a column of the report's tables: the column's key (`data-figure`) and its place among the columns. */
  readonly column?: { readonly key: string; readonly order: number };
  /** How a sentence names the figure as the whole of a share. */
  readonly whole?: Bilingual;
}

/** The groups of `FIGURE_WORDS`: the record kinds' sections of a report, and the extra figures. */
export type FigureGroup = "delegations" | "agreements" | "consular" | "oda" | "ngo" | "extra";

/**
 * Every figure a report names, by record kind. Figures without a `column`
 * are labelled (in the workbook) but not shown as table columns.
 *
 * @internal
 * @example
 * ```ts
 * import { FIGURE_WORDS } from "ngoaivu";
 * FIGURE_WORDS.delegations[0]?.label; //=> { vi: "Đoàn ra", en: "Outgoing" }
 * ```
 */
export const FIGURE_WORDS: Readonly<Record<FigureGroup, readonly FigureWords[]>> = {
  delegations: [
    { path: "delegations.outgoing", label: { vi: "Đoàn ra", en: "Outgoing" }, column: { key: "outgoing", order: 1 } },
    { path: "delegations.incoming", label: { vi: "Đoàn vào", en: "Incoming" }, column: { key: "incoming", order: 2 } },
    { path: "delegations.cancelled", label: { vi: "Đoàn hủy", en: "Cancelled delegations" } },
    { path: "delegations.people", label: { vi: "Số người trong các đoàn", en: "People in the delegations" } },
    {
      path: "delegations.cost",
      label: { vi: "Kinh phí đoàn", en: "Delegation costs" },
      column: { key: "delegationCost", order: 14 },
    },
  ],
  agreements: [
    {
      path: "agreements.new",
      label: { vi: "Thỏa thuận mới", en: "New agreements" },
      column: { key: "agreements", order: 3 },
    },
    { path: "agreements.inForce", label: { vi: "Thỏa thuận còn hiệu lực", en: "Agreements in force" } },
  ],
  consular: [
    {
      path: "consular.consularCases",
      label: { vi: "Lãnh sự", en: "Consular" },
      column: { key: "consular", order: 4 },
    },
    {
      path: "consular.citizenProtection",
      label: { vi: "Bảo hộ công dân", en: "Citizen protection" },
      column: { key: "protection", order: 5 },
    },
    { path: "consular.abtcApplications", label: { vi: "ABTC", en: "ABTC" }, column: { key: "abtc", order: 6 } },
  ],
  oda: [
    { path: "oda.projects", label: { vi: "Dự án ODA", en: "ODA projects" }, column: { key: "odaProjects", order: 10 } },
    { path: "oda.capital", label: { vi: "Vốn ODA", en: "ODA capital" }, column: { key: "odaCapital", order: 11 } },
    {
      path: "oda.completed",
      label: { vi: "Dự án ODA hoàn thành", en: "ODA completed" },
      column: { key: "odaCompleted", order: 12 },
    },
    {
      path: "oda.completedCapital",
      label: { vi: "Vốn dự án hoàn thành", en: "Completed capital" },
      column: { key: "odaCompletedCapital", order: 13 },
    },
    {
      path: "oda.commitments",
      label: { vi: "Vốn ODA cam kết trong kỳ", en: "ODA commitments" },
      column: { key: "odaCommitments", order: 15 },
    },
    {
      path: "oda.disbursements",
      label: { vi: "Vốn ODA giải ngân trong kỳ", en: "ODA disbursements" },
      column: { key: "odaDisbursements", order: 16 },
    },
  ],
  ngo: [
    {
      path: "ngo.projects",
      label: { vi: "Dự án PCPNN", en: "NGO projects" },
      column: { key: "ngoProjects", order: 7 },
    },
    {
      path: "ngo.committed",
      label: { vi: "Giá trị cam kết PCPNN", en: "NGO committed" },
      column: { key: "ngoCommitted", order: 8 },
    },
    {
      path: "ngo.disbursements",
      label: { vi: "Giải ngân PCPNN trong kỳ", en: "NGO disbursements" },
      column: { key: "ngoDisbursements", order: 17 },
    },
    {
      path: "ngo.donors",
      label: { vi: "Tổ chức PCPNN, nhà tài trợ", en: "NGOs and donors" },
      column: { key: "ngoDonors", order: 9 },
    },
  ],
  extra: [
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
  ],
};

/** A column of a report's tables: its key, the path of its figure, its label in both languages. */
export interface ReportColumn {
  readonly key: string;
  readonly path: string;
  readonly label: Bilingual;
}

const ALL: readonly FigureWords[] = Object.values(FIGURE_WORDS).flat();
const BY_PATH: ReadonlyMap<string, FigureWords> = new Map(ALL.map((f) => [f.path, f] as const));

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
export const REPORT_COLUMNS: readonly ReportColumn[] = ALL.flatMap((f) =>
  f.column === undefined ? [] : [{ key: f.column.key, path: f.path, order: f.column.order, label: f.label }],
)
  .sort((a, b) => a.order - b.order)
  .map(({ key, path, label }) => ({ key, path, label }));

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
  return BY_PATH.get(path);
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
  const known = BY_PATH.get(`extra.${name}`)?.label[lang];
  if (known !== undefined) return known.charAt(0).toUpperCase() + known.slice(1);
  const spaced = name.replace(/([A-Z])/g, " $1").toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

/**
 * Private: turns a report into a neutral view (title, sentences, tables,
 * chart series) in one language, which the text, Markdown, HTML and JSON
 * writers and the Word document lay out. Its words come from the locale
 * (`src/locale/`), its columns from the one declaration of the figures.
 *
 * @internal
 * @module
 */
import type { Decimal } from "decimal.js";
import type { Lang } from "../errors/index.js";
import { Figure, formatFigure } from "../figure/index.js";
import type { AnyKindView, SentenceTools } from "../kinds/index.js";
import {
  type Bilingual,
  extraFigureLabel,
  type FigureCatalog,
  figureCatalog,
  type ReportWords,
  reportWords,
} from "../locale/index.js";
import type { Money } from "../money/index.js";
import type { Period } from "../period/index.js";
import {
  type ClusterReport,
  type Comparison,
  type Figures,
  listFigures,
  type MemberReport,
  type MoneyTotal,
  type Percentage,
  percentOf,
} from "../rollup/index.js";

/** A member's names, for the per-member table. */
export interface MemberNames {
  readonly id: string;
  readonly names: { readonly vi: string; readonly en: string };
}

/** One line of the comparison with the previous period. */
export interface ComparisonLine {
  /** The figure's label. */
  readonly label: string;
  /** Dotted path of the figure, e.g. `extra.borderGateRevenue`. */
  readonly path: string;
  /** This period's figure, in words. */
  readonly current: string;
  /** The previous period's figure, in words. */
  readonly previous: string;
  /** The growth in words: "tăng 249% so với giai đoạn 2016–2020". */
  readonly text: string;
  /** The figures, for charts. */
  readonly figures: { readonly current: Figure; readonly previous: Figure };
}

/** A cell of a table: its text, and the figure behind it when there is one. */
export interface Cell {
  readonly text: string;
  readonly figure?: Figure | undefined;
  /** A stable key for the cell (a figure path), used by the HTML `data-figure` attribute. */
  readonly key?: string | undefined;
  /** The figure's label, on a key-figure card. */
  readonly label?: string | undefined;
}

/** A table: a header and rows of cells. */
export interface Table {
  readonly caption: string;
  readonly head: readonly string[];
  readonly rows: ReadonlyArray<{ readonly cells: readonly Cell[]; readonly total?: boolean; readonly id?: string }>;
}

/** A bar of a chart. */
export interface Bar {
  readonly label: string;
  readonly value: Decimal;
  readonly text: string;
}

/** A chart: groups of bars sharing one scale (one series a colour). */
export interface Chart {
  readonly id: string;
  readonly title: string;
  readonly series: readonly string[];
  readonly groups: ReadonlyArray<{ readonly label: string; readonly bars: ReadonlyArray<Bar | undefined> }>;
  /** Shown instead of the chart when there is nothing to draw. */
  readonly empty?: string;
  /** One scale for the whole chart (default), or one per group (figures of different units). */
  readonly scale?: "chart" | "group";
}

/** One figure of a report, labelled: a row of the workbook's totals, a cell of its per-member sheet. */
export interface FigureItem {
  /** Its dotted path without the currency of a money total: `oda.capital`, `extra.borderGateRevenue`. */
  readonly key: string;
  /** Its label: declared by its kind, a breakdown's ("Đoàn ra: Trung Quốc"), an extra figure's, or the path. */
  readonly label: string;
  /** A breakdown (by country, level, status…): a row of the totals, never a column. */
  readonly breakdown: boolean;
  /** The figure (one a currency for a money total). */
  readonly figure: Figure;
}

/** One line of the per-member figures: a member's report, the total, or a member with none. */
export interface FigureLine {
  /** The member id (`""` for the total line). */
  readonly member: string;
  /** The member's name (its id when no name is known). */
  readonly name: string;
  /** The line's figures. */
  readonly items: readonly FigureItem[];
  /** What the line is. */
  readonly status: "reported" | "total" | "not-reported" | "non-member" | "unknown-member";
  /** For an unknown member: how many records named it. */
  readonly records?: number;
}

/** Everything a writer lays out. */
export interface View {
  readonly lang: Lang;
  readonly title: string;
  readonly subtitle: string;
  readonly paragraphs: readonly string[];
  readonly keyFigures: readonly Cell[];
  readonly tables: readonly Table[];
  readonly lists: ReadonlyArray<{ readonly title: string; readonly items: readonly string[] }>;
  readonly comparison: readonly ComparisonLine[];
  readonly comparisonTitle: string;
  readonly chartsTitle: string;
  readonly charts: readonly Chart[];
  readonly footer: string;
  /** Every figure, labelled: the totals (a member report's own figures) and one line a member, as the workbook lays them out. */
  readonly data: { readonly totals: readonly FigureItem[]; readonly lines: readonly FigureLine[] };
}

type Words = ReportWords;

/** The words of a language. */
export function words(lang: Lang): Words {
  return reportWords(lang);
}

/** A report column's figure in some figures, by its path (`delegations.outgoing`). */
function figureAt(f: Figures, path: string): Figure | MoneyTotal | undefined {
  const dot = path.indexOf(".");
  const group: unknown = (f as Readonly<Record<string, unknown>>)[path.slice(0, dot)];
  if (typeof group !== "object" || group === null) return undefined;
  return (group as Readonly<Record<string, Figure | MoneyTotal | undefined>>)[path.slice(dot + 1)];
}

/** A table column (from the kinds' declarations) with its getter. */
interface Column {
  readonly key: string;
  readonly path: string;
  readonly label: Bilingual;
  readonly get: (f: Figures) => Figure | MoneyTotal | undefined;
}

const columnLists = new WeakMap<FigureCatalog, readonly Column[]>();

/** The table columns of a catalog of figures, each with its getter. */
function columnsOf(catalog: FigureCatalog): readonly Column[] {
  let columns = columnLists.get(catalog);
  if (columns === undefined) {
    columns = catalog.columns.map((c) => ({ ...c, get: (f: Figures) => figureAt(f, c.path) }));
    columnLists.set(catalog, columns);
  }
  return columns;
}

/** The figures catalog of a list of kinds (the built-in list when none is given). */
export function catalogOf(kinds: readonly AnyKindView[] | undefined): FigureCatalog {
  return kinds === undefined ? figureCatalog() : figureCatalog(kinds);
}

function isTotal(value: Figure | MoneyTotal | undefined): value is MoneyTotal {
  return value !== undefined && !Figure.isFigure(value);
}

/** Whether a figure says something: present, and not an exact zero (or an empty bag). */
export function says(value: Figure | MoneyTotal | undefined): boolean {
  if (value === undefined) return false;
  if (isTotal(value)) return !value.amounts.isEmpty() && value.amounts.list().some((m) => !m.isZero());
  return !(value.qualifier === "exact" && value.value.isZero());
}

function plural(f: Figure): boolean {
  return !(f.qualifier === "exact" && f.value.eq(1));
}

/** A count figure in words: "khoảng 400", "about 400". */
export function count(f: Figure, lang: Lang): string {
  return formatFigure(f, { locale: lang });
}

/** Amount figures of a money total, one per currency: "hơn 1 triệu USD". */
export function moneyFigures(total: MoneyTotal): Figure[] {
  return total.amounts
    .list()
    .filter((m) => !m.isZero())
    .map((m) => Figure.money(m, total.qualifier));
}

/** A money total in words, currencies joined: "1.576 tỷ 566 triệu đồng". */
export function money(total: MoneyTotal, lang: Lang): string {
  const parts = moneyFigures(total).map((f) => formatFigure(f, { locale: lang }));
  const w = words(lang);
  return parts.length === 0 ? w.zero : parts.join(w.and);
}

function cellOf(value: Figure | MoneyTotal | undefined, lang: Lang, key: string): Cell {
  if (value === undefined) return { text: "—", key };
  if (isTotal(value)) return { text: money(value, lang), key };
  return { text: count(value, lang), figure: value, key };
}

/** "A, B và C" / "A, B and C". */
export function joinList(items: readonly string[], lang: Lang): string {
  return words(lang).joinList(items);
}

/** The label of an extra figure: a known one, or its camel-case name in words. */
export function extraLabel(name: string, lang: Lang): string {
  return extraFigureLabel(name, lang);
}

function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The clauses of the summary sentence for some figures: every kind's part, in the kinds' sentence order. */
function clauses(f: Figures, lang: Lang, skip: ReadonlySet<string>, catalog: FigureCatalog): string[] {
  const tools: SentenceTools = {
    lang,
    count: (figure) => count(figure, lang),
    money: (total) => money(total, lang),
    plural,
    says: (key, value) => !skip.has(key) && says(value),
    joinList: (items) => joinList(items, lang),
  };
  const actions: string[] = [];
  const rest: string[] = [];
  const sections = f as Readonly<Record<string, unknown>>;
  for (const kind of sentenceOrder(catalog)) {
    const section = sections[kind.section];
    if (section === undefined || section === null || kind.words.sentence === undefined) continue;
    const parts = kind.words.sentence.say(section, tools);
    actions.push(...(parts.actions ?? []));
    if (parts.clause !== undefined) rest.push(parts.clause);
  }
  return actions.length > 0 ? [words(lang).joinActions(actions), ...rest] : rest;
}

const sentenceOrders = new WeakMap<FigureCatalog, readonly AnyKindView[]>();

function sentenceOrder(catalog: FigureCatalog): readonly AnyKindView[] {
  let list = sentenceOrders.get(catalog);
  if (list === undefined) {
    list = catalog.kinds
      .filter((k) => k.words.sentence !== undefined)
      .sort((a, b) => (a.words.sentence?.order ?? 0) - (b.words.sentence?.order ?? 0));
    sentenceOrders.set(catalog, list);
  }
  return list;
}

/** The sentences about the extra figures, with their comparison and share when known. */
function extraSentences(
  f: Figures,
  lang: Lang,
  comparison: readonly ComparisonLine[],
  shares: Readonly<Record<string, string>>,
): string[] {
  const w = words(lang);
  const out: string[] = [];
  for (const [name, figure] of Object.entries(f.extra ?? {})) {
    if (name === "stateBudgetRevenue") continue; // said as the whole of a share
    const value = formatFigure(figure, { locale: lang });
    let text = name === "twinnedLocalities" ? w.twinned(value) : w.reached(extraLabel(name, lang), value);
    const line = comparison.find((c) => c.path === `extra.${name}` || c.path.startsWith(`extra.${name}.`));
    if (line !== undefined) text += `, ${line.text}`;
    const share = shares[name];
    if (share !== undefined) text += `, ${share}`;
    out.push(`${sentenceCase(text)}.`);
  }
  return out;
}

/** A period's label as it reads inside a sentence: "the first half of 2024", "2024", "giai đoạn 2016–2020". */
export function periodInSentence(period: Period, lang: Lang): string {
  return words(lang).periodInSentence(period.label(lang), period.kind);
}

function periodPhrase(period: Period, lang: Lang): string {
  return words(lang).in(periodInSentence(period, lang));
}

/** The summary paragraph: "Trong 6 tháng đầu năm 2024, Cụm thi đua số II đã tổ chức …". */
export function summaryParagraph(
  subject: string,
  period: Period,
  f: Figures,
  lang: Lang,
  comparison: readonly ComparisonLine[] = [],
  shares: Readonly<Record<string, string>> = {},
  skip: ReadonlySet<string> = new Set(),
  catalog: FigureCatalog = figureCatalog(),
): string[] {
  const parts = clauses(f, lang, skip, catalog);
  const out: string[] = [];
  if (parts.length > 0) {
    const body = parts.join("; ");
    out.push(words(lang).summary(periodPhrase(period, lang), subject, body));
  }
  out.push(...extraSentences(f, lang, comparison, shares));
  return out;
}

/** The per-member table of a cluster report, with only the columns some row (or the total) has. */
export function memberTable(
  report: ClusterReport,
  names: ReadonlyMap<string, MemberNames>,
  lang: Lang,
  catalog: FigureCatalog = figureCatalog(),
): Table {
  const w = words(lang);
  const columns = columnsOf(catalog).filter(
    ({ get }) => says(get(report.totals)) || report.rows.some((r) => says(get(r.figures))),
  );
  const name = (id: string) => names.get(id)?.names[lang] ?? id;
  return {
    caption: w.perMember,
    head: [w.member, ...columns.map((c) => c.label[lang])],
    rows: [
      ...report.rows.map((r) => ({
        id: r.member,
        cells: [
          { text: name(r.member) },
          ...columns.map((c) => cellOf(c.get(r.figures), lang, `${r.member}.${c.key}`)),
        ],
      })),
      {
        total: true,
        cells: [{ text: w.total }, ...columns.map((c) => cellOf(c.get(report.totals), lang, `total.${c.key}`))],
      },
    ],
  };
}

/**
 * The columns whose cluster total is incomplete: some reporting member did
 * not give the figure. The table shows such totals; the summary sentence
 * leaves them out rather than state a total that covers only some members.
 */
export function incompleteColumns(report: ClusterReport, catalog: FigureCatalog = figureCatalog()): Set<string> {
  const out = new Set<string>();
  for (const c of columnsOf(catalog)) {
    if (report.rows.some((r) => c.get(r.figures) === undefined)) out.add(c.key);
  }
  return out;
}

/** The figures table of a member report: one row a figure. */
export function figureTable(report: MemberReport, lang: Lang, catalog: FigureCatalog = figureCatalog()): Table {
  const w = words(lang);
  const rows: { cells: Cell[] }[] = [];
  for (const c of columnsOf(catalog)) {
    const value = c.get(report.figures);
    if (!says(value)) continue;
    rows.push({ cells: [{ text: c.label[lang] }, cellOf(value, lang, c.key)] });
  }
  for (const [name, figure] of Object.entries(report.figures.extra ?? {})) {
    rows.push({
      cells: [
        { text: extraLabel(name, lang) },
        { text: formatFigure(figure, { locale: lang }), figure, key: `extra.${name}` },
      ],
    });
  }
  return { caption: w.figures, head: [w.figure, w.value], rows };
}

/**
 * The figures shown as key-figure cards in HTML; a cluster total that some
 * reporting member did not give (`skip`, see `incompleteColumns`) is left
 * out, as in the summary sentence: the table still shows it.
 */
export function keyFigures(
  f: Figures,
  lang: Lang,
  skip: ReadonlySet<string> = new Set(),
  catalog: FigureCatalog = figureCatalog(),
): Cell[] {
  const out: Cell[] = [];
  for (const c of columnsOf(catalog)) {
    const value = c.get(f);
    if (says(value) && !skip.has(c.key))
      out.push({
        ...cellOf(value, lang, `total.${c.key}`),
        figure: Figure.isFigure(value) ? value : undefined,
        key: c.key,
      });
  }
  for (const [name, figure] of Object.entries(f.extra ?? {})) {
    out.push({ text: formatFigure(figure, { locale: lang }), figure, key: `extra.${name}` });
  }
  return out.map((cell) => ({ ...cell, label: labelOf(cell.key ?? "", lang, catalog) }));
}

function labelOf(key: string, lang: Lang, catalog: FigureCatalog): string {
  if (key.startsWith("extra.")) return extraLabel(key.slice(6), lang);
  return columnsOf(catalog).find((c) => c.key === key)?.label[lang] ?? key;
}

/** Money figures by currency, for the money chart. */
export function moneyByCurrency(
  f: Figures,
  lang: Lang,
  skip: ReadonlySet<string> = new Set(),
  catalog: FigureCatalog = figureCatalog(),
): Map<string, Bar[]> {
  const out = new Map<string, Bar[]>();
  const add = (label: string, m: Money, qualifier: Figure["qualifier"]) => {
    if (m.isZero()) return;
    const list = out.get(m.currency) ?? [];
    list.push({
      label,
      value: m.amount,
      text: formatFigure(Figure.money(m, qualifier), { locale: lang }),
    });
    out.set(m.currency, list);
  };
  for (const c of columnsOf(catalog)) {
    const value = c.get(f);
    if (isTotal(value) && !skip.has(c.key))
      for (const m of value.amounts.list()) add(c.label[lang], m, value.qualifier);
  }
  for (const [name, figure] of Object.entries(f.extra ?? {})) {
    if (figure.money !== undefined) add(extraLabel(name, lang), figure.money, figure.qualifier);
  }
  return out;
}

/** A percentage in words, with its qualifier: "gần 249", "about 46". */
export function percentText(p: Percentage, lang: Lang): string {
  const negative = p.percent.startsWith("-");
  const abs = negative ? p.percent.slice(1) : p.percent;
  return formatFigure(Figure.count(abs, p.qualifier), { locale: lang });
}

/**
 * The period compared with, as it reads inside a sentence: "cùng kỳ năm 2023"
 * (the same period of the year before), else the period's own label.
 */
export function comparedInSentence(
  comparison: Pick<Comparison, "previousPeriod" | "samePeriodLastYear">,
  lang: Lang,
): string {
  const previous = comparison.previousPeriod;
  if (comparison.samePeriodLastYear) return words(lang).samePeriodOf(String(previous.year));
  return periodInSentence(previous, lang);
}

/** The growth in words: "tăng gần 249% so với giai đoạn 2016–2020". */
export function growthText(
  growth: Percentage | null,
  comparison: Pick<Comparison, "previousPeriod" | "samePeriodLastYear">,
  lang: Lang,
): string {
  const w = words(lang);
  const period = comparedInSentence(comparison, lang);
  if (growth === null) return w.noGrowth(period);
  if (/^-?0(\.0*)?$/.test(growth.percent)) return w.same(period);
  const text = percentText(growth, lang);
  return growth.percent.startsWith("-") ? w.down(text, period) : w.up(text, period);
}

/** The label of a figure path: a column, an extra figure, with its currency when money. */
export function pathLabel(path: string, lang: Lang, catalog: FigureCatalog = figureCatalog()): string | undefined {
  const extra = /^extra\.([A-Za-z0-9]+)(?:\.([A-Z]{3}))?$/.exec(path);
  if (extra !== null) return extraLabel(extra[1] as string, lang);
  for (const c of columnsOf(catalog)) {
    if (path === c.path) return c.label[lang];
    if (path.startsWith(`${c.path}.`) && /^[A-Z]{3}$/.test(path.slice(c.path.length + 1)))
      return `${c.label[lang]} (${path.slice(c.path.length + 1)})`;
  }
  return undefined;
}

/**
 * The comparison lines: every headline figure (the table's columns and the
 * extra figures) that the previous report also has.
 */
export function comparisonLines(
  comparison: Comparison,
  lang: Lang,
  catalog: FigureCatalog = figureCatalog(),
): ComparisonLine[] {
  const out: ComparisonLine[] = [];
  for (const c of comparison.figures) {
    if (c.previous === null || (!says(c.current) && !says(c.previous))) continue;
    const label = pathLabel(c.path, lang, catalog);
    if (label === undefined) continue;
    out.push({
      label,
      path: c.path,
      current: formatFigure(c.current, { locale: lang }),
      previous: formatFigure(c.previous, { locale: lang }),
      text: growthText(c.growth, comparison, lang),
      figures: { current: c.current, previous: c.previous },
    });
  }
  return out;
}

/** Every figure of some figures, labelled, in the report's order. */
export function figureItems(f: Figures, lang: Lang, catalog: FigureCatalog = figureCatalog()): FigureItem[] {
  return listFigures(f).map(({ path, figure }) => {
    const currency = figure.currency;
    const key =
      currency !== undefined && path.endsWith(`.${currency}`) && !path.startsWith("extra.")
        ? path.slice(0, -currency.length - 1)
        : path;
    return { key, label: catalog.label(key, lang), breakdown: catalog.isBreakdown(key), figure };
  });
}

/** The lines of the per-member figures: members that reported, the total, then those without a report in the totals. */
export function figureLines(
  report: ClusterReport | MemberReport,
  nameOf: (id: string) => string,
  lang: Lang,
  catalog: FigureCatalog = figureCatalog(),
): FigureLine[] {
  const items = (f: Figures) => figureItems(f, lang, catalog);
  if (!("rows" in report && "totals" in report)) {
    return [{ member: report.member, name: nameOf(report.member), items: items(report.figures), status: "reported" }];
  }
  const line = (id: string, status: FigureLine["status"], f?: Figures): FigureLine => ({
    member: id,
    name: nameOf(id),
    items: f === undefined ? [] : items(f),
    status,
  });
  return [
    ...report.rows.map((r) => line(r.member, "reported", r.figures)),
    { member: "", name: words(lang).total, items: items(report.totals), status: "total" },
    ...report.notReported.map((id) => line(id, "not-reported")),
    ...report.nonMemberReports.map((r) => line(r.member, "non-member", r.figures)),
    ...(report.unknownMembers ?? []).map(
      (u): FigureLine => ({
        member: u.member,
        name: u.member,
        items: [],
        status: "unknown-member",
        records: u.records,
      }),
    ),
  ];
}

/** The part → whole pairs of extra figures said as a share by default. */
export const DEFAULT_SHARES: Readonly<Record<string, string>> = { borderGateRevenue: "stateBudgetRevenue" };

/** The share sentences of extra figures: "chiếm khoảng 46% tổng thu ngân sách nhà nước của tỉnh". */
export function shareTexts(
  f: Figures,
  pairs: Readonly<Record<string, string>>,
  lang: Lang,
  catalog: FigureCatalog = figureCatalog(),
): Record<string, string> {
  const out: Record<string, string> = {};
  const extra = f.extra ?? {};
  for (const [part, whole] of Object.entries(pairs)) {
    const a = extra[part];
    const b = extra[whole];
    if (a === undefined || b === undefined || a.kind !== b.kind || a.currency !== b.currency) continue;
    const p = percentOf(a, b, { digits: 0 });
    if (p === null) continue;
    const wholeText = catalog.words(`extra.${whole}`)?.whole?.[lang] ?? extraLabel(whole, lang).toLowerCase();
    out[part] = words(lang).shareOf(percentText(p, lang), wholeText);
  }
  return out;
}

/**
 * Private: turns a report into a neutral view (title, sentences, tables,
 * chart series) in one language, which the text, Markdown and HTML writers
 * then lay out. Every word of the report lives here, in Vietnamese and
 * English side by side.
 *
 * @internal
 * @module
 */
import type { Decimal } from "decimal.js";
import type { Lang } from "../errors/index.js";
import { Figure, formatFigure } from "../figure/index.js";
import type { Money } from "../money/index.js";
import type { Period } from "../period/index.js";
import {
  type ClusterReport,
  type Comparison,
  type Figures,
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
  readonly charts: readonly Chart[];
  readonly footer: string;
}

type Words = {
  readonly [K in keyof typeof EN]: (typeof EN)[K] extends string ? string : (typeof EN)[K];
};

const EN = {
  reportOf: "Report",
  clusterName: (id: string) => `Emulation Cluster ${id}`,
  in: (period: string) => `In ${period}`,
  outgoing: (f: string, plural: boolean) => `organised ${f} outgoing delegation${plural ? "s" : ""}`,
  incoming: (f: string, plural: boolean) => `received ${f} incoming delegation${plural ? "s" : ""}`,
  agreements: (f: string, plural: boolean) => `signed ${f} new international agreement${plural ? "s" : ""}`,
  ngoProjects: (f: string, plural: boolean) => `took in ${f} foreign NGO project${plural ? "s" : ""}`,
  ngoCommitted: (f: string) => ` with a committed value of ${f}`,
  ngoDonors: (f: string) => `mobilised ${f} foreign NGOs and donors`,
  ngoAid: (f: string) => ` with total aid of ${f}`,
  consular: (f: string, plural: boolean) => `${f} consular case${plural ? "s" : ""}`,
  protection: (f: string, plural: boolean) => `${f} citizen-protection case${plural ? "s" : ""}`,
  abtc: (f: string, plural: boolean) => `${f} ABTC application${plural ? "s" : ""}`,
  handled: "handled",
  and: "and",
  oda: (f: string, plural: boolean, capital: string) =>
    `implemented ${f} ODA and concessional-loan project${plural ? "s" : ""} with total capital of ${capital}`,
  odaCompleted: (f: string, capital: string) => `, of which ${f} completed with ${capital}`,
  reached: (label: string, f: string) => `${label} reached ${f}`,
  twinned: (f: string) => `${f} hamlets, communes and border districts were twinned with localities across the border`,
  shareOf: (pct: string, whole: string) => `${pct}% of ${whole}`,
  up: (pct: string, period: string) => `up ${pct}% on ${period}`,
  down: (pct: string, period: string) => `down ${pct}% on ${period}`,
  same: (period: string) => `unchanged from ${period}`,
  noGrowth: (period: string) => `no percentage: nothing in ${period}`,
  member: "Member",
  figure: "Figure",
  value: "Value",
  total: "Total",
  perMember: "Figures by member",
  figures: "Figures",
  notReported: "Members that have not reported",
  nonMembers: "Reports from non-members (not in the totals)",
  unknownMembers: "Records of unknown member ids (not in the totals)",
  unknownMember: (id: string, records: number) => `${id}: ${records} record${records === 1 ? "" : "s"}`,
  basisSubmitted: "figures reported by the member",
  basisMixed: "records and figures reported by the member",
  basisRecords: "summarized from records",
  comparison: (period: string) => `Compared with ${period}`,
  chartDelegations: "Delegations by member",
  chartDelegationsMember: "Delegations",
  chartComparison: (period: string) => `This period against ${period}`,
  chartMoney: (currency: string) => `Money totals (${currency})`,
  noPrevious: "No previous period given",
  previousPeriod: "the previous period",
  samePeriodOf: (year: string) => `the same period of ${year}`,
  noMoney: "No money totals",
  series: { outgoing: "Outgoing", incoming: "Incoming", current: "This period", previous: "Previous" },
  columns: {
    outgoing: "Outgoing",
    incoming: "Incoming",
    delegationCost: "Delegation costs",
    agreements: "New agreements",
    consular: "Consular",
    protection: "Citizen protection",
    abtc: "ABTC",
    ngoProjects: "NGO projects",
    ngoCommitted: "NGO committed",
    ngoDonors: "NGOs and donors",
    odaProjects: "ODA projects",
    odaCapital: "ODA capital",
    odaCompleted: "ODA completed",
    odaCompletedCapital: "Completed capital",
    odaCommitments: "ODA commitments",
    odaDisbursements: "ODA disbursements",
    ngoDisbursements: "NGO disbursements",
  },
  extra: {
    borderGateRevenue: "Border-gate budget revenue",
    stateBudgetRevenue: "Provincial state budget revenue",
    twinnedLocalities: "Twinned localities",
  } as Readonly<Record<string, string>>,
  wholes: { stateBudgetRevenue: "the province's state budget revenue" } as Readonly<Record<string, string>>,
  convention: { statistical: "statistical cut-off", administrative: "administrative cut-off (Decree 09/2019/NĐ-CP)" },
  generated: "Generated by ngoaivu",
};

const VI: Words = {
  reportOf: "Báo cáo",
  clusterName: (id) => `Cụm thi đua số ${id}`,
  in: (period) => `Trong ${period}`,
  outgoing: (f) => `tổ chức ${f} đoàn ra`,
  incoming: (f) => `đón ${f} đoàn vào`,
  agreements: (f) => `ký kết ${f} thỏa thuận quốc tế mới`,
  ngoProjects: (f) => `tiếp nhận ${f} dự án phi chính phủ nước ngoài`,
  ngoCommitted: (f) => ` với tổng giá trị cam kết ${f}`,
  ngoDonors: (f) => `vận động ${f} tổ chức phi chính phủ nước ngoài và nhà tài trợ`,
  ngoAid: (f) => ` với tổng giá trị viện trợ ${f}`,
  consular: (f) => `${f} vụ việc lãnh sự`,
  protection: (f) => `${f} vụ việc bảo hộ công dân`,
  abtc: (f) => `${f} hồ sơ xin phép sử dụng thẻ ABTC`,
  handled: "giải quyết",
  and: "và",
  oda: (f, _plural, capital) => `thực hiện ${f} dự án ODA và vốn vay ưu đãi với tổng vốn ${capital}`,
  odaCompleted: (f, capital) => `, trong đó ${f} dự án đã hoàn thành với tổng vốn ${capital}`,
  reached: (label, f) => `${label} đạt ${f}`,
  twinned: (f) => `${f} thôn, xã, huyện biên giới đã kết nghĩa với địa phương bên kia biên giới`,
  shareOf: (pct, whole) => `chiếm ${pct}% ${whole}`,
  up: (pct, period) => `tăng ${pct}% so với ${period}`,
  down: (pct, period) => `giảm ${pct}% so với ${period}`,
  same: (period) => `không đổi so với ${period}`,
  noGrowth: (period) => `không tính được tỷ lệ: ${period} không có số liệu`,
  member: "Thành viên",
  figure: "Chỉ tiêu",
  value: "Kết quả",
  total: "Tổng cộng",
  perMember: "Kết quả theo thành viên",
  figures: "Các chỉ tiêu",
  notReported: "Thành viên chưa báo cáo",
  nonMembers: "Báo cáo của đơn vị không thuộc cụm (không tính vào tổng)",
  unknownMembers: "Hồ sơ của mã thành viên không xác định (không tính vào tổng)",
  unknownMember: (id, records) => `${id}: ${records} bản ghi`,
  basisSubmitted: "số liệu do đơn vị báo cáo",
  basisMixed: "số liệu tổng hợp từ hồ sơ và do đơn vị báo cáo",
  basisRecords: "số liệu tổng hợp từ hồ sơ",
  comparison: (period) => `So sánh với ${period}`,
  chartDelegations: "Đoàn ra, đoàn vào theo thành viên",
  chartDelegationsMember: "Đoàn ra, đoàn vào",
  chartComparison: (period) => `Kỳ này so với ${period}`,
  chartMoney: (currency) => `Tổng giá trị (${currency})`,
  noPrevious: "Chưa có kỳ trước để so sánh",
  previousPeriod: "kỳ trước",
  samePeriodOf: (year) => `cùng kỳ năm ${year}`,
  noMoney: "Không có số liệu tiền",
  series: { outgoing: "Đoàn ra", incoming: "Đoàn vào", current: "Kỳ này", previous: "Kỳ trước" },
  columns: {
    outgoing: "Đoàn ra",
    incoming: "Đoàn vào",
    delegationCost: "Kinh phí đoàn",
    agreements: "Thỏa thuận mới",
    consular: "Lãnh sự",
    protection: "Bảo hộ công dân",
    abtc: "ABTC",
    ngoProjects: "Dự án PCPNN",
    ngoCommitted: "Giá trị cam kết PCPNN",
    ngoDonors: "Tổ chức PCPNN, nhà tài trợ",
    odaProjects: "Dự án ODA",
    odaCapital: "Vốn ODA",
    odaCompleted: "Dự án ODA hoàn thành",
    odaCompletedCapital: "Vốn dự án hoàn thành",
    odaCommitments: "Vốn ODA cam kết trong kỳ",
    odaDisbursements: "Vốn ODA giải ngân trong kỳ",
    ngoDisbursements: "Giải ngân PCPNN trong kỳ",
  },
  extra: {
    borderGateRevenue: "Thu ngân sách qua các cửa khẩu",
    stateBudgetRevenue: "tổng thu ngân sách nhà nước của tỉnh",
    twinnedLocalities: "Địa phương kết nghĩa",
  },
  wholes: { stateBudgetRevenue: "tổng thu ngân sách nhà nước của tỉnh" },
  convention: {
    statistical: "số liệu theo kỳ thống kê",
    administrative: "số liệu theo kỳ báo cáo hành chính (Nghị định 09/2019/NĐ-CP)",
  },
  generated: "Lập bằng ngoaivu",
};

/** The words of a language. */
export function words(lang: Lang): Words {
  return lang === "vi" ? VI : EN;
}

type Column = keyof Words["columns"];

/** Where each column's figure sits in a report's figures. */
const COLUMNS: ReadonlyArray<readonly [Column, (f: Figures) => Figure | MoneyTotal | undefined]> = [
  ["outgoing", (f) => f.delegations?.outgoing],
  ["incoming", (f) => f.delegations?.incoming],
  ["agreements", (f) => f.agreements?.new],
  ["consular", (f) => f.consular?.consularCases],
  ["protection", (f) => f.consular?.citizenProtection],
  ["abtc", (f) => f.consular?.abtcApplications],
  ["ngoProjects", (f) => f.ngo?.projects],
  ["ngoCommitted", (f) => f.ngo?.committed],
  ["ngoDonors", (f) => f.ngo?.donors],
  ["odaProjects", (f) => f.oda?.projects],
  ["odaCapital", (f) => f.oda?.capital],
  ["odaCompleted", (f) => f.oda?.completed],
  ["odaCompletedCapital", (f) => f.oda?.completedCapital],
  ["delegationCost", (f) => f.delegations?.cost],
  ["odaCommitments", (f) => f.oda?.commitments],
  ["odaDisbursements", (f) => f.oda?.disbursements],
  ["ngoDisbursements", (f) => f.ngo?.disbursements],
];

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
  return parts.length === 0 ? (lang === "vi" ? "0" : "0") : parts.join(lang === "vi" ? " và " : " and ");
}

function cellOf(value: Figure | MoneyTotal | undefined, lang: Lang, key: string): Cell {
  if (value === undefined) return { text: "—", key };
  if (isTotal(value)) return { text: money(value, lang), key };
  return { text: count(value, lang), figure: value, key };
}

/** "A, B và C" / "A, B and C". */
export function joinList(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items.join("");
  const and = lang === "vi" ? " và " : " and ";
  return `${items.slice(0, -1).join(", ")}${and}${items[items.length - 1]}`;
}

/** The label of an extra figure: a known one, or its camel-case name in words. */
export function extraLabel(name: string, lang: Lang): string {
  const known = words(lang).extra[name];
  if (known !== undefined) return known.charAt(0).toUpperCase() + known.slice(1);
  const spaced = name.replace(/([A-Z])/g, " $1").toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The clauses of the summary sentence for some figures. */
function clauses(f: Figures, lang: Lang, skip: ReadonlySet<string>): string[] {
  const w = words(lang);
  const ok = (key: Column, value: Figure | MoneyTotal | undefined): boolean => !skip.has(key) && says(value);
  const out: string[] = [];
  const first: string[] = [];
  const d = f.delegations;
  if (d?.outgoing !== undefined && ok("outgoing", d.outgoing))
    first.push(w.outgoing(count(d.outgoing, lang), plural(d.outgoing)));
  if (d?.incoming !== undefined && ok("incoming", d.incoming))
    first.push(w.incoming(count(d.incoming, lang), plural(d.incoming)));
  const ag = f.agreements?.new;
  if (ag !== undefined && ok("agreements", ag)) first.push(w.agreements(count(ag, lang), plural(ag)));
  if (first.length > 0) out.push(lang === "vi" ? first.join(", ") : joinList(first, lang));
  const ngo = f.ngo;
  if (ngo !== undefined) {
    const parts: string[] = [];
    const committed =
      ngo.committed !== undefined && ok("ngoCommitted", ngo.committed) ? money(ngo.committed, lang) : undefined;
    if (ngo.projects !== undefined && ok("ngoProjects", ngo.projects)) {
      parts.push(
        w.ngoProjects(count(ngo.projects, lang), plural(ngo.projects)) +
          (committed === undefined ? "" : w.ngoCommitted(committed)),
      );
    }
    if (ngo.donors !== undefined && ok("ngoDonors", ngo.donors)) {
      const aid = parts.length === 0 && committed !== undefined ? w.ngoAid(committed) : "";
      parts.push(w.ngoDonors(count(ngo.donors, lang)) + aid);
    }
    if (parts.length > 0) out.push(joinList(parts, lang));
  }
  const c = f.consular;
  if (c !== undefined) {
    const parts: string[] = [];
    if (c.consularCases !== undefined && ok("consular", c.consularCases))
      parts.push(w.consular(count(c.consularCases, lang), plural(c.consularCases)));
    if (c.citizenProtection !== undefined && ok("protection", c.citizenProtection))
      parts.push(w.protection(count(c.citizenProtection, lang), plural(c.citizenProtection)));
    if (c.abtcApplications !== undefined && ok("abtc", c.abtcApplications))
      parts.push(w.abtc(count(c.abtcApplications, lang), plural(c.abtcApplications)));
    if (parts.length > 0) out.push(`${w.handled} ${joinList(parts, lang)}`);
  }
  const oda = f.oda;
  if (oda?.projects !== undefined && ok("odaProjects", oda.projects)) {
    const capital = oda.capital !== undefined && ok("odaCapital", oda.capital) ? money(oda.capital, lang) : "—";
    let text = w.oda(count(oda.projects, lang), plural(oda.projects), capital);
    if (oda.completed !== undefined && ok("odaCompleted", oda.completed)) {
      const done = oda.completedCapital !== undefined ? money(oda.completedCapital, lang) : "—";
      text += w.odaCompleted(count(oda.completed, lang), done);
    }
    out.push(text);
  }
  return out;
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
  const label = period.label(lang);
  const the = lang === "en" && (period.kind === "half-year" || period.kind === "quarter" || period.kind === "term");
  return the ? `the ${label}` : label;
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
): string[] {
  const parts = clauses(f, lang, skip);
  const out: string[] = [];
  if (parts.length > 0) {
    const body = parts.join("; ");
    out.push(
      lang === "vi"
        ? `${periodPhrase(period, lang)}, ${subject} đã ${body}.`
        : `${periodPhrase(period, lang)}, ${subject} ${body}.`,
    );
  }
  out.push(...extraSentences(f, lang, comparison, shares));
  return out;
}

/** The per-member table of a cluster report, with only the columns some row (or the total) has. */
export function memberTable(report: ClusterReport, names: ReadonlyMap<string, MemberNames>, lang: Lang): Table {
  const w = words(lang);
  const columns = COLUMNS.filter(
    ([, get]) => says(get(report.totals)) || report.rows.some((r) => says(get(r.figures))),
  );
  const name = (id: string) => names.get(id)?.names[lang] ?? id;
  return {
    caption: w.perMember,
    head: [w.member, ...columns.map(([c]) => w.columns[c])],
    rows: [
      ...report.rows.map((r) => ({
        id: r.member,
        cells: [
          { text: name(r.member) },
          ...columns.map(([c, get]) => cellOf(get(r.figures), lang, `${r.member}.${c}`)),
        ],
      })),
      {
        total: true,
        cells: [{ text: w.total }, ...columns.map(([c, get]) => cellOf(get(report.totals), lang, `total.${c}`))],
      },
    ],
  };
}

/**
 * The columns whose cluster total is incomplete: some reporting member did
 * not give the figure. The table shows such totals; the summary sentence
 * leaves them out rather than state a total that covers only some members.
 */
export function incompleteColumns(report: ClusterReport): Set<string> {
  const out = new Set<string>();
  for (const [c, get] of COLUMNS) {
    if (report.rows.some((r) => get(r.figures) === undefined)) out.add(c);
  }
  return out;
}

/** The figures table of a member report: one row a figure. */
export function figureTable(report: MemberReport, lang: Lang): Table {
  const w = words(lang);
  const rows: { cells: Cell[] }[] = [];
  for (const [c, get] of COLUMNS) {
    const value = get(report.figures);
    if (!says(value)) continue;
    rows.push({ cells: [{ text: w.columns[c] }, cellOf(value, lang, c)] });
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
export function keyFigures(f: Figures, lang: Lang, skip: ReadonlySet<string> = new Set()): Cell[] {
  const w = words(lang);
  const out: Cell[] = [];
  for (const [c, get] of COLUMNS) {
    const value = get(f);
    if (says(value) && !skip.has(c))
      out.push({ ...cellOf(value, lang, `total.${c}`), figure: Figure.isFigure(value) ? value : undefined, key: c });
  }
  for (const [name, figure] of Object.entries(f.extra ?? {})) {
    out.push({ text: formatFigure(figure, { locale: lang }), figure, key: `extra.${name}` });
  }
  return out.map((cell) => ({ ...cell, label: labelOf(cell.key ?? "", lang, w) }) as Cell & { label: string });
}

function labelOf(key: string, lang: Lang, w: Words): string {
  if (key.startsWith("extra.")) return extraLabel(key.slice(6), lang);
  return (w.columns as Record<string, string>)[key] ?? key;
}

/** Money figures by currency, for the money chart. */
export function moneyByCurrency(f: Figures, lang: Lang, skip: ReadonlySet<string> = new Set()): Map<string, Bar[]> {
  const w = words(lang);
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
  for (const [c, get] of COLUMNS) {
    const value = get(f);
    if (isTotal(value) && !skip.has(c)) for (const m of value.amounts.list()) add(w.columns[c], m, value.qualifier);
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
export function pathLabel(path: string, lang: Lang): string | undefined {
  const w = words(lang);
  const extra = /^extra\.([A-Za-z0-9]+)(?:\.([A-Z]{3}))?$/.exec(path);
  if (extra !== null) return extraLabel(extra[1] as string, lang);
  for (const [column, , figurePath] of COLUMN_PATHS) {
    if (path === figurePath) return w.columns[column];
    if (path.startsWith(`${figurePath}.`) && /^[A-Z]{3}$/.test(path.slice(figurePath.length + 1)))
      return `${w.columns[column]} (${path.slice(figurePath.length + 1)})`;
  }
  return undefined;
}

const COLUMN_PATHS: ReadonlyArray<readonly [Column, undefined, string]> = [
  ["outgoing", undefined, "delegations.outgoing"],
  ["incoming", undefined, "delegations.incoming"],
  ["agreements", undefined, "agreements.new"],
  ["consular", undefined, "consular.consularCases"],
  ["protection", undefined, "consular.citizenProtection"],
  ["abtc", undefined, "consular.abtcApplications"],
  ["ngoProjects", undefined, "ngo.projects"],
  ["ngoCommitted", undefined, "ngo.committed"],
  ["ngoDonors", undefined, "ngo.donors"],
  ["odaProjects", undefined, "oda.projects"],
  ["odaCapital", undefined, "oda.capital"],
  ["odaCompleted", undefined, "oda.completed"],
  ["odaCompletedCapital", undefined, "oda.completedCapital"],
  ["delegationCost", undefined, "delegations.cost"],
  ["odaCommitments", undefined, "oda.commitments"],
  ["odaDisbursements", undefined, "oda.disbursements"],
  ["ngoDisbursements", undefined, "ngo.disbursements"],
];

/**
 * The comparison lines: every headline figure (the table's columns and the
 * extra figures) that the previous report also has.
 */
export function comparisonLines(comparison: Comparison, lang: Lang): ComparisonLine[] {
  const out: ComparisonLine[] = [];
  for (const c of comparison.figures) {
    if (c.previous === null || (!says(c.current) && !says(c.previous))) continue;
    const label = pathLabel(c.path, lang);
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

/** The part → whole pairs of extra figures said as a share by default. */
export const DEFAULT_SHARES: Readonly<Record<string, string>> = { borderGateRevenue: "stateBudgetRevenue" };

/** The share sentences of extra figures: "chiếm khoảng 46% tổng thu ngân sách nhà nước của tỉnh". */
export function shareTexts(f: Figures, pairs: Readonly<Record<string, string>>, lang: Lang): Record<string, string> {
  const out: Record<string, string> = {};
  const extra = f.extra ?? {};
  for (const [part, whole] of Object.entries(pairs)) {
    const a = extra[part];
    const b = extra[whole];
    if (a === undefined || b === undefined || a.kind !== b.kind || a.currency !== b.currency) continue;
    const p = percentOf(a, b, { digits: 0 });
    if (p === null) continue;
    const wholeText = words(lang).wholes[whole] ?? extraLabel(whole, lang).toLowerCase();
    out[part] = words(lang).shareOf(percentText(p, lang), wholeText);
  }
  return out;
}

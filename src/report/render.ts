import type { Decimal } from "decimal.js";
import { showValue } from "../_lib/show.js";
import { documentLang, kindParam, type Lang, NgoaivuError } from "../errors/index.js";
import { type Figure, formatFigure } from "../figure/index.js";
import type { AnyKindView } from "../kinds/index.js";
import { type FigureCatalog, isLocaleLang } from "../locale/index.js";
import {
  type ClusterReport,
  ClusterReportSchema,
  type Comparison,
  type MemberReport,
  MemberReportSchema,
  type NationalReport,
  NationalReportSchema,
  reportSchemas,
} from "../rollup/index.js";
import { html } from "./_html.js";
import { markdown, text } from "./_text.js";
import {
  type Bar,
  type Chart,
  catalogOf,
  comparedInSentence,
  comparisonLines,
  DEFAULT_SHARES,
  figureItems,
  figureLines,
  figureTable,
  incompleteColumns,
  keyFigures,
  type MemberNames,
  memberTable,
  moneyByCurrency,
  says,
  shareTexts,
  summaryParagraph,
  type Table,
  type View,
  words,
} from "./_view.js";

/**
 * The output formats of {@link render}.
 *
 * @example
 * ```ts
 * import { RENDER_FORMATS } from "ngoaivu";
 * RENDER_FORMATS; //=> ["text", "markdown", "json", "html"]
 * ```
 */
export const RENDER_FORMATS = ["text", "markdown", "json", "html"] as const;

/** An output format: `"text"`, `"markdown"`, `"json"` or `"html"`. */
export type RenderFormat = (typeof RENDER_FORMATS)[number];

/** Options for {@link render}. */
export interface RenderOptions {
  /** Language: `"vi"` or `"en"`; by default the configured one (`configureNgoaivu`), else `"vi"`. */
  readonly lang?: Lang;
  /** Format: `"text"` (default), `"markdown"`, `"json"` or `"html"`. */
  readonly format?: RenderFormat;
  /** The members' names (e.g. the `Member` records); without them rows show member ids. */
  readonly members?: readonly MemberNames[];
  /** The comparison with the previous period, from `compare(report, previous)`. */
  readonly comparison?: Comparison;
  /**
   * Extra figures said as a share of another extra figure (part → whole);
   * by default `{ borderGateRevenue: "stateBudgetRevenue" }`.
   */
  readonly shares?: Readonly<Record<string, string>>;
  /** A title instead of the generated one. */
  readonly title?: string;
  /**
   * The record kinds whose sections the report's figures have, in order:
   * `RECORD_KIND_DECLARATIONS` by default; with a kind of an app's own
   * added (see `declareKind`), its figures get their labels, columns and
   * part of the summary sentence, and the JSON output encodes its section.
   */
  readonly kinds?: readonly AnyKindView[];
}

/** A report `render`, `buildReportView`, `toDocx` and `toXlsx` take: a member's, a cluster's or the national one. */
export type AnyReport = ClusterReport | MemberReport | NationalReport;

function isClusterReport(report: ClusterReport | MemberReport): report is ClusterReport {
  return "rows" in report && "totals" in report;
}

/** @internal Whether a report is the national one (`compileNational`). */
export function isNationalReport(report: AnyReport): report is NationalReport {
  return (report as { scope?: unknown }).scope === "national";
}

/**
 * A national report seen as a cluster report whose members are its units
 * (clusters or members): the tables, lists and charts of a cluster report
 * then show it as they show a cluster's.
 */
function nationalAsCluster(report: NationalReport): ClusterReport {
  return {
    cluster: "",
    year: report.year,
    period: report.period,
    ...(report.convention === undefined ? {} : { convention: report.convention }),
    members: report.units,
    rows: report.rows.map((r) => ({ member: r.unit, period: report.period, basis: "submitted", figures: r.figures })),
    totals: report.totals,
    byKind: report.byKind,
    notReported: report.notReported,
    nonMemberReports: [],
  };
}

function bar(label: string, figure: Figure | undefined, lang: Lang): Bar | undefined {
  if (figure === undefined) return undefined;
  return { label, value: figure.value as Decimal, text: formatFigure(figure, { locale: lang }) };
}

function buildView(input: AnyReport, options: ReportViewOptions, lang: Lang, catalog: FigureCatalog): View {
  const w = words(lang);
  const national = isNationalReport(input) ? input : undefined;
  const byCluster = national?.by === "cluster";
  const report = national === undefined ? (input as ClusterReport | MemberReport) : nationalAsCluster(national);
  const names = new Map((options.members ?? []).map((m) => [m.id, m] as const));
  if (byCluster) {
    const named = new Map(national.rows.map((r) => [r.unit, r.name] as const));
    for (const id of national.units) {
      names.set(id, {
        id,
        names: named.get(id) ?? { vi: words("vi").clusterName(id), en: words("en").clusterName(id) },
      });
    }
  }
  const nameOf = (id: string) => names.get(id)?.names[lang] ?? id;
  const cluster = isClusterReport(report);
  const figures = cluster ? report.totals : report.figures;
  const subject =
    national !== undefined ? w.national.subject : cluster ? w.clusterName(report.cluster) : nameOf(report.member);
  const periodLabel = report.period.label(lang);
  const title = options.title ?? w.title(periodLabel, subject);
  const comparison = options.comparison === undefined ? [] : comparisonLines(options.comparison, lang, catalog);
  const shares = shareTexts(figures, options.shares ?? DEFAULT_SHARES, lang, catalog);
  const skip = cluster ? incompleteColumns(report, catalog) : new Set<string>();
  const paragraphs = summaryParagraph(subject, report.period, figures, lang, comparison, shares, skip, catalog);
  const sub: string[] = [];
  if (byCluster) {
    const reported = national.rows.reduce((n, r) => n + r.reported, 0);
    const members = reported + national.membersNotReported.length;
    sub.push(w.national.reportedClusters(national.rows.length, national.units.length, reported, members));
  } else if (cluster) {
    sub.push(w.reported(report.rows.length, report.members.length));
  } else {
    sub.push(
      report.basis === "records" ? w.basisRecords : report.basis === "submitted" ? w.basisSubmitted : w.basisMixed,
    );
  }
  if (report.convention !== undefined) sub.push(w.convention[report.convention]);
  const rows = cluster ? report.rows : [report];
  const delegations: Chart = {
    id: "chart-delegations",
    title: cluster ? w.chartDelegations : w.chartDelegationsMember,
    series: [w.series.outgoing, w.series.incoming],
    groups: rows
      .filter((r) => says(r.figures.delegations?.outgoing) || says(r.figures.delegations?.incoming))
      .map((r) => ({
        label: nameOf(r.member),
        bars: [
          bar(w.series.outgoing, r.figures.delegations?.outgoing, lang),
          bar(w.series.incoming, r.figures.delegations?.incoming, lang),
        ],
      })),
  };
  const charts: Chart[] = [delegations];
  const previous = options.comparison?.previousPeriod;
  charts.push({
    id: "chart-comparison",
    scale: "group",
    title: w.chartComparison(
      options.comparison === undefined ? w.previousPeriod : comparedInSentence(options.comparison, lang),
    ),
    series: [
      `${w.series.current} (${report.period.label(lang)})`,
      `${w.series.previous}${previous === undefined ? "" : ` (${previous.label(lang)})`}`,
    ],
    groups: comparison.map((c) => ({
      label: c.label,
      bars: [
        { label: w.series.current, value: c.figures.current.value as Decimal, text: c.current },
        { label: w.series.previous, value: c.figures.previous.value as Decimal, text: c.previous },
      ],
    })),
    ...(comparison.length === 0 ? { empty: w.noPrevious } : {}),
  });
  const money = moneyByCurrency(figures, lang, skip, catalog);
  if (money.size === 0) {
    charts.push({ id: "chart-money", title: w.chartMoney("—"), series: [], groups: [], empty: w.noMoney });
  }
  for (const [currency, bars] of money) {
    charts.push({
      id: `chart-money-${currency}`,
      title: w.chartMoney(currency),
      series: [currency],
      groups: bars.map((b) => ({ label: b.label, bars: [b] })),
    });
  }
  const lists: { title: string; items: string[] }[] = [];
  if (cluster) {
    lists.push({
      title: byCluster ? w.national.clustersNotReported : w.notReported,
      items: report.notReported.map(nameOf),
    });
    if (byCluster && national.membersNotReported.length > 0)
      lists.push({ title: w.notReported, items: national.membersNotReported.map(nameOf) });
    if (national !== undefined && national.unexpected.length > 0)
      lists.push({ title: w.national.unexpected, items: national.unexpected.map(nameOf) });
    if (report.nonMemberReports.length > 0) {
      lists.push({ title: w.nonMembers, items: report.nonMemberReports.map((r) => nameOf(r.member)) });
    }
    if (report.unknownMembers !== undefined && report.unknownMembers.length > 0) {
      lists.push({
        title: w.unknownMembers,
        items: report.unknownMembers.map((u) => w.unknownMember(u.member, u.records)),
      });
    }
  }
  return {
    lang,
    title,
    subtitle: sub.join(" · "),
    paragraphs,
    keyFigures: keyFigures(figures, lang, skip, catalog),
    tables: [
      cluster
        ? unitTable(memberTable(report, names, lang, catalog), byCluster, lang)
        : figureTable(report, lang, catalog),
    ],
    lists,
    comparison,
    comparisonTitle: w.comparison(
      options.comparison === undefined ? w.previousPeriod : comparedInSentence(options.comparison, lang),
    ),
    chartsTitle: w.charts,
    charts,
    footer: w.generated,
    data: { totals: figureItems(figures, lang, catalog), lines: figureLines(report, nameOf, lang, catalog) },
  };
}

/** The table by unit: by cluster, its caption and first column say so. */
function unitTable(table: Table, byCluster: boolean, lang: Lang): Table {
  if (!byCluster) return table;
  const w = words(lang);
  return { ...table, caption: w.national.perCluster, head: [w.national.cluster, ...table.head.slice(1)] };
}

function json(
  report: AnyReport,
  view: View,
  comparison: Comparison | undefined,
  kinds: readonly AnyKindView[] | undefined,
): string {
  const schemas =
    kinds === undefined
      ? { clusterReport: ClusterReportSchema, memberReport: MemberReportSchema, nationalReport: NationalReportSchema }
      : reportSchemas(kinds);
  const out: Record<string, unknown> = isNationalReport(report)
    ? { kind: "national-report", summary: view.paragraphs, report: schemas.nationalReport.encode(report) }
    : isClusterReport(report)
      ? { kind: "cluster-report", summary: view.paragraphs, report: schemas.clusterReport.encode(report) }
      : { kind: "member-report", summary: view.paragraphs, report: schemas.memberReport.encode(report) };
  if (comparison !== undefined) {
    out.comparison = {
      period: comparison.period.toString(),
      previousPeriod: comparison.previousPeriod.toString(),
      samePeriodLastYear: comparison.samePeriodLastYear,
      figures: comparison.figures.map((f) => ({
        path: f.path,
        current: f.current.toJSON(),
        previous: f.previous === null ? null : f.previous.toJSON(),
        growth: f.growth,
        ...(f.shares === undefined ? {} : { shares: f.shares }),
      })),
    };
  }
  return `${JSON.stringify(out, null, 2)}\n`;
}

/** The language of the options, checked: the configured one, else `"vi"`. */
function checkLang(option: Lang | undefined): Lang {
  const lang = option ?? documentLang();
  if (!isLocaleLang(lang)) {
    throw new NgoaivuError("INVALID_ENUM", { options: "vi, en", received: showValue(lang) }, { path: ["lang"] });
  }
  return lang;
}

/** Options for `buildReportView`: those of {@link render} but the format. */
export type ReportViewOptions = Omit<RenderOptions, "format">;

/**
 * The structured view of a report in one language, the one source of every
 * output: the title and subtitle, the summary sentences, the key figures,
 * the tables (columns and cells), the lists, the comparison lines, the
 * charts and the footer. `render` lays it out as text, Markdown, HTML or
 * JSON; `toDocx` (`ngoaivu/office`) lays it out as a Word document.
 *
 * @internal
 * @param report - a `ClusterReport` (from `compile`), a `MemberReport`, or a `NationalReport` (from `compileNational`)
 * @param options - as for {@link render}, without `format`
 * @returns the view
 * @throws `INVALID_ENUM` for an unknown language, `INVALID_TYPE` for something that is not a report or a bad option
 *
 * @example
 * ```ts
 * import { buildReportView, Figure, parsePeriod } from "ngoaivu";
 * const report = {
 *   member: "so-ngoai-vu-cao-bang", period: parsePeriod("2020-2025"), basis: "submitted",
 *   figures: { delegations: { outgoing: Figure.count(120) } },
 * } as const;
 * const view = buildReportView(report, { lang: "en" });
 * view.paragraphs; //=> ["In the 2020–2025 term, so-ngoai-vu-cao-bang organised 120 outgoing delegations."]
 * view.tables[0]?.head; //=> ["Figure", "Value"]
 * ```
 */
export function buildReportView(report: AnyReport, options: ReportViewOptions = {}): View {
  const lang = checkLang(options.lang);
  if (typeof report !== "object" || report === null || !("period" in report)) {
    throw new NgoaivuError("INVALID_TYPE", {
      expected: {
        en: "a ClusterReport, a MemberReport or a NationalReport",
        vi: "ClusterReport, MemberReport hoặc NationalReport",
      },
      received: kindParam(report),
    });
  }
  if (options.title !== undefined && typeof options.title !== "string") {
    throw new NgoaivuError(
      "INVALID_TYPE",
      { expected: { en: "a string", vi: "chuỗi ký tự" }, received: kindParam(options.title) },
      { path: ["title"] },
    );
  }
  const shares: unknown = options.shares;
  if (
    shares !== undefined &&
    (typeof shares !== "object" || shares === null || Object.values(shares).some((v) => typeof v !== "string"))
  ) {
    throw new NgoaivuError(
      "INVALID_TYPE",
      {
        expected: { en: "an object of figure names", vi: "đối tượng tên số liệu" },
        received: kindParam(shares),
      },
      { path: ["shares"] },
    );
  }
  const kinds: unknown = options.kinds;
  if (kinds !== undefined && !Array.isArray(kinds)) {
    throw new NgoaivuError(
      "INVALID_TYPE",
      {
        expected: { en: "a list of record kinds", vi: "danh sách loại bản ghi" },
        received: kindParam(kinds),
      },
      { path: ["kinds"] },
    );
  }
  return buildView(report, options, lang, catalogOf(options.kinds));
}

/**
 * Renders a cluster's (or one member's) report as people read it: a summary
 * paragraph written like the reports it stands in for, a per-member table,
 * the members that have not reported, and the comparison with the previous
 * period when one is given. Money is written in the scaled style
 * (`1.576 tỷ 566 triệu đồng`, `VND 1,576.566 billion`), figures keep their
 * qualifiers (`khoảng 400`, `nearly 360`).
 *
 * Formats: `text` (plain, aligned columns), `markdown`, `json` (the report's
 * wire form with the summary sentences and the comparison) and `html` (one
 * self-contained page, no network: inline CSS and SVG charts of delegations
 * per member, this period against the previous one, and money totals by
 * currency; every text from the data is escaped).
 *
 * @param report - a `ClusterReport` (from `compile`), a `MemberReport`, or the national report (from `compileNational`)
 * @param options - `lang`, `format`, `members` (names), `comparison` (from `compare`), `shares`, `title`
 * @returns the rendered report
 * @throws `INVALID_ENUM` for an unknown language or format
 *
 * @example
 * ```ts
 * import { Figure, parsePeriod, render } from "ngoaivu";
 * const report = {
 *   member: "so-ngoai-vu-cao-bang", period: parsePeriod("2020-2025"), basis: "submitted",
 *   figures: { delegations: { outgoing: Figure.count(120), incoming: Figure.count(190, "about") } },
 * } as const;
 * const members = [{ id: "so-ngoai-vu-cao-bang", names: { vi: "Sở Ngoại vụ tỉnh Cao Bằng", en: "Cao Bang Department of Foreign Affairs" } }];
 * render(report, { members }).split("\n")[4];
 * //=> "Trong giai đoạn 2020–2025, Sở Ngoại vụ tỉnh Cao Bằng đã tổ chức 120 đoàn ra, đón khoảng 190 đoàn vào."
 * render(report, { members, lang: "en" }).split("\n")[4];
 * //=> "In the 2020–2025 term, Cao Bang Department of Foreign Affairs organised 120 outgoing delegations and received about 190 incoming delegations."
 * ```
 */
export function render(report: AnyReport, options: RenderOptions = {}): string {
  checkLang(options.lang);
  const format = options.format ?? "text";
  if (!(RENDER_FORMATS as readonly string[]).includes(format)) {
    throw new NgoaivuError(
      "INVALID_ENUM",
      { options: RENDER_FORMATS.join(", "), received: showValue(format) },
      { path: ["format"] },
    );
  }
  const view = buildReportView(report, options);
  switch (format) {
    case "json":
      return json(report, view, options.comparison, options.kinds);
    case "markdown":
      return markdown(view);
    case "html":
      return html(view);
    default:
      return text(view);
  }
}

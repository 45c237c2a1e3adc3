import {
  type AnyKindView,
  type AnyReport,
  buildReportView,
  type Figure,
  getCurrency,
  type Lang,
  localeOf,
  type MemberNames,
  type ReportFigureItem,
  type ReportFigureLine,
} from "ngoaivu";
import { canonicalDecimal, numberCellText } from "./_cells.js";
import { qualifierWord } from "./_labels.js";
import { type WorkbookCell, type WorkbookSheet, writeWorkbook } from "./_workbook.js";

/** Options for {@link toXlsx}. */
export interface XlsxOptions {
  /** Language of the sheet names, headings and labels: `"vi"` or `"en"`; by default the configured one (`configureNgoaivu`), else `"vi"`. */
  readonly lang?: Lang;
  /** The members' names (e.g. the `Member` records); without them rows show member ids. */
  readonly members?: readonly MemberNames[];
  /** The record kinds whose sections the report's figures have (the built-in kinds by default), as for `render`. */
  readonly kinds?: readonly AnyKindView[];
}

/** One figure of the view split for the sheet: its key and label, and the value as a wire string. */
interface Entry {
  readonly key: string;
  readonly label: string;
  readonly breakdown: boolean;
  readonly qualifier: Figure["qualifier"];
  /** `undefined` for a count, else the currency code. */
  readonly currency: string | undefined;
  readonly value: string;
}

function entries(items: readonly ReportFigureItem[]): Entry[] {
  return items.map(({ key, label, breakdown, figure }) => {
    const json = figure.toJSON();
    if ("amount" in json)
      return { key, label, breakdown, qualifier: json.qualifier, currency: json.currency, value: json.amount };
    return { key, label, breakdown, qualifier: json.qualifier, currency: undefined, value: json.count };
  });
}

function fractionDigits(decimal: string): number {
  const dot = decimal.indexOf(".");
  return dot < 0 ? 0 : decimal.length - dot - 1;
}

/** A number cell where the value is exactly representable, else a text cell with the exact decimal. */
function valueCell(entry: Entry, bold: boolean): WorkbookCell {
  const canonical = canonicalDecimal(entry.value);
  const number = numberCellText(canonical);
  if (number === undefined) return { text: canonical, bold };
  const minor = entry.currency === undefined ? 0 : getCurrency(entry.currency).minorDigits;
  return { number, decimals: Math.max(minor, fractionDigits(number)), bold };
}

function currencyOrder(a: string, b: string): number {
  if (a === b) return 0;
  if (a === "VND") return -1;
  if (b === "VND") return 1;
  return a < b ? -1 : 1;
}

function totalsSheet(items: readonly ReportFigureItem[], lang: Lang): WorkbookSheet {
  const w = localeOf(lang).workbook;
  const list = entries(items);
  const currencies = [...new Set(list.flatMap((e) => (e.currency === undefined ? [] : [e.currency])))].sort(
    currencyOrder,
  );
  const keys = [...new Set(list.map((e) => e.key))];
  const labels = new Map(list.map((e) => [e.key, e.label] as const));
  const rows: WorkbookCell[][] = [
    [w.figure, w.path, w.qualifier, w.count, ...currencies].map((text) => ({ text, bold: true })),
  ];
  for (const key of keys) {
    const of = list.filter((e) => e.key === key);
    const first = of[0] as Entry;
    const row: WorkbookCell[] = [
      { text: labels.get(key) as string },
      { text: key },
      first.qualifier === "exact" ? null : { text: qualifierWord(first.qualifier, lang) },
      null,
      ...currencies.map(() => null),
    ];
    for (const e of of) {
      const column = e.currency === undefined ? 3 : 4 + currencies.indexOf(e.currency);
      row[column] = valueCell(e, false);
    }
    rows.push(row);
  }
  return {
    name: w.totals,
    widths: [
      Math.max(24, ...keys.map((k) => (labels.get(k) as string).length + 2)),
      34,
      10,
      12,
      ...currencies.map(() => 22),
    ],
    rows,
  };
}

interface Column {
  readonly key: string;
  readonly currency: string | undefined;
  readonly qualified: boolean;
}

function note(line: ReportFigureLine, lang: Lang): string {
  const w = localeOf(lang).workbook;
  switch (line.status) {
    case "not-reported":
      return w.notReported;
    case "non-member":
      return w.nonMember;
    case "unknown-member":
      return w.unknownMember(line.records ?? 0);
    default:
      return "";
  }
}

function memberSheet(source: readonly ReportFigureLine[], lang: Lang): WorkbookSheet {
  const w = localeOf(lang).workbook;
  type Line = { member: string; label: string; list: Entry[]; bold: boolean; note: string };
  const lines: Line[] = source.map((l) => ({
    member: l.member,
    label: l.name,
    list: entries(l.items),
    bold: l.status === "total",
    note: note(l, lang),
  }));
  const columns: Column[] = [];
  const labels = new Map<string, string>();
  // The total line first: its figures come in the schema's order.
  for (const line of [...lines.filter((l) => l.bold), ...lines.filter((l) => !l.bold)]) {
    for (const e of line.list) {
      if (e.breakdown) continue;
      labels.set(e.key, e.label);
      const at = columns.findIndex((c) => c.key === e.key && c.currency === e.currency);
      if (at < 0) columns.push({ key: e.key, currency: e.currency, qualified: e.qualifier !== "exact" });
      else if (e.qualifier !== "exact") columns[at] = { ...(columns[at] as Column), qualified: true };
    }
  }
  const head: string[] = [w.member, w.memberId];
  for (const c of columns) {
    const label = (labels.get(c.key) as string) + (c.currency === undefined ? "" : ` (${c.currency})`);
    head.push(label);
    if (c.qualified) head.push(`${label}: ${w.qualifier.toLowerCase()}`);
  }
  head.push(w.note);
  const rows: WorkbookCell[][] = [head.map((text) => ({ text, bold: true }))];
  for (const line of lines) {
    const row: WorkbookCell[] = [
      { text: line.label, bold: line.bold },
      line.member === "" ? null : { text: line.member },
    ];
    for (const c of columns) {
      const e = line.list.find((x) => x.key === c.key && x.currency === c.currency);
      row.push(e === undefined ? null : valueCell(e, line.bold));
      if (c.qualified)
        row.push(e === undefined || e.qualifier === "exact" ? null : { text: qualifierWord(e.qualifier, lang) });
    }
    row.push(line.note === "" ? null : { text: line.note });
    rows.push(row);
  }
  return {
    name: w.byMember,
    widths: head.map((h, i) =>
      i === 0
        ? Math.max(20, ...lines.map((l) => l.label.length + 2))
        : i === 1
          ? 26
          : Math.min(Math.max(12, h.length + 2), 30),
    ),
    rows,
  };
}

/**
 * Writes a cluster's (or one member's) report as an Excel workbook (`.xlsx`):
 * a sheet of totals (one row a figure: label, figure path, qualifier, the
 * count or one column per currency) and a per-member sheet (one row a member,
 * with the total row, the members that have not reported and reports from
 * non-members; the headline figures as columns, money one column per
 * currency, qualifiers in their own column beside the figures that have one).
 *
 * Amounts stay exact. A value is written as a number cell only when a
 * spreadsheet holds it exactly: at most 15 significant digits (what Excel
 * keeps), a whole value at most 2^53 − 1, and a decimal that round-trips
 * through a double (`String(Number(s)) === s`); the cell then holds that
 * decimal string, never a float's rendering. Any other value is a text cell
 * with the exact decimal (`"9007199254740993"`), never a silent rounding.
 *
 * The writer is the package's own (SpreadsheetML on fflate's zip): it runs in
 * browsers, Node, Deno and edge runtimes and returns the bytes synchronously.
 *
 * @param report - a `ClusterReport` (from `compile`), a `MemberReport`, or a `NationalReport` (from `compileNational`)
 * @param options - `lang` (`"vi"` or `"en"`; the configured one, else `"vi"`, by default) and `members` (names)
 * @returns the `.xlsx` file's bytes
 * @throws `INVALID_ENUM` for an unknown language, `INVALID_TYPE` for something that is not a report
 *
 * @example
 * ```ts
 * import { Figure, parsePeriod } from "ngoaivu";
 * import { toXlsx } from "ngoaivu/office";
 * const report = {
 *   member: "so-ngoai-vu-cao-bang", period: parsePeriod("2020-2025"), basis: "submitted",
 *   figures: { delegations: { outgoing: Figure.count(120), incoming: Figure.count(190, "about") } },
 * } as const;
 * const bytes = toXlsx(report);
 * String.fromCharCode(bytes[0] ?? 0, bytes[1] ?? 0); //=> "PK"
 * ```
 */
export function toXlsx(report: AnyReport, options: XlsxOptions = {}): Uint8Array {
  // The view checks the language and the report, and gives every figure labelled.
  const view = buildReportView(report, options);
  return writeWorkbook([totalsSheet(view.data.totals, view.lang), memberSheet(view.data.lines, view.lang)]);
}

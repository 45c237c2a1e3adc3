import { byKey } from "../_lib/order.js";
import { NgoaivuError } from "../errors/index.js";
import type { Period } from "../period/index.js";
import { mergeFigureTrees, unionKeys } from "./_figures.js";
import { isReported } from "./reported.js";
import type { Figures, MemberReport, RecordCounts, RecordKind, Summary } from "./schema.js";

interface Dated {
  readonly period: Period;
  readonly convention?: string | undefined;
}

function periodText(p: Dated): string {
  return p.convention === undefined ? p.period.toString() : `${p.period.toString()} (${p.convention})`;
}

function samePeriod(a: Dated, b: Dated): void {
  const conventionsClash = a.convention !== undefined && b.convention !== undefined && a.convention !== b.convention;
  if (!a.period.equals(b.period) || conventionsClash) {
    throw new NgoaivuError("PERIOD_MISMATCH", { left: periodText(a), right: periodText(b) });
  }
}

function joinBasis(a: MemberReport["basis"], b: MemberReport["basis"]): MemberReport["basis"] {
  return a === b ? a : "mixed";
}

function joinNotes(a: string | undefined, b: string | undefined): string | undefined {
  const lines = unionKeys(a?.split("\n"), b?.split("\n"));
  return lines === undefined ? undefined : lines.join("\n");
}

/**
 * Merges the figures of two reports: figures at the same place add (their
 * qualifiers combine, so "about 400" plus "14" is "about 414"), money totals
 * merge per currency, and a figure only one side reports is kept as is.
 * Distinct donors are counted over the union of the donor keys. Associative
 * and commutative, with `{}` as identity.
 *
 * @param a - figures
 * @param b - other figures
 * @returns the merged figures
 *
 * @example
 * ```ts
 * import { Figure, mergeFigures } from "ngoaivu";
 * const a = { delegations: { outgoing: Figure.count(400, "about") } };
 * const b = { delegations: { outgoing: Figure.count(14), incoming: Figure.count(3) } };
 * const m = mergeFigures(a, b);
 * m.delegations?.outgoing?.toString(); //=> "about 414"
 * m.delegations?.incoming?.toString(); //=> "3"
 * ```
 */
export function mergeFigures(a: Figures, b: Figures): Figures {
  return mergeFigureTrees(a, b);
}

/**
 * Merges two reports of the same member and period (shards of its records,
 * or two parts of its own report). Figures merge as in {@link mergeFigures};
 * record counts add; the basis becomes `"mixed"` when a record-based report
 * meets a submitted one. Associative and commutative.
 *
 * @param a - a report
 * @param b - a report of the same member and period
 * @returns the merged report
 * @throws `PERIOD_MISMATCH` for different periods or conventions, `INVALID_ARGUMENT` for different members
 *
 * @example
 * ```ts
 * import { Figure, mergeReports, parsePeriod } from "ngoaivu";
 * const period = parsePeriod("2024-H1");
 * const a = { member: "vp-ubnd-ha-nam", period, basis: "records", figures: { agreements: { new: Figure.count(2) } } } as const;
 * const b = { member: "vp-ubnd-ha-nam", period, basis: "submitted", figures: { agreements: { new: Figure.count(1, "about") } } } as const;
 * const m = mergeReports(a, b);
 * [m.basis, m.figures.agreements?.new?.toString()]; //=> ["mixed", "about 3"]
 * mergeReports(a, { ...b, period: parsePeriod("2024-H2") }); //=> throws PERIOD_MISMATCH
 * ```
 */
export function mergeReports(a: MemberReport, b: MemberReport): MemberReport {
  if (a.member !== b.member) {
    throw new NgoaivuError("INVALID_ARGUMENT", {
      name: "b",
      detail: {
        en: `a report of ${b.member} cannot merge into one of ${a.member}; restate them onto one member first`,
        vi: `không gộp được báo cáo của ${b.member} vào báo cáo của ${a.member}; hãy quy về cùng một thành viên trước`,
      },
    });
  }
  samePeriod(a, b);
  const out: {
    -readonly [K in keyof MemberReport]: MemberReport[K];
  } = {
    member: a.member,
    period: a.period,
    basis: joinBasis(a.basis, b.basis),
    figures: mergeFigureTrees(a.figures, b.figures),
  };
  const convention = a.convention ?? b.convention;
  if (convention !== undefined) out.convention = convention;
  if (a.records !== undefined || b.records !== undefined) {
    out.records = {
      counted: (a.records?.counted ?? 0) + (b.records?.counted ?? 0),
      outsidePeriod: (a.records?.outsidePeriod ?? 0) + (b.records?.outsidePeriod ?? 0),
    };
  }
  // A nil return stays one only while nothing else came from the member.
  if (
    (a.nilReturn === true || b.nilReturn === true) &&
    (a.nilReturn === true || !isReported(a)) &&
    (b.nilReturn === true || !isReported(b))
  )
    out.nilReturn = true;
  const mergedFrom = unionKeys(a.mergedFrom, b.mergedFrom);
  if (mergedFrom !== undefined) out.mergedFrom = mergedFrom;
  const note = joinNotes(a.note, b.note);
  if (note !== undefined) out.note = note;
  return out;
}

function addCounts(a: RecordCounts, b: RecordCounts): RecordCounts {
  return {
    input: a.input + b.input,
    counted: a.counted + b.counted,
    outsidePeriod: a.outsidePeriod + b.outsidePeriod,
    unknownMember: a.unknownMember + b.unknownMember,
  };
}

/** Adds two per-member record counts; the keys come out sorted. */
function addRecordCounts(
  a: Readonly<Record<string, number>>,
  b: Readonly<Record<string, number>>,
): Record<string, number> {
  const out: Record<string, number> = {};
  for (const id of unionKeys(Object.keys(a), Object.keys(b)) ?? []) out[id] = (a[id] ?? 0) + (b[id] ?? 0);
  return out;
}

/**
 * Merges reports by member: the reports of one member (and period) merge
 * with {@link mergeReports}; the result is sorted by member id.
 *
 * @param reports - reports of one period
 * @returns one report per member
 * @throws `PERIOD_MISMATCH` when the reports are of different periods
 *
 * @example
 * ```ts
 * import { Figure, mergeByMember, parsePeriod } from "ngoaivu";
 * const period = parsePeriod("2024-H1");
 * const r = (member: string, n: number) => ({ member, period, basis: "submitted", figures: { agreements: { new: Figure.count(n) } } }) as const;
 * const merged = mergeByMember([r("vp-ubnd-ha-nam", 1), r("so-ngoai-vu-ha-noi", 4), r("vp-ubnd-ha-nam", 2)]);
 * merged.map((m) => [m.member, m.figures.agreements?.new?.toString()]);
 * //=> [["so-ngoai-vu-ha-noi", "4"], ["vp-ubnd-ha-nam", "3"]]
 * ```
 */
export function mergeByMember(reports: Iterable<MemberReport>): MemberReport[] {
  const byMember = new Map<string, MemberReport>();
  let first: MemberReport | undefined;
  for (const r of reports) {
    if (first === undefined) first = r;
    else samePeriod(first, r);
    const mine = byMember.get(r.member);
    byMember.set(r.member, mine === undefined ? r : mergeReports(mine, r));
  }
  return [...byMember.keys()].sort(byKey).map((id) => byMember.get(id) as MemberReport);
}

/**
 * Merges two summaries of the same period and convention (for instance of
 * two shards of the records): reports merge by member, record counts add,
 * unknown members unite. Associative and commutative, so shards summarized
 * in workers, SQL batches or a map-reduce job combine in any order:
 * `merge(summarize(A), summarize(B))` equals `summarize(A ∪ B)`. To move a
 * summary between processes, encode it with `SummarySchema` (plain JSON) and
 * decode it on the other side.
 *
 * @param a - a summary
 * @param b - a summary of the same period and convention (and the same kinds)
 * @returns the merged summary, of the inputs' type
 * @throws `PERIOD_MISMATCH` for different periods or conventions
 *
 * @example
 * ```ts
 * import { merge, summarize } from "ngoaivu";
 * const visit = { member: "vp-ubnd-ninh-binh", direction: "incoming", start: "2024-02-20", end: "2024-02-22",
 *   countries: ["JP"], ledBy: "people-committee-chair", headcount: 12, purpose: "Investment", status: "completed" } as const;
 * const a = summarize({ delegations: [visit] }, { period: "2024-H1" });
 * const b = summarize({ delegations: [visit, { ...visit, start: "2024-08-01", end: "2024-08-02" }] }, { period: "2024-H1" });
 * const m = merge(a, b);
 * m.records; //=> { input: 3, counted: 2, outsidePeriod: 1, unknownMember: 0 }
 * m.reports[0]?.figures.delegations?.incoming?.toString(); //=> "2"
 * ```
 */
export function merge<S extends Summary>(a: S, b: S): S {
  samePeriod(a, b);
  const byKind = {} as Record<RecordKind, RecordCounts>;
  for (const kind of Object.keys(a.byKind) as RecordKind[]) byKind[kind] = addCounts(a.byKind[kind], b.byKind[kind]);
  const merged: Summary = {
    period: a.period,
    convention: a.convention,
    reports: mergeByMember([...a.reports, ...b.reports]),
    records: addCounts(a.records, b.records),
    byKind,
    unknownMembers: unionKeys(a.unknownMembers, b.unknownMembers) ?? [],
    unknownMemberRecords: addRecordCounts(a.unknownMemberRecords, b.unknownMemberRecords),
  };
  // The same buckets as the inputs: a summary of an app's own kinds merges into one of the same kinds.
  return merged as S;
}

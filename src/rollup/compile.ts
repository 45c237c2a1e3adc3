import { byKey } from "../_lib/order.js";
import { clusterMembers, type EmulationCluster, isMemberActiveDuring, type Member } from "../entities/index.js";
import { NgoaivuError } from "../errors/index.js";
import type { Period } from "../period/index.js";
import { mergeFigureTrees } from "./_figures.js";
import { periodArg } from "./_period.js";
import { mergeByMember } from "./merge.js";
import { isReported } from "./reported.js";
import type { ClusterReport, Figures, MemberReport, Summary } from "./schema.js";

/** Options for {@link compile}. */
export interface CompileOptions {
  /**
   * The member records, to total by member kind (department / office-unit);
   * without them every row is of kind `unknown`. When given, a report of a
   * member id not among them, or of a member that does not operate during
   * the period, is listed in `unknownMembers` (and never summed).
   */
  readonly members?: readonly Member[];
  /** The cluster year whose membership counts; by default the year of the period's last day. */
  readonly year?: number;
}

type Kind = keyof ClusterReport["byKind"];

/**
 * Compiles a cluster's report for a period from its members' reports
 * (record-based or submitted, any mix).
 *
 * - The members are the cluster's members that year, in its order.
 * - `rows`: one report per reporting member (two reports of one member are
 *   merged, as shards of its records would be).
 * - `totals`: the rows' figures added; qualifiers propagate (a total of an
 *   "about" figure and exact ones is "about"; see `combineQualifiers`). A
 *   figure no row reports is absent, never zero; distinct donors are
 *   counted across the cluster (a donor working in two provinces counts once).
 * - `byKind`: the same totals per member kind (`department`, `office-unit`,
 *   or `unknown` when the member records do not say).
 * - `notReported`: members of the cluster that year with no report (listed,
 *   never silently zero).
 *   A member counts as reported only when something came from it (see
 *   `isReported`): a record-based report whose records all fell outside
 *   the period does not make a row.
 * - `nonMemberReports`: reports from known members not in the cluster that
 *   year: flagged, and left out of every total.
 * - `unknownMembers` (when `members` is given, or a `Summary` is compiled):
 *   ids that are not known members for the period (a typo, or a member
 *   that does not operate during it), with how many records each has; left
 *   out of every total.
 *
 * `reports` may be a `Summary` (the result of `summarize` or `merge`): its
 * reports are compiled and its unknown members carried over.
 *
 * @param reports - member reports of the period, or a `Summary`
 * @param cluster - the emulation cluster
 * @param period - the period (a `Period` or its text)
 * @param options - `members` (for kinds), `year`
 * @returns the cluster report
 * @throws `PERIOD_MISMATCH` for a report of another period, `INVALID_ARGUMENT` when the cluster has no data for the year
 *
 * @example
 * ```ts
 * import { compile, Figure, parsePeriod } from "ngoaivu";
 * import { clusterII } from "ngoaivu/samples";
 * const { cluster, members } = clusterII();
 * const period = parsePeriod("2024-H1");
 * const hanoi = { member: "so-ngoai-vu-ha-noi", period, basis: "submitted",
 *   figures: { delegations: { outgoing: Figure.count(150, "about") } } } as const;
 * const haNam = { member: "vp-ubnd-ha-nam", period, basis: "records",
 *   figures: { delegations: { outgoing: Figure.count(12) } } } as const;
 * const report = compile([hanoi, haNam], cluster, period, { members });
 * report.totals.delegations?.outgoing?.toString(); //=> "about 162"
 * report.byKind["office-unit"]?.delegations?.outgoing?.toString(); //=> "12"
 * report.notReported.length; //=> 15
 * ```
 */
export function compile(
  reports: Iterable<MemberReport> | Summary,
  cluster: EmulationCluster,
  period: Period | string,
  options: CompileOptions = {},
): ClusterReport {
  const p = periodArg(period);
  const year = options.year ?? p.endYear;
  const ids = clusterMembers(cluster, year);
  if (ids === undefined) {
    throw new NgoaivuError("INVALID_ARGUMENT", {
      name: "cluster",
      detail: {
        en: `cluster ${cluster.id} has no member list for ${year}`,
        vi: `cụm ${cluster.id} không có danh sách thành viên năm ${year}`,
      },
    });
  }
  const summary = isSummary(reports) ? reports : undefined;
  const list = [...(summary === undefined ? (reports as Iterable<MemberReport>) : summary.reports)];
  for (const r of list) {
    if (!r.period.equals(p))
      throw new NgoaivuError("PERIOD_MISMATCH", { left: p.toString(), right: r.period.toString() });
  }
  const merged = new Map(mergeByMember(list).map((r) => [r.member, r] as const));
  const inCluster = new Set(ids);
  const kinds = new Map((options.members ?? []).map((m) => [m.id, m.kind] as const));
  const known =
    options.members === undefined
      ? undefined
      : new Set(options.members.filter((m) => isMemberActiveDuring(m, p)).map((m) => m.id));
  const unknown = new Map<string, number>(Object.entries(summary?.unknownMemberRecords ?? {}));
  for (const id of summary?.unknownMembers ?? []) if (!unknown.has(id)) unknown.set(id, 0);
  if (known !== undefined) {
    for (const [id, r] of merged) {
      if (known.has(id) || inCluster.has(id)) continue;
      unknown.set(id, (unknown.get(id) ?? 0) + (r.records?.counted ?? 0) + (r.records?.outsidePeriod ?? 0));
      merged.delete(id);
    }
  }

  const rows: MemberReport[] = [];
  const notReported: string[] = [];
  let totals: Figures = {};
  const byKind: Partial<Record<Kind, Figures>> = {};
  for (const id of ids) {
    const row = merged.get(id);
    if (row === undefined || !isReported(row)) {
      notReported.push(id);
      continue;
    }
    rows.push(row);
    totals = mergeFigureTrees(totals, row.figures);
    const kind: Kind = kinds.get(id) ?? "unknown";
    byKind[kind] = mergeFigureTrees(byKind[kind] ?? {}, row.figures);
  }
  const nonMemberReports = [...merged.values()].filter((r) => !inCluster.has(r.member) && isReported(r));
  const convention = list.find((r) => r.convention !== undefined)?.convention;
  return {
    cluster: cluster.id,
    name: cluster.name,
    year,
    period: p,
    ...(convention === undefined ? {} : { convention }),
    members: [...ids],
    rows,
    totals,
    byKind,
    notReported,
    nonMemberReports,
    ...(known === undefined && summary === undefined
      ? {}
      : {
          unknownMembers: [...unknown.keys()]
            .sort(byKey)
            .map((member) => ({ member, records: unknown.get(member) as number })),
        }),
  };
}

/** @internal Whether a value is a `Summary` (the result of `summarize` or `merge`), not a list of reports. */
export function isSummary(value: unknown): value is Summary {
  return (
    typeof value === "object" &&
    value !== null &&
    Array.isArray((value as { reports?: unknown }).reports) &&
    "byKind" in value &&
    "unknownMembers" in value
  );
}

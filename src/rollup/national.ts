import {
  clusterMembers,
  type EmulationCluster,
  isMemberActiveDuring,
  knownClusters,
  type Member,
} from "../entities/index.js";
import { NgoaivuError } from "../errors/index.js";
import type { Period } from "../period/index.js";
import { mergeFigureTrees } from "./_figures.js";
import { periodArg } from "./_period.js";
import { compile, isSummary } from "./compile.js";
import { mergeByMember } from "./merge.js";
import { isReported } from "./reported.js";
import type { ClusterReport, Figures, MemberReport, NationalReport, NationalRow, Summary } from "./schema.js";

/** Options for {@link compileNational}. */
export interface CompileNationalOptions {
  /**
   * The clusters of the year. With cluster reports: the clusters expected
   * (by default every known cluster with a member list for the year, see
   * `knownClusters`). With member reports: each of them is compiled from
   * its members' reports first, and the rows are clusters.
   */
  readonly clusters?: readonly EmulationCluster[];
  /**
   * With member reports and no `clusters`: the members expected (every
   * province's foreign-affairs agency, say), as ids or `Member` records; the
   * rows are members. `Member` records also give each member's kind (for
   * `byKind`, in either mode), and a member that does not operate during
   * the period is not expected.
   */
  readonly members?: readonly (string | Member)[];
  /** The year whose cluster memberships count; by default the year of the period's last day. */
  readonly year?: number;
}

type Kind = keyof NationalReport["byKind"];

/**
 * Compiles the Ministry's national report for a period: from the reports
 * of the clusters of the year (rows by cluster), from members' reports and
 * the clusters (each cluster compiled first, rows by cluster), or from
 * members' reports and the list of members expected (rows by member).
 *
 * - `units`: the clusters of the year (those with a member list for it), or
 *   the members expected, in order.
 * - `rows`: one per unit that reported: a cluster counts as reported when at
 *   least one of its members did (see `compile` and `isReported`: something
 *   came from it); its row holds the cluster's totals and how many of its
 *   members reported.
 * - `totals`: the rows' figures added; qualifiers propagate (a total of an
 *   "about" figure is "about"), a figure no row gives is absent, never zero,
 *   and distinct donors are counted across the country.
 * - `byKind`: the same totals per member kind (`department`, `office-unit`,
 *   `unknown`).
 * - `notReported`: the units with nothing from any member, listed, never
 *   read as zero; `membersNotReported`: every member that has not reported.
 * - `unexpected`: units that reported but are not expected (a cluster not of
 *   the year, a member in no cluster or not listed): flagged, never summed.
 *
 * @param reports - cluster reports (from `compile`), or member reports or a `Summary`
 * @param period - the period (a `Period` or its text)
 * @param options - `clusters`, `members`, `year`
 * @returns the national report
 * @throws `PERIOD_MISMATCH` for a report of another period; `INVALID_ARGUMENT` for a mix of cluster and member
 *   reports, two reports of one cluster, or member reports with neither `clusters` nor `members`
 *
 * @example
 * ```ts
 * import { compile, compileNational, Figure, parsePeriod } from "ngoaivu";
 * import { clusterII } from "ngoaivu/samples";
 * const { cluster, members } = clusterII();
 * const period = parsePeriod("2024-H1");
 * const hanoi = { member: "so-ngoai-vu-ha-noi", period, basis: "submitted",
 *   figures: { delegations: { outgoing: Figure.count(150, "about") } } } as const;
 * const national = compileNational([compile([hanoi], cluster, period, { members })], period);
 * national.rows.map((r) => [r.unit, r.reported, r.members]); //=> [["II", 1, 17]]
 * national.totals.delegations?.outgoing?.toString(); //=> "about 150"
 * national.membersNotReported.length; //=> 16
 *
 * // Every province's agency, without clusters: rows by member.
 * const byMember = compileNational([hanoi], period, { members: ["so-ngoai-vu-ha-noi", "so-ngoai-vu-hai-phong"] });
 * byMember.notReported; //=> ["so-ngoai-vu-hai-phong"]
 * ```
 */
export function compileNational(
  reports: Iterable<ClusterReport> | Iterable<MemberReport> | Summary,
  period: Period | string,
  options: CompileNationalOptions = {},
): NationalReport {
  const p = periodArg(period);
  const year = options.year ?? p.endYear;
  const summary = isSummary(reports) ? reports : undefined;
  const list: (ClusterReport | MemberReport)[] = [
    ...(summary === undefined ? (reports as Iterable<ClusterReport | MemberReport>) : summary.reports),
  ];
  for (const r of list) {
    if (typeof r !== "object" || r === null || !("period" in r) || typeof r.period?.equals !== "function")
      throw new NgoaivuError("INVALID_ARGUMENT", {
        name: "reports",
        detail: { en: "expected cluster reports or member reports", vi: "cần báo cáo của cụm hoặc của thành viên" },
      });
    if (!r.period.equals(p))
      throw new NgoaivuError("PERIOD_MISMATCH", { left: p.toString(), right: r.period.toString() });
  }
  const clusterReports = list.filter(isClusterReport);
  if (clusterReports.length > 0 && clusterReports.length < list.length)
    throw new NgoaivuError("INVALID_ARGUMENT", {
      name: "reports",
      detail: {
        en: "expected either cluster reports or member reports, not both",
        vi: "cần hoặc báo cáo của cụm, hoặc báo cáo của thành viên, không trộn cả hai",
      },
    });
  const memberRecords = (options.members ?? []).filter((m): m is Member => typeof m !== "string");
  const kinds = new Map(memberRecords.map((m) => [m.id, m.kind] as const));
  const convention = list.find((r) => r.convention !== undefined)?.convention;
  const base = { scope: "national" as const, year, period: p, ...(convention === undefined ? {} : { convention }) };

  const memberReports = list as MemberReport[];
  if (clusterReports.length === 0 && list.length > 0 && options.clusters === undefined) {
    if (options.members === undefined)
      throw new NgoaivuError("INVALID_ARGUMENT", {
        name: "options",
        detail: {
          en: "member reports need the clusters (options.clusters) or the members expected (options.members)",
          vi: "báo cáo của thành viên cần danh sách cụm (options.clusters) hoặc danh sách thành viên (options.members)",
        },
      });
    return { ...base, ...byMember(memberReports, options.members, p, kinds, summary) };
  }
  if (
    clusterReports.length === 0 &&
    list.length === 0 &&
    options.clusters === undefined &&
    options.members !== undefined
  )
    return { ...base, ...byMember([], options.members, p, kinds, summary) };

  const clusters = (options.clusters ?? knownClusters().map((k) => k.cluster)).filter(
    (c) => clusterMembers(c, year) !== undefined,
  );
  const compiled =
    clusterReports.length > 0
      ? clusterReports
      : clusters.map((c) =>
          compile(summary ?? memberReports, c, p, {
            year,
            ...(memberRecords.length > 0 ? { members: memberRecords } : {}),
          }),
        );
  const byId = new Map<string, ClusterReport>();
  for (const r of compiled) {
    if (byId.has(r.cluster))
      throw new NgoaivuError("INVALID_ARGUMENT", {
        name: "reports",
        detail: { en: `two reports of cluster ${r.cluster}`, vi: `hai báo cáo của cụm ${r.cluster}` },
      });
    byId.set(r.cluster, r);
  }
  const expected = new Set(clusters.map((c) => c.id));
  const rows: NationalRow[] = [];
  const notReported: string[] = [];
  const membersNotReported: string[] = [];
  let totals: Figures = {};
  const byKind: Partial<Record<Kind, Figures>> = {};
  const inSomeCluster = new Set<string>();
  for (const c of clusters) {
    const ids = clusterMembers(c, year) ?? [];
    for (const id of ids) inSomeCluster.add(id);
    const r = byId.get(c.id);
    if (r === undefined || r.rows.length === 0) {
      notReported.push(c.id);
      membersNotReported.push(...(r?.notReported ?? ids));
      continue;
    }
    membersNotReported.push(...r.notReported);
    const name = r.name ?? c.name;
    rows.push({
      unit: c.id,
      ...(name === undefined ? {} : { name }),
      reported: r.rows.length,
      members: r.members.length,
      figures: r.totals,
    });
    totals = mergeFigureTrees(totals, r.totals);
    for (const [kind, figures] of Object.entries(r.byKind) as [Kind, Figures][])
      byKind[kind] = mergeFigureTrees(byKind[kind] ?? {}, figures);
  }
  const unexpected =
    clusterReports.length > 0
      ? clusterReports.filter((r) => !expected.has(r.cluster) && r.rows.length > 0).map((r) => r.cluster)
      : [
          ...new Set([
            ...mergeByMember(memberReports)
              .filter((r) => !inSomeCluster.has(r.member) && isReported(r))
              .map((r) => r.member),
            ...(summary?.unknownMembers ?? []),
          ]),
        ];
  return {
    ...base,
    by: "cluster",
    units: clusters.map((c) => c.id),
    rows,
    totals,
    byKind,
    notReported,
    membersNotReported,
    unexpected,
  };
}

/** Rows by member: the members expected, each one's merged report when it reported. */
function byMember(
  reports: readonly MemberReport[],
  members: readonly (string | Member)[],
  period: Period,
  kinds: ReadonlyMap<string, Member["kind"]>,
  summary: Summary | undefined,
): Pick<
  NationalReport,
  "by" | "units" | "rows" | "totals" | "byKind" | "notReported" | "membersNotReported" | "unexpected"
> {
  const units = [
    ...new Set(
      members
        .filter((m) => typeof m === "string" || isMemberActiveDuring(m, period))
        .map((m) => (typeof m === "string" ? m : m.id)),
    ),
  ];
  const expected = new Set(units);
  const merged = new Map(mergeByMember(reports).map((r) => [r.member, r] as const));
  const rows: NationalRow[] = [];
  const notReported: string[] = [];
  let totals: Figures = {};
  const byKind: Partial<Record<Kind, Figures>> = {};
  for (const id of units) {
    const r = merged.get(id);
    if (r === undefined || !isReported(r)) {
      notReported.push(id);
      continue;
    }
    rows.push({ unit: id, reported: 1, members: 1, figures: r.figures });
    totals = mergeFigureTrees(totals, r.figures);
    const kind: Kind = kinds.get(id) ?? "unknown";
    byKind[kind] = mergeFigureTrees(byKind[kind] ?? {}, r.figures);
  }
  const unexpected = [
    ...new Set([
      ...[...merged.values()].filter((r) => !expected.has(r.member) && isReported(r)).map((r) => r.member),
      ...(summary?.unknownMembers ?? []).filter((id) => !expected.has(id)),
    ]),
  ];
  return { by: "member", units, rows, totals, byKind, notReported, membersNotReported: [...notReported], unexpected };
}

function isClusterReport(value: ClusterReport | MemberReport): value is ClusterReport {
  return "rows" in value && "totals" in value && "cluster" in value;
}

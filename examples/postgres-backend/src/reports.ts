/**
 * Reports from the database: records are read and summarized **per member,
 * in separate queries** (shards), and the partial summaries are combined
 * with the library's `merge`, which is associative and commutative, so the
 * shards may finish in any order. `compile` makes the cluster's report,
 * `render` writes it.
 */
import {
  type ClusterReport,
  clusterMembers,
  compile,
  type Member,
  merge,
  type Period,
  type ReportingConvention,
  render,
  type Summary,
  summarize,
} from "ngoaivu";
import type pg from "pg";
import { type LoadOptions, loadCluster, loadMembers, loadRecords } from "./load.js";

/** What to summarize. */
export interface SummaryRequest {
  /** The period. */
  readonly period: Period;
  /** The cut-off convention (statistical by default). */
  readonly convention?: ReportingConvention;
}

/**
 * Shard-and-merge: one query (set) and one `summarize` per member, run
 * concurrently on the pool, then `merge` of the partials.
 */
export async function summarizeSharded(
  pool: pg.Pool,
  members: readonly string[],
  request: SummaryRequest,
  load: LoadOptions = {},
): Promise<Summary> {
  const options = { period: request.period, convention: request.convention ?? "statistical" } as const;
  const partials = await Promise.all(
    members.map(async (id) => summarize(await loadRecords(pool, [id], load), { ...options, members: [id] })),
  );
  return partials.reduce((a, b) => merge(a, b), summarize({}, { ...options, members: [] }));
}

/** Why a cluster report could not be made. */
export type ReportFailure =
  | { readonly kind: "unknown-cluster" }
  | { readonly kind: "no-cluster-year"; readonly year: number };

/** A cluster's report for a period, summarized from its members' records by shards. */
export async function clusterReport(
  pool: pg.Pool,
  clusterId: string,
  request: SummaryRequest,
  load: LoadOptions = {},
): Promise<{ report: ClusterReport; members: Member[]; summary: Summary } | ReportFailure> {
  const cluster = await loadCluster(pool, clusterId);
  if (cluster === undefined) return { kind: "unknown-cluster" };
  const year = request.period.endYear;
  const ids = clusterMembers(cluster, year);
  if (ids === undefined) return { kind: "no-cluster-year", year };
  const [members, summary] = await Promise.all([loadMembers(pool), summarizeSharded(pool, ids, request, load)]);
  const report = compile(summary.reports, cluster, request.period, { members });
  return { report, members, summary };
}

/** Renders a cluster report in a language and format (the library's `render`). */
export function renderReport(
  report: ClusterReport,
  members: readonly Member[],
  lang: "vi" | "en",
  format: "json" | "html" | "text" | "markdown",
): string {
  return render(report, { lang, format, members });
}

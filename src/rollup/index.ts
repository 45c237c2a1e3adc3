/**
 * Rollups: `summarize` records into one report per member and period,
 * `merge` partial summaries, `compile` a cluster's report, `compare` it with
 * a previous period, `restate` reports across the 2025 reorganisation, and
 * `score` a cluster's year by criteria the cluster defines.
 *
 * @module
 */

export { merge, mergeByMember, mergeFigures, mergeReports } from "./merge.js";
export {
  type ClusterReport,
  type ClusterReportInput,
  ClusterReportSchema,
  CountFigureSchema,
  type DirectionCounts,
  DirectionCountsSchema,
  ExtraFigureNameSchema,
  type Figures,
  type FiguresInput,
  FiguresSchema,
  KindKeySchema,
  MemberRecordCountsSchema,
  type MemberReport,
  type MemberReportInput,
  MemberReportSchema,
  type MoneyTotal,
  MoneyTotalSchema,
  RECORD_KINDS,
  type RecordCounts,
  RecordCountsSchema,
  type RecordKind,
  ReportBasisSchema,
  ReportingConventionSchema,
  type Summary,
  type SummaryInput,
  SummarySchema,
} from "./schema.js";
export { type RecordSet, type SummarizeOptions, summarize } from "./summarize.js";

/**
 * Rollups: `summarize` records into one report per member and period,
 * `merge` partial summaries, `compile` a cluster's report (and `compileNational`
 * the Ministry's national one), `compare` it with
 * a previous period, `restate` reports across the 2025 reorganisation, and
 * `score` a cluster's year by criteria the cluster defines.
 *
 * @module
 */

export type { FigureEntry } from "./_figures.js";
export {
  COMPARISON_RULES,
  type CompareOptions,
  type Comparison,
  type ComparisonRule,
  compare,
  comparisonPeriod,
  type FigureComparison,
  growthOfFigures,
  listFigures,
  type Percentage,
  percentOf,
} from "./compare.js";
export { type CompileOptions, compile } from "./compile.js";
export { merge, mergeByMember, mergeFigures, mergeReports } from "./merge.js";
export { type CompileNationalOptions, compileNational } from "./national.js";
export { isReported, type NilReturnOptions, nilReturn } from "./reported.js";
export { type RestateOptions, type RestateResult, restate } from "./restate.js";
export {
  type BucketCountsOf,
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
  type NationalReport,
  type NationalReportInput,
  NationalReportSchema,
  type NationalRow,
  NationalRowSchema,
  RECORD_KINDS,
  type RecordCounts,
  RecordCountsSchema,
  type RecordKind,
  ReportBasisSchema,
  ReportingConventionSchema,
  type ReportSchemasOf,
  reportSchemas,
  ScoreThresholdSchema,
  type ScoringCriterion,
  ScoringCriterionSchema,
  ScoringMethodSchema,
  type ScoringRules,
  type ScoringRulesInput,
  ScoringRulesSchema,
  type SectionsOf,
  type Summary,
  type SummaryInput,
  SummarySchema,
} from "./schema.js";
export {
  type CriterionScore,
  EXAMPLE_SCORING_RULES,
  type MemberScore,
  type ScoreInputs,
  type ScoreResult,
  score,
} from "./score.js";
export {
  type BuiltInKinds,
  type RecordSet,
  type RecordSetOf,
  type SummarizeOptions,
  type SummaryOf,
  summarize,
} from "./summarize.js";

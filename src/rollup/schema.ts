/**
 * zod schemas of the rollup types: {@link MemberReportSchema} (one member,
 * one period), {@link ClusterReportSchema} (a cluster's compiled report) and
 * {@link SummarySchema} (the result of `summarize`, a mergeable partial).
 * Their wire form is plain JSON (figures as `{ qualifier, count }`, money as
 * decimal strings, periods as `2024-H1`); decoding gives `Figure`, `MoneyBag`
 * and `Period` values, encoding gives the same JSON back.
 *
 * The only file in `rollup/` that imports zod.
 *
 * @module
 */
import * as z from "zod";
import { type DeepReadonly, MemberIdSchema, MemberKindSchema, NameSchema, TextSchema } from "../entities/index.js";
import { formatRule } from "../errors/index.js";
import { FigureSchema } from "../figure/index.js";
import {
  type AnyKindView,
  CountFigureSchema,
  type DirectionCounts,
  DirectionCountsSchema,
  type MoneyTotal,
  MoneyTotalSchema,
  RECORD_KIND_VIEWS,
} from "../kinds/index.js";
import { AmountStringSchema } from "../money/index.js";
import { PeriodSchema, REPORTING_CONVENTIONS } from "../period/index.js";

type Kinds = typeof RECORD_KIND_VIEWS;

/** The sections of a report's figures, one per record kind of a list, in its order. */
export type SectionsOf<K extends readonly AnyKindView[]> = { [D in K[number] as D["section"]]: D["figuresSchema"] };

function figureSections<const K extends readonly AnyKindView[]>(kinds: K): SectionsOf<K> {
  return Object.fromEntries(kinds.map((k) => [k.section, k.figuresSchema])) as SectionsOf<K>;
}

/** One `RecordCountsSchema` per record kind's bucket. */
export type BucketCountsOf<K extends readonly AnyKindView[]> = {
  [D in K[number] as D["bucket"]]: typeof RecordCountsSchema;
};

function bucketCounts<const K extends readonly AnyKindView[]>(kinds: K): BucketCountsOf<K> {
  return Object.fromEntries(kinds.map((k) => [k.bucket, RecordCountsSchema])) as BucketCountsOf<K>;
}

/**
 * The name of an extra figure a member reports that is not derived from
 * records: a lower camel-case word, e.g. `borderGateRevenue`,
 * `stateBudgetRevenue`, `twinnedLocalities`.
 *
 * @example
 * ```ts
 * import { ExtraFigureNameSchema } from "ngoaivu";
 * ExtraFigureNameSchema.safeParse("borderGateRevenue").success; //=> true
 * ExtraFigureNameSchema.safeParse("border gate revenue").success; //=> false
 * ```
 */
export const ExtraFigureNameSchema = z
  .string()
  .max(64)
  .regex(
    /^[a-z][A-Za-z0-9]*$/,
    formatRule({
      en: "a lower camel-case name, e.g. borderGateRevenue",
      vi: "tên viết liền kiểu camelCase bắt đầu bằng chữ thường, ví dụ borderGateRevenue",
    }),
  );

/**
 * The figures of a report. Every section and every figure is optional: a
 * member's own report gives what it has, and a figure left out is *not
 * reported* (never read as zero). `summarize` fills every figure.
 *
 * - `delegations`: `outgoing` (đoàn ra) and `incoming` (đoàn vào), counted by
 *   start day; `cancelled` (not in the two counts); `people` (headcount) and
 *   `cost` of the delegations counted; `byCountry` and `byLevel`.
 * - `agreements`: `new` (signed in the period) and `inForce` (at its last day).
 * - `consular`: `consularCases`, `citizenProtection`, `abtcApplications`, and
 *   `other` registered types, by opening day.
 * - `oda`: `projects` (not cancelled, status at the period's end), `byStatus`
 *   (every status, cancelled included), `capital` (their total capital),
 *   `completed` and `completedCapital` (status finalisation or closed),
 *   `commitments` and `disbursements` dated in the period (kept apart, never
 *   added together).
 * - `ngo`: `projects`, `committed` value, `disbursements` in the period,
 *   `donors` (distinct NGOs and donors) and `donorKeys` (the set behind that
 *   count, so that partial reports merge exactly).
 * - `conferences`: international conferences and seminars by their first
 *   day: `held`, `planned`, `cancelled`, and of the held ones `byAuthority`,
 *   `byForm`, `byCountry`, `participants`, `foreignParticipants`, `funding`.
 * - `twinning`: twinning and friendship relations: `inForce` (on the last
 *   day), `new` (established in the period), `active` (in force on some day
 *   of it), `ended` (in it), and the active ones `byCountry` and `byLevel`.
 * - `proposals`: proposals to the Ministry: `sent`, `answered` (in the
 *   period), `open` (at its end), `answerDays` (days to the answers given in
 *   it, so that the mean merges exactly) and `byArea`.
 * - `extra`: named figures not derived from records (counts or amounts).
 *
 * @example
 * ```ts
 * import { FiguresSchema } from "ngoaivu";
 * const figures = FiguresSchema.decode({ consular: { citizenProtection: { qualifier: "exact", count: "38" } } });
 * figures.consular?.citizenProtection?.toString(); //=> "38"
 * figures.delegations; //=> undefined
 * ```
 */
export const FiguresSchema = figuresSchemaOf(RECORD_KIND_VIEWS);

function figuresSchemaOf<const K extends readonly AnyKindView[]>(kinds: K) {
  return z.object({
    ...figureSections(kinds),
    extra: z.record(ExtraFigureNameSchema, FigureSchema).optional(),
  });
}

/** The figures of a report, decoded. */
export interface Figures extends z.output<typeof FiguresSchema> {}
/** The figures of a report on the wire (plain JSON), arrays and properties readonly ({@link DeepReadonly}). */
export interface FiguresInput extends DeepReadonly<z.input<typeof FiguresSchema>> {}

/**
 * The cut-off convention of a report: `statistical` or `administrative`.
 *
 * @example
 * ```ts
 * import { ReportingConventionSchema } from "ngoaivu";
 * ReportingConventionSchema.options; //=> ["statistical", "administrative"]
 * ```
 */
export const ReportingConventionSchema = z.enum(REPORTING_CONVENTIONS);

/**
 * Where a report's figures come from: `records` (summarized by the library,
 * every figure exact), `submitted` (typed in by the member), or `mixed`
 * (a merge of both).
 *
 * @example
 * ```ts
 * import { ReportBasisSchema } from "ngoaivu";
 * ReportBasisSchema.options; //=> ["records", "submitted", "mixed"]
 * ```
 */
export const ReportBasisSchema = z.enum(["records", "submitted", "mixed"]);

/**
 * How many of a member's records were counted, and how many fell outside the period.
 *
 * @example
 * ```ts
 * import { MemberRecordCountsSchema } from "ngoaivu";
 * MemberRecordCountsSchema.safeParse({ counted: 12, outsidePeriod: 3 }).success; //=> true
 * ```
 */
export const MemberRecordCountsSchema = z.object({
  counted: z.int().min(0),
  outsidePeriod: z.int().min(0),
});

/**
 * One member's report for one period: summarized from records by
 * `summarize`, or typed in by the member (`basis: "submitted"`, figures
 * such as "about 400"). Both are the same type: a record-based report is
 * one whose figures are exact.
 *
 * @example
 * ```ts
 * import { MemberReportSchema } from "ngoaivu";
 * const report = MemberReportSchema.decode({
 *   member: "so-ngoai-vu-cao-bang", period: "2021-2025", basis: "submitted",
 *   figures: {
 *     delegations: { outgoing: { qualifier: "exact", count: "120" }, incoming: { qualifier: "about", count: "190" } },
 *     extra: { borderGateRevenue: { qualifier: "nearly", amount: "6900000000000", currency: "VND" } },
 *   },
 * });
 * report.figures.delegations?.incoming?.toString(); //=> "about 190"
 * report.period.label("en"); //=> "2021–2025 term"
 * MemberReportSchema.encode(report).figures.extra;
 * //=> { borderGateRevenue: { qualifier: "nearly", amount: "6900000000000", currency: "VND" } }
 * ```
 */
export const MemberReportSchema = memberReportSchemaOf(FiguresSchema);

function memberReportSchemaOf<F extends z.ZodType>(figures: F) {
  return z.object({
    member: MemberIdSchema,
    period: PeriodSchema,
    convention: ReportingConventionSchema.optional().describe("Absent when the source does not say"),
    basis: ReportBasisSchema,
    figures,
    records: MemberRecordCountsSchema.optional().describe("For a record-based report: what was counted"),
    mergedFrom: z
      .array(MemberIdSchema)
      .optional()
      .describe("The members whose reports were merged into this one (by restate)"),
    nilReturn: z
      .literal(true)
      .optional()
      .describe("A nil return: the member reported that it had nothing to report for the period (every figure 0)"),
    note: TextSchema.optional(),
  });
}

/** One member's report for one period, decoded. */
export interface MemberReport extends z.output<typeof MemberReportSchema> {}
/** One member's report on the wire (plain JSON), arrays and properties readonly ({@link DeepReadonly}). */
export interface MemberReportInput extends DeepReadonly<z.input<typeof MemberReportSchema>> {}

/**
 * How every input record was accounted for: `counted + outsidePeriod + unknownMember = input`.
 *
 * @example
 * ```ts
 * import { RecordCountsSchema } from "ngoaivu";
 * RecordCountsSchema.safeParse({ input: 4, counted: 2, outsidePeriod: 1, unknownMember: 1 }).success; //=> true
 * ```
 */
export const RecordCountsSchema = z.object({
  input: z.int().min(0),
  counted: z.int().min(0),
  outsidePeriod: z.int().min(0),
  unknownMember: z.int().min(0),
});

/** How every input record was accounted for. */
export interface RecordCounts extends z.output<typeof RecordCountsSchema> {}

/**
 * The record buckets `summarize` reads.
 *
 * @example
 * ```ts
 * import { RECORD_KINDS } from "ngoaivu";
 * RECORD_KINDS; //=> ["delegations", "agreements", "consularCases", "odaProjects", "ngoProjects", "conferences", "twinnings", "proposals"]
 * ```
 */
export const RECORD_KINDS = RECORD_KIND_VIEWS.map((k) => k.bucket) as unknown as {
  readonly [I in keyof Kinds]: Kinds[I] extends { readonly bucket: infer B } ? B : never;
};

/** One of {@link RECORD_KINDS}. */
export type RecordKind = (typeof RECORD_KINDS)[number];

/**
 * The result of `summarize`: one report per member for the period, and how
 * every input record was accounted for (in all and per kind of record). It
 * is a mergeable partial: `merge(summarize(A), summarize(B))` equals
 * `summarize(A ∪ B)`; its wire form is plain JSON.
 *
 * @example
 * ```ts
 * import { summarize, SummarySchema } from "ngoaivu";
 * const wire = SummarySchema.encode(summarize({}, { period: "2024-H1" }));
 * [wire.period, wire.records]; //=> ["2024-H1", { input: 0, counted: 0, outsidePeriod: 0, unknownMember: 0 }]
 * ```
 */
export const SummarySchema = /* @__PURE__ */ (() => summarySchemaOf(RECORD_KIND_VIEWS, MemberReportSchema))();

function summarySchemaOf<const K extends readonly AnyKindView[], R extends z.ZodType>(kinds: K, report: R) {
  return z.object({
    period: PeriodSchema,
    convention: ReportingConventionSchema,
    reports: z.array(report),
    records: RecordCountsSchema,
    byKind: z.object(bucketCounts(kinds)),
    unknownMembers: z
      .array(z.string())
      .describe(
        "The member ids of records not in the member list (or of a listed member that does not operate during the period), sorted",
      ),
    unknownMemberRecords: z
      .record(z.string(), z.int().min(0))
      .describe("How many records each unknown member has, by member id"),
  });
}

/** The result of `summarize`, decoded. */
export interface Summary extends z.output<typeof SummarySchema> {}
/** The result of `summarize` on the wire (plain JSON), arrays and properties readonly ({@link DeepReadonly}). */
export interface SummaryInput extends DeepReadonly<z.input<typeof SummarySchema>> {}

/**
 * The kind of member a row of totals covers: a member kind, or `unknown` when the member list does not say.
 *
 * @example
 * ```ts
 * import { KindKeySchema } from "ngoaivu";
 * KindKeySchema.options; //=> ["department", "office-unit", "unknown"]
 * ```
 */
export const KindKeySchema = z.enum([...MemberKindSchema.options, "unknown"]);

/**
 * A cluster's report for a period: the members that year, one row per
 * reporting member, totals across the rows (qualifiers propagate: a total of
 * "about" figures says "about"), totals by member kind, the members that
 * have not reported (listed, never read as zero), and reports from
 * non-members (flagged, left out of the totals).
 *
 * @example
 * ```ts
 * import { ClusterReportSchema } from "ngoaivu";
 * const report = ClusterReportSchema.decode({
 *   cluster: "II", year: 2024, period: "2024-H1", members: ["so-ngoai-vu-ha-noi", "vp-ubnd-ha-nam"],
 *   rows: [], totals: {}, byKind: {}, notReported: ["so-ngoai-vu-ha-noi", "vp-ubnd-ha-nam"], nonMemberReports: [],
 * });
 * report.notReported.length; //=> 2
 * ```
 */
export const ClusterReportSchema = clusterReportSchemaOf(FiguresSchema, MemberReportSchema);

function clusterReportSchemaOf<F extends z.ZodType, R extends z.ZodType>(figures: F, report: R) {
  return z.object({
    cluster: z
      .string()
      .regex(
        /^[A-Z0-9]{1,10}$/,
        formatRule({ en: "capital letters or digits, e.g. II", vi: "chữ in hoa hoặc chữ số, ví dụ II" }),
      ),
    name: z.object({ vi: NameSchema, en: NameSchema }).optional(),
    year: z.int().min(1990).max(2100),
    period: PeriodSchema,
    convention: ReportingConventionSchema.optional(),
    members: z.array(MemberIdSchema).describe("The members of the cluster that year, in the cluster's order"),
    rows: z.array(report).describe("One report per reporting member, in the cluster's order"),
    totals: figures,
    byKind: z.partialRecord(KindKeySchema, figures),
    notReported: z
      .array(MemberIdSchema)
      .describe(
        "Members of the cluster that year that have not reported: no report, or one whose records were all outside the period",
      ),
    nonMemberReports: z.array(report).describe("Reports from members not in the cluster that year"),
    unknownMembers: z
      .array(z.object({ member: z.string().max(200), records: z.int().min(0) }))
      .optional()
      .describe(
        "Member ids not among the known members (a typo, or a member that does not operate during the period), with their record counts; never in the totals",
      ),
  });
}

/** A cluster's report, decoded. */
export interface ClusterReport extends z.output<typeof ClusterReportSchema> {}
/** A cluster's report on the wire (plain JSON), arrays and properties readonly ({@link DeepReadonly}). */
export interface ClusterReportInput extends DeepReadonly<z.input<typeof ClusterReportSchema>> {}

const UnitIdSchema = z
  .string()
  .max(64)
  .regex(
    /^(?:[A-Z0-9]{1,10}|[a-z0-9]+(?:-[a-z0-9]+)*)$/,
    formatRule({
      en: "a cluster id (II) or a member id (so-ngoai-vu-ha-noi)",
      vi: "mã cụm (II) hoặc mã thành viên (so-ngoai-vu-ha-noi)",
    }),
  );

/**
 * One row of a national report: a cluster (its totals) or a member (its
 * figures) that reported, with how many of its members reported.
 *
 * @example
 * ```ts
 * import { NationalRowSchema } from "ngoaivu";
 * NationalRowSchema.decode({ unit: "II", reported: 16, members: 17, figures: {} }).reported; //=> 16
 * ```
 */
export const NationalRowSchema = /* @__PURE__ */ (() => nationalRowSchemaOf(FiguresSchema))();

function nationalRowSchemaOf<F extends z.ZodType>(figures: F) {
  return z.object({
    unit: UnitIdSchema.describe("The cluster id (II) or the member id (so-ngoai-vu-ha-noi) of the row"),
    name: z.object({ vi: NameSchema, en: NameSchema }).optional(),
    reported: z.int().min(0).describe("Members of the unit that reported (1 for a member)"),
    members: z.int().min(0).describe("Members of the unit that period (1 for a member)"),
    figures,
  });
}

/**
 * The Ministry's national report for a period, compiled by
 * `compileNational` from the reports of every cluster of the year (`by:
 * "cluster"`) or of every member (`by: "member"`): the units expected, one
 * row per unit that reported, the totals across the rows (qualifiers
 * propagate), totals by member kind, the units that have not reported
 * (listed, never read as zero), the members that have not reported, and
 * the reports of units that were not expected (flagged, left out of the
 * totals).
 *
 * @example
 * ```ts
 * import { NationalReportSchema } from "ngoaivu";
 * const report = NationalReportSchema.decode({
 *   scope: "national", by: "cluster", year: 2024, period: "2024-H1", units: ["II"], rows: [],
 *   totals: {}, byKind: {}, notReported: ["II"], membersNotReported: [], unexpected: [],
 * });
 * report.notReported; //=> ["II"]
 * ```
 */
export const NationalReportSchema = nationalReportSchemaOf(FiguresSchema);

function nationalReportSchemaOf<F extends z.ZodType>(figures: F) {
  return z.object({
    scope: z.literal("national"),
    by: z.enum(["cluster", "member"]).describe("Whether the rows are clusters or members"),
    year: z.int().min(1990).max(2100),
    period: PeriodSchema,
    convention: ReportingConventionSchema.optional(),
    units: z.array(UnitIdSchema).describe("The clusters of the year, or the members expected, in order"),
    rows: z.array(nationalRowSchemaOf(figures)).describe("One row per unit that reported, in the units' order"),
    totals: figures,
    byKind: z.partialRecord(KindKeySchema, figures),
    notReported: z.array(UnitIdSchema).describe("Units with nothing from any of their members"),
    membersNotReported: z
      .array(MemberIdSchema)
      .describe("Members that have not reported, of every unit (those of the units not reported included)"),
    unexpected: z
      .array(UnitIdSchema)
      .describe(
        "Units that reported but were not expected (not a cluster of the year, not a listed member); never in the totals",
      ),
  });
}

/** The national report, decoded. */
export interface NationalReport extends z.output<typeof NationalReportSchema> {}
/** The national report on the wire (plain JSON), arrays and properties readonly ({@link DeepReadonly}). */
export interface NationalReportInput extends DeepReadonly<z.input<typeof NationalReportSchema>> {}
/** One row of a national report, decoded. */
export interface NationalRow extends z.output<typeof NationalRowSchema> {}

/**
 * The schemas of reports for a list of record kinds: the figures, member
 * report, cluster report and summary schemas with one section (and one
 * bucket of counts) per kind of the list. With the built-in list they are
 * `FiguresSchema`, `MemberReportSchema`, `ClusterReportSchema` and
 * `SummarySchema`; with a list that adds a kind of an app's own (see
 * `declareKind`), they also decode and encode its section, which the
 * built-in schemas drop.
 *
 * @param kinds - the record kinds, e.g. `[...RECORD_KIND_DECLARATIONS, myKind]`
 * @returns `{ figures, memberReport, clusterReport, nationalReport, summary }` (see {@link ReportSchemasOf})
 *
 * @example
 * ```ts
 * import { reportSchemas, RECORD_KIND_DECLARATIONS } from "ngoaivu";
 * const schemas = reportSchemas(RECORD_KIND_DECLARATIONS);
 * Object.keys(schemas.figures.shape);
 * //=> ["delegations", "agreements", "consular", "oda", "ngo", "conferences", "twinning", "proposals", "extra"]
 * ```
 */
export function reportSchemas<const K extends readonly AnyKindView[]>(kinds: K): ReportSchemasOf<K> {
  return buildReportSchemas(kinds);
}

function buildReportSchemas<const K extends readonly AnyKindView[]>(kinds: K) {
  const figures = figuresSchemaOf(kinds);
  const memberReport = memberReportSchemaOf(figures);
  return {
    figures,
    memberReport,
    clusterReport: clusterReportSchemaOf(figures, memberReport),
    nationalReport: nationalReportSchemaOf(figures),
    summary: summarySchemaOf(kinds, memberReport),
  };
}

/** The schemas {@link reportSchemas} builds, with their inferred types. */
type BuiltSchemas<K extends readonly AnyKindView[]> = ReturnType<typeof buildReportSchemas<K>>;

/**
 * The report schemas of a list of record kinds (see {@link reportSchemas}):
 * an interface, so that a page or a tooltip names it rather than spelling
 * out four zod object types.
 */
export interface ReportSchemasOf<K extends readonly AnyKindView[]> {
  /** The figures: one section per kind of the list, and `extra`. */
  figures: BuiltSchemas<K>["figures"];
  /** A member's report, with those figures. */
  memberReport: BuiltSchemas<K>["memberReport"];
  /** A cluster's report, with those figures. */
  clusterReport: BuiltSchemas<K>["clusterReport"];
  /** The national report, with those figures. */
  nationalReport: BuiltSchemas<K>["nationalReport"];
  /** A summary: member reports with those figures, and one bucket of counts per kind. */
  summary: BuiltSchemas<K>["summary"];
}

const PointsSchema = /* @__PURE__ */ (() =>
  z
    .union([z.int().min(0), AmountStringSchema])
    .describe("Points: a non-negative integer or a plain decimal string such as 2.5"))();

/**
 * A threshold of a figure-derived criterion: the points for a figure at least `atLeast`.
 *
 * @example
 * ```ts
 * import { ScoreThresholdSchema } from "ngoaivu";
 * ScoreThresholdSchema.safeParse({ atLeast: "30", points: 20 }).success; //=> true
 * ScoreThresholdSchema.safeParse({ atLeast: 30, points: 20 }).success; //=> false
 * ```
 */
export const ScoreThresholdSchema = /* @__PURE__ */ (() =>
  z.object({
    atLeast: AmountStringSchema.describe("The lowest figure value that earns these points"),
    points: PointsSchema,
  }))();

/**
 * How a criterion is scored: `manual` (the cluster gives each member its
 * points) or `figure` (from a figure of the member's report, by its dotted
 * path such as `delegations.outgoing` or `extra.borderGateRevenue.VND`: the
 * points of the highest threshold the figure reaches, 0 below the lowest).
 *
 * @example
 * ```ts
 * import { ScoringMethodSchema } from "ngoaivu";
 * ScoringMethodSchema.safeParse({ method: "manual" }).success; //=> true
 * ScoringMethodSchema.safeParse({ method: "figure", figure: "agreements.new", thresholds: [] }).success; //=> false
 * ```
 */
export const ScoringMethodSchema = /* @__PURE__ */ (() =>
  z.discriminatedUnion("method", [
    z.object({ method: z.literal("manual") }),
    z.object({
      method: z.literal("figure"),
      figure: z.string().min(1).max(200),
      thresholds: z.array(ScoreThresholdSchema).min(1).max(100),
    }),
  ]))();

/**
 * One criterion of a cluster's emulation scoring.
 *
 * @example
 * ```ts
 * import { ScoringCriterionSchema } from "ngoaivu";
 * ScoringCriterionSchema.parse({ id: "on-time", name: "Reports on time", maxPoints: 10, weight: "1.5", scoring: { method: "manual" } }).weight;
 * //=> "1.5"
 * ```
 */
export const ScoringCriterionSchema = /* @__PURE__ */ (() =>
  z.object({
    id: z
      .string()
      .regex(
        /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
        formatRule({ en: "lowercase words joined by hyphens", vi: "các từ chữ thường nối bằng dấu gạch ngang" }),
      ),
    name: NameSchema,
    maxPoints: PointsSchema,
    weight: PointsSchema.optional().describe("Multiplies the points; 1 when absent"),
    scoring: ScoringMethodSchema,
  }))();

/** One criterion of a cluster's emulation scoring, decoded. */
export interface ScoringCriterion extends z.output<typeof ScoringCriterionSchema> {}

/**
 * A cluster's own scoring rules for the year-end emulation review: its
 * criteria and, optionally, the criteria that break ties, in order. No
 * national point scale exists: the rules are data the cluster supplies.
 *
 * @example
 * ```ts
 * import { ScoringRulesSchema } from "ngoaivu";
 * ScoringRulesSchema.safeParse({
 *   name: "Our cluster's 2024 criteria",
 *   criteria: [{ id: "on-time", name: "Reports on time", maxPoints: 10, scoring: { method: "manual" } }],
 * }).success; //=> true
 * ```
 */
export const ScoringRulesSchema = /* @__PURE__ */ (() =>
  z.object({
    name: NameSchema,
    note: TextSchema.optional(),
    criteria: z.array(ScoringCriterionSchema).min(1).max(100),
    tieBreak: z.array(z.string()).max(100).optional().describe("Criterion ids that break ties, in order"),
  }))();

/** A cluster's scoring rules, decoded. */
export interface ScoringRules extends z.output<typeof ScoringRulesSchema> {}
/** A cluster's scoring rules on the wire, arrays and properties readonly ({@link DeepReadonly}). */
export interface ScoringRulesInput extends DeepReadonly<z.input<typeof ScoringRulesSchema>> {}

export { CountFigureSchema, type DirectionCounts, DirectionCountsSchema, type MoneyTotal, MoneyTotalSchema };

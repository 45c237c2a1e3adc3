/**
 * Type tests of summarize's inputs and results (compiled by `npm run
 * typecheck` with the rest of test/; `npx vitest run --typecheck.only
 * --reporter=default` reports them one by one): the buckets take decoded records as an app holds
 * them (`as const`, readonly arrays), their days stay decoded ones, and the
 * result of a list of kinds is typed from the list. Every `@ts-expect-error`
 * must stay an error: if the types went loose, the directive itself would fail.
 */
import { describe, expectTypeOf, it } from "vitest";
import * as z from "zod";
import {
  type BuiltInKinds,
  type ClusterReportSchema,
  CountFigureSchema,
  type DeepReadonly,
  type Delegation,
  DelegationSchema,
  declareKind,
  Figure,
  type FiguresSchema,
  type MemberReportSchema,
  Money,
  type OdaProject,
  parseBatch,
  RECORD_KIND_DECLARATIONS,
  type RecordSet,
  type RecordSetOf,
  type ReportSchemasOf,
  reportSchemas,
  type Summary,
  type SummaryOf,
  type SummarySchema,
  summarize,
} from "../../src/index.js";

const trip = {
  member: "so-ngoai-vu-cao-bang",
  direction: "outgoing",
  start: "2024-03-04",
  end: "2024-03-08",
  countries: ["CN"],
  ledBy: "people-committee-vice-chair",
  headcount: 8,
  purpose: "Border trade talks",
  status: "completed",
  cost: Money.of("120000000", "VND"),
} as const;

const project = {
  member: "so-ngoai-vu-cao-bang",
  title: "Rural roads",
  capitalType: "oda-loan",
  modality: "project",
  donors: [{ name: "Asian Development Bank", kind: "multilateral" }],
  capital: { total: Money.of("125211000000", "VND") },
  statuses: [{ status: "implementation", from: "2019-01-01" }],
} as const;

describe("summarize takes decoded records as apps hold them", () => {
  it("an as-const record, its countries a readonly tuple", () => {
    expectTypeOf(trip.countries).toEqualTypeOf<readonly ["CN"]>();
    expectTypeOf(summarize).toBeCallableWith({ delegations: [trip] }, { period: "2024-H1" });
    expectTypeOf(() => summarize({ delegations: [trip] }, { period: "2024-H1" })).returns.toEqualTypeOf<Summary>();
    expectTypeOf(summarize).toBeCallableWith({ odaProjects: [project] }, { period: "2021-2025" });
  });

  it("a readonly list of them, and mutable decoded records too", () => {
    const list: readonly (typeof trip)[] = [trip];
    expectTypeOf(summarize).toBeCallableWith({ delegations: list }, { period: "2024-H1" });
    expectTypeOf(summarize).toBeCallableWith({ delegations: [] as Delegation[] }, { period: "2024-H1" });
    expectTypeOf<{ delegations: Delegation[]; odaProjects: OdaProject[] }>().toExtend<RecordSet>();
  });

  it("a bucket holds DeepReadonly decoded records", () => {
    expectTypeOf<NonNullable<RecordSet["delegations"]>>().toEqualTypeOf<readonly DeepReadonly<Delegation>[]>();
    expectTypeOf<NonNullable<RecordSet["odaProjects"]>>().toEqualTypeOf<readonly DeepReadonly<OdaProject>[]>();
  });

  it("days stay decoded ones: a row with string days is parsed first", () => {
    const row = { ...trip, start: "2024-03-04" as string };
    // @ts-expect-error a day as a plain string (an instant, say) would be compared as text: decode it first
    summarize({ delegations: [row] }, { period: "2024-H1" });
    // @ts-expect-error a wire amount is not a Money
    summarize({ delegations: [{ ...trip, cost: { amount: "1", currency: "VND" } }] }, { period: "2024-H1" });
  });
});

/** A kind the library does not have: a foreign press delegation received. */
const pressVisitKind = declareKind({
  name: "press-visit",
  bucket: "pressVisits",
  section: "press",
  title: "Foreign press delegation",
  aliases: ["press-visits"],
  signature: ["journalists"],
  schema: z.object({ member: z.string(), arrived: z.iso.date(), journalists: z.array(z.string()) }),
  figuresSchema: z.object({ visits: CountFigureSchema.optional() }).optional(),
  member: (v) => v.member,
  place: (v, range) => (v.arrived >= range.start && v.arrived <= range.end ? true : undefined),
  start: () => ({ visits: 0 }),
  add: (acc) => {
    acc.visits++;
  },
  figures: (acc) => ({ visits: Figure.count(acc.visits) }),
  words: {
    figures: [{ path: "press.visits", label: { vi: "Đoàn phóng viên", en: "Press delegations" } }],
    sentence: { order: 6, say: () => ({}) },
  },
});
const kinds = [...RECORD_KIND_DECLARATIONS, pressVisitKind] as const;
type Kinds = typeof kinds;

describe("RecordSetOf and SummaryOf for a list of kinds", () => {
  it("RecordSetOf has one optional readonly bucket per kind", () => {
    expectTypeOf<keyof RecordSetOf<Kinds>>().toEqualTypeOf<
      | "delegations"
      | "agreements"
      | "consularCases"
      | "odaProjects"
      | "ngoProjects"
      | "conferences"
      | "twinnings"
      | "proposals"
      | "pressVisits"
    >();
    expectTypeOf<NonNullable<RecordSetOf<Kinds>["pressVisits"]>>().toEqualTypeOf<
      readonly { readonly member: string; readonly arrived: string; readonly journalists: readonly string[] }[]
    >();
    expectTypeOf<RecordSetOf<typeof RECORD_KIND_DECLARATIONS>>().toEqualTypeOf<RecordSet>();
  });

  it("summarize with the list takes its buckets, as const too, and types the result from it", () => {
    const visit = { member: "so-ngoai-vu-ha-noi", arrived: "2024-04-02", journalists: ["A", "B"] } as const;
    const summary = summarize({ pressVisits: [visit], delegations: [trip] }, { period: "2024-H1", kinds });
    expectTypeOf(summary).toEqualTypeOf<SummaryOf<Kinds>>();
    expectTypeOf(summary.reports[0]?.figures.press?.visits).toEqualTypeOf<Figure | undefined>();
    expectTypeOf(summary.byKind.pressVisits.counted).toEqualTypeOf<number>();
    // @ts-expect-error a bucket that no kind of the list has
    summarize({ pressReleases: [visit] }, { period: "2024-H1", kinds });
  });

  it("SummaryOf the built-in kinds is Summary", () => {
    expectTypeOf<SummaryOf<typeof RECORD_KIND_DECLARATIONS>>().toEqualTypeOf<Summary>();
  });
});

describe("from a batch to a summary in one call", () => {
  it("summarize takes a batch's values; its valid entries are refused, with a type error", () => {
    const batch = parseBatch(DelegationSchema, []);
    expectTypeOf(batch.values).toEqualTypeOf<readonly Delegation[]>();
    expectTypeOf(() =>
      summarize({ delegations: batch.values }, { period: "2024-H1" }),
    ).returns.toEqualTypeOf<Summary>();
    // @ts-expect-error the entries ({ index, value }), not the records
    summarize({ delegations: batch.valid }, { period: "2024-H1" });
  });
});

describe("reportSchemas returns ReportSchemasOf, the schemas as built", () => {
  it("of the built-in kinds, the built-in schemas", () => {
    expectTypeOf(reportSchemas(RECORD_KIND_DECLARATIONS)).toEqualTypeOf<ReportSchemasOf<BuiltInKinds>>();
    expectTypeOf<ReportSchemasOf<BuiltInKinds>["figures"]>().toEqualTypeOf<typeof FiguresSchema>();
    expectTypeOf<ReportSchemasOf<BuiltInKinds>["memberReport"]>().toEqualTypeOf<typeof MemberReportSchema>();
    expectTypeOf<ReportSchemasOf<BuiltInKinds>["clusterReport"]>().toEqualTypeOf<typeof ClusterReportSchema>();
    expectTypeOf<ReportSchemasOf<BuiltInKinds>["summary"]>().toEqualTypeOf<typeof SummarySchema>();
  });
});

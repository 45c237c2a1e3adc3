/**
 * Hostile input downstream of parsing: `summarize`, `compile` and `render`.
 * These take DECODED values (the output of `parse`), so the records fed here
 * are valid ones on every edge, and the hostility goes into the containers,
 * the periods and the options (an options object is TypeScript's contract: its
 * fields may hold anything, but `null` options are a programming error).
 * Records that passed validation but sit on every edge (boundary days, the
 * 17:00Z cut-off, huge and zero amounts, unknown members), arbitrary periods
 * and options. Asserts: only coded errors; every record accounted for
 * (`counted + outsidePeriod + unknownMember = input`, in all and per kind);
 * rendering never throws for a compiled report; `Object.prototype` untouched.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ConsularCaseSchema,
  compile,
  type Delegation,
  DelegationSchema,
  type InternationalAgreement,
  InternationalAgreementSchema,
  type Lang,
  MemberReportSchema,
  type NgoProject,
  NgoProjectSchema,
  parse,
  parseBatch,
  RENDER_FORMATS,
  type RecordSet,
  type RenderFormat,
  type ReportingConvention,
  render,
  type SummarizeOptions,
  summarize,
} from "../../src/index.js";
import { clusterII, clusterIIRecords2024H1, clusterIISubmitted2024H1 } from "../../src/samples/index.js";
import { unchecked } from "../_caught.js";
import { expectProtoUntouched, outcome, protoSnapshot, runs } from "./_hostile.js";

let snapshot: ReturnType<typeof protoSnapshot>;
beforeAll(() => {
  snapshot = protoSnapshot();
});
afterAll(() => {
  expectProtoUntouched(snapshot);
});

const wire = clusterIIRecords2024H1();
const { cluster, members } = clusterII();
const memberIds = members.map((m) => m.id);

const DAYS = [
  "2024-01-01",
  "2024-02-29",
  "2024-06-30",
  "2024-07-01",
  "2024-12-31",
  "2023-12-31",
  "2025-01-01",
  "2024-06-15",
  "2024-06-14",
  "0001-01-01",
  "9999-12-31",
  "2024-06-30T16:59:59Z",
  "2024-06-30T17:00:00Z",
  "2024-12-31T17:00:00Z",
];
const AMOUNTS = ["0", "-0", "0.000", "9007199254740993", "123456789012345678901234567890", "1", "350000000"];
const PERIODS = ["2024-H1", "2024-H2", "2024", "2024-Q2", "2024-06", "2021-2025", "2024-01-01..2024-06-30"];

/** A wire delegation with edge values, re-validated: only what parses goes on. */
const delegation = fc
  .record({
    base: fc.constantFrom(...wire.delegations),
    start: fc.constantFrom(...DAYS),
    span: fc.constantFrom(0, 1, 200),
    member: fc.oneof(fc.constantFrom(...memberIds), fc.constantFrom("so-ngoai-vu-khong-co", "vp-ubnd-x")),
    amount: fc.option(fc.constantFrom(...AMOUNTS), { nil: undefined }),
    currency: fc.constantFrom("VND", "USD", "JPY", "KWD"),
    status: fc.constantFrom("completed", "cancelled", "planned"),
  })
  .map(({ base, start, span, member, amount, currency, status }) => {
    const day = start.slice(0, 10);
    const end =
      span === 0 || day > "9999-01-01"
        ? start
        : `${String(Number(day.slice(0, 4)) + (span > 100 ? 1 : 0)).padStart(4, "0")}${day.slice(4)}`;
    const record: Record<string, unknown> = { ...base, member, start, end, status };
    if (amount === undefined) delete record.cost;
    else record.cost = { amount, currency };
    return record;
  });

function decoded<S extends Parameters<typeof parseBatch>[0]>(schema: S, inputs: readonly unknown[]) {
  return parseBatch(schema, inputs).valid.map((v) => v.value);
}

describe("fuzz: summarize accounts for every record", { timeout: 30_000 }, () => {
  it("edge-valued records, any period, with and without a member list", () => {
    fc.assert(
      fc.property(
        fc.array(delegation, { maxLength: 20 }),
        fc.subarray([...wire.agreements]),
        fc.subarray([...wire.consularCases]),
        fc.subarray([...wire.ngoProjects]),
        fc.constantFrom(...PERIODS),
        fc.constantFrom("statistical", "administrative"),
        fc.boolean(),
        (ds, as, cs, ns, period, convention, withMembers) => {
          const records = {
            delegations: decoded(DelegationSchema, ds),
            agreements: decoded(InternationalAgreementSchema, as),
            consularCases: decoded(ConsularCaseSchema, cs),
            ngoProjects: decoded(NgoProjectSchema, ns),
          };
          const options: SummarizeOptions = withMembers ? { period, convention, members } : { period, convention };
          const summary = summarize(records, options);
          const n =
            records.delegations.length +
            records.agreements.length +
            records.consularCases.length +
            records.ngoProjects.length;
          const r = summary.records;
          expect(r.input).toBe(n);
          expect(r.counted + r.outsidePeriod + r.unknownMember).toBe(n);
          for (const c of Object.values(summary.byKind)) {
            expect(c.counted + c.outsidePeriod + c.unknownMember).toBe(c.input);
          }
          expect(summary.byKind.delegations.input).toBe(records.delegations.length);
          if (!withMembers) expect(r.unknownMember).toBe(0);
          // Per member: counted + outside of each report add up to the known members' share.
          const perMember = summary.reports.reduce(
            (s, rep) => s + (rep.records?.counted ?? 0) + (rep.records?.outsidePeriod ?? 0),
            0,
          );
          expect(perMember).toBe(r.counted + r.outsidePeriod);
          // Every report validates against its own schema (it is plain, serialisable data).
          for (const rep of summary.reports)
            expect(outcome(() => parse(MemberReportSchema, JSON.parse(JSON.stringify(rep))))).toBe("ok");
          // And compiles and renders in every language and format.
          const compiled = compile(summary.reports, cluster, summary.period, { members, year: 2024 });
          for (const format of RENDER_FORMATS)
            for (const lang of ["vi", "en"] as const)
              expect(typeof render(compiled, { format, lang, members })).toBe("string");
        },
      ),
      runs(30),
    );
  });

  it("hostile containers, periods and options: only coded errors", () => {
    const anything = fc.anything({ maxDepth: 2, withNullPrototype: true, withBigInt: true });
    // Not an array (the items of an array must be decoded records: out of contract here).
    const notIterable = anything.filter((v) => !Array.isArray(v));
    const bucket = fc.oneof(notIterable, fc.constant([]), fc.constant(undefined));
    const recordSet = fc.oneof(
      notIterable,
      fc.dictionary(
        fc.constantFrom("delegations", "agreements", "consularCases", "odaProjects", "ngoProjects", "__proto__"),
        bucket,
      ),
    );
    fc.assert(
      fc.property(anything, anything, anything, bucket, recordSet, (a, b, c, d, e) => {
        outcome(() => summarize(unchecked<RecordSet>(e), { period: "2024-H1" }));
        outcome(() => summarize({ delegations: unchecked<Delegation[]>(d) }, { period: "2024-H1" }));
        outcome(() =>
          summarize(
            { ngoProjects: unchecked<NgoProject[]>(d), agreements: unchecked<InternationalAgreement[]>(d) },
            { period: "2024-H1" },
          ),
        );
        outcome(() => summarize({}, { period: unchecked<string>(a) }));
        outcome(() => summarize({}, { period: "2024-H1", convention: unchecked<ReportingConvention>(b) }));
        outcome(() =>
          summarize({}, { period: "2024-H1", members: unchecked<string[]>(Array.isArray(c) ? undefined : c) }),
        );
        outcome(() => summarize({}, { period: "2024-H1", members: unchecked<string[]>([c]) }));
        outcome(() => summarize({}, unchecked<SummarizeOptions>(a)));
      }),
      runs(300),
    );
  });

  it("regression: a bucket that is not an array, or a member list that is not iterable, is INVALID_ARGUMENT, not a TypeError", () => {
    // @ts-expect-error a plain object is not a list of records
    expect(outcome(() => summarize({ delegations: {} }, { period: "2024-H1" }))).toBe("INVALID_ARGUMENT");
    // @ts-expect-error a number is not a list of records
    expect(outcome(() => summarize({ odaProjects: 5 }, { period: "2024-H1" }))).toBe("INVALID_ARGUMENT");
    // @ts-expect-error a plain object is not a list of members
    expect(outcome(() => summarize({}, { period: "2024-H1", members: {} }))).toBe("INVALID_ARGUMENT");
    // @ts-expect-error null is not a member or an id
    expect(outcome(() => summarize({}, { period: "2024-H1", members: [null] }))).toBe("INVALID_ARGUMENT");
    // @ts-expect-error an id is a string
    expect(outcome(() => summarize({}, { period: "2024-H1", members: [{ id: 5 }] }))).toBe("INVALID_ARGUMENT");
    // @ts-expect-error a title is a string
    expect(outcome(() => render(clusterReport(), { title: 5 }))).toBe("INVALID_TYPE");
    expect(outcome(() => render(clusterReport(), { shares: { a: Object.create(null) } }))).toBe("INVALID_TYPE");
    // @ts-expect-error a number is not a table of shares
    expect(outcome(() => render(clusterReport(), { shares: 5 }))).toBe("INVALID_TYPE");
    // A Set of records is refused, not silently read as empty (delegations are read by index).
    // @ts-expect-error a Set is not an array
    expect(outcome(() => summarize({ delegations: new Set([1]) }, { period: "2024-H1" }))).toBe("INVALID_ARGUMENT");
    // A Set of member ids is read as the member list: a listed member with no record gets no report.
    // @ts-expect-error a Set is not an array
    const fromSet = summarize({}, { period: "2024-H1", members: new Set(["a"]), complete: ["a"] });
    expect(fromSet.reports.map((r) => [r.member, r.nilReturn])).toEqual([["a", true]]);
  });
});

function clusterReport() {
  return compile(
    clusterIISubmitted2024H1().map((r) => parse(MemberReportSchema, r)),
    cluster,
    "2024-H1",
    { members },
  );
}

describe("fuzz: compile and render", { timeout: 30_000 }, () => {
  const submitted = clusterIISubmitted2024H1().map((r) => parse(MemberReportSchema, r));

  it("any subset of reports, any period text: a report or a coded error; a report always renders", () => {
    fc.assert(
      fc.property(
        fc.subarray(submitted),
        fc.oneof(fc.constantFrom(...PERIODS, "2023-H2", "2017"), fc.string({ maxLength: 12 })),
        fc.option(fc.integer({ min: 1990, max: 2030 }), { nil: undefined }),
        (reports, period, year) => {
          let compiled: ReturnType<typeof compile> | undefined;
          const code = outcome(() => {
            compiled = compile(reports, cluster, period, year === undefined ? { members } : { members, year });
          });
          if (compiled === undefined) {
            expect(code).not.toBe("ok");
            return;
          }
          for (const format of RENDER_FORMATS) {
            const out = render(compiled, { format, lang: "en" });
            expect(out.length).toBeGreaterThan(0);
          }
        },
      ),
      runs(60),
    );
  });

  it("render with hostile options and hostile names: only coded errors, and names are escaped in HTML", () => {
    const compiled = compile(submitted, cluster, "2024-H1", { members });
    const anything = fc.anything({ maxDepth: 2, withNullPrototype: true });
    fc.assert(
      fc.property(anything, anything, fc.string({ maxLength: 30 }), (a, b, title) => {
        outcome(() => render(compiled, { format: unchecked<RenderFormat>(a), lang: unchecked<Lang>(b) }));
        outcome(() => render(compiled, { lang: "en", title: unchecked<string>(a) }));
        outcome(() => render(compiled, { lang: "en", shares: unchecked<Record<string, string>>(b) }));
        const html = render(compiled, { format: "html", title: `<script>${title}</script>` });
        expect(html).not.toContain("<script>");
      }),
      runs(150),
    );
  });
});

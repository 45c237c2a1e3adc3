/**
 * summarize: every record accounted for, each record kind counted on the first
 * and last day of the period and not one day outside, projects closed just
 * before the period, the order of members, case types and unknown members,
 * interleaved members, the result on the wire, and the exact params of every
 * misuse error. Everything is computed inside the tests (a summary built in a
 * `beforeAll` is invisible to per-test mutant coverage).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  type CalendarDate,
  ClusterReportSchema,
  compile,
  FiguresSchema,
  isReported,
  listFigures,
  type MemberReport,
  MemberReportSchema,
  Money,
  parsePeriod,
  RECORD_KIND_DECLARATIONS,
  registerConsularCaseType,
  reportSchemas,
  type StatusChange,
  SummarySchema,
  summarize,
} from "../../src/index.js";
import { clusterII } from "../../src/samples/index.js";
import { caughtParams } from "../_caught.js";
import {
  agreement,
  consularCase,
  delegation,
  MEMBERS,
  ngoProject,
  odaProject,
  recordSetArb,
  size,
} from "./_records.js";

const H1 = { period: "2024-H1" } as const;

function only(records: Parameters<typeof summarize>[0], options: Parameters<typeof summarize>[1] = H1) {
  const s = summarize(records, options);
  return { s, r: s.reports[0] };
}

describe("summarize: every record is accounted for", () => {
  it("counts each input record once: counted + outside the period + unknown member = input (law)", () => {
    fc.assert(
      fc.property(recordSetArb, fc.boolean(), fc.constantFrom("statistical", "administrative"), (set, list, conv) => {
        const s = summarize(set, { ...H1, convention: conv, ...(list ? { members: MEMBERS } : {}) });
        expect(s.records.input).toBe(size(set));
        expect(s.records.counted + s.records.outsidePeriod + s.records.unknownMember).toBe(s.records.input);
        for (const c of Object.values(s.byKind)) expect(c.counted + c.outsidePeriod + c.unknownMember).toBe(c.input);
        const perMember = s.reports.reduce(
          (n, r) => n + (r.records?.counted ?? 0) + (r.records?.outsidePeriod ?? 0),
          0,
        );
        expect(perMember + s.records.unknownMember).toBe(s.records.input);
        if (!list) expect(s.records.unknownMember).toBe(0);
      }),
    );
  });

  it("flags records of members not in the member list with their counts; a listed member with no record gets no report", () => {
    const s = summarize(
      {
        delegations: [
          delegation({ member: "so-ngoai-vu-lang-son" }),
          delegation({ member: "so-ngoai-vu-lang-son" }),
          delegation(),
        ],
      },
      { ...H1, members: ["so-ngoai-vu-ha-noi", "vp-ubnd-ha-nam"] },
    );
    expect(s.records).toEqual({ input: 3, counted: 1, outsidePeriod: 0, unknownMember: 2 });
    expect(s.unknownMembers).toEqual(["so-ngoai-vu-lang-son"]);
    expect(s.unknownMemberRecords).toEqual({ "so-ngoai-vu-lang-son": 2 });
    // Nothing came from Hà Nam: no report, so no "0 delegations" claimed for it.
    expect(s.reports.map((r) => r.member)).toEqual(["so-ngoai-vu-ha-noi"]);
  });

  it("gives a nil return (zeros, nilReturn) to a member whose records are complete and hold nothing for the period", () => {
    const s = summarize(
      { delegations: [delegation(), delegation({ member: "vp-ubnd-ha-nam", start: "2023-05-02", end: "2023-05-03" })] },
      { ...H1, members: ["so-ngoai-vu-ha-noi", "vp-ubnd-ha-nam", "vp-ubnd-nam-dinh"], complete: ["vp-ubnd-ha-nam"] },
    );
    expect(s.reports.map((r) => [r.member, r.nilReturn ?? false])).toEqual([
      ["so-ngoai-vu-ha-noi", false],
      ["vp-ubnd-ha-nam", true],
    ]);
    expect(s.reports[1]?.figures.delegations?.outgoing?.toString()).toBe("0");
    expect(s.reports[1]?.records).toEqual({ counted: 0, outsidePeriod: 1 });
    expect(isReported(s.reports[1] as MemberReport)).toBe(true);
  });

  it("a report whose records were all outside the period does not count as reported", () => {
    const s = summarize({ delegations: [delegation({ start: "2023-05-02", end: "2023-05-03" })] }, H1);
    expect(s.reports[0]?.records).toEqual({ counted: 0, outsidePeriod: 1 });
    expect(isReported(s.reports[0] as MemberReport)).toBe(false);
  });

  it("takes Member records as the member list, by date: a member that does not operate in the period is not one", () => {
    const { members } = clusterII();
    // ngoai-vu-bac-ninh operates from 1 July 2025 only.
    const s = summarize(
      { delegations: [delegation(), delegation({ member: "ngoai-vu-bac-ninh" })] },
      { ...H1, members, complete: members.map((m) => m.id) },
    );
    expect(s.reports.some((r) => r.member === "ngoai-vu-bac-ninh")).toBe(false);
    expect(s.unknownMemberRecords).toEqual({ "ngoai-vu-bac-ninh": 1 });
    expect(s.reports).toHaveLength(members.filter((m) => m.validFrom === undefined).length);
  });
});

describe("summarize: delegations", () => {
  it("counts outgoing and incoming by start day, by country and by leader level; cancelled apart", () => {
    const s = summarize(
      {
        delegations: [
          delegation({ countries: ["KR", "JP"], headcount: 6, cost: Money.of("350000000", "VND") }),
          delegation({ direction: "incoming", countries: ["JP"], ledBy: "people-committee-chair", headcount: 20 }),
          delegation({ start: "2024-06-28", end: "2024-07-03", cost: Money.of("1200.50", "USD") }),
          delegation({ status: "cancelled" }),
          delegation({ start: "2024-07-01", end: "2024-07-02" }),
        ],
      },
      H1,
    );
    const d = s.reports[0]?.figures.delegations;
    expect(d?.outgoing?.toString()).toBe("2");
    expect(d?.incoming?.toString()).toBe("1");
    expect(d?.cancelled?.toString()).toBe("1");
    expect(d?.people?.toString()).toBe("32");
    expect(d?.cost?.amounts.toString()).toBe("1200.50 USD + 350000000 VND");
    expect(Object.keys(d?.byCountry ?? {})).toEqual(["JP", "KR"]);
    expect(d?.byCountry?.JP?.outgoing.toString()).toBe("1");
    expect(d?.byCountry?.JP?.incoming.toString()).toBe("1");
    expect(d?.byLevel?.["people-committee-chair"]?.incoming.toString()).toBe("1");
    expect(d?.byLevel?.["people-committee-vice-chair"]?.outgoing.toString()).toBe("2");
    expect(s.records).toEqual({ input: 5, counted: 4, outsidePeriod: 1, unknownMember: 0 });
  });

  it("cuts off by the administrative convention: 15 December to 14 June for the first half", () => {
    const set = { delegations: [delegation({ start: "2023-12-20" }), delegation({ start: "2024-06-20" })] };
    const stat = summarize(set, H1);
    const admin = summarize(set, { ...H1, convention: "administrative" });
    expect(stat.records.counted).toBe(1);
    expect(stat.reports[0]?.figures.delegations?.outgoing?.toString()).toBe("1");
    expect(admin.records.counted).toBe(1);
    expect(admin.convention).toBe("administrative");
    expect(admin.reports[0]?.convention).toBe("administrative");
  });
});

describe("summarize: agreements and consular work", () => {
  it("counts new agreements by signing day and those in force at the period's end", () => {
    const s = summarize(
      {
        agreements: [
          agreement({ signed: "2024-04-10" }),
          agreement({ signed: "2019-05-10", expiry: "2026-05-09" }),
          agreement({ signed: "2019-05-10", expiry: "2024-05-09", status: "expired" }),
          agreement({ signed: "2024-02-01", expiry: "2024-03-01", status: "expired" }),
          agreement({ signed: "2024-08-01" }),
        ],
      },
      H1,
    );
    const a = s.reports[0]?.figures.agreements;
    expect(a?.new?.toString()).toBe("2");
    expect(a?.inForce?.toString()).toBe("2");
    expect(s.records).toEqual({ input: 5, counted: 3, outsidePeriod: 2, unknownMember: 0 });
  });

  it("counts consular cases by type, registered types under other", () => {
    registerConsularCaseType("visa-support");
    const s = summarize(
      {
        consularCases: [
          consularCase(),
          consularCase({ type: "consular" }),
          consularCase({ type: "abtc-application" }),
          consularCase({ type: "visa-support" }),
          consularCase({ opened: "2024-07-01" }),
        ],
      },
      H1,
    );
    const c = s.reports[0]?.figures.consular;
    expect([c?.consularCases, c?.citizenProtection, c?.abtcApplications].map(String)).toEqual(["1", "1", "1"]);
    expect(c?.other?.["visa-support"]?.toString()).toBe("1");
    expect(s.records.outsidePeriod).toBe(1);
  });
});

describe("summarize: ODA projects (Cao Bằng 2021–2025)", () => {
  const closed = (from: string): StatusChange[] => [
    { status: "implementation", from: "2019-01-01" },
    { status: "closed", from: from as CalendarDate },
  ];
  const capitals = ["400000000000", "300000000000", "250000000000", "200000000000", "150000000000"];
  const projects = [
    ...capitals.map((total, i) => odaProject({ total, statuses: closed(`202${i + 1}-06-01`) })),
    odaProject({ total: "101355000000", statuses: closed("2025-03-01") }),
    odaProject({
      total: "50000000000",
      statuses: [
        { status: "implementation", from: "2020-01-01" },
        { status: "finalisation", from: "2025-10-01" },
      ],
    }),
    odaProject({ total: "75211000000" }),
    odaProject({
      total: "50000000000",
      statuses: [{ status: "pipeline", from: "2024-01-01" }],
      transactions: [
        { type: "commitment", value: Money.of("2000000", "USD"), date: "2024-05-02" },
        { type: "disbursement", value: Money.of("500000", "USD"), date: "2024-09-01" },
        { type: "disbursement", value: Money.of("250000", "USD"), date: "2030-01-01" },
      ],
    }),
    odaProject({ total: "999", statuses: closed("2020-12-31") }),
    odaProject({ total: "999", statuses: [{ status: "cancelled", from: "2022-01-01" }] }),
    odaProject({ total: "999", statuses: [{ status: "pipeline", from: "2026-01-01" }] }),
  ];

  it("reproduces 9 projects with VND 1,576,566,000,000, of which 7 completed with VND 1,451,355,000,000", () => {
    const s = summarize({ odaProjects: projects }, { period: parsePeriod("2021-2025") });
    const oda = s.reports[0]?.figures.oda;
    expect(oda?.projects?.toString()).toBe("9");
    expect(oda?.capital?.amounts.toString()).toBe("1576566000000 VND");
    expect(oda?.completed?.toString()).toBe("7");
    expect(oda?.completedCapital?.amounts.toString()).toBe("1451355000000 VND");
    expect(Object.fromEntries(Object.entries(oda?.byStatus ?? {}).map(([k, v]) => [k, v.toString()]))).toEqual({
      pipeline: "1",
      implementation: "1",
      finalisation: "1",
      closed: "6",
      cancelled: "1",
    });
    expect(oda?.commitments?.amounts.toString()).toBe("2000000.00 USD");
    expect(oda?.disbursements?.amounts.toString()).toBe("500000.00 USD");
    // Closed in 2020 and not started until 2026: outside the term.
    expect(s.records).toEqual({ input: 12, counted: 10, outsidePeriod: 2, unknownMember: 0 });
  });

  it("keeps commitments and disbursements apart", () => {
    const s = summarize({ odaProjects: projects }, { period: "2024" });
    const oda = s.reports[0]?.figures.oda;
    expect(oda?.commitments?.amounts.toString()).toBe("2000000.00 USD");
    expect(oda?.disbursements?.amounts.toString()).toBe("500000.00 USD");
  });
});

describe("summarize: foreign NGO projects", () => {
  it("counts projects, committed value per currency and distinct NGOs (names folded)", () => {
    const s = summarize(
      {
        ngoProjects: [
          ngoProject(),
          ngoProject({ donor: { name: "PLAN  International", country: "GB" }, committed: Money.of("15000", "USD") }),
          ngoProject({ donor: { name: "Hội Chữ thập đỏ Nhật Bản", country: "JP" }, committed: Money.of("9", "JPY") }),
          ngoProject({
            statuses: [{ status: "cancelled", from: "2024-04-01" }],
            disbursements: [{ value: Money.of("100", "USD"), date: "2024-03-20" }],
          }),
          ngoProject({ statuses: [{ status: "pipeline", from: "2024-09-01" }] }),
        ],
      },
      H1,
    );
    const ngo = s.reports[0]?.figures.ngo;
    expect(ngo?.projects?.toString()).toBe("3");
    expect(ngo?.committed?.amounts.toString()).toBe("9 JPY + 100000.00 USD");
    expect(ngo?.disbursements?.amounts.toString()).toBe("100.00 USD");
    expect(ngo?.donors?.toString()).toBe("2");
    expect(ngo?.donorKeys).toEqual(["GB:plan international", "JP:hoi chu thap do nhat ban"]);
    expect(s.records.outsidePeriod).toBe(1);
  });
});

describe("summarize: the result", () => {
  it("is plain JSON on the wire and decodes back to an equal summary", () => {
    fc.assert(
      fc.property(recordSetArb, (set) => {
        const s = summarize(set, H1);
        const wire = JSON.parse(JSON.stringify(SummarySchema.encode(s)));
        expect(SummarySchema.encode(SummarySchema.decode(wire))).toEqual(wire);
      }),
      { numRuns: 30 },
    );
  });

  it("has only exact figures when summarized from records", () => {
    fc.assert(
      fc.property(recordSetArb, (set) => {
        for (const r of summarize(set, H1).reports) {
          expect(r.basis).toBe("records");
          for (const e of listFigures(r.figures)) expect(e.figure.qualifier).toBe("exact");
        }
      }),
      { numRuns: 30 },
    );
  });

  it("refuses a missing period, an unknown convention, or records that are not buckets", () => {
    // @ts-expect-error the options need a period
    expect(() => summarize({}, {})).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT" }));
    expect(() => summarize({}, { period: "H1" })).toThrow(expect.objectContaining({ code: "UNPARSEABLE_PERIOD" }));
    // @ts-expect-error "fiscal" is not a reporting convention
    expect(() => summarize({}, { ...H1, convention: "fiscal" })).toThrow(
      expect.objectContaining({ code: "INVALID_ARGUMENT" }),
    );
    // @ts-expect-error null is not a record set
    expect(() => summarize(null, H1)).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT" }));
    // @ts-expect-error null is not the options
    expect(() => summarize({}, null)).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT" }));
  });
});

describe("summarize: period bounds are inclusive, for every kind of record", () => {
  it("delegations by their first day", () => {
    const days = ["2023-12-31", "2024-01-01", "2024-06-30", "2024-07-01"] as const;
    const s = summarize({ delegations: days.map((start) => delegation({ start, end: start })) }, H1);
    expect(s.records).toEqual({ input: 4, counted: 2, outsidePeriod: 2, unknownMember: 0 });
    expect(s.reports[0]?.figures.delegations?.outgoing?.toString()).toBe("2");
  });

  it("agreements: new when signed on the first or last day, not the day before or after", () => {
    const signedOn = (signed: CalendarDate) =>
      only({ agreements: [agreement({ signed, status: "signed" })] }).r?.figures.agreements?.new?.toString();
    expect(signedOn("2024-01-01")).toBe("1");
    expect(signedOn("2024-06-30")).toBe("1");
    expect(signedOn("2024-07-01") ?? "0").toBe("0");
    const before = only({ agreements: [agreement({ signed: "2023-12-31", status: "signed" })] });
    expect(before.r?.figures.agreements?.new?.toString() ?? "0").toBe("0");
  });

  it("consular cases by their opening day", () => {
    const days = ["2023-12-31", "2024-01-01", "2024-06-30", "2024-07-01"] as const;
    const s = summarize({ consularCases: days.map((opened) => consularCase({ opened })) }, H1);
    expect(s.byKind.consularCases).toEqual({ input: 4, counted: 2, outsidePeriod: 2, unknownMember: 0 });
    expect(s.reports[0]?.figures.consular?.citizenProtection?.toString()).toBe("2");
  });

  it("ODA transactions and NGO disbursements by their value day", () => {
    const days = ["2023-12-31", "2024-01-01", "2024-06-30", "2024-07-01"] as const;
    const oda = odaProject({
      transactions: days.flatMap((date, i) => [
        { type: "commitment", value: Money.of(String(10 ** i), "USD"), date },
        { type: "disbursement", value: Money.of(String(10 ** i), "EUR"), date },
      ]),
    });
    const ngo = ngoProject({
      disbursements: days.map((date, i) => ({ date, value: Money.of(String(10 ** i), "USD") })),
    });
    const { r } = only({ odaProjects: [oda], ngoProjects: [ngo] }, { ...H1, members: [oda.member, ngo.member] });
    const reports = summarize({ odaProjects: [oda], ngoProjects: [ngo] }, H1).reports;
    const odaReport = reports.find((x) => x.member === oda.member);
    const ngoReport = reports.find((x) => x.member === ngo.member);
    expect(r).toBeDefined();
    expect(odaReport?.figures.oda?.commitments?.amounts.get("USD").toString()).toBe("110.00 USD");
    expect(odaReport?.figures.oda?.disbursements?.amounts.get("EUR").toString()).toBe("110.00 EUR");
    expect(ngoReport?.figures.ngo?.disbursements?.amounts.get("USD").toString()).toBe("110.00 USD");
  });
});

describe("summarize: project status at the end of the period", () => {
  const statusOf = (statuses: StatusChange[]) => summarize({ odaProjects: [odaProject({ statuses })] }, H1);

  it("closed or cancelled before the first day: outside; on the first day or later: counted", () => {
    for (const status of ["closed", "cancelled"] as const) {
      expect(statusOf([{ status, from: "2023-12-31" }]).records.outsidePeriod, status).toBe(1);
      expect(statusOf([{ status, from: "2024-01-01" }]).records.counted, status).toBe(1);
    }
    expect(statusOf([{ status: "suspended", from: "2023-01-01" }]).records.counted).toBe(1);
    expect(statusOf([{ status: "implementation", from: "2023-01-01" }]).records.counted).toBe(1);
  });

  it("a status from the last day counts; from the day after does not", () => {
    const onLast = statusOf([
      { status: "implementation", from: "2023-01-01" },
      { status: "closed", from: "2024-06-30" },
    ]);
    expect(onLast.reports[0]?.figures.oda?.completed?.toString()).toBe("1");
    const after = statusOf([
      { status: "implementation", from: "2023-01-01" },
      { status: "closed", from: "2024-07-01" },
    ]);
    expect(after.reports[0]?.figures.oda?.completed?.toString()).toBe("0");
    expect(after.reports[0]?.figures.oda?.byStatus?.implementation?.toString()).toBe("1");
    const notYet = statusOf([{ status: "pipeline", from: "2024-07-01" }]);
    expect(notYet.records.outsidePeriod).toBe(1);
  });
});

describe("summarize: order and identity of members", () => {
  it("reports are sorted by member id, whatever the input order; interleaved members are kept apart", () => {
    const ids = [
      "vp-ubnd-ha-nam",
      "so-ngoai-vu-ha-noi",
      "so-ngoai-vu-cao-bang",
      "so-ngoai-vu-ha-noi",
      "vp-ubnd-ha-nam",
    ];
    const s = summarize({ delegations: ids.map((member) => delegation({ member })) }, H1);
    expect(s.reports.map((r) => r.member)).toEqual(["so-ngoai-vu-cao-bang", "so-ngoai-vu-ha-noi", "vp-ubnd-ha-nam"]);
    expect(s.reports.map((r) => r.figures.delegations?.outgoing?.toString())).toEqual(["1", "2", "2"]);
  });

  it("a member list: members as ids or records, each once; unknown members sorted and counted", () => {
    const s = summarize(
      {
        delegations: ["z-unknown", "a-unknown", "so-ngoai-vu-ha-noi", "z-unknown"].map((member) =>
          delegation({ member }),
        ),
      },
      // @ts-expect-error a member record given by its id alone
      { ...H1, members: ["so-ngoai-vu-ha-noi", { id: "vp-ubnd-ha-nam" }, "so-ngoai-vu-ha-noi"] },
    );
    expect(s.reports.map((r) => r.member)).toEqual(["so-ngoai-vu-ha-noi"]);
    expect(s.unknownMembers).toEqual(["a-unknown", "z-unknown"]);
    expect(s.unknownMemberRecords).toEqual({ "a-unknown": 1, "z-unknown": 2 });
    expect(s.records).toEqual({ input: 4, counted: 1, outsidePeriod: 0, unknownMember: 3 });
  });

  it("without a member list, every member is known (none unknown)", () => {
    const s = summarize({ delegations: [delegation({ member: "x-1" }), delegation({ member: "x-2" })] }, H1);
    expect(s.unknownMembers).toEqual([]);
    expect(s.reports.map((r) => r.member)).toEqual(["x-1", "x-2"]);
  });

  it("case types outside the three built-in fields go to `other`, sorted", () => {
    const types = ["visa-support", "adoption", "consular", "adoption"];
    const { r } = only({ consularCases: types.map((type) => consularCase({ type })) });
    expect(Object.keys(r?.figures.consular?.other ?? {})).toEqual(["adoption", "visa-support"]);
    expect(r?.figures.consular?.other?.adoption?.toString()).toBe("2");
    expect(r?.figures.consular?.consularCases?.toString()).toBe("1");
  });
});

describe("summarize: misuse, with the exact params", () => {
  it("records, options, period", () => {
    // @ts-expect-error null is not a record set
    expect(caughtParams(() => summarize(null, H1))).toEqual({
      code: "INVALID_ARGUMENT",
      params: {
        name: "records",
        detail: { en: "expected { delegations, agreements, … }", vi: "cần đối tượng { delegations, agreements, … }" },
      },
    });
    // @ts-expect-error a string is not a record set
    expect(caughtParams(() => summarize("records", H1)).code).toBe("INVALID_ARGUMENT");
    // @ts-expect-error null is not the options
    expect(caughtParams(() => summarize({}, null))).toEqual({
      code: "INVALID_ARGUMENT",
      params: { name: "options", detail: { en: "expected { period }", vi: "cần đối tượng { period }" } },
    });
    // @ts-expect-error a period text is not the options
    expect(caughtParams(() => summarize({}, "2024-H1"))).toEqual({
      code: "INVALID_ARGUMENT",
      params: { name: "options", detail: { en: "expected { period }", vi: "cần đối tượng { period }" } },
    });
    // @ts-expect-error a number is not a period
    expect(caughtParams(() => summarize({}, { period: 2024 }))).toEqual({
      code: "INVALID_ARGUMENT",
      params: {
        name: "period",
        detail: {
          en: "expected a Period or its text, e.g. 2024-H1",
          vi: "cần kỳ báo cáo hoặc chuỗi ghi kỳ, như 2024-H1",
        },
      },
    });
  });

  it("buckets and member lists that are not lists; members without an id", () => {
    for (const key of ["delegations", "agreements", "consularCases", "odaProjects", "ngoProjects"]) {
      expect(caughtParams(() => summarize({ [key]: { length: 0 } }, H1))).toEqual({
        code: "INVALID_ARGUMENT",
        params: {
          name: key,
          detail: { en: "expected an array of decoded records", vi: "cần danh sách bản ghi đã giải mã" },
        },
      });
      expect(caughtParams(() => summarize({ [key]: "abc" }, H1)).code).toBe("INVALID_ARGUMENT");
    }
    // @ts-expect-error a string is not a list of members
    expect(caughtParams(() => summarize({}, { ...H1, members: "so-ngoai-vu-ha-noi" }))).toEqual({
      code: "INVALID_ARGUMENT",
      params: {
        name: "members",
        detail: { en: "expected an array of members or ids", vi: "cần danh sách thành viên hoặc mã thành viên" },
      },
    });
    // @ts-expect-error null is not a list of members
    expect(caughtParams(() => summarize({}, { ...H1, members: null })).code).toBe("INVALID_ARGUMENT");
    // @ts-expect-error a member record is not a list of members
    expect(caughtParams(() => summarize({}, { ...H1, members: { id: "so-ngoai-vu-ha-noi" } })).params).toEqual({
      name: "members",
      detail: { en: "expected an array of members or ids", vi: "cần danh sách thành viên hoặc mã thành viên" },
    });
    for (const bad of [null, 5, {}, { id: 5 }]) {
      // @ts-expect-error none of these is a member or an id
      expect(caughtParams(() => summarize({}, { ...H1, members: [bad] }))).toEqual({
        code: "INVALID_ARGUMENT",
        params: {
          name: "members",
          detail: { en: "expected members or member ids", vi: "cần thành viên hoặc mã thành viên" },
        },
      });
    }
    // A Set is iterable but not an array: refused, not silently read as empty.
    // @ts-expect-error a Set is not an array
    expect(caughtParams(() => summarize({ delegations: new Set([delegation()]) }, H1)).code).toBe("INVALID_ARGUMENT");
    const fromSet = summarize(
      { delegations: [delegation({ member: "so-ngoai-vu-ha-noi" }), delegation({ member: "x-other" })] },
      // @ts-expect-error a Set is not an array
      { ...H1, members: new Set(["so-ngoai-vu-ha-noi"]) },
    );
    expect([fromSet.reports.length, fromSet.records.unknownMember]).toEqual([1, 1]);
    for (const bad of ["so-ngoai-vu-ha-noi", [5]]) {
      // @ts-expect-error neither is a list of member ids
      expect(caughtParams(() => summarize({}, { ...H1, complete: bad })).code).toBe("INVALID_ARGUMENT");
    }
  });
});

describe("summarize: complete members and the list of kinds", () => {
  it("gives a complete member with nothing in the period a nil return without a member list too", () => {
    const s = summarize(
      { delegations: [delegation({ member: "so-ngoai-vu-ha-noi" })] },
      { ...H1, complete: ["vp-ubnd-ha-nam"] },
    );
    expect(s.reports.map((r) => [r.member, r.nilReturn ?? false, r.records])).toEqual([
      ["so-ngoai-vu-ha-noi", false, { counted: 1, outsidePeriod: 0 }],
      ["vp-ubnd-ha-nam", true, { counted: 0, outsidePeriod: 0 }],
    ]);
  });

  it("gives no nil return to a complete member that has records in the period", () => {
    const s = summarize(
      { delegations: [delegation({ member: "vp-ubnd-ha-nam" })] },
      { ...H1, members: ["vp-ubnd-ha-nam"], complete: ["vp-ubnd-ha-nam"] },
    );
    expect(s.reports.map((r) => [r.member, "nilReturn" in r, r.records?.counted])).toEqual([
      ["vp-ubnd-ha-nam", false, 1],
    ]);
  });

  it("names the complete list that is not a list of member ids", () => {
    // @ts-expect-error a string is not a list of member ids
    expect(caughtParams(() => summarize({}, { ...H1, complete: "vp-ubnd-ha-nam" }))).toEqual({
      code: "INVALID_ARGUMENT",
      params: {
        name: "complete",
        detail: { en: "expected an array of member ids", vi: "cần danh sách mã thành viên" },
      },
    });
    // @ts-expect-error a number is not a member id
    expect(caughtParams(() => summarize({}, { ...H1, complete: [5] }))).toEqual({
      code: "INVALID_ARGUMENT",
      params: { name: "complete", detail: { en: "expected member ids", vi: "cần mã thành viên" } },
    });
  });

  it("refuses kinds that are not a list of record kinds", () => {
    // @ts-expect-error a bucket name is not a list of kinds
    expect(caughtParams(() => summarize({}, { ...H1, kinds: "delegations" }))).toEqual({
      code: "INVALID_ARGUMENT",
      params: { name: "kinds", detail: { en: "expected a list of record kinds", vi: "cần danh sách loại bản ghi" } },
    });
  });
});

describe("reportSchemas: the schemas of reports for a list of kinds", () => {
  it("gives, for the built-in kinds, schemas that read and write reports as the built-in ones do", () => {
    const schemas = reportSchemas(RECORD_KIND_DECLARATIONS);
    expect(Object.keys(schemas)).toEqual(["figures", "memberReport", "clusterReport", "nationalReport", "summary"]);
    expect(Object.keys(schemas.figures.shape)).toEqual([
      "delegations",
      "agreements",
      "consular",
      "oda",
      "ngo",
      "conferences",
      "twinning",
      "proposals",
      "extra",
    ]);
    const s = summarize({ delegations: [delegation()] }, H1);
    const wire = SummarySchema.encode(s);
    expect(schemas.summary.encode(s)).toEqual(wire);
    expect(schemas.summary.encode(schemas.summary.decode(wire))).toEqual(wire);
    const report = s.reports[0] as MemberReport;
    expect(schemas.memberReport.encode(report)).toEqual(MemberReportSchema.encode(report));
  });

  it("gives, for the built-in kinds, the built-in schemas' rules and descriptions (their JSON Schemas are equal)", () => {
    const schemas = reportSchemas(RECORD_KIND_DECLARATIONS);
    const json = (schema: z.ZodType) => z.toJSONSchema(schema, { io: "input", unrepresentable: "any" });
    expect(json(schemas.figures)).toEqual(json(FiguresSchema));
    expect(json(schemas.memberReport)).toEqual(json(MemberReportSchema));
    expect(json(schemas.clusterReport)).toEqual(json(ClusterReportSchema));
    expect(json(schemas.summary)).toEqual(json(SummarySchema));
  });

  it("words a refusal as the built-in schema does: a cluster id in small letters", () => {
    const { cluster } = clusterII();
    const wire = ClusterReportSchema.encode(compile([], cluster, "2024-H1"));
    const bad = { ...wire, cluster: "ii" };
    const mine = reportSchemas(RECORD_KIND_DECLARATIONS).clusterReport.safeParse(bad);
    const builtIn = ClusterReportSchema.safeParse(bad);
    expect(mine.success).toBe(false);
    expect(mine.error?.issues).toEqual(builtIn.error?.issues);
    expect(mine.error?.issues[0]?.message).toMatch(/capital letters or digits, e\.g\. II/);
  });
});

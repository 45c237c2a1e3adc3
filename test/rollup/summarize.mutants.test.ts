/**
 * Tests written against the mutants Stryker left alive in src/rollup/summarize:
 * every record kind on the first and last day of the period and one day
 * outside, projects closed just before the period, the order of members,
 * case types and unknown members, interleaved members, and the exact params
 * of every misuse error. Everything is computed inside the tests (a summary
 * built in a `beforeAll` is invisible to per-test mutant coverage).
 */
import { describe, expect, it } from "vitest";
import { Money, summarize } from "../../src/index.js";
import { caughtParams as caught } from "../_caught.js";
import { agreement, consularCase, delegation, ngoProject, odaProject } from "./_records.js";

const H1 = { period: "2024-H1" } as const;

function only(records: Parameters<typeof summarize>[0], options: Parameters<typeof summarize>[1] = H1) {
  const s = summarize(records, options);
  return { s, r: s.reports[0] };
}

describe("period bounds are inclusive, for every kind of record", () => {
  it("delegations by their first day", () => {
    const days = ["2023-12-31", "2024-01-01", "2024-06-30", "2024-07-01"] as const;
    const s = summarize({ delegations: days.map((start) => delegation({ start, end: start })) }, H1);
    expect(s.records).toEqual({ input: 4, counted: 2, outsidePeriod: 2, unknownMember: 0 });
    expect(s.reports[0]?.figures.delegations?.outgoing?.toString()).toBe("2");
  });

  it("agreements: new when signed on the first or last day, not the day before or after", () => {
    const signedOn = (signed: string) =>
      only({ agreements: [agreement({ signed, status: "signed" } as never)] }).r?.figures.agreements?.new?.toString();
    expect(signedOn("2024-01-01")).toBe("1");
    expect(signedOn("2024-06-30")).toBe("1");
    expect(signedOn("2024-07-01") ?? "0").toBe("0");
    const before = only({ agreements: [agreement({ signed: "2023-12-31", status: "signed" } as never)] });
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
    } as never);
    const ngo = ngoProject({
      disbursements: days.map((date, i) => ({ date, value: Money.of(String(10 ** i), "USD") })),
    } as never);
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

describe("project status at the end of the period", () => {
  const statusOf = (statuses: { status: string; from: string }[]) =>
    summarize({ odaProjects: [odaProject({ statuses } as never)] }, H1);

  it("closed or cancelled before the first day: outside; on the first day or later: counted", () => {
    for (const status of ["closed", "cancelled"]) {
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

describe("order and identity of members", () => {
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
      { ...H1, members: ["so-ngoai-vu-ha-noi", { id: "vp-ubnd-ha-nam" }, "so-ngoai-vu-ha-noi"] as never },
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
    const { r } = only({ consularCases: types.map((type) => consularCase({ type } as never)) });
    expect(Object.keys(r?.figures.consular?.other ?? {})).toEqual(["adoption", "visa-support"]);
    expect(r?.figures.consular?.other?.adoption?.toString()).toBe("2");
    expect(r?.figures.consular?.consularCases?.toString()).toBe("1");
  });
});

describe("misuse: the exact params", () => {
  it("records, options, period", () => {
    expect(caught(() => summarize(null as never, H1))).toEqual({
      code: "INVALID_ARGUMENT",
      params: { name: "records", detail: "expected { delegations, agreements, … }" },
    });
    expect(caught(() => summarize("records" as never, H1)).code).toBe("INVALID_ARGUMENT");
    expect(caught(() => summarize({}, null as never))).toEqual({
      code: "INVALID_ARGUMENT",
      params: { name: "options", detail: "expected { period }" },
    });
    expect(caught(() => summarize({}, "2024-H1" as never))).toEqual({
      code: "INVALID_ARGUMENT",
      params: { name: "options", detail: "expected { period }" },
    });
    expect(caught(() => summarize({}, { period: 2024 as never }))).toEqual({
      code: "INVALID_ARGUMENT",
      params: { name: "period", detail: "expected a Period or its text, e.g. 2024-H1" },
    });
  });

  it("buckets and member lists that are not lists; members without an id", () => {
    for (const key of ["delegations", "agreements", "consularCases", "odaProjects", "ngoProjects"]) {
      expect(caught(() => summarize({ [key]: { length: 0 } } as never, H1))).toEqual({
        code: "INVALID_ARGUMENT",
        params: { name: key, detail: "expected an array of decoded records" },
      });
      expect(caught(() => summarize({ [key]: "abc" } as never, H1)).code).toBe("INVALID_ARGUMENT");
    }
    expect(caught(() => summarize({}, { ...H1, members: "so-ngoai-vu-ha-noi" as never }))).toEqual({
      code: "INVALID_ARGUMENT",
      params: { name: "members", detail: "expected an array of members or ids" },
    });
    expect(caught(() => summarize({}, { ...H1, members: null as never })).code).toBe("INVALID_ARGUMENT");
    expect(caught(() => summarize({}, { ...H1, members: { id: "so-ngoai-vu-ha-noi" } as never })).params).toEqual({
      name: "members",
      detail: "expected an array of members or ids",
    });
    for (const bad of [null, 5, {}, { id: 5 }]) {
      expect(caught(() => summarize({}, { ...H1, members: [bad] as never }))).toEqual({
        code: "INVALID_ARGUMENT",
        params: { name: "members", detail: "expected members or member ids" },
      });
    }
    // A Set is iterable but not an array: refused, not silently read as empty.
    expect(caught(() => summarize({ delegations: new Set([delegation()]) as never }, H1)).code).toBe(
      "INVALID_ARGUMENT",
    );
    const fromSet = summarize(
      { delegations: [delegation({ member: "so-ngoai-vu-ha-noi" }), delegation({ member: "x-other" })] },
      { ...H1, members: new Set(["so-ngoai-vu-ha-noi"]) as never },
    );
    expect([fromSet.reports.length, fromSet.records.unknownMember]).toEqual([1, 1]);
    for (const bad of ["so-ngoai-vu-ha-noi", [5]]) {
      expect(caught(() => summarize({}, { ...H1, complete: bad as never })).code).toBe("INVALID_ARGUMENT");
    }
  });
});

/**
 * isReported and nilReturn: which reports count as "the member reported"
 * (submitted or mixed always, record-based only with a record in the period,
 * a nil return always), and the exact shape of a nil return: zeros, basis
 * `submitted`, `nilReturn: true`, and a convention or note only when given.
 */
import { describe, expect, it } from "vitest";
import {
  compile,
  isReported,
  listFigures,
  type MemberReport,
  MemberReportSchema,
  nilReturn,
  parsePeriod,
} from "../../src/index.js";
import { clusterII } from "../../src/samples/index.js";
import { caughtParams, unchecked } from "../_caught.js";

const H1 = parsePeriod("2024-H1");
const report = (basis: MemberReport["basis"], extra: Partial<MemberReport> = {}): MemberReport => ({
  member: "vp-ubnd-ha-nam",
  period: H1,
  basis,
  figures: {},
  ...extra,
});

describe("isReported: something came from the member", () => {
  it("counts a record-based report with at least one record in the period", () => {
    expect(isReported(report("records", { records: { counted: 1, outsidePeriod: 0 } }))).toBe(true);
    expect(isReported(report("records", { records: { counted: 7, outsidePeriod: 3 } }))).toBe(true);
  });

  it("does not count a record-based report whose records all fell outside the period", () => {
    expect(isReported(report("records", { records: { counted: 0, outsidePeriod: 2 } }))).toBe(false);
    expect(isReported(report("records", { records: { counted: 0, outsidePeriod: 0 } }))).toBe(false);
  });

  it("counts a record-based report that does not say how many records it counted", () => {
    expect(isReported(report("records"))).toBe(true);
  });

  it("counts a submitted or mixed report whatever its record counts say", () => {
    const none = { records: { counted: 0, outsidePeriod: 4 } };
    expect(isReported(report("submitted", none))).toBe(true);
    expect(isReported(report("mixed", none))).toBe(true);
    expect(isReported(report("submitted"))).toBe(true);
  });

  it("counts a nil return, even one marked on a record-based report with no record", () => {
    const nil = report("records", { records: { counted: 0, outsidePeriod: 0 }, nilReturn: true });
    expect(isReported(nil)).toBe(true);
  });
});

describe("nilReturn: reported, with nothing to report", () => {
  it("is a submitted report of exact zeros marked nilReturn, with no convention or note unless given", () => {
    const nil = nilReturn("vp-ubnd-ha-nam", "2024-H1");
    expect(Object.keys(nil)).toEqual(["member", "period", "basis", "figures", "nilReturn"]);
    expect(nil.member).toBe("vp-ubnd-ha-nam");
    expect(nil.period.equals(H1)).toBe(true);
    expect(nil.basis).toBe("submitted");
    expect(nil.nilReturn).toBe(true);
    const figures = listFigures(nil.figures);
    expect(figures.length).toBeGreaterThan(10);
    expect(figures.every((e) => e.figure.toString() === "0" && e.figure.qualifier === "exact")).toBe(true);
    expect(nil.figures.delegations?.outgoing?.toString()).toBe("0");
    expect(nil.figures.agreements?.new?.toString()).toBe("0");
    expect(nil.figures.oda?.capital?.amounts.isEmpty()).toBe(true);
    expect(isReported(nil)).toBe(true);
  });

  it("takes a Period as well as its text", () => {
    expect(nilReturn("vp-ubnd-ha-nam", H1).period.equals(H1)).toBe(true);
  });

  it("carries the convention and the note when given", () => {
    const nil = nilReturn("vp-ubnd-ha-nam", "2024-H1", { convention: "administrative", note: "Công văn 12/SNgV" });
    expect(Object.keys(nil)).toEqual(["member", "period", "convention", "basis", "figures", "nilReturn", "note"]);
    expect(nil.convention).toBe("administrative");
    expect(nil.note).toBe("Công văn 12/SNgV");
    expect(MemberReportSchema.safeParse(MemberReportSchema.encode(nil)).success).toBe(true);
  });

  it("makes compile count the member as reported, with zeros", () => {
    const { cluster, members } = clusterII();
    const c = compile([nilReturn("vp-ubnd-ha-nam", "2024-H1")], cluster, "2024-H1", { members });
    expect(c.rows.map((r) => [r.member, r.figures.delegations?.outgoing?.toString()])).toEqual([
      ["vp-ubnd-ha-nam", "0"],
    ]);
    expect(c.notReported).not.toContain("vp-ubnd-ha-nam");
  });

  it("refuses a member that is not an id", () => {
    expect(caughtParams(() => nilReturn(unchecked<string>(12), "2024-H1"))).toEqual({
      code: "INVALID_ARGUMENT",
      params: { name: "member", detail: { en: "expected a member id", vi: "cần mã thành viên" } },
    });
  });
});

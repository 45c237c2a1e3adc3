/**
 * merge, mergeFigures, mergeReports and mergeByMember: shards combine exactly,
 * the laws hold for submitted figures too, members sorted whatever the input
 * order, which keys a merged report has, how record counts and conventions
 * join, and the params of each refusal.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ActivityStatusSchema,
  compile,
  Figure,
  type Figures,
  FiguresSchema,
  type MemberReport,
  MemberReportSchema,
  Money,
  MoneyBag,
  merge,
  mergeByMember,
  mergeFigures,
  mergeReports,
  nilReturn,
  parsePeriod,
  QUALIFIERS,
  type RecordSet,
  render,
  SummarySchema,
  summarize,
} from "../../src/index.js";
import { clusterII } from "../../src/samples/index.js";
import { caughtParams, unchecked } from "../_caught.js";
import { MEMBERS, recordSetArb, union } from "./_records.js";

const OPTIONS = { period: "2024-H1", members: MEMBERS } as const;
const wire = (s: ReturnType<typeof summarize>) => SummarySchema.encode(s);

const H1 = parsePeriod("2024-H1");

const report = (member: string, n: number, extra: Partial<MemberReport> = {}): MemberReport => ({
  member,
  period: H1,
  basis: "submitted",
  figures: { agreements: { new: Figure.count(n) } },
  ...extra,
});

describe("merge of summaries: shards combine exactly", () => {
  it("merge(summarize(A), summarize(B)) equals summarize(A ∪ B)", () => {
    fc.assert(
      fc.property(recordSetArb, recordSetArb, fc.boolean(), (a, b, list) => {
        const options = list ? OPTIONS : { period: "2024-H1" };
        expect(wire(merge(summarize(a, options), summarize(b, options)))).toEqual(
          wire(summarize(union(a, b), options)),
        );
      }),
    );
  });

  it("is commutative and associative", () => {
    fc.assert(
      fc.property(recordSetArb, recordSetArb, recordSetArb, (a, b, c) => {
        const [sa, sb, sc] = [a, b, c].map((x) => summarize(x, OPTIONS)) as [
          ReturnType<typeof summarize>,
          ReturnType<typeof summarize>,
          ReturnType<typeof summarize>,
        ];
        expect(wire(merge(sa, sb))).toEqual(wire(merge(sb, sa)));
        expect(wire(merge(merge(sa, sb), sc))).toEqual(wire(merge(sa, merge(sb, sc))));
      }),
      { numRuns: 50 },
    );
  });

  it("merges summaries that crossed a process boundary as plain JSON", () => {
    fc.assert(
      fc.property(recordSetArb, recordSetArb, (a, b) => {
        const shipped = (x: typeof a) =>
          SummarySchema.decode(JSON.parse(JSON.stringify(SummarySchema.encode(summarize(x, OPTIONS)))));
        expect(wire(merge(shipped(a), shipped(b)))).toEqual(wire(summarize(union(a, b), OPTIONS)));
      }),
      { numRuns: 30 },
    );
  });

  it("gives byte-identical JSON however the records are chunked (keyed maps in canonical order)", () => {
    const chunked = (set: ReturnType<typeof union>, cuts: readonly number[]) => {
      const all = Object.entries(set).flatMap(([bucket, list]) => (list as unknown[]).map((r) => [bucket, r] as const));
      const chunks: (typeof all)[] = [];
      let at = 0;
      for (const cut of [...cuts, all.length]) {
        const next = Math.min(all.length, at + cut);
        chunks.push(all.slice(at, next));
        at = next;
        if (at >= all.length) break;
      }
      return chunks.map((chunk) => {
        const parts: Record<string, unknown[]> = {};
        for (const [bucket, r] of chunk) {
          const list = parts[bucket] ?? [];
          list.push(r);
          parts[bucket] = list;
        }
        return parts as RecordSet;
      });
    };
    fc.assert(
      fc.property(
        recordSetArb,
        fc.array(fc.integer({ min: 1, max: 5 }), { maxLength: 8 }),
        fc.boolean(),
        (set, cuts, reverse) => {
          const whole = union(set);
          const one = JSON.stringify(wire(summarize(whole, OPTIONS)));
          const chunks = chunked(whole, cuts).map((c) => summarize(c, OPTIONS));
          if (reverse) chunks.reverse();
          const merged = chunks.reduce((acc, s) => merge(acc, s), summarize({}, OPTIONS));
          expect(JSON.stringify(wire(merged))).toBe(one);
          const { cluster, members } = clusterII();
          const render1 = render(compile(summarize(whole, OPTIONS), cluster, "2024-H1", { members }), {
            format: "json",
          });
          const render2 = render(compile(merged, cluster, "2024-H1", { members }), { format: "json" });
          expect(render2).toBe(render1);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("refuses summaries of different periods or conventions", () => {
    const a = summarize({}, { period: "2024-H1" });
    expect(() => merge(a, summarize({}, { period: "2024-H2" }))).toThrow(
      expect.objectContaining({ code: "PERIOD_MISMATCH" }),
    );
    expect(() => merge(a, summarize({}, { period: "2024-H1", convention: "administrative" }))).toThrow(
      expect.objectContaining({
        code: "PERIOD_MISMATCH",
        message: expect.stringContaining("2024-H1 (administrative)"),
      }),
    );
  });
});

// Submitted figures: any qualifier, some figures missing, donors counted with or without keys.
const qualifier = fc.constantFrom(...QUALIFIERS);
const count = fc.tuple(fc.integer({ min: 0, max: 500 }), qualifier).map(([n, q]) => Figure.count(n, q));
const moneyTotal = fc
  .tuple(fc.array(fc.tuple(fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.constantFrom("VND", "USD"))), qualifier)
  .map(([list, q]) => ({ qualifier: q, amounts: MoneyBag.from(list.map(([n, c]) => Money.fromMinorUnits(n, c))) }));
const donorKeys = fc.uniqueArray(fc.constantFrom("GB:oxfam", "JP:jica", "KR:koica", "US:care"), { maxLength: 3 });
const figuresArb: fc.Arbitrary<Figures> = fc.record(
  {
    delegations: fc.record({ outgoing: count, incoming: count }, { requiredKeys: [] }),
    oda: fc.record({ projects: count, capital: moneyTotal }, { requiredKeys: [] }),
    ngo: fc
      .record({ keys: fc.option(donorKeys, { nil: undefined }), extra: count })
      .map(({ keys, extra }) =>
        keys === undefined ? { donors: extra } : { donorKeys: keys, donors: Figure.count(keys.length).add(extra) },
      ),
    extra: fc.record({ borderGateRevenue: count }, { requiredKeys: [] }),
  },
  { requiredKeys: [] },
);
const enc = (f: Figures) => FiguresSchema.encode(f);

describe("merge of figures: the laws hold for submitted figures too", () => {
  it("is commutative and associative, with {} as identity", () => {
    fc.assert(
      fc.property(figuresArb, figuresArb, figuresArb, (a, b, c) => {
        expect(enc(mergeFigures(a, b))).toEqual(enc(mergeFigures(b, a)));
        expect(enc(mergeFigures(mergeFigures(a, b), c))).toEqual(enc(mergeFigures(a, mergeFigures(b, c))));
        expect(enc(mergeFigures(a, {}))).toEqual(enc(a));
      }),
    );
  });

  it("refuses to merge a figure with something else at the same place", () => {
    const bad = unchecked<Figures>({ delegations: { outgoing: { qualifier: "exact", amounts: MoneyBag.empty() } } });
    expect(() => mergeFigures({ delegations: { outgoing: Figure.count(1) } }, bad)).toThrow(
      expect.objectContaining({ code: "INVALID_TYPE", message: "Expected a figure, received a money total" }),
    );
  });

  it("propagates qualifiers: about 400 plus 14 is about 414", () => {
    const m = mergeFigures(
      { delegations: { outgoing: Figure.count(400, "about") } },
      { delegations: { outgoing: Figure.count(14) } },
    );
    expect(m.delegations?.outgoing?.toString()).toBe("about 414");
  });

  it("counts distinct donors over the union of keys, plus donors counted without keys", () => {
    const withKeys = (keys: string[]) => ({ ngo: { donorKeys: keys, donors: Figure.count(keys.length) } });
    const m = mergeFigures(withKeys(["GB:oxfam", "JP:jica"]), withKeys(["JP:jica", "KR:koica"]));
    expect(m.ngo?.donors?.toString()).toBe("3");
    const typedIn = { ngo: { donors: Figure.count(40, "over") } };
    expect(mergeFigures(m, typedIn).ngo?.donors?.toString()).toBe("over 43");
  });
});

describe("mergeReports and mergeByMember", () => {
  const period = parsePeriod("2024-H1");
  const report = (member: string, basis: MemberReport["basis"], extra: Partial<MemberReport> = {}): MemberReport => ({
    member,
    period,
    basis,
    figures: { agreements: { new: Figure.count(1) } },
    ...extra,
  });

  it("joins bases, record counts, merged-from lists and notes", () => {
    const a = report("vp-ubnd-ha-nam", "records", { records: { counted: 3, outsidePeriod: 1 }, note: "Shard 1" });
    const b = report("vp-ubnd-ha-nam", "records", {
      records: { counted: 2, outsidePeriod: 0 },
      mergedFrom: ["x"],
      note: "Shard 2\nShard 1",
      convention: "statistical",
    });
    const m = mergeReports(a, b);
    expect(m.basis).toBe("records");
    expect(m.records).toEqual({ counted: 5, outsidePeriod: 1 });
    expect(m.mergedFrom).toEqual(["x"]);
    expect(m.note).toBe("Shard 1\nShard 2");
    expect(m.convention).toBe("statistical");
    expect(mergeReports(a, report("vp-ubnd-ha-nam", "submitted")).basis).toBe("mixed");
    expect(MemberReportSchema.safeParse(MemberReportSchema.encode(m)).success).toBe(true);
  });

  it("refuses reports of two members, or of two conventions", () => {
    expect(() => mergeReports(report("a", "records"), report("b", "records"))).toThrow(
      expect.objectContaining({ code: "INVALID_ARGUMENT" }),
    );
    expect(() =>
      mergeReports(
        report("a", "records", { convention: "statistical" }),
        report("a", "records", { convention: "administrative" }),
      ),
    ).toThrow(expect.objectContaining({ code: "PERIOD_MISMATCH" }));
  });

  it("merges by member, sorted by id, and refuses a mix of periods", () => {
    const merged = mergeByMember([report("b", "records"), report("a", "records"), report("b", "submitted")]);
    expect(merged.map((r) => [r.member, r.basis, r.figures.agreements?.new?.toString()])).toEqual([
      ["a", "records", "1"],
      ["b", "mixed", "2"],
    ]);
    expect(() =>
      mergeByMember([report("a", "records"), { ...report("b", "records"), period: parsePeriod("2024") }]),
    ).toThrow(expect.objectContaining({ code: "PERIOD_MISMATCH" }));
  });
});

describe("mergeByMember: sorted by member, one period", () => {
  it("sorts members by id whatever the input order", () => {
    const ids = ["vp-ubnd-ninh-binh", "so-ngoai-vu-ha-noi", "vp-ubnd-ha-nam", "so-ngoai-vu-hai-phong", "ngoai-vu-a"];
    for (const order of [ids, [...ids].reverse(), [ids[2], ids[0], ids[4], ids[1], ids[3]] as string[]]) {
      const merged = mergeByMember(order.map((id, i) => report(id, i)));
      expect(merged.map((m) => m.member)).toEqual([...ids].sort());
    }
  });

  it("refuses reports of different periods, naming both", () => {
    const other = { ...report("a", 1), period: parsePeriod("2024-H2") };
    expect(caughtParams(() => mergeByMember([report("a", 1), other]))).toEqual({
      code: "PERIOD_MISMATCH",
      params: { left: "2024-H1", right: "2024-H2" },
    });
  });
});

describe("mergeReports: the params of each refusal, and the keys of a merged report", () => {
  it("refuses reports of two members, saying what to do", () => {
    expect(caughtParams(() => mergeReports(report("a", 1), report("b", 1)))).toEqual({
      code: "INVALID_ARGUMENT",
      params: {
        name: "b",
        detail: {
          en: "a report of b cannot merge into one of a; restate them onto one member first",
          vi: "không gộp được báo cáo của b vào báo cáo của a; hãy quy về cùng một thành viên trước",
        },
      },
    });
  });

  it("names the conventions when they clash, and lets a report without one join either", () => {
    const stat = report("a", 1, { convention: "statistical" });
    const admin = report("a", 2, { convention: "administrative" });
    expect(caughtParams(() => mergeReports(stat, admin))).toEqual({
      code: "PERIOD_MISMATCH",
      params: { left: "2024-H1 (statistical)", right: "2024-H1 (administrative)" },
    });
    expect(mergeReports(report("a", 1), admin).convention).toBe("administrative");
    expect(mergeReports(stat, report("a", 1)).convention).toBe("statistical");
    expect(mergeReports(stat, report("a", 1, { convention: "statistical" })).figures.agreements?.new?.toString()).toBe(
      "2",
    );
  });

  it("adds only the keys its inputs have: no convention, records, mergedFrom or note out of nothing", () => {
    const m = mergeReports(report("a", 1), report("a", 2));
    expect(Object.keys(m).sort()).toEqual(["basis", "figures", "member", "period"]);
    expect(m.figures.agreements?.new?.toString()).toBe("3");
  });

  it("adds record counts, counting a side without them as zero", () => {
    const counted = report("a", 1, { records: { counted: 3, outsidePeriod: 2 } });
    expect(mergeReports(counted, report("a", 1)).records).toEqual({ counted: 3, outsidePeriod: 2 });
    expect(mergeReports(report("a", 1), counted).records).toEqual({ counted: 3, outsidePeriod: 2 });
    expect(mergeReports(counted, counted).records).toEqual({ counted: 6, outsidePeriod: 4 });
  });

  it("keeps mergedFrom and notes when a side has them", () => {
    const a = report("a", 1, { mergedFrom: ["x", "y"], note: "from the 2024 report" });
    const m = mergeReports(a, report("a", 1));
    expect(m.mergedFrom).toEqual(["x", "y"]);
    expect(m.note).toBe("from the 2024 report");
  });
});

describe("merge of summaries: an empty list of unknown members", () => {
  it("keeps an empty list of unknown members as an empty list", () => {
    const s = summarize({ delegations: [] }, { period: "2024-H1" });
    const m = merge(s, s);
    expect(m.unknownMembers).toEqual([]);
    expect(m.records).toEqual({ input: 0, counted: 0, outsidePeriod: 0, unknownMember: 0 });
  });
});

describe("mergeReports: a nil return stays one only while nothing else came from the member", () => {
  const nil = (extra: Partial<MemberReport> = {}) => ({ ...nilReturn("a", H1), ...extra });
  const empty = report("a", 0, { basis: "records", records: { counted: 0, outsidePeriod: 2 } });
  const counted = report("a", 2, { basis: "records", records: { counted: 2, outsidePeriod: 0 } });

  it("two nil returns merge into a nil return", () => {
    expect(mergeReports(nil(), nil()).nilReturn).toBe(true);
  });

  it("a nil return and a record-based report with nothing in the period stay a nil return, either way round", () => {
    expect(mergeReports(nil(), empty).nilReturn).toBe(true);
    expect(mergeReports(empty, nil()).nilReturn).toBe(true);
  });

  it("a nil return meeting a report with something in it is no longer one, either way round", () => {
    for (const other of [counted, report("a", 3)]) {
      expect("nilReturn" in mergeReports(nil(), other)).toBe(false);
      expect("nilReturn" in mergeReports(other, nil())).toBe(false);
    }
  });

  it("no nil return comes out of reports that are not nil returns, reported or not", () => {
    expect("nilReturn" in mergeReports(empty, empty)).toBe(false);
    expect("nilReturn" in mergeReports(counted, empty)).toBe(false);
    expect("nilReturn" in mergeReports(report("a", 1), report("a", 1))).toBe(false);
  });
});

describe("merge of figures: canonical key order, whatever the input order", () => {
  it("lists the sections in the kinds' order, extra figures last", () => {
    const m = mergeFigures(
      { extra: { zz: Figure.count(1) }, ngo: { projects: Figure.count(1) } },
      { agreements: { new: Figure.count(1) }, delegations: { outgoing: Figure.count(1) } },
    );
    expect(Object.keys(m)).toEqual(["delegations", "agreements", "ngo", "extra"]);
  });

  it("lists a section's figures in its schema's order, and figures it does not know after them, sorted", () => {
    const loose = unchecked<Figures>({
      delegations: { zeta: Figure.count(1), incoming: Figure.count(2), alpha: Figure.count(3) },
    });
    const m = mergeFigures(loose, { delegations: { cancelled: Figure.count(4), outgoing: Figure.count(5) } });
    expect(Object.keys(m.delegations ?? {})).toEqual(["outgoing", "incoming", "cancelled", "alpha", "zeta"]);
  });

  it("sorts extra figures and keyed maps, and orders each country's directions as the schema does", () => {
    // One direction per country on each side, as a submitted report may give them.
    const m = mergeFigures(
      unchecked<Figures>({
        extra: { tourism: Figure.count(1), borderGateRevenue: Figure.count(2) },
        delegations: { byCountry: { KR: { incoming: Figure.count(1) }, CN: { incoming: Figure.count(2) } } },
      }),
      unchecked<Figures>({
        extra: { aid: Figure.count(3) },
        delegations: { byCountry: { KR: { outgoing: Figure.count(3) }, JP: { outgoing: Figure.count(1) } } },
      }),
    );
    expect(Object.keys(m.extra ?? {})).toEqual(["aid", "borderGateRevenue", "tourism"]);
    const byCountry = m.delegations?.byCountry ?? {};
    expect(Object.keys(byCountry)).toEqual(["CN", "JP", "KR"]);
    expect(Object.keys(byCountry.KR ?? {})).toEqual(["outgoing", "incoming"]);
  });

  it("orders ODA projects by status as the statuses are declared, not alphabetically", () => {
    const m = mergeFigures(
      { oda: { byStatus: { implementation: Figure.count(2) } } },
      { oda: { byStatus: { closed: Figure.count(1), pipeline: Figure.count(1) } } },
    );
    expect(Object.keys(m.oda?.byStatus ?? {})).toEqual(
      ActivityStatusSchema.options.filter((s) => ["implementation", "closed", "pipeline"].includes(s)),
    );
    expect(Object.keys(m.oda?.byStatus ?? {})).not.toEqual(["closed", "implementation", "pipeline"]);
  });

  it("sorts the figures of a group no kind declares", () => {
    const m = mergeFigures(
      unchecked<Figures>({ extra: { tourism: { visitors: Figure.count(1), nights: Figure.count(2) } } }),
      unchecked<Figures>({ extra: { tourism: { arrivals: Figure.count(3) } } }),
    );
    expect(Object.keys((m.extra as Record<string, object>).tourism ?? {})).toEqual(["arrivals", "nights", "visitors"]);
  });

  it("leaves out a figure both sides hold as undefined", () => {
    const hollow = unchecked<Figures>({ delegations: { outgoing: undefined, incoming: Figure.count(1) } });
    const m = mergeFigures(hollow, hollow);
    expect(Object.keys(m.delegations ?? {})).toEqual(["incoming"]);
  });
});

describe("merge of figures: a refusal says what met what", () => {
  const clash = (a: unknown, b: unknown) =>
    caughtParams(() => mergeFigures(unchecked<Figures>({ extra: { x: a } }), unchecked<Figures>({ extra: { x: b } })));
  // What met what, in each language.
  const LIST = { en: "a list", vi: "danh sách" };
  const FIGURE = { en: "a figure", vi: "số liệu" };
  const GROUP = { en: "a group of figures", vi: "nhóm số liệu" };
  const TOTAL = { en: "a money total", vi: "tổng số tiền" };

  it("names a list, a group of figures, a money total and a figure", () => {
    const total = { qualifier: "exact", amounts: MoneyBag.of(Money.of("1", "USD")) };
    expect(clash(["a"], Figure.count(1))).toEqual({
      code: "INVALID_TYPE",
      params: { expected: LIST, received: FIGURE },
    });
    expect(clash(Figure.count(1), ["a"])).toEqual({
      code: "INVALID_TYPE",
      params: { expected: FIGURE, received: LIST },
    });
    expect(clash(["a"], { y: Figure.count(1) })).toEqual({
      code: "INVALID_TYPE",
      params: { expected: LIST, received: GROUP },
    });
    expect(clash({ y: Figure.count(1) }, total)).toEqual({
      code: "INVALID_TYPE",
      params: { expected: GROUP, received: TOTAL },
    });
    expect(clash(total, { y: Figure.count(1) })).toEqual({
      code: "INVALID_TYPE",
      params: { expected: TOTAL, received: GROUP },
    });
    expect(clash(total, ["a"])).toEqual({ code: "INVALID_TYPE", params: { expected: TOTAL, received: LIST } });
  });

  it("names what is neither by its kind, in each language", () => {
    expect(clash(null, Figure.count(1))).toEqual({
      code: "INVALID_TYPE",
      params: { expected: { en: "null", vi: "giá trị null" }, received: FIGURE },
    });
    expect(clash(Figure.count(1), 5)).toEqual({
      code: "INVALID_TYPE",
      params: { expected: FIGURE, received: { en: "number", vi: "số" } },
    });
    expect(clash(5, { y: Figure.count(1) })).toEqual({
      code: "INVALID_TYPE",
      params: { expected: { en: "number", vi: "số" }, received: GROUP },
    });
    expect(clash({ y: Figure.count(1) }, null)).toEqual({
      code: "INVALID_TYPE",
      params: { expected: GROUP, received: { en: "null", vi: "giá trị null" } },
    });
  });
});

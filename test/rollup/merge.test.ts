/**
 * merge, mergeFigures, mergeReports and mergeByMember: shards combine exactly,
 * the laws hold for submitted figures too, members sorted whatever the input
 * order, which keys a merged report has, how record counts and conventions
 * join, and the params of each refusal.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
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
        detail: "a report of b cannot merge into one of a; restate them onto one member first",
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

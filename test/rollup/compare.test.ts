import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  compare,
  comparisonPeriod,
  compile,
  Figure,
  growthOfFigures,
  listFigures,
  type MemberReport,
  Money,
  MoneyBag,
  parsePeriod,
  percentOf,
  QUALIFIERS,
  render,
} from "../../src/index.js";
import { clusterII } from "../../src/samples/index.js";
import { caught, caughtParams, unchecked } from "../_caught.js";

const vnd = (amount: string, q: Parameters<typeof Figure.money>[1] = "exact") =>
  Figure.money(Money.of(amount, "VND"), q);

function caoBang(period: string, figures: MemberReport["figures"]): MemberReport {
  return { member: "so-ngoai-vu-cao-bang", period: parsePeriod(period), basis: "submitted", figures };
}

describe("compare: Cao Bằng, 2021–2025 term against 2016–2020", () => {
  const term = caoBang("2021-2025", {
    delegations: { outgoing: Figure.count(120), incoming: Figure.count(190, "about") },
    oda: { capital: { qualifier: "exact", amounts: MoneyBag.of(Money.of("1576566000000", "VND")) } },
    extra: { borderGateRevenue: vnd("6900000000000", "nearly"), stateBudgetRevenue: vnd("15000000000000", "about") },
  });
  const previous = caoBang("2016-2020", {
    delegations: { outgoing: Figure.count(0), incoming: Figure.count(95) },
    extra: { borderGateRevenue: vnd("1976000000000") },
  });
  // Computed inside each test, not here: a mutation run activates its mutant only once the tests start.
  const c = () => compare(term, previous, { digits: 0 });
  const at = (path: string) => c().figures.find((f) => f.path === path);

  it("says border-gate revenue of nearly VND 6,900 billion is up nearly 249%", () => {
    expect(at("extra.borderGateRevenue")?.growth).toEqual({ percent: "249", qualifier: "nearly" });
    expect(at("extra.borderGateRevenue")?.previous?.toString()).toBe("1976000000000 VND");
  });

  it("says it is about 46% of the province's state budget revenue", () => {
    const revenue = term.figures.extra?.borderGateRevenue as Figure;
    const budget = term.figures.extra?.stateBudgetRevenue as Figure;
    expect(percentOf(revenue, budget, { digits: 0 })).toEqual({ percent: "46", qualifier: "about" });
  });

  it("gives no percentage, never Infinity, from a previous figure of zero or one not reported", () => {
    expect(at("delegations.outgoing")?.growth).toBeNull();
    expect(at("oda.capital.VND")?.previous).toBeNull();
    expect(at("oda.capital.VND")?.growth).toBeNull();
    expect(at("delegations.incoming")?.growth).toEqual({ percent: "100", qualifier: "about" });
  });

  it("lists every figure of the current report, in its order, with the periods", () => {
    const { figures, period, previousPeriod } = c();
    expect(figures.map((f) => f.path)).toEqual(listFigures(term.figures).map((e) => e.path));
    expect([period.toString(), previousPeriod.toString()]).toEqual(["2021-2025", "2016-2020"]);
    expect(figures[0]?.shares).toBeUndefined();
  });

  it("uses one decimal by default, exactly", () => {
    expect(growthOfFigures(Figure.count(349), Figure.count(100))).toEqual({ percent: "249", qualifier: "exact" });
    expect(growthOfFigures(Figure.count(1), Figure.count(3))).toEqual({ percent: "-66.7", qualifier: "exact" });
  });
});

describe("compare: how qualifiers carry through a percentage", () => {
  const q = (current: Figure, previous: Figure) => growthOfFigures(current, previous)?.qualifier;

  it("keeps the current figure's qualifier and turns the previous one's around", () => {
    expect(q(Figure.count(110), Figure.count(100, "nearly"))).toBe("over");
    expect(q(Figure.count(110), Figure.count(100, "under"))).toBe("over");
    expect(q(Figure.count(110), Figure.count(100, "over"))).toBe("under");
    expect(q(Figure.count(110), Figure.count(100, "at-least"))).toBe("about");
    expect(q(Figure.count(110, "over"), Figure.count(100, "nearly"))).toBe("over");
    expect(q(Figure.count(110, "nearly"), Figure.count(100, "nearly"))).toBe("about");
  });

  it("is exact only when both figures are (law)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...QUALIFIERS),
        fc.constantFrom(...QUALIFIERS),
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 1, max: 1000 }),
        (qc, qp, c, p) => {
          const result = growthOfFigures(Figure.count(c, qc), Figure.count(p, qp));
          expect(result?.qualifier === "exact").toBe(qc === "exact" && qp === "exact");
        },
      ),
    );
  });

  it("refuses a count against an amount, or two currencies", () => {
    expect(() => growthOfFigures(Figure.count(1), vnd("1"))).toThrow(
      expect.objectContaining({ code: "FIGURE_KIND_MISMATCH" }),
    );
    expect(() => percentOf(vnd("1"), Figure.money(Money.of("1", "USD")))).toThrow(
      expect.objectContaining({ code: "FIGURE_KIND_MISMATCH" }),
    );
  });
});

describe("compare: cluster reports", () => {
  const { cluster, members } = clusterII();
  const row = (member: string, period: string, outgoing: Figure): MemberReport => ({
    member,
    period: parsePeriod(period),
    basis: "submitted",
    figures: { delegations: { outgoing } },
  });

  it("gives each member's share of the cluster total, and the total's growth", () => {
    const now = compile(
      [
        row("so-ngoai-vu-ha-noi", "2024-H1", Figure.count(300, "about")),
        row("vp-ubnd-ha-nam", "2024-H1", Figure.count(100)),
      ],
      cluster,
      "2024-H1",
      { members },
    );
    const before = compile([row("so-ngoai-vu-ha-noi", "2023-H2", Figure.count(320))], cluster, "2023-H2", {
      members,
      year: 2024,
    });
    const [outgoing] = compare(now, before).figures;
    expect(outgoing?.growth).toEqual({ percent: "25", qualifier: "about" });
    expect(outgoing?.shares).toEqual({
      "so-ngoai-vu-ha-noi": { percent: "75", qualifier: "about" },
      "vp-ubnd-ha-nam": { percent: "25", qualifier: "about" },
    });
  });
});

describe("compare with the same period last year (cùng kỳ năm trước)", () => {
  it("chooses the period by rule: previous, or the same period one year before", () => {
    expect(comparisonPeriod("2024-H1", "same-period-last-year").toString()).toBe("2023-H1");
    expect(comparisonPeriod("2024-H2", "same-period-last-year").toString()).toBe("2023-H2");
    expect(comparisonPeriod("2024-H1", "previous").toString()).toBe("2023-H2");
    expect(comparisonPeriod(parsePeriod("2024-Q1"), "same-period-last-year").toString()).toBe("2023-Q1");
    expect(comparisonPeriod("2024", "same-period-last-year").toString()).toBe("2023");
    expect(comparisonPeriod("2024-02-01..2024-02-29", "same-period-last-year").toString()).toBe(
      "2023-02-01..2023-02-28",
    );
    expect(() => comparisonPeriod("2021-2025", "same-period-last-year")).toThrow(
      expect.objectContaining({ code: "INVALID_ARGUMENT" }),
    );
    // @ts-expect-error "last-year" is not a comparison
    expect(() => comparisonPeriod("2024-H1", "last-year")).toThrow(expect.objectContaining({ code: "INVALID_ENUM" }));
  });

  it("is flagged on the comparison and worded as reports word it: so với cùng kỳ năm 2023", () => {
    const report = (period: string, n: number): MemberReport => ({
      member: "so-ngoai-vu-ha-noi",
      period: parsePeriod(period),
      basis: "submitted",
      figures: { delegations: { outgoing: Figure.count(n) } },
    });
    const c = compare(report("2024-H1", 120), report("2023-H1", 100));
    expect(c.samePeriodLastYear).toBe(true);
    expect(render(report("2024-H1", 120), { comparison: c })).toContain("tăng 20% so với cùng kỳ năm 2023");
    expect(render(report("2024-H1", 120), { comparison: c, lang: "en" })).toContain(
      "up 20% on the same period of 2023",
    );
    const previous = compare(report("2024-H1", 120), report("2023-H2", 100));
    expect(previous.samePeriodLastYear).toBe(false);
    expect(render(report("2024-H1", 120), { comparison: previous })).toContain("tăng 20% so với 6 tháng cuối năm 2023");
    expect(compare(report("2024", 120), report("2023", 100)).samePeriodLastYear).toBe(false);
  });
});

describe("listFigures: the figures of a report, and nothing else", () => {
  it("skips what is no figure, money total or group: null, a number, a text, a list", () => {
    const loose = unchecked<MemberReport["figures"]>({
      delegations: { outgoing: null, incoming: 5, people: "12", byCountry: { KR: { outgoing: Figure.count(2) } } },
      ngo: { donorKeys: ["GB:oxfam"], donors: Figure.count(1) },
      extra: { revenue: vnd("100", "about") },
    });
    expect(listFigures(loose).map((e) => `${e.path}: ${e.figure}`)).toEqual([
      "delegations.byCountry.KR.outgoing: 2",
      "ngo.donors: 1",
      "extra.revenue: about 100 VND",
    ]);
  });

  it("lists a money total once per currency under its own path", () => {
    const amounts = MoneyBag.of(Money.of("5", "USD")).merge(MoneyBag.of(Money.of("7", "VND")));
    const entries = listFigures({ oda: { capital: { qualifier: "nearly", amounts } } });
    expect(entries.map((e) => [e.path, e.figure.toString()])).toEqual([
      ["oda.capital.USD", "nearly 5.00 USD"],
      ["oda.capital.VND", "nearly 7 VND"],
    ]);
  });
});

describe("comparisonPeriod: every kind of period, and the params of its refusals", () => {
  it("takes the same quarter, month or range one year before", () => {
    expect(comparisonPeriod("2024-Q3", "same-period-last-year").toString()).toBe("2023-Q3");
    expect(comparisonPeriod("2024-05", "same-period-last-year").toString()).toBe("2023-05");
    expect(comparisonPeriod("2024-12", "same-period-last-year").toString()).toBe("2023-12");
    expect(comparisonPeriod("1000-01-01..1000-03-31", "same-period-last-year").toString()).toBe(
      "0999-01-01..0999-03-31",
    );
  });

  it("names the rules it knows, and says what to do for a term", () => {
    expect(caught(() => comparisonPeriod("2024-H1", unchecked<"previous">("next")))).toEqual({
      code: "INVALID_ENUM",
      path: ["rule"],
      params: { options: "previous, same-period-last-year", received: "next" },
    });
    expect(caughtParams(() => comparisonPeriod("2021-2025", "same-period-last-year"))).toEqual({
      code: "INVALID_ARGUMENT",
      params: {
        name: "period",
        detail: {
          en: "a term (2021-2025) has no same period last year: compare with the previous term",
          vi: "giai đoạn (2021-2025) không có cùng kỳ năm trước: hãy so sánh với giai đoạn trước",
        },
      },
    });
  });

  it("names both figures when a count meets an amount", () => {
    expect(caughtParams(() => percentOf(Figure.count(3, "about"), vnd("10")))).toEqual({
      code: "FIGURE_KIND_MISMATCH",
      params: { left: "about 3", right: "10 VND" },
    });
  });
});

describe("compare: a cluster figure some members did not report", () => {
  it("gives shares only to the members that reported the figure", () => {
    const { cluster, members } = clusterII();
    const row = (member: string, figures: MemberReport["figures"]): MemberReport => ({
      member,
      period: parsePeriod("2024-H1"),
      basis: "submitted",
      figures,
    });
    const now = compile(
      [
        row("so-ngoai-vu-ha-noi", { delegations: { outgoing: Figure.count(30), incoming: Figure.count(4) } }),
        row("vp-ubnd-ha-nam", { delegations: { outgoing: Figure.count(10) } }),
      ],
      cluster,
      "2024-H1",
      { members },
    );
    const before = compile([], cluster, "2023-H2", { members, year: 2024 });
    const incoming = compare(now, before).figures.find((f) => f.path === "delegations.incoming");
    expect(incoming?.shares).toEqual({ "so-ngoai-vu-ha-noi": { percent: "100", qualifier: "exact" } });
    expect(incoming?.growth).toBeNull();
  });
});

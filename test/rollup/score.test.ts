import { describe, expect, it } from "vitest";
import {
  EXAMPLE_SCORING_RULES,
  Figure,
  type MemberReport,
  Period,
  type ScoringRules,
  ScoringRulesSchema,
  score,
} from "../../src/index.js";
import { clusterII } from "../../src/samples/index.js";
import { caught, caughtParams, unchecked } from "../_caught.js";

const cluster = {
  id: "IX",
  name: { vi: "Cụm IX", en: "Cluster IX" },
  years: [{ year: 2024, members: ["a", "b", "c"] }],
};
const report = (member: string, outgoing: Figure, extra: MemberReport["figures"] = {}): MemberReport => ({
  member,
  period: Period.year(2024),
  basis: "submitted",
  figures: { delegations: { outgoing }, ...extra },
});

const rules: ScoringRules = {
  name: "Test rules",
  criteria: [
    {
      id: "delegations",
      name: "Delegations",
      maxPoints: 10,
      scoring: {
        method: "figure",
        figure: "delegations.outgoing",
        thresholds: [
          { atLeast: "20", points: 10 },
          { atLeast: "10", points: "5.5" },
        ],
      },
    },
    { id: "on-time", name: "On time", maxPoints: 10, weight: "1.5", scoring: { method: "manual" } },
  ],
  tieBreak: ["on-time"],
};

describe("score: a cluster's own criteria", () => {
  it("scores figures by thresholds and manual points by weight, exactly", () => {
    const result = score(cluster, 2024, {
      rules,
      reports: [report("a", Figure.count(25)), report("b", Figure.count(12)), report("c", Figure.count(3))],
      manual: { a: { "on-time": 10 }, b: { "on-time": "9.5" }, c: { "on-time": 0 } },
    });
    expect(result.maxTotal).toBe("25");
    expect(result.ranking.map((m) => [m.member, m.rank, m.total])).toEqual([
      ["a", 1, "25"],
      ["b", 2, "19.75"],
      ["c", 3, "0"],
    ]);
    expect(result.ranking[1]?.criteria).toEqual([
      { criterion: "delegations", points: "5.5", weighted: "5.5" },
      { criterion: "on-time", points: "9.5", weighted: "14.25" },
    ]);
    expect(result.ranking.every((m) => m.tie === undefined)).toBe(true);
  });

  it("breaks a tie by the listed criteria and explains it", () => {
    const result = score(cluster, 2024, {
      rules,
      reports: [report("a", Figure.count(20)), report("b", Figure.count(10))],
      manual: { a: { "on-time": 4 }, b: { "on-time": 7 } },
    });
    // a: 10 + 6 = 16; b: 5.5 + 10.5 = 16.
    expect(result.ranking.map((m) => [m.member, m.rank, m.total])).toEqual([
      ["b", 1, "16"],
      ["a", 2, "16"],
      ["c", 3, "0"],
    ]);
    expect(result.ranking[0]?.tie).toBe(
      "Level with a on 16 points; ranked ahead by the tie-break on on-time (10.5 against 6)",
    );
    expect(result.ranking[1]?.tie).toBe(
      "Level with b on 16 points; ranked behind by the tie-break on on-time (6 against 10.5)",
    );
  });

  it("gives the same rank when no criterion separates members, and the next rank skips", () => {
    const noTieBreak = { ...rules, tieBreak: [] };
    const result = score(cluster, 2024, {
      rules: noTieBreak,
      reports: [report("a", Figure.count(20)), report("b", Figure.count(30)), report("c", Figure.count(10))],
    });
    expect(result.ranking.map((m) => [m.member, m.rank])).toEqual([
      ["a", 1],
      ["b", 1],
      ["c", 3],
    ]);
    expect(result.ranking[0]?.tie).toBe("Level with b on 10 points and on no tie-break criteria: same rank");
  });

  it("notes missing scores, missing figures, missing reports and approximate figures", () => {
    const result = score(cluster, 2024, {
      rules,
      reports: [report("a", Figure.count(20, "about")), { ...report("b", Figure.count(1)), figures: {} }],
    });
    const notes = (m: string) => result.ranking.find((r) => r.member === m)?.criteria.map((c) => c.note);
    expect(notes("a")).toEqual(["scored on the stated value of an approximate figure (about 20)", "no score given"]);
    expect(notes("b")).toEqual(["delegations.outgoing not reported", "no score given"]);
    expect(notes("c")).toEqual(["no report", "no score given"]);
  });

  it("ships a worked example that says it is only an example", () => {
    expect(EXAMPLE_SCORING_RULES.name).toMatch(/example/i);
    expect(EXAMPLE_SCORING_RULES.name).toMatch(/not an official scale/);
    expect(ScoringRulesSchema.safeParse(EXAMPLE_SCORING_RULES).success).toBe(true);
    const { cluster: ii } = clusterII();
    const result = score(ii, 2024, { rules: EXAMPLE_SCORING_RULES });
    expect(result.ranking).toHaveLength(17);
    expect(result.maxTotal).toBe("65");
    expect(new Set(result.ranking.map((m) => m.rank))).toEqual(new Set([1]));
  });

  it("refuses points beyond the maximum, unknown tie-breaks, repeated ids, other periods and unknown years", () => {
    const code = (c: string) => expect.objectContaining({ code: c });
    expect(() => score(cluster, 2024, { rules, manual: { a: { "on-time": 11 } } })).toThrow(code("OUT_OF_RANGE"));
    expect(() => score(cluster, 2024, { rules, manual: { a: { "on-time": -1 } } })).toThrow(code("OUT_OF_RANGE"));
    const tooMany = structuredClone(rules) as { criteria: { maxPoints: number }[] };
    (tooMany.criteria[0] as { maxPoints: number }).maxPoints = 5;
    expect(() => score(cluster, 2024, { rules: tooMany as ScoringRules })).toThrow(code("OUT_OF_RANGE"));
    expect(() => score(cluster, 2024, { rules: { ...rules, tieBreak: ["luck"] } })).toThrow(code("INVALID_ARGUMENT"));
    const twice = { ...rules, criteria: [...rules.criteria, ...rules.criteria] };
    expect(() => score(cluster, 2024, { rules: twice })).toThrow(code("INVALID_ARGUMENT"));
    const h1 = { ...report("a", Figure.count(1)), period: Period.halfYear(2024, 1) };
    expect(() => score(cluster, 2024, { rules, reports: [h1] })).toThrow(code("PERIOD_MISMATCH"));
    expect(() => score(cluster, 2023, { rules })).toThrow(code("INVALID_ARGUMENT"));
  });
});

describe("score: the params and paths of each refusal", () => {
  it("names the manual points, their range and where they sit", () => {
    expect(caught(() => score(cluster, 2024, { rules, manual: { b: { "on-time": 11 } } }))).toEqual({
      code: "OUT_OF_RANGE",
      path: ["manual", "b", "on-time"],
      params: { value: "11", range: { en: "0 to 10", vi: "từ 0 đến 10" } },
    });
    expect(caught(() => score(cluster, 2024, { rules, manual: { a: { "on-time": "ten" } } })).path).toEqual([
      "manual",
      "a",
      "on-time",
    ]);
  });

  it("names a criterion's maximum that is no number, and threshold points above the maximum", () => {
    const badMax = { ...rules, criteria: [{ ...rules.criteria[1], maxPoints: "lots" }] };
    expect(caught(() => score(cluster, 2024, { rules: unchecked<ScoringRules>(badMax) })).path).toEqual([
      "criteria",
      0,
      "maxPoints",
    ]);
    const tooMany = structuredClone(rules) as { criteria: { maxPoints: number }[] };
    (tooMany.criteria[0] as { maxPoints: number }).maxPoints = 8;
    expect(caught(() => score(cluster, 2024, { rules: unchecked<ScoringRules>(tooMany) }))).toEqual({
      code: "OUT_OF_RANGE",
      path: ["criteria", 0, "scoring", "thresholds", 0, "points"],
      params: { value: "10", range: { en: "0 to 8", vi: "từ 0 đến 8" } },
    });
  });

  it("names a repeated criterion id, a tie-break that is no criterion, another period and a year without members", () => {
    const twice = { ...rules, criteria: [...rules.criteria, rules.criteria[0]] } as ScoringRules;
    expect(caughtParams(() => score(cluster, 2024, { rules: twice }))).toEqual({
      code: "INVALID_ARGUMENT",
      params: { name: "criteria.2.id", detail: { en: "delegations repeats", vi: "delegations bị trùng" } },
    });
    expect(caughtParams(() => score(cluster, 2024, { rules: { ...rules, tieBreak: ["luck"] } }))).toEqual({
      code: "INVALID_ARGUMENT",
      params: { name: "tieBreak", detail: { en: "luck is no criterion", vi: "luck không phải là tiêu chí" } },
    });
    const h1 = { ...report("a", Figure.count(1)), period: Period.halfYear(2024, 1) };
    expect(caughtParams(() => score(cluster, 2024, { rules, reports: [h1] }))).toEqual({
      code: "PERIOD_MISMATCH",
      params: { left: "2024", right: "2024-H1" },
    });
    expect(caughtParams(() => score(cluster, 2023, { rules }))).toEqual({
      code: "INVALID_ARGUMENT",
      params: {
        name: "cluster",
        detail: { en: "cluster IX has no member list for 2023", vi: "cụm IX không có danh sách thành viên năm 2023" },
      },
    });
  });
});

describe("score: ties and the order of members", () => {
  const manualOnly = (tieBreak?: string[]): ScoringRules => ({
    name: "Manual rules",
    criteria: [
      { id: "x", name: "X", maxPoints: 10, scoring: { method: "manual" } },
      { id: "y", name: "Y", maxPoints: 10, scoring: { method: "manual" } },
    ],
    ...(tieBreak === undefined ? {} : { tieBreak }),
  });
  const reversed = { ...cluster, years: [{ year: 2024, members: ["c", "b", "a"] }] };

  it("scores rules without tie-break criteria, and lists members still level by id", () => {
    const result = score(reversed, 2024, { rules: manualOnly() });
    expect(result.ranking.map((m) => [m.member, m.rank])).toEqual([
      ["a", 1],
      ["b", 1],
      ["c", 1],
    ]);
    expect(result.ranking[0]?.tie).toBe("Level with b, c on 0 points and on no tie-break criteria: same rank");
  });

  it("goes on to the next tie-break criterion when the first does not separate", () => {
    const result = score(reversed, 2024, {
      rules: manualOnly(["x", "y"]),
      manual: { a: { x: 5, y: 3 }, b: { x: 5, y: 3 }, c: { x: 2, y: 6 } },
    });
    // All on 8: x puts a and b ahead of c; nothing separates a from b.
    expect(result.ranking.map((m) => [m.member, m.rank])).toEqual([
      ["a", 1],
      ["b", 1],
      ["c", 3],
    ]);
    expect(result.ranking[0]?.tie).toBe(
      "Level with b on 8 points and on every tie-break criterion (x, y): same rank; " +
        "Level with c on 8 points; ranked ahead by the tie-break on x (5 against 2)",
    );
    expect(result.ranking[2]?.tie).toBe(
      "Level with a on 8 points; ranked behind by the tie-break on x (2 against 5); " +
        "Level with b on 8 points; ranked behind by the tie-break on x (2 against 5)",
    );
  });

  it("separates on the second tie-break criterion when the first is level", () => {
    const z = { id: "z", name: "Z", maxPoints: 10, scoring: { method: "manual" } } as const;
    const rules = manualOnly(["x", "y"]);
    const result = score(cluster, 2024, {
      rules: { ...rules, criteria: [...rules.criteria, z] },
      manual: { a: { x: 4, y: 3, z: 1 }, b: { x: 4, y: 4 } },
    });
    expect(result.ranking.map((m) => [m.member, m.rank])).toEqual([
      ["b", 1],
      ["a", 2],
      ["c", 3],
    ]);
    expect(result.ranking[0]?.tie).toBe("Level with a on 8 points; ranked ahead by the tie-break on y (4 against 3)");
  });

  it("gives a criterion's score a note only when there is something to say", () => {
    const result = score(cluster, 2024, {
      rules,
      reports: [report("a", Figure.count(25))],
      manual: { a: { "on-time": 10 } },
    });
    expect(result.ranking[0]?.criteria).toStrictEqual([
      { criterion: "delegations", points: "10", weighted: "10" },
      { criterion: "on-time", points: "10", weighted: "15" },
    ]);
  });
});

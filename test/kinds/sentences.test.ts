/**
 * Each built-in kind's part of a report's summary sentence, called as a
 * report calls it (`words.sentence.say(section, tools)`): its words in both
 * languages, singular and plural; a figure whose column the tools refuse (a
 * cluster total some member did not give) left out; a figure its section
 * does not have never stated, even with tools that would allow it; nothing
 * at all from a section with nothing to say.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Figure } from "../../src/index.js";
import { say, tools, usd } from "./_tools.js";

const n = (count: number) => Figure.count(count);

describe("the delegation kind's sentence", () => {
  it("states the outgoing and incoming delegations as actions, singular and plural", () => {
    expect(say("delegation", { outgoing: n(3), incoming: n(1) }, tools("en"))).toEqual({
      actions: ["organised 3 outgoing delegations", "received 1 incoming delegation"],
    });
    expect(say("delegation", { outgoing: n(1), incoming: n(2) }, tools("en"))).toEqual({
      actions: ["organised 1 outgoing delegation", "received 2 incoming delegations"],
    });
    expect(say("delegation", { outgoing: n(3), incoming: n(1) }, tools("vi"))).toEqual({
      actions: ["tổ chức 3 đoàn ra", "đón 1 đoàn vào"],
    });
  });

  it("leaves out a direction whose column the tools refuse", () => {
    const d = { outgoing: n(3), incoming: n(4) };
    expect(say("delegation", d, tools("en", { skip: ["outgoing"] }))).toEqual({
      actions: ["received 4 incoming delegations"],
    });
    expect(say("delegation", d, tools("en", { skip: ["incoming"] }))).toEqual({
      actions: ["organised 3 outgoing delegations"],
    });
  });

  it("states only the directions its section has", () => {
    expect(say("delegation", {}, tools("en", { allowAll: true }))).toEqual({ actions: [] });
    expect(say("delegation", { incoming: n(2) }, tools("en", { allowAll: true }))).toEqual({
      actions: ["received 2 incoming delegations"],
    });
  });

  it("states exactly the directions that are present, say something and are not refused", () => {
    const figure = fc.option(fc.nat({ max: 5 }), { nil: undefined });
    fc.assert(
      fc.property(figure, figure, fc.subarray(["outgoing", "incoming"]), (out, inc, skip) => {
        const section = {
          outgoing: out === undefined ? undefined : n(out),
          incoming: inc === undefined ? undefined : n(inc),
        };
        const { actions = [] } = say("delegation", section, tools("en", { skip }));
        const stated = (dir: string, v: number | undefined) => v !== undefined && v > 0 && !skip.includes(dir);
        expect(actions.length).toBe(Number(stated("outgoing", out)) + Number(stated("incoming", inc)));
        expect(actions.some((a) => a.startsWith("organised"))).toBe(stated("outgoing", out));
        expect(actions.some((a) => a.startsWith("received"))).toBe(stated("incoming", inc));
      }),
    );
  });
});

describe("the agreement kind's sentence", () => {
  it("states the new agreements as an action, singular and plural", () => {
    expect(say("international-agreement", { new: n(1), inForce: n(9) }, tools("en"))).toEqual({
      actions: ["signed 1 new international agreement"],
    });
    expect(say("international-agreement", { new: n(14) }, tools("en"))).toEqual({
      actions: ["signed 14 new international agreements"],
    });
    expect(say("international-agreement", { new: n(14) }, tools("vi"))).toEqual({
      actions: ["ký kết 14 thỏa thuận quốc tế mới"],
    });
  });

  it("says nothing when the agreements' column is refused, or there are no new agreements", () => {
    expect(say("international-agreement", { new: n(14) }, tools("en", { skip: ["agreements"] }))).toEqual({});
    expect(say("international-agreement", { inForce: n(9) }, tools("en", { allowAll: true }))).toEqual({});
    expect(say("international-agreement", { new: n(0) }, tools("en"))).toEqual({});
  });
});

describe("the consular kind's sentence", () => {
  it("states each type of case in a clause of its own, singular and plural", () => {
    const one = { consularCases: n(1), citizenProtection: n(1), abtcApplications: n(1) };
    expect(say("consular-case", one, tools("en"))).toEqual({
      clause: "handled 1 consular case + 1 citizen-protection case + 1 ABTC application",
    });
    const many = { consularCases: n(12), citizenProtection: n(2), abtcApplications: n(30) };
    expect(say("consular-case", many, tools("en"))).toEqual({
      clause: "handled 12 consular cases + 2 citizen-protection cases + 30 ABTC applications",
    });
    expect(say("consular-case", many, tools("vi"))).toEqual({
      clause: "giải quyết 12 vụ việc lãnh sự + 2 vụ việc bảo hộ công dân + 30 hồ sơ xin phép sử dụng thẻ ABTC",
    });
  });

  it("leaves out a type whose column the tools refuse", () => {
    const c = { consularCases: n(12), citizenProtection: n(2), abtcApplications: n(30) };
    expect(say("consular-case", c, tools("en", { skip: ["consular"] }))).toEqual({
      clause: "handled 2 citizen-protection cases + 30 ABTC applications",
    });
    expect(say("consular-case", c, tools("en", { skip: ["protection"] }))).toEqual({
      clause: "handled 12 consular cases + 30 ABTC applications",
    });
    expect(say("consular-case", c, tools("en", { skip: ["abtc"] }))).toEqual({
      clause: "handled 12 consular cases + 2 citizen-protection cases",
    });
    expect(say("consular-case", c, tools("en", { skip: ["consular", "protection", "abtc"] }))).toEqual({});
  });

  it("states only the types its section has, and nothing for an empty section", () => {
    expect(say("consular-case", {}, tools("en", { allowAll: true }))).toEqual({});
    expect(say("consular-case", { citizenProtection: n(2) }, tools("en", { allowAll: true }))).toEqual({
      clause: "handled 2 citizen-protection cases",
    });
    expect(say("consular-case", { other: { visa: n(3) } }, tools("en"))).toEqual({});
  });
});

describe("the ODA kind's sentence", () => {
  it("states the projects with their capital, and the completed ones with theirs", () => {
    const oda = { projects: n(1), capital: usd("100"), completed: n(1), completedCapital: usd("40") };
    expect(say("oda-project", oda, tools("en"))).toEqual({
      clause:
        "implemented 1 ODA and concessional-loan project with total capital of 100.00 USD, of which 1 completed with 40.00 USD",
    });
    expect(say("oda-project", { ...oda, projects: n(5) }, tools("en"))).toEqual({
      clause:
        "implemented 5 ODA and concessional-loan projects with total capital of 100.00 USD, of which 1 completed with 40.00 USD",
    });
  });

  it("writes a dash for a capital it may not state", () => {
    expect(say("oda-project", { projects: n(2) }, tools("en"))).toEqual({
      clause: "implemented 2 ODA and concessional-loan projects with total capital of —",
    });
    expect(say("oda-project", { projects: n(2), capital: usd("100") }, tools("en", { skip: ["odaCapital"] }))).toEqual({
      clause: "implemented 2 ODA and concessional-loan projects with total capital of —",
    });
    expect(say("oda-project", { projects: n(2), capital: usd("100"), completed: n(1) }, tools("en"))).toEqual({
      clause:
        "implemented 2 ODA and concessional-loan projects with total capital of 100.00 USD, of which 1 completed with —",
    });
  });

  it("leaves out the completed projects when their column is refused", () => {
    const oda = { projects: n(2), capital: usd("100"), completed: n(1), completedCapital: usd("40") };
    expect(say("oda-project", oda, tools("en", { skip: ["odaCompleted"] }))).toEqual({
      clause: "implemented 2 ODA and concessional-loan projects with total capital of 100.00 USD",
    });
  });

  it("says nothing when the projects' column is refused", () => {
    const oda = { projects: n(2), capital: usd("100"), completed: n(1), completedCapital: usd("40") };
    expect(say("oda-project", oda, tools("en", { skip: ["odaProjects"] }))).toEqual({});
    expect(say("oda-project", { ...oda, projects: n(0) }, tools("en"))).toEqual({});
  });

  it("states only the figures its section has", () => {
    const all = tools("en", { allowAll: true });
    expect(say("oda-project", {}, all)).toEqual({});
    expect(say("oda-project", { capital: usd("100") }, all)).toEqual({});
    expect(say("oda-project", { projects: n(2) }, all)).toEqual({
      clause: "implemented 2 ODA and concessional-loan projects with total capital of —",
    });
    expect(say("oda-project", { projects: n(2), completed: n(1) }, all)).toEqual({
      clause: "implemented 2 ODA and concessional-loan projects with total capital of —, of which 1 completed with —",
    });
  });
});

describe("the NGO kind's sentence", () => {
  it("states the projects with their committed value, then the donors", () => {
    expect(say("ngo-project", { projects: n(1), committed: usd("100"), donors: n(2) }, tools("en"))).toEqual({
      clause:
        "took in 1 foreign NGO project with a committed value of 100.00 USD + mobilised 2 foreign NGOs and donors",
    });
    expect(say("ngo-project", { projects: n(3), committed: usd("100") }, tools("en"))).toEqual({
      clause: "took in 3 foreign NGO projects with a committed value of 100.00 USD",
    });
  });

  it("states no committed value it may not state", () => {
    expect(say("ngo-project", { projects: n(3) }, tools("en"))).toEqual({ clause: "took in 3 foreign NGO projects" });
    expect(
      say("ngo-project", { projects: n(3), committed: usd("100") }, tools("en", { skip: ["ngoCommitted"] })),
    ).toEqual({ clause: "took in 3 foreign NGO projects" });
    expect(say("ngo-project", { projects: n(3) }, tools("en", { allowAll: true }))).toEqual({
      clause: "took in 3 foreign NGO projects",
    });
  });

  it("gives the committed value to the donors when the projects are not stated", () => {
    const ngo = { projects: n(3), committed: usd("100"), donors: n(2) };
    expect(say("ngo-project", ngo, tools("en", { skip: ["ngoProjects"] }))).toEqual({
      clause: "mobilised 2 foreign NGOs and donors with total aid of 100.00 USD",
    });
    expect(say("ngo-project", { donors: n(2) }, tools("en"))).toEqual({
      clause: "mobilised 2 foreign NGOs and donors",
    });
    expect(say("ngo-project", { donors: n(2) }, tools("en", { allowAll: true }))).toEqual({
      clause: "mobilised 2 foreign NGOs and donors",
    });
  });

  it("says nothing for a section with nothing to say", () => {
    expect(say("ngo-project", {}, tools("en", { allowAll: true }))).toEqual({});
    expect(say("ngo-project", { projects: n(0), committed: usd("0"), donors: n(0) }, tools("en"))).toEqual({});
  });
});

/**
 * The label of a breakdown figure (a row of the workbook's totals), as each
 * built-in kind gives it for a path inside its section: its own groups
 * labelled in both languages, any other path not one of its breakdowns.
 */
import { describe, expect, it } from "vitest";
import { country } from "../../src/index.js";
import { builtIn } from "./_tools.js";

const LABELS: Readonly<Record<string, string>> = {
  "delegations.outgoing": "Outgoing",
  "delegations.incoming": "Incoming",
  "oda.projects": "ODA projects",
};
const label = (path: string) => LABELS[path];
const noLabel = () => undefined;

function breakdown(kind: string, parts: readonly string[], lang: "vi" | "en" = "en", labels = label) {
  const of = builtIn(kind).words.breakdown;
  if (of === undefined) throw new Error(`${kind} has no breakdowns`);
  return of(parts, lang, labels);
}

describe("the delegation kind's breakdowns", () => {
  it("label a country's or a leader level's delegations in one direction", () => {
    expect(breakdown("delegation", ["byCountry", "CN", "outgoing"])).toBe(`Outgoing: ${country("CN").nameEn}`);
    expect(breakdown("delegation", ["byCountry", "CN", "incoming"], "vi")).toBe(`Incoming: ${country("CN").nameVi}`);
    expect(breakdown("delegation", ["byLevel", "party-secretary", "incoming"], "vi")).toBe("Incoming: Bí thư Tỉnh ủy");
    expect(breakdown("delegation", ["byLevel", "department-head", "outgoing"])).toBe("Outgoing: department head");
  });

  it("name a country it does not know by its code, a level by its key, a direction without a label by its name", () => {
    expect(breakdown("delegation", ["byCountry", "ZZ", "outgoing"])).toBe("Outgoing: ZZ");
    expect(breakdown("delegation", ["byLevel", "mayor", "outgoing"])).toBe("Outgoing: mayor");
    expect(breakdown("delegation", ["byLevel", "other", "incoming"], "en", noLabel)).toBe("incoming: other level");
  });

  it("are only the two groups, each with a key and a direction", () => {
    expect(breakdown("delegation", ["byCountry"])).toBeUndefined();
    expect(breakdown("delegation", ["byCountry", "CN"])).toBeUndefined();
    expect(breakdown("delegation", ["byLevel", "other"])).toBeUndefined();
    expect(breakdown("delegation", ["outgoing"])).toBeUndefined();
    expect(breakdown("delegation", ["cost", "USD"])).toBeUndefined();
    expect(breakdown("delegation", ["byStatus", "closed", "outgoing"])).toBeUndefined();
  });
});

describe("the consular kind's breakdowns", () => {
  it("label a registered type of case under other", () => {
    expect(breakdown("consular-case", ["other", "visa-extension"])).toBe("Other consular cases: visa-extension");
    expect(breakdown("consular-case", ["other", "visa-extension"], "vi")).toBe("Vụ việc lãnh sự khác: visa-extension");
  });

  it("are only the types under other", () => {
    expect(breakdown("consular-case", ["other"])).toBeUndefined();
    expect(breakdown("consular-case", ["consularCases"])).toBeUndefined();
    expect(breakdown("consular-case", ["byStatus", "visa-extension"])).toBeUndefined();
  });
});

describe("the ODA kind's breakdowns", () => {
  it("label the projects of one status", () => {
    expect(breakdown("oda-project", ["byStatus", "closed"])).toBe("ODA projects: closed");
    expect(breakdown("oda-project", ["byStatus", "implementation"], "vi")).toBe("ODA projects: đang thực hiện");
    expect(breakdown("oda-project", ["byStatus", "paused"])).toBe("ODA projects: paused");
    expect(breakdown("oda-project", ["byStatus", "closed"], "en", noLabel)).toBe(": closed");
  });

  it("are only the statuses", () => {
    expect(breakdown("oda-project", ["byStatus"])).toBeUndefined();
    expect(breakdown("oda-project", ["capital", "USD"])).toBeUndefined();
    expect(breakdown("oda-project", ["projects"])).toBeUndefined();
  });
});

/**
 * The NGO kind's merge rule: the distinct donors of two sections are the
 * union of their donor keys plus the donors each side counted without a key;
 * sections without donors stay without.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Figure } from "../../src/index.js";
import { builtIn } from "./_tools.js";

interface Section {
  readonly donors?: Figure;
  readonly donorKeys?: readonly string[];
  readonly projects?: Figure;
}

function mergeNgo(merged: Section, a: Section, b: Section): Section {
  const mend = builtIn("ngo-project").mergeSection;
  if (mend === undefined) throw new Error("the NGO kind has no merge rule");
  return mend(merged, a, b) as Section;
}

const donorsOf = (s: Section) => s.donors?.toString();

describe("merging the NGO sections of two reports", () => {
  it("keeps sections without donors without donors", () => {
    const merged = { projects: Figure.count(5) };
    const out = mergeNgo(merged, { projects: Figure.count(2) }, { projects: Figure.count(3) });
    expect(out).toEqual(merged);
    expect(out.donors).toBeUndefined();
  });

  it("counts the union of the keys plus the donors either side counted without a key", () => {
    const a = { donors: Figure.count(3), donorKeys: ["asia-foundation", "caritas"] };
    const b = { donors: Figure.count(2), donorKeys: ["caritas", "jica"] };
    const merged = { donors: Figure.count(5), donorKeys: ["asia-foundation", "caritas", "jica"] };
    expect(donorsOf(mergeNgo(merged, a, b))).toBe("4");
  });

  it("counts the keys of a side that gave keys but no donors", () => {
    const a = { donors: Figure.count(3), donorKeys: ["asia-foundation", "caritas"] };
    const b = { donorKeys: ["jica"] };
    const merged = { donors: Figure.count(3), donorKeys: ["asia-foundation", "caritas", "jica"] };
    expect(donorsOf(mergeNgo(merged, a, b))).toBe("4");
    expect(donorsOf(mergeNgo(merged, b, a))).toBe("4");
  });

  it("adds the donors of sections without keys", () => {
    const a = { donors: Figure.count(3) };
    const b = { donors: Figure.count(2, "about") };
    const out = mergeNgo({ donors: Figure.count(5, "about") }, a, b);
    expect(donorsOf(out)).toBe("about 5");
    expect(out.donors?.qualifier).toBe("about");
  });

  it("is the size of the union plus the uncounted donors, whatever the keys", () => {
    const keys = fc.uniqueArray(fc.constantFrom("a", "b", "c", "d", "e"), { maxLength: 5 });
    fc.assert(
      fc.property(keys, fc.nat({ max: 4 }), keys, fc.nat({ max: 4 }), (ka, xa, kb, xb) => {
        const union = [...new Set([...ka, ...kb])].sort();
        const a = { donors: Figure.count(ka.length + xa), donorKeys: ka };
        const b = { donors: Figure.count(kb.length + xb), donorKeys: kb };
        const merged = { donors: Figure.count(ka.length + xa + kb.length + xb), donorKeys: union };
        expect(donorsOf(mergeNgo(merged, a, b))).toBe(String(union.length + xa + xb));
      }),
    );
  });
});

import { showValue } from "../_lib/show.js";
import { NgoaivuError } from "../errors/index.js";

/**
 * How exact a reported figure is:
 *
 * | qualifier  | vi        | en        | means (for the true value x of a figure v) |
 * |------------|-----------|-----------|--------------------------------------------|
 * | `exact`    |           |           | x = v                                      |
 * | `about`    | khoảng    | about     | x ≈ v, either side                         |
 * | `nearly`   | gần       | nearly    | x < v, close to it                         |
 * | `under`    | dưới      | under     | x < v                                      |
 * | `over`     | hơn, trên | over      | x > v                                      |
 * | `at-least` | ít nhất   | at least  | x ≥ v                                      |
 */
export type Qualifier = "exact" | "about" | "nearly" | "over" | "at-least" | "under";

/**
 * Every qualifier, in a stable order.
 *
 * @example
 * ```ts
 * import { QUALIFIERS } from "ngoaivu";
 * QUALIFIERS; //=> ["exact", "about", "nearly", "under", "over", "at-least"]
 * ```
 */
export const QUALIFIERS: readonly Qualifier[] = ["exact", "about", "nearly", "under", "over", "at-least"];

/**
 * Tells whether a value is a qualifier.
 *
 * @param value - anything
 * @returns `true` for one of {@link QUALIFIERS}
 *
 * @example
 * ```ts
 * import { isQualifier } from "ngoaivu";
 * isQualifier("nearly"); //=> true
 * isQualifier("approximately"); //=> false
 * ```
 */
export function isQualifier(value: unknown): value is Qualifier {
  return typeof value === "string" && (QUALIFIERS as readonly string[]).includes(value);
}

/** @internal Checks a qualifier given at run time. */
export function checkQualifier(value: unknown, path: readonly (string | number)[] = ["qualifier"]): Qualifier {
  if (isQualifier(value)) return value;
  throw new NgoaivuError("INVALID_QUALIFIER", { value: showValue(value) }, { path });
}

// The qualifiers form a lattice: two chains from `exact` to `about`,
//   exact < at-least < over < about   (true value at or above the figure)
//   exact < nearly   < under < about  (true value below the figure)
// and the qualifier of a sum is the join (least upper bound) of the two.
// A join is commutative, associative and idempotent, with `exact` as identity.
const RANK: Record<Qualifier, readonly [side: 0 | 1 | 2, level: number]> = {
  exact: [0, 0],
  "at-least": [1, 1],
  over: [1, 2],
  nearly: [2, 1],
  under: [2, 2],
  about: [0, 3],
};

/**
 * The qualifier of a sum of two qualified figures, so that a total stays
 * honest:
 *
 * - `exact` + q = q (an exact figure changes nothing);
 * - over + over = over, over + at-least = over (x > a and y ≥ b give x + y > a + b);
 * - at-least + at-least = at-least;
 * - nearly + nearly = nearly (both just below, so the sum is just below);
 * - nearly + under = under, under + under = under (below, but not surely close);
 * - a figure above (over, at-least) plus one below (nearly, under) could be
 *   either side: about; and anything with about is about.
 *
 * This is the join of the lattice `exact < at-least < over < about`,
 * `exact < nearly < under < about`: commutative and associative.
 *
 * @param a - one qualifier
 * @param b - the other
 * @returns the qualifier of the sum
 *
 * @example
 * ```ts
 * import { combineQualifiers } from "ngoaivu";
 * combineQualifiers("over", "exact"); //=> "over"
 * combineQualifiers("nearly", "exact"); //=> "nearly"
 * combineQualifiers("at-least", "over"); //=> "over"
 * combineQualifiers("nearly", "under"); //=> "under"
 * combineQualifiers("over", "nearly"); //=> "about"
 * combineQualifiers("about", "exact"); //=> "about"
 * ```
 */
export function combineQualifiers(a: Qualifier, b: Qualifier): Qualifier {
  const [sa, la] = RANK[checkQualifier(a, [0])];
  const [sb, lb] = RANK[checkQualifier(b, [1])];
  if (a === b) return a;
  if (a === "exact") return b;
  if (b === "exact") return a;
  if (a === "about" || b === "about" || sa !== sb) return "about";
  return la >= lb ? a : b;
}

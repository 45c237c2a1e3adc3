/**
 * Private: the hostile-input guard that runs before zod sees a record.
 *
 * It walks arrays and plain objects once, refusing keys that could pollute a
 * prototype (`__proto__`, `constructor`, `prototype`), nesting deeper than a
 * limit, and strings longer than a limit. It reads only own enumerable keys and
 * writes nothing, so `Object.prototype` is never touched.
 *
 * @internal
 * @module
 */
import { createIssue, type Lang, type NgoaivuIssue, type PathSegment } from "../errors/index.js";

/** Limits on the shape of an input, checked before validation. */
export interface InputLimits {
  /** Deepest nesting of arrays and objects allowed (the record itself is depth 1). Default 16. */
  readonly maxDepth: number;
  /** Longest string allowed anywhere in the input, in UTF-16 code units. Default 10,000. */
  readonly maxStringLength: number;
}

/**
 * The default {@link InputLimits}: nesting up to 16 levels, strings up to
 * 10,000 characters.
 *
 * @example
 * ```ts
 * import { DEFAULT_LIMITS } from "ngoaivu";
 * DEFAULT_LIMITS; //=> { maxDepth: 16, maxStringLength: 10000 }
 * ```
 */
export const DEFAULT_LIMITS: InputLimits = Object.freeze({ maxDepth: 16, maxStringLength: 10_000 });

const FORBIDDEN = new Set(["__proto__", "constructor", "prototype"]);

function isPlainObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

interface Walk {
  readonly limits: InputLimits;
  readonly lang: Lang;
  issues: NgoaivuIssue[] | undefined;
}

function report(walk: Walk, issue: NgoaivuIssue): void {
  if (walk.issues === undefined) walk.issues = [];
  walk.issues.push(issue);
}

// The path is built only when something is wrong: `trail` is the chain of keys
// from the root, kept as a stack while walking.
function visit(walk: Walk, value: unknown, depth: number, trail: PathSegment[]): void {
  if (typeof value === "string") {
    if (value.length > walk.limits.maxStringLength)
      report(
        walk,
        createIssue("TOO_LONG", { max: walk.limits.maxStringLength, length: value.length }, trail, {
          lang: walk.lang,
        }),
      );
    return;
  }
  if (typeof value !== "object" || value === null) return;
  if (Array.isArray(value)) {
    if (depth > walk.limits.maxDepth) {
      report(walk, createIssue("TOO_DEEP", { max: walk.limits.maxDepth }, trail, { lang: walk.lang }));
      return;
    }
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (typeof item === "object" ? item !== null : typeof item === "string") {
        trail.push(i);
        visit(walk, item, depth + 1, trail);
        trail.pop();
      }
    }
    return;
  }
  if (!isPlainObject(value)) return;
  if (depth > walk.limits.maxDepth) {
    report(walk, createIssue("TOO_DEEP", { max: walk.limits.maxDepth }, trail, { lang: walk.lang }));
    return;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    if (FORBIDDEN.has(key)) {
      trail.push(key);
      report(walk, createIssue("FORBIDDEN_KEY", { key }, trail, { lang: walk.lang }));
      trail.pop();
      continue;
    }
    const item = record[key];
    if (typeof item === "object" ? item !== null : typeof item === "string") {
      trail.push(key);
      visit(walk, item, depth + 1, trail);
      trail.pop();
    }
  }
}

// The fast pass: no path kept, no allocation; true when nothing is wrong. Most
// inputs are clean, so the reporting walk runs only for the few that are not.
function clean(value: unknown, depth: number, limits: InputLimits): boolean {
  if (typeof value === "string") return value.length <= limits.maxStringLength;
  if (typeof value !== "object" || value === null) return true;
  if (Array.isArray(value)) {
    if (depth > limits.maxDepth) return false;
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if ((typeof item === "object" || typeof item === "string") && !clean(item, depth + 1, limits)) return false;
    }
    return true;
  }
  if (!isPlainObject(value)) return true;
  if (depth > limits.maxDepth) return false;
  const record = value as Record<string, unknown>;
  for (const key in record) {
    if (!Object.hasOwn(record, key)) continue;
    const first = key.charCodeAt(0);
    // "__proto__", "constructor", "prototype"
    if ((first === 95 || first === 99 || first === 112) && FORBIDDEN.has(key)) return false;
    const item = record[key];
    if ((typeof item === "object" || typeof item === "string") && !clean(item, depth + 1, limits)) return false;
  }
  return true;
}

/**
 * Checks an input against the limits.
 *
 * @param input - anything
 * @param limits - the limits
 * @param lang - the language of the messages
 * @returns the issues found, or `undefined` when the input is safe to validate
 */
export function guardInput(input: unknown, limits: InputLimits, lang: Lang): NgoaivuIssue[] | undefined {
  if (clean(input, 1, limits)) return undefined;
  const walk: Walk = { limits, lang, issues: undefined };
  visit(walk, input, 1, []);
  return walk.issues;
}

/**
 * Shared pieces of the hostile-input fuzz suite: the seed and run counts, the
 * "only coded errors" check (`outcome`, from test/_caught.ts), the `Object.prototype` sentinel, and arbitraries
 * for boundary dates, instants, amounts, hostile strings and mutated records.
 *
 * Every run is seeded (`FUZZ_SEED=… npx vitest run test/fuzz` tries another
 * seed) and bounded, so the suite costs a few seconds in `npm test`.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { expect } from "vitest";

import { outcome } from "../_caught.js";

export { outcome };

/** The seed of every property in the suite (fixed, so a failure replays). */
export const SEED = Number(process.env.FUZZ_SEED ?? 20_261_123);

/** fast-check parameters: seeded, bounded. */
export function runs(numRuns: number): fc.Parameters<unknown> {
  return { seed: SEED, numRuns, endOnFailure: true };
}

/** Calls `fn` and fails when it takes longer than `ms` (a linear-time guard, not a benchmark). */
export function within(ms: number, label: string, fn: () => unknown): string {
  const start = performance.now();
  const result = outcome(fn);
  const took = performance.now() - start;
  expect(took, `${label} took ${took.toFixed(0)} ms`).toBeLessThan(ms);
  return result;
}

// --- Object.prototype sentinel --------------------------------------------

const SENTINEL = Symbol.for("ngoaivu.fuzz.sentinel");

/** Snapshot of `Object.prototype`'s own keys, with a sentinel planted on it. */
export function protoSnapshot(): { keys: (string | symbol)[] } {
  Object.defineProperty(Object.prototype, SENTINEL, { value: "intact", configurable: true, writable: false });
  return { keys: Reflect.ownKeys(Object.prototype) };
}

/** Asserts `Object.prototype` is as it was at `snapshot`, then removes the sentinel. */
export function expectProtoUntouched(snapshot: { keys: (string | symbol)[] }): void {
  expect(Reflect.ownKeys(Object.prototype)).toEqual(snapshot.keys);
  expect((Object.prototype as Record<symbol, unknown>)[SENTINEL]).toBe("intact");
  for (const key of ["polluted", "isAdmin", "amount", "currency", "member", "start", "x"]) {
    expect(({} as Record<string, unknown>)[key], `({}).${key}`).toBeUndefined();
  }
  expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  delete (Object.prototype as Record<symbol, unknown>)[SENTINEL];
}

// --- fixtures ---------------------------------------------------------------

const here = dirname(fileURLToPath(import.meta.url));

/** The entity fixture files and the schema export each belongs to. */
export const FIXTURE_FILES = {
  delegation: "DelegationSchema",
  "international-agreement": "InternationalAgreementSchema",
  "consular-case": "ConsularCaseSchema",
  "oda-project": "OdaProjectSchema",
  "ngo-project": "NgoProjectSchema",
  "international-conference": "InternationalConferenceSchema",
  "twinning-relation": "TwinningRelationSchema",
  proposal: "ProposalSchema",
  member: "MemberSchema",
  "emulation-cluster": "EmulationClusterSchema",
} as const;

/** The valid wire records of one fixture file. */
export function validFixtures(file: keyof typeof FIXTURE_FILES): unknown[] {
  const raw = JSON.parse(readFileSync(join(here, "..", "fixtures", "entities", `${file}.json`), "utf8")) as {
    valid: { record: unknown }[];
  };
  return raw.valid.map((v) => v.record);
}

// --- hostile values ---------------------------------------------------------

/** Calendar dates at the edges: leap days, year 0 and 9999, month 13, day 32, bad shapes. */
export const BOUNDARY_DATES = [
  "2024-02-29",
  "2023-02-29",
  "2100-02-29",
  "2000-02-29",
  "0000-01-01",
  "0001-01-01",
  "9999-12-31",
  "10000-01-01",
  "+002024-01-01",
  "-000001-01-01",
  "2024-00-10",
  "2024-13-01",
  "2024-04-31",
  "2024-12-32",
  "2024-6-30",
  "2024-06-30 ",
  " 2024-06-30",
  "2024-06-30\n",
  "２０２４-06-30",
  "2024/06/30",
  "30/06/2024",
  "2024-06-30T00:00:00",
  "",
] as const;

/** Instants around the Vietnam half-year and year cut-offs (17:00Z is midnight in Hanoi). */
export const BOUNDARY_INSTANTS = [
  "2024-06-30T16:59:59.999Z",
  "2024-06-30T17:00:00Z",
  "2024-06-30T17:00:00.000Z",
  "2024-06-30T17:00:00+00:00",
  "2024-07-01T00:00:00+07:00",
  "2024-06-30T23:59:59+07:00",
  "2024-12-31T16:59:59Z",
  "2024-12-31T17:00:00Z",
  "2023-12-31T17:00:00Z",
  "2024-02-28T17:00:00Z",
  "2023-02-28T17:00:00Z",
  "2024-06-30T17:00:00",
  "2024-06-30T24:00:00Z",
  "2024-06-30T17:60:00Z",
  "2024-06-30T17:00:00+25:00",
  "9999-12-31T16:59:59Z",
  "9999-12-31T17:00:00Z",
  "0000-01-01T00:00:00Z",
  "2024-06-30t17:00:00z",
  "2024-06-30T17:00:00.1234567890Z",
] as const;

/** Amounts at the edges: exponents, floats, 2^53 ± 1, 20+ digits, signed zeros, grouping, words. */
export const BOUNDARY_AMOUNTS = [
  "1e400",
  "1E-400",
  "1e3",
  "0x10",
  "Infinity",
  "-Infinity",
  "NaN",
  "9007199254740991",
  "9007199254740992",
  "9007199254740993",
  "-9007199254740993",
  "123456789012345678901234567890",
  "0.000000000000000000000000001",
  "-0",
  "+0",
  "0.000",
  "-0.000",
  "00012",
  ".5",
  "5.",
  "1,000",
  "1.000.000",
  "1 000",
  "1_000",
  "1..2",
  "--1",
  "−5",
  "",
  " ",
  "0.1",
  "350000000",
] as const;

/** Numbers where an amount string is expected: floats, unsafe integers, non-finite. */
export const BOUNDARY_NUMBERS = [
  0,
  -0,
  0.1,
  1e21,
  2 ** 53 - 1,
  2 ** 53,
  2 ** 53 + 2,
  -(2 ** 53),
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
] as const;

/** Own `__proto__` / `constructor` / `prototype` keys, as JSON.parse makes them. */
export const POLLUTING_JSON = [
  '{"__proto__":{"polluted":"yes"}}',
  '{"constructor":{"prototype":{"polluted":"yes"}}}',
  '{"prototype":{"polluted":"yes"}}',
  '{"a":{"__proto__":{"isAdmin":true}}}',
  '[{"__proto__":{"polluted":"yes"}}]',
  '{"cost":{"__proto__":{"amount":"1"},"currency":"VND"}}',
] as const;

/** A value nested `depth` levels deep (arrays and objects alternating). */
export function nested(depth: number, leaf: unknown = "x"): unknown {
  let v: unknown = leaf;
  for (let i = 0; i < depth; i++) v = i % 2 === 0 ? [v] : { a: v };
  return v;
}

/** Strings built to hurt: huge, control characters, look-alike digits, separators. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.constantFrom(
    ...BOUNDARY_DATES,
    ...BOUNDARY_INSTANTS,
    ...BOUNDARY_AMOUNTS,
    "x".repeat(10_001),
    "9".repeat(5_000),
    "\u0000",
    "\u202e",
    "\ud800",
    "toString",
    "__proto__",
    "constructor",
    "hasOwnProperty",
    "so-ngoai-vu-ha-noi",
    "VND",
    "USD",
  ),
);

/** A hostile value of any type for one field. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  fc.constantFrom<unknown>(...BOUNDARY_NUMBERS, null, true, false, [], {}, 12n),
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom<unknown>(...POLLUTING_JSON).map((s) => JSON.parse(s as string)),
  fc.constantFrom(20, 40).map((d) => nested(d)),
  fc.record({ amount: fc.constantFrom<unknown>(...BOUNDARY_AMOUNTS, ...BOUNDARY_NUMBERS), currency: hostileString }),
);

type Json = Record<string, unknown> | unknown[];

function paths(
  value: unknown,
  prefix: (string | number)[] = [],
  out: (string | number)[][] = [],
): (string | number)[][] {
  if (typeof value !== "object" || value === null) return out;
  for (const [k, v] of Object.entries(value)) {
    const key = Array.isArray(value) && /^\d+$/.test(k) ? Number(k) : k;
    out.push([...prefix, key]);
    paths(v, [...prefix, key], out);
  }
  return out;
}

/** A mutation of one record: set, delete or add keys at existing paths. */
export type Mutation =
  | { kind: "set"; at: number; value: unknown }
  | { kind: "delete"; at: number }
  | { kind: "add"; at: number; key: string; value: unknown };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant("set" as const), at: fc.nat(), value: hostileValue }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("delete" as const), at: fc.nat() }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant("add" as const),
      at: fc.nat(),
      key: fc.constantFrom("__proto__", "constructor", "prototype", "extra", "toString", "valueOf"),
      value: hostileValue,
    }),
  },
);

/**
 * Applies mutations to a deep copy of `record`, always with
 * `Object.defineProperty` so a `__proto__` key becomes an own property (as
 * `JSON.parse` makes it) instead of changing the copy's prototype.
 */
export function mutate(record: unknown, mutations: readonly Mutation[]): unknown {
  const copy = structuredClone(record);
  for (const m of mutations) {
    const all = paths(copy);
    if (all.length === 0) break;
    const path = all[m.at % all.length] as (string | number)[];
    let parent = copy as Json;
    for (const key of path.slice(0, -1)) parent = (parent as Record<string | number, unknown>)[key] as Json;
    const key = path[path.length - 1] as string | number;
    if (m.kind === "delete") {
      if (Array.isArray(parent) && typeof key === "number") parent.splice(key, 1);
      else delete (parent as Record<string, unknown>)[key as string];
      continue;
    }
    const target =
      m.kind === "add"
        ? (() => {
            const node = (parent as Record<string | number, unknown>)[key];
            return typeof node === "object" && node !== null && !Array.isArray(node) ? (node as Json) : parent;
          })()
        : parent;
    const name = m.kind === "add" ? m.key : key;
    Object.defineProperty(target, name, { value: m.value, enumerable: true, writable: true, configurable: true });
  }
  return copy;
}

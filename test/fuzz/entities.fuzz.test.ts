/**
 * Hostile input at the entity entry points: `parse`, `safeParse` and
 * `parseBatch` of every entity schema, fed arbitrary JSON, arbitrary JS values,
 * and valid fixture records with hostile fields. Asserts: only coded errors
 * (and none at all from `safeParse` / `parseBatch` for bad data), every batch
 * input accounted for exactly once, `Object.prototype` untouched.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ConsularCaseSchema,
  DelegationSchema,
  EmulationClusterSchema,
  InternationalAgreementSchema,
  InternationalConferenceSchema,
  isNgoaivuError,
  MemberSchema,
  NgoProjectSchema,
  OdaProjectSchema,
  ProposalSchema,
  parse,
  parseBatch,
  safeParse,
  TwinningRelationSchema,
} from "../../src/index.js";
import { unchecked } from "../_caught.js";
import {
  expectProtoUntouched,
  FIXTURE_FILES,
  type Mutation,
  mutate,
  mutation,
  nested,
  outcome,
  POLLUTING_JSON,
  protoSnapshot,
  runs,
  validFixtures,
} from "./_hostile.js";

type Schema = Parameters<typeof parseBatch>[0];
const SCHEMAS: Record<(typeof FIXTURE_FILES)[keyof typeof FIXTURE_FILES], Schema> = {
  DelegationSchema,
  InternationalAgreementSchema,
  ConsularCaseSchema,
  OdaProjectSchema,
  NgoProjectSchema,
  InternationalConferenceSchema,
  TwinningRelationSchema,
  ProposalSchema,
  MemberSchema,
  EmulationClusterSchema,
};
const ALL = Object.entries(FIXTURE_FILES).map(([file, name]) => ({
  file: file as keyof typeof FIXTURE_FILES,
  name,
  schema: SCHEMAS[name],
  valid: validFixtures(file as keyof typeof FIXTURE_FILES),
}));
const ENTITIES = ALL;
/** An entity, drawn by file name (so a counterexample prints a name, not a schema). */
const entity = fc.constantFrom(...ALL.map((e) => e.file));
const byFile = (file: string) => ALL.find((e) => e.file === file) as (typeof ALL)[number];

let snapshot: ReturnType<typeof protoSnapshot>;
beforeAll(() => {
  snapshot = protoSnapshot();
});
afterAll(() => {
  expectProtoUntouched(snapshot);
});

/** Checks one batch result against its inputs: indices 0..n−1 exactly once, issues well formed. */
function expectAccounted(result: ReturnType<typeof parseBatch>, n: number): void {
  expect(result.valid.length + result.invalid.length).toBe(n);
  const seen = [...result.valid.map((v) => v.index), ...result.invalid.map((r) => r.index)].sort((a, b) => a - b);
  expect(seen).toEqual(Array.from({ length: n }, (_, i) => i));
  for (const bad of result.invalid) {
    expect(bad.issues.length).toBeGreaterThan(0);
    for (const issue of bad.issues) {
      expect(typeof issue.code).toBe("string");
      expect(typeof issue.message).toBe("string");
      expect(issue.message.length).toBeGreaterThan(0);
      expect(Array.isArray(issue.path)).toBe(true);
    }
  }
}

/** safeParse must not throw; parse throws only a coded error, and exactly when safeParse fails. */
function expectConsistent(schema: Schema, input: unknown, lang: "en" | "vi" = "en"): void {
  const safe = safeParse(schema, input, { lang });
  const thrown = outcome(() => parse(schema, input, { lang }));
  if (safe.success) expect(thrown).toBe("ok");
  else {
    expect(safe.issues.length).toBeGreaterThan(0);
    expect(thrown).toBe(safe.issues[0]?.code);
  }
}

describe("fuzz: entity schemas", { timeout: 30_000 }, () => {
  it("the valid fixtures parse (the mutations below start from real records)", () => {
    for (const e of ENTITIES) {
      expect(e.valid.length, e.file).toBeGreaterThan(0);
      expectAccounted(parseBatch(e.schema, e.valid), e.valid.length);
      expect(parseBatch(e.schema, e.valid).invalid, e.file).toEqual([]);
    }
  });

  it("arbitrary JSON values: safeParse never throws, parse throws only coded errors", () => {
    fc.assert(
      fc.property(entity, fc.jsonValue({ maxDepth: 4 }), fc.constantFrom("en", "vi"), (file, json, lang) => {
        const e = byFile(file);
        expectConsistent(e.schema, json, lang as "en" | "vi");
      }),
      runs(300),
    );
  });

  it("arbitrary JS values (functions, symbols, class instances, getters' absence): only coded errors", () => {
    fc.assert(
      fc.property(
        entity,
        fc.anything({
          maxDepth: 3,
          withBigInt: true,
          withDate: true,
          withMap: true,
          withSet: true,
          withTypedArray: true,
        }),
        (file, value) => {
          const e = byFile(file);
          expectConsistent(e.schema, value);
        },
      ),
      runs(300),
    );
  });

  it("valid records with hostile fields (wrong types, huge strings, 1e400, floats, pollution keys, deep nesting)", () => {
    fc.assert(
      fc.property(entity, fc.nat(), fc.array(mutation, { minLength: 1, maxLength: 4 }), (file, pick, mutations) => {
        const e = byFile(file);
        const record = mutate(e.valid[pick % e.valid.length], mutations);
        expectConsistent(e.schema, record);
        // The same record through JSON, as it arrives from a file: a
        // `__proto__` key is an own property after JSON.parse as well.
        let json: string | undefined;
        try {
          json = JSON.stringify(record);
        } catch {
          json = undefined; // a BigInt value: not JSON, tested as a JS value above
        }
        if (json !== undefined) expectConsistent(e.schema, JSON.parse(json));
      }),
      runs(400),
    );
  });

  it("parseBatch never throws for bad data and accounts for every input exactly once", () => {
    fc.assert(
      fc.property(
        entity,
        fc.array(
          fc.oneof(
            fc.constant("valid" as const),
            fc.jsonValue({ maxDepth: 3 }),
            fc.tuple(fc.nat(), fc.array(mutation, { minLength: 1, maxLength: 3 })),
          ),
          { maxLength: 25 },
        ),
        fc.boolean(),
        (file, plan, strict) => {
          const e = byFile(file);
          const inputs = plan.map((p, i) =>
            p === "valid"
              ? e.valid[i % e.valid.length]
              : Array.isArray(p) && p.length === 2 && typeof p[0] === "number" && Array.isArray(p[1])
                ? mutate(e.valid[p[0] % e.valid.length], unchecked<Mutation[]>(p[1]))
                : p,
          );
          const result = parseBatch(e.schema, inputs, { strict });
          expectAccounted(result, inputs.length);
          // Valid fixtures stay valid in a batch of hostile neighbours (non-strict).
          if (!strict)
            plan.forEach((p, i) => {
              if (p === "valid") expect(result.valid.some((v) => v.index === i)).toBe(true);
            });
          // The batch agrees with safeParse record by record.
          for (const v of result.valid) expect(safeParse(e.schema, inputs[v.index], { strict }).success).toBe(true);
          for (const r of result.invalid) {
            const one = safeParse(e.schema, inputs[r.index], { strict });
            expect(one.success).toBe(false);
            if (!one.success) expect(one.issues.map((i) => i.code)).toEqual(r.issues.map((i) => i.code));
          }
        },
      ),
      runs(120),
    );
  });

  it("parseBatch takes any iterable, including a generator of 2,000 hostile records", () => {
    const e = ENTITIES[0] as (typeof ENTITIES)[number];
    const source = fc.sample(fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom(...e.valid)), {
      seed: 7,
      numRuns: 2000,
    });
    function* gen() {
      yield* source;
    }
    expectAccounted(parseBatch(e.schema, gen()), 2000);
    expectAccounted(parseBatch(e.schema, new Set(["a", "b", "a"])), 2);
  });

  it("parseBatch refuses a non-iterable with INVALID_ARGUMENT, and only that", () => {
    for (const e of ENTITIES) {
      for (const bad of [null, undefined, 42, "abc", { length: 2, 0: {}, 1: {} }, {}]) {
        // A string is refused too, though iterable: its characters are not records.
        // @ts-expect-error none of these is a list of records
        expect(outcome(() => parseBatch(e.schema, bad))).toBe("INVALID_ARGUMENT");
      }
    }
  });

  it("pollution keys are refused as FORBIDDEN_KEY at any depth, and nothing leaks onto Object.prototype", () => {
    for (const e of ENTITIES) {
      for (const text of POLLUTING_JSON) {
        const hostile = JSON.parse(text) as unknown;
        const base = e.valid[0] as Record<string, unknown>;
        // Alone, spread into a valid record (spread keeps `__proto__` an own key), and nested in it.
        const records = [hostile, { ...base, extra: hostile }];
        if (!Array.isArray(hostile)) records.push({ ...base, ...(hostile as object) });
        for (const r of records) {
          const result = safeParse(e.schema, r);
          expect(result.success, `${e.file} ${text}`).toBe(false);
          if (!result.success) expect(result.issues.map((i) => i.code)).toContain("FORBIDDEN_KEY");
        }
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
      }
    }
  });

  it("deep nesting is refused as TOO_DEEP without a stack overflow, even 100,000 levels deep", () => {
    for (const e of ENTITIES) {
      const base = e.valid[0] as Record<string, unknown>;
      for (const depth of [17, 100, 5_000, 100_000]) {
        const result = safeParse(e.schema, { ...base, extra: nested(depth) });
        expect(result.success).toBe(false);
        if (!result.success) expect(result.issues.map((i) => i.code)).toContain("TOO_DEEP");
        expectAccounted(parseBatch(e.schema, [nested(depth), base]), 2);
      }
    }
  });

  it("a thrown parse error is a NgoaivuError carrying every issue as its cause", () => {
    const e = ENTITIES[0] as (typeof ENTITIES)[number];
    try {
      parse(e.schema, { direction: 1, start: "2023-02-29" });
      expect.unreachable();
    } catch (error) {
      expect(isNgoaivuError(error)).toBe(true);
      expect(Array.isArray((error as Error).cause)).toBe(true);
      expect(((error as Error).cause as unknown[]).length).toBeGreaterThan(1);
    }
  });
});

/**
 * The decoders compiled from the schemas (src/entities/_decoder.ts) against
 * zod: for every input, `safeParse` / `parseBatch` with the decoder give
 * exactly what zod alone gives (the same data, keys in the same order, the
 * same issues), a decoder never takes what zod refuses, and it really takes
 * the well-formed records. Every record kind.
 *
 * The zod-only side is a `clone()` of the schema marked `withoutDecoder`:
 * the same definition, decoded by zod alone.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ZodType } from "zod";
import { compileDecoder, decoderOf, FAIL, fastPathOf, withoutDecoder } from "../../src/entities/_decoder.js";
import { COUNTRY_CODES } from "../../src/entities/_deps.js";
import * as lib from "../../src/index.js";
import {
  DEFAULT_LIMITS,
  DelegationSchema,
  type InputLimits,
  Money,
  type ParseOptions,
  parseBatch,
  safeParse,
} from "../../src/index.js";
import { FIXTURE_FILES, mutate, mutation, runs, validFixtures } from "../fuzz/_hostile.js";
import { loadFixtures } from "./_fixtures.js";

const zodOnly = withoutDecoder(DelegationSchema.clone());

/** The value with its key order made visible (`toEqual` ignores order). */
function ordered(value: unknown): unknown {
  if (Money.isMoney(value)) return { money: [value._units, value._scale, value.currency] };
  if (Array.isArray(value)) return value.map(ordered);
  if (typeof value === "object" && value !== null)
    return Object.entries(value).map(([k, v]) => [k, ordered(v)] as const);
  return value;
}

/** Asserts the public answer is the same with and without the fast path; returns whether the fast path took it. */
function agree(input: unknown, options?: ParseOptions): boolean {
  const limits: InputLimits = { ...DEFAULT_LIMITS, ...options?.limits };
  const fast = fastPathOf(DelegationSchema, limits);
  const taken = fast !== undefined && fast(input, limits.maxStringLength) !== FAIL;
  const withFast = safeParse(DelegationSchema, input, options);
  const without = safeParse(zodOnly, input, options);
  expect(withFast).toEqual(without);
  expect(ordered(withFast)).toEqual(ordered(without));
  if (taken) expect(without.success).toBe(true);
  return taken;
}

const fixtures = loadFixtures("delegation");

describe("the delegation decoder", () => {
  it("is compiled for DelegationSchema, and not for a copy marked withoutDecoder", () => {
    expect(fastPathOf(DelegationSchema, DEFAULT_LIMITS)).toBeTypeOf("function");
    expect(fastPathOf(zodOnly, DEFAULT_LIMITS)).toBeUndefined();
  });

  it("takes every valid fixture written as days, and agrees with zod on it", () => {
    let taken = 0;
    for (const f of fixtures.valid) if (agree(f.record)) taken++;
    const days = fixtures.valid.filter((f) => !JSON.stringify(f.record).includes("T0"));
    expect(taken).toBeGreaterThanOrEqual(days.length);
    expect(taken).toBeGreaterThan(0);
  });

  it("agrees with zod on every invalid fixture (and takes none)", () => {
    for (const f of fixtures.invalid) expect(agree(f.record)).toBe(false);
  });

  it("agrees with zod in strict mode and under tight limits", () => {
    const record = fixtures.valid[0]?.record;
    expect(agree(record, { strict: true })).toBe(true);
    expect(agree({ ...(record as object), extra: 1 }, { strict: true })).toBe(false);
    expect(agree(record, { limits: { maxDepth: 1 } })).toBe(false); // TOO_DEEP, from the guard
    expect(agree(record, { limits: { maxDepth: 2 } })).toBe(true);
    expect(agree(record, { limits: { maxStringLength: 8 } })).toBe(false); // TOO_LONG
    expect(agree(record, { lang: "vi" })).toBe(true);
  });

  it("gives up on what it does not vouch for: instants, undefined keys, odd objects, polluting keys", () => {
    const record = fixtures.valid[0]?.record as Record<string, unknown>;
    expect(agree({ ...record, start: "2024-06-27T20:00:00Z" })).toBe(true); // the day check reads the Vietnam day, as in zod
    expect(agree({ ...record, id: undefined })).toBe(false); // zod keeps the key
    expect(agree(Object.assign(Object.create(null), record))).toBe(true);
    expect(agree(Object.assign(Object.create({ inherited: 1 }), record))).toBe(false);
    expect(agree(JSON.parse(`{"__proto__":{"polluted":1},${JSON.stringify(record).slice(1)}`))).toBe(false);
    expect(agree({ ...record, cost: { amount: "350000000", currency: "VND", note: "x" } })).toBe(false);
    expect(agree({ ...record, cost: { amount: "0.5", currency: "VND" } })).toBe(false); // PRECISION_EXCEEDED
    expect(agree({ ...record, cost: { amount: "1", currency: "XYZ" } })).toBe(false); // UNKNOWN_CURRENCY
    expect(agree({ ...record, end: "2024-06-01" })).toBe(false); // END_BEFORE_START
    expect(agree({ ...record, countries: ["KR", "KR"] })).toBe(false); // DUPLICATE_ID
    expect(agree({ ...record, countries: ["JP", "KR", "FR", "KR"] })).toBe(false); // DUPLICATE_ID
    expect(agree({ ...record, countries: ["JP", "KR", "FR"] })).toBe(true);
    expect(agree({ ...record, cost: { amount: "-350000000", currency: "VND" } })).toBe(false); // OUT_OF_RANGE
    expect(agree({ ...record, cost: { amount: "-0", currency: "VND" } })).toBe(true); // zero, not negative
    expect(agree({ ...record, start: "2024-06-27 20:00:00+00" })).toBe(true); // an instant in PostgreSQL's text form
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("trims names and texts and copies arrays, as zod does", () => {
    const record = { ...(fixtures.valid[0]?.record as object), purpose: "\u00a0 Trade \n", partners: [" A "] };
    expect(agree(record)).toBe(true);
    const input = { ...record, countries: ["KR"] };
    const out = safeParse(DelegationSchema, input);
    expect(out.success && out.data.purpose).toBe("Trade");
    expect(out.success && out.data.countries).not.toBe(input.countries);
  });

  // Each field drawn mostly from valid values, sometimes from values at or just past its limits.
  const pick = (valid: unknown[], edge: unknown[]) =>
    fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...valid) }, { weight: 1, arbitrary: fc.constantFrom(...edge) });
  const ABSENT = Symbol("absent");
  const field = {
    id: pick([ABSENT, "DR-1", "x".repeat(128)], ["", "x".repeat(129), 5, null]),
    member: pick(["so-ngoai-vu-hai-phong", "a", "a".repeat(64)], ["a".repeat(65), "A-b", "a--b", " a", ""]),
    direction: pick(["outgoing", "incoming"], ["Outgoing", ABSENT]),
    start: pick(
      ["2024-02-29", "2024-01-01", "2024-06-30T20:00:00Z"],
      // Then forms at the edge of the reader: PostgreSQL's text form (valid, for zod to read) and one without a zone.
      ["2023-02-29", "2024-13-01", "2024-1-01", "0000-01-01", "2024-06-30 20:00:00+00", "2024-06-30 20:00:00"],
    ),
    end: pick(["2024-03-01", "9999-12-31", "2024-07-01T01:00:00+07:00"], ["2024-02-28", "2023-12-31", 20240301]),
    countries: pick(
      [["KR"], ["KR", "JP"], COUNTRY_CODES.slice(0, 50)],
      [
        [],
        ["kr"],
        ["XX"],
        COUNTRY_CODES.slice(0, 51),
        ["KR", 1],
        "KR",
        ["KR", "KR"],
        ["KR", "JP", "KR"],
        Array(50).fill("JP"),
        [...COUNTRY_CODES.slice(0, 49), "AD"],
      ],
    ),
    partners: pick(
      [ABSENT, [], ["  A "], ["x".repeat(500)], [` ${"x".repeat(500)} `]],
      [["   "], ["x".repeat(501)], [1]],
    ),
    ledBy: pick(["other", "party-secretary", "department-head"], ["boss", ""]),
    headcount: pick([1, 10_000, 7], [0, 10_001, 1.5, "3", Number.NaN, -0, 2 ** 53]),
    purpose: pick(["p", "  p  ", "x".repeat(5000), ` ${"x".repeat(5000)} `, "\u200bp"], ["", "   ", "x".repeat(5001)]),
    cost: pick(
      [
        ABSENT,
        { amount: "350000000", currency: "VND" },
        { amount: "1.25", currency: "USD" },
        { amount: "0", currency: "VND" },
        { amount: "-0", currency: "VND" },
        { amount: "00012", currency: "VND" },
        { amount: "1.0", currency: "VND" },
      ],
      [
        { amount: "-5", currency: "VND" },
        { amount: "-0.01", currency: "USD" },
        { amount: "1.255", currency: "USD" },
        { amount: "0.5", currency: "VND" },
        { amount: "1", currency: "vnd" },
        { amount: 1, currency: "VND" },
        { amount: "1", currency: "VND", extra: 1 },
        { amount: "9".repeat(1001), currency: "VND" },
        [],
      ],
    ),
    status: pick(["completed", "planned", "cancelled"], ["done"]),
    extra: pick([ABSENT], [1]),
  };
  const nearValid = fc.record(field).map((r) => {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(r)) if (v !== ABSENT) out[k] = structuredClone(v);
    return out;
  });
  const options = fc.constantFrom<ParseOptions | undefined>(
    undefined,
    { strict: true },
    { lang: "vi" },
    { limits: { maxStringLength: 600 } },
    { limits: { maxStringLength: 9 } }, // every string but the days fits
    { limits: { maxStringLength: 2 } }, // only the country codes fit
    { limits: { maxDepth: 2 } },
    { limits: { maxDepth: 1 } },
  );

  it("property: on near-valid records, the answer is zod's, and the fast path takes the good ones", () => {
    let taken = 0;
    let total = 0;
    fc.assert(
      fc.property(nearValid, options, (record, opts) => {
        total++;
        if (agree(record, opts)) taken++;
      }),
      runs(3000),
    );
    // Each field above is valid 8 times in 9: some records pass whole.
    expect(taken).toBeGreaterThan(total / 20);
  });

  it("property: on hostile mutations of the fixtures, the answer is zod's", () => {
    const records = validFixtures("delegation");
    fc.assert(
      fc.property(fc.nat(records.length - 1), fc.array(mutation, { maxLength: 3 }), (i, ms) => {
        agree(mutate(records[i], ms));
      }),
      runs(1500),
    );
  });

  it("property: parseBatch gives zod's answer for arrays and iterables, in input order, losing nothing", () => {
    fc.assert(
      fc.property(fc.array(nearValid, { maxLength: 30 }), options, (records, opts) => {
        const expected = parseBatch(zodOnly, records, opts);
        const fromArray = parseBatch(DelegationSchema, records, opts);
        const fromIterable = parseBatch(DelegationSchema, new Set(records), opts);
        expect(fromArray).toEqual(expected);
        expect(fromIterable).toEqual(expected);
        expect(fromArray.valid.length + fromArray.invalid.length).toBe(records.length);
        const indices = fromArray.valid.map((v) => v.index);
        expect(indices).toEqual([...indices].sort((a, b) => a - b));
      }),
      runs(300),
    );
  });

  it("parseBatch merges records zod accepts after the fast path gave up back in input order", () => {
    const record = fixtures.valid[0]?.record as Record<string, unknown>;
    const instant = { ...record, start: "2024-06-27T20:00:00Z" }; // valid, but only zod reads instants
    const bad = { ...record, direction: "sideways" };
    const result = parseBatch(DelegationSchema, [instant, record, bad, instant, record]);
    expect(result.valid.map((v) => v.index)).toEqual([0, 1, 3, 4]);
    expect(result.valid[0]?.value.start).toBe("2024-06-28");
    expect(result.invalid.map((v) => v.index)).toEqual([2]);
  });

  it("checks each input of an iterable while it is current (one object handed out again, changed)", () => {
    const record = { ...(fixtures.valid[0]?.record as Record<string, unknown>) };
    function* rows() {
      record.direction = "sideways";
      yield record;
      record.direction = "outgoing";
      record.start = "2024-06-27T20:00:00Z";
      yield record;
    }
    const result = parseBatch(DelegationSchema, rows());
    expect(result.invalid.map((v) => v.index)).toEqual([0]);
    expect(result.valid.map((v) => v.index)).toEqual([1]);
  });
});

describe("the decoder and the slow path together", () => {
  const record = fixtures.valid[0]?.record as Record<string, unknown>;

  it("merges two runs of fast records around a late one (input order, none overwritten)", () => {
    const instant = { ...record, start: "2024-06-27T20:00:00Z" }; // valid, but only zod reads instants
    const result = parseBatch(DelegationSchema, [instant, record, record, record]);
    expect(result.valid.map((v) => v.index)).toEqual([0, 1, 2, 3]);
    expect(result.valid[0]?.value.start).toBe("2024-06-28");
    expect(result.valid.slice(1).every((v) => v.value.start === record.start)).toBe(true);
  });

  it("leaves to the guard an amount longer than the limit when every other string fits", () => {
    const short = {
      member: "a",
      direction: "incoming",
      start: "2024-03-01",
      end: "2024-03-02",
      countries: ["JP"],
      ledBy: "other",
      headcount: 2,
      purpose: "p",
      status: "planned",
      cost: { amount: "1576566000000", currency: "VND" },
    };
    expect(agree(short, { limits: { maxStringLength: 10 } })).toBe(false);
    const result = safeParse(DelegationSchema, short, { limits: { maxStringLength: 10 } });
    expect(result.success ? [] : result.issues.map((i) => [i.code, i.path])).toEqual([
      ["TOO_LONG", ["cost", "amount"]],
    ]);
    expect(agree(short, { limits: { maxStringLength: 13 } })).toBe(true);
  });

  it("reports a bad day alone, without the cross-field rule comparing it", () => {
    const result = safeParse(DelegationSchema, { ...record, start: "2024-13-01", end: "2024-01-01" });
    expect(result.success ? [] : result.issues.map((i) => i.code)).toEqual(["INVALID_DATE"]);
  });
});

// ── every record kind ───────────────────────────────────────────────────────

type ZodLike = ZodType;
const SCHEMAS = lib as unknown as Record<string, ZodLike>;

/** A schema's decoder agrees with zod on one input. */
function agreeWith(schema: ZodLike, zodSide: ZodLike, input: unknown, options?: ParseOptions): boolean {
  const limits: InputLimits = { ...DEFAULT_LIMITS, ...options?.limits };
  const decoder = decoderOf(schema);
  const a =
    decoder === undefined || decoder.depth > limits.maxDepth ? FAIL : decoder.decode(input, limits.maxStringLength);
  // Compiled afresh, the same answer: a change to the compiler shows here, not only in the cached decoder.
  const fresh = compileDecoder(schema);
  expect(fresh?.depth).toBe(decoder?.depth);
  const b = fresh === undefined || fresh.depth > limits.maxDepth ? FAIL : fresh.decode(input, limits.maxStringLength);
  expect(ordered(b === FAIL ? "FAIL" : b)).toEqual(ordered(a === FAIL ? "FAIL" : a));
  const withDecoder = safeParse(schema, input, options);
  const without = safeParse(zodSide, input, options);
  expect(withDecoder).toStrictEqual(without);
  expect(ordered(withDecoder)).toEqual(ordered(without));
  if (a !== FAIL) {
    expect(without.success).toBe(true);
    expect(ordered(a)).toEqual(ordered(without.success ? without.data : undefined));
  }
  return a !== FAIL;
}

/** A near-valid record: fields of one valid fixture, some taken from another fixture or nudged to an edge. */
function crossOver(records: readonly unknown[]): fc.Arbitrary<unknown> {
  const edge = fc.constantFrom<unknown>(
    undefined,
    "",
    " ",
    "x".repeat(501),
    -1,
    0,
    1.5,
    null,
    [],
    {},
    "2024-02-30",
    "9".repeat(20),
  );
  return fc
    .tuple(
      fc.nat(records.length - 1),
      fc.nat(records.length - 1),
      fc.array(fc.tuple(fc.nat(), fc.boolean(), edge), { maxLength: 3 }),
    )
    .map(([i, j, changes]) => {
      const base = structuredClone(records[i]) as Record<string, unknown>;
      const other = records[j] as Record<string, unknown>;
      const keys = [...new Set([...Object.keys(base), ...Object.keys(other)])].sort();
      for (const [at, fromOther, value] of changes) {
        const key = keys[at % keys.length] as string;
        if (fromOther) {
          if (other[key] === undefined) delete base[key];
          else base[key] = structuredClone(other[key]);
        } else if (value === undefined) delete base[key];
        else base[key] = value;
      }
      return base;
    });
}

describe.each(Object.entries(FIXTURE_FILES))("the %s decoder", (file, schemaName) => {
  const schema = SCHEMAS[schemaName] as ZodLike;
  const zodSide = withoutDecoder(schema.clone());
  const all = loadFixtures(file as keyof typeof FIXTURE_FILES);
  const records = validFixtures(file as keyof typeof FIXTURE_FILES);

  it("is compiled from the schema", () => {
    expect(decoderOf(schema)?.decode).toBeTypeOf("function");
  });

  it("takes every valid fixture and agrees with zod on it", () => {
    for (const f of all.valid) expect(agreeWith(schema, zodSide, f.record), f.name).toBe(true);
  });

  it("takes no invalid fixture and agrees with zod on each", () => {
    for (const f of all.invalid) expect(agreeWith(schema, zodSide, f.record), f.name).toBe(false);
  });

  it("property: near-valid records (fields crossed between fixtures, nudged to edges) get zod's answer", () => {
    let taken = 0;
    fc.assert(
      fc.property(
        crossOver(records),
        fc.constantFrom<ParseOptions | undefined>(
          undefined,
          { strict: true },
          { lang: "vi" },
          { limits: { maxStringLength: 12 } },
          { limits: { maxDepth: 2 } },
        ),
        (record, opts) => {
          if (agreeWith(schema, zodSide, record, opts)) taken++;
        },
      ),
      runs(400),
    );
    expect(taken).toBeGreaterThan(0);
  });

  it("property: hostile mutations of the fixtures get zod's answer", () => {
    fc.assert(
      fc.property(fc.nat(records.length - 1), fc.array(mutation, { maxLength: 3 }), (i, ms) => {
        agreeWith(schema, zodSide, mutate(records[i], ms));
      }),
      runs(400),
    );
  });
});

describe("what the compiler leaves to zod", () => {
  it("compiles no decoder for a union, a lazy schema, a transform, a string format it does not know, coercion or a conditional refinement", async () => {
    const { z } = await import("zod");
    for (const schema of [
      z.object({ a: z.union([z.string(), z.number()]) }),
      z.object({ a: z.lazy(() => z.string()) }),
      z.object({ a: z.string().transform((s) => s.length) }),
      z.object({ a: z.email() }),
      z.object({ a: z.coerce.number() }),
      z.object({ a: z.string().refine((s) => s !== "x", { when: () => true }) }),
      z.object({ a: z.number().multipleOf(5) }),
    ])
      expect(decoderOf(schema)).toBeUndefined();
  });

  it("leaves to zod, too, a numeric enum, a checked optional, a pipe into what it does not know, an int32 and a tree", async () => {
    const { z } = await import("zod");
    enum Level {
      Low = 1,
      High = 2,
    }
    type Tree = { name: string; child?: Tree | undefined };
    const TreeSchema: ZodType<Tree> = z.object({
      name: z.string(),
      get child() {
        return TreeSchema.optional();
      },
    });
    for (const schema of [
      z.object({ a: z.enum(Level) }),
      z.object({
        a: z
          .string()
          .optional()
          .refine((v) => v !== "x"),
      }),
      z.object({ a: z.string().pipe(z.email()) }),
      z.object({ a: z.email().pipe(z.string()) }),
      z.object({ a: z.int32() }),
      z.object({
        a: z.array(
          z
            .string()
            .nullable()
            .refine((v) => v !== "x"),
        ),
      }),
      z.object({
        a: z.array(
          z
            .string()
            .optional()
            .refine((v) => v !== "x"),
        ),
      }),
      z.object({
        a: z.array(
          z
            .string()
            .transform((v) => v)
            .nullable(),
        ),
      }),
      TreeSchema,
    ])
      expect(compileDecoder(schema)).toBeUndefined();
  });

  it("measures the nesting of what it accepts: a record 1, each array or object inside one more, a pipe its deeper side", async () => {
    const { z } = await import("zod");
    expect(decoderOf(z.string())?.depth).toBe(0);
    expect(decoderOf(z.object({ a: z.string() }))?.depth).toBe(1);
    expect(decoderOf(z.object({ a: z.array(z.object({ b: z.array(z.string()) })) }))?.depth).toBe(4);
    expect(decoderOf(z.object({ a: z.string().optional(), b: z.array(z.string()).nullable() }))?.depth).toBe(2);
    expect(
      decoderOf(z.object({ a: z.object({ b: z.string() }).pipe(z.object({ b: z.string().min(1) })) }))?.depth,
    ).toBe(2);
    expect(decoderOf(z.array(z.array(z.string()).optional()))?.depth).toBe(2);
    expect(decoderOf(z.array(z.array(z.string()).nullable()))?.depth).toBe(2);
    expect(decoderOf(DelegationSchema)?.depth).toBe(2);
    expect(decoderOf(lib.OdaProjectSchema)?.depth).toBe(4); // transactions[].value.amount
  });

  it("writes keys that are no identifier, resets a global pattern, and decodes optional and nullable items and a pipe without a transform, as zod does", async () => {
    const { z } = await import("zod");
    const schema = z.object({
      "member-id": z.string(),
      "2nd": z.string().regex(/ab/g),
      items: z.array(z.string().optional()),
      maybe: z.array(z.number().nullable()),
      piped: z.string().pipe(z.string().min(2)),
    });
    const zodSide = withoutDecoder(schema.clone());
    const good = { "member-id": "x", "2nd": "ab", items: ["a", undefined], maybe: [null, 1], piped: "xy" };
    // The same pattern twice in a row: a global regular expression keeps its lastIndex between tests.
    for (let i = 0; i < 3; i++) expect(agreeWith(schema, zodSide, good)).toBe(true);
    expect(
      Object.keys(safeParse(schema, good).success ? (safeParse(schema, good) as { data: object }).data : {}),
    ).toEqual(["member-id", "2nd", "items", "maybe", "piped"]);
    for (const bad of [
      { ...good, piped: "x" },
      { ...good, maybe: [undefined] },
      { ...good, items: [null] },
      { ...good, "2nd": "b" },
    ])
      expect(agreeWith(schema, zodSide, bad)).toBe(false);
  });

  it("runs a check that parses with its own schema again (a payload of its own each time)", async () => {
    const { z } = await import("zod");
    const { parse } = await import("../../src/index.js");
    const inner: { seen: unknown[] } = { seen: [] };
    const schema: ZodType<{ name: string; nested?: boolean | undefined }> = z
      .object({ name: z.string(), nested: z.boolean().optional() })
      .check((payload) => {
        if (payload.value.nested !== true) parse(schema, { name: `${payload.value.name}-inner`, nested: true });
        inner.seen.push(payload.value.name);
        if (payload.value.name === "bad") payload.issues.push({ code: "custom", message: "bad", input: payload.value });
      });
    expect(parse(schema, { name: "outer" })).toEqual({ name: "outer" });
    expect(inner.seen).toEqual(["outer-inner", "outer"]);
    const zodSide = withoutDecoder(schema.clone());
    expect(agreeWith(schema, zodSide, { name: "bad" })).toBe(false);
    expect(agreeWith(schema, zodSide, { name: "good" })).toBe(true);
  });

  it("leaves to zod a schema whose definition cannot be read", async () => {
    const { z } = await import("zod");
    const schema = z.object({ a: z.string() });
    Object.defineProperty(schema._zod.def, "shape", {
      get() {
        throw new Error("unreadable");
      },
    });
    expect(decoderOf(schema)).toBeUndefined();
  });

  it("compiles an app's own schema too, with zod's answers", async () => {
    const { z } = await import("zod");
    const schema = z
      .object({
        name: z.string().trim().min(2).max(5),
        n: z.number().gt(0).lt(10),
        tags: z.array(z.enum(["a", "b"])).length(2),
        ok: z.boolean(),
        kind: z.literal(["x", 3]),
        maybe: z.string().nullable().optional(),
      })
      .check((p) => {
        if (p.value.name === "bad") p.issues.push({ code: "custom", message: "bad", input: p.value, path: ["name"] });
      });
    const zodSide = withoutDecoder(schema.clone());
    const good = { name: " ab ", n: 9.5, tags: ["a", "b"], ok: false, kind: 3, maybe: null };
    expect(agreeWith(schema, zodSide, good)).toBe(true);
    expect(safeParse(schema, good)).toEqual({
      success: true,
      data: { name: "ab", n: 9.5, tags: ["a", "b"], ok: false, kind: 3, maybe: null },
    });
    for (const bad of [
      { ...good, name: " a " },
      { ...good, name: "bad" },
      { ...good, n: 10 },
      { ...good, n: 0 },
      { ...good, n: Number.NaN },
      { ...good, tags: ["a"] },
      { ...good, tags: ["a", "c"] },
      { ...good, ok: 1 },
      { ...good, kind: "y" },
      { ...good, maybe: 5 },
    ])
      expect(agreeWith(schema, zodSide, bad)).toBe(false);
  });
});

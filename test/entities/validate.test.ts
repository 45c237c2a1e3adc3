import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  type DelegationInput,
  DelegationSchema,
  encode,
  isNgoaivuError,
  MemberSchema,
  type NgoaivuError,
  parse,
  parseBatch,
  safeParse,
} from "../../src/index.js";
import { caught, caughtError, caughtParams } from "../_caught.js";

const trip: DelegationInput = {
  member: "so-ngoai-vu-hai-phong",
  direction: "outgoing",
  start: "2024-06-28",
  end: "2024-07-03",
  countries: ["KR"],
  ledBy: "people-committee-vice-chair",
  headcount: 6,
  purpose: "Trade promotion in Incheon",
  cost: { amount: "350000000", currency: "VND" },
  status: "completed",
};

function issuesOf(result: ReturnType<typeof safeParse>) {
  if (result.success) throw new Error("expected issues");
  return result.issues;
}

const anything = z.unknown();

function issues(input: unknown, limits?: { maxDepth?: number; maxStringLength?: number }) {
  const r = safeParse(anything, input, limits === undefined ? {} : { limits });
  return r.success ? [] : r.issues.map((i) => ({ code: i.code, path: i.path, params: i.params }));
}

describe("parse and safeParse", () => {
  it("decodes a delegation's wire form: the cost becomes exact Money", () => {
    const d = parse(DelegationSchema, trip);
    expect(d.cost?.toString()).toBe("350000000 VND");
    expect(d.start).toBe("2024-06-28");
  });

  it("throws the first issue as a NgoaivuError, with every issue as its cause", () => {
    let caught: unknown;
    try {
      parse(DelegationSchema, { ...trip, direction: "sideways", headcount: 0 });
    } catch (error) {
      caught = error;
    }
    expect(isNgoaivuError(caught)).toBe(true);
    const error = caught as NgoaivuError;
    expect(error.code).toBe("INVALID_ENUM");
    expect(error.path).toEqual(["direction"]);
    expect((error.cause as unknown[]).length).toBe(2);
  });

  it("words messages in Vietnamese when asked, English by default", () => {
    const en = issuesOf(safeParse(DelegationSchema, { ...trip, end: "2024-06-01" }));
    const vi = issuesOf(safeParse(DelegationSchema, { ...trip, end: "2024-06-01" }, { lang: "vi" }));
    expect(en[0]?.message).toBe("The end date 2024-06-01 is before the start date 2024-06-28");
    expect(vi[0]?.message).toBe("Ngày kết thúc 2024-06-01 trước ngày bắt đầu 2024-06-28");
    expect(() => parse(DelegationSchema, { ...trip, end: "2024-06-01" }, { lang: "vi" })).toThrow(
      "Ngày kết thúc 2024-06-01 trước ngày bắt đầu 2024-06-28",
    );
  });

  it("strips unknown keys by default and reports each, at any depth, in strict mode", () => {
    const loose = { ...trip, note: "x", cost: { amount: "1", currency: "VND", rate: 1 } };
    const stripped = parse(DelegationSchema, loose);
    expect(Object.hasOwn(stripped, "note")).toBe(false);
    expect(encode(DelegationSchema, stripped).cost).toEqual({ amount: "1", currency: "VND" });
    const strict = issuesOf(safeParse(DelegationSchema, loose, { strict: true }));
    expect(strict.map((i) => [i.code, i.path])).toEqual(
      expect.arrayContaining([
        ["UNKNOWN_KEY", ["note"]],
        ["UNKNOWN_KEY", ["cost", "rate"]],
      ]),
    );
    expect(strict).toHaveLength(2);
    expect(safeParse(DelegationSchema, trip, { strict: true }).success).toBe(true);
  });

  it("makes every kind of nested object strict: unions, intersections, records, defaults, pipes", () => {
    const point = z.object({ x: z.number() });
    const schema = z.object({
      u: z.union([point, z.string()]),
      i: z.intersection(point, z.object({ y: z.number() }).loose()),
      r: z.record(z.string(), point),
      d: point.default({ x: 0 }),
      n: point.nullable(),
      p: z.string().pipe(z.string()),
      c: z.object({ x: z.number() }).catchall(z.string()),
      l: z.lazy(() => point),
    });
    const input = {
      u: { x: 1, extra: 1 },
      i: { x: 1, y: 2, extra: 1 },
      r: { a: { x: 1, extra: 1 } },
      d: { x: 1, extra: 1 },
      n: { x: 1, extra: 1 },
      p: "p",
      c: { x: 1, free: "text" },
      l: { x: 1, extra: 1 },
    };
    expect(safeParse(schema, input).success).toBe(true);
    const strict = issuesOf(safeParse(schema, input, { strict: true }));
    expect(strict.map((i) => i.path.join("."))).toEqual(
      expect.arrayContaining(["u.extra", "i.extra", "r.a.extra", "d.extra", "n.extra"]),
    );
    expect(strict.every((i) => i.code === "UNKNOWN_KEY" || i.code === "INVALID_TYPE")).toBe(true);
    expect(strict.some((i) => i.path[0] === "c" || i.path[0] === "l")).toBe(false);
    expect(safeParse(schema, input, { strict: true })).toEqual(safeParse(schema, input, { strict: true }));
  });

  it("keeps the domain rules in strict mode", () => {
    const issues = issuesOf(safeParse(DelegationSchema, { ...trip, end: "2024-01-01" }, { strict: true }));
    expect(issues.map((i) => i.code)).toEqual(["END_BEFORE_START"]);
  });

  it("refuses misuse with INVALID_ARGUMENT, never bad data", () => {
    // @ts-expect-error a plain object is not a zod schema
    expect(caught(() => safeParse({}, trip)).code).toBe("INVALID_ARGUMENT");
    // @ts-expect-error "fr" is not a language
    expect(caught(() => safeParse(DelegationSchema, trip, { lang: "fr" })).code).toBe("INVALID_ARGUMENT");
    expect(caught(() => safeParse(DelegationSchema, trip, { limits: { maxDepth: 0 } })).code).toBe("INVALID_ARGUMENT");
    expect(caught(() => safeParse(DelegationSchema, trip, { limits: { maxStringLength: 1.5 } })).code).toBe(
      "INVALID_ARGUMENT",
    );
    // @ts-expect-error a number is not a list of records
    expect(caught(() => parseBatch(DelegationSchema, 42)).code).toBe("INVALID_ARGUMENT");
    // @ts-expect-error null is not a list of records
    expect(caught(() => parseBatch(DelegationSchema, null)).code).toBe("INVALID_ARGUMENT");
    // @ts-expect-error a plain object is not a zod schema
    expect(caught(() => encode({}, trip)).code).toBe("INVALID_ARGUMENT");
    const asyncSchema = z.string().refine(async () => true);
    expect(caught(() => safeParse(asyncSchema, "x")).code).toBe("INVALID_ARGUMENT");
    expect(caught(() => parseBatch(asyncSchema, ["x"])).code).toBe("INVALID_ARGUMENT");
    const buggy = z.string().check(() => {
      throw new TypeError("a bug in a check");
    });
    expect(() => safeParse(buggy, "x")).toThrow(TypeError);
    for (const bad of [undefined, null, 42, "text", [], [trip], { __proto__: null }])
      expect(() => safeParse(DelegationSchema, bad)).not.toThrow();
  });
});

describe("hostile input", () => {
  it("refuses __proto__, constructor and prototype keys at any depth, and never touches Object.prototype", () => {
    const input = JSON.parse(
      '{"member":"so-ngoai-vu-hai-phong","__proto__":{"polluted":true},"cost":{"constructor":{"prototype":{"polluted":true}}},"countries":[{"prototype":1}]}',
    );
    const issues = issuesOf(safeParse(DelegationSchema, input));
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ["FORBIDDEN_KEY", ["__proto__"]],
      ["FORBIDDEN_KEY", ["cost", "constructor"]],
      ["FORBIDDEN_KEY", ["countries", 0, "prototype"]],
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
  });

  it("does not pollute Object.prototype even in strict mode or through the parsed value", () => {
    const input = JSON.parse(JSON.stringify(trip).replace('"member"', '"__proto__":{"polluted":1},"member"'));
    parseBatch(DelegationSchema, [input, input], { strict: true });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("refuses nesting deeper than the limit before building anything from it", () => {
    let deep: unknown = "bottom";
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const issues = issuesOf(safeParse(DelegationSchema, { ...trip, partners: deep }));
    expect(issues).toHaveLength(1);
    expect(issues[0]?.code).toBe("TOO_DEEP");
    expect(issues[0]?.path.slice(0, 2)).toEqual(["partners", 0]);
    expect(issues[0]?.path).toHaveLength(16);
    const nested = { a: { b: { c: { d: {} } } } };
    expect(issuesOf(safeParse(DelegationSchema, nested, { limits: { maxDepth: 3 } }))[0]).toMatchObject({
      code: "TOO_DEEP",
      path: ["a", "b", "c"],
      params: { max: 3 },
    });
  });

  it("refuses huge strings with TOO_LONG before any regular expression runs", () => {
    const issues = issuesOf(safeParse(DelegationSchema, { ...trip, purpose: "x".repeat(5_000_000) }));
    expect(issues).toEqual([
      expect.objectContaining({ code: "TOO_LONG", path: ["purpose"], params: { max: 10_000, length: 5_000_000 } }),
    ]);
    expect(
      issuesOf(
        safeParse(DelegationSchema, { ...trip, countries: ["K".repeat(40)] }, { limits: { maxStringLength: 30 } }),
      ),
    ).toEqual([expect.objectContaining({ code: "TOO_LONG", path: ["countries", 0] })]);
    expect(issuesOf(safeParse(z.string(), "y".repeat(10_001)))[0]?.code).toBe("TOO_LONG");
  });

  it("refuses amounts as JS floats, and exponents, before any float can lose a đồng", () => {
    const float = issuesOf(
      safeParse(DelegationSchema, { ...trip, cost: { amount: 1576566000000.1, currency: "VND" } }),
    );
    expect(float.map((i) => [i.code, i.path])).toEqual([["UNSAFE_NUMBER", ["cost", "amount"]]]);
    const whole = issuesOf(safeParse(DelegationSchema, { ...trip, cost: { amount: 350000000, currency: "VND" } }));
    expect(whole.map((i) => i.code)).toEqual(["INVALID_TYPE"]);
    const exponent = issuesOf(safeParse(DelegationSchema, { ...trip, cost: { amount: "1.5e9", currency: "VND" } }));
    expect(exponent.map((i) => [i.code, i.path])).toEqual([["INVALID_AMOUNT", ["cost", "amount"]]]);
  });

  it("refuses dates that do not exist", () => {
    for (const start of ["2024-02-30", "2023-02-29", "2024-13-01", "2024-00-10"]) {
      const issues = issuesOf(safeParse(DelegationSchema, { ...trip, start }));
      expect(issues.map((i) => [i.code, i.path])).toEqual([["INVALID_DATE", ["start"]]]);
    }
  });
});

describe("the guard: forbidden keys", () => {
  for (const key of ["__proto__", "constructor", "prototype"]) {
    it(`${key} alone, as an own key (as JSON.parse makes it)`, () => {
      const input = JSON.parse(`{"${key}": 1}`) as unknown;
      expect(issues(input)).toEqual([{ code: "FORBIDDEN_KEY", path: [key], params: { key } }]);
      expect(issues({ a: [JSON.parse(`{"${key}": {}}`)] })).toEqual([
        { code: "FORBIDDEN_KEY", path: ["a", 0, key], params: { key } },
      ]);
    });
  }

  it("keys that only start like a forbidden one pass", () => {
    expect(issues({ _proto: 1, constructors: 1, proto: 1, c: 1, p: 1 })).toEqual([]);
  });
});

describe("the guard: string length", () => {
  it("exactly at the limit passes; one over is TOO_LONG with max and length", () => {
    expect(issues({ s: "x".repeat(5) }, { maxStringLength: 5 })).toEqual([]);
    expect(issues({ s: "x".repeat(6) }, { maxStringLength: 5 })).toEqual([
      { code: "TOO_LONG", path: ["s"], params: { max: 5, length: 6 } },
    ]);
    expect(issues(["x".repeat(6)], { maxStringLength: 5 })).toEqual([
      { code: "TOO_LONG", path: [0], params: { max: 5, length: 6 } },
    ]);
    expect(issues("x".repeat(6), { maxStringLength: 5 })).toEqual([
      { code: "TOO_LONG", path: [], params: { max: 5, length: 6 } },
    ]);
  });

  it("when the full walk runs (another problem), a string exactly at the limit is still not reported", () => {
    const input = JSON.parse('{"constructor": 1, "s": "xxxxx"}') as unknown;
    expect(issues(input, { maxStringLength: 5 })).toEqual([
      { code: "FORBIDDEN_KEY", path: ["constructor"], params: { key: "constructor" } },
    ]);
  });

  it("a key named 'undefined' is walked once", () => {
    const input = JSON.parse('{"__proto__": 1, "undefined": "xxxxxx"}') as unknown;
    expect(issues(input, { maxStringLength: 5 })).toEqual([
      { code: "FORBIDDEN_KEY", path: ["__proto__"], params: { key: "__proto__" } },
      { code: "TOO_LONG", path: ["undefined"], params: { max: 5, length: 6 } },
    ]);
    expect(issues(["xxxxxx"], { maxStringLength: 5 })).toHaveLength(1);
  });
});

describe("the guard: depth", () => {
  it("depth exactly at the limit passes; one deeper is TOO_DEEP with max, for arrays and objects", () => {
    // The record is depth 1: { a: { b: 1 } } is depth 2.
    expect(issues({ a: { b: 1 } }, { maxDepth: 2 })).toEqual([]);
    expect(issues({ a: { b: { c: 1 } } }, { maxDepth: 2 })).toEqual([
      { code: "TOO_DEEP", path: ["a", "b"], params: { max: 2 } },
    ]);
    expect(issues([[1]], { maxDepth: 2 })).toEqual([]);
    expect(issues([[[1]]], { maxDepth: 2 })).toEqual([{ code: "TOO_DEEP", path: [0, 0], params: { max: 2 } }]);
    expect(issues({ a: [[1]] }, { maxDepth: 2 })).toEqual([{ code: "TOO_DEEP", path: ["a", 0], params: { max: 2 } }]);
  });

  it("the default limits: 16 levels, 10,000 characters", () => {
    let v: unknown = 1;
    for (let i = 0; i < 16; i++) v = [v];
    expect(issues(v)).toEqual([]);
    expect(issues([v]).map((i) => i.code)).toEqual(["TOO_DEEP"]);
    expect(issues("x".repeat(10_000))).toEqual([]);
    expect(issues("x".repeat(10_001)).map((i) => i.params)).toEqual([{ max: 10_000, length: 10_001 }]);
  });
});

describe("the guard: what it walks", () => {
  it("a null-prototype object is walked like a plain one", () => {
    const o = Object.create(null) as Record<string, unknown>;
    o.s = "xxxxxx";
    expect(issues(o, { maxStringLength: 5 })).toEqual([
      { code: "TOO_LONG", path: ["s"], params: { max: 5, length: 6 } },
    ]);
    const deep = Object.create(null) as Record<string, unknown>;
    deep.a = { b: 1 };
    expect(issues(deep, { maxDepth: 1 }).map((i) => i.code)).toEqual(["TOO_DEEP"]);
  });

  it("class instances (a Decimal, a Date, a Map) are left to the schema, even beside a problem", () => {
    class Holder {
      declare s: string;
      constructor() {
        Object.defineProperty(this, "constructor", { value: "x".repeat(10), enumerable: true });
        this.s = "x".repeat(10);
      }
    }
    expect(issues(new Holder(), { maxStringLength: 5 })).toEqual([]);
    expect(
      issues({ h: new Holder(), d: new Date(0), m: new Map([["k", "x".repeat(10)]]) }, { maxStringLength: 5 }),
    ).toEqual([]);
    const withProblem = JSON.parse('{"prototype": 1}') as Record<string, unknown>;
    withProblem.h = new Holder();
    expect(issues(withProblem, { maxStringLength: 5 })).toEqual([
      { code: "FORBIDDEN_KEY", path: ["prototype"], params: { key: "prototype" } },
    ]);
  });

  it("numbers, booleans and null inside a hostile record are skipped", () => {
    const input = JSON.parse('{"__proto__": 1, "n": 5, "b": true, "z": null, "l": [1, null, false]}') as unknown;
    expect(issues(input).map((i) => i.code)).toEqual(["FORBIDDEN_KEY"]);
  });
});

describe("parseBatch", () => {
  it("returns every record: valid with its value, invalid with its index and all its issues", () => {
    const inputs = [trip, { ...trip, direction: "up", headcount: 0 }, null, { ...trip, start: "2024-07-01" }];
    const { valid, invalid } = parseBatch(DelegationSchema, inputs);
    expect(valid.map((v) => v.index)).toEqual([0, 3]);
    expect(valid[1]?.value.start).toBe("2024-07-01");
    expect(invalid.map((r) => [r.index, r.issues.map((i) => i.code)])).toEqual([
      [1, ["INVALID_ENUM", "OUT_OF_RANGE"]],
      [2, ["INVALID_TYPE"]],
    ]);
    expect(valid.length + invalid.length).toBe(inputs.length);
  });

  it("accepts any iterable, and reports guard refusals per record", () => {
    function* records() {
      yield trip;
      yield JSON.parse('{"__proto__":{}}');
      yield { ...trip, purpose: "p".repeat(20) };
    }
    const { valid, invalid } = parseBatch(DelegationSchema, records(), { limits: { maxStringLength: 19 }, lang: "vi" });
    expect(valid).toEqual([]);
    expect(invalid.map((r) => [r.index, r.issues[0]?.code])).toEqual([
      [0, "TOO_LONG"],
      [1, "FORBIDDEN_KEY"],
      [2, "TOO_LONG"],
    ]);
    expect(invalid[1]?.issues[0]?.message).toBe(
      "Không được dùng khóa __proto__ (để chống làm ô nhiễm nguyên mẫu của đối tượng)",
    );
  });

  it("handles an empty batch", () => {
    expect(parseBatch(MemberSchema, [])).toEqual({ valid: [], invalid: [] });
  });
});

describe("zod issues become stable codes", () => {
  const codes = (schema: z.ZodType, input: unknown) => issuesOf(safeParse(schema, input)).map((i) => [i.code, i.path]);

  it("maps type, presence, enum and key issues", () => {
    const schema = z.object({ n: z.number(), e: z.enum(["a", "b"]), s: z.string() });
    expect(codes(schema, { n: "1", s: "x" })).toEqual([
      ["INVALID_TYPE", ["n"]],
      ["REQUIRED", ["e"]],
    ]);
    expect(codes(z.literal("x"), "y")).toEqual([["INVALID_ENUM", []]]);
  });

  it("maps sizes: strings, arrays and numbers", () => {
    expect(codes(z.string().min(3), "ab")).toEqual([["TOO_SHORT", []]]);
    expect(codes(z.string().max(2), "abc")).toEqual([["TOO_LONG", []]]);
    expect(codes(z.array(z.number()).max(1), [1, 2])).toEqual([["TOO_MANY_ITEMS", []]]);
    expect(codes(z.number().max(5), 6)).toEqual([["OUT_OF_RANGE", []]]);
    expect(codes(z.number().lt(5), 5)).toEqual([["OUT_OF_RANGE", []]]);
    const issue = issuesOf(safeParse(z.number().gt(0), 0))[0];
    expect(issue?.params).toEqual({ value: "0", range: "> 0" });
    expect(issuesOf(safeParse(z.number().lte(5), 6))[0]?.params).toEqual({ value: "6", range: "≤ 5" });
  });

  it("explains a union by its closest branch, a discriminated union by its discriminator", () => {
    const a = z.object({ kind: z.literal("a"), x: z.string() });
    const b = z.object({ kind: z.literal("b"), y: z.number() });
    expect(codes(z.union([a, b]), { kind: "a", x: 1 })).toEqual([["INVALID_TYPE", ["x"]]]);
    expect(codes(z.discriminatedUnion("kind", [a, b]), { kind: "c" })).toEqual([["INVALID_ENUM", ["kind"]]]);
    expect(codes(z.discriminatedUnion("kind", [a, b]), {})).toEqual([["REQUIRED", ["kind"]]]);
    expect(codes(z.union([z.string(), z.number()]), true)[0]?.[0]).toBe("INVALID_TYPE");
    expect(codes(z.union([]), 1)).toEqual([["INVALID_INPUT", []]]);
  });

  it("follows issues into record keys and values, and maps anything else to INVALID_INPUT", () => {
    expect(codes(z.record(z.string().regex(/^[a-z]+$/), z.number()), { A: 1, b: "x" })).toEqual([
      ["INVALID_FORMAT", ["A"]],
      ["INVALID_TYPE", ["b"]],
    ]);
    expect(codes(z.map(z.string(), z.number()), new Map([["a", "x"]]))).toEqual([["INVALID_TYPE", ["a"]]]);
    expect(codes(z.number().multipleOf(5), 7)).toEqual([["INVALID_INPUT", []]]);
    expect(
      codes(
        z.string().refine(() => false, "nope"),
        "x",
      ),
    ).toEqual([["INVALID_INPUT", []]]);
    expect(
      issuesOf(
        safeParse(
          z.string().refine(() => false, "nope"),
          "x",
        ),
      )[0]?.params,
    ).toEqual({ detail: "nope" });
    expect(codes(z.email(), "not-an-email")).toEqual([["INVALID_FORMAT", []]]);
  });

  it("describes what it received", () => {
    const describe = (input: unknown) => issuesOf(safeParse(z.string(), input))[0]?.params.received;
    expect([null, [], {}, 1, Number.NaN, true].map(describe)).toEqual([
      "null",
      "array",
      "object",
      "the number 1",
      "the number NaN",
      "boolean",
    ]);
    expect(issuesOf(safeParse(z.enum(["a"]), "b".repeat(100)))[0]?.params.received).toBe(`"${"b".repeat(80)}…" (100)`);
  });
});

describe("issues say what zod measured", () => {
  it("a text of only spaces is missing (REQUIRED), not too short", () => {
    const result = safeParse(DelegationSchema, { ...trip, purpose: "   " }, { lang: "vi" });
    expect(issuesOf(result).map((i) => [i.code, i.path])).toEqual([["REQUIRED", ["purpose"]]]);
  });

  it("a text too long is measured after trimming", () => {
    const result = safeParse(DelegationSchema, { ...trip, partners: [`  ${"x".repeat(501)}  `] });
    expect(issuesOf(result).map((i) => [i.code, i.path, i.params])).toEqual([
      ["TOO_LONG", ["partners", 0], { max: 500, length: 501 }],
    ]);
  });
});

describe("misuse names what was wrong", () => {
  it("an asynchronous refinement: INVALID_ARGUMENT on the schema, with zod's error as the cause", () => {
    const r = caughtError(() =>
      safeParse(
        z.string().refine(async () => true),
        "x",
      ),
    );
    expect(r.params).toEqual({
      name: "schema",
      detail: {
        en: "asynchronous refinements are not supported; use zod's safeParseAsync",
        vi: "không hỗ trợ kiểm tra bất đồng bộ; hãy kiểm tra bất đồng bộ bằng zod",
      },
    });
    expect(r.cause).toBeInstanceOf(z.core.$ZodAsyncError);
  });

  it("encode without a schema: INVALID_ARGUMENT on the schema", () => {
    // @ts-expect-error a plain object is not a zod schema
    expect(caughtError(() => encode({}, trip)).params).toEqual({
      name: "schema",
      detail: { en: "expected a zod schema", vi: "cần lược đồ zod" },
    });
  });

  it("a value that is not a zod schema", () => {
    for (const bad of [null, {}, { _zod: {} }, { safeParse: () => ({ success: true }) }, "DelegationSchema", 5]) {
      // @ts-expect-error none of these is a zod schema
      expect(caughtParams(() => safeParse(bad, {}))).toEqual({
        code: "INVALID_ARGUMENT",
        params: { name: "schema", detail: { en: "expected a zod schema", vi: "cần lược đồ zod" } },
      });
      // @ts-expect-error none of these is a zod schema
      expect(caughtParams(() => parse(bad, {})).code).toBe("INVALID_ARGUMENT");
      // @ts-expect-error none of these is a zod schema
      expect(caughtParams(() => parseBatch(bad, [])).code).toBe("INVALID_ARGUMENT");
    }
  });

  it("an unknown language", () => {
    // @ts-expect-error "fr" is not a language
    expect(caughtParams(() => safeParse(anything, {}, { lang: "fr" }))).toEqual({
      code: "INVALID_ARGUMENT",
      params: { name: "lang", detail: { en: 'expected "en" or "vi"', vi: 'cần "en" hoặc "vi"' } },
    });
  });

  it("limits: positive safe integers; 1 is allowed", () => {
    expect(safeParse(anything, "x", { limits: { maxDepth: 1, maxStringLength: 1 } }).success).toBe(true);
    for (const bad of [0, -1, 1.5, Number.NaN, "16", 2 ** 53]) {
      // @ts-expect-error none of these is a positive integer
      expect(caughtParams(() => safeParse(anything, {}, { limits: { maxDepth: bad } }))).toEqual({
        code: "INVALID_ARGUMENT",
        params: { name: "maxDepth", detail: { en: "expected a positive integer", vi: "cần số nguyên dương" } },
      });
      // @ts-expect-error none of these is a positive integer
      expect(caughtParams(() => safeParse(anything, {}, { limits: { maxStringLength: bad } }))).toEqual({
        code: "INVALID_ARGUMENT",
        params: { name: "maxStringLength", detail: { en: "expected a positive integer", vi: "cần số nguyên dương" } },
      });
    }
  });

  it("parseBatch: a string, a plain object or a number is not a list of records", () => {
    for (const bad of ["abc", {}, 5, null]) {
      // @ts-expect-error none of these is a list of records
      expect(caughtParams(() => parseBatch(anything, bad))).toEqual({
        code: "INVALID_ARGUMENT",
        params: {
          name: "inputs",
          detail: { en: "expected an array or an iterable", vi: "cần danh sách hoặc đối tượng duyệt được" },
        },
      });
    }
    expect(parseBatch(anything, new Set([1, 2])).valid.map((v) => v.index)).toEqual([0, 1]);
  });
});

describe("parseBatch's values", () => {
  it("are the valid records' values in input order, on every path, and leave the result's JSON as it was", () => {
    const trip = {
      member: "so-ngoai-vu-ha-noi",
      direction: "outgoing",
      start: "2024-03-04",
      end: "2024-03-08",
      countries: ["CN"],
      ledBy: "people-committee-vice-chair",
      headcount: 8,
      purpose: "Border trade talks",
      status: "completed",
    };
    // The fast path, a record it gives up on (a key present with undefined) merged back in order, and an invalid one.
    const inputs = [trip, { ...trip, cost: undefined }, { ...trip, headcount: 0 }, trip];
    for (const batch of [parseBatch(DelegationSchema, inputs), parseBatch(DelegationSchema, inputs.values())]) {
      expect(batch.values).toEqual(batch.valid.map((v) => v.value));
      expect(batch.values.map((v) => v.start)).toEqual(["2024-03-04", "2024-03-04", "2024-03-04"]);
      expect(batch.values).toBe(batch.values);
      expect(Object.keys(batch)).toEqual(["valid", "invalid"]);
      expect(JSON.parse(JSON.stringify(batch))).not.toHaveProperty("values");
    }
    const slow = parseBatch(MemberSchema, [{}]);
    expect(slow.values).toEqual([]);
  });
});

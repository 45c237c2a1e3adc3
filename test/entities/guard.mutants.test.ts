/**
 * Tests written against the mutants Stryker left alive in the hostile-input
 * guard and the batch/validation entry points: each forbidden key alone, a
 * string exactly at and just over the limit, depth exactly at and just over
 * the limit, class instances and null-prototype objects, the limits' own
 * bounds, and the exact params of every misuse error.
 */
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { parse, parseBatch, safeParse } from "../../src/index.js";
import { caughtParams as caught } from "../_caught.js";

const anything = z.unknown();

function issues(input: unknown, limits?: { maxDepth?: number; maxStringLength?: number }) {
  const r = safeParse(anything, input, limits === undefined ? {} : { limits });
  return r.success ? [] : r.issues.map((i) => ({ code: i.code, path: i.path, params: i.params }));
}

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
      constructor() {
        Object.defineProperty(this, "constructor", { value: "x".repeat(10), enumerable: true });
        (this as unknown as { s: string }).s = "x".repeat(10);
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

describe("misuse: the exact INVALID_ARGUMENT params", () => {
  it("a value that is not a zod schema", () => {
    for (const bad of [null, {}, { _zod: {} }, { safeParse: () => ({ success: true }) }, "DelegationSchema", 5]) {
      expect(caught(() => safeParse(bad as never, {}))).toEqual({
        code: "INVALID_ARGUMENT",
        params: { name: "schema", detail: "expected a zod schema" },
      });
      expect(caught(() => parse(bad as never, {})).code).toBe("INVALID_ARGUMENT");
      expect(caught(() => parseBatch(bad as never, [])).code).toBe("INVALID_ARGUMENT");
    }
  });

  it("an unknown language", () => {
    expect(caught(() => safeParse(anything, {}, { lang: "fr" as never }))).toEqual({
      code: "INVALID_ARGUMENT",
      params: { name: "lang", detail: 'expected "en" or "vi"' },
    });
  });

  it("limits: positive safe integers; 1 is allowed", () => {
    expect(safeParse(anything, "x", { limits: { maxDepth: 1, maxStringLength: 1 } }).success).toBe(true);
    for (const bad of [0, -1, 1.5, Number.NaN, "16", 2 ** 53]) {
      expect(caught(() => safeParse(anything, {}, { limits: { maxDepth: bad as never } }))).toEqual({
        code: "INVALID_ARGUMENT",
        params: { name: "maxDepth", detail: "expected a positive integer" },
      });
      expect(caught(() => safeParse(anything, {}, { limits: { maxStringLength: bad as never } }))).toEqual({
        code: "INVALID_ARGUMENT",
        params: { name: "maxStringLength", detail: "expected a positive integer" },
      });
    }
  });

  it("parseBatch: a string, a plain object or a number is not a list of records", () => {
    for (const bad of ["abc", {}, 5, null]) {
      expect(caught(() => parseBatch(anything, bad as never))).toEqual({
        code: "INVALID_ARGUMENT",
        params: { name: "inputs", detail: "expected an array or an iterable" },
      });
    }
    expect(parseBatch(anything, new Set([1, 2])).valid.map((v) => v.index)).toEqual([0, 1]);
  });
});

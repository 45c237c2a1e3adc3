/**
 * Tests written against the mutants Stryker left alive in the translation of
 * zod issues into coded ones (src/entities/_issues.ts): the exact code, path
 * and params (and a message in each language) for each kind of problem a
 * record can have.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { DelegationSchema, safeParse } from "../../src/index.js";

const here = dirname(fileURLToPath(import.meta.url));
const base = (
  JSON.parse(readFileSync(join(here, "..", "fixtures", "entities", "delegation.json"), "utf8")) as {
    valid: { record: Record<string, unknown> }[];
  }
).valid[0]?.record as Record<string, unknown>;

function issues(input: unknown, options: Parameters<typeof safeParse>[2] = {}) {
  const r = safeParse(DelegationSchema, input, options);
  return r.success ? "ok" : r.issues.map((i) => ({ code: i.code, path: i.path, params: i.params }));
}

function messages(input: unknown, lang: "en" | "vi") {
  const r = safeParse(DelegationSchema, input, { lang });
  return r.success ? [] : r.issues.map((i) => i.message);
}

describe("coded issues from zod's", () => {
  it("wrong types say what was expected and what came, numbers with their value", () => {
    const t = (value: unknown, expected: string, received: string) =>
      expect(issues({ ...base, headcount: value })).toEqual([
        { code: "INVALID_TYPE", path: ["headcount"], params: { expected, received } },
      ]);
    t("12", "a number", "string");
    t(true, "a number", "boolean");
    t(12n, "a number", "bigint");
    t(Number.NaN, "a number", "the number NaN");
    t(1.5, "an integer", "the number 1.5");
    expect(issues({ ...base, start: 20240101 })).toEqual([
      { code: "INVALID_TYPE", path: ["start"], params: { expected: "a string", received: "the number 20240101" } },
    ]);
    expect(issues(5)).toEqual([
      { code: "INVALID_TYPE", path: [], params: { expected: "an object", received: "the number 5" } },
    ]);
  });

  it("ranges, counts and lengths", () => {
    expect(issues({ ...base, headcount: 0 })).toEqual([
      { code: "OUT_OF_RANGE", path: ["headcount"], params: { value: "0", range: "≥ 1" } },
    ]);
    expect(issues({ ...base, countries: [] })).toEqual([
      { code: "TOO_FEW_ITEMS", path: ["countries"], params: { min: 1, count: 0 } },
    ]);
    const many = Array.from({ length: 51 }, () => "KR");
    expect(issues({ ...base, countries: many })).toEqual([
      { code: "TOO_MANY_ITEMS", path: ["countries"], params: { max: 50, count: 51 } },
    ]);
    expect(issues({ ...base, purpose: "" })).toEqual([{ code: "REQUIRED", path: ["purpose"], params: {} }]);
  });

  it("enums list the options and quote what came, cut at 80 characters", () => {
    expect(issues({ ...base, direction: "sideways" })).toEqual([
      { code: "INVALID_ENUM", path: ["direction"], params: { options: "outgoing, incoming", received: '"sideways"' } },
    ]);
    expect(issues({ ...base, direction: "x".repeat(100) })).toEqual([
      {
        code: "INVALID_ENUM",
        path: ["direction"],
        params: { options: "outgoing, incoming", received: `"${"x".repeat(80)}…" (100)` },
      },
    ]);
    const quoted = issues({ ...base, direction: '"'.repeat(90) });
    expect(quoted).not.toBe("ok");
    if (quoted !== "ok") expect(String(quoted[0]?.params.received).endsWith('…" (90)')).toBe(true);
    expect(issues({ ...base, direction: 5 })).toEqual([
      { code: "INVALID_ENUM", path: ["direction"], params: { options: "outgoing, incoming", received: "5" } },
    ]);
  });

  it("amounts: floats and unsafe integers, exponent strings", () => {
    expect(issues({ ...base, cost: { amount: 1.5, currency: "VND" } })).toEqual([
      { code: "UNSAFE_NUMBER", path: ["cost", "amount"], params: { value: "1.5" } },
    ]);
    expect(issues({ ...base, cost: { amount: 2 ** 53, currency: "VND" } })).toEqual([
      { code: "UNSAFE_NUMBER", path: ["cost", "amount"], params: { value: "9007199254740992" } },
    ]);
    expect(issues({ ...base, cost: { amount: "1e5", currency: "VND" } })).toEqual([
      {
        code: "INVALID_AMOUNT",
        path: ["cost", "amount"],
        params: { value: '"1e5"', detail: "expected a plain decimal string such as 1576566000000 or 52000000.00" },
      },
    ]);
  });

  it("dates and unknown keys", () => {
    expect(issues({ ...base, start: "2024-02-30" })).toEqual([
      { code: "INVALID_DATE", path: ["start"], params: { value: "2024-02-30" } },
    ]);
    expect(issues({ ...base, extra: 1 }, { strict: true })).toEqual([
      { code: "UNKNOWN_KEY", path: ["extra"], params: { key: "extra" } },
    ]);
  });

  it("messages in English and Vietnamese", () => {
    expect(messages({ ...base, headcount: "12" }, "en")).toEqual(["Expected a number, received string"]);
    expect(messages({ ...base, headcount: "12" }, "vi")).toEqual(["Cần giá trị kiểu số, nhận được string"]);
    expect(messages({ ...base, headcount: 0 }, "vi")).toEqual(["Giá trị 0 nằm ngoài khoảng cho phép (≥ 1)"]);
    expect(messages({ ...base, headcount: 1.5 }, "en")).toEqual(["Expected an integer, received the number 1.5"]);
    expect(messages({ ...base, direction: "sideways" }, "vi")).toEqual([
      'Giá trị phải là một trong outgoing, incoming, nhận được "sideways"',
    ]);
  });
});

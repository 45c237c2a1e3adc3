/**
 * Coded issues: the translation of zod issues into the library's own
 * (src/entities/_issues.ts) — the exact code, path and params (and a message
 * in each language) for each kind of problem a record can have, how a
 * received value is shown, the words and bounds of each language, zod's
 * issues that nest other issues (unions, record keys, map entries), the codes
 * a check raises in `params.ngoaivu`, and the messages of domain issues read
 * through zod itself.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import {
  AgreementFormSchema,
  ClusterYearSchema,
  ConsularCaseSchema,
  CountryCodeSchema,
  DelegationSchema,
  type Lang,
  MemberSchema,
  type NgoaivuIssue,
  parseBatch,
  safeParse,
} from "../../src/index.js";
import { loadFixtures } from "./_fixtures.js";

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

function delegationMessages(input: unknown, lang: "en" | "vi") {
  const r = safeParse(DelegationSchema, input, { lang });
  return r.success ? [] : r.issues.map((i) => i.message);
}

const hanoi = loadFixtures("member").valid[1]?.record as Record<string, unknown>;

const consular = loadFixtures("consular-case").valid[0]?.record as Record<string, unknown>;

function issuesOf(schema: z.ZodType, input: unknown, lang: Lang = "en"): readonly NgoaivuIssue[] {
  const r = safeParse(schema, input, { lang });
  if (r.success) throw new Error("expected issues");
  return r.issues;
}

/** Code, path and params of each issue (the message is checked on its own). */
function brief(schema: z.ZodType, input: unknown, lang: Lang = "en") {
  return issuesOf(schema, input, lang).map((i) => ({ code: i.code, path: i.path, params: i.params }));
}

function messages(schema: z.ZodType, input: unknown, lang: Lang) {
  return issuesOf(schema, input, lang).map((i) => i.message);
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
    expect(delegationMessages({ ...base, headcount: "12" }, "en")).toEqual(["Expected a number, received string"]);
    expect(delegationMessages({ ...base, headcount: "12" }, "vi")).toEqual([
      "Cần giá trị kiểu số, nhận được chuỗi ký tự",
    ]);
    expect(delegationMessages({ ...base, headcount: 0 }, "vi")).toEqual(["Giá trị 0 nằm ngoài khoảng cho phép (≥ 1)"]);
    expect(delegationMessages({ ...base, headcount: 1.5 }, "en")).toEqual([
      "Expected an integer, received the number 1.5",
    ]);
    expect(delegationMessages({ ...base, direction: "sideways" }, "vi")).toEqual([
      'Giá trị phải là một trong outgoing, incoming, nhận được "sideways"',
    ]);
  });
});

describe("what was received, as shown in a message", () => {
  const kind = (value: unknown) => brief(MemberSchema, { ...hanoi, kind: value });
  const refused = (received: string) => [
    { code: "INVALID_ENUM", path: ["kind"], params: { options: "department, office-unit", received } },
  ];

  it("names objects, arrays and null by their kind, never by their content", () => {
    expect(kind({ name: "department" })).toEqual(refused("object"));
    expect(kind({})).toEqual(refused("object"));
    expect(kind(["department"])).toEqual(refused("array"));
    expect(kind(null)).toEqual(refused("null"));
    expect(messages(MemberSchema, { ...hanoi, kind: {} }, "en")).toEqual([
      "Expected one of department, office-unit, received object",
    ]);
  });

  it("writes numbers, booleans and bigints as their value", () => {
    expect(kind(5)).toEqual(refused("5"));
    expect(kind(-0.5)).toEqual(refused("-0.5"));
    expect(kind(true)).toEqual(refused("true"));
    expect(kind(false)).toEqual(refused("false"));
    expect(kind(12n)).toEqual(refused("12"));
    expect(messages(MemberSchema, { ...hanoi, kind: false }, "vi")).toEqual([
      "Giá trị phải là một trong department, office-unit, nhận được false",
    ]);
  });

  it("cuts a string longer than 80 characters at 80, marks the cut and gives its length", () => {
    // 90 quotes: the first 80 are kept, each escaped as JSON escapes it.
    const [issue] = issuesOf(MemberSchema, { ...hanoi, kind: '"'.repeat(90) });
    expect(issue?.params.received).toBe(`"${'\\"'.repeat(80)}…" (90)`);
    // Exactly 80 characters fit without a cut.
    const [fits] = issuesOf(MemberSchema, { ...hanoi, kind: "x".repeat(80) });
    expect(fits?.params.received).toBe(`"${"x".repeat(80)}"`);
  });
});

describe("words of each language", () => {
  it("says 'số' before a number received, in Vietnamese, and 'the number' in English", () => {
    const record = { ...consular, persons: 1.5 };
    expect(brief(ConsularCaseSchema, record, "en")).toEqual([
      { code: "INVALID_TYPE", path: ["persons"], params: { expected: "an integer", received: "the number 1.5" } },
    ]);
    expect(brief(ConsularCaseSchema, record, "vi")).toEqual([
      { code: "INVALID_TYPE", path: ["persons"], params: { expected: "số nguyên", received: "số 1.5" } },
    ]);
    expect(messages(ConsularCaseSchema, record, "en")).toEqual(["Expected an integer, received the number 1.5"]);
    expect(messages(ConsularCaseSchema, record, "vi")).toEqual(["Cần giá trị kiểu số nguyên, nhận được số 1.5"]);
  });

  it("words the issues of a batch in the language asked for", () => {
    const { valid, invalid } = parseBatch(ConsularCaseSchema, [consular, { ...consular, summary: 42 }], {
      lang: "vi",
    });
    expect(valid.map((v) => v.index)).toEqual([0]);
    expect(invalid).toEqual([
      {
        index: 1,
        issues: [
          {
            code: "INVALID_TYPE",
            path: ["summary"],
            message: "Cần giá trị kiểu chuỗi ký tự, nhận được số 42",
            params: { expected: "chuỗi ký tự", received: "số 42" },
          },
        ],
      },
    ]);
  });

  it("names a type it has no words for as zod names it", () => {
    const schema = z.object({ tags: z.set(z.string()) });
    expect(brief(schema, { tags: ["a"] })).toEqual([
      { code: "INVALID_TYPE", path: ["tags"], params: { expected: "set", received: "array" } },
    ]);
    expect(messages(schema, { tags: ["a"] }, "vi")).toEqual(["Cần giá trị kiểu set, nhận được danh sách"]);
  });
});

describe("sizes and forms", () => {
  it("writes each kind of bound: < ≤ > ≥", () => {
    expect(brief(z.number().lt(5), 5)).toEqual([
      { code: "OUT_OF_RANGE", path: [], params: { value: "5", range: "< 5" } },
    ]);
    expect(brief(z.number().gt(5), 5)).toEqual([
      { code: "OUT_OF_RANGE", path: [], params: { value: "5", range: "> 5" } },
    ]);
    const year = (y: number) => brief(ClusterYearSchema, { year: y, members: [] });
    expect(year(1989)).toEqual([{ code: "OUT_OF_RANGE", path: ["year"], params: { value: "1989", range: "≥ 1990" } }]);
    expect(year(2101)).toEqual([{ code: "OUT_OF_RANGE", path: ["year"], params: { value: "2101", range: "≤ 2100" } }]);
    expect(messages(z.number().lt(5), 5, "en")).toEqual(["Value 5 is out of range (< 5)"]);
    expect(messages(z.number().lt(5), 5, "vi")).toEqual(["Giá trị 5 nằm ngoài khoảng cho phép (< 5)"]);
  });

  it("gives the minimum and the length of a string that is too short", () => {
    expect(brief(z.string().min(3), "ab")).toEqual([{ code: "TOO_SHORT", path: [], params: { min: 3, length: 2 } }]);
    expect(messages(z.string().min(3), "ab", "en")).toEqual(["Too short: at least 3 characters, received 2"]);
    expect(messages(z.string().min(3), "ab", "vi")).toEqual(["Quá ngắn: cần ít nhất 3 ký tự, nhận được 2"]);
  });

  it("names the form expected: a pattern by its description, a built-in format by its name", () => {
    expect(brief(MemberSchema, { ...hanoi, id: "Sở Ngoại vụ" })).toEqual([
      {
        code: "INVALID_FORMAT",
        path: ["id"],
        params: {
          value: '"Sở Ngoại vụ"',
          format: "lowercase ASCII words joined by hyphens, e.g. so-ngoai-vu-hai-phong",
        },
      },
    ]);
    expect(messages(MemberSchema, { ...hanoi, province: "1" }, "vi")).toEqual([
      '"1" không đúng định dạng (hai chữ số (mã Tổng cục Thống kê))',
    ]);
    expect(brief(z.email(), "not-an-email")).toEqual([
      { code: "INVALID_FORMAT", path: [], params: { value: '"not-an-email"', format: "an email address" } },
    ]);
    expect(messages(z.email(), "not-an-email", "en")).toEqual([
      '"not-an-email" is not in the expected form (an email address)',
    ]);
    expect(messages(z.email(), "not-an-email", "vi")).toEqual([
      '"not-an-email" không đúng định dạng (địa chỉ thư điện tử)',
    ]);
  });

  it("maps any other zod issue to INVALID_INPUT with zod's message as the detail", () => {
    const five = z.number().multipleOf(5, { message: "a multiple of 5" });
    expect(brief(five, 7)).toEqual([{ code: "INVALID_INPUT", path: [], params: { detail: "a multiple of 5" } }]);
    expect(messages(five, 7, "en")).toEqual(["Invalid input: a multiple of 5"]);
    expect(messages(five, 7, "vi")).toEqual(["Dữ liệu không hợp lệ: a multiple of 5"]);
  });
});

describe("codes named by an error map", () => {
  it("reports an unknown country with the code quoted, in both languages", () => {
    expect(brief(CountryCodeSchema, "XX")).toEqual([{ code: "UNKNOWN_COUNTRY", path: [], params: { value: '"XX"' } }]);
    expect(messages(CountryCodeSchema, "XX", "en")).toEqual(['Unknown country code "XX" (ISO 3166-1 alpha-2)']);
    expect(messages(CountryCodeSchema, "XX", "vi")).toEqual(['Không có quốc gia có mã "XX" (ISO 3166-1 alpha-2)']);
    expect(brief(ConsularCaseSchema, { ...consular, country: "ZZ" })).toEqual([
      { code: "UNKNOWN_COUNTRY", path: ["country"], params: { value: '"ZZ"' } },
    ]);
  });

  it("reports a treaty with what was written", () => {
    expect(brief(AgreementFormSchema, "Hiệp định (điều ước quốc tế)")).toEqual([
      { code: "TREATY_NOT_ALLOWED", path: [], params: { value: '"Hiệp định (điều ước quốc tế)"' } },
    ]);
  });

  it("ignores an error-map message that names no known code", () => {
    const schema = z.enum(["a", "b"], { error: () => "ngoaivu:NOT_A_CODE" });
    expect(brief(schema, "c")).toEqual([
      { code: "INVALID_ENUM", path: [], params: { options: "a, b", received: '"c"' } },
    ]);
  });

  it("reads a code from the message of zod's own issues only, never from a refinement's message", () => {
    const schema = z.string().refine(() => false, { message: "ngoaivu:REQUIRED" });
    expect(brief(schema, "x")).toEqual([{ code: "INVALID_INPUT", path: [], params: { detail: "ngoaivu:REQUIRED" } }]);
  });
});

describe("issues that hold other issues", () => {
  const a = z.object({ kind: z.literal("a"), x: z.string() });
  const b = z.object({ kind: z.literal("b"), y: z.number() });

  it("a discriminated union lists the values of its discriminator", () => {
    const schema = z.discriminatedUnion("kind", [a, b]);
    expect(brief(schema, { kind: "c" })).toEqual([
      { code: "INVALID_ENUM", path: ["kind"], params: { options: "a, b", received: '"c"' } },
    ]);
    expect(messages(schema, { kind: "c" }, "en")).toEqual(['Expected one of a, b, received "c"']);
    expect(messages(schema, { kind: 1 }, "vi")).toEqual(["Giá trị phải là một trong a, b, nhận được 1"]);
  });

  it("a union is explained by the branch with the fewest issues, the first one on a tie", () => {
    const wide = z.object({ a: z.string(), b: z.string() });
    const narrow = z.object({ c: z.number() });
    expect(brief(z.union([wide, narrow]), { c: "x" })).toEqual([
      { code: "INVALID_TYPE", path: ["c"], params: { expected: "a number", received: "string" } },
    ]);
    const first = z.object({ a: z.string() });
    const second = z.object({ b: z.number() });
    expect(brief(z.union([first, second]), {})).toEqual([{ code: "REQUIRED", path: ["a"], params: {} }]);
    expect(brief(z.union([second, first]), {})).toEqual([{ code: "REQUIRED", path: ["b"], params: {} }]);
  });

  it("a union with no branch says that nothing matches", () => {
    expect(brief(z.union([]), 1)).toEqual([
      { code: "INVALID_INPUT", path: [], params: { detail: "matches none of the allowed forms" } },
    ]);
    expect(messages(z.union([]), 1, "en")).toEqual(["Invalid input: matches none of the allowed forms"]);
  });

  it("a refused record key is shown as the key, not as its value", () => {
    const schema = z.record(z.string().regex(/^[a-z]+$/, { message: "lowercase letters" }), z.number());
    expect(brief(schema, { ok: 1, Bad: 2 })).toEqual([
      { code: "INVALID_FORMAT", path: ["Bad"], params: { value: '"Bad"', format: "lowercase letters" } },
    ]);
    const nested = z.object({ scores: schema });
    expect(brief(nested, { scores: { Bad: 2 } })).toEqual([
      { code: "INVALID_FORMAT", path: ["scores", "Bad"], params: { value: '"Bad"', format: "lowercase letters" } },
    ]);
    expect(messages(nested, { scores: { Bad: 2 } }, "en")).toEqual([
      '"Bad" is not in the expected form (lowercase letters)',
    ]);
  });

  it("the value under an object key of a map is checked against the value schema", () => {
    const schema = z.map(z.object({ id: z.string() }), z.number());
    const [issue] = issuesOf(schema, new Map([[{ id: "a" }, "x"]]));
    expect(issue?.code).toBe("INVALID_TYPE");
    expect(issue?.path).toEqual([]);
    expect(issue?.params.expected).toBe("a number");
  });

  it("reading the input of an issue never throws, even where a transform made the value", () => {
    const fromNull = z
      .null()
      .transform((): unknown => ({ a: "x" }))
      .pipe(z.object({ a: z.number() }));
    const fromUndefined = z
      .undefined()
      .transform((): unknown => ({ a: "x" }))
      .pipe(z.object({ a: z.number() }));
    const fromText = z
      .string()
      .transform((s): unknown => ({ a: s }))
      .pipe(z.object({ a: z.number() }));
    for (const [schema, input] of [
      [fromNull, null],
      [fromUndefined, undefined],
      [fromText, "x"],
    ] as const) {
      const r = safeParse(schema, input);
      expect(r.success).toBe(false);
      if (!r.success) expect(r.issues.map((i) => i.path)).toEqual([["a"]]);
    }
  });
});

describe("codes raised by a check in params.ngoaivu", () => {
  const raising = (params: Record<string, unknown>, path: PropertyKey[] = []) =>
    z.string().check((ctx) => {
      ctx.issues.push({ code: "custom", message: "raised by a check", input: ctx.value, path, params });
    });

  it("keeps the string, number, bigint and boolean params and drops the rest", () => {
    const schema = raising({
      ngoaivu: "OUT_OF_RANGE",
      value: 10n,
      range: "≤ 5",
      attempt: 3,
      exact: true,
      where: { field: "x" },
      list: [1],
      nothing: null,
    });
    expect(brief(schema, "x")).toEqual([
      { code: "OUT_OF_RANGE", path: [], params: { value: 10n, range: "≤ 5", attempt: 3, exact: true } },
    ]);
    expect(messages(schema, "x", "en")).toEqual(["Value 10 is out of range (≤ 5)"]);
    expect(messages(schema, "x", "vi")).toEqual(["Giá trị 10 nằm ngoài khoảng cho phép (≤ 5)"]);
  });

  it("takes only a string naming a known code for a code", () => {
    for (const ngoaivu of ["NOT_A_CODE", ["REQUIRED"], 1])
      expect(brief(raising({ ngoaivu }), "x")).toEqual([
        { code: "INVALID_INPUT", path: [], params: { detail: "raised by a check" } },
      ]);
  });

  it("reports a refinement with params but no code as INVALID_INPUT", () => {
    const schema = z.string().refine(() => false, { message: "nope", params: { hint: 1 } });
    expect(brief(schema, "x")).toEqual([{ code: "INVALID_INPUT", path: [], params: { detail: "nope" } }]);
  });

  it("writes a symbol in a path as text", () => {
    expect(brief(raising({}, [Symbol.for("tag"), 0]), "x")).toEqual([
      { code: "INVALID_INPUT", path: ["Symbol(tag)", 0], params: { detail: "raised by a check" } },
    ]);
  });
});

describe("domain issues read through zod itself", () => {
  const reversed = { ...hanoi, validFrom: "2020-01-01", validTo: "2019-12-31" };

  it("carry their English message, the code and params for an adapter", () => {
    const result = MemberSchema.safeParse(reversed);
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([
      {
        code: "custom",
        path: ["validTo"],
        message: "The end date 2019-12-31 is before the start date 2020-01-01",
        params: { start: "2020-01-01", end: "2019-12-31", ngoaivu: "END_BEFORE_START" },
      },
    ]);
    const standard = MemberSchema["~standard"].validate(reversed);
    if (standard instanceof Promise) throw new Error("entity schemas validate synchronously");
    expect(standard.issues?.map((i) => i.message)).toEqual([
      "The end date 2019-12-31 is before the start date 2020-01-01",
    ]);
  });
});

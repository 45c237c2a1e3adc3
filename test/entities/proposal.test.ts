/**
 * Proposals to the Ministry (src/entities/proposal.ts): each domain rule
 * with its code, path, params and message in both languages, the days on
 * which a rule just holds (answered the day it was sent), field issues
 * that come alone, the fixtures (zod and the JSON Schema of the wire
 * form) and the days from sending to answer.
 * (The compiled decoder is held to zod on these fixtures with every other
 * kind's, in test/entities/decoder.test.ts.)
 */
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import {
  daysToAnswer,
  type Proposal,
  ProposalAddresseeBodySchema,
  ProposalAddresseeSchema,
  ProposalAreaSchema,
  type ProposalInput,
  ProposalSchema,
  ProposalStatusSchema,
} from "../../src/entities/proposal.js";
import {
  addCalendarDays,
  type EntityName,
  encode,
  isNgoaivuError,
  type Lang,
  parse,
  parseBatch,
  safeParse,
} from "../../src/index.js";
import { englishWords } from "../_english.js";
import { runs } from "../fuzz/_hostile.js";
import { loadFixtures } from "./_fixtures.js";

const answered: ProposalInput = {
  id: "KN-2024-003",
  member: "so-ngoai-vu-thanh-hoa",
  sent: "2024-11-20",
  addressee: { body: "ministry" },
  occasion: "Hội nghị Ngoại vụ toàn quốc lần thứ 21",
  area: "economic-diplomacy",
  text: "Đề nghị Bộ Ngoại giao hỗ trợ kết nối tỉnh với các địa phương Nhật Bản",
  status: "answered",
  answered: "2024-12-16",
  answer: "Bộ giao các cơ quan đại diện tại Nhật Bản phối hợp",
};

const toUnit: ProposalInput = {
  member: "vp-ubnd-ha-nam",
  sent: "2024-05-06",
  addressee: { body: "ministry-unit", unit: "Cục Ngoại vụ và Ngoại giao văn hóa" },
  area: "organisation-staffing",
  text: "Đề nghị hướng dẫn tổ chức bộ phận ngoại vụ",
  status: "considering",
};

function issues(input: unknown, lang: Lang = "en") {
  const r = safeParse(ProposalSchema, input, { lang });
  return r.success
    ? "valid"
    : r.issues.map((i) => ({ code: i.code, path: i.path, params: i.params, message: i.message }));
}

function without<T extends object>(record: T, key: keyof T): T {
  const copy = { ...record };
  delete copy[key];
  return copy;
}

describe("ProposalSchema: its parts", () => {
  it("lists the addressees, areas and statuses", () => {
    expect(ProposalAddresseeBodySchema.options).toEqual(["ministry", "ministry-unit"]);
    expect(ProposalStatusSchema.options).toEqual(["sent", "considering", "answered"]);
    expect(ProposalAreaSchema.options).toEqual([
      "economic-diplomacy",
      "political-diplomacy",
      "cultural-diplomacy",
      "foreign-information",
      "consular",
      "overseas-vietnamese",
      "border-territory",
      "international-agreements",
      "international-conferences",
      "delegations",
      "organisation-staffing",
      "other",
    ]);
  });

  it("trims the unit's name, and decodes a record to its wire form and back", () => {
    expect(ProposalAddresseeSchema.parse({ body: "ministry-unit", unit: "  Vụ Lễ tân " }).unit).toBe("Vụ Lễ tân");
    const decoded: Proposal = parse(ProposalSchema, answered);
    expect(decoded).toEqual(answered);
    expect(encode(ProposalSchema, decoded)).toEqual(answered);
  });

  it("trims its texts, and takes a text of spaces only for none", () => {
    expect(parse(ProposalSchema, { ...toUnit, text: "  Đề nghị hướng dẫn \n" }).text).toBe("Đề nghị hướng dẫn");
    expect(issues({ ...toUnit, text: "   " })).toEqual([
      { code: "REQUIRED", path: ["text"], params: {}, message: "A value is required" },
    ]);
  });

  it("reads an instant as its Vietnam day: 18:30 UTC on 30 June is 1 July", () => {
    expect(parse(ProposalSchema, { ...toUnit, sent: "2024-06-30T18:30:00Z" }).sent).toBe("2024-07-01");
    expect(parse(ProposalSchema, { ...toUnit, sent: "2024-06-30T16:59:59Z" }).sent).toBe("2024-06-30");
  });
});

describe("ProposalSchema: the addressee", () => {
  it("requires the unit of a proposal to a unit of the Ministry", () => {
    const record = { ...toUnit, addressee: { body: "ministry-unit" } };
    expect(issues(record)).toEqual([
      { code: "REQUIRED", path: ["addressee", "unit"], params: {}, message: "A value is required" },
    ]);
    expect(issues(record, "vi")).toEqual([
      { code: "REQUIRED", path: ["addressee", "unit"], params: {}, message: "Trường này là bắt buộc" },
    ]);
  });

  it("refuses a unit on a proposal to the Ministry as a whole, saying why", () => {
    const record = { ...answered, addressee: { body: "ministry", unit: "Vụ Lễ tân" } };
    expect(issues(record)).toEqual([
      {
        code: "NOT_APPLICABLE",
        path: ["addressee", "unit"],
        params: { field: "addressee.unit", reason: "a proposal to the Ministry as a whole names no unit" },
        message: "addressee.unit does not apply here: a proposal to the Ministry as a whole names no unit",
      },
    ]);
    expect(issues(record, "vi")).toEqual([
      {
        code: "NOT_APPLICABLE",
        path: ["addressee", "unit"],
        params: {
          field: "addressee.unit",
          reason: "kiến nghị, đề xuất gửi chung Bộ Ngoại giao không ghi đơn vị nhận",
        },
        message:
          "Trường addressee.unit không áp dụng ở đây: kiến nghị, đề xuất gửi chung Bộ Ngoại giao không ghi đơn vị nhận",
      },
    ]);
  });
});

describe("ProposalSchema: the answer", () => {
  it("accepts a proposal answered the day it was sent, and names both days of one answered before", () => {
    expect(issues({ ...answered, answered: "2024-11-20" })).toBe("valid");
    expect(issues({ ...answered, answered: "2024-11-19" })).toEqual([
      {
        code: "END_BEFORE_START",
        path: ["answered"],
        params: { start: "2024-11-20", end: "2024-11-19" },
        message: "The end date 2024-11-19 is before the start date 2024-11-20",
      },
    ]);
    expect(issues({ ...answered, answered: "2024-11-19" }, "vi")).toEqual([
      expect.objectContaining({ message: "Ngày kết thúc 2024-11-19 trước ngày bắt đầu 2024-11-20" }),
    ]);
  });

  it("compares the Vietnam days, not the instants' text", () => {
    // 17:30 UTC on 19 November is 00:30 on 20 November in Hanoi: the day it was sent.
    expect(issues({ ...answered, answered: "2024-11-19T17:30:00Z" })).toBe("valid");
    expect(issues({ ...answered, answered: "2024-11-19T16:30:00Z" })).toEqual([
      expect.objectContaining({ code: "END_BEFORE_START", params: { start: "2024-11-20", end: "2024-11-19" } }),
    ]);
  });

  it("requires the answering day of an answered proposal, an answer's text being optional", () => {
    expect(issues(without(answered, "answered"))).toEqual([
      { code: "REQUIRED", path: ["answered"], params: {}, message: "A value is required" },
    ]);
    expect(issues(without(answered, "answer"))).toBe("valid");
  });

  it("refuses an answering day and an answer on a proposal not answered, saying why, in both languages", () => {
    for (const status of ["sent", "considering"] as const) {
      expect(issues({ ...answered, status })).toEqual([
        {
          code: "NOT_APPLICABLE",
          path: ["answered"],
          params: { field: "answered", reason: "the proposal has not been answered" },
          message: "answered does not apply here: the proposal has not been answered",
        },
        {
          code: "NOT_APPLICABLE",
          path: ["answer"],
          params: { field: "answer", reason: "the proposal has not been answered" },
          message: "answer does not apply here: the proposal has not been answered",
        },
      ]);
    }
    expect(issues({ ...toUnit, answer: "Đã có hướng dẫn" }, "vi")).toEqual([
      {
        code: "NOT_APPLICABLE",
        path: ["answer"],
        params: { field: "answer", reason: "kiến nghị, đề xuất chưa được trả lời" },
        message: "Trường answer không áp dụng ở đây: kiến nghị, đề xuất chưa được trả lời",
      },
    ]);
  });

  it("reports every rule a record breaks, in the order of its fields", () => {
    const record = { ...answered, addressee: { body: "ministry-unit" }, status: "sent" };
    const r = safeParse(ProposalSchema, record);
    expect(r.success ? [] : r.issues.map((i) => [i.code, i.path])).toEqual([
      ["REQUIRED", ["addressee", "unit"]],
      ["NOT_APPLICABLE", ["answered"]],
      ["NOT_APPLICABLE", ["answer"]],
    ]);
  });

  it("reports a field issue alone: the rules between fields wait until every field is valid", () => {
    expect(issues({ ...answered, area: "tourism", answered: "2024-01-01" })).toEqual([
      expect.objectContaining({ code: "INVALID_ENUM", path: ["area"] }),
    ]);
    expect(issues({ ...toUnit, sent: "2024-02-30", answer: "x" })).toEqual([
      expect.objectContaining({ code: "INVALID_DATE", path: ["sent"] }),
    ]);
  });

  it("words every Vietnamese message without an English word (the field names it cites aside)", () => {
    const broken = [
      { ...toUnit, addressee: { body: "ministry-unit" } },
      { ...answered, addressee: { body: "ministry", unit: "Vụ Lễ tân" } },
      { ...answered, answered: "2024-11-19" },
      without(answered, "answered"),
      { ...answered, status: "considering" },
    ];
    for (const record of broken) {
      const r = safeParse(ProposalSchema, record, { lang: "vi" });
      expect(r.success).toBe(false);
      if (r.success) continue;
      for (const issue of r.issues)
        expect(englishWords(issue.message, ["addressee", "unit", "answered", "answer"])).toEqual([]);
    }
  });
});

// ── fixtures ────────────────────────────────────────────────────────────────

/** The rules only zod checks here (cross-field ones, real days): the JSON Schema of the wire form accepts them. */
function onlyZod(issue: { code: string; path: readonly (string | number)[] }, record: unknown): boolean {
  if (issue.code === "END_BEFORE_START" || issue.code === "NOT_APPLICABLE") return true;
  const path = issue.path.join(".");
  if (issue.code === "REQUIRED" && (path === "answered" || path === "addressee.unit")) return true;
  if (issue.code === "INVALID_DATE" || issue.code === "INVALID_INSTANT") {
    let node = record;
    for (const key of issue.path) node = (node as Record<string | number, unknown>)[key];
    return /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2}))?$/.test(String(node));
  }
  return false;
}

describe("the proposal fixtures", () => {
  const { valid, invalid } = loadFixtures("proposal" as EntityName);
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(z.toJSONSchema(ProposalSchema, { io: "input", target: "draft-2020-12" }));

  it("has valid records and a corpus of invalid ones", () => {
    expect(valid.length).toBeGreaterThanOrEqual(3);
    expect(invalid.length).toBeGreaterThanOrEqual(8);
  });

  it.each(valid)("valid: $name parses, passes the JSON Schema and encodes back", ({ record }) => {
    const result = safeParse(ProposalSchema, record);
    expect(result.success ? [] : result.issues).toEqual([]);
    expect(validate(record), JSON.stringify(validate.errors)).toBe(true);
    const wire = encode(ProposalSchema, parse(ProposalSchema, record));
    expect(encode(ProposalSchema, parse(ProposalSchema, wire))).toEqual(wire);
    if (!JSON.stringify(record).includes("T18:30:00Z")) expect(wire).toEqual(record);
  });

  it.each(invalid)(
    "invalid: $name reports exactly the expected codes, in both languages",
    ({ record, expect: want }) => {
      const en = safeParse(ProposalSchema, record);
      const vi = safeParse(ProposalSchema, record, { lang: "vi" });
      if (en.success || vi.success) throw new Error("expected a failure");
      const got = en.issues.map((i) => ({ code: i.code, path: [...i.path] }));
      expect(got).toEqual(expect.arrayContaining(want.map((e) => ({ code: e.code, path: [...e.path] }))));
      expect(got).toHaveLength(want.length);
      expect(vi.issues.map((i) => ({ code: i.code, path: [...i.path] }))).toEqual(got);
      for (const [i, issue] of vi.issues.entries()) expect(issue.message).not.toBe(en.issues[i]?.message);
      expect(validate(record)).toBe(want.every((issue) => onlyZod(issue, record)));
    },
  );

  it("are sorted by parseBatch into valid and invalid, none lost", () => {
    const batch = parseBatch(ProposalSchema, [...valid.map((v) => v.record), ...invalid.map((f) => f.record)]);
    expect(batch.valid.map((v) => v.index)).toEqual(valid.map((_, i) => i));
    expect(batch.invalid).toHaveLength(invalid.length);
    expect(batch.values.map((p) => p.sent)).toEqual(["2024-11-20", "2024-05-06", "2024-07-01"]);
  });
});

// ── days to an answer ───────────────────────────────────────────────────────

describe("daysToAnswer", () => {
  it("counts calendar days across a leap day, a month's and a year's end", () => {
    expect(daysToAnswer({ sent: "2024-02-28", answered: "2024-03-01" })).toBe(2);
    expect(daysToAnswer({ sent: "2023-02-28", answered: "2023-03-01" })).toBe(1);
    expect(daysToAnswer({ sent: "2024-12-31", answered: "2025-01-01" })).toBe(1);
    expect(daysToAnswer({ sent: "2024-01-01", answered: "2024-12-31" })).toBe(365);
    expect(daysToAnswer({ sent: "2024-06-03", answered: "2024-06-03" })).toBe(0);
    expect(daysToAnswer({ sent: "0099-12-31", answered: "0100-01-01" })).toBe(1);
  });

  it("is undefined without an answering day", () => {
    expect(daysToAnswer({ sent: "2024-06-03" })).toBeUndefined();
    expect(daysToAnswer(parse(ProposalSchema, toUnit))).toBeUndefined();
    expect(daysToAnswer(parse(ProposalSchema, answered))).toBe(26);
  });

  it("refuses a day that is not YYYY-MM-DD, naming it and where it is", () => {
    for (const [proposal, path] of [
      [{ sent: "2024-06-03", answered: "2024-06-31" }, "answered"],
      [{ sent: "2024-06-30T20:00:00Z", answered: "2024-07-02" }, "sent"],
    ] as const) {
      let caught: unknown;
      try {
        daysToAnswer(proposal);
      } catch (error) {
        caught = error;
      }
      expect(isNgoaivuError(caught) && [caught.code, caught.path, caught.params]).toEqual([
        "INVALID_DATE",
        [path],
        { value: `"${proposal[path]}"` },
      ]);
    }
  });

  it("property: the days from a day to that day plus n are n, whatever the time zone", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("2100-12-31T00:00:00Z"), noInvalidDate: true }),
        fc.nat({ max: 4000 }),
        (date, n) => {
          const sent = date.toISOString().slice(0, 10);
          expect(daysToAnswer({ sent, answered: addCalendarDays(sent, n) })).toBe(n);
        },
      ),
      runs(300),
    );
  });
});

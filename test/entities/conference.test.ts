/**
 * International conferences and seminars (src/entities/conference.ts): the
 * decoded record, each domain rule on the day it just holds and the day it
 * breaks (codes, paths, params, messages in both languages, no English in
 * the Vietnamese), field issues that come alone, the fixtures (through
 * `safeParse`, the JSON Schema of the wire form and back through
 * `encode`), and the doc examples.
 * (The compiled decoder is held to zod on these fixtures with every other
 * kind's, in test/entities/decoder.test.ts.)
 */
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import {
  ConferenceApprovalSchema,
  ConferenceAuthoritySchema,
  ConferenceCoOrganiserSchema,
  ConferenceFormSchema,
  ConferenceFundingSchema,
  ConferenceFundingSourceSchema,
  ConferenceParticipantsSchema,
  ConferenceStatusSchema,
  conferenceCountedIn,
  type InternationalConference,
  type InternationalConferenceInput,
  InternationalConferenceSchema,
} from "../../src/entities/conference.js";
import {
  type EntityName,
  encode,
  type Lang,
  Money,
  type NgoaivuIssue,
  parse,
  parseBatch,
  safeParse,
} from "../../src/index.js";
import { englishWords } from "../_english.js";
import { type ExpectedIssue, loadFixtures } from "./_fixtures.js";

const ENTITY = "international-conference" as EntityName;
const fixtures = loadFixtures(ENTITY);
const records = fixtures.valid.map((f) => f.record);

const seminar = {
  member: "so-ngoai-vu-hai-phong",
  title: "Hội thảo quốc tế về phát triển kinh tế biển",
  form: "in-person",
  start: "2024-05-14",
  end: "2024-05-15",
  province: "31",
  venue: "Trung tâm Hội nghị thành phố Hải Phòng",
  coOrganisers: [{ name: "Korea Maritime Institute", country: "KR" }],
  participantCountries: ["KR", "JP"],
  participants: { foreign: 42, total: 180 },
  approval: { authority: "provincial-people-committee-chair", number: "1234/QĐ-UBND", date: "2024-04-02" },
  funding: [
    { source: "state-budget", amount: { amount: "350000000", currency: "VND" } },
    { source: "foreign", amount: { amount: "12000.00", currency: "USD" } },
  ],
  status: "held",
} as const satisfies InternationalConferenceInput;

type Issue = Pick<NgoaivuIssue, "code" | "path" | "params" | "message">;

function issues(input: unknown, lang: Lang = "en"): "valid" | Issue[] {
  const r = safeParse(InternationalConferenceSchema, input, { lang });
  return r.success
    ? "valid"
    : r.issues.map((i) => ({ code: i.code, path: i.path, params: i.params, message: i.message }));
}

/** The issues in both languages: the English ones, and the Vietnamese messages (checked for English words). */
function bothLanguages(input: unknown): { en: Issue[]; vi: string[] } {
  const en = issues(input, "en");
  const vi = issues(input, "vi");
  if (en === "valid" || vi === "valid") throw new Error("expected a refused record");
  expect(vi.map((i) => [i.code, i.path])).toEqual(en.map((i) => [i.code, i.path]));
  for (const issue of vi) expect(englishWords(issue.message), issue.message).toEqual([]);
  return { en, vi: vi.map((i) => i.message) };
}

describe("InternationalConferenceSchema: the decoded record", () => {
  it("decodes funding to exact Money and keeps every field as written", () => {
    const c: InternationalConference = parse(InternationalConferenceSchema, seminar);
    expect(c.funding?.map((f) => [f.source, f.amount.toString()])).toEqual([
      ["state-budget", "350000000 VND"],
      ["foreign", "12000.00 USD"],
    ]);
    expect(Money.isMoney(c.funding?.[0]?.amount)).toBe(true);
    expect(c.approval).toEqual({
      authority: "provincial-people-committee-chair",
      number: "1234/QĐ-UBND",
      date: "2024-04-02",
    });
    expect(encode(InternationalConferenceSchema, c)).toEqual(seminar);
  });

  it("reads an instant as its Vietnam day and trims names and texts", () => {
    const c = parse(InternationalConferenceSchema, {
      ...seminar,
      title: "  Hội thảo quốc tế  ",
      venue: " Nhà hát lớn ",
      start: "2024-05-13T18:30:00Z",
      approval: { ...seminar.approval, number: " 1234/QĐ-UBND " },
    });
    expect([c.start, c.title, c.venue, c.approval.number]).toEqual([
      "2024-05-14",
      "Hội thảo quốc tế",
      "Nhà hát lớn",
      "1234/QĐ-UBND",
    ]);
  });

  it("takes an online conference with no province, no co-organisers, no countries and no funding", () => {
    const { province: _p, venue: _v, funding: _f, ...rest } = seminar;
    expect(issues({ ...rest, form: "online", coOrganisers: [], participantCountries: [] })).toBe("valid");
  });

  it("takes a hybrid or in-person conference whose province is not known", () => {
    const { province: _p, ...rest } = seminar;
    expect(issues({ ...rest, form: "hybrid" })).toBe("valid");
    expect(issues(rest)).toBe("valid");
  });

  it("refuses unknown keys in strict mode, at any depth", () => {
    const r = safeParse(
      InternationalConferenceSchema,
      { ...seminar, participants: { ...seminar.participants, guests: 3 }, topic: "x" },
      { strict: true },
    );
    expect(r.success ? [] : r.issues.map((i) => [i.code, i.path])).toEqual([
      ["UNKNOWN_KEY", ["participants", "guests"]],
      ["UNKNOWN_KEY", ["topic"]],
    ]);
  });
});

describe("InternationalConferenceSchema: days", () => {
  it("takes a conference of one day, and names both days of one that ends before it starts", () => {
    expect(issues({ ...seminar, end: "2024-05-14" })).toBe("valid");
    const { en, vi } = bothLanguages({ ...seminar, end: "2024-05-13" });
    expect(en).toEqual([
      {
        code: "END_BEFORE_START",
        path: ["end"],
        params: { start: "2024-05-14", end: "2024-05-13" },
        message: "The end date 2024-05-13 is before the start date 2024-05-14",
      },
    ]);
    expect(vi).toEqual(["Ngày kết thúc 2024-05-13 trước ngày bắt đầu 2024-05-14"]);
  });

  it("takes a permission given on the first day, and refuses one given after, at the first day", () => {
    expect(issues({ ...seminar, approval: { ...seminar.approval, date: "2024-05-14" } })).toBe("valid");
    const { en, vi } = bothLanguages({ ...seminar, approval: { ...seminar.approval, date: "2024-05-15" } });
    expect(en).toEqual([
      {
        code: "DATES_OUT_OF_ORDER",
        path: ["start"],
        params: { date: "2024-05-14", previous: "2024-05-15" },
        message: "The date 2024-05-14 is before the previous date 2024-05-15",
      },
    ]);
    expect(vi).toEqual(["Ngày 2024-05-14 sớm hơn ngày trước đó 2024-05-15"]);
  });

  it("compares the permission with the Vietnam day of an instant", () => {
    // 18:30 UTC on 13 May is 14 May in Hanoi: a permission of 14 May is in time.
    const start = "2024-05-13T18:30:00Z";
    expect(issues({ ...seminar, start, approval: { ...seminar.approval, date: "2024-05-14" } })).toBe("valid");
    const late = issues({ ...seminar, start, approval: { ...seminar.approval, date: "2024-05-15" } });
    expect(late === "valid" ? [] : late.map((i) => i.code)).toEqual(["DATES_OUT_OF_ORDER"]);
  });
});

describe("InternationalConferenceSchema: the province, on the first day", () => {
  const on = (province: string, start: string, end = start) => ({
    ...seminar,
    province,
    start,
    end,
    approval: { ...seminar.approval, date: "2024-12-01" },
  });

  it("takes code 24 as Bắc Giang on 30 June 2025 and as the new Bắc Ninh on 1 July", () => {
    expect(issues(on("24", "2025-06-30"))).toBe("valid");
    expect(issues(on("24", "2025-07-01"))).toBe("valid");
  });

  it("refuses Hải Dương's code once the unit is gone, by the first day, not the last", () => {
    expect(issues(on("30", "2025-06-30", "2025-07-02"))).toBe("valid");
    const { en, vi } = bothLanguages(on("30", "2025-07-01"));
    expect(en).toEqual([
      {
        code: "PROVINCE_NOT_VALID_AT_DATE",
        path: ["province"],
        params: { code: "30", date: "2025-07-01" },
        message: "Province code 30 does not name a province-level unit on 2025-07-01",
      },
    ]);
    expect(vi).toEqual(["Mã 30 không ứng với đơn vị hành chính cấp tỉnh nào vào ngày 2025-07-01"]);
  });

  it("refuses a code that never named a unit", () => {
    const { en, vi } = bothLanguages({ ...seminar, province: "99" });
    expect(en).toEqual([
      {
        code: "UNKNOWN_PROVINCE",
        path: ["province"],
        params: { value: "99" },
        message: "Unknown province code or name 99",
      },
    ]);
    expect(vi).toEqual(["Không có tỉnh, thành phố có mã hoặc tên 99"]);
  });

  it("refuses a province on an online conference, saying why, without checking the code", () => {
    const { en, vi } = bothLanguages({ ...seminar, form: "online", province: "99" });
    expect(en).toEqual([
      {
        code: "NOT_APPLICABLE",
        path: ["province"],
        params: { field: "province", reason: "an online conference is held in no province" },
        message: "province does not apply here: an online conference is held in no province",
      },
    ]);
    expect(vi).toEqual([
      "Trường province không áp dụng ở đây: hội nghị, hội thảo trực tuyến không diễn ra tại tỉnh, thành phố nào",
    ]);
  });

  it("refuses a code of another shape before any rule between fields", () => {
    const r = issues({ ...seminar, province: "VN-HP", end: "2024-01-01" });
    expect(r === "valid" ? [] : r.map((i) => [i.code, i.path])).toEqual([["INVALID_FORMAT", ["province"]]]);
  });
});

describe("InternationalConferenceSchema: participants and their countries", () => {
  it("takes as many foreign participants as participants, and refuses one more", () => {
    expect(issues({ ...seminar, participants: { foreign: 180, total: 180 } })).toBe("valid");
    const { en, vi } = bothLanguages({ ...seminar, participants: { foreign: 181, total: 180 } });
    expect(en).toEqual([
      {
        code: "PARTS_EXCEED_TOTAL",
        path: ["participants", "foreign"],
        params: { parts: "181", total: "180" },
        message: "The parts (181) exceed the total (180)",
      },
    ]);
    expect(vi).toHaveLength(1);
    expect(vi[0]).toContain("(181)");
    expect(vi[0]).toContain("(180)");
  });

  it("names each repeat of a participant country, at its index", () => {
    const { en, vi } = bothLanguages({ ...seminar, participantCountries: ["KR", "JP", "KR", "KR"] });
    expect(en).toEqual([
      { code: "DUPLICATE_ID", path: ["participantCountries", 2], params: { id: "KR" }, message: "Duplicate id KR" },
      { code: "DUPLICATE_ID", path: ["participantCountries", 3], params: { id: "KR" }, message: "Duplicate id KR" },
    ]);
    expect(vi).toEqual(["Trùng mã KR", "Trùng mã KR"]);
  });

  it("bounds the counts: a conference has someone at it, and participants are whole people", () => {
    const none = issues({ ...seminar, participants: { foreign: 0, total: 0 } });
    expect(none === "valid" ? [] : none.map((i) => [i.code, i.path])).toEqual([
      ["OUT_OF_RANGE", ["participants", "total"]],
    ]);
    const half = issues({ ...seminar, participants: { foreign: 0.5, total: 10 } });
    expect(half === "valid" ? [] : half.map((i) => [i.code, i.path])).toEqual([
      ["INVALID_TYPE", ["participants", "foreign"]],
    ]);
    const negative = issues({ ...seminar, participants: { foreign: -1, total: 10 } });
    expect(negative === "valid" ? [] : negative.map((i) => i.code)).toEqual(["OUT_OF_RANGE"]);
  });

  it("takes at most 50 co-organisers, and knows their countries", () => {
    const many = Array.from({ length: 50 }, (_, i) => ({ name: `Partner ${i}`, country: "JP" }));
    expect(issues({ ...seminar, coOrganisers: many })).toBe("valid");
    const tooMany = issues({ ...seminar, coOrganisers: [...many, { name: "One more" }] });
    expect(tooMany === "valid" ? [] : tooMany.map((i) => [i.code, i.path])).toEqual([
      ["TOO_MANY_ITEMS", ["coOrganisers"]],
    ]);
    const unknown = issues({ ...seminar, coOrganisers: [{ name: "Nowhere Institute", country: "XX" }] });
    expect(unknown === "valid" ? [] : unknown.map((i) => [i.code, i.path])).toEqual([
      ["UNKNOWN_COUNTRY", ["coOrganisers", 0, "country"]],
    ]);
  });
});

describe("InternationalConferenceSchema: funding", () => {
  const funded = (amount: string, currency = "VND") => ({
    ...seminar,
    funding: [{ source: "sponsorship", amount: { amount, currency } }],
  });

  it("takes a zero amount, and refuses a negative one at its amount", () => {
    expect(issues(funded("0"))).toBe("valid");
    expect(issues(funded("-0"))).toBe("valid");
    const { en, vi } = bothLanguages(funded("-1"));
    expect(en).toEqual([
      {
        code: "OUT_OF_RANGE",
        path: ["funding", 0, "amount", "amount"],
        params: { value: "-1", range: "≥ 0" },
        message: "Value -1 is out of range (≥ 0)",
      },
    ]);
    expect(vi).toEqual(["Giá trị -1 nằm ngoài khoảng cho phép (≥ 0)"]);
  });

  it("refuses half a đồng and a float amount", () => {
    const half = issues(funded("0.5"));
    expect(half === "valid" ? [] : half.map((i) => [i.code, i.path])).toEqual([
      ["PRECISION_EXCEEDED", ["funding", 0, "amount", "amount"]],
    ]);
    const float = issues({ ...seminar, funding: [{ source: "other", amount: { amount: 0.1, currency: "USD" } }] });
    expect(float === "valid" ? [] : float.map((i) => i.code)).toEqual(["UNSAFE_NUMBER"]);
  });

  it("keeps each source with its own currency", () => {
    const c = parse(InternationalConferenceSchema, seminar);
    expect(c.funding?.map((f) => f.amount.currency)).toEqual(["VND", "USD"]);
  });
});

describe("InternationalConferenceSchema: field issues come alone", () => {
  it("waits with the rules between fields until every field is valid", () => {
    const r = issues({
      ...seminar,
      status: "done",
      end: "2024-01-01",
      participants: { foreign: 500, total: 10 },
      participantCountries: ["KR", "KR"],
    });
    expect(r === "valid" ? [] : r.map((i) => [i.code, i.path])).toEqual([["INVALID_ENUM", ["status"]]]);
  });

  it("reports every rule between fields at once, in the order of the fields", () => {
    const r = issues({
      ...seminar,
      form: "online",
      end: "2024-05-01",
      participantCountries: ["KR", "KR"],
      participants: { foreign: 200, total: 10 },
      approval: { ...seminar.approval, date: "2024-06-01" },
      funding: [{ source: "other", amount: { amount: "-5", currency: "VND" } }],
    });
    expect(r === "valid" ? [] : r.map((i) => i.code)).toEqual([
      "END_BEFORE_START",
      "NOT_APPLICABLE",
      "DUPLICATE_ID",
      "PARTS_EXCEED_TOTAL",
      "DATES_OUT_OF_ORDER",
      "OUT_OF_RANGE",
    ]);
  });
});

describe("the enums and parts", () => {
  it("name the forms, statuses, authorities and funding sources", () => {
    expect(ConferenceFormSchema.options).toEqual(["in-person", "online", "hybrid"]);
    expect(ConferenceStatusSchema.options).toEqual(["planned", "held", "cancelled"]);
    expect(ConferenceAuthoritySchema.options).toEqual(["prime-minister", "provincial-people-committee-chair"]);
    expect(ConferenceFundingSourceSchema.options).toEqual(["state-budget", "foreign", "sponsorship", "other"]);
  });

  it("give a refused enum value as INVALID_ENUM, with the options", () => {
    const r = issues({ ...seminar, approval: { ...seminar.approval, authority: "minister" } });
    expect(r === "valid" ? [] : r.map((i) => [i.code, i.path, i.params])).toEqual([
      [
        "INVALID_ENUM",
        ["approval", "authority"],
        { options: "prime-minister, provincial-people-committee-chair", received: '"minister"' },
      ],
    ]);
  });
});

describe("conferenceCountedIn", () => {
  it("counts a conference in the period of its first day, both ends included", () => {
    const h1 = { start: "2024-01-01", end: "2024-06-30" };
    expect(conferenceCountedIn({ start: "2024-01-01" }, h1)).toBe(true);
    expect(conferenceCountedIn({ start: "2024-06-30" }, h1)).toBe(true);
    expect(conferenceCountedIn({ start: "2023-12-31" }, h1)).toBe(false);
    expect(conferenceCountedIn({ start: "2024-07-01" }, h1)).toBe(false);
  });
});

// ── fixtures ─────────────────────────────────────────────────────────────────

/** The rules only zod checks (as test/entities/fixtures.test.ts lists them): a JSON Schema validator lets these pass. */
const ZOD_ONLY = new Set([
  "END_BEFORE_START",
  "DATES_OUT_OF_ORDER",
  "PARTS_EXCEED_TOTAL",
  "DUPLICATE_ID",
  "NOT_APPLICABLE",
  "UNKNOWN_PROVINCE",
  "PROVINCE_NOT_VALID_AT_DATE",
  "PRECISION_EXCEEDED",
]);
const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}:?\d{2}))?$/;

function at(record: unknown, path: readonly (string | number)[]): unknown {
  let node = record;
  for (const key of path) node = (node as Record<string | number, unknown>)[key];
  return node;
}

function zodOnly(issue: ExpectedIssue, record: unknown): boolean {
  if (ZOD_ONLY.has(issue.code)) return true;
  if (issue.code === "INVALID_DATE") return DATE_SHAPE.test(String(at(record, issue.path)));
  return issue.code === "OUT_OF_RANGE" && issue.path[issue.path.length - 1] === "amount";
}

const jsonSchema = z.toJSONSchema(InternationalConferenceSchema, { io: "input", target: "draft-2020-12" });
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(jsonSchema);

describe("the international-conference fixtures", () => {
  it("have valid records and a corpus of invalid ones", () => {
    expect(fixtures.valid.length).toBeGreaterThanOrEqual(2);
    expect(fixtures.invalid.length).toBeGreaterThanOrEqual(8);
  });

  describe.each(fixtures.valid)("valid: $name", ({ record }) => {
    it("parses, passes the JSON Schema, and encodes back to a wire form that decodes the same", () => {
      const result = safeParse(InternationalConferenceSchema, record);
      expect(result.success ? [] : result.issues).toEqual([]);
      expect(validate(record), JSON.stringify(validate.errors)).toBe(true);
      const wire = encode(InternationalConferenceSchema, parse(InternationalConferenceSchema, record));
      expect(validate(wire)).toBe(true);
      if (!JSON.stringify(record).includes("T18:30:00Z")) expect(wire).toEqual(record);
      else expect(wire).toMatchObject({ start: "2025-07-01" });
    });
  });

  describe.each(fixtures.invalid)("invalid: $name", ({ record, expect: expected }) => {
    it("reports exactly the expected codes at the expected paths, in both languages", () => {
      const en = safeParse(InternationalConferenceSchema, record);
      const vi = safeParse(InternationalConferenceSchema, record, { lang: "vi" });
      if (en.success || vi.success) throw new Error("expected a failure");
      const codesAndPaths = (list: readonly NgoaivuIssue[]) => list.map((i) => ({ code: i.code, path: [...i.path] }));
      expect(codesAndPaths(en.issues)).toEqual(expect.arrayContaining(expected.map((e) => ({ ...e }))));
      expect(en.issues).toHaveLength(expected.length);
      expect(codesAndPaths(vi.issues)).toEqual(codesAndPaths(en.issues));
      for (const [i, issue] of vi.issues.entries()) {
        expect(issue.message).not.toBe(en.issues[i]?.message);
        expect(englishWords(issue.message), issue.message).toEqual([]);
      }
    });

    const onlyZod = expected.every((issue) => zodOnly(issue, record));
    it(onlyZod ? "passes the JSON Schema (a rule only zod checks)" : "fails the JSON Schema too", () => {
      expect(validate(record)).toBe(onlyZod);
    });
  });

  it("all pass through parseBatch, none lost", () => {
    const batch = parseBatch(InternationalConferenceSchema, [...records, ...fixtures.invalid.map((f) => f.record)]);
    expect(batch.valid.map((v) => v.index)).toEqual(records.map((_, i) => i));
    expect(batch.invalid).toHaveLength(fixtures.invalid.length);
  });
});

// ── the doc examples of src/entities/conference.ts ──────────────────────────

describe("the doc examples", () => {
  it("are true", () => {
    expect(
      ConferenceApprovalSchema.parse({
        authority: "provincial-people-committee-chair",
        number: " 1234/QĐ-UBND ",
        date: "2024-03-01",
      }).number,
    ).toBe("1234/QĐ-UBND");
    expect(
      ConferenceCoOrganiserSchema.parse({ name: "Japan International Cooperation Agency", country: "JP" }).country,
    ).toBe("JP");
    expect(ConferenceParticipantsSchema.parse({ foreign: 45, total: 180 }).foreign).toBe(45);
    expect(ConferenceParticipantsSchema.safeParse({ foreign: 0, total: 0 }).success).toBe(false);
    expect(
      ConferenceFundingSchema.parse({
        source: "foreign",
        amount: { amount: "12000", currency: "USD" },
      }).amount.toString(),
    ).toBe("12000.00 USD");
    const wire = { ...seminar, coOrganisers: [{ name: "Korea Maritime Institute", country: "KR" }] };
    expect(parse(InternationalConferenceSchema, wire).funding?.[0]?.amount.toString()).toBe("350000000 VND");
    const bad = safeParse(InternationalConferenceSchema, {
      ...wire,
      province: "30",
      start: "2025-08-04",
      end: "2025-08-05",
      participantCountries: ["KR", "KR"],
    });
    expect(bad.success ? [] : bad.issues.map((i) => [i.code, i.path.join(".")])).toEqual([
      ["PROVINCE_NOT_VALID_AT_DATE", "province"],
      ["DUPLICATE_ID", "participantCountries.1"],
    ]);
    const forum = { start: "2024-06-30", end: "2024-07-01" };
    expect(conferenceCountedIn(forum, { start: "2024-01-01", end: "2024-06-30" })).toBe(true);
    expect(conferenceCountedIn(forum, { start: "2024-07-01", end: "2024-12-31" })).toBe(false);
  });
});

describe("the wire type", () => {
  it("takes a database row whose days are plain strings and whose arrays are readonly", () => {
    interface Row {
      readonly member: string;
      readonly title: string;
      readonly form: InternationalConferenceInput["form"];
      readonly start: string;
      readonly end: string;
      readonly coOrganisers: readonly { readonly name: string }[];
      readonly participantCountries: readonly string[];
      readonly participants: { readonly foreign: number; readonly total: number };
      readonly approval: InternationalConferenceInput["approval"];
      readonly status: InternationalConferenceInput["status"];
    }
    const row: Row = {
      member: "vp-ubnd-ha-nam",
      title: "Hội thảo",
      form: "online",
      start: "2024-06-30 20:00:00+00",
      end: "2024-07-01",
      coOrganisers: [],
      participantCountries: ["FR"],
      participants: { foreign: 3, total: 20 },
      approval: { authority: "provincial-people-committee-chair", date: "2024-06-01" },
      status: "held",
    };
    const input: InternationalConferenceInput = row;
    expect(parse(InternationalConferenceSchema, input).start).toBe("2024-07-01");
  });
});

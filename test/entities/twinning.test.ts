/**
 * Twinning and friendship relations (src/entities/twinning.ts): the exact
 * params and messages of each rule in both languages, the district rule on
 * 30 June and 1 July 2025, the days on which a rule just holds (ended on the
 * day it was established), the helpers at the edges of a period, the
 * fixtures (through zod and the JSON Schema of the wire form).
 * (The compiled decoder is held to zod on these fixtures with every other
 * kind's, in test/entities/decoder.test.ts.)
 */
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import {
  ForeignLocalityLevelSchema,
  ForeignLocalitySchema,
  isNewTwinning,
  isTwinningActive,
  isTwinningEndedIn,
  isTwinningInForce,
  LocalPartyLevelSchema,
  LocalPartySchema,
  TwinningKindSchema,
  type TwinningRelation,
  type TwinningRelationInput,
  TwinningRelationSchema,
  TwinningStatusSchema,
} from "../../src/entities/twinning.js";
import {
  DISTRICTS_ENDED,
  type EntityName,
  encode,
  type Lang,
  type NgoaivuIssue,
  Period,
  parse,
  parseBatch,
  safeParse,
} from "../../src/index.js";
import { englishWords } from "../_english.js";
import { runs } from "../fuzz/_hostile.js";
import { type ExpectedIssue, loadFixtures } from "./_fixtures.js";

const relation: TwinningRelationInput = {
  member: "so-ngoai-vu-cao-bang",
  localParty: { level: "district", name: "huyện Trùng Khánh" },
  foreignLocality: { name: "Daxin County", country: "CN", level: "county" },
  kind: "twinning",
  established: "2015-09-10",
  status: "in-force",
};

function issues(input: unknown, lang: Lang = "en") {
  const r = safeParse(TwinningRelationSchema, input, { lang });
  return r.success
    ? "valid"
    : r.issues.map((i) => ({ code: i.code, path: i.path, params: i.params, message: i.message }));
}

describe("TwinningRelationSchema: the level of the Vietnamese party", () => {
  it("takes a district party established on 30 June 2025, the last day of district-level government", () => {
    expect(DISTRICTS_ENDED).toBe("2025-07-01");
    expect(issues({ ...relation, established: "2025-06-30" })).toBe("valid");
  });

  it("refuses a district party established on 1 July 2025, naming the level and the day in each language", () => {
    const record = { ...relation, established: "2025-07-01" };
    expect(issues(record)).toEqual([
      {
        code: "LEVEL_NOT_VALID_AT_DATE",
        path: ["localParty", "level"],
        params: { level: "district-level government", date: "2025-07-01" },
        message:
          "There was no district-level government on 2025-07-01: that level of local government did not exist then",
      },
    ]);
    expect(issues(record, "vi")).toEqual([
      {
        code: "LEVEL_NOT_VALID_AT_DATE",
        path: ["localParty", "level"],
        params: { level: "chính quyền cấp huyện", date: "2025-07-01" },
        message:
          "Không có chính quyền cấp huyện vào ngày 2025-07-01: cấp chính quyền địa phương này không tồn tại vào thời điểm đó",
      },
    ]);
    const vi = safeParse(TwinningRelationSchema, record, { lang: "vi" });
    expect(vi.success ? [] : vi.issues.flatMap((i) => englishWords(i.message))).toEqual([]);
  });

  it("reads the day as a Vietnam day: an instant on the evening of 30 June UTC is 1 July", () => {
    const r = issues({ ...relation, established: "2025-06-30T17:00:00Z" });
    expect(r === "valid" ? [] : r.map((i) => [i.code, i.params.date])).toEqual([
      ["LEVEL_NOT_VALID_AT_DATE", "2025-07-01"],
    ]);
    expect(issues({ ...relation, established: "2025-06-30T16:59:59Z" })).toBe("valid");
  });

  it("takes a commune, a ward, a special zone, a hamlet and the province itself on any day", () => {
    for (const level of ["province", "commune", "ward", "special-zone", "hamlet"] as const)
      for (const established of ["2015-09-10", "2025-06-30", "2025-07-01", "2026-02-17"])
        expect(issues({ ...relation, localParty: { level, name: "Đàm Thủy" }, established }), level).toBe("valid");
  });

  it("keeps to the district rule whatever the status: an ended district relation established after districts ended is refused too", () => {
    const record = { ...relation, established: "2025-07-01", ended: "2025-12-31", status: "ended" };
    const r = issues(record);
    expect(r === "valid" ? [] : r.map((i) => i.code)).toEqual(["LEVEL_NOT_VALID_AT_DATE"]);
  });
});

describe("TwinningRelationSchema: the end day", () => {
  const ended = { ...relation, status: "ended", ended: "2025-06-30" };

  it("takes an end day on or after the day it was established", () => {
    expect(issues(ended)).toBe("valid");
    expect(issues({ ...ended, ended: "2015-09-10" })).toBe("valid");
  });

  it("names both days of an end before the day it was established", () => {
    const record = { ...ended, ended: "2015-09-09" };
    expect(issues(record)).toEqual([
      {
        code: "END_BEFORE_START",
        path: ["ended"],
        params: { start: "2015-09-10", end: "2015-09-09" },
        message: "The end date 2015-09-09 is before the start date 2015-09-10",
      },
    ]);
    expect(issues(record, "vi")).toEqual([
      {
        code: "END_BEFORE_START",
        path: ["ended"],
        params: { start: "2015-09-10", end: "2015-09-09" },
        message: "Ngày kết thúc 2015-09-09 trước ngày bắt đầu 2015-09-10",
      },
    ]);
  });

  it("refuses an end day on a relation in force or suspended, saying why in each language", () => {
    for (const status of ["in-force", "suspended"] as const) {
      const record = { ...relation, status, ended: "2024-05-01" };
      expect(issues(record)).toEqual([
        {
          code: "NOT_APPLICABLE",
          path: ["ended"],
          params: { field: "ended", reason: "only an ended relation has an end day" },
          message: "ended does not apply here: only an ended relation has an end day",
        },
      ]);
      expect(issues(record, "vi")).toEqual([
        {
          code: "NOT_APPLICABLE",
          path: ["ended"],
          params: { field: "ended", reason: "chỉ quan hệ đã chấm dứt mới có ngày chấm dứt" },
          message: "Trường ended không áp dụng ở đây: chỉ quan hệ đã chấm dứt mới có ngày chấm dứt",
        },
      ]);
    }
  });

  it("requires the end day of an ended relation", () => {
    const record = { ...relation, status: "ended" };
    expect(issues(record)).toEqual([{ code: "REQUIRED", path: ["ended"], params: {}, message: "A value is required" }]);
    expect(issues(record, "vi")).toEqual([
      { code: "REQUIRED", path: ["ended"], params: {}, message: "Trường này là bắt buộc" },
    ]);
  });

  it("reports a field issue alone: the rules between fields wait until every field is valid", () => {
    const record = { ...ended, foreignLocality: { ...relation.foreignLocality, name: "" }, ended: "2000-01-01" };
    expect(issues({ ...record, established: "2025-08-01" })).toEqual([
      { code: "REQUIRED", path: ["foreignLocality", "name"], params: {}, message: "A value is required" },
    ]);
  });
});

describe("the enums and parts", () => {
  it("refuses a level outside its list, listing the levels it takes", () => {
    // Kept out of the fixtures: the list of levels is codes, not words, but holds "district",
    // which the command's check for English in Vietnamese output counts as a word.
    const local = issues({ ...relation, localParty: { level: "township", name: "thị trấn Trà Lĩnh" } }, "vi");
    expect(local === "valid" ? [] : local.map((i) => [i.code, i.path, i.message])).toEqual([
      [
        "INVALID_ENUM",
        ["localParty", "level"],
        'Giá trị phải là một trong province, district, commune, ward, special-zone, hamlet, nhận được "township"',
      ],
    ]);
    const foreign = issues({ ...relation, foreignLocality: { ...relation.foreignLocality, level: "oblast" } });
    expect(foreign === "valid" ? [] : foreign.map((i) => [i.code, i.path])).toEqual([
      ["INVALID_ENUM", ["foreignLocality", "level"]],
    ]);
  });

  it("lists the levels, kinds and statuses", () => {
    expect(LocalPartyLevelSchema.options).toEqual([
      "province",
      "district",
      "commune",
      "ward",
      "special-zone",
      "hamlet",
    ]);
    expect(ForeignLocalityLevelSchema.options).toContain("prefecture");
    expect(TwinningKindSchema.options).toEqual(["twinning", "friendship-cooperation", "people-to-people"]);
    expect(TwinningStatusSchema.options).toEqual(["in-force", "suspended", "ended"]);
  });

  it("trims names and refuses a foreign locality without a known country", () => {
    expect(LocalPartySchema.parse({ level: "commune", name: " xã Đàm Thủy " }).name).toBe("xã Đàm Thủy");
    const r = safeParse(ForeignLocalitySchema, { name: "Atlantis", country: "XX", level: "city" });
    expect(r.success ? [] : r.issues.map((i) => [i.code, i.path])).toEqual([["UNKNOWN_COUNTRY", ["country"]]]);
  });

  it("decodes an agreement id and a note, and encodes back to the wire form", () => {
    const wire = { ...relation, agreementId: "TTQT-2015-09", note: "Biên bản thỏa thuận kết nghĩa" };
    const decoded: TwinningRelation = parse(TwinningRelationSchema, wire);
    expect(decoded.agreementId).toBe("TTQT-2015-09");
    expect(encode(TwinningRelationSchema, decoded)).toEqual(wire);
  });
});

describe("the helpers", () => {
  const h1 = Period.halfYear(2024, 1);
  const endedOn = (ended: string) => ({ established: "2012-04-10", ended, status: "ended" }) as const;

  it("is in force from the day it was established, and no longer at the close of its end day", () => {
    expect(isTwinningInForce(endedOn("2024-06-30"), "2012-04-09")).toBe(false);
    expect(isTwinningInForce(endedOn("2024-06-30"), "2012-04-10")).toBe(true);
    expect(isTwinningInForce(endedOn("2024-06-30"), "2024-06-29")).toBe(true);
    expect(isTwinningInForce(endedOn("2024-06-30"), "2024-06-30")).toBe(false);
  });

  it("counts a suspended relation as in force, and an ended one without its day as never in force", () => {
    expect(isTwinningInForce({ established: "2012-04-10", status: "suspended" }, "2030-01-01")).toBe(true);
    expect(isTwinningInForce({ established: "2012-04-10", status: "ended" }, "2012-04-10")).toBe(false);
    expect(isTwinningActive({ established: "2012-04-10", status: "ended" }, h1)).toBe(false);
    // An end day on a relation that is not ended is not read (the schema refuses it).
    expect(
      isTwinningInForce({ established: "2012-04-10", ended: "2013-01-01", status: "in-force" }, "2024-06-30"),
    ).toBe(true);
  });

  it("is active in a period from its first day to its last, its end day included", () => {
    expect(isTwinningActive(endedOn("2023-12-31"), h1)).toBe(false);
    expect(isTwinningActive(endedOn("2024-01-01"), h1)).toBe(true);
    expect(isTwinningActive({ established: "2024-06-30", status: "in-force" }, h1)).toBe(true);
    expect(isTwinningActive({ established: "2024-07-01", status: "in-force" }, h1)).toBe(false);
  });

  it("is new in the period that holds the day it was established, and ended in the one that holds its end day", () => {
    expect(isNewTwinning({ established: "2024-01-01" }, h1)).toBe(true);
    expect(isNewTwinning({ established: "2023-12-31" }, h1)).toBe(false);
    expect(isTwinningEndedIn(endedOn("2024-06-30"), h1)).toBe(true);
    expect(isTwinningEndedIn(endedOn("2024-07-01"), h1)).toBe(false);
    expect(isTwinningEndedIn({ ended: "2024-03-01", status: "in-force" }, h1)).toBe(false);
  });

  it("property: an active relation is either in force at the period's close or ended in it, never both", () => {
    const day = fc
      .integer({ min: 0, max: 3000 })
      .map((n) => new Date(Date.UTC(2020, 0, 1 + n)).toISOString().slice(0, 10));
    fc.assert(
      fc.property(
        day,
        fc.integer({ min: 0, max: 800 }),
        fc.boolean(),
        day,
        fc.integer({ min: 0, max: 400 }),
        (est, len, ended, start, span) => {
          const endDay = new Date(Date.parse(est) + len * 86_400_000).toISOString().slice(0, 10);
          const r = ended
            ? ({ established: est, ended: endDay, status: "ended" } as const)
            : ({ established: est, status: "in-force" } as const);
          const period = { start, end: new Date(Date.parse(start) + span * 86_400_000).toISOString().slice(0, 10) };
          const inForce = isTwinningInForce(r, period.end);
          const endedIn = isTwinningEndedIn(r, period);
          expect(isTwinningActive(r, period)).toBe(inForce !== endedIn);
          expect(inForce && endedIn).toBe(false);
          if (isNewTwinning(r, period)) expect(isTwinningActive(r, period)).toBe(true);
        },
      ),
      runs(500),
    );
  });
});

// ── fixtures ────────────────────────────────────────────────────────────────

const ENTITY = "twinning-relation";
const fixtures = loadFixtures(ENTITY as EntityName);

/** The rules only the zod schema checks: a JSON Schema validator accepts a record whose only problems are these. */
function zodOnly(issue: ExpectedIssue, record: unknown): boolean {
  // The rules between fields.
  if (["LEVEL_NOT_VALID_AT_DATE", "END_BEFORE_START", "NOT_APPLICABLE"].includes(issue.code)) return true;
  // A day that does not exist (2024-02-30) has the shape of a date: only zod reads the calendar.
  if (issue.code === "INVALID_DATE")
    return /^\d{4}-\d{2}-\d{2}$/.test(String((record as Record<string, unknown>)[issue.path[0] as string]));
  // Required only for an ended relation.
  return issue.code === "REQUIRED" && issue.path.join(".") === "ended";
}

/** Words a Vietnamese message may hold: the field it names and the values of the enums (codes to type, not English). */
const CODES = ["ended", ...LocalPartyLevelSchema.options, ...ForeignLocalityLevelSchema.options];

function codesAndPaths(list: readonly NgoaivuIssue[]) {
  return list.map((i) => ({ code: i.code, path: [...i.path] }));
}

const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(z.toJSONSchema(TwinningRelationSchema, { io: "input", target: "draft-2020-12" }));

describe("twinning-relation fixtures", () => {
  it("has valid records and a corpus of invalid ones", () => {
    expect(fixtures.valid.length).toBeGreaterThanOrEqual(2);
    expect(fixtures.invalid.length).toBeGreaterThanOrEqual(8);
  });

  describe.each(fixtures.valid)("valid: $name", ({ record }) => {
    it("parses, passes the JSON Schema and encodes back to a wire form that decodes to the same value", () => {
      const result = safeParse(TwinningRelationSchema, record);
      expect(result.success ? [] : result.issues).toEqual([]);
      expect(validate(record), JSON.stringify(validate.errors)).toBe(true);
      const wire = encode(TwinningRelationSchema, parse(TwinningRelationSchema, record));
      expect(encode(TwinningRelationSchema, parse(TwinningRelationSchema, wire))).toEqual(wire);
      expect(validate(wire), JSON.stringify(validate.errors)).toBe(true);
    });
  });

  it("decodes an instant to its Vietnam day", () => {
    const atInstant = fixtures.valid.find((f) => f.name.includes("instant"))?.record;
    expect(parse(TwinningRelationSchema, atInstant).established).toBe("2018-05-19");
  });

  describe.each(fixtures.invalid)("invalid: $name", ({ record, expect: expected }) => {
    it("reports exactly the expected codes at the expected paths, in both languages", () => {
      const en = safeParse(TwinningRelationSchema, record);
      const vi = safeParse(TwinningRelationSchema, record, { lang: "vi" });
      if (en.success || vi.success) throw new Error("expected a failure");
      expect(codesAndPaths(en.issues)).toEqual(expect.arrayContaining(expected.map((e) => ({ ...e }))));
      expect(en.issues).toHaveLength(expected.length);
      expect(codesAndPaths(vi.issues)).toEqual(codesAndPaths(en.issues));
      for (const [i, issue] of vi.issues.entries()) {
        expect(issue.message).not.toBe(en.issues[i]?.message);
        // The field a message names and the values an enum takes are codes, not words.
        expect(englishWords(issue.message, CODES)).toEqual([]);
      }
    });

    const onlyZod = expected.every((issue) => zodOnly(issue, record));
    it(onlyZod ? "passes the JSON Schema (a rule only zod checks)" : "fails the JSON Schema too", () => {
      expect(validate(record)).toBe(onlyZod);
    });
  });

  it("is read in a batch: the valid ones decoded, the invalid ones with their indices", () => {
    const inputs = [...fixtures.valid.map((f) => f.record), ...fixtures.invalid.map((f) => f.record)];
    const batch = parseBatch(TwinningRelationSchema, inputs);
    expect(batch.values).toHaveLength(fixtures.valid.length);
    expect(batch.invalid.map((i) => i.index)).toEqual(fixtures.invalid.map((_, i) => fixtures.valid.length + i));
  });
});

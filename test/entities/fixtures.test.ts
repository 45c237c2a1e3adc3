import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import {
  ENTITY_SCHEMAS,
  type EntityName,
  encode,
  entityJsonSchema,
  type NgoaivuIssue,
  parse,
  safeParse,
} from "../../src/index.js";
import { type ExpectedIssue, loadFixtures } from "./_fixtures.js";

const ENTITIES = Object.keys(ENTITY_SCHEMAS) as EntityName[];

/**
 * The rules only the zod schemas check. A JSON Schema validator accepts a
 * record whose only problems are these; it refuses every other invalid
 * fixture.
 */
const ZOD_ONLY_CODES = new Set([
  // cross-field rules
  "END_BEFORE_START",
  "DATES_OUT_OF_ORDER",
  "PARTS_EXCEED_TOTAL",
  "CURRENCY_MISMATCH",
  "NOT_A_CLUSTER_MEMBER",
  "DUPLICATE_ID",
  "MEMBER_COUNT_MISMATCH",
  "NOT_APPLICABLE",
  "SIGNATORY_NOT_VALID_AT_DATE",
  "LEVEL_NOT_VALID_AT_DATE",
  // values that have the right shape but name nothing real (dates: see below)
  "UNKNOWN_CURRENCY",
  "UNKNOWN_PROVINCE",
  "PROVINCE_NOT_VALID_AT_DATE",
  "UNKNOWN_CASE_TYPE",
  "PRECISION_EXCEEDED",
]);

/** The pattern the JSON Schema gives a date: the shape only, not the calendar. */
const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}:?\d{2}))?$/;

function at(record: unknown, path: readonly (string | number)[]): unknown {
  let node = record;
  for (const key of path) node = (node as Record<string | number, unknown>)[key];
  return node;
}

function zodOnly(entity: EntityName, issue: ExpectedIssue, record: unknown): boolean {
  if (ZOD_ONLY_CODES.has(issue.code)) return true;
  // A day that does not exist (2024-02-30) has the shape of a date: only zod reads the calendar.
  if (issue.code === "INVALID_DATE" || issue.code === "INVALID_INSTANT")
    return DATE_SHAPE.test(String(at(record, issue.path)));
  // A money amount may not be negative where the domain says so; the wire pattern allows a sign.
  if (issue.code === "OUT_OF_RANGE" && issue.path[issue.path.length - 1] === "amount") return true;
  // Required only in some states: a closed case's closing day, an ABTC application's ABTC part.
  const path = issue.path.join(".");
  // … an ended twinning's end day, an answered proposal's day and a Ministry unit's name.
  if (issue.code !== "REQUIRED") return false;
  if (entity === "consular-case") return path === "closed" || path === "abtc";
  if (entity === "twinning-relation") return path === "ended";
  return entity === "proposal" && (path === "answered" || path === "addressee.unit");
}

function codesAndPaths(issues: readonly NgoaivuIssue[]) {
  return issues.map((i) => ({ code: i.code, path: [...i.path] }));
}

const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);

describe.each(ENTITIES)("%s fixtures", (entity) => {
  const schema = ENTITY_SCHEMAS[entity];
  const { valid, invalid } = loadFixtures(entity);
  const validate = ajv.compile(entityJsonSchema(entity));

  it("has valid records and a corpus of invalid ones", () => {
    expect(valid.length).toBeGreaterThanOrEqual(2);
    expect(invalid.length).toBeGreaterThanOrEqual(8);
  });

  describe.each(valid)("valid: $name", ({ record }) => {
    it("parses", () => {
      const result = safeParse(schema, record);
      expect(result.success ? [] : result.issues).toEqual([]);
    });

    it("passes the JSON Schema", () => {
      expect(validate(record), JSON.stringify(validate.errors)).toBe(true);
    });

    it("encodes back to a wire form that decodes to the same value", () => {
      const decoded = parse(schema, record);
      const wire = encode(schema, decoded);
      expect(JSON.parse(JSON.stringify(encode(schema, parse(schema, wire))))).toEqual(JSON.parse(JSON.stringify(wire)));
      expect(validate(wire), JSON.stringify(validate.errors)).toBe(true);
    });
  });

  describe.each(invalid)("invalid: $name", ({ record, expect: expected }) => {
    it("reports exactly the expected codes at the expected paths", () => {
      const result = safeParse(schema, record);
      expect(result.success).toBe(false);
      if (result.success) return;
      expect(codesAndPaths(result.issues)).toEqual(expect.arrayContaining(expected.map((e) => ({ ...e }))));
      expect(result.issues).toHaveLength(expected.length);
    });

    it("reports it in Vietnamese too, with the same codes", () => {
      const en = safeParse(schema, record);
      const vi = safeParse(schema, record, { lang: "vi" });
      if (en.success || vi.success) throw new Error("expected a failure");
      expect(codesAndPaths(vi.issues)).toEqual(codesAndPaths(en.issues));
      for (const [i, issue] of vi.issues.entries()) expect(issue.message).not.toBe(en.issues[i]?.message);
    });

    const onlyZod = expected.every((issue) => zodOnly(entity, issue, record));
    it(onlyZod ? "passes the JSON Schema (a rule only zod checks)" : "fails the JSON Schema too", () => {
      expect(validate(record)).toBe(onlyZod);
    });
  });
});

describe("wire round trip", () => {
  it("gives back every valid fixture written with plain dates exactly", () => {
    for (const entity of ENTITIES) {
      for (const { name, record } of loadFixtures(entity).valid) {
        if (JSON.stringify(record).includes("T18:30:00Z")) continue; // an instant decodes to its Vietnam day
        expect(encode(ENTITY_SCHEMAS[entity], parse(ENTITY_SCHEMAS[entity], record)), `${entity}: ${name}`).toEqual(
          record,
        );
      }
    }
  });

  it("reads an instant as its Vietnam day: 18:30 UTC on 30 June is 1 July in Hanoi", () => {
    const record = loadFixtures("consular-case").valid[2]?.record;
    const decoded = parse(ENTITY_SCHEMAS["consular-case"], record);
    expect(decoded.opened).toBe("2024-07-01");
    expect(encode(ENTITY_SCHEMAS["consular-case"], decoded)).toMatchObject({ opened: "2024-07-01" });
  });
});

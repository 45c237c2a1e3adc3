/**
 * ConsularCase: consular work a member handles: general consular cases,
 * citizen protection (bảo hộ công dân), ABTC applications (permission to use
 * the APEC Business Travel Card), and any other type a user registers.
 *
 * @module
 */
import * as z from "zod";
import { formatRule, NgoaivuError } from "../errors/index.js";
import { addDomainIssue } from "./_issues.js";
import {
  CountryCodeSchema,
  DateSchema,
  type DeepReadonly,
  MemberIdSchema,
  NameSchema,
  RecordIdSchema,
  TextSchema,
} from "./common.js";

/**
 * The built-in consular case types.
 *
 * @example
 * ```ts
 * import { BUILT_IN_CONSULAR_CASE_TYPES } from "ngoaivu";
 * BUILT_IN_CONSULAR_CASE_TYPES; //=> ["consular", "citizen-protection", "abtc-application"]
 * ```
 */
export const BUILT_IN_CONSULAR_CASE_TYPES = ["consular", "citizen-protection", "abtc-application"] as const;

const CASE_TYPE_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const caseTypes = new Set<string>(BUILT_IN_CONSULAR_CASE_TYPES);

/** Why a closing day does not apply (the `reason` of `NOT_APPLICABLE`), in each language. */
const STILL_OPEN = { en: "the case is still open", vi: "vụ việc vẫn đang được giải quyết" } as const;

/** Why `abtc` does not apply (the `reason` of `NOT_APPLICABLE`), in each language. */
const ONLY_ABTC = {
  en: "only an abtc-application has it",
  vi: "chỉ vụ việc loại abtc-application mới có thông tin này",
} as const;

/**
 * Registers another consular case type (e.g. `"visa-support"`), so records of
 * that type validate. Registering a type twice is harmless.
 *
 * @param type - lowercase ASCII words joined by hyphens
 * @returns the type
 * @throws {@link NgoaivuError} `INVALID_ARGUMENT` for a malformed type
 *
 * @example
 * ```ts
 * import { registerConsularCaseType, isConsularCaseType } from "ngoaivu";
 * registerConsularCaseType("visa-support"); //=> "visa-support"
 * isConsularCaseType("visa-support"); //=> true
 * registerConsularCaseType("Visa support"); //=> throws INVALID_ARGUMENT
 * ```
 */
export function registerConsularCaseType(type: string): string {
  if (typeof type !== "string" || type.length > 64 || !CASE_TYPE_PATTERN.test(type))
    throw new NgoaivuError("INVALID_ARGUMENT", {
      name: "type",
      detail: {
        en: "expected lowercase ASCII words joined by hyphens, e.g. visa-support",
        vi: "cần các từ ASCII viết thường nối bằng dấu gạch ngang, như visa-support",
      },
    });
  caseTypes.add(type);
  return type;
}

/**
 * Tells whether a consular case type is built in or registered.
 *
 * @param type - the type
 * @returns `true` when records of that type validate
 *
 * @example
 * ```ts
 * import { isConsularCaseType } from "ngoaivu";
 * isConsularCaseType("citizen-protection"); //=> true
 * isConsularCaseType("tourism"); //=> false
 * ```
 */
export function isConsularCaseType(type: string): boolean {
  return caseTypes.has(type);
}

/**
 * A consular case type: built in (`consular`, `citizen-protection`,
 * `abtc-application`) or registered with {@link registerConsularCaseType}
 * (`UNKNOWN_CASE_TYPE` otherwise).
 *
 * @example
 * ```ts
 * import { ConsularCaseTypeSchema } from "ngoaivu";
 * ConsularCaseTypeSchema.parse("citizen-protection"); //=> "citizen-protection"
 * ConsularCaseTypeSchema.safeParse("tourism").success; //=> false
 * ```
 */
export const ConsularCaseTypeSchema = /* @__PURE__ */ (() =>
  z
    .string()
    .max(64)
    .regex(
      CASE_TYPE_PATTERN,
      formatRule(
        { en: "lowercase ASCII words joined by hyphens", vi: "các từ chữ thường không dấu nối bằng dấu gạch ngang" },
        { abort: true },
      ),
    )
    .check((payload) => {
      // Cross-field rules run once every field is valid (a field may still be in its wire form).
      if (payload.issues.length > 0) return;
      if (!caseTypes.has(payload.value))
        addDomainIssue(payload, "UNKNOWN_CASE_TYPE", { type: payload.value }, [], payload.value);
    })
    .describe("consular, citizen-protection, abtc-application, or a type registered with registerConsularCaseType"))();

/**
 * Status of a consular case: `open` (đang xử lý) or `closed` (đã giải quyết xong).
 *
 * @example
 * ```ts
 * import { ConsularCaseStatusSchema } from "ngoaivu";
 * ConsularCaseStatusSchema.options; //=> ["open", "closed"]
 * ```
 */
export const ConsularCaseStatusSchema = /* @__PURE__ */ (() => z.enum(["open", "closed"]))();

/**
 * The decision on an ABTC application: approved or refused, with its number and day.
 *
 * @example
 * ```ts
 * import { AbtcDecisionSchema } from "ngoaivu";
 * AbtcDecisionSchema.parse({ outcome: "approved", number: "215/QĐ-UBND", date: "2024-04-16" }).outcome; //=> "approved"
 * ```
 */
export const AbtcDecisionSchema = /* @__PURE__ */ (() =>
  z.object({
    outcome: z.enum(["approved", "refused"]),
    number: NameSchema.optional().describe("Number of the decision, e.g. 123/QĐ-UBND"),
    date: DateSchema,
  }))();

/**
 * The ABTC part of an `abtc-application` case: the applicant enterprise and,
 * once taken, the decision.
 *
 * @example
 * ```ts
 * import { AbtcApplicationSchema } from "ngoaivu";
 * AbtcApplicationSchema.parse({ enterprise: "Công ty TNHH Dệt may Hưng Yên" }).decision; //=> undefined
 * ```
 */
export const AbtcApplicationSchema = /* @__PURE__ */ (() =>
  z.object({
    enterprise: NameSchema.describe("The applicant enterprise"),
    decision: AbtcDecisionSchema.optional().describe("Absent while the application is pending"),
  }))();

/**
 * A consular case. Domain rules: the type is known (`UNKNOWN_CASE_TYPE`);
 * `closed ≥ opened` (`END_BEFORE_START`); a closed case has a closing day and
 * an open one has none (`REQUIRED`, `NOT_APPLICABLE`); an ABTC application
 * carries `abtc` and other types do not (`REQUIRED`, `NOT_APPLICABLE`); its
 * decision is on or after the opening day (`DATES_OUT_OF_ORDER`).
 *
 * @example
 * ```ts
 * import { safeParse, ConsularCaseSchema } from "ngoaivu";
 * const result = safeParse(ConsularCaseSchema, {
 *   member: "vp-ubnd-hung-yen", type: "abtc-application", opened: "2024-04-02", status: "open", persons: 3,
 * });
 * result.success ? [] : result.issues.map((i) => [i.code, i.path.join(".")]); //=> [["REQUIRED", "abtc"]]
 * ```
 */
export const ConsularCaseSchema = /* @__PURE__ */ (() =>
  z
    .object({
      id: RecordIdSchema.optional(),
      member: MemberIdSchema,
      type: ConsularCaseTypeSchema,
      opened: DateSchema.describe("Day the case was opened or the application received"),
      closed: DateSchema.optional().describe("Day the case was closed"),
      status: ConsularCaseStatusSchema,
      persons: z.int().min(1).max(100_000).describe("Number of persons involved"),
      country: CountryCodeSchema.optional().describe("Country where it happened, or of the persons involved"),
      summary: TextSchema.optional(),
      abtc: AbtcApplicationSchema.optional(),
    })
    .check((payload) => {
      // Cross-field rules run once every field is valid (a field may still be in its wire form).
      if (payload.issues.length > 0) return;
      const c = payload.value;
      if (c.closed !== undefined) {
        if (c.status !== "closed")
          addDomainIssue(payload, "NOT_APPLICABLE", (lang) => ({ field: "closed", reason: STILL_OPEN[lang] }), [
            "closed",
          ]);
        else if (c.closed < c.opened)
          addDomainIssue(payload, "END_BEFORE_START", { start: c.opened, end: c.closed }, ["closed"]);
      } else if (c.status === "closed") addDomainIssue(payload, "REQUIRED", {}, ["closed"]);
      if (c.type === "abtc-application") {
        if (c.abtc === undefined) addDomainIssue(payload, "REQUIRED", {}, ["abtc"]);
        else if (c.abtc.decision !== undefined && c.abtc.decision.date < c.opened)
          addDomainIssue(payload, "DATES_OUT_OF_ORDER", { date: c.abtc.decision.date, previous: c.opened }, [
            "abtc",
            "decision",
            "date",
          ]);
      } else if (c.abtc !== undefined)
        addDomainIssue(payload, "NOT_APPLICABLE", (lang) => ({ field: "abtc", reason: ONLY_ABTC[lang] }), ["abtc"]);
    }))();

/** A consular case, decoded. */
export interface ConsularCase extends z.output<typeof ConsularCaseSchema> {}
/**
 * A consular case on the wire (JSON): dates as strings, arrays and properties
 * readonly at any depth, so a hand-built `as const` record or a
 * database row (its days as `string`) is one without a cast.
 */
export interface ConsularCaseInput extends DeepReadonly<z.input<typeof ConsularCaseSchema>> {}

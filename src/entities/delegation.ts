/**
 * Delegation: an outgoing delegation (đoàn ra: provincial officials going
 * abroad) or an incoming one (đoàn vào: foreign visitors received).
 *
 * @module
 */
import * as z from "zod";
import { addDomainIssue } from "./_issues.js";
import {
  AmountSchema,
  CountryCodeSchema,
  type DateRange,
  DateSchema,
  type DeepReadonly,
  isDateInRange,
  MemberIdSchema,
  NameSchema,
  RecordIdSchema,
  TextSchema,
} from "./common.js";
import { nonNegative } from "./oda-project.js";

/**
 * Direction of a delegation: `outgoing` (đoàn ra) or `incoming` (đoàn vào).
 *
 * @example
 * ```ts
 * import { DelegationDirectionSchema } from "ngoaivu";
 * DelegationDirectionSchema.options; //=> ["outgoing", "incoming"]
 * ```
 */
export const DelegationDirectionSchema = /* @__PURE__ */ (() => z.enum(["outgoing", "incoming"]))();

/**
 * Level of the provincial leader heading an outgoing delegation, or receiving
 * an incoming one: `party-secretary` (Bí thư Tỉnh ủy),
 * `people-committee-chair` (Chủ tịch UBND), `people-committee-vice-chair`
 * (Phó Chủ tịch UBND), `department-head` (Giám đốc Sở / lãnh đạo sở, ngành),
 * `other`.
 *
 * @example
 * ```ts
 * import { LeaderLevelSchema } from "ngoaivu";
 * LeaderLevelSchema.options.length; //=> 5
 * ```
 */
export const LeaderLevelSchema = /* @__PURE__ */ (() =>
  z.enum(["party-secretary", "people-committee-chair", "people-committee-vice-chair", "department-head", "other"]))();

/**
 * Status of a delegation: `planned` (kế hoạch), `completed` (đã thực hiện),
 * `cancelled` (hủy).
 *
 * @example
 * ```ts
 * import { DelegationStatusSchema } from "ngoaivu";
 * DelegationStatusSchema.options; //=> ["planned", "completed", "cancelled"]
 * ```
 */
export const DelegationStatusSchema = /* @__PURE__ */ (() => z.enum(["planned", "completed", "cancelled"]))();

/**
 * A delegation. Domain rules: `end ≥ start` (`END_BEFORE_START`); country
 * codes are known (`UNKNOWN_COUNTRY`) and each is listed once
 * (`DUPLICATE_ID`: a delegation to Korea counts once under Korea); the cost
 * is exact `Money` and not negative (`OUT_OF_RANGE`: a refund is not a cost).
 * A delegation is counted in the period of its start day
 * ({@link delegationCountedIn}).
 *
 * @example
 * ```ts
 * import { parse, safeParse, DelegationSchema } from "ngoaivu";
 * const d = parse(DelegationSchema, {
 *   member: "so-ngoai-vu-hai-phong", direction: "outgoing", start: "2024-06-28", end: "2024-07-03",
 *   countries: ["KR"], ledBy: "people-committee-vice-chair", headcount: 6,
 *   purpose: "Trade promotion in Incheon", status: "completed",
 *   cost: { amount: "350000000", currency: "VND" },
 * });
 * d.cost?.toString(); //=> "350000000 VND"
 * const twice = safeParse(DelegationSchema, { ...d, countries: ["KR", "KR"], cost: { amount: "-1", currency: "VND" } });
 * twice.success ? [] : twice.issues.map((i) => [i.code, i.path.join(".")]);
 * //=> [["DUPLICATE_ID", "countries.1"], ["OUT_OF_RANGE", "cost.amount"]]
 * ```
 */
export const DelegationSchema = /* @__PURE__ */ (() =>
  z
    .object({
      id: RecordIdSchema.optional(),
      member: MemberIdSchema,
      direction: DelegationDirectionSchema,
      start: DateSchema.describe("First day of the visit"),
      end: DateSchema.describe("Last day of the visit"),
      countries: z
        .array(CountryCodeSchema)
        .min(1)
        .max(50)
        .describe("Countries visited (outgoing) or of origin (incoming)"),
      partners: z.array(NameSchema).max(100).optional().describe("Partner organisations"),
      ledBy: LeaderLevelSchema,
      headcount: z.int().min(1).max(10_000),
      purpose: TextSchema,
      cost: AmountSchema.optional(),
      status: DelegationStatusSchema,
    })
    .check((payload) => {
      // Cross-field rules run once every field is valid (a field may still be in its wire form).
      if (payload.issues.length > 0) return;
      const d = payload.value;
      if (d.end < d.start) addDomainIssue(payload, "END_BEFORE_START", { start: d.start, end: d.end }, ["end"]);
      d.countries.forEach((code, i) => {
        if (d.countries.indexOf(code) !== i) addDomainIssue(payload, "DUPLICATE_ID", { id: code }, ["countries", i]);
      });
      nonNegative(payload, d.cost, ["cost", "amount"]);
    }))();

/** A delegation, decoded (`cost` is a `Money`). */
export interface Delegation extends z.output<typeof DelegationSchema> {}
/**
 * A delegation on the wire (JSON): dates and amounts as strings, arrays and
 * properties readonly at any depth, so a hand-built `as const` record or a
 * database row (its days as `string`) is one without a cast.
 */
export interface DelegationInput extends DeepReadonly<z.input<typeof DelegationSchema>> {}

/**
 * Tells whether a delegation counts in a period: by its start day, on the
 * Vietnam calendar. A delegation of 28 June – 3 July 2024 counts in 2024-H1.
 *
 * @param delegation - the delegation (anything with a `start` day, `YYYY-MM-DD`)
 * @param period - the period (a `Period` or any `{ start, end }`)
 * @returns `true` when it started within the period
 *
 * @example
 * ```ts
 * import { delegationCountedIn } from "ngoaivu";
 * const trip = { start: "2024-06-28", end: "2024-07-03" };
 * delegationCountedIn(trip, { start: "2024-01-01", end: "2024-06-30" }); //=> true
 * delegationCountedIn(trip, { start: "2024-07-01", end: "2024-12-31" }); //=> false
 * ```
 */
export function delegationCountedIn(delegation: { readonly start: string }, period: DateRange): boolean {
  return isDateInRange(delegation.start, period);
}

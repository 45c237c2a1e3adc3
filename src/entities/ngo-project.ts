/**
 * NgoProject: non-refundable aid from a foreign non-governmental
 * organisation (viện trợ phi chính phủ nước ngoài): a programme, a project or
 * non-project aid.
 *
 * @module
 */
import * as z from "zod";
import { addDomainIssue } from "./_issues.js";
import {
  AmountSchema,
  CountryCodeSchema,
  DateSchema,
  type DeepReadonly,
  MemberIdSchema,
  NameSchema,
  RecordIdSchema,
} from "./common.js";
import { checkStatusOrder, nonNegative, StatusChangeSchema } from "./oda-project.js";

/**
 * Form of aid: `programme` (chương trình), `project` (dự án), `non-project`
 * (phi dự án).
 *
 * @example
 * ```ts
 * import { NgoAidFormSchema } from "ngoaivu";
 * NgoAidFormSchema.options; //=> ["programme", "project", "non-project"]
 * ```
 */
export const NgoAidFormSchema = /* @__PURE__ */ (() => z.enum(["programme", "project", "non-project"]))();

/**
 * The foreign NGO or donor: its name and country.
 *
 * @example
 * ```ts
 * import { NgoDonorSchema } from "ngoaivu";
 * NgoDonorSchema.parse({ name: "Plan International", country: "GB" }).country; //=> "GB"
 * ```
 */
export const NgoDonorSchema = /* @__PURE__ */ (() =>
  z.object({
    name: NameSchema,
    country: CountryCodeSchema,
  }))();

/**
 * The approval decision (quyết định phê duyệt): its number, day and authority.
 *
 * @example
 * ```ts
 * import { ApprovalDecisionSchema } from "ngoaivu";
 * ApprovalDecisionSchema.parse({ number: "512/QĐ-UBND", date: "2024-03-11", authority: "Ninh Binh Provincial People's Committee" }).date;
 * //=> "2024-03-11"
 * ```
 */
export const ApprovalDecisionSchema = /* @__PURE__ */ (() =>
  z.object({
    number: NameSchema.describe("Number of the decision, e.g. 1234/QĐ-UBND"),
    date: DateSchema,
    authority: NameSchema.describe("Who approved, e.g. Provincial People's Committee"),
  }))();

/**
 * A disbursement: its value and value day.
 *
 * @example
 * ```ts
 * import { DisbursementSchema } from "ngoaivu";
 * DisbursementSchema.parse({ value: { amount: "40000.00", currency: "USD" }, date: "2024-04-01" }).value.toString(); //=> "40000.00 USD"
 * ```
 */
export const DisbursementSchema = /* @__PURE__ */ (() =>
  z.object({
    value: AmountSchema,
    date: DateSchema.describe("Value date (used for currency conversion)"),
  }))();

/**
 * A foreign NGO project. Domain rules: amounts are not negative
 * (`OUT_OF_RANGE`); status changes are in date order and disbursements come
 * on or after the approval (`DATES_OUT_OF_ORDER`); `end ≥ start`
 * (`END_BEFORE_START`). Disbursements may be in another currency than the
 * commitment: they are summed per currency, never added to it.
 *
 * @example
 * ```ts
 * import { parse, NgoProjectSchema } from "ngoaivu";
 * const project = parse(NgoProjectSchema, {
 *   member: "vp-ubnd-ninh-binh", title: "Clean water for schools", donor: { name: "Plan International", country: "GB" },
 *   aidForm: "project", committed: { amount: "85000", currency: "USD" },
 *   approval: { number: "512/QĐ-UBND", date: "2024-03-11", authority: "Ninh Bình People's Committee" },
 *   statuses: [{ status: "implementation", from: "2024-03-11" }],
 * });
 * project.committed.toString(); //=> "85000.00 USD"
 * ```
 */
export const NgoProjectSchema = /* @__PURE__ */ (() =>
  z
    .object({
      id: RecordIdSchema.optional(),
      member: MemberIdSchema,
      title: NameSchema,
      donor: NgoDonorSchema,
      aidForm: NgoAidFormSchema,
      committed: AmountSchema.describe("Committed value"),
      disbursements: z.array(DisbursementSchema).max(10_000).optional(),
      approval: ApprovalDecisionSchema,
      sector: NameSchema.optional().describe("Field, e.g. health, education, or an OECD DAC code"),
      statuses: z.array(StatusChangeSchema).min(1).max(100).describe("Status history (IATI statuses), oldest first"),
      start: DateSchema.optional(),
      end: DateSchema.optional(),
    })
    .check((payload) => {
      // Cross-field rules run once every field is valid (a field may still be in its wire form).
      if (payload.issues.length > 0) return;
      const p = payload.value;
      nonNegative(payload, p.committed, ["committed", "amount"]);
      p.disbursements?.forEach((d, i) => {
        nonNegative(payload, d.value, ["disbursements", i, "value", "amount"]);
        if (d.date < p.approval.date)
          addDomainIssue(payload, "DATES_OUT_OF_ORDER", { date: d.date, previous: p.approval.date }, [
            "disbursements",
            i,
            "date",
          ]);
      });
      checkStatusOrder(payload, p.statuses);
      if (p.start !== undefined && p.end !== undefined && p.end < p.start)
        addDomainIssue(payload, "END_BEFORE_START", { start: p.start, end: p.end }, ["end"]);
    }))();

/** A foreign NGO project, decoded (amounts are `Money`). */
export interface NgoProject extends z.output<typeof NgoProjectSchema> {}
/**
 * A foreign NGO project on the wire (JSON): dates and amounts as strings, arrays and
 * properties readonly at any depth, so a hand-built `as const` record or a
 * database row (its days as `string`) is one without a cast.
 */
export interface NgoProjectInput extends DeepReadonly<z.input<typeof NgoProjectSchema>> {}

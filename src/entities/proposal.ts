/**
 * Proposal: a proposal or recommendation (kiến nghị, đề xuất) a member sends
 * to the Ministry of Foreign Affairs, as a whole or to one of its units
 * (the 267 that localities sent to the 21st National Conference on External
 * Affairs), in one of the areas the Ministry names, and the Ministry's answer.
 *
 * @module
 */
import * as z from "zod";
import { NgoaivuError, quoteInput } from "../errors/index.js";
import { isCalendarDate } from "../period/index.js";
import { addDomainIssue } from "./_issues.js";
import { DateSchema, type DeepReadonly, MemberIdSchema, NameSchema, RecordIdSchema, TextSchema } from "./common.js";

/** Why a unit does not apply (the `reason` of `NOT_APPLICABLE`), in each language. */
const WHOLE_MINISTRY = {
  en: "a proposal to the Ministry as a whole names no unit",
  vi: "kiến nghị, đề xuất gửi chung Bộ Ngoại giao không ghi đơn vị nhận",
} as const;

/** Why an answer or its day does not apply (the `reason` of `NOT_APPLICABLE`), in each language. */
const NOT_ANSWERED = {
  en: "the proposal has not been answered",
  vi: "kiến nghị, đề xuất chưa được trả lời",
} as const;

/**
 * Who a proposal is addressed to: the Ministry of Foreign Affairs as a whole
 * (`ministry`, Bộ Ngoại giao) or one of its units (`ministry-unit`, an đơn vị
 * thuộc Bộ, such as the Department of Local Affairs and Cultural Diplomacy).
 *
 * @example
 * ```ts
 * import { ProposalAddresseeBodySchema } from "ngoaivu";
 * ProposalAddresseeBodySchema.options; //=> ["ministry", "ministry-unit"]
 * ```
 */
export const ProposalAddresseeBodySchema = /* @__PURE__ */ (() => z.enum(["ministry", "ministry-unit"]))();

/**
 * The addressee of a proposal: the body, and for a unit of the Ministry its
 * name (`unit`: required for `ministry-unit`, not applicable for `ministry`;
 * the proposal's schema checks both).
 *
 * @example
 * ```ts
 * import { ProposalAddresseeSchema } from "ngoaivu";
 * ProposalAddresseeSchema.parse({ body: "ministry-unit", unit: " Cục Ngoại vụ và Ngoại giao văn hóa " }).unit;
 * //=> "Cục Ngoại vụ và Ngoại giao văn hóa"
 * ```
 */
export const ProposalAddresseeSchema = /* @__PURE__ */ (() =>
  z.object({
    body: ProposalAddresseeBodySchema,
    unit: NameSchema.optional().describe(
      "The unit of the Ministry, e.g. Cục Ngoại vụ và Ngoại giao văn hóa (only for ministry-unit, required there)",
    ),
  }))();

/** The addressee of a proposal, decoded. */
export interface ProposalAddressee extends z.output<typeof ProposalAddresseeSchema> {}

/**
 * The area a proposal is about, as the Ministry names the areas a province
 * reports on: economic, political and cultural diplomacy, foreign
 * information, consular work and citizen protection, overseas Vietnamese,
 * border and territory, international agreements, international conferences
 * and seminars, delegations, organisation and staffing, or other.
 *
 * @example
 * ```ts
 * import { ProposalAreaSchema } from "ngoaivu";
 * ProposalAreaSchema.options.length; //=> 12
 * ProposalAreaSchema.safeParse("overseas-vietnamese").success; //=> true
 * ProposalAreaSchema.safeParse("tourism").success; //=> false
 * ```
 */
export const ProposalAreaSchema = /* @__PURE__ */ (() =>
  z.enum([
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
  ]))();

/**
 * An area of a proposal (see {@link ProposalAreaSchema}).
 *
 * @example
 * ```ts
 * import type { ProposalArea } from "ngoaivu";
 * const area: ProposalArea = "border-territory";
 * area; //=> "border-territory"
 * ```
 */
export type ProposalArea = z.infer<typeof ProposalAreaSchema>;

/**
 * Status of a proposal: `sent` (đã gửi), `considering` (the Ministry is
 * considering it: đang xem xét) or `answered` (đã được trả lời).
 *
 * @example
 * ```ts
 * import { ProposalStatusSchema } from "ngoaivu";
 * ProposalStatusSchema.options; //=> ["sent", "considering", "answered"]
 * ```
 */
export const ProposalStatusSchema = /* @__PURE__ */ (() => z.enum(["sent", "considering", "answered"]))();

/**
 * A status of a proposal (see {@link ProposalStatusSchema}).
 *
 * @example
 * ```ts
 * import type { ProposalStatus } from "ngoaivu";
 * const status: ProposalStatus = "considering";
 * status; //=> "considering"
 * ```
 */
export type ProposalStatus = z.infer<typeof ProposalStatusSchema>;

/**
 * A proposal or recommendation to the Ministry of Foreign Affairs. Domain
 * rules: a proposal to a unit of the Ministry names the unit, one to the
 * Ministry as a whole names none (`REQUIRED`, `NOT_APPLICABLE` at
 * `addressee.unit`); an answered proposal has its answering day and no
 * other has one (`REQUIRED`, `NOT_APPLICABLE` at `answered`), on or after
 * the day it was sent (`END_BEFORE_START`); only an answered proposal
 * carries the answer's text (`NOT_APPLICABLE` at `answer`).
 *
 * @example
 * ```ts
 * import { safeParse, ProposalSchema } from "ngoaivu";
 * const proposal = {
 *   member: "so-ngoai-vu-thanh-hoa",
 *   sent: "2024-11-20",
 *   addressee: { body: "ministry" },
 *   occasion: "Hội nghị Ngoại vụ toàn quốc lần thứ 21",
 *   area: "economic-diplomacy",
 *   text: "Đề nghị Bộ hỗ trợ kết nối địa phương với các đối tác Nhật Bản",
 *   status: "answered",
 *   answered: "2024-12-16",
 * };
 * safeParse(ProposalSchema, proposal).success; //=> true
 * const early = safeParse(ProposalSchema, { ...proposal, answered: "2024-11-19" });
 * early.success ? [] : early.issues.map((i) => [i.code, i.path.join(".")]); //=> [["END_BEFORE_START", "answered"]]
 * const unit = safeParse(ProposalSchema, { ...proposal, addressee: { body: "ministry-unit" } });
 * unit.success ? [] : unit.issues.map((i) => [i.code, i.path.join(".")]); //=> [["REQUIRED", "addressee.unit"]]
 * ```
 */
export const ProposalSchema = /* @__PURE__ */ (() =>
  z
    .object({
      id: RecordIdSchema.optional(),
      member: MemberIdSchema,
      sent: DateSchema.describe("Day the proposal was sent"),
      addressee: ProposalAddresseeSchema,
      occasion: NameSchema.optional().describe(
        "The occasion it was sent for, e.g. Hội nghị Ngoại vụ toàn quốc lần thứ 21",
      ),
      area: ProposalAreaSchema,
      text: TextSchema.describe("The proposal or recommendation"),
      status: ProposalStatusSchema,
      answered: DateSchema.optional().describe("Day the Ministry answered (only when answered, required there)"),
      answer: TextSchema.optional().describe("The Ministry's answer (only when answered)"),
    })
    .check((payload) => {
      // Cross-field rules run once every field is valid (a field may still be in its wire form).
      if (payload.issues.length > 0) return;
      const p = payload.value;
      if (p.addressee.body === "ministry-unit") {
        if (p.addressee.unit === undefined) addDomainIssue(payload, "REQUIRED", {}, ["addressee", "unit"]);
      } else if (p.addressee.unit !== undefined)
        addDomainIssue(
          payload,
          "NOT_APPLICABLE",
          (lang) => ({ field: "addressee.unit", reason: WHOLE_MINISTRY[lang] }),
          ["addressee", "unit"],
        );
      if (p.answered !== undefined) {
        if (p.status !== "answered")
          addDomainIssue(payload, "NOT_APPLICABLE", (lang) => ({ field: "answered", reason: NOT_ANSWERED[lang] }), [
            "answered",
          ]);
        else if (p.answered < p.sent)
          addDomainIssue(payload, "END_BEFORE_START", { start: p.sent, end: p.answered }, ["answered"]);
      } else if (p.status === "answered") addDomainIssue(payload, "REQUIRED", {}, ["answered"]);
      if (p.answer !== undefined && p.status !== "answered")
        addDomainIssue(payload, "NOT_APPLICABLE", (lang) => ({ field: "answer", reason: NOT_ANSWERED[lang] }), [
          "answer",
        ]);
    }))();

/**
 * A proposal to the Ministry, decoded: its days are `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * import { parse, type Proposal, ProposalSchema } from "ngoaivu";
 * const p: Proposal = parse(ProposalSchema, {
 *   member: "vp-ubnd-ha-nam", sent: "2024-06-30T20:00:00Z", addressee: { body: "ministry" },
 *   area: "consular", text: "Đề nghị hướng dẫn thủ tục cấp thẻ ABTC", status: "sent",
 * });
 * p.sent; //=> "2024-07-01"
 * ```
 */
export interface Proposal extends z.output<typeof ProposalSchema> {}

/**
 * A proposal on the wire (JSON): days as strings, properties readonly at any
 * depth, so a hand-built `as const` record or a database row (its days as
 * `string`) is one without a cast.
 *
 * @example
 * ```ts
 * import { type ProposalInput, ProposalSchema, safeParse } from "ngoaivu";
 * const row: ProposalInput = {
 *   member: "so-ngoai-vu-ha-noi", sent: "2024-05-02", addressee: { body: "ministry-unit", unit: "Vụ Lễ tân" },
 *   area: "delegations", text: "Đề nghị hướng dẫn quy trình đón đoàn cấp cao", status: "considering",
 * };
 * safeParse(ProposalSchema, row).success; //=> true
 * ```
 */
export interface ProposalInput extends DeepReadonly<z.input<typeof ProposalSchema>> {}

const DAY_MS = 86_400_000;

/** Milliseconds of a day's UTC midnight (`setUTCFullYear` keeps the years 0–99, which `Date.UTC` would move). */
function utcMidnight(day: string, field: string): number {
  if (!isCalendarDate(day)) throw new NgoaivuError("INVALID_DATE", { value: quoteInput(day) }, { path: [field] });
  return new Date(0).setUTCFullYear(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
}

/**
 * The days from a proposal's sending to its answer: calendar days between
 * two Vietnam days, counted on UTC midnights (no time zone can shift them);
 * `0` for one answered the day it was sent, `undefined` for one not
 * answered. A report sums them over the proposals answered in a period
 * (`proposals.answerDays`), so that the mean, `answerDays / answered`,
 * merges exactly.
 *
 * @param proposal - a proposal with its days as `YYYY-MM-DD` (decode a row first)
 * @returns the days, or `undefined` without an answering day
 * @throws {@link NgoaivuError} `INVALID_DATE` for a day that is not `YYYY-MM-DD`
 *
 * @example
 * ```ts
 * import { daysToAnswer } from "ngoaivu";
 * daysToAnswer({ sent: "2024-02-28", answered: "2024-03-01" }); //=> 2
 * daysToAnswer({ sent: "2024-12-31", answered: "2025-01-01" }); //=> 1
 * daysToAnswer({ sent: "2024-06-03", answered: "2024-06-03" }); //=> 0
 * daysToAnswer({ sent: "2024-06-03" }); //=> undefined
 * daysToAnswer({ sent: "2024-06-03", answered: "2024-06-31" }); //=> throws INVALID_DATE
 * ```
 */
export function daysToAnswer(proposal: {
  readonly sent: string;
  readonly answered?: string | undefined;
}): number | undefined {
  if (proposal.answered === undefined) return undefined;
  return Math.round((utcMidnight(proposal.answered, "answered") - utcMidnight(proposal.sent, "sent")) / DAY_MS);
}

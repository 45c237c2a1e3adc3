/**
 * InternationalAgreement: an international agreement (thỏa thuận quốc tế)
 * signed by a province, its People's Council or Committee, a department, or a
 * border commune with a foreign partner, under the Law on International
 * Agreements 2020. It is never a treaty (điều ước quốc tế).
 *
 * @module
 */
import * as z from "zod";
import { addDomainIssue, codeMessage } from "./_issues.js";
import {
  CountryCodeSchema,
  type DateRange,
  DateSchema,
  type DeepReadonly,
  isDateInRange,
  MemberIdSchema,
  NameSchema,
  RecordIdSchema,
} from "./common.js";

const TREATY = /treaty|điều ước|dieu uoc|dieu-uoc/i;

/** The level `district-people-committee` (the `level` of `SIGNATORY_NOT_VALID_AT_DATE`), in each language. */
const DISTRICT_COMMITTEE = { en: "district People's Committee", vi: "Ủy ban nhân dân cấp huyện" } as const;

/** Why a termination day does not apply (the `reason` of `NOT_APPLICABLE`), in each language. */
const NOT_TERMINATED = {
  en: "only a terminated agreement has a termination day",
  vi: "chỉ thỏa thuận đã chấm dứt mới có ngày chấm dứt",
} as const;

/**
 * The form of an agreement: `agreement` (thỏa thuận), `memorandum-of-understanding`
 * (bản ghi nhớ), `letter-of-intent` (thư ý định), `cooperation-plan` (kế hoạch,
 * chương trình hợp tác), `minutes` (biên bản), `other`. A treaty is refused
 * with `TREATY_NOT_ALLOWED`.
 *
 * @example
 * ```ts
 * import { safeParse, AgreementFormSchema } from "ngoaivu";
 * const result = safeParse(AgreementFormSchema, "treaty");
 * result.success ? "" : result.issues[0]?.code; //=> "TREATY_NOT_ALLOWED"
 * ```
 */
export const AgreementFormSchema = /* @__PURE__ */ (() =>
  z.enum(["agreement", "memorandum-of-understanding", "letter-of-intent", "cooperation-plan", "minutes", "other"], {
    error: (issue) =>
      typeof issue.input === "string" && TREATY.test(issue.input)
        ? codeMessage("TREATY_NOT_ALLOWED", issue)
        : undefined,
  }))();

/**
 * The Vietnamese signatory: `provincial-people-council` (HĐND tỉnh),
 * `provincial-people-committee` (UBND tỉnh), `department` (cơ quan chuyên môn
 * thuộc UBND tỉnh), `district-people-committee` (UBND huyện: only before
 * 1 July 2025, when districts ended), `border-commune-people-committee`
 * (UBND xã biên giới).
 *
 * @example
 * ```ts
 * import { SignatoryLevelSchema } from "ngoaivu";
 * SignatoryLevelSchema.options.length; //=> 5
 * ```
 */
export const SignatoryLevelSchema = /* @__PURE__ */ (() =>
  z.enum([
    "provincial-people-council",
    "provincial-people-committee",
    "department",
    "district-people-committee",
    "border-commune-people-committee",
  ]))();

/**
 * The first day without district-level People's Committees (districts ended
 * with the 2025 reorganisation).
 *
 * @example
 * ```ts
 * import { DISTRICTS_ENDED } from "ngoaivu";
 * DISTRICTS_ENDED; //=> "2025-07-01"
 * ```
 */
export const DISTRICTS_ENDED = "2025-07-01";

/**
 * The kind of a foreign party: `foreign-locality` (địa phương nước ngoài),
 * `international-organisation` (tổ chức quốc tế), `foreign-enterprise`
 * (doanh nghiệp nước ngoài), `other`.
 *
 * @example
 * ```ts
 * import { ForeignPartyKindSchema } from "ngoaivu";
 * ForeignPartyKindSchema.options.length; //=> 4
 * ```
 */
export const ForeignPartyKindSchema = /* @__PURE__ */ (() =>
  z.enum(["foreign-locality", "international-organisation", "foreign-enterprise", "other"]))();

/**
 * A foreign party to an agreement: its kind, name and (except for an
 * international organisation) country.
 *
 * @example
 * ```ts
 * import { ForeignPartySchema } from "ngoaivu";
 * ForeignPartySchema.parse({ kind: "foreign-locality", name: "Gyeonggi Province", country: "KR" }).country; //=> "KR"
 * ```
 */
export const ForeignPartySchema = /* @__PURE__ */ (() =>
  z.object({
    kind: ForeignPartyKindSchema,
    name: NameSchema,
    country: CountryCodeSchema.optional().describe("Absent for an international organisation"),
  }))();

/**
 * The status of an agreement: `signed` (đã ký), `in-force` (đang có hiệu lực),
 * `expired` (hết hiệu lực), `terminated` (chấm dứt).
 *
 * @example
 * ```ts
 * import { AgreementStatusSchema } from "ngoaivu";
 * AgreementStatusSchema.options; //=> ["signed", "in-force", "expired", "terminated"]
 * ```
 */
export const AgreementStatusSchema = /* @__PURE__ */ (() => z.enum(["signed", "in-force", "expired", "terminated"]))();

/**
 * An international agreement. Domain rules: never a treaty
 * (`TREATY_NOT_ALLOWED`); a district People's Committee signs only before
 * 1 July 2025 (`SIGNATORY_NOT_VALID_AT_DATE`); `effective ≥ signed`
 * (`DATES_OUT_OF_ORDER`); `expiry ≥ effective` (`END_BEFORE_START`);
 * `terminated` is a day on or after signing (`DATES_OUT_OF_ORDER`) and only
 * for a terminated agreement (`NOT_APPLICABLE`).
 *
 * @example
 * ```ts
 * import { safeParse, InternationalAgreementSchema } from "ngoaivu";
 * const result = safeParse(InternationalAgreementSchema, {
 *   member: "so-ngoai-vu-tuyen-quang", title: "Biên bản ghi nhớ hợp tác", form: "memorandum-of-understanding",
 *   signatory: "district-people-committee", foreignParties: [{ kind: "foreign-locality", name: "Malipo County", country: "CN" }],
 *   signed: "2025-08-15", status: "signed",
 * });
 * result.success ? [] : result.issues.map((i) => i.code); //=> ["SIGNATORY_NOT_VALID_AT_DATE"]
 * ```
 */
export const InternationalAgreementSchema = /* @__PURE__ */ (() =>
  z
    .object({
      id: RecordIdSchema.optional(),
      member: MemberIdSchema,
      title: NameSchema,
      form: AgreementFormSchema,
      signatory: SignatoryLevelSchema,
      foreignParties: z.array(ForeignPartySchema).min(1).max(50),
      signed: DateSchema.describe("Day of signing"),
      effective: DateSchema.optional().describe("Day it takes effect; the signing day when absent"),
      expiry: DateSchema.optional().describe("Last day in force; open-ended when absent"),
      terminated: DateSchema.optional().describe("Day it was terminated early"),
      status: AgreementStatusSchema,
      field: NameSchema.optional().describe("Field of cooperation"),
    })
    .check((payload) => {
      // Cross-field rules run once every field is valid (a field may still be in its wire form).
      if (payload.issues.length > 0) return;
      const a = payload.value;
      if (a.signatory === "district-people-committee" && a.signed >= DISTRICTS_ENDED)
        addDomainIssue(
          payload,
          "SIGNATORY_NOT_VALID_AT_DATE",
          (lang) => ({ level: DISTRICT_COMMITTEE[lang], date: a.signed }),
          ["signatory"],
        );
      if (a.effective !== undefined && a.effective < a.signed)
        addDomainIssue(payload, "DATES_OUT_OF_ORDER", { date: a.effective, previous: a.signed }, ["effective"]);
      const from = a.effective ?? a.signed;
      if (a.expiry !== undefined && a.expiry < from)
        addDomainIssue(payload, "END_BEFORE_START", { start: from, end: a.expiry }, ["expiry"]);
      if (a.terminated !== undefined) {
        if (a.status !== "terminated")
          addDomainIssue(payload, "NOT_APPLICABLE", (lang) => ({ field: "terminated", reason: NOT_TERMINATED[lang] }), [
            "terminated",
          ]);
        else if (a.terminated < a.signed)
          addDomainIssue(payload, "DATES_OUT_OF_ORDER", { date: a.terminated, previous: a.signed }, ["terminated"]);
      }
    }))();

/** An international agreement, decoded. */
export interface InternationalAgreement extends z.output<typeof InternationalAgreementSchema> {}
/**
 * An international agreement on the wire (JSON): dates and amounts as strings, arrays and
 * properties readonly at any depth, so a hand-built `as const` record or a
 * database row (its days as `string`) is one without a cast.
 */
export interface InternationalAgreementInput extends DeepReadonly<z.input<typeof InternationalAgreementSchema>> {}

/**
 * Tells whether an agreement is **new** in a period: signed within it.
 *
 * @param agreement - the agreement
 * @param period - the period (a `Period` or any `{ start, end }`)
 * @returns `true` when the signing day is in the period
 *
 * @example
 * ```ts
 * import { isNewAgreement } from "ngoaivu";
 * isNewAgreement({ signed: "2024-03-15" }, { start: "2024-01-01", end: "2024-06-30" }); //=> true
 * ```
 */
export function isNewAgreement(agreement: { readonly signed: string }, period: DateRange): boolean {
  return isDateInRange(agreement.signed, period);
}

/**
 * Tells whether an agreement is **in force** on a day (for a period, pass its
 * last day): it has taken effect (`effective`, else `signed`), has not expired
 * (`expiry`), and was not terminated on or before that day. A terminated
 * agreement with no termination day is not in force.
 *
 * @param agreement - the agreement
 * @param date - the day, `YYYY-MM-DD`
 * @returns `true` when in force that day
 *
 * @example
 * ```ts
 * import { isAgreementInForce } from "ngoaivu";
 * const mou = { signed: "2019-05-10", expiry: "2024-05-09", status: "expired" } as const;
 * isAgreementInForce(mou, "2023-12-31"); //=> true
 * isAgreementInForce(mou, "2024-06-30"); //=> false
 * ```
 */
export function isAgreementInForce(
  agreement: {
    readonly signed: string;
    readonly effective?: string | undefined;
    readonly expiry?: string | undefined;
    readonly terminated?: string | undefined;
    readonly status: InternationalAgreement["status"];
  },
  date: string,
): boolean {
  const from = agreement.effective ?? agreement.signed;
  if (date < from) return false;
  if (agreement.expiry !== undefined && date > agreement.expiry) return false;
  if (agreement.status === "terminated") return agreement.terminated !== undefined && date < agreement.terminated;
  return true;
}

/**
 * InternationalConference: an international conference or seminar (hội
 * nghị, hội thảo quốc tế) organised by a member or held in its province,
 * managed under Decision 06/2020/QĐ-TTg of the Prime Minister (21 February
 * 2020, in force 15 April 2020; its Art. 8 is on reporting).
 *
 * Who permits one (Art. 3, as the decision's text and provinces' own rules
 * quote it): the **Prime Minister** permits a conference attended by heads
 * of state or government, or by officials of ministerial rank or above, of
 * foreign countries, territories or international organisations, and one
 * whose subject touches national sovereignty, security, defence, ethnic or
 * religious matters, human rights or state secrets (Art. 3(1)); every other
 * conference of a province, of its agencies and of the organisations it
 * licenses is permitted by the **chair of the provincial People's
 * Committee** (Art. 3(2)), who may delegate the decision to the director of
 * the Department of Foreign Affairs (Bình Dương did so in 2024: the decision
 * is still the chair's authority). The organiser files at least 40 days
 * ahead for the Prime Minister and 30 days for the chair (Art. 4). Sources
 * (as the search tool returned them): the decision's text on
 * vanbanphapluat.co, baotintuc.vn (24 February 2020) on Art. 3, qdnd.vn on
 * Art. 4, thuvienphapluat.vn on Art. 5, binhduong.gov.vn (November 2024) on
 * the chair's delegation. The text of Art. 8 was not found.
 *
 * @module
 */
import * as z from "zod";
import type { Lang } from "../errors/index.js";
import { provinceIssue } from "./_deps.js";
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
import { ProvinceCodeSchema } from "./member.js";
import { nonNegative } from "./oda-project.js";

/** Why a province does not apply (the `reason` of `NOT_APPLICABLE`), in each language. */
const ONLINE_ONLY: Readonly<Record<Lang, string>> = {
  en: "an online conference is held in no province",
  vi: "hội nghị, hội thảo trực tuyến không diễn ra tại tỉnh, thành phố nào",
};

/**
 * How a conference is held: `in-person` (trực tiếp), `online` (trực tuyến),
 * `hybrid` (kết hợp trực tiếp và trực tuyến).
 *
 * @example
 * ```ts
 * import { ConferenceFormSchema } from "ngoaivu";
 * ConferenceFormSchema.options; //=> ["in-person", "online", "hybrid"]
 * ```
 */
export const ConferenceFormSchema = /* @__PURE__ */ (() => z.enum(["in-person", "online", "hybrid"]))();

/**
 * Status of a conference: `planned` (dự kiến tổ chức), `held` (đã tổ chức),
 * `cancelled` (hủy).
 *
 * @example
 * ```ts
 * import { ConferenceStatusSchema } from "ngoaivu";
 * ConferenceStatusSchema.options; //=> ["planned", "held", "cancelled"]
 * ```
 */
export const ConferenceStatusSchema = /* @__PURE__ */ (() => z.enum(["planned", "held", "cancelled"]))();

/**
 * Who permitted the conference under Decision 06/2020/QĐ-TTg, Art. 3:
 * `prime-minister` (Thủ tướng Chính phủ: heads of state or government,
 * ministerial-rank foreign participants, or sovereignty, security, defence,
 * ethnic, religious, human-rights or state-secret subjects) or
 * `provincial-people-committee-chair` (Chủ tịch UBND tỉnh: every other
 * conference of the province, its agencies and the organisations it
 * licenses; also when the chair delegated the decision to the Department
 * of Foreign Affairs).
 *
 * @example
 * ```ts
 * import { ConferenceAuthoritySchema } from "ngoaivu";
 * ConferenceAuthoritySchema.options; //=> ["prime-minister", "provincial-people-committee-chair"]
 * ```
 */
export const ConferenceAuthoritySchema = /* @__PURE__ */ (() =>
  z.enum(["prime-minister", "provincial-people-committee-chair"]))();

/**
 * The permission to hold the conference (văn bản cho phép): who gave it,
 * its number when known, and its day.
 *
 * @example
 * ```ts
 * import { ConferenceApprovalSchema } from "ngoaivu";
 * ConferenceApprovalSchema.parse({
 *   authority: "provincial-people-committee-chair", number: " 1234/QĐ-UBND ", date: "2024-03-01",
 * }).number;
 * //=> "1234/QĐ-UBND"
 * ```
 */
export const ConferenceApprovalSchema = /* @__PURE__ */ (() =>
  z.object({
    authority: ConferenceAuthoritySchema,
    number: NameSchema.optional().describe("Number of the permission, e.g. 1234/QĐ-UBND"),
    date: DateSchema.describe("Day of the permission: on or before the conference's first day"),
  }))();

/**
 * A foreign co-organiser (đơn vị phối hợp tổ chức nước ngoài): its name and,
 * except for an international organisation, its country.
 *
 * @example
 * ```ts
 * import { ConferenceCoOrganiserSchema } from "ngoaivu";
 * ConferenceCoOrganiserSchema.parse({ name: "Japan International Cooperation Agency", country: "JP" }).country; //=> "JP"
 * ```
 */
export const ConferenceCoOrganiserSchema = /* @__PURE__ */ (() =>
  z.object({
    name: NameSchema,
    country: CountryCodeSchema.optional().describe("Absent for an international organisation"),
  }))();

/**
 * How many took part (số đại biểu): `total` (at least one) and, of them,
 * `foreign` (đại biểu nước ngoài), never more than the total (checked by
 * {@link InternationalConferenceSchema}, `PARTS_EXCEED_TOTAL`).
 *
 * @example
 * ```ts
 * import { ConferenceParticipantsSchema } from "ngoaivu";
 * ConferenceParticipantsSchema.parse({ foreign: 45, total: 180 }).foreign; //=> 45
 * ConferenceParticipantsSchema.safeParse({ foreign: 0, total: 0 }).success; //=> false
 * ```
 */
export const ConferenceParticipantsSchema = /* @__PURE__ */ (() =>
  z.object({
    foreign: z.int().min(0).max(1_000_000).describe("Foreign participants"),
    total: z.int().min(1).max(1_000_000).describe("All participants, foreign ones included"),
  }))();

/**
 * Where the money came from (nguồn kinh phí): `state-budget` (ngân sách nhà
 * nước), `foreign` (tài trợ của phía nước ngoài), `sponsorship` (tài trợ,
 * xã hội hóa trong nước), `other` (nguồn khác).
 *
 * @example
 * ```ts
 * import { ConferenceFundingSourceSchema } from "ngoaivu";
 * ConferenceFundingSourceSchema.options; //=> ["state-budget", "foreign", "sponsorship", "other"]
 * ```
 */
export const ConferenceFundingSourceSchema = /* @__PURE__ */ (() =>
  z.enum(["state-budget", "foreign", "sponsorship", "other"]))();

/**
 * One source of a conference's funding and its amount (exact `Money`, not
 * negative: checked by {@link InternationalConferenceSchema}, `OUT_OF_RANGE`).
 *
 * @example
 * ```ts
 * import { ConferenceFundingSchema } from "ngoaivu";
 * ConferenceFundingSchema.parse({ source: "foreign", amount: { amount: "12000", currency: "USD" } }).amount.toString();
 * //=> "12000.00 USD"
 * ```
 */
export const ConferenceFundingSchema = /* @__PURE__ */ (() =>
  z.object({
    source: ConferenceFundingSourceSchema,
    amount: AmountSchema,
  }))();

/**
 * An international conference or seminar (hội nghị, hội thảo quốc tế).
 * Domain rules: `end ≥ start` (`END_BEFORE_START`); the province where it is
 * held names a province-level unit on its first day (`UNKNOWN_PROVINCE`,
 * `PROVINCE_NOT_VALID_AT_DATE`: code 30, Hải Dương, named none after 30 June
 * 2025) and an online conference has none (`NOT_APPLICABLE`); each
 * participant country is listed once (`DUPLICATE_ID`); foreign participants
 * do not exceed the total (`PARTS_EXCEED_TOTAL`); the permission comes on or
 * before the first day (`DATES_OUT_OF_ORDER`, at `start`); funding amounts
 * are not negative (`OUT_OF_RANGE`). A conference is counted in the period
 * of its first day ({@link conferenceCountedIn}).
 *
 * @example
 * ```ts
 * import { parse, safeParse, InternationalConferenceSchema } from "ngoaivu";
 * const wire = {
 *   member: "so-ngoai-vu-hai-phong", title: "Hội thảo quốc tế về kinh tế biển", form: "in-person",
 *   start: "2024-05-14", end: "2024-05-15", province: "31", venue: "Trung tâm Hội nghị thành phố",
 *   coOrganisers: [{ name: "Korea Maritime Institute", country: "KR" }], participantCountries: ["KR", "JP"],
 *   participants: { foreign: 40, total: 160 },
 *   approval: { authority: "provincial-people-committee-chair", number: "1234/QĐ-UBND", date: "2024-04-02" },
 *   funding: [{ source: "state-budget", amount: { amount: "350000000", currency: "VND" } }],
 *   status: "held",
 * };
 * parse(InternationalConferenceSchema, wire).funding?.[0]?.amount.toString(); //=> "350000000 VND"
 * const bad = safeParse(InternationalConferenceSchema, {
 *   ...wire, province: "30", start: "2025-08-04", end: "2025-08-05", participantCountries: ["KR", "KR"],
 * });
 * bad.success ? [] : bad.issues.map((i) => [i.code, i.path.join(".")]);
 * //=> [["PROVINCE_NOT_VALID_AT_DATE", "province"], ["DUPLICATE_ID", "participantCountries.1"]]
 * ```
 */
export const InternationalConferenceSchema = /* @__PURE__ */ (() =>
  z
    .object({
      id: RecordIdSchema.optional(),
      member: MemberIdSchema.describe("The organising member, or the member of the province where it is held"),
      title: NameSchema,
      form: ConferenceFormSchema,
      start: DateSchema.describe("First day of the conference"),
      end: DateSchema.describe("Last day of the conference"),
      province: ProvinceCodeSchema.optional().describe(
        "Where it is held (checked on the first day); absent for an online conference",
      ),
      venue: TextSchema.optional(),
      coOrganisers: z.array(ConferenceCoOrganiserSchema).max(50).describe("Foreign co-organisers; may be empty"),
      participantCountries: z
        .array(CountryCodeSchema)
        .max(250)
        .describe("Countries the participants came from, each once; may be empty"),
      participants: ConferenceParticipantsSchema,
      approval: ConferenceApprovalSchema,
      funding: z.array(ConferenceFundingSchema).max(50).optional(),
      status: ConferenceStatusSchema,
    })
    .check((payload) => {
      // Cross-field rules run once every field is valid (a field may still be in its wire form).
      if (payload.issues.length > 0) return;
      const c = payload.value;
      if (c.end < c.start) addDomainIssue(payload, "END_BEFORE_START", { start: c.start, end: c.end }, ["end"]);
      if (c.province !== undefined) {
        if (c.form === "online")
          addDomainIssue(payload, "NOT_APPLICABLE", (lang) => ({ field: "province", reason: ONLINE_ONLY[lang] }), [
            "province",
          ]);
        else {
          const problem = provinceIssue(c.province, c.start);
          if (problem !== undefined) addDomainIssue(payload, problem.code, problem.params, ["province"]);
        }
      }
      c.participantCountries.forEach((code, i) => {
        if (c.participantCountries.indexOf(code) !== i)
          addDomainIssue(payload, "DUPLICATE_ID", { id: code }, ["participantCountries", i]);
      });
      if (c.participants.foreign > c.participants.total)
        addDomainIssue(
          payload,
          "PARTS_EXCEED_TOTAL",
          { parts: String(c.participants.foreign), total: String(c.participants.total) },
          ["participants", "foreign"],
        );
      if (c.approval.date > c.start)
        addDomainIssue(payload, "DATES_OUT_OF_ORDER", { date: c.start, previous: c.approval.date }, ["start"]);
      c.funding?.forEach((f, i) => {
        nonNegative(payload, f.amount, ["funding", i, "amount", "amount"]);
      });
    }))();

/** An international conference or seminar, decoded (funding amounts are `Money`). */
export interface InternationalConference extends z.output<typeof InternationalConferenceSchema> {}
/**
 * An international conference or seminar on the wire (JSON): dates and
 * amounts as strings, arrays and properties readonly at any depth, so a
 * hand-built `as const` record or a database row (its days as `string`) is
 * one without a cast.
 */
export interface InternationalConferenceInput extends DeepReadonly<z.input<typeof InternationalConferenceSchema>> {}

/**
 * Tells whether a conference counts in a period: by its first day, on the
 * Vietnam calendar. A conference of 30 June – 1 July 2024 counts in 2024-H1.
 *
 * @param conference - the conference (anything with a `start` day, `YYYY-MM-DD`)
 * @param period - the period (a `Period` or any `{ start, end }`)
 * @returns `true` when it opened within the period
 *
 * @example
 * ```ts
 * import { conferenceCountedIn } from "ngoaivu";
 * const forum = { start: "2024-06-30", end: "2024-07-01" };
 * conferenceCountedIn(forum, { start: "2024-01-01", end: "2024-06-30" }); //=> true
 * conferenceCountedIn(forum, { start: "2024-07-01", end: "2024-12-31" }); //=> false
 * ```
 */
export function conferenceCountedIn(conference: { readonly start: string }, period: DateRange): boolean {
  return isDateInRange(conference.start, period);
}

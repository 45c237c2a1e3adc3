/**
 * TwinningRelation: a twinning (kết nghĩa) or friendship and cooperation
 * (hữu nghị hợp tác) relation between a local party of a Vietnamese province
 * (the province itself, a district before 1 July 2025, a commune, ward or
 * special zone, a border hamlet) and a foreign locality. Most are established
 * by an international agreement; between border hamlets and communes they
 * may be set up by arrangement of the people on both sides (people-to-people).
 *
 * @module
 */
import * as z from "zod";
import { addDomainIssue } from "./_issues.js";
import { DISTRICTS_ENDED } from "./agreement.js";
import {
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

/** The level `district` (the `level` of `LEVEL_NOT_VALID_AT_DATE`), in each language. */
const DISTRICT_LEVEL = { en: "district-level government", vi: "chính quyền cấp huyện" } as const;

/** Why an end day does not apply (the `reason` of `NOT_APPLICABLE`), in each language. */
const NOT_ENDED = {
  en: "only an ended relation has an end day",
  vi: "chỉ quan hệ đã chấm dứt mới có ngày chấm dứt",
} as const;

/**
 * The level of the Vietnamese party: `province` (cấp tỉnh: the province or
 * centrally-run city itself), `district` (cấp huyện: only before 1 July 2025,
 * when district-level government ended), `commune` (xã), `ward` (phường),
 * `special-zone` (đặc khu), `hamlet` (thôn, bản: a border hamlet, whose
 * relations are set up by arrangement of the people).
 *
 * @example
 * ```ts
 * import { LocalPartyLevelSchema } from "ngoaivu";
 * LocalPartyLevelSchema.options; //=> ["province", "district", "commune", "ward", "special-zone", "hamlet"]
 * ```
 */
export const LocalPartyLevelSchema = /* @__PURE__ */ (() =>
  z.enum(["province", "district", "commune", "ward", "special-zone", "hamlet"]))();

/** The level of the Vietnamese party of a twinning relation (see {@link LocalPartyLevelSchema}). */
export type LocalPartyLevel = z.output<typeof LocalPartyLevelSchema>;

/**
 * The Vietnamese party of a twinning relation: its level and its name
 * ("xã Đàm Thủy"; for the level `province`, the province's name).
 *
 * @example
 * ```ts
 * import { LocalPartySchema } from "ngoaivu";
 * LocalPartySchema.parse({ level: "commune", name: " xã Đàm Thủy " }).name; //=> "xã Đàm Thủy"
 * ```
 */
export const LocalPartySchema = /* @__PURE__ */ (() =>
  z.object({
    level: LocalPartyLevelSchema,
    name: NameSchema.describe("Name of the province, commune, ward, special zone or hamlet, e.g. xã Đàm Thủy"),
  }))();

/**
 * The level of the foreign locality, in the words its own country uses
 * nearest: `province`, `state`, `region`, `prefecture`, `department`, `city`,
 * `county`, `district`, `town`, `township`, `commune`, `village`, `other`.
 *
 * @example
 * ```ts
 * import { ForeignLocalityLevelSchema } from "ngoaivu";
 * ForeignLocalityLevelSchema.safeParse("prefecture").success; //=> true
 * ForeignLocalityLevelSchema.options.length; //=> 13
 * ```
 */
export const ForeignLocalityLevelSchema = /* @__PURE__ */ (() =>
  z.enum([
    "province",
    "state",
    "region",
    "prefecture",
    "department",
    "city",
    "county",
    "district",
    "town",
    "township",
    "commune",
    "village",
    "other",
  ]))();

/**
 * The foreign locality of a twinning relation: its name, country and level.
 *
 * @example
 * ```ts
 * import { ForeignLocalitySchema } from "ngoaivu";
 * ForeignLocalitySchema.parse({ name: "Longzhou County", country: "CN", level: "county" }).country; //=> "CN"
 * ```
 */
export const ForeignLocalitySchema = /* @__PURE__ */ (() =>
  z.object({
    name: NameSchema,
    country: CountryCodeSchema,
    level: ForeignLocalityLevelSchema,
  }))();

/**
 * The kind of relation: `twinning` (kết nghĩa), `friendship-cooperation`
 * (hữu nghị hợp tác), `people-to-people` (between border hamlets or
 * communes, by arrangement of the people on both sides).
 *
 * @example
 * ```ts
 * import { TwinningKindSchema } from "ngoaivu";
 * TwinningKindSchema.options; //=> ["twinning", "friendship-cooperation", "people-to-people"]
 * ```
 */
export const TwinningKindSchema = /* @__PURE__ */ (() =>
  z.enum(["twinning", "friendship-cooperation", "people-to-people"]))();

/**
 * The status of a relation: `in-force` (đang duy trì), `suspended` (tạm
 * dừng: the relation stands, its activities are paused), `ended` (đã chấm
 * dứt, with the day in `ended`).
 *
 * @example
 * ```ts
 * import { TwinningStatusSchema } from "ngoaivu";
 * TwinningStatusSchema.options; //=> ["in-force", "suspended", "ended"]
 * ```
 */
export const TwinningStatusSchema = /* @__PURE__ */ (() => z.enum(["in-force", "suspended", "ended"]))();

/** The status of a twinning relation (see {@link TwinningStatusSchema}). */
export type TwinningStatus = z.output<typeof TwinningStatusSchema>;

/**
 * A twinning or friendship relation. Domain rules: a district party only
 * before district-level government ended, i.e. established before 1 July
 * 2025 (`LEVEL_NOT_VALID_AT_DATE` at `localParty.level`); an ended relation
 * has an end day and others have none (`REQUIRED`, `NOT_APPLICABLE`); it
 * ends on or after the day it was established (`END_BEFORE_START`).
 *
 * @example
 * ```ts
 * import { safeParse, TwinningRelationSchema } from "ngoaivu";
 * const relation = {
 *   member: "so-ngoai-vu-cao-bang", localParty: { level: "district", name: "huyện Trùng Khánh" },
 *   foreignLocality: { name: "Daxin County", country: "CN", level: "county" },
 *   kind: "twinning", established: "2025-06-30", status: "in-force",
 * };
 * safeParse(TwinningRelationSchema, relation).success; //=> true
 * const late = safeParse(TwinningRelationSchema, { ...relation, established: "2025-07-01" });
 * late.success ? [] : late.issues.map((i) => [i.code, i.path]); //=> [["LEVEL_NOT_VALID_AT_DATE", ["localParty", "level"]]]
 * ```
 */
export const TwinningRelationSchema = /* @__PURE__ */ (() =>
  z
    .object({
      id: RecordIdSchema.optional(),
      member: MemberIdSchema,
      localParty: LocalPartySchema.describe("The Vietnamese party"),
      foreignLocality: ForeignLocalitySchema.describe("The foreign party"),
      kind: TwinningKindSchema,
      established: DateSchema.describe("Day the relation was established"),
      ended: DateSchema.optional().describe("Day the relation ended; only for an ended relation"),
      status: TwinningStatusSchema,
      agreementId: RecordIdSchema.optional().describe("Id of the international agreement that established it"),
      note: TextSchema.optional(),
    })
    .check((payload) => {
      // Cross-field rules run once every field is valid (a field may still be in its wire form).
      if (payload.issues.length > 0) return;
      const r = payload.value;
      if (r.localParty.level === "district" && r.established >= DISTRICTS_ENDED)
        addDomainIssue(
          payload,
          "LEVEL_NOT_VALID_AT_DATE",
          (lang) => ({ level: DISTRICT_LEVEL[lang], date: r.established }),
          ["localParty", "level"],
        );
      if (r.ended !== undefined) {
        if (r.status !== "ended")
          addDomainIssue(payload, "NOT_APPLICABLE", (lang) => ({ field: "ended", reason: NOT_ENDED[lang] }), ["ended"]);
        else if (r.ended < r.established)
          addDomainIssue(payload, "END_BEFORE_START", { start: r.established, end: r.ended }, ["ended"]);
      } else if (r.status === "ended") addDomainIssue(payload, "REQUIRED", {}, ["ended"]);
    }))();

/** A twinning or friendship relation, decoded. */
export interface TwinningRelation extends z.output<typeof TwinningRelationSchema> {}
/**
 * A twinning or friendship relation on the wire (JSON): dates as strings,
 * properties readonly at any depth, so a hand-built `as const` record or a
 * database row (its days as `string`) is one without a cast.
 */
export interface TwinningRelationInput extends DeepReadonly<z.input<typeof TwinningRelationSchema>> {}

/** The days of a relation the helpers read (any object with `string` days: give them days, not instants). */
export interface RelationDays {
  readonly established: string;
  readonly ended?: string | undefined;
  readonly status: TwinningStatus;
}

/**
 * Tells whether a relation is **in force** at the close of a day (for a
 * period, pass its last day): established on or before it, and not ended on
 * or before it. A suspended relation is in force (it stands; only its
 * activities are paused, and its status carries no day). The end day
 * counts only for an ended relation; an ended relation without one is never
 * in force.
 *
 * @param relation - the relation (its `established`, `ended` and `status`)
 * @param date - the day, `YYYY-MM-DD`
 * @returns `true` when in force at the close of that day
 *
 * @example
 * ```ts
 * import { isTwinningInForce } from "ngoaivu";
 * const relation = { established: "2012-04-10", ended: "2024-06-30", status: "ended" } as const;
 * isTwinningInForce(relation, "2024-06-29"); //=> true
 * isTwinningInForce(relation, "2024-06-30"); //=> false
 * isTwinningInForce(relation, "2012-04-09"); //=> false
 * ```
 */
export function isTwinningInForce(relation: RelationDays, date: string): boolean {
  if (date < relation.established) return false;
  if (relation.status === "ended") return relation.ended !== undefined && date < relation.ended;
  return true;
}

/**
 * Tells whether a relation is **active** in a period: in force on at least
 * one of its days, its end day included (established on or before the
 * period's last day, and not ended before its first day). A relation that
 * ends in a period is active in it, and so is one established in it.
 *
 * @param relation - the relation (its `established`, `ended` and `status`)
 * @param period - the period (a `Period` or any `{ start, end }`)
 * @returns `true` when active in the period
 *
 * @example
 * ```ts
 * import { isTwinningActive } from "ngoaivu";
 * const relation = { established: "2012-04-10", ended: "2024-07-01", status: "ended" } as const;
 * isTwinningActive(relation, { start: "2024-07-01", end: "2024-12-31" }); //=> true
 * isTwinningActive(relation, { start: "2025-01-01", end: "2025-06-30" }); //=> false
 * ```
 */
export function isTwinningActive(relation: RelationDays, period: DateRange): boolean {
  if (relation.established > period.end) return false;
  if (relation.status === "ended") return relation.ended !== undefined && relation.ended >= period.start;
  return true;
}

/**
 * Tells whether a relation is **new** in a period: established within it.
 *
 * @param relation - the relation (its `established` day)
 * @param period - the period (a `Period` or any `{ start, end }`)
 * @returns `true` when the day it was established is in the period
 *
 * @example
 * ```ts
 * import { isNewTwinning } from "ngoaivu";
 * isNewTwinning({ established: "2024-06-30" }, { start: "2024-01-01", end: "2024-06-30" }); //=> true
 * isNewTwinning({ established: "2024-07-01" }, { start: "2024-01-01", end: "2024-06-30" }); //=> false
 * ```
 */
export function isNewTwinning(relation: { readonly established: string }, period: DateRange): boolean {
  return isDateInRange(relation.established, period);
}

/**
 * Tells whether a relation **ended** in a period: an ended relation whose
 * end day is within it.
 *
 * @param relation - the relation (its `ended` day and `status`)
 * @param period - the period (a `Period` or any `{ start, end }`)
 * @returns `true` when it ended in the period
 *
 * @example
 * ```ts
 * import { isTwinningEndedIn } from "ngoaivu";
 * const relation = { established: "2012-04-10", ended: "2024-06-30", status: "ended" } as const;
 * isTwinningEndedIn(relation, { start: "2024-01-01", end: "2024-06-30" }); //=> true
 * isTwinningEndedIn(relation, { start: "2024-07-01", end: "2024-12-31" }); //=> false
 * ```
 */
export function isTwinningEndedIn(
  relation: { readonly ended?: string | undefined; readonly status: TwinningStatus },
  period: DateRange,
): boolean {
  return relation.status === "ended" && relation.ended !== undefined && isDateInRange(relation.ended, period);
}

/**
 * Member: a local foreign-affairs agency (cơ quan ngoại vụ địa phương): a
 * provincial Department of Foreign Affairs (Sở Ngoại vụ) or the
 * foreign-affairs unit of a provincial People's Committee office.
 *
 * @module
 */
import * as z from "zod";
import {
  createIssue,
  type ErrorCode,
  type ErrorParams,
  formatRule,
  type Lang,
  type NgoaivuIssue,
} from "../errors/index.js";
import { MEMBER_KINDS } from "../reference/index.js";
import { provinceIssue } from "./_deps.js";
import { addDomainIssue } from "./_issues.js";
import { BilingualNameSchema, DateSchema, type DeepReadonly, MemberIdSchema } from "./common.js";

/** Why a member's successor does not apply (the `reason` of `NOT_APPLICABLE`), in each language. */
const NO_SUCCESSOR = {
  operating: {
    en: "a member that still operates has no successor: give validTo",
    vi: "đơn vị còn hoạt động thì chưa có đơn vị kế thừa: hãy ghi ngày ngừng hoạt động (validTo)",
  },
  itself: { en: "a member cannot succeed itself", vi: "một đơn vị không thể tự kế thừa chính mình" },
} as const satisfies Record<string, Readonly<Record<Lang, string>>>;

/**
 * The two kinds of member: `department` (Sở Ngoại vụ) and `office-unit` (the
 * foreign-affairs unit of the Office of the provincial People's Committee).
 *
 * @example
 * ```ts
 * import { MemberKindSchema } from "ngoaivu";
 * MemberKindSchema.options; //=> ["department", "office-unit"]
 * ```
 */
export const MemberKindSchema = /* @__PURE__ */ (() => z.enum(MEMBER_KINDS))();

/**
 * A province code of the General Statistics Office: two digits (`"01"` Hà Nội
 * … `"96"` Cà Mau). Whether it names a unit on a day is checked by
 * {@link MemberSchema}.
 *
 * @example
 * ```ts
 * import { ProvinceCodeSchema } from "ngoaivu";
 * ProvinceCodeSchema.parse("24"); //=> "24"
 * ProvinceCodeSchema.safeParse("VN-54").success; //=> false
 * ```
 */
export const ProvinceCodeSchema = /* @__PURE__ */ (() =>
  z
    .string()
    .regex(
      /^\d{2}$/,
      formatRule({ en: "two digits (General Statistics Office code)", vi: "hai chữ số (mã Tổng cục Thống kê)" }),
    )
    .describe("Province code of the General Statistics Office, two digits, e.g. 31"))();

/**
 * A member: its id, kind, province and names, the days it operates as this
 * member (`validFrom`, `validTo`, both optional: absent when not known or
 * still operating) and, once it ends in a merger, its successor.
 *
 * Domain rules: `validTo ≥ validFrom` (`END_BEFORE_START`); the province code
 * must name a province-level unit on each given day (`UNKNOWN_PROVINCE`,
 * `PROVINCE_NOT_VALID_AT_DATE`: code 24 was Bắc Giang until 30 June 2025 and
 * is Bắc Ninh since); a successor needs an end day and another id
 * (`NOT_APPLICABLE`).
 *
 * @example
 * ```ts
 * import { safeParse, MemberSchema } from "ngoaivu";
 * const result = safeParse(MemberSchema, {
 *   id: "so-ngoai-vu-bac-giang", kind: "department", province: "24",
 *   names: { vi: "Sở Ngoại vụ tỉnh Bắc Giang", en: "Bắc Giang Department of Foreign Affairs" },
 *   validTo: "2025-06-30", successor: "ngoai-vu-bac-ninh",
 * });
 * result.success; //=> true
 * ```
 */
export const MemberSchema = /* @__PURE__ */ (() =>
  z
    .object({
      id: MemberIdSchema,
      kind: MemberKindSchema.optional().describe("department or office-unit; absent when the source does not say"),
      province: ProvinceCodeSchema,
      names: BilingualNameSchema,
      validFrom: DateSchema.optional().describe("First day it operates as this member; absent when not known"),
      validTo: DateSchema.optional().describe("Last day it operates as this member; absent while it still does"),
      successor: MemberIdSchema.optional().describe("The member it became after a merger"),
    })
    .check((payload) => {
      // Cross-field rules run once every field is valid (a field may still be in its wire form).
      if (payload.issues.length > 0) return;
      const m = payload.value;
      if (m.validFrom !== undefined && m.validTo !== undefined && m.validTo < m.validFrom)
        addDomainIssue(payload, "END_BEFORE_START", { start: m.validFrom, end: m.validTo }, ["validTo"]);
      const days: string[] = [];
      if (m.validFrom !== undefined) days.push(m.validFrom);
      if (m.validTo !== undefined) days.push(m.validTo);
      for (const issue of provinceIssues(m.province, days))
        addDomainIssue(payload, issue.code, issue.params, ["province"]);
      if (m.successor !== undefined) {
        if (m.validTo === undefined)
          addDomainIssue(
            payload,
            "NOT_APPLICABLE",
            (lang) => ({ field: "successor", reason: NO_SUCCESSOR.operating[lang] }),
            ["successor"],
          );
        else if (m.successor === m.id)
          addDomainIssue(
            payload,
            "NOT_APPLICABLE",
            (lang) => ({ field: "successor", reason: NO_SUCCESSOR.itself[lang] }),
            ["successor"],
          );
      }
    }))();

/** A member (a local foreign-affairs agency), decoded. */
export interface Member extends z.output<typeof MemberSchema> {}
/**
 * A member on the wire (JSON): dates as strings, arrays and properties
 * readonly at any depth, so a hand-built `as const` record or a
 * database row (its days as `string`) is one without a cast.
 */
export interface MemberInput extends DeepReadonly<z.input<typeof MemberSchema>> {}

function provinceIssues(code: string, days: readonly string[]): { code: ErrorCode; params: ErrorParams }[] {
  const out: { code: ErrorCode; params: ErrorParams }[] = [];
  for (const day of days.length === 0 ? [undefined] : days) {
    const found = provinceIssue(code, day);
    if (found !== undefined && !out.some((o) => o.code === found.code && o.params.date === found.params.date))
      out.push(found);
  }
  return out;
}

/** The days a member operates, `YYYY-MM-DD` (a `Member`, or any `{ validFrom?, validTo? }`). */
export interface MemberDays {
  /** First day it operates; open when missing. */
  readonly validFrom?: string | undefined;
  /** Last day it operates; open when missing. */
  readonly validTo?: string | undefined;
}

/**
 * Tells whether a member operates on a day (its `validFrom` / `validTo`,
 * both ends included; a missing end is open).
 *
 * @param member - the member
 * @param date - a `YYYY-MM-DD` date
 * @returns `true` when the member operates that day
 *
 * @example
 * ```ts
 * import { isMemberActive } from "ngoaivu";
 * import { clusterII } from "ngoaivu/samples";
 * const { members } = clusterII();
 * const bacGiang = members.find((m) => m.id === "so-ngoai-vu-bac-giang")!;
 * isMemberActive(bacGiang, "2025-06-30"); //=> true
 * isMemberActive(bacGiang, "2025-07-01"); //=> false
 * ```
 */
export function isMemberActive(member: MemberDays, date: string): boolean {
  return (
    (member.validFrom === undefined || member.validFrom <= date) &&
    (member.validTo === undefined || date <= member.validTo)
  );
}

/**
 * Tells whether a member operates on some day of a range (its `validFrom`
 * to `validTo` overlaps it): a member for that period at all.
 *
 * @param member - the member
 * @param range - the range of days (a `Period` works)
 * @returns `true` when the member operates on at least one day of the range
 *
 * @example
 * ```ts
 * import { isMemberActiveDuring } from "ngoaivu";
 * const merged = { validFrom: "2025-07-01" };
 * isMemberActiveDuring(merged, { start: "2024-01-01", end: "2024-06-30" }); //=> false
 * isMemberActiveDuring(merged, { start: "2025-01-01", end: "2025-12-31" }); //=> true
 * ```
 */
export function isMemberActiveDuring(
  member: MemberDays,
  range: { readonly start: string; readonly end: string },
): boolean {
  return (
    (member.validFrom === undefined || member.validFrom <= range.end) &&
    (member.validTo === undefined || member.validTo >= range.start)
  );
}

/**
 * Follows successors from a member to the one that operates on a day: the
 * Bắc Giang department of 2024 leads to the agency of the new Bắc Ninh on
 * 1 July 2025.
 *
 * @param members - all members
 * @param id - the id to start from
 * @param date - the day
 * @returns the member operating on that day in the chain, or `undefined`
 *
 * @example
 * ```ts
 * import { memberOn } from "ngoaivu";
 * import { clusterII } from "ngoaivu/samples";
 * const { members } = clusterII();
 * memberOn(members, "vp-ubnd-bac-ninh", "2025-07-01")?.id; //=> "ngoai-vu-bac-ninh"
 * memberOn(members, "vp-ubnd-bac-ninh", "2024-06-30")?.id; //=> "vp-ubnd-bac-ninh"
 * ```
 */
export function memberOn(members: readonly Member[], id: string, date: string): Member | undefined {
  const byId = new Map(members.map((m) => [m.id, m] as const));
  const seen = new Set<string>();
  let current = byId.get(id);
  while (current !== undefined && !seen.has(current.id)) {
    if (isMemberActive(current, date)) return current;
    seen.add(current.id);
    current = current.successor === undefined ? undefined : byId.get(current.successor);
  }
  return undefined;
}

/**
 * Checks a set of members together: ids are unique (`DUPLICATE_ID`), every
 * successor is one of them (`UNKNOWN_MEMBER`) and starts after its
 * predecessor ends (`DATES_OUT_OF_ORDER`).
 *
 * @param members - decoded members
 * @param options - `lang` of the messages
 * @returns the issues, with paths `[index, field]` into the array (empty when all is well)
 *
 * @example
 * ```ts
 * import { checkMembers } from "ngoaivu";
 * import { clusterII } from "ngoaivu/samples";
 * const { members } = clusterII();
 * checkMembers(members); //=> []
 * checkMembers([...members, members[0]!]).map((i) => i.code); //=> ["DUPLICATE_ID"]
 * ```
 */
export function checkMembers(members: readonly Member[], options: { readonly lang?: Lang } = {}): NgoaivuIssue[] {
  const issues: NgoaivuIssue[] = [];
  const byId = new Map<string, Member>();
  members.forEach((m, index) => {
    if (byId.has(m.id)) issues.push(createIssue("DUPLICATE_ID", { id: m.id }, [index, "id"], options));
    else byId.set(m.id, m);
  });
  members.forEach((m, index) => {
    if (m.successor === undefined) return;
    const next = byId.get(m.successor);
    if (next === undefined)
      issues.push(createIssue("UNKNOWN_MEMBER", { member: m.successor }, [index, "successor"], options));
    else if (m.validTo !== undefined && next.validFrom !== undefined && next.validFrom <= m.validTo)
      issues.push(
        createIssue("DATES_OUT_OF_ORDER", { date: next.validFrom, previous: m.validTo }, [index, "successor"], options),
      );
  });
  return issues;
}

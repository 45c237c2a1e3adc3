import { type Lang, messageLang } from "../errors/index.js";

/**
 * The two kinds of member agency:
 *
 * - `department`: a provincial Department of Foreign Affairs (Sở Ngoại vụ);
 * - `office-unit`: the foreign-affairs unit inside the Office of the
 *   provincial People's Committee, where no separate department exists.
 *
 * @example
 * ```ts
 * import { MEMBER_KINDS } from "ngoaivu";
 * MEMBER_KINDS; //=> ["department", "office-unit"]
 * ```
 */
export const MEMBER_KINDS = ["department", "office-unit"] as const;

/** A kind of member agency: `"department"` or `"office-unit"`. */
export type MemberKind = (typeof MEMBER_KINDS)[number];

/**
 * The names of the member kinds in Vietnamese and English.
 *
 * @example
 * ```ts
 * import { MEMBER_KIND_LABELS } from "ngoaivu";
 * MEMBER_KIND_LABELS.department.vi; //=> "Sở Ngoại vụ"
 * ```
 */
export const MEMBER_KIND_LABELS: Readonly<Record<MemberKind, Readonly<Record<Lang, string>>>> = {
  department: { vi: "Sở Ngoại vụ", en: "Department of Foreign Affairs" },
  "office-unit": {
    vi: "bộ phận ngoại vụ thuộc Văn phòng Ủy ban nhân dân tỉnh",
    en: "foreign-affairs unit of the Office of the Provincial People's Committee",
  },
};

/**
 * Tells whether a value is a member kind.
 *
 * @param value - anything
 * @returns `true` for `"department"` or `"office-unit"`
 *
 * @example
 * ```ts
 * import { isMemberKind } from "ngoaivu";
 * isMemberKind("office-unit"); //=> true
 * isMemberKind("ministry"); //=> false
 * ```
 */
export function isMemberKind(value: unknown): value is MemberKind {
  return value === "department" || value === "office-unit";
}

/**
 * The name of a member kind in a language.
 *
 * @param kind - the member kind
 * @param lang - `"en"` or `"vi"`; the configured language (`configureNgoaivu`), else `"en"`, by default
 * @returns the name
 *
 * @example
 * ```ts
 * import { memberKindLabel } from "ngoaivu";
 * memberKindLabel("department", "en"); //=> "Department of Foreign Affairs"
 * memberKindLabel("office-unit", "vi"); //=> "bộ phận ngoại vụ thuộc Văn phòng Ủy ban nhân dân tỉnh"
 * ```
 */
export function memberKindLabel(kind: MemberKind, lang: Lang = messageLang()): string {
  return MEMBER_KIND_LABELS[kind][lang];
}

/**
 * The kinds of province-level unit: a centrally-run `city` (thành phố trực
 * thuộc trung ương) or a `province` (tỉnh).
 *
 * @example
 * ```ts
 * import { PROVINCE_KINDS } from "ngoaivu";
 * PROVINCE_KINDS; //=> ["city", "province"]
 * ```
 */
export const PROVINCE_KINDS = ["city", "province"] as const;

/**
 * The names of the province kinds in Vietnamese and English.
 *
 * @example
 * ```ts
 * import { PROVINCE_KIND_LABELS } from "ngoaivu";
 * PROVINCE_KIND_LABELS.city.en; //=> "centrally-run city"
 * ```
 */
export const PROVINCE_KIND_LABELS: Readonly<Record<(typeof PROVINCE_KINDS)[number], Readonly<Record<Lang, string>>>> = {
  city: { vi: "thành phố trực thuộc trung ương", en: "centrally-run city" },
  province: { vi: "tỉnh", en: "province" },
};

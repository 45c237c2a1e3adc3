/**
 * Private: the shapes of the province data and of its dated changes.
 *
 * @module
 */

/**
 * The kind of a province-level unit: a centrally-run `city` (thành phố trực
 * thuộc trung ương) or a `province` (tỉnh).
 */
export type ProvinceKind = "city" | "province";

/** A province-level unit as the data describes it. */
export interface ProvinceUnit {
  /** General Statistics Office code, two digits (`"24"`). */
  readonly code: string;
  /** Vietnamese name without the word tỉnh / thành phố (`"Hồ Chí Minh"`). */
  readonly nameVi: string;
  /** English name (`"Ho Chi Minh City"`, `"Bac Ninh"`). */
  readonly nameEn: string;
  /** City or province. */
  readonly kind: ProvinceKind;
  /** ISO 3166-2:VN code (`"VN-56"`), for the units ISO lists. */
  readonly iso?: string;
}

/**
 * Units merged into one on a date: each unit of `merge` ends the day before
 * `on`, and `into` (a new unit, which may reuse a code) starts on `on`.
 */
export interface ProvinceMerger {
  /** The day the new unit starts, `YYYY-MM-DD`. */
  readonly on: string;
  /** Codes of the units merged (in force the day before `on`). */
  readonly merge: readonly string[];
  /** The unit they form. */
  readonly into: ProvinceUnit;
}

/**
 * A unit that continues under the same code with a new name or kind from a
 * date (Thừa Thiên Huế province → Huế city on 1 January 2025). Fields left
 * out keep their value.
 */
export interface ProvinceAmendment {
  /** The day the change takes effect, `YYYY-MM-DD`. */
  readonly on: string;
  /** Code of the unit (in force the day before `on`). */
  readonly code: string;
  /** New Vietnamese name. */
  readonly nameVi?: string;
  /** New English name. */
  readonly nameEn?: string;
  /** New kind. */
  readonly kind?: ProvinceKind;
}

/** One dated change to the list of province-level units. */
export type ProvinceChange = ProvinceMerger | ProvinceAmendment;

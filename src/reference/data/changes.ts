/**
 * The dated changes to Vietnam's province-level units since the 63-unit
 * list of `UNITS_BEFORE_2025`. The lookups (`province`, `provinces`,
 * `successor`…) are built from the base list and these changes, in date order.
 *
 * To record a later change, add ONE line with its effective date:
 *
 * - a province becoming a centrally-run city (or renamed):
 *   `{ on: "2026-01-01", code: "75", kind: "city" },`
 * - a merger: `{ on: "2027-01-01", merge: ["15", "19"], into: { code: "19",
 *   nameVi: "…", nameEn: "…", kind: "province" } },`
 *
 * Splits are not modelled: a unit has at most one successor.
 *
 * @module
 */
import type { ProvinceChange } from "../_types.js";
import { MERGERS_2025 } from "./provinces.generated.js";

/**
 * Every dated change, oldest first: Huế becoming a city on 1 January 2025,
 * then the 23 mergers of 1 July 2025.
 *
 * @example
 * ```ts
 * import { PROVINCE_CHANGES } from "ngoaivu";
 * PROVINCE_CHANGES.length; //=> 24
 * PROVINCE_CHANGES[1]; //=> { on: "2025-07-01", merge: ["02", "08"], into: { code: "08", nameVi: "Tuyên Quang", nameEn: "Tuyen Quang", kind: "province" } }
 * ```
 */
export const PROVINCE_CHANGES: readonly ProvinceChange[] = [
  // NA Resolution 175/2024/QH15: Thừa Thiên Huế province becomes Huế, a centrally-run city, from 1 January 2025.
  { on: "2025-01-01", code: "46", nameVi: "Huế", nameEn: "Hue", kind: "city" },
  // NA Resolution 202/2025/QH15 (12 June 2025): 52 units merged into 23; new authorities operate from 1 July 2025.
  ...MERGERS_2025,
];

/**
 * Private: the English month names, written once for the two modules that
 * print them: `period/` (labels such as "March 2024", read back by
 * `parsePeriod`) and `locale/` (the date line of an English document,
 * "5 February 2024"). Vietnamese writes months as numbers ("tháng 3").
 *
 * @internal
 * @module
 */

/** English month names, index 1–12 (index 0 is empty). */
export const MONTH_NAMES_EN = [
  "",
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

/**
 * Private: the one place where entities reach into the period and reference
 * modules, so the entity files stay readable.
 *
 * @internal
 * @module
 */
import { isNgoaivuError } from "../errors/index.js";
import { type CalendarDate, isCalendarDate, vietnamDateOf } from "../period/index.js";
import { addDomainIssue, type IssueSink } from "./_issues.js";

/**
 * Shape of a wire date, before the day is checked against the calendar:
 * `YYYY-MM-DD`, or an ISO 8601 instant with `Z` or an offset.
 */
export const DATE_OR_INSTANT_PATTERN: RegExp =
  /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}:?\d{2}))?$/;

/**
 * Decodes a wire date to its Vietnam calendar day: a `YYYY-MM-DD` date is
 * checked (`INVALID_DATE` for `2024-02-30`), an instant is placed on the
 * Vietnam calendar (`INVALID_INSTANT`).
 */
export function decodeDate(value: string, sink: IssueSink): CalendarDate {
  if (value.length === 10) {
    if (isCalendarDate(value)) return value;
    addDomainIssue(sink, "INVALID_DATE", { value }, [], value);
    return value as CalendarDate;
  }
  try {
    return vietnamDateOf(value);
  } catch (error) {
    if (!isNgoaivuError(error)) throw error;
    addDomainIssue(sink, error.code, error.params, [], value);
    return value as CalendarDate;
  }
}

export { isCalendarDate };

/** Tells whether an ISO 3166-1 alpha-2 code names a country the reference module knows. */
export function isCountry(code: string): boolean {
  return /^[A-Z]{2}$/.test(code);
}

/**
 * The issue with a province code on a day (`UNKNOWN_PROVINCE`,
 * `PROVINCE_NOT_VALID_AT_DATE`), or `undefined` when it names a unit that day.
 * TEMPORARY until src/reference lands: accepts every two-digit code.
 */
export function provinceIssue(
  _code: string,
  _date: string | undefined,
):
  | {
      code: "UNKNOWN_PROVINCE" | "PROVINCE_NOT_VALID_AT_DATE";
      params: { value?: string; code?: string; date?: string };
    }
  | undefined {
  return undefined;
}

/**
 * Private: the one place where entities reach into the period and reference
 * modules, so the entity files stay readable.
 *
 * @internal
 * @module
 */
import { type ErrorCode, type ErrorParams, isNgoaivuError } from "../errors/index.js";
import { type CalendarDate, isCalendarDate, vietnamDateOf } from "../period/index.js";
import { countries, province, provinceHistory } from "../reference/index.js";
import { addDomainIssue, type IssueSink } from "./_issues.js";

/**
 * Shape of a wire date, before the day is checked against the calendar:
 * `YYYY-MM-DD`, or an instant as `isInstant` reads it (a `T` or a space
 * before the time, then `Z` or an offset `±HH:MM`, `±HHMM` or `±HH`).
 */
export const DATE_OR_INSTANT_PATTERN: RegExp =
  /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?))?$/;

/**
 * Decodes a wire date to its Vietnam calendar day: a `YYYY-MM-DD` date is
 * checked (`INVALID_DATE` for `2024-02-30` or `30/06/2024`); a text with a
 * time after the day (a `T` or a space after `YYYY-MM-DD`) is read by the
 * reader of `toVietnamDate` and `isInstant` (`INVALID_INSTANT` for one
 * without a zone or on a day that does not exist).
 */
export function decodeDate(value: string, sink: IssueSink): CalendarDate {
  const sep = value.charCodeAt(10);
  if (value.length <= 10 || (sep !== 84 && sep !== 32)) {
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

/** The ISO 3166-1 alpha-2 codes the reference module knows, in order. */
export const COUNTRY_CODES: readonly [string, ...string[]] = countries().map((c) => c.code) as [string, ...string[]];

/** A problem with a province code on a day. */
export interface ProvinceProblem {
  readonly code: ErrorCode;
  readonly params: ErrorParams;
}

/**
 * The problem with a province code on a day (`UNKNOWN_PROVINCE` for a code
 * that never named a unit, `PROVINCE_NOT_VALID_AT_DATE` for one that names no
 * unit that day), or `undefined` when it names a unit. Without a day, the
 * code only has to have named a unit at some time.
 */
export function provinceIssue(code: string, date: string | undefined): ProvinceProblem | undefined {
  try {
    if (date === undefined) provinceHistory(code);
    else province(code, date);
    return undefined;
  } catch (error) {
    if (!isNgoaivuError(error)) throw error;
    return { code: error.code, params: error.params };
  }
}

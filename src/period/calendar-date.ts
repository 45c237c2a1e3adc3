import { showValue } from "../_lib/show.js";
import { NgoaivuError } from "../errors/index.js";
import { addDaysPacked, formatPacked, packedFromDateString } from "./_days.js";
import { MALFORMED, vietnamPackedOfDate, vietnamPackedOfIso } from "./_instant.js";

/**
 * A day on the Vietnam calendar, written `YYYY-MM-DD` (years 0001–9999).
 * Functions that return one always return a real day (never `2024-02-30`);
 * functions that take one accept any `string` and check it.
 */
export type CalendarDate = `${number}-${number}-${number}`;

/**
 * Longest text the date and instant readers ({@link parseCalendarDate},
 * {@link toVietnamDate}, {@link vietnamDateOf}, {@link addCalendarDays}) look
 * at: the longest instant they read is under 40 characters, and a longer
 * string is refused with `TOO_LONG` instead of `INVALID_DATE` /
 * `INVALID_INSTANT`.
 *
 * @example
 * ```ts
 * import { MAX_DATE_TEXT_LENGTH, parseCalendarDate } from "ngoaivu";
 * MAX_DATE_TEXT_LENGTH; //=> 100
 * parseCalendarDate("2".repeat(101)); //=> throws TOO_LONG
 * ```
 */
export const MAX_DATE_TEXT_LENGTH = 100;

/** `TOO_LONG` for a string past {@link MAX_DATE_TEXT_LENGTH}; read only once a value is refused. */
function checkLength(value: unknown): void {
  if (typeof value === "string" && value.length > MAX_DATE_TEXT_LENGTH) {
    throw new NgoaivuError("TOO_LONG", { max: MAX_DATE_TEXT_LENGTH, length: value.length });
  }
}

/**
 * Tells whether a string is a real calendar day written `YYYY-MM-DD`.
 *
 * @param value - anything
 * @returns `true` for a string such as `"2024-02-29"`; `false` for
 * `"2024-02-30"`, `"2023-02-29"`, `"2024-6-30"` or a non-string
 *
 * @example
 * ```ts
 * import { isCalendarDate } from "ngoaivu";
 * isCalendarDate("2024-02-29"); //=> true
 * isCalendarDate("2024-02-30"); //=> false
 * isCalendarDate("2024-06-30T17:00:00Z"); //=> false
 * ```
 */
export function isCalendarDate(value: unknown): value is CalendarDate {
  return typeof value === "string" && packedFromDateString(value) > 0;
}

/**
 * Checks a `YYYY-MM-DD` string and returns it as a {@link CalendarDate}.
 *
 * @param value - the text of the date
 * @returns the same text, typed as a calendar date
 * @throws NgoaivuError `INVALID_DATE` when it is not a real day written
 * `YYYY-MM-DD`; `TOO_LONG` past {@link MAX_DATE_TEXT_LENGTH} (100) characters
 *
 * @example
 * ```ts
 * import { parseCalendarDate } from "ngoaivu";
 * parseCalendarDate("2024-06-30"); //=> "2024-06-30"
 * parseCalendarDate("2024-02-30"); //=> throws INVALID_DATE
 * ```
 */
export function parseCalendarDate(value: string): CalendarDate {
  if (typeof value !== "string" || packedFromDateString(value) < 0) {
    checkLength(value);
    throw new NgoaivuError("INVALID_DATE", { value: showValue(value) });
  }
  return value as CalendarDate;
}

/**
 * Tells whether a string is an ISO 8601 / RFC 3339 instant with a time and a
 * `Z` or a UTC offset (`2024-06-30T17:00:00Z`, `2024-07-01T00:00:00+07:00`,
 * `2024-06-30T17:00Z`, `2024-06-30T17:00:00.123-0500`, and PostgreSQL's text
 * form `2024-06-30 17:00:00+00`). A date-time without a zone is not an
 * instant: it does not say where it was read.
 *
 * @param value - anything
 * @returns `true` for a valid instant string
 *
 * @example
 * ```ts
 * import { isInstant } from "ngoaivu";
 * isInstant("2024-06-30T17:00:00Z"); //=> true
 * isInstant("2024-06-30 17:00:00+00"); //=> true
 * isInstant("2024-06-30T17:00:00"); //=> false
 * isInstant("2024-06-31T17:00:00Z"); //=> false
 * ```
 */
export function isInstant(value: unknown): value is string {
  return typeof value === "string" && vietnamPackedOfIso(value) !== MALFORMED;
}

/**
 * Places an instant on the Vietnam calendar (UTC+7; Vietnam has kept this
 * offset without daylight saving since 1975): the day it was in Hanoi.
 *
 * This is the fast path used for every record: it reads the digits of the
 * string (or the time value of a `Date`) and builds no `Date`, `TZDate` or
 * `Intl` object. For instants before 13 June 1975 it still uses UTC+7,
 * where the tz database's Asia/Ho_Chi_Minh has earlier offsets.
 *
 * @param instant - an ISO 8601 string with `Z` or an offset, or a `Date`
 * @returns the Vietnam calendar date
 * @throws NgoaivuError `INVALID_INSTANT` for anything else (a bare date, a
 * date-time without zone, an invalid `Date`); `TOO_LONG` for a string past
 * {@link MAX_DATE_TEXT_LENGTH} (100) characters; `OUT_OF_RANGE` when the day
 * falls outside the years 0001–9999
 *
 * @example
 * ```ts
 * import { toVietnamDate } from "ngoaivu";
 * toVietnamDate("2024-06-30T16:59:59Z"); //=> "2024-06-30"
 * toVietnamDate("2024-06-30T17:00:00Z"); //=> "2024-07-01"
 * toVietnamDate("2024-12-31T23:30:00+07:00"); //=> "2024-12-31"
 * toVietnamDate(new Date("2024-12-31T17:00:00Z")); //=> "2025-01-01"
 * toVietnamDate("2024-06-30"); //=> throws INVALID_INSTANT
 * ```
 */
export function toVietnamDate(instant: string | Date): CalendarDate {
  return formatPacked(vietnamPacked(instant)) as CalendarDate;
}

/** @internal The Vietnam date of an instant, packed; throws like {@link toVietnamDate}. */
export function vietnamPacked(instant: string | Date): number {
  const packed =
    typeof instant === "string"
      ? vietnamPackedOfIso(instant)
      : instant instanceof Date
        ? vietnamPackedOfDate(instant)
        : MALFORMED;
  if (packed > 0) return packed;
  checkLength(instant);
  const value = showValue(instant);
  if (packed === MALFORMED) throw new NgoaivuError("INVALID_INSTANT", { value });
  throw new NgoaivuError("OUT_OF_RANGE", { value, range: "0001-01-01 … 9999-12-31" });
}

/**
 * @internal The packed Vietnam date of a calendar date or an instant; throws
 * `INVALID_DATE` for a malformed `YYYY-MM-DD` string.
 */
export function packedOfDateOrInstant(input: string | Date): number {
  if (typeof input === "string" && input.length === 10) {
    const packed = packedFromDateString(input);
    if (packed < 0) throw new NgoaivuError("INVALID_DATE", { value: showValue(input) });
    return packed;
  }
  return vietnamPacked(input);
}

/**
 * The Vietnam calendar date of a calendar date (returned as is, once checked)
 * or of an instant (placed on Vietnam time).
 *
 * @param input - `YYYY-MM-DD`, an ISO instant with `Z` or an offset, or a `Date`
 * @returns the Vietnam calendar date
 * @throws NgoaivuError `INVALID_DATE` for a malformed 10-character date,
 * `INVALID_INSTANT` for any other unreadable input, `TOO_LONG` for a string
 * past {@link MAX_DATE_TEXT_LENGTH} (100) characters
 *
 * @example
 * ```ts
 * import { vietnamDateOf } from "ngoaivu";
 * vietnamDateOf("2024-06-30"); //=> "2024-06-30"
 * vietnamDateOf("2024-06-30T20:00:00Z"); //=> "2024-07-01"
 * ```
 */
export function vietnamDateOf(input: string | Date): CalendarDate {
  return formatPacked(packedOfDateOrInstant(input)) as CalendarDate;
}

/**
 * Adds a number of days to a calendar date (negative to go back).
 *
 * @param date - a `YYYY-MM-DD` date
 * @param days - a whole number of days
 * @returns the date `days` later
 * @throws NgoaivuError `INVALID_DATE` for a bad date (`TOO_LONG` past
 * {@link MAX_DATE_TEXT_LENGTH} characters), `INVALID_ARGUMENT` for a
 * non-integer `days`, `OUT_OF_RANGE` beyond the years 0001–9999
 *
 * @example
 * ```ts
 * import { addCalendarDays } from "ngoaivu";
 * addCalendarDays("2024-02-28", 1); //=> "2024-02-29"
 * addCalendarDays("2025-01-01", -1); //=> "2024-12-31"
 * ```
 */
export function addCalendarDays(date: string, days: number): CalendarDate {
  const packed = typeof date === "string" ? packedFromDateString(date) : -1;
  if (packed < 0) {
    checkLength(date);
    throw new NgoaivuError("INVALID_DATE", { value: showValue(date) });
  }
  if (!Number.isSafeInteger(days)) {
    throw new NgoaivuError("INVALID_ARGUMENT", {
      name: "days",
      detail: { en: `${days} is not a whole number`, vi: `${days} không phải số nguyên` },
    });
  }
  const result = addDaysPacked(packed, days);
  if (result < 10101 || result > 99991231) {
    throw new NgoaivuError("OUT_OF_RANGE", {
      value: { en: `${date} + ${days} days`, vi: `${date} + ${days} ngày` },
      range: "0001-01-01 … 9999-12-31",
    });
  }
  return formatPacked(result) as CalendarDate;
}

/**
 * Zod schemas for the wire forms of dates and periods. Kept apart so that
 * importing `periodOf` alone does not pull in zod.
 *
 * Each schema is built inside a function marked pure and called once, so a
 * bundler drops the schemas an app does not use (a bare `z.string()…` at
 * the top level is a call it must keep).
 *
 * @module
 */
import * as z from "zod";
import { formatMessage, isNgoaivuError } from "../errors/index.js";
import { type CalendarDate, isCalendarDate, isInstant } from "./calendar-date.js";
import { PERIOD_PATTERN, parseCanonicalPeriod } from "./parse.js";
import { Period } from "./period.js";

/**
 * A calendar date on the wire: `YYYY-MM-DD`, a real day (not `2024-02-30`).
 *
 * @example
 * ```ts
 * import { CalendarDateSchema } from "ngoaivu";
 * CalendarDateSchema.parse("2024-02-29"); //=> "2024-02-29"
 * CalendarDateSchema.safeParse("2023-02-29").success; //=> false
 * ```
 */
export const CalendarDateSchema: z.ZodType<CalendarDate, string> = /* @__PURE__ */ (() =>
  z.iso
    .date({ error: (issue) => formatMessage("INVALID_DATE", { value: String(issue.input) }), abort: true })
    .refine(isCalendarDate, { error: (issue) => formatMessage("INVALID_DATE", { value: String(issue.input) }) })
    .describe("A day on the Vietnam calendar, YYYY-MM-DD") as unknown as z.ZodType<CalendarDate, string>)();

/**
 * An instant on the wire: an ISO 8601 date-time with `Z` or a UTC offset
 * (`2024-06-30T17:00:00Z`, `2024-07-01T00:00:00+07:00`). It stays a string;
 * `toVietnamDate` places it on the Vietnam calendar.
 *
 * @example
 * ```ts
 * import { InstantSchema } from "ngoaivu";
 * InstantSchema.parse("2024-06-30T17:00:00Z"); //=> "2024-06-30T17:00:00Z"
 * InstantSchema.safeParse("2024-06-30T17:00:00").success; //=> false
 * ```
 */
export const InstantSchema = /* @__PURE__ */ (() =>
  z
    .string()
    .refine(isInstant, { error: (issue) => formatMessage("INVALID_INSTANT", { value: String(issue.input) }) })
    .describe("An ISO 8601 date-time with Z or a UTC offset"))();

/**
 * Either a calendar date or an instant, as a record's date field may be
 * written. `periodOf` and `vietnamDateOf` take both.
 *
 * @example
 * ```ts
 * import { DateOrInstantSchema } from "ngoaivu";
 * DateOrInstantSchema.parse("2024-06-30"); //=> "2024-06-30"
 * DateOrInstantSchema.parse("2024-06-30T17:00:00+00:00"); //=> "2024-06-30T17:00:00+00:00"
 * DateOrInstantSchema.safeParse("30/06/2024").success; //=> false
 * ```
 */
export const DateOrInstantSchema = /* @__PURE__ */ (() =>
  z
    .string()
    .refine((s) => isCalendarDate(s) || isInstant(s), {
      error: (issue) =>
        String(issue.input).length === 10
          ? formatMessage("INVALID_DATE", { value: String(issue.input) })
          : formatMessage("INVALID_INSTANT", { value: String(issue.input) }),
    })
    .describe("A day YYYY-MM-DD, or an ISO 8601 date-time with Z or a UTC offset"))();

/**
 * A period on the wire, decoded to a {@link Period} and encoded back to its
 * canonical string (`2024-H1`, `2024-Q3`, `2024`, `2024-07`, `2021-2025`,
 * `2024-01-15..2024-03-31`). Only canonical strings are accepted; read
 * written forms such as `6 tháng đầu năm 2024` with `parsePeriod`.
 *
 * @example
 * ```ts
 * import { PeriodSchema } from "ngoaivu";
 * PeriodSchema.parse("2024-H1").label("vi"); //=> "6 tháng đầu năm 2024"
 * PeriodSchema.encode(PeriodSchema.parse("2021-2025")); //=> "2021-2025"
 * PeriodSchema.safeParse("H1 2024").success; //=> false
 * ```
 */
export const PeriodSchema = /* @__PURE__ */ (() =>
  z.codec(
    z
      .string()
      .regex(PERIOD_PATTERN, { error: (issue) => formatMessage("UNPARSEABLE_PERIOD", { value: String(issue.input) }) })
      .describe("A reporting period: 2024-H1, 2024-Q3, 2024, 2024-07, 2021-2025 or 2024-01-15..2024-03-31"),
    z.custom<Period>((value) => Period.isPeriod(value)),
    {
      decode: (text, ctx) => {
        try {
          return parseCanonicalPeriod(text);
        } catch (error) {
          ctx.issues.push({
            code: "custom",
            input: text,
            message: isNgoaivuError(error) ? error.message : String(error),
            params: isNgoaivuError(error) ? { code: error.code } : {},
          });
          return z.NEVER;
        }
      },
      encode: (period) => period.toString(),
    },
  ))();

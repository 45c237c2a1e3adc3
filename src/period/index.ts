/**
 * Reporting periods on the Vietnam calendar: half-years, quarters, years,
 * months, multi-year terms and date ranges; `periodOf` for a day or an
 * instant, under the statistical or the administrative (Decree 09/2019/NĐ-CP)
 * cut-off convention.
 *
 * @module
 */
export {
  addCalendarDays,
  type CalendarDate,
  isCalendarDate,
  isInstant,
  MAX_DATE_TEXT_LENGTH,
  parseCalendarDate,
  toVietnamDate,
  vietnamDateOf,
} from "./calendar-date.js";
export { MAX_PERIOD_TEXT_LENGTH, PERIOD_PATTERN, parseCanonicalPeriod, parsePeriod } from "./parse.js";
export { comparePeriods, PERIOD_KINDS, Period, type PeriodKind } from "./period.js";
export {
  type IsInPeriodOptions,
  isInPeriod,
  type PeriodDates,
  type PeriodOfKind,
  type PeriodOfOptions,
  periodOf,
  periodRange,
  REPORTING_CONVENTIONS,
  type ReportingConvention,
} from "./period-of.js";
export { CalendarDateSchema, DateOrInstantSchema, InstantSchema, PeriodSchema } from "./schema.js";

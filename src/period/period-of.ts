import { showValue } from "../_lib/show.js";
import { NgoaivuError, type Words } from "../errors/index.js";
import { addDaysPacked, formatPacked, packedFromDateString } from "./_days.js";
import { type CalendarDate, packedOfDateOrInstant } from "./calendar-date.js";
import { Period } from "./period.js";

/**
 * How a report cuts its data off.
 *
 * - `statistical`: calendar periods (H1 = 1 January–30 June, the year =
 *   1 January–31 December), as statistical reports use.
 * - `administrative`: the cut-off dates of periodic administrative reports
 *   (Decree 09/2019/NĐ-CP, Article 12): a period runs from the 15th of the
 *   month before its first month to the 14th of its last month. The six-month
 *   report covers 15 December of the previous year to 14 June, the second
 *   half 15 June–14 December, the year 15 December–14 December, a quarter
 *   15 December–14 March (…), a month 15th–14th. A term is the union of its
 *   years (2021–2025: 15 December 2020–14 December 2025). A date range is
 *   the same under both conventions: its days are explicit.
 */
export type ReportingConvention = "statistical" | "administrative";

/**
 * The two cut-off conventions.
 *
 * @example
 * ```ts
 * import { REPORTING_CONVENTIONS } from "ngoaivu";
 * REPORTING_CONVENTIONS; //=> ["statistical", "administrative"]
 * ```
 */
export const REPORTING_CONVENTIONS = [
  "statistical",
  "administrative",
] as const satisfies readonly ReportingConvention[];

/** The kinds of period {@link periodOf} can place a day in (all but `range`). */
export type PeriodOfKind = "half-year" | "quarter" | "year" | "month" | "term";

/** Options for {@link periodOf}. */
export interface PeriodOfOptions {
  /** Cut-off convention; `"statistical"` (calendar) by default. */
  readonly convention?: ReportingConvention;
  /**
   * Years in a term, for kind `"term"`: 5 (default: five-year plans 2016–2020,
   * 2021–2025, 2026–2030) or 10 (ten-year plans 2011–2020, 2021–2030).
   */
  readonly termYears?: 5 | 10;
}

/**
 * The period of a kind that a day belongs to. A calendar date `YYYY-MM-DD`
 * belongs to its own period; an instant (an ISO string with `Z` or an offset,
 * or a `Date`) is first placed on the Vietnam calendar (UTC+7):
 * `2024-06-30T17:00:00Z` is 1 July in Hanoi, so it is in 2024-H2.
 *
 * This is the hot path of every rollup: it reads the string's digits, builds
 * no `Date`, `TZDate` or `Intl` object, and returns interned periods.
 *
 * @param dateOrInstant - `YYYY-MM-DD`, an ISO instant, or a `Date`
 * @param kind - `"half-year"`, `"quarter"`, `"year"`, `"month"` or `"term"`
 * @param options - `convention` (statistical by default) and `termYears`
 * @returns the period
 * @throws NgoaivuError `INVALID_DATE` for a bad `YYYY-MM-DD`,
 * `INVALID_INSTANT` for any other unreadable input, `INVALID_ARGUMENT` for
 * an unknown kind, convention or term length
 *
 * @example
 * ```ts
 * import { periodOf } from "ngoaivu";
 * periodOf("2024-06-30", "half-year").toString(); //=> "2024-H1"
 * periodOf("2024-06-30T17:00:00Z", "half-year").toString(); //=> "2024-H2"
 * periodOf("2023-12-20", "half-year", { convention: "administrative" }).toString(); //=> "2024-H1"
 * periodOf("2024-06-14", "half-year", { convention: "administrative" }).toString(); //=> "2024-H1"
 * periodOf("2024-06-15", "half-year", { convention: "administrative" }).toString(); //=> "2024-H2"
 * periodOf("2024-08-01", "term").toString(); //=> "2021-2025"
 * periodOf("2024-08-01", "term", { termYears: 10 }).toString(); //=> "2021-2030"
 * ```
 */
export function periodOf(dateOrInstant: string | Date, kind: PeriodOfKind, options?: PeriodOfOptions): Period {
  const packed = packedOfDateOrInstant(dateOrInstant);
  let y = Math.floor(packed / 10000);
  let m = Math.floor(packed / 100) % 100;
  if (options !== undefined && options.convention !== undefined && options.convention !== "statistical") {
    if (options.convention !== "administrative") {
      throw new NgoaivuError("INVALID_ARGUMENT", {
        name: "convention",
        detail: conventionDetail(options.convention),
      });
    }
    // From the 15th, a day counts towards the next month's report.
    if (packed % 100 >= 15 && ++m > 12) {
      m = 1;
      y++;
    }
  }
  switch (kind) {
    case "half-year":
      return Period.halfYear(y, m <= 6 ? 1 : 2);
    case "quarter":
      return Period.quarter(y, Math.floor((m + 2) / 3));
    case "year":
      return Period.year(y);
    case "month":
      return Period.month(y, m);
    case "term": {
      const length = options?.termYears ?? 5;
      if (length !== 5 && length !== 10) {
        throw new NgoaivuError("INVALID_ARGUMENT", {
          name: "termYears",
          detail: { en: `${showValue(length)} is not 5 or 10`, vi: `${showValue(length)} không phải 5 hoặc 10` },
        });
      }
      const first = y - ((((y - 1) % length) + length) % length);
      return Period.term(first, first + length - 1);
    }
    default:
      throw new NgoaivuError("INVALID_ARGUMENT", {
        name: "kind",
        detail: {
          en: `${showValue(kind)} is not one of half-year, quarter, year, month, term`,
          vi: `${showValue(kind)} không phải là một trong half-year, quarter, year, month, term`,
        },
      });
  }
}

/** The first and last day (inclusive) a period covers under a convention. */
export interface PeriodDates {
  /** First day, inclusive. */
  readonly start: CalendarDate;
  /** Last day, inclusive. */
  readonly end: CalendarDate;
}

/** The detail of a convention that is neither of the two. */
function conventionDetail(convention: unknown): Words {
  const shown = showValue(convention);
  return {
    en: `${shown} is not "statistical" or "administrative"`,
    vi: `${shown} không phải "statistical" hoặc "administrative"`,
  };
}

function packedBounds(period: Period, convention: ReportingConvention): readonly [number, number] {
  const s = packedFromDateString(period.start);
  const e = packedFromDateString(period.end);
  if (convention === "statistical" || period.kind === "range") return [s, e];
  if (convention !== "administrative") {
    throw new NgoaivuError("INVALID_ARGUMENT", {
      name: "convention",
      detail: conventionDetail(convention),
    });
  }
  // From the 15th of the month before the first month to the 14th of the last month.
  const end = e - (e % 100) + 14;
  const start = addDaysPacked(s, -1);
  return [start - (start % 100) + 15, end];
}

/**
 * The first and last day a period covers under a cut-off convention.
 * Under the statistical convention they are the period's own `start` and
 * `end`; under the administrative one (Decree 09/2019/NĐ-CP) a named period
 * runs from the 15th of the month before it to the 14th of its last month.
 *
 * @param period - the period
 * @param convention - `"statistical"` (default) or `"administrative"`
 * @returns `{ start, end }`, both inclusive
 * @throws NgoaivuError `INVALID_ARGUMENT` for an unknown convention, or
 * `OUT_OF_RANGE` for the administrative start of the year 1
 *
 * @example
 * ```ts
 * import { parsePeriod, periodRange } from "ngoaivu";
 * periodRange(parsePeriod("2024-H1"), "administrative"); //=> { start: "2023-12-15", end: "2024-06-14" }
 * periodRange(parsePeriod("2024-H2"), "administrative"); //=> { start: "2024-06-15", end: "2024-12-14" }
 * periodRange(parsePeriod("2021-2025"), "administrative"); //=> { start: "2020-12-15", end: "2025-12-14" }
 * periodRange(parsePeriod("2024-H1")); //=> { start: "2024-01-01", end: "2024-06-30" }
 * ```
 */
export function periodRange(period: Period, convention: ReportingConvention = "statistical"): PeriodDates {
  const [s, e] = packedBounds(period, convention);
  if (s < 10101)
    throw new NgoaivuError("OUT_OF_RANGE", {
      value: period.toString(),
      range: { en: "years 1 to 9999", vi: "từ năm 1 đến năm 9999" },
    });
  return { start: formatPacked(s) as CalendarDate, end: formatPacked(e) as CalendarDate };
}

/** Options for {@link isInPeriod}. */
export interface IsInPeriodOptions {
  /** Cut-off convention; `"statistical"` (calendar) by default. */
  readonly convention?: ReportingConvention;
}

/**
 * Whether a day (a date, or an instant placed on the Vietnam calendar) falls
 * in a period under a cut-off convention.
 *
 * @param dateOrInstant - `YYYY-MM-DD`, an ISO instant, or a `Date`
 * @param period - the period
 * @param options - `convention` (statistical by default)
 * @returns `true` when the day is covered
 * @throws NgoaivuError like {@link periodOf} for unreadable input
 *
 * @example
 * ```ts
 * import { isInPeriod, parsePeriod } from "ngoaivu";
 * const h1 = parsePeriod("2024-H1");
 * isInPeriod("2023-12-20", h1); //=> false
 * isInPeriod("2023-12-20", h1, { convention: "administrative" }); //=> true
 * isInPeriod("2024-06-20", h1, { convention: "administrative" }); //=> false
 * ```
 */
export function isInPeriod(dateOrInstant: string | Date, period: Period, options?: IsInPeriodOptions): boolean {
  const packed = packedOfDateOrInstant(dateOrInstant);
  const [s, e] = packedBounds(period, options?.convention ?? "statistical");
  return s <= packed && packed <= e;
}

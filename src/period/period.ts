import { INSPECT, inspected } from "../_lib/inspect.js";
import { showValue } from "../_lib/show.js";
import { kindParam, type Lang, messageLang, NgoaivuError, type Words } from "../errors/index.js";
import {
  addDaysPacked,
  dayNumberOfPacked,
  daysInMonth,
  formatPacked,
  MAX_PACKED,
  MIN_PACKED,
  packedFromDateString,
} from "./_days.js";
import { periodLabel } from "./_label.js";
import { type CalendarDate, packedOfDateOrInstant } from "./calendar-date.js";

/**
 * The kinds of period: a multi-year `term` (a five-year plan 2021–2025, a
 * congress term 2020–2025, a ten-year plan 2021–2030), a calendar `year`, a
 * `half-year`, a `quarter`, a `month`, and an arbitrary date `range`.
 */
export type PeriodKind = "term" | "year" | "half-year" | "quarter" | "month" | "range";

/**
 * Every period kind, longest first (the order {@link comparePeriods} uses to
 * break ties).
 *
 * @example
 * ```ts
 * import { PERIOD_KINDS } from "ngoaivu";
 * PERIOD_KINDS; //=> ["term", "year", "half-year", "quarter", "month", "range"]
 * ```
 */
export const PERIOD_KINDS = [
  "term",
  "year",
  "half-year",
  "quarter",
  "month",
  "range",
] as const satisfies readonly PeriodKind[];

const KIND_RANK: Readonly<Record<PeriodKind, number>> = {
  term: 0,
  year: 1,
  "half-year": 2,
  quarter: 3,
  month: 4,
  range: 5,
};

function pad4(year: number): string {
  return String(year).padStart(4, "0");
}

const YEAR: Words = { en: "year", vi: "năm" };

function checkYear(year: number, name: Words = YEAR): void {
  if (!Number.isInteger(year) || year < 1 || year > 9999) {
    throw new NgoaivuError("INVALID_PERIOD", {
      detail: {
        en: `${name.en} ${year} is not a year from 1 to 9999`,
        vi: `${name.vi} ${year} không phải năm từ 1 đến 9999`,
      },
    });
  }
}

function checkPart(value: number, max: number, what: Words): void {
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new NgoaivuError("INVALID_PERIOD", {
      detail: {
        en: `${what.en} ${value} is not a whole number from 1 to ${max}`,
        vi: `${what.vi} ${value} không phải số nguyên từ 1 đến ${max}`,
      },
    });
  }
}

function monthStart(year: number, month: number): number {
  return year * 10000 + month * 100 + 1;
}

function monthEnd(year: number, month: number): number {
  return year * 10000 + month * 100 + daysInMonth(year, month);
}

const halfYears = new Map<number, Period>();
const quarters = new Map<number, Period>();
const years = new Map<number, Period>();
const months = new Map<number, Period>();
const terms = new Map<number, Period>();

interface Parts {
  readonly half?: 1 | 2;
  readonly quarter?: 1 | 2 | 3 | 4;
  readonly month?: number;
}

/**
 * A reporting period: a half-year (`2024-H1`), quarter (`2024-Q3`), year
 * (`2024`), month (`2024-07`), multi-year term (`2021-2025`) or date range
 * (`2024-01-15..2024-03-31`).
 *
 * A period is an immutable value. Its {@link Period.start | start} and
 * {@link Period.end | end} are inclusive days on the Vietnam calendar under
 * the statistical (calendar) convention; {@link periodRange} gives the
 * administrative cut-off dates. Its canonical string ({@link Period.toString},
 * also its JSON form) is read back by {@link parsePeriod}. Named periods are
 * interned: `Period.halfYear(2024, 1) === Period.halfYear(2024, 1)`; compare
 * periods with {@link Period.equals} all the same.
 *
 * @example
 * ```ts
 * import { Period } from "ngoaivu";
 * const h1 = Period.halfYear(2024, 1);
 * h1.toString(); //=> "2024-H1"
 * [h1.start, h1.end]; //=> ["2024-01-01", "2024-06-30"]
 * h1.previous().toString(); //=> "2023-H2"
 * Period.term(2021, 2025).previous().toString(); //=> "2016-2020"
 * JSON.stringify({ period: Period.quarter(2024, 3) }); //=> '{"period":"2024-Q3"}'
 * ```
 */
export class Period {
  /** The kind of period. */
  readonly kind: PeriodKind;
  /** First day, inclusive (statistical convention). */
  readonly start: CalendarDate;
  /** Last day, inclusive (statistical convention). */
  readonly end: CalendarDate;
  /** Calendar year of the first day (for a term: its first year). */
  readonly year: number;
  /** Calendar year of the last day (for a term: its last year). */
  readonly endYear: number;
  /** For a half-year: 1 (January–June) or 2 (July–December). */
  declare readonly half?: 1 | 2;
  /** For a quarter: 1 to 4. */
  declare readonly quarter?: 1 | 2 | 3 | 4;
  /** For a month: 1 (January) to 12. */
  declare readonly month?: number;
  readonly #startPacked: number;
  readonly #endPacked: number;
  readonly #text: string;

  private constructor(kind: PeriodKind, startPacked: number, endPacked: number, text: string, parts: Parts = {}) {
    this.kind = kind;
    this.#startPacked = startPacked;
    this.#endPacked = endPacked;
    this.#text = text;
    this.start = formatPacked(startPacked) as CalendarDate;
    this.end = formatPacked(endPacked) as CalendarDate;
    this.year = Math.floor(startPacked / 10000);
    this.endYear = Math.floor(endPacked / 10000);
    if (parts.half !== undefined) this.half = parts.half;
    if (parts.quarter !== undefined) this.quarter = parts.quarter;
    if (parts.month !== undefined) this.month = parts.month;
    Object.freeze(this);
  }

  /**
   * A half-year.
   *
   * @param year - the calendar year
   * @param half - 1 (January–June) or 2 (July–December)
   * @returns the half-year `YYYY-H1` or `YYYY-H2`
   * @throws NgoaivuError `INVALID_PERIOD` for a year outside 1–9999 or another half
   *
   * @example
   * ```ts
   * import { Period } from "ngoaivu";
   * Period.halfYear(2024, 2).end; //=> "2024-12-31"
   * ```
   */
  static halfYear(year: number, half: number): Period {
    const key = year * 2 + half;
    const cached = halfYears.get(key);
    if (cached !== undefined && cached.year === year) return cached;
    checkYear(year);
    checkPart(half, 2, { en: "half", vi: "nửa năm" });
    const h = half as 1 | 2;
    const p = new Period("half-year", monthStart(year, h * 6 - 5), monthEnd(year, h * 6), `${pad4(year)}-H${h}`, {
      half: h,
    });
    halfYears.set(key, p);
    return p;
  }

  /**
   * A quarter.
   *
   * @param year - the calendar year
   * @param quarter - 1 to 4
   * @returns the quarter `YYYY-Qn`
   * @throws NgoaivuError `INVALID_PERIOD` for a year outside 1–9999 or another quarter
   *
   * @example
   * ```ts
   * import { Period } from "ngoaivu";
   * Period.quarter(2024, 3).start; //=> "2024-07-01"
   * ```
   */
  static quarter(year: number, quarter: number): Period {
    const key = year * 4 + quarter;
    const cached = quarters.get(key);
    if (cached !== undefined && cached.year === year) return cached;
    checkYear(year);
    checkPart(quarter, 4, { en: "quarter", vi: "quý" });
    const q = quarter as 1 | 2 | 3 | 4;
    const p = new Period("quarter", monthStart(year, q * 3 - 2), monthEnd(year, q * 3), `${pad4(year)}-Q${q}`, {
      quarter: q,
    });
    quarters.set(key, p);
    return p;
  }

  /**
   * A calendar year (the fiscal year in Vietnam).
   *
   * @param year - the year
   * @returns the year `YYYY`
   * @throws NgoaivuError `INVALID_PERIOD` for a year outside 1–9999
   *
   * @example
   * ```ts
   * import { Period } from "ngoaivu";
   * Period.year(2024).toString(); //=> "2024"
   * ```
   */
  static year(year: number): Period {
    const cached = years.get(year);
    if (cached !== undefined) return cached;
    checkYear(year);
    const p = new Period("year", monthStart(year, 1), monthEnd(year, 12), pad4(year));
    years.set(year, p);
    return p;
  }

  /**
   * A calendar month.
   *
   * @param year - the year
   * @param month - 1 (January) to 12
   * @returns the month `YYYY-MM`
   * @throws NgoaivuError `INVALID_PERIOD` for a year outside 1–9999 or another month
   *
   * @example
   * ```ts
   * import { Period } from "ngoaivu";
   * Period.month(2024, 2).end; //=> "2024-02-29"
   * ```
   */
  static month(year: number, month: number): Period {
    const key = year * 12 + month;
    const cached = months.get(key);
    if (cached !== undefined && cached.year === year) return cached;
    checkYear(year);
    checkPart(month, 12, { en: "month", vi: "tháng" });
    const p = new Period(
      "month",
      monthStart(year, month),
      monthEnd(year, month),
      `${pad4(year)}-${month < 10 ? "0" : ""}${month}`,
      { month },
    );
    months.set(key, p);
    return p;
  }

  /**
   * A multi-year term, from 1 January of its first year to 31 December of its
   * last: a five-year plan (`2021-2025`), a ten-year plan (`2021-2030`), or a
   * term as written locally (`2020-2025`, six calendar years).
   *
   * @param firstYear - the first year
   * @param lastYear - the last year (after the first)
   * @returns the term `YYYY-YYYY`
   * @throws NgoaivuError `END_BEFORE_START` when the last year is before the
   * first; `INVALID_PERIOD` when they are equal or outside 1–9999
   *
   * @example
   * ```ts
   * import { Period } from "ngoaivu";
   * const term = Period.term(2021, 2025);
   * [term.start, term.end]; //=> ["2021-01-01", "2025-12-31"]
   * ```
   */
  static term(firstYear: number, lastYear: number): Period {
    const key = firstYear * 10000 + lastYear;
    const cached = terms.get(key);
    if (cached !== undefined && cached.year === firstYear && cached.endYear === lastYear) return cached;
    checkYear(firstYear, { en: "first year", vi: "năm đầu" });
    checkYear(lastYear, { en: "last year", vi: "năm cuối" });
    if (lastYear < firstYear) throw new NgoaivuError("END_BEFORE_START", { start: firstYear, end: lastYear });
    if (lastYear === firstYear) {
      throw new NgoaivuError("INVALID_PERIOD", {
        detail: {
          en: `a term spans at least two years; use the year ${firstYear} instead`,
          vi: `giai đoạn phải dài ít nhất hai năm; hãy dùng kỳ năm ${firstYear}`,
        },
      });
    }
    const p = new Period(
      "term",
      monthStart(firstYear, 1),
      monthEnd(lastYear, 12),
      `${pad4(firstYear)}-${pad4(lastYear)}`,
    );
    terms.set(key, p);
    return p;
  }

  /**
   * An arbitrary range of days, both ends inclusive. A range stays a range
   * even when its days match a named period.
   *
   * @param start - the first day, `YYYY-MM-DD`
   * @param end - the last day, `YYYY-MM-DD`, not before `start`
   * @returns the range `start..end`
   * @throws NgoaivuError `INVALID_DATE` for a bad date (path `["start"]` or
   * `["end"]`), `END_BEFORE_START` when `end` is before `start`
   *
   * @example
   * ```ts
   * import { Period } from "ngoaivu";
   * Period.range("2024-01-15", "2024-03-31").toString(); //=> "2024-01-15..2024-03-31"
   * Period.range("2024-03-31", "2024-01-15"); //=> throws END_BEFORE_START
   * ```
   */
  static range(start: string, end: string): Period {
    const s = packedFromDateString(start);
    if (s < 0) throw new NgoaivuError("INVALID_DATE", { value: showValue(start) }, { path: ["start"] });
    const e = packedFromDateString(end);
    if (e < 0) throw new NgoaivuError("INVALID_DATE", { value: showValue(end) }, { path: ["end"] });
    if (e < s) throw new NgoaivuError("END_BEFORE_START", { start, end }, { path: ["end"] });
    return rangeOfPacked(s, e);
  }

  /**
   * Tells whether a value is a `Period`, also one made by another copy of
   * the library (its CommonJS build beside its ES module build, a bundle
   * beside a dependency), where `instanceof` says no.
   *
   * @param value - anything
   * @returns `true` for a period
   *
   * @example
   * ```ts
   * import { Period } from "ngoaivu";
   * Period.isPeriod(Period.halfYear(2024, 1)); //=> true
   * Period.isPeriod("2024-H1"); //=> false
   * Period.isPeriod({ kind: "year", start: "2024-01-01", end: "2024-12-31" }); //=> false
   * ```
   */
  static isPeriod(value: unknown): value is Period {
    if (value instanceof Period) return true;
    if (typeof value !== "object" || value === null) return false;
    const v = value as { _ngoaivu?: unknown; kind?: unknown; start?: unknown; end?: unknown; toString?: unknown };
    return (
      v._ngoaivu === "Period" &&
      typeof v.kind === "string" &&
      Object.hasOwn(KIND_RANK, v.kind) &&
      typeof v.start === "string" &&
      typeof v.end === "string" &&
      typeof v.toString === "function"
    );
  }

  /** @internal Brand that identifies a Period across copies of the library (survives minification). */
  get _ngoaivu(): "Period" {
    return "Period";
  }

  /**
   * The period of the same kind and length just before this one: the
   * previous half-year of 2024-H1 is 2023-H2; the previous term of 2021–2025
   * is 2016–2020 (a term moves back by its number of years, so the period
   * before 2020–2025 is 2014–2019); a range moves back by its number of days.
   *
   * @returns the previous period
   * @throws NgoaivuError `INVALID_PERIOD` before the year 1
   *
   * @example
   * ```ts
   * import { parsePeriod } from "ngoaivu";
   * parsePeriod("2024-Q1").previous().toString(); //=> "2023-Q4"
   * parsePeriod("2024-03-01..2024-03-10").previous().toString(); //=> "2024-02-20..2024-02-29"
   * ```
   */
  previous(): Period {
    return this.#shift(-1);
  }

  /**
   * The period of the same kind and length just after this one.
   *
   * @returns the next period
   * @throws NgoaivuError `INVALID_PERIOD` after the year 9999
   *
   * @example
   * ```ts
   * import { parsePeriod } from "ngoaivu";
   * parsePeriod("2024-H2").next().toString(); //=> "2025-H1"
   * parsePeriod("2021-2025").next().toString(); //=> "2026-2030"
   * ```
   */
  next(): Period {
    return this.#shift(1);
  }

  #shift(step: -1 | 1): Period {
    switch (this.kind) {
      case "half-year": {
        const i = this.year * 2 + (this.half ?? 1) - 1 + step;
        return Period.halfYear(Math.floor(i / 2), (i % 2) + 1);
      }
      case "quarter": {
        const i = this.year * 4 + (this.quarter ?? 1) - 1 + step;
        return Period.quarter(Math.floor(i / 4), (i % 4) + 1);
      }
      case "month": {
        const i = this.year * 12 + (this.month ?? 1) - 1 + step;
        return Period.month(Math.floor(i / 12), (i % 12) + 1);
      }
      case "year":
        return Period.year(this.year + step);
      case "term": {
        const length = this.endYear - this.year + 1;
        return Period.term(this.year + step * length, this.endYear + step * length);
      }
      case "range": {
        const days = dayNumberOfPacked(this.#endPacked) - dayNumberOfPacked(this.#startPacked) + 1;
        const s = addDaysPacked(this.#startPacked, step * days);
        const e = addDaysPacked(this.#endPacked, step * days);
        if (s < MIN_PACKED || e > MAX_PACKED) {
          throw new NgoaivuError("INVALID_PERIOD", {
            detail: {
              en: "the range would leave the years 1 to 9999",
              vi: "khoảng ngày sẽ vượt ra ngoài các năm 1 đến 9999",
            },
          });
        }
        return rangeOfPacked(s, e);
      }
    }
  }

  /**
   * Whether a day, or every day of another period, lies in this period
   * (statistical convention; see {@link isInPeriod} for the administrative one).
   *
   * @param other - a period, a `YYYY-MM-DD` date, an ISO instant or a `Date`
   * (an instant is first placed on the Vietnam calendar)
   * @returns `true` when it lies within
   *
   * @example
   * ```ts
   * import { parsePeriod } from "ngoaivu";
   * const h1 = parsePeriod("2024-H1");
   * h1.contains("2024-06-30"); //=> true
   * h1.contains("2024-06-30T17:00:00Z"); //=> false
   * parsePeriod("2024").contains(h1); //=> true
   * ```
   */
  contains(other: Period | string | Date): boolean {
    if (Period.isPeriod(other))
      return this.#startPacked <= Period.#startOf(other) && Period.#endOf(other) <= this.#endPacked;
    const packed = packedOfDateOrInstant(other);
    return this.#startPacked <= packed && packed <= this.#endPacked;
  }

  /**
   * Whether this period and another share at least one day.
   *
   * @param other - another period
   * @returns `true` when they overlap
   *
   * @example
   * ```ts
   * import { parsePeriod } from "ngoaivu";
   * parsePeriod("2020-2025").overlaps(parsePeriod("2016-2020")); //=> true
   * parsePeriod("2021-2025").overlaps(parsePeriod("2016-2020")); //=> false
   * ```
   */
  overlaps(other: Period): boolean {
    return this.#startPacked <= Period.#endOf(other) && Period.#startOf(other) <= this.#endPacked;
  }

  /**
   * Orders this period against another: by first day, then the longer one
   * first, then by kind ({@link PERIOD_KINDS} order).
   *
   * @param other - another period
   * @returns a negative number, zero (the same period) or a positive number
   *
   * @example
   * ```ts
   * import { parsePeriod } from "ngoaivu";
   * parsePeriod("2024-H1").compare(parsePeriod("2024-H2")) < 0; //=> true
   * parsePeriod("2024").compare(parsePeriod("2024-H1")) < 0; //=> true
   * ```
   */
  compare(other: Period): number {
    return (
      this.#startPacked - Period.#startOf(other) ||
      Period.#endOf(other) - this.#endPacked ||
      KIND_RANK[this.kind] - KIND_RANK[other.kind]
    );
  }

  /**
   * Whether two periods are the same (same kind and same days).
   *
   * @param other - another period
   * @returns `true` when they are the same period
   *
   * @example
   * ```ts
   * import { Period, parsePeriod } from "ngoaivu";
   * parsePeriod("6 tháng đầu năm 2024").equals(Period.halfYear(2024, 1)); //=> true
   * ```
   */
  equals(other: Period): boolean {
    return this.#text === (Period.#own(other) ? other.#text : Period.#foreign(other).toString());
  }

  // A period made by another copy of the library has the same public fields,
  // but this copy cannot read its private ones: its days are read back from
  // its `start` and `end`.
  static #startOf(p: Period): number {
    return Period.#own(p) ? p.#startPacked : packedFromDateString(Period.#foreign(p).start);
  }

  static #endOf(p: Period): number {
    return Period.#own(p) ? p.#endPacked : packedFromDateString(Period.#foreign(p).end);
  }

  /** Whether a value is a period of this copy of the library (a brand check: it has the private fields). */
  static #own(p: unknown): boolean {
    return typeof p === "object" && p !== null && #startPacked in p;
  }

  static #foreign(p: unknown): Period {
    if (Period.isPeriod(p)) return p;
    throw new NgoaivuError("INVALID_TYPE", { expected: "Period", received: kindParam(p) });
  }

  /**
   * The half-years that lie wholly inside this period, in order: both
   * halves of a year, the ten of a five-year term; none for a quarter or a month.
   *
   * @returns the half-years
   *
   * @example
   * ```ts
   * import { parsePeriod } from "ngoaivu";
   * parsePeriod("2024").halfYears().map(String); //=> ["2024-H1", "2024-H2"]
   * parsePeriod("2021-2025").halfYears().length; //=> 10
   * ```
   */
  halfYears(): Period[] {
    const result: Period[] = [];
    const sy = this.year;
    const firstHalf = this.#startPacked <= monthStart(sy, 1) ? 1 : this.#startPacked <= monthStart(sy, 7) ? 2 : 3;
    for (let i = sy * 2 + firstHalf - 1; ; i++) {
      const y = Math.floor(i / 2);
      const h = (i % 2) + 1;
      if (y > this.endYear || monthEnd(y, h * 6) > this.#endPacked) break;
      result.push(Period.halfYear(y, h));
    }
    return result;
  }

  /**
   * The period's name in Vietnamese or English, as written in reports.
   *
   * @param lang - `"vi"` or `"en"`; the configured language (`configureNgoaivu`), else `"en"`, by default
   * @returns the label, e.g. `6 tháng đầu năm 2024` / `first half of 2024`
   *
   * @example
   * ```ts
   * import { parsePeriod } from "ngoaivu";
   * parsePeriod("2024-H1").label("vi"); //=> "6 tháng đầu năm 2024"
   * parsePeriod("2021-2025").label("en"); //=> "2021–2025 term"
   * ```
   */
  label(lang: Lang = messageLang()): string {
    return periodLabel(this, lang);
  }

  /**
   * The canonical string: `2024-H1`, `2024-Q3`, `2024`, `2024-07`,
   * `2021-2025`, `2024-01-15..2024-03-31`.
   *
   * @returns the canonical string
   */
  toString(): string {
    return this.#text;
  }

  /**
   * The JSON form: the canonical string.
   *
   * @returns the canonical string
   */
  toJSON(): string {
    return this.#text;
  }

  /**
   * What `console.log` and `util.inspect` show (in Node, Deno and Bun): the
   * value, `Period <…>` around {@link Period.toString}, not the internal fields.
   *
   * @returns e.g. `"Period <2024-H1>"`
   *
   * @example
   * ```ts
   * import { inspect } from "node:util";
   * import { parsePeriod } from "ngoaivu";
   * inspect(parsePeriod("2024-H1")); //=> "Period <2024-H1>"
   * ```
   */
  [INSPECT](): string {
    return inspected("Period", this.toString());
  }
}

function rangeOfPacked(s: number, e: number): Period {
  const text = `${formatPacked(s)}..${formatPacked(e)}`;
  // The constructor is private to keep named periods interned; ranges are built here.
  return new (Period as unknown as new (kind: PeriodKind, s: number, e: number, text: string) => Period)(
    "range",
    s,
    e,
    text,
  );
}

/**
 * Orders two periods (for `Array.prototype.sort`): by first day, then the
 * longer first, then by kind.
 *
 * @param a - a period
 * @param b - another period
 * @returns a negative number when `a` comes first, zero when they are the same, positive otherwise
 *
 * @example
 * ```ts
 * import { comparePeriods, parsePeriod } from "ngoaivu";
 * ["2024-H2", "2024", "2023-H2", "2024-H1"].map(parsePeriod).sort(comparePeriods).map(String);
 * //=> ["2023-H2", "2024", "2024-H1", "2024-H2"]
 * ```
 */
export function comparePeriods(a: Period, b: Period): number {
  return a.compare(b);
}

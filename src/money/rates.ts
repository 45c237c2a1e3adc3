import { NgoaivuError, type PathSegment } from "../errors/index.js";
import {
  checkRounding,
  type DecimalInput,
  describe,
  divRound,
  numToString,
  pow10,
  type RoundingMode,
  toNum,
  trim,
} from "./_num.js";
import { getCurrency } from "./currency.js";
import { Money, typeOf } from "./money.js";

/** One dated exchange rate, as a user gives it: `1 from = rate to`. */
export interface RateEntry {
  /** Currency converted from, e.g. `"USD"`. */
  readonly from: string;
  /** Currency converted to, e.g. `"VND"`. */
  readonly to: string;
  /** Units of `to` for one unit of `from`, a positive decimal (string, `Decimal`, `bigint` or safe integer). */
  readonly rate: DecimalInput;
  /** The date the rate applies from, `YYYY-MM-DD` (Vietnam calendar). */
  readonly date: string;
  /** Where the rate comes from, e.g. `"SBV central rate"`, a bank, a donor. */
  readonly source: string;
}

/**
 * The rate a conversion used, recorded on its result so a report can say
 * which rate, of which date and source, it applied.
 */
export interface RateQuote {
  /** Currency converted from. */
  readonly from: string;
  /** Currency converted to. */
  readonly to: string;
  /**
   * The rate as a decimal string: exact when the fraction terminates,
   * otherwise rounded half-even to 18 decimals (see `exact`).
   */
  readonly rate: string;
  /** Whether `rate` is the exact value (`false` for a non-terminating inverse or cross rate). */
  readonly exact: boolean;
  /** The rate as an exact fraction: numerator (decimal integer string). */
  readonly numerator: string;
  /** The rate as an exact fraction: denominator (positive decimal integer string). */
  readonly denominator: string;
  /** The date of the rate used (for a cross rate, the earlier of its two legs). */
  readonly date: string;
  /** Its source (for a cross rate, the legs' sources joined by `" / "`). */
  readonly source: string;
  /** How it was found: the same currency, a table entry, the inverse of one, or a cross through a third currency. */
  readonly derivation: "identity" | "direct" | "inverse" | "cross";
  /** For a cross rate, the two rates it was derived from. */
  readonly legs?: readonly [RateQuote, RateQuote];
}

/** Options for {@link convertMoney} and `MoneyBag.convert`. */
export interface ConvertOptions {
  /** Rounding of the result to the target currency's minor unit; `"half-even"` by default. */
  readonly rounding?: RoundingMode;
}

/** One converted amount with its rate: the aid-data rule that every value carries its value date. */
export interface Conversion {
  /** The amount converted. */
  readonly from: Money;
  /** The result, rounded to the target currency's minor unit. */
  readonly to: Money;
  /** The rate used, with its date and source. */
  readonly rate: RateQuote;
  /** The valuation date asked for (`YYYY-MM-DD`). */
  readonly valueDate: string;
}

interface Fraction {
  readonly n: bigint;
  readonly d: bigint;
}

interface Stored {
  readonly date: string;
  readonly fraction: Fraction;
  readonly source: string;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Checks a `YYYY-MM-DD` calendar date. */
export function checkDate(value: unknown, path: readonly PathSegment[]): string {
  if (typeof value === "string") {
    const m = DATE.exec(value);
    if (m !== null) {
      const y = Number(m[1]);
      const mo = Number(m[2]);
      const d = Number(m[3]);
      const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
      const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1];
      if (days !== undefined && d >= 1 && d <= days) return value;
    }
  }
  throw new NgoaivuError("INVALID_DATE", { value: describe(value) }, { path });
}

/** The earlier of two `YYYY-MM-DD` dates (compared as text). */
function earlier(x: string, y: string): string {
  if (x <= y) return x;
  return y;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

function reduce(n: bigint, d: bigint): Fraction {
  const g = gcd(n, d);
  return g > 1n ? { n: n / g, d: d / g } : { n, d };
}

function fractionToDecimal(f: Fraction): { rate: string; exact: boolean } {
  // The fraction terminates iff its reduced denominator has only 2s and 5s.
  let rest = f.d;
  let twos = 0;
  let fives = 0;
  while (rest % 2n === 0n) {
    rest /= 2n;
    twos++;
  }
  while (rest % 5n === 0n) {
    rest /= 5n;
    fives++;
  }
  if (rest === 1n) {
    const scale = Math.max(twos, fives);
    return { rate: numToString({ units: (f.n * pow10(scale)) / f.d, scale }), exact: true };
  }
  const units = divRound(f.n * pow10(18), f.d, "half-even");
  return { rate: numToString(trim({ units, scale: 18 })), exact: false };
}

function quote(
  from: string,
  to: string,
  f: Fraction,
  date: string,
  source: string,
  derivation: RateQuote["derivation"],
  legs?: readonly [RateQuote, RateQuote],
): RateQuote {
  const r = reduce(f.n, f.d);
  return {
    from,
    to,
    ...fractionToDecimal(r),
    numerator: r.n.toString(),
    denominator: r.d.toString(),
    date,
    source,
    derivation,
    ...(legs === undefined ? {} : { legs }),
  };
}

/** Latest entry with date ≤ `date` in a list sorted by date (binary search). */
function latest(list: readonly Stored[] | undefined, date: string): Stored | undefined {
  if (list === undefined) return undefined;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] as Stored).date <= date) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? undefined : list[lo - 1];
}

/**
 * A table of dated exchange rates with their sources. Lookup takes the
 * latest rate on or before the valuation date; where the table has only the
 * opposite direction it uses the exact inverse, and where it has neither it
 * derives an exact cross rate through a third currency. Immutable.
 *
 * @example
 * ```ts
 * import { RateTable } from "ngoaivu";
 * const rates = RateTable.of([
 *   { from: "USD", to: "VND", rate: "24000", date: "2024-01-02", source: "SBV central rate" },
 *   { from: "USD", to: "VND", rate: "24250", date: "2024-06-28", source: "SBV central rate" },
 * ]);
 * rates.lookup("USD", "VND", "2024-06-30").rate; //=> "24250"
 * rates.lookup("USD", "VND", "2024-03-01").date; //=> "2024-01-02"
 * rates.lookup("VND", "USD", "2024-01-02").derivation; //=> "inverse"
 * rates.lookup("USD", "VND", "2023-12-31"); //=> throws NO_RATE
 * ```
 */
export class RateTable {
  readonly #pairs: ReadonlyMap<string, readonly Stored[]>;
  readonly #currencies: readonly string[];
  readonly #entries: readonly RateEntry[];

  private constructor(entries: readonly RateEntry[], pairs: ReadonlyMap<string, readonly Stored[]>) {
    this.#entries = entries;
    this.#pairs = pairs;
    const codes = new Set<string>();
    for (const e of entries) {
      codes.add(e.from);
      codes.add(e.to);
    }
    this.#currencies = [...codes].sort();
  }

  /**
   * Builds a table from rate entries.
   *
   * @param entries - `{ from, to, rate, date, source }` each; `1 from = rate to`
   * @returns the table
   * @throws `INVALID_RATE` for a rate that is not positive or a pair given
   *   twice for one date, `INVALID_DATE`, `UNKNOWN_CURRENCY`, each with the
   *   index of the entry in its path
   *
   * @example
   * ```ts
   * import { RateTable } from "ngoaivu";
   * RateTable.of([{ from: "USD", to: "VND", rate: "0", date: "2024-06-28", source: "x" }]);
   * //=> throws INVALID_RATE
   * ```
   */
  static of(entries: Iterable<RateEntry>): RateTable {
    const pairs = new Map<string, Stored[]>();
    const kept: RateEntry[] = [];
    let index = 0;
    for (const entry of entries) {
      const path = [index];
      if (typeof entry !== "object" || entry === null) {
        throw new NgoaivuError(
          "INVALID_TYPE",
          { expected: { en: "a rate entry", vi: "mục tỷ giá" }, received: typeOf(entry) },
          { path },
        );
      }
      getCurrency(entry.from, [...path, "from"]);
      getCurrency(entry.to, [...path, "to"]);
      const date = checkDate(entry.date, [...path, "date"]);
      if (typeof entry.source !== "string" || entry.source.trim() === "") {
        throw new NgoaivuError(
          "INVALID_TYPE",
          {
            expected: { en: "a source (non-empty string)", vi: "nguồn tỷ giá (chuỗi ký tự không rỗng)" },
            received: typeOf(entry.source),
          },
          { path: [...path, "source"] },
        );
      }
      const num = toNum(entry.rate, [...path, "rate"]);
      if (num.units <= 0n) {
        throw new NgoaivuError(
          "INVALID_RATE",
          { value: numToString(num), detail: { en: "a rate must be positive", vi: "tỷ giá phải lớn hơn 0" } },
          { path: [...path, "rate"] },
        );
      }
      if (entry.from === entry.to) {
        throw new NgoaivuError(
          "INVALID_RATE",
          {
            value: numToString(num),
            detail: { en: `a rate from ${entry.from} to itself`, vi: `tỷ giá từ ${entry.from} sang chính nó` },
          },
          { path: [...path, "to"] },
        );
      }
      const key = `${entry.from}>${entry.to}`;
      const list = pairs.get(key) ?? [];
      if (list.some((s) => s.date === date)) {
        throw new NgoaivuError(
          "INVALID_RATE",
          {
            value: numToString(num),
            detail: {
              en: `a second ${entry.from}→${entry.to} rate for ${date}`,
              vi: `tỷ giá ${entry.from}→${entry.to} ngày ${date} bị trùng`,
            },
          },
          { path: [...path, "date"] },
        );
      }
      list.push({ date, fraction: reduce(num.units, pow10(num.scale)), source: entry.source });
      pairs.set(key, list);
      kept.push({ from: entry.from, to: entry.to, rate: numToString(num), date, source: entry.source });
      index++;
    }
    for (const list of pairs.values()) list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    return new RateTable(kept, pairs);
  }

  /**
   * The entries, as given (rates as decimal strings), in input order.
   *
   * @returns the entries
   *
   * @example
   * ```ts
   * import { RateTable } from "ngoaivu";
   * RateTable.of([{ from: "USD", to: "VND", rate: 25000n, date: "2024-06-28", source: "SBV" }]).entries();
   * //=> [{ from: "USD", to: "VND", rate: "25000", date: "2024-06-28", source: "SBV" }]
   * ```
   */
  entries(): RateEntry[] {
    return [...this.#entries];
  }

  /**
   * A new table with more entries.
   *
   * @param entries - entries to add
   * @returns the new table
   *
   * @example
   * ```ts
   * import { RateTable } from "ngoaivu";
   * const ecb = [{ from: "EUR", to: "USD", rate: "1.08", date: "2024-06-28", source: "ECB" }];
   * RateTable.of([]).with(ecb).lookup("EUR", "USD", "2024-07-01").rate; //=> "1.08"
   * ```
   */
  with(entries: Iterable<RateEntry>): RateTable {
    return RateTable.of([...this.#entries, ...entries]);
  }

  private direct(from: string, to: string, date: string): RateQuote | undefined {
    const d = latest(this.#pairs.get(`${from}>${to}`), date);
    const i = latest(this.#pairs.get(`${to}>${from}`), date);
    if (d !== undefined && (i === undefined || d.date >= i.date)) {
      return quote(from, to, d.fraction, d.date, d.source, "direct");
    }
    if (i !== undefined) {
      return quote(from, to, { n: i.fraction.d, d: i.fraction.n }, i.date, i.source, "inverse");
    }
    return undefined;
  }

  /**
   * The rate from one currency to another on a valuation date: the latest
   * rate on or before that date, directly, inverted, or crossed through a
   * third currency (the cross whose older leg is most recent wins).
   *
   * @param from - currency converted from
   * @param to - currency converted to
   * @param date - valuation date, `YYYY-MM-DD`
   * @returns the rate, its date, its source and how it was derived
   * @throws `NO_RATE` naming both currencies and the date
   *
   * @example
   * ```ts
   * import { RateTable } from "ngoaivu";
   * const rates = RateTable.of([
   *   { from: "USD", to: "VND", rate: "25000", date: "2024-06-28", source: "SBV" },
   *   { from: "EUR", to: "USD", rate: "1.08", date: "2024-06-27", source: "ECB" },
   * ]);
   * const q = rates.lookup("EUR", "VND", "2024-06-30");
   * [q.rate, q.derivation, q.date, q.source]; //=> ["27000", "cross", "2024-06-27", "ECB / SBV"]
   * rates.lookup("VND", "USD", "2024-06-30").rate; //=> "0.00004"
   * ```
   */
  lookup(from: string, to: string, date: string): RateQuote {
    getCurrency(from, ["from"]);
    getCurrency(to, ["to"]);
    checkDate(date, ["date"]);
    if (from === to) return quote(from, to, { n: 1n, d: 1n }, date, "identity", "identity");
    const found = this.direct(from, to, date);
    if (found !== undefined) return found;
    let best: RateQuote | undefined;
    for (const via of this.#currencies) {
      if (via === from || via === to) continue;
      const a = this.direct(from, via, date);
      if (a === undefined) continue;
      const b = this.direct(via, to, date);
      if (b === undefined) continue;
      const older = earlier(a.date, b.date);
      if (best !== undefined && best.date >= older) continue;
      const f = { n: BigInt(a.numerator) * BigInt(b.numerator), d: BigInt(a.denominator) * BigInt(b.denominator) };
      best = quote(from, to, f, older, `${a.source} / ${b.source}`, "cross", [a, b]);
    }
    if (best !== undefined) return best;
    throw new NgoaivuError("NO_RATE", { from, to, date });
  }
}

/** @internal The exact value of a conversion in the target currency, as a fraction of one unit. */
export function exactConverted(amount: Money, rate: RateQuote): Fraction {
  const n = amount._units * BigInt(rate.numerator);
  const d = pow10(amount._scale) * BigInt(rate.denominator);
  return { n, d };
}

/**
 * Converts an amount to another currency with a rate table and a valuation
 * date. The result is rounded once to the target's minor unit (half-even by
 * default) from the exact product, and records the rate, its date and source.
 *
 * @param amount - the amount
 * @param to - the target currency
 * @param rates - the rate table
 * @param date - the valuation date, `YYYY-MM-DD`
 * @param options - `rounding`
 * @returns the converted amount with the rate used
 * @throws `NO_RATE` when no rate applies on or before `date`
 *
 * @example
 * ```ts
 * import { Money, RateTable, convertMoney } from "ngoaivu";
 * const rates = RateTable.of([{ from: "USD", to: "VND", rate: "25450", date: "2024-06-28", source: "SBV" }]);
 * const c = convertMoney(Money.of("52000000", "USD"), "VND", rates, "2024-06-30");
 * c.to.toString(); //=> "1323400000000 VND"
 * [c.rate.rate, c.rate.date, c.rate.source, c.valueDate]; //=> ["25450", "2024-06-28", "SBV", "2024-06-30"]
 * convertMoney(Money.of("1000000", "VND"), "USD", rates, "2024-06-30").to.toString(); //=> "39.29 USD"
 * ```
 */
export function convertMoney(
  amount: Money,
  to: string,
  rates: RateTable,
  date: string,
  options: ConvertOptions = {},
): Conversion {
  if (!Money.isMoney(amount)) {
    throw new NgoaivuError("INVALID_TYPE", { expected: "Money", received: typeOf(amount) }, { path: ["amount"] });
  }
  const rounding = options.rounding === undefined ? "half-even" : checkRounding(options.rounding);
  const target = getCurrency(to, ["to"]);
  const rate = rates.lookup(amount.currency, to, date);
  const { n, d } = exactConverted(amount, rate);
  const units = divRound(n * pow10(target.minorDigits), d, rounding);
  return {
    from: amount,
    to: Money._fromNum({ units, scale: target.minorDigits }, to, target.minorDigits),
    rate,
    valueDate: date,
  };
}

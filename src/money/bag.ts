import { INSPECT, inspected } from "../_lib/inspect.js";
import { byKey } from "../_lib/order.js";
import { NgoaivuError, type PathSegment } from "../errors/index.js";
import { add, checkRounding, divRound, type Num, pow10 } from "./_num.js";
import { getCurrency } from "./currency.js";
import { Money, type MoneyJSON, typeOf } from "./money.js";
import { type Conversion, type ConvertOptions, convertMoney, exactConverted, type RateTable } from "./rates.js";

interface Cell {
  units: bigint;
  scale: number;
}

/** The result of {@link MoneyBag.convert}: one total and how every part was converted. */
export interface BagConversion {
  /** The total in the target currency, rounded once from the exact sum of the converted parts. */
  readonly total: Money;
  /** The valuation date asked for (`YYYY-MM-DD`). */
  readonly valueDate: string;
  /** One entry per currency in the bag, in the bag's order, with the rate used. */
  readonly parts: readonly Conversion[];
}

/**
 * Totals kept per currency: what a report holds when USD aid and VND capital
 * meet. Immutable; every operation returns a new bag. Amounts are summed
 * exactly in integer units, and `merge` is associative and commutative, so
 * partial totals from shards, workers or SQL can be combined in any order.
 *
 * A currency once added stays listed, even when its total is zero. `list()`
 * and `toJSON()` are sorted by currency code, so equal bags print the same.
 *
 * @example
 * ```ts
 * import { Money, MoneyBag } from "ngoaivu";
 * const bag = MoneyBag.from([
 *   Money.of("1576566000000", "VND"),
 *   Money.of("52000000", "USD"),
 *   Money.of("1451355000000", "VND"),
 * ]);
 * bag.get("VND").toString(); //=> "3027921000000 VND"
 * bag.toJSON();
 * //=> [{ amount: "52000000.00", currency: "USD" }, { amount: "3027921000000", currency: "VND" }]
 * ```
 */
export class MoneyBag {
  readonly #totals: ReadonlyMap<string, Num>;

  private constructor(totals: ReadonlyMap<string, Num>) {
    this.#totals = totals;
  }

  /**
   * An empty bag.
   *
   * @returns a bag with no currency
   *
   * @example
   * ```ts
   * import { MoneyBag } from "ngoaivu";
   * MoneyBag.empty().isEmpty(); //=> true
   * ```
   */
  static empty(): MoneyBag {
    return new MoneyBag(new Map());
  }

  /**
   * A bag holding the totals of some amounts, any currencies mixed. This is
   * the fast path for large inputs: one pass, integer sums.
   *
   * @param amounts - the amounts
   * @returns the bag of their totals per currency
   * @throws `INVALID_TYPE` with the index of a value that is not a `Money`
   *
   * @example
   * ```ts
   * import { Money, MoneyBag } from "ngoaivu";
   * MoneyBag.from([Money.of("0.1", "USD"), Money.of("0.2", "USD")]).get("USD").toString(); //=> "0.30 USD"
   * ```
   */
  static from(amounts: Iterable<Money>): MoneyBag {
    const cells = new Map<string, Cell>();
    let lastCode = "";
    let last: Cell | undefined;
    let index = 0;
    for (const m of amounts) {
      if (!Money.isMoney(m)) {
        throw new NgoaivuError("INVALID_TYPE", { expected: "Money", received: typeOf(m) }, { path: [index] });
      }
      let cell: Cell | undefined = m.currency === lastCode ? last : cells.get(m.currency);
      if (cell === undefined) {
        cell = { units: m._units, scale: m._scale };
        cells.set(m.currency, cell);
      } else if (cell.scale === m._scale) {
        cell.units += m._units;
      } else {
        const s = add(cell, m.num());
        cell.units = s.units;
        cell.scale = s.scale;
      }
      lastCode = m.currency;
      last = cell;
      index++;
    }
    return new MoneyBag(cells);
  }

  /**
   * A bag of the given amounts.
   *
   * @param amounts - the amounts
   * @returns the bag
   *
   * @example
   * ```ts
   * import { Money, MoneyBag } from "ngoaivu";
   * MoneyBag.of(Money.of("1", "USD"), Money.of("2", "USD")).get("USD").toString(); //=> "3.00 USD"
   * ```
   */
  static of(...amounts: Money[]): MoneyBag {
    return MoneyBag.from(amounts);
  }

  /**
   * Reads the plain-JSON form back (an array of `{ amount, currency }`; a
   * currency may appear more than once, its amounts are added).
   *
   * @param json - the array
   * @param path - where it sits in the input, for errors
   * @returns the bag
   * @throws `INVALID_TYPE`, `INVALID_AMOUNT`, `UNKNOWN_CURRENCY` with the path of the bad entry
   *
   * @example
   * ```ts
   * import { MoneyBag } from "ngoaivu";
   * MoneyBag.fromJSON([{ amount: "52000000", currency: "USD" }]).get("USD").toString(); //=> "52000000.00 USD"
   * MoneyBag.fromJSON({ USD: "1" }); //=> throws INVALID_TYPE
   * ```
   */
  static fromJSON(json: unknown, path: readonly PathSegment[] = []): MoneyBag {
    if (!Array.isArray(json)) {
      throw new NgoaivuError(
        "INVALID_TYPE",
        {
          expected: { en: "an array of { amount, currency }", vi: "danh sách { amount, currency }" },
          received: typeOf(json),
        },
        { path },
      );
    }
    return MoneyBag.from(json.map((entry: unknown, i) => Money.fromJSON(entry, [...path, i])));
  }

  /**
   * Tells whether a value is a `MoneyBag`, also one made by another copy of
   * the library (its CommonJS build beside its ES module build, a bundle
   * beside a dependency), where `instanceof` says no.
   *
   * @param value - anything
   * @returns `true` for a bag
   *
   * @example
   * ```ts
   * import { MoneyBag } from "ngoaivu";
   * MoneyBag.isMoneyBag(MoneyBag.empty()); //=> true
   * MoneyBag.isMoneyBag([{ amount: "1", currency: "VND" }]); //=> false
   * ```
   */
  static isMoneyBag(value: unknown): value is MoneyBag {
    if (value instanceof MoneyBag) return true;
    if (typeof value !== "object" || value === null) return false;
    const v = value as { _ngoaivu?: unknown; list?: unknown; size?: unknown };
    return v._ngoaivu === "MoneyBag" && typeof v.list === "function" && typeof v.size === "number";
  }

  /** @internal Brand that identifies a MoneyBag across copies of the library (survives minification). */
  get _ngoaivu(): "MoneyBag" {
    return "MoneyBag";
  }

  /**
   * The totals of a bag of any copy of the library: its own map, or, for a
   * bag made by another copy (whose private fields this copy cannot read),
   * the totals read back from its list.
   */
  static #totalsOf(bag: MoneyBag): ReadonlyMap<string, Num> {
    if (#totals in (bag as object)) return bag.#totals;
    return new Map(bag.list().map((m) => [m.currency, { units: m._units, scale: m._scale }] as const));
  }

  /**
   * Adds amounts (any currencies).
   *
   * @param amounts - the amounts to add
   * @returns a new bag
   *
   * @example
   * ```ts
   * import { Money, MoneyBag } from "ngoaivu";
   * MoneyBag.empty().add(Money.of("52000000", "USD")).currencies(); //=> ["USD"]
   * ```
   */
  add(...amounts: Money[]): MoneyBag {
    return this.merge(MoneyBag.from(amounts));
  }

  /**
   * Merges two bags: the totals of each currency are added. Associative and
   * commutative, with the empty bag as identity.
   *
   * @param other - another bag
   * @returns a new bag
   *
   * @example
   * ```ts
   * import { Money, MoneyBag } from "ngoaivu";
   * const a = MoneyBag.of(Money.of("1576566000000", "VND"));
   * const b = MoneyBag.of(Money.of("52000000", "USD"), Money.of("1451355000000", "VND"));
   * a.merge(b).equals(b.merge(a)); //=> true
   * a.merge(b).get("VND").toString(); //=> "3027921000000 VND"
   * ```
   */
  merge(other: MoneyBag): MoneyBag {
    if (!MoneyBag.isMoneyBag(other)) {
      throw new NgoaivuError("INVALID_TYPE", { expected: "MoneyBag", received: typeOf(other) });
    }
    const totals = new Map(this.#totals);
    for (const [code, value] of MoneyBag.#totalsOf(other)) {
      const mine = totals.get(code);
      totals.set(code, mine === undefined ? value : add(mine, value));
    }
    return new MoneyBag(totals);
  }

  /**
   * The total in one currency (zero when the bag has none).
   *
   * @param currency - an ISO 4217 code
   * @returns the total
   *
   * @example
   * ```ts
   * import { MoneyBag } from "ngoaivu";
   * MoneyBag.empty().get("VND").toString(); //=> "0 VND"
   * ```
   */
  get(currency: string): Money {
    const total = this.#totals.get(currency);
    return total === undefined ? Money.zero(currency) : Money._fromNum(total, currency);
  }

  /**
   * Whether the bag holds a currency.
   *
   * @param currency - an ISO 4217 code
   * @returns `true` when that currency was added
   *
   * @example
   * ```ts
   * import { Money, MoneyBag } from "ngoaivu";
   * MoneyBag.of(Money.zero("USD")).has("USD"); //=> true
   * ```
   */
  has(currency: string): boolean {
    return this.#totals.has(currency);
  }

  /**
   * The currencies held, sorted by code.
   *
   * @returns the codes
   *
   * @example
   * ```ts
   * import { Money, MoneyBag } from "ngoaivu";
   * MoneyBag.of(Money.of("1", "VND"), Money.of("1", "EUR")).currencies(); //=> ["EUR", "VND"]
   * ```
   */
  currencies(): string[] {
    return [...this.#totals.keys()].sort(byKey);
  }

  /**
   * The totals, one per currency, sorted by code.
   *
   * @returns the totals
   *
   * @example
   * ```ts
   * import { Money, MoneyBag } from "ngoaivu";
   * MoneyBag.of(Money.of("1", "VND"), Money.of("1", "EUR")).list().map(String); //=> ["1.00 EUR", "1 VND"]
   * ```
   */
  list(): Money[] {
    return this.currencies().map((code) => this.get(code));
  }

  /** The number of currencies held. */
  get size(): number {
    return this.#totals.size;
  }

  /**
   * Whether the bag holds no currency.
   *
   * @returns `true` for an empty bag
   *
   * @example
   * ```ts
   * import { MoneyBag } from "ngoaivu";
   * MoneyBag.empty().isEmpty(); //=> true
   * ```
   */
  isEmpty(): boolean {
    return this.#totals.size === 0;
  }

  /**
   * Whether two bags hold the same currencies with equal totals.
   *
   * @param other - another bag
   * @returns `true` when equal
   *
   * @example
   * ```ts
   * import { Money, MoneyBag } from "ngoaivu";
   * MoneyBag.of(Money.of("1.5", "USD")).equals(MoneyBag.of(Money.of("1.50", "USD"))); //=> true
   * ```
   */
  equals(other: MoneyBag): boolean {
    if (!MoneyBag.isMoneyBag(other) || other.size !== this.size) return false;
    for (const code of this.#totals.keys()) {
      if (!other.has(code) || !other.get(code).equals(this.get(code))) return false;
    }
    return true;
  }

  /**
   * Converts every total to one currency with an explicit rate table and
   * valuation date. Each part is converted exactly (inverse and cross rates
   * are exact fractions); the total is rounded once, to the target's minor
   * unit, with the rounding mode given (half-even by default).
   *
   * @param to - the target currency
   * @param rates - the rate table
   * @param date - the valuation date, `YYYY-MM-DD`; the rate used for each
   *   currency is the latest one on or before it
   * @param options - `rounding`
   * @returns the total, the date and each part's conversion with its rate
   * @throws `NO_RATE` when a currency has no rate on or before `date`
   *
   * @example
   * ```ts
   * import { Money, MoneyBag, RateTable } from "ngoaivu";
   * const rates = RateTable.of([
   *   { from: "USD", to: "VND", rate: "25000", date: "2024-06-28", source: "SBV central rate" },
   * ]);
   * const bag = MoneyBag.of(Money.of("1576566000000", "VND"), Money.of("52000000", "USD"));
   * bag.convert("VND", rates, "2024-06-30").total.toString(); //=> "2876566000000 VND"
   * bag.convert("VND", rates, "2024-06-27"); //=> throws NO_RATE
   * ```
   */
  convert(to: string, rates: RateTable, date: string, options: ConvertOptions = {}): BagConversion {
    const target = getCurrency(to, ["to"]);
    const rounding = options.rounding === undefined ? "half-even" : checkRounding(options.rounding);
    const parts = this.list().map((m) => convertMoney(m, to, rates, date, { rounding }));
    // Sum the exact fractions, then round once.
    let n = 0n;
    let d = 1n;
    for (const part of parts) {
      const f = exactConverted(part.from, part.rate);
      n = n * f.d + f.n * d;
      d *= f.d;
    }
    const units = divRound(n * pow10(target.minorDigits), d, rounding);
    const total = Money._fromNum({ units, scale: target.minorDigits }, to, target.minorDigits);
    return { total, valueDate: date, parts };
  }

  /**
   * The plain-JSON form: an array of `{ amount, currency }`, sorted by currency.
   *
   * @returns the array
   *
   * @example
   * ```ts
   * import { Money, MoneyBag } from "ngoaivu";
   * JSON.stringify(MoneyBag.of(Money.of("1", "VND")));
   * //=> '[{"amount":"1","currency":"VND"}]'
   * ```
   */
  toJSON(): MoneyJSON[] {
    return this.list().map((m) => m.toJSON());
  }

  /**
   * A short, unlocalised form.
   *
   * @returns the totals joined by `" + "`, or `"0"` for an empty bag
   *
   * @example
   * ```ts
   * import { Money, MoneyBag } from "ngoaivu";
   * MoneyBag.of(Money.of("1", "VND"), Money.of("2", "USD")).toString(); //=> "2.00 USD + 1 VND"
   * ```
   */
  toString(): string {
    return this.isEmpty() ? "0" : this.list().map(String).join(" + ");
  }

  /**
   * What `console.log` and `util.inspect` show (in Node, Deno and Bun): the
   * value, `MoneyBag <…>` around {@link MoneyBag.toString}, not the internal fields.
   *
   * @returns e.g. `"MoneyBag <2.00 USD + 1 VND>"`
   *
   * @example
   * ```ts
   * import { inspect } from "node:util";
   * import { Money, MoneyBag } from "ngoaivu";
   * inspect(MoneyBag.of(Money.of("1", "VND"), Money.of("2", "USD"))); //=> "MoneyBag <2.00 USD + 1 VND>"
   * inspect(MoneyBag.empty()); //=> "MoneyBag <0>"
   * ```
   */
  [INSPECT](): string {
    return inspected("MoneyBag", this.toString());
  }
}

import type { Decimal } from "decimal.js";
import { INSPECT, inspected } from "../_lib/inspect.js";
import { kindParam, NgoaivuError, type PathSegment, type Words } from "../errors/index.js";
import {
  add,
  checkDigits,
  checkRounding,
  cmp,
  type DecimalInput,
  mul,
  type Num,
  numToDecimal,
  numToString,
  parsePlainDecimal,
  type RoundingMode,
  rescale,
  roundTo,
  toNum,
  trim,
} from "./_num.js";
import { findCurrency, getCurrency } from "./currency.js";

/** The plain-JSON (wire) form of an amount: the amount is always a decimal string. */
export interface MoneyJSON {
  /** Plain decimal string, e.g. `"1576566000000"` or `"52000000.00"`. */
  readonly amount: string;
  /** ISO 4217 code, e.g. `"VND"`. */
  readonly currency: string;
}

/** Options for {@link Money.round}. */
export interface RoundOptions {
  /** Decimals to keep; defaults to the currency's minor digits. */
  readonly digits?: number;
  /** Rounding mode; defaults to `"half-even"`. */
  readonly rounding?: RoundingMode;
}

function canonical(num: Num, minorDigits: number): Num {
  if (num.scale < minorDigits) return { units: rescale(num, minorDigits), scale: minorDigits };
  return num.scale === minorDigits ? num : trim(num, minorDigits);
}

/**
 * An immutable amount of money in one currency, exact to any number of digits.
 *
 * The amount is held as an integer and a number of decimals (never a JS
 * float), so sums of any size are exact. Its canonical decimals are the
 * currency's minor digits, or more when the amount needs them (intermediate
 * values such as `multiply` results keep every decimal until
 * {@link Money.round} is asked for). Create it with {@link Money.of} or
 * {@link money}.
 *
 * @example
 * ```ts
 * import { Money } from "ngoaivu";
 * const capital = Money.of("1576566000000", "VND");
 * capital.add(Money.of("1451355000000", "VND")).toString(); //=> "3027921000000 VND"
 * Money.of("52000000", "USD").toJSON(); //=> { amount: "52000000.00", currency: "USD" }
 * ```
 */
export class Money {
  /** ISO 4217 code of the currency, e.g. `"VND"`. */
  readonly currency: string;
  /** @internal Integer amount in units of 10^-_scale. */
  readonly _units: bigint;
  /** @internal Decimals of `_units` (≥ the currency's minor digits). */
  readonly _scale: number;

  private constructor(units: bigint, scale: number, currency: string) {
    this._units = units;
    this._scale = scale;
    this.currency = currency;
  }

  /** @internal Builds a Money from an exact decimal, canonicalising it. */
  static _fromNum(num: Num, currency: string, minorDigits = getCurrency(currency).minorDigits): Money {
    const c = canonical(num, minorDigits);
    return new Money(c.units, c.scale, currency);
  }

  /**
   * Creates an amount.
   *
   * @param amount - a plain decimal string (`"1576566000000"`, `"-12.5"`), a
   *   `Decimal`, a `bigint`, or a safe-integer `number`
   * @param currency - a registered ISO 4217 code
   * @param path - where the amount sits in the input, for errors
   * @returns the amount
   * @throws `INVALID_AMOUNT` for a string that is not a plain decimal
   *   (`"1e5"`, `"0x10"`, `" 1"`, `"1,5"`), `UNSAFE_NUMBER` for a fractional,
   *   huge, `NaN` or infinite `number`, `TOO_LONG` for an amount longer than
   *   `MAX_DECIMAL_LENGTH` (1,000) characters, `UNKNOWN_CURRENCY` for an
   *   unknown code
   *
   * @example
   * ```ts
   * import { Money } from "ngoaivu";
   * Money.of("1576566000000", "VND").toString(); //=> "1576566000000 VND"
   * Money.of(12n, "USD").toString(); //=> "12.00 USD"
   * Money.of(0.1, "USD"); //=> throws UNSAFE_NUMBER
   * Money.of("1e5", "VND"); //=> throws INVALID_AMOUNT
   * Money.of("1".repeat(1001), "VND"); //=> throws TOO_LONG
   * ```
   */
  static of(amount: DecimalInput, currency: string, path: readonly PathSegment[] = []): Money {
    // The common case, a plain decimal string in a registered currency, builds
    // no error path; anything else takes the checks below, which say what is wrong.
    if (typeof amount === "string") {
      const found = findCurrency(currency);
      const num = found === undefined ? undefined : parsePlainDecimal(amount);
      if (found !== undefined && num !== undefined) return Money._fromNum(num, currency, found.minorDigits);
    }
    const { minorDigits } = getCurrency(currency, [...path, "currency"]);
    return Money._fromNum(toNum(amount, [...path, "amount"]), currency, minorDigits);
  }

  /**
   * Creates an amount from a count of the currency's minor unit (cents for USD).
   *
   * @param minor - the number of minor units
   * @param currency - a registered ISO 4217 code
   * @returns the amount
   *
   * @example
   * ```ts
   * import { Money } from "ngoaivu";
   * Money.fromMinorUnits(5200000000n, "USD").toString(); //=> "52000000.00 USD"
   * ```
   */
  static fromMinorUnits(minor: bigint | number, currency: string): Money {
    const { minorDigits } = getCurrency(currency, ["currency"]);
    const units = toNum(minor, ["minor"]).units;
    return new Money(units, minorDigits, currency);
  }

  /**
   * Zero in a currency.
   *
   * @param currency - a registered ISO 4217 code
   * @returns zero
   *
   * @example
   * ```ts
   * import { Money } from "ngoaivu";
   * Money.zero("USD").toString(); //=> "0.00 USD"
   * ```
   */
  static zero(currency: string): Money {
    const { minorDigits } = getCurrency(currency, ["currency"]);
    return new Money(0n, minorDigits, currency);
  }

  /**
   * Reads the wire form back.
   *
   * @param json - `{ amount: "…", currency: "…" }`, amount a plain decimal string
   * @returns the amount
   * @throws `INVALID_TYPE`, `INVALID_AMOUNT`, `UNKNOWN_CURRENCY`
   *
   * @example
   * ```ts
   * import { Money } from "ngoaivu";
   * Money.fromJSON({ amount: "1576566000000", currency: "VND" }).toString(); //=> "1576566000000 VND"
   * Money.fromJSON({ amount: 5, currency: "VND" }); //=> throws INVALID_TYPE
   * ```
   */
  static fromJSON(json: unknown, path: readonly PathSegment[] = []): Money {
    if (typeof json !== "object" || json === null || Array.isArray(json)) {
      throw new NgoaivuError(
        "INVALID_TYPE",
        { expected: { en: "{ amount, currency }", vi: "đối tượng { amount, currency }" }, received: typeOf(json) },
        { path },
      );
    }
    const { amount, currency } = json as Record<string, unknown>;
    if (typeof amount !== "string") {
      throw new NgoaivuError(
        "INVALID_TYPE",
        { expected: { en: "a decimal string", vi: "chuỗi thập phân" }, received: typeOf(amount) },
        { path: [...path, "amount"] },
      );
    }
    if (typeof currency !== "string") {
      throw new NgoaivuError(
        "INVALID_TYPE",
        { expected: { en: "a currency code", vi: "mã tiền tệ" }, received: typeOf(currency) },
        { path: [...path, "currency"] },
      );
    }
    return Money.of(amount, currency, path);
  }

  /**
   * Tells whether a value is a `Money` (also across copies of the library).
   *
   * @param value - anything
   * @returns `true` for a `Money`
   *
   * @example
   * ```ts
   * import { Money } from "ngoaivu";
   * Money.isMoney(Money.zero("VND")); //=> true
   * Money.isMoney({ amount: "1", currency: "VND" }); //=> false
   * ```
   */
  static isMoney(value: unknown): value is Money {
    if (value instanceof Money) return true;
    if (typeof value !== "object" || value === null) return false;
    const v = value as { _units?: unknown; _scale?: unknown; currency?: unknown; _ngoaivu?: unknown };
    return (
      v._ngoaivu === "Money" &&
      typeof v._units === "bigint" &&
      typeof v._scale === "number" &&
      typeof v.currency === "string"
    );
  }

  /** @internal Brand that identifies a Money across copies of the library (survives minification). */
  get _ngoaivu(): "Money" {
    return "Money";
  }

  /**
   * The amount as a `Decimal` (a decimal.js clone with half-even rounding and
   * 1,000 significant digits, which prints in plain notation).
   *
   * @example
   * ```ts
   * import { Money } from "ngoaivu";
   * Money.of("12.5", "USD").amount.toFixed(2); //=> "12.50"
   * ```
   */
  get amount(): Decimal {
    return numToDecimal(this.num());
  }

  /** @internal */
  num(): Num {
    return { units: this._units, scale: this._scale };
  }

  private same(other: Money, op: string): void {
    if (!Money.isMoney(other)) {
      throw new NgoaivuError("INVALID_TYPE", { expected: "Money", received: typeOf(other) }, { path: [op] });
    }
    if (other.currency !== this.currency) {
      throw new NgoaivuError("CURRENCY_MISMATCH", { left: this.currency, right: other.currency });
    }
  }

  /**
   * Adds an amount in the same currency, exactly.
   *
   * @param other - an amount in the same currency
   * @returns the sum
   * @throws `CURRENCY_MISMATCH` naming both currencies
   *
   * @example
   * ```ts
   * import { Money } from "ngoaivu";
   * Money.of("0.1", "USD").add(Money.of("0.2", "USD")).toString(); //=> "0.30 USD"
   * Money.of("1", "VND").add(Money.of("1", "USD")); //=> throws CURRENCY_MISMATCH
   * ```
   */
  add(other: Money): Money {
    this.same(other, "add");
    if (this._scale === other._scale) {
      const units = this._units + other._units;
      // Both are canonical at this scale; only a trailing zero can make the sum non-canonical.
      if (units % 10n !== 0n) return new Money(units, this._scale, this.currency);
      return Money._fromNum({ units, scale: this._scale }, this.currency);
    }
    return Money._fromNum(add(this.num(), other.num()), this.currency);
  }

  /**
   * Subtracts an amount in the same currency, exactly.
   *
   * @param other - an amount in the same currency
   * @returns the difference
   * @throws `CURRENCY_MISMATCH` naming both currencies
   *
   * @example
   * ```ts
   * import { Money } from "ngoaivu";
   * Money.of("1576566000000", "VND").subtract(Money.of("1451355000000", "VND")).toString();
   * //=> "125211000000 VND"
   * ```
   */
  subtract(other: Money): Money {
    return this.add(other.negate());
  }

  /**
   * The opposite amount.
   *
   * @returns `-this`
   *
   * @example
   * ```ts
   * import { Money } from "ngoaivu";
   * Money.of("5", "USD").negate().toString(); //=> "-5.00 USD"
   * ```
   */
  negate(): Money {
    return new Money(-this._units, this._scale, this.currency);
  }

  /**
   * The absolute amount.
   *
   * @returns `|this|`
   *
   * @example
   * ```ts
   * import { Money } from "ngoaivu";
   * Money.of("-5", "USD").abs().toString(); //=> "5.00 USD"
   * ```
   */
  abs(): Money {
    return this._units < 0n ? this.negate() : this;
  }

  /**
   * Multiplies by a decimal factor, exactly: the result keeps every decimal
   * (round it with {@link Money.round} where the report needs it).
   *
   * @param factor - a decimal string, `Decimal`, `bigint` or safe integer
   * @returns the product, unrounded
   * @throws `INVALID_AMOUNT` / `UNSAFE_NUMBER` for a bad factor
   *
   * @example
   * ```ts
   * import { Money } from "ngoaivu";
   * Money.of("1576566000000", "VND").multiply("0.46").toString(); //=> "725220360000 VND"
   * Money.of("10.05", "USD").multiply("0.5").toString(); //=> "5.025 USD"
   * ```
   */
  multiply(factor: DecimalInput): Money {
    return Money._fromNum(mul(this.num(), toNum(factor, ["factor"])), this.currency);
  }

  /**
   * Rounds to the currency's minor unit (or to `digits` decimals) with an
   * explicit rounding mode, half-even by default.
   *
   * @param options - `digits` and `rounding`
   * @returns the rounded amount
   *
   * @example
   * ```ts
   * import { Money } from "ngoaivu";
   * Money.of("5.025", "USD").round().toString(); //=> "5.02 USD"
   * Money.of("5.025", "USD").round({ rounding: "half-up" }).toString(); //=> "5.03 USD"
   * Money.of("1576566000000", "VND").round({ digits: -9 }); //=> throws OUT_OF_RANGE
   * ```
   */
  round(options: RoundOptions = {}): Money {
    const { minorDigits } = getCurrency(this.currency);
    const digits = options.digits === undefined ? minorDigits : checkDigits(options.digits);
    const rounding = options.rounding === undefined ? "half-even" : checkRounding(options.rounding);
    return Money._fromNum(roundTo(this.num(), digits, rounding), this.currency, minorDigits);
  }

  /**
   * Tells whether the amount has more decimals than its currency's minor unit.
   *
   * @returns `true` for an unrounded intermediate value such as `5.025 USD`
   *
   * @example
   * ```ts
   * import { Money } from "ngoaivu";
   * Money.of("5.025", "USD").hasSubMinorDigits(); //=> true
   * Money.of("5.02", "USD").hasSubMinorDigits(); //=> false
   * ```
   */
  hasSubMinorDigits(): boolean {
    return this._scale > getCurrency(this.currency).minorDigits;
  }

  /**
   * The amount as a count of minor units (cents for USD, đồng for VND).
   *
   * @returns the minor units
   * @throws `PRECISION_EXCEEDED` when the amount has sub-minor digits (round it first)
   *
   * @example
   * ```ts
   * import { Money } from "ngoaivu";
   * Money.of("52000000", "USD").toMinorUnits(); //=> 5200000000n
   * Money.of("5.025", "USD").toMinorUnits(); //=> throws PRECISION_EXCEEDED
   * ```
   */
  toMinorUnits(): bigint {
    const { minorDigits } = getCurrency(this.currency);
    if (this._scale > minorDigits) {
      throw new NgoaivuError("PRECISION_EXCEEDED", {
        value: this.toDecimalString(),
        currency: this.currency,
        digits: minorDigits,
      });
    }
    return this._units;
  }

  /**
   * Compares with an amount in the same currency.
   *
   * @param other - an amount in the same currency
   * @returns `-1`, `0` or `1`
   * @throws `CURRENCY_MISMATCH`
   *
   * @example
   * ```ts
   * import { Money } from "ngoaivu";
   * Money.of("1", "USD").compare(Money.of("0.99", "USD")); //=> 1
   * ```
   */
  compare(other: Money): -1 | 0 | 1 {
    this.same(other, "compare");
    return cmp(this.num(), other.num());
  }

  /**
   * Tells whether two amounts are the same currency and value.
   *
   * @param other - any amount (a different currency is simply not equal)
   * @returns `true` when equal
   *
   * @example
   * ```ts
   * import { Money } from "ngoaivu";
   * Money.of("1.5", "USD").equals(Money.of("1.50", "USD")); //=> true
   * Money.of("1", "USD").equals(Money.of("1", "EUR")); //=> false
   * ```
   */
  equals(other: Money): boolean {
    return (
      Money.isMoney(other) &&
      other.currency === this.currency &&
      other._scale === this._scale &&
      other._units === this._units
    );
  }

  /**
   * Whether the amount is zero.
   *
   * @returns `true` for zero
   *
   * @example
   * ```ts
   * import { Money } from "ngoaivu";
   * Money.zero("VND").isZero(); //=> true
   * ```
   */
  isZero(): boolean {
    return this._units === 0n;
  }

  /**
   * Whether the amount is below zero.
   *
   * @returns `true` for a negative amount
   *
   * @example
   * ```ts
   * import { Money } from "ngoaivu";
   * Money.of("-0.01", "USD").isNegative(); //=> true
   * ```
   */
  isNegative(): boolean {
    return this._units < 0n;
  }

  /**
   * Whether the amount is above zero.
   *
   * @returns `true` for a positive amount
   *
   * @example
   * ```ts
   * import { Money } from "ngoaivu";
   * Money.of("0.01", "USD").isPositive(); //=> true
   * ```
   */
  isPositive(): boolean {
    return this._units > 0n;
  }

  /**
   * The amount as a plain decimal string, in canonical form (at least the
   * currency's minor digits).
   *
   * @returns e.g. `"52000000.00"`
   *
   * @example
   * ```ts
   * import { Money } from "ngoaivu";
   * Money.of("52000000", "USD").toDecimalString(); //=> "52000000.00"
   * ```
   */
  toDecimalString(): string {
    return numToString(this.num());
  }

  /**
   * The wire form: `{ amount, currency }` with the amount a decimal string.
   *
   * @returns the plain-JSON form
   *
   * @example
   * ```ts
   * import { Money } from "ngoaivu";
   * JSON.stringify(Money.of("1576566000000", "VND")); //=> '{"amount":"1576566000000","currency":"VND"}'
   * ```
   */
  toJSON(): MoneyJSON {
    return { amount: this.toDecimalString(), currency: this.currency };
  }

  /**
   * A short, unlocalised form: the amount and the code.
   *
   * @returns e.g. `"1576566000000 VND"`
   *
   * @example
   * ```ts
   * import { Money } from "ngoaivu";
   * Money.of("12.5", "USD").toString(); //=> "12.50 USD"
   * ```
   */
  toString(): string {
    return `${this.toDecimalString()} ${this.currency}`;
  }

  /**
   * What `console.log` and `util.inspect` show (in Node, Deno and Bun): the
   * value, `Money <…>` around {@link Money.toString}, not the internal fields.
   *
   * @returns e.g. `"Money <1576566000000 VND>"`
   *
   * @example
   * ```ts
   * import { inspect } from "node:util";
   * import { Money } from "ngoaivu";
   * inspect(Money.of("1576566000000", "VND")); //=> "Money <1576566000000 VND>"
   * inspect({ cost: Money.of("52000000", "USD") }); //=> "{ cost: Money <52000000.00 USD> }"
   * ```
   */
  [INSPECT](): string {
    return inspected("Money", this.toString());
  }
}

/**
 * Shorthand for {@link Money.of}.
 *
 * @param amount - a plain decimal string, `Decimal`, `bigint` or safe integer
 * @param currency - a registered ISO 4217 code
 * @returns the amount
 *
 * @example
 * ```ts
 * import { money } from "ngoaivu";
 * money("52000000", "USD").toString(); //=> "52000000.00 USD"
 * ```
 */
export function money(amount: DecimalInput, currency: string): Money {
  return Money.of(amount, currency);
}

/**
 * Sums amounts in one currency, exactly (integer arithmetic inside: no
 * precision limit, no float).
 *
 * @param amounts - the amounts, all in one currency
 * @param currency - the currency of an empty list (required when `amounts` may be empty)
 * @returns the total
 * @throws `CURRENCY_MISMATCH` when the amounts mix currencies (use a
 *   `MoneyBag`), `INVALID_ARGUMENT` for an empty list without `currency`
 *
 * @example
 * ```ts
 * import { Money, sum } from "ngoaivu";
 * sum([Money.of("1576566000000", "VND"), Money.of("1451355000000", "VND")]).toString();
 * //=> "3027921000000 VND"
 * sum([], "USD").toString(); //=> "0.00 USD"
 * sum([Money.of("1", "USD"), Money.of("1", "EUR")]); //=> throws CURRENCY_MISMATCH
 * ```
 */
export function sum(amounts: Iterable<Money>, currency?: string): Money {
  const list: readonly Money[] = Array.isArray(amounts) ? amounts : [...amounts];
  const n = list.length;
  if (n === 0) {
    if (currency === undefined) {
      throw new NgoaivuError("INVALID_ARGUMENT", {
        name: "currency",
        detail: { en: "the sum of an empty list needs a currency", vi: "tổng của danh sách rỗng cần có loại tiền" },
      });
    }
    return Money.zero(currency);
  }
  const first = list[0];
  const code = currency ?? (Money.isMoney(first) ? first.currency : "");
  let units = 0n;
  let scale = Money.isMoney(first) ? first._scale : 0;
  for (let i = 0; i < n; i++) {
    const m = list[i] as Money;
    // Fast path: same currency, same scale (the usual case) is one bigint
    // addition. It reads the fields structurally (cheaper than instanceof),
    // brand included, as isMoney does; anything else takes the checked path below.
    const u = m?._units;
    if (typeof u === "bigint" && m.currency === code && m._scale === scale && m._ngoaivu === "Money") {
      units += u;
      continue;
    }
    if (!Money.isMoney(m)) {
      throw new NgoaivuError("INVALID_TYPE", { expected: "Money", received: typeOf(m) }, { path: [i] });
    }
    if (m.currency !== code) {
      throw new NgoaivuError("CURRENCY_MISMATCH", { left: code, right: m.currency }, { path: [i] });
    }
    if (m._scale < scale) units += m._units * pow10Of(scale - m._scale);
    else {
      units = units * pow10Of(m._scale - scale) + m._units;
      scale = m._scale;
    }
  }
  return Money._fromNum({ units, scale }, code);
}

function pow10Of(n: number): bigint {
  return rescale({ units: 1n, scale: 0 }, n);
}

/** A short name of a value's type, for messages, in each language (the kind `quoteInput` writes). */
export function typeOf(value: unknown): Words {
  return kindParam(value);
}

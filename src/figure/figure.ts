import type { Decimal } from "decimal.js";
import { INSPECT, inspected } from "../_lib/inspect.js";
import { kindParam, NgoaivuError, type PathSegment, type Words } from "../errors/index.js";
import { type DecimalInput, Money, toDecimal } from "../money/index.js";
import { checkQualifier, combineQualifiers, type Qualifier } from "./qualifier.js";

/** The plain-JSON form of a count figure: `{ qualifier: "about", count: "400" }`. */
export interface CountFigureJSON {
  /** How exact the figure is. */
  readonly qualifier: Qualifier;
  /** The count, a plain decimal string. */
  readonly count: string;
}

/** The plain-JSON form of an amount figure: `{ qualifier: "over", amount: "1000000.00", currency: "USD" }`. */
export interface MoneyFigureJSON {
  /** How exact the figure is. */
  readonly qualifier: Qualifier;
  /** The amount, a plain decimal string. */
  readonly amount: string;
  /** ISO 4217 code. */
  readonly currency: string;
}

/** The plain-JSON form of a {@link Figure} (rollup partials are plain JSON). */
export type FigureJSON = CountFigureJSON | MoneyFigureJSON;

/** Longest count accepted, in characters. */
const MAX_COUNT_LENGTH = 100;

function kindOf(value: unknown): Words {
  return kindParam(value);
}

/**
 * A figure as reports state it: a count ("about 400 delegations") or an
 * amount ("over USD 1 million"), with its {@link Qualifier}. Immutable.
 * Adding figures adds their values exactly and combines their qualifiers
 * with {@link combineQualifiers}, so a total of "about" figures says "about".
 *
 * @example
 * ```ts
 * import { Figure } from "ngoaivu";
 * const total = Figure.count(400, "about").add(Figure.count(14));
 * total.toJSON(); //=> { qualifier: "about", count: "414" }
 * ```
 */
export class Figure {
  /** How exact the figure is. */
  readonly qualifier: Qualifier;
  readonly #count: Decimal | undefined;
  readonly #money: Money | undefined;

  private constructor(qualifier: Qualifier, count: Decimal | undefined, money: Money | undefined) {
    this.qualifier = qualifier;
    this.#count = count;
    this.#money = money;
  }

  /**
   * A count figure.
   *
   * @param value - the count: a plain decimal string, a `Decimal`, a `bigint` or a safe integer
   * @param qualifier - how exact it is (`"exact"` by default)
   * @param path - where it sits in the input, for errors
   * @returns the figure
   * @throws `INVALID_AMOUNT` / `UNSAFE_NUMBER` for a bad value, `INVALID_QUALIFIER`
   *
   * @example
   * ```ts
   * import { Figure } from "ngoaivu";
   * Figure.count(360n, "nearly").toString(); //=> "nearly 360"
   * Figure.count(0.5); //=> throws UNSAFE_NUMBER
   * ```
   */
  static count(value: DecimalInput, qualifier: Qualifier = "exact", path: readonly PathSegment[] = []): Figure {
    const q = checkQualifier(qualifier, [...path, "qualifier"]);
    if (typeof value === "string" && value.length > MAX_COUNT_LENGTH) {
      throw new NgoaivuError("TOO_LONG", { max: MAX_COUNT_LENGTH, length: value.length }, { path: [...path, "count"] });
    }
    const d = toDecimal(value, [...path, "count"]);
    if (d.precision(true) > MAX_COUNT_LENGTH) {
      throw new NgoaivuError(
        "TOO_LONG",
        { max: MAX_COUNT_LENGTH, length: d.precision(true) },
        { path: [...path, "count"] },
      );
    }
    return new Figure(q, d, undefined);
  }

  /**
   * An amount figure.
   *
   * @param value - the amount
   * @param qualifier - how exact it is (`"exact"` by default)
   * @returns the figure
   * @throws `INVALID_TYPE` when `value` is not a `Money`, `INVALID_QUALIFIER`
   *
   * @example
   * ```ts
   * import { Figure, Money } from "ngoaivu";
   * Figure.money(Money.of("1000000", "USD"), "over").toString(); //=> "over 1000000.00 USD"
   * ```
   */
  static money(value: Money, qualifier: Qualifier = "exact"): Figure {
    if (!Money.isMoney(value)) {
      throw new NgoaivuError("INVALID_TYPE", { expected: "Money", received: kindOf(value) }, { path: ["value"] });
    }
    return new Figure(checkQualifier(qualifier), undefined, value);
  }

  /**
   * Reads the plain-JSON form back.
   *
   * @param json - `{ qualifier, count }` or `{ qualifier, amount, currency }`
   * @param path - where it sits in the input, for errors
   * @returns the figure
   * @throws `INVALID_TYPE`, `INVALID_QUALIFIER`, `INVALID_AMOUNT`, `UNKNOWN_CURRENCY`
   *
   * @example
   * ```ts
   * import { Figure } from "ngoaivu";
   * Figure.fromJSON({ qualifier: "about", count: "400" }).toString(); //=> "about 400"
   * Figure.fromJSON({ qualifier: "about", count: 400 }); //=> throws INVALID_TYPE
   * ```
   */
  static fromJSON(json: unknown, path: readonly PathSegment[] = []): Figure {
    if (typeof json !== "object" || json === null || Array.isArray(json)) {
      throw new NgoaivuError(
        "INVALID_TYPE",
        { expected: { en: "a figure object", vi: "đối tượng số liệu" }, received: kindOf(json) },
        { path },
      );
    }
    const o = json as Record<string, unknown>;
    const qualifier = checkQualifier(o.qualifier, [...path, "qualifier"]);
    if ("count" in o) {
      if (typeof o.count !== "string") {
        throw new NgoaivuError(
          "INVALID_TYPE",
          { expected: { en: "a decimal string", vi: "chuỗi thập phân" }, received: kindOf(o.count) },
          { path: [...path, "count"] },
        );
      }
      return Figure.count(o.count, qualifier, path);
    }
    return Figure.money(Money.fromJSON({ amount: o.amount, currency: o.currency }, path), qualifier);
  }

  /**
   * Tells whether a value is a `Figure`, also one made by another copy of
   * the library (its CommonJS build beside its ES module build, a bundle
   * beside a dependency), where `instanceof` says no.
   *
   * @param value - anything
   * @returns `true` for a figure
   *
   * @example
   * ```ts
   * import { Figure } from "ngoaivu";
   * Figure.isFigure(Figure.count(1)); //=> true
   * Figure.isFigure({ qualifier: "about", count: "400" }); //=> false
   * ```
   */
  static isFigure(value: unknown): value is Figure {
    if (value instanceof Figure) return true;
    if (typeof value !== "object" || value === null) return false;
    const v = value as { _ngoaivu?: unknown; qualifier?: unknown; toJSON?: unknown };
    return v._ngoaivu === "Figure" && typeof v.qualifier === "string" && typeof v.toJSON === "function";
  }

  /** @internal Brand that identifies a Figure across copies of the library (survives minification). */
  get _ngoaivu(): "Figure" {
    return "Figure";
  }

  /**
   * This copy's figure for a figure of any copy: the figure itself, or one
   * read back from the plain-JSON form of a figure made by another copy
   * (whose private fields this copy cannot read).
   */
  static #own(figure: Figure): Figure {
    return #money in (figure as object) ? figure : Figure.fromJSON(figure.toJSON());
  }

  /** `"count"` or `"money"`. */
  get kind(): "count" | "money" {
    return this.#money === undefined ? "count" : "money";
  }

  /** The amount of an amount figure; `undefined` for a count. */
  get money(): Money | undefined {
    return this.#money;
  }

  /** The currency of an amount figure; `undefined` for a count. */
  get currency(): string | undefined {
    return this.#money?.currency;
  }

  /**
   * The value as a `Decimal`: the count, or the amount.
   *
   * @example
   * ```ts
   * import { Figure } from "ngoaivu";
   * Figure.count(400, "about").value.toString(); //=> "400"
   * ```
   */
  get value(): Decimal {
    return this.#money === undefined ? (this.#count as Decimal) : this.#money.amount;
  }

  /**
   * The same value with another qualifier.
   *
   * @param qualifier - the new qualifier
   * @returns a new figure
   *
   * @example
   * ```ts
   * import { Figure } from "ngoaivu";
   * Figure.count(400).withQualifier("about").toString(); //=> "about 400"
   * ```
   */
  withQualifier(qualifier: Qualifier): Figure {
    return new Figure(checkQualifier(qualifier), this.#count, this.#money);
  }

  /**
   * Adds another figure of the same kind (and currency): the values add
   * exactly, the qualifiers combine by {@link combineQualifiers}.
   *
   * @param other - a figure of the same kind
   * @returns the sum
   * @throws `FIGURE_KIND_MISMATCH` for a count plus an amount, `CURRENCY_MISMATCH`
   *
   * @example
   * ```ts
   * import { Figure, Money } from "ngoaivu";
   * Figure.count(360, "nearly").add(Figure.count(40)).toString(); //=> "nearly 400"
   * Figure.count(1).add(Figure.money(Money.of("1", "USD"))); //=> throws FIGURE_KIND_MISMATCH
   * ```
   */
  add(other: Figure): Figure {
    if (!Figure.isFigure(other)) {
      throw new NgoaivuError("INVALID_TYPE", { expected: "Figure", received: kindOf(other) });
    }
    const that = Figure.#own(other);
    const qualifier = combineQualifiers(this.qualifier, other.qualifier);
    if (this.#money !== undefined && that.#money !== undefined) {
      return new Figure(qualifier, undefined, this.#money.add(that.#money));
    }
    if (this.#count !== undefined && that.#count !== undefined) {
      return new Figure(qualifier, this.#count.plus(that.#count), undefined);
    }
    throw new NgoaivuError("FIGURE_KIND_MISMATCH", { left: this.toString(), right: that.toString() });
  }

  /**
   * Whether two figures have the same kind, value (and currency) and qualifier.
   *
   * @param other - another figure
   * @returns `true` when equal
   *
   * @example
   * ```ts
   * import { Figure } from "ngoaivu";
   * Figure.count("400.0", "about").equals(Figure.count(400, "about")); //=> true
   * Figure.count(400, "about").equals(Figure.count(400)); //=> false
   * ```
   */
  equals(other: Figure): boolean {
    if (!Figure.isFigure(other) || other.qualifier !== this.qualifier) return false;
    const that = Figure.#own(other);
    if (this.#money !== undefined) return that.#money !== undefined && this.#money.equals(that.#money);
    return that.#count !== undefined && (this.#count as Decimal).eq(that.#count);
  }

  /**
   * The plain-JSON form.
   *
   * @returns `{ qualifier, count }` or `{ qualifier, amount, currency }`
   *
   * @example
   * ```ts
   * import { Figure, Money } from "ngoaivu";
   * Figure.money(Money.of("52000000", "USD")).toJSON();
   * //=> { qualifier: "exact", amount: "52000000.00", currency: "USD" }
   * ```
   */
  toJSON(): FigureJSON {
    if (this.#money !== undefined) return { qualifier: this.qualifier, ...this.#money.toJSON() };
    return { qualifier: this.qualifier, count: (this.#count as Decimal).toString() };
  }

  /**
   * A short, unlocalised form (use `formatFigure` for reports).
   *
   * @returns e.g. `"about 400"` or `"over 1000000.00 USD"`
   *
   * @example
   * ```ts
   * import { Figure } from "ngoaivu";
   * Figure.count(12, "at-least").toString(); //=> "at least 12"
   * ```
   */
  toString(): string {
    const value = this.#money === undefined ? (this.#count as Decimal).toString() : this.#money.toString();
    return this.qualifier === "exact" ? value : `${this.qualifier.replace("-", " ")} ${value}`;
  }

  /**
   * What `console.log` and `util.inspect` show (in Node, Deno and Bun): the
   * value, `Figure <…>` around {@link Figure.toString}, not the internal fields.
   *
   * @returns e.g. `"Figure <about 400>"`
   *
   * @example
   * ```ts
   * import { inspect } from "node:util";
   * import { Figure } from "ngoaivu";
   * inspect(Figure.count(400, "about")); //=> "Figure <about 400>"
   * ```
   */
  [INSPECT](): string {
    return inspected("Figure", this.toString());
  }
}

/**
 * Adds figures: values exactly, qualifiers by {@link combineQualifiers}.
 *
 * @param figures - figures of one kind (and one currency)
 * @returns the total; an exact count of 0 for an empty list
 * @throws `FIGURE_KIND_MISMATCH`, `CURRENCY_MISMATCH`
 *
 * @example
 * ```ts
 * import { Figure, sumFigures } from "ngoaivu";
 * sumFigures([Figure.count(120), Figure.count(190, "about")]).toString(); //=> "about 310"
 * sumFigures([]).toString(); //=> "0"
 * ```
 */
export function sumFigures(figures: Iterable<Figure>): Figure {
  let total: Figure | undefined;
  let index = 0;
  for (const f of figures) {
    if (!Figure.isFigure(f)) {
      throw new NgoaivuError("INVALID_TYPE", { expected: "Figure", received: kindOf(f) }, { path: [index] });
    }
    total = total === undefined ? f : total.add(f);
    index++;
  }
  return total ?? Figure.count(0);
}

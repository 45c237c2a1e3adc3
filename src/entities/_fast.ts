/**
 * Private: fast paths that decode the common, well-formed shape of an entity
 * without zod, for `parse`, `safeParse` and `parseBatch`.
 *
 * A fast path is a hand-written decoder built from the small combinators
 * below. It either returns exactly what zod would return for the input (the
 * same keys in the same order, trimmed strings, fresh arrays, `Money` values)
 * or gives up with {@link FAIL}; it never accepts an input zod would refuse.
 * On any doubt (a key it does not know, a key present with `undefined`, an
 * instant instead of a day, an object that is not plain, a string longer than
 * the input limits) it gives up, and the input goes through the guard and zod
 * as before, which word the issues. So the fast path changes speed, never an
 * answer; `test/entities/fast.test.ts` checks it against zod on the fixtures,
 * the invalid corpus and generated near-valid records.
 *
 * It also does the guard's work for the inputs it accepts: it refuses unknown
 * keys (so no `__proto__` / `constructor` / `prototype` key passes), its
 * nesting is bounded by the entity's shape ({@link FastPath.depth}), and every
 * string it reads is checked against `limits.maxStringLength`.
 *
 * @internal
 * @module
 */
import { AMOUNT_PATTERN, Money } from "../money/index.js";
import { isCalendarDate } from "../period/index.js";
import type { InputLimits } from "./_guard.js";

/** What a fast decoder returns when it gives up (the input then goes to zod). */
export const FAIL: unique symbol = Symbol("ngoaivu.fast.fail");

/** A fast decoder: the decoded value, or {@link FAIL}. */
export type Fast<T> = (value: unknown, maxStringLength: number) => T | typeof FAIL;

/** A fast path for a schema: its decoder and the deepest nesting of what it accepts. */
export interface FastPath {
  readonly decode: Fast<unknown>;
  /** Nesting depth of the deepest container it accepts (the record itself is 1). */
  readonly depth: number;
}

const PATHS = new WeakMap<object, FastPath>();

/**
 * Attaches a fast path to a schema and returns the schema.
 *
 * @param schema - the zod schema the fast path agrees with
 * @param decode - the decoder
 * @param depth - the nesting depth of the deepest container `decode` accepts
 */
export function withFastPath<S extends object>(schema: S, decode: Fast<unknown>, depth: number): S {
  PATHS.set(schema, { decode, depth });
  return schema;
}

/**
 * The fast path of a schema, when it has one and the limits allow it.
 *
 * @param schema - the schema
 * @param limits - the input limits of the call
 */
export function fastPathOf(schema: object, limits: InputLimits): Fast<unknown> | undefined {
  const path = PATHS.get(schema);
  return path !== undefined && path.depth <= limits.maxDepth ? path.decode : undefined;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** A string of `min` to `max` characters, trimmed first when `trim` is set, matching `pattern` when given. */
export function fastString(options: {
  readonly min?: number;
  readonly max: number;
  readonly trim?: boolean;
  readonly pattern?: RegExp;
}): Fast<string> {
  const { min = 0, max, trim = false, pattern } = options;
  return (value, maxStringLength) => {
    if (typeof value !== "string" || value.length > maxStringLength) return FAIL;
    const s = trim ? value.trim() : value;
    if (s.length < min || s.length > max) return FAIL;
    if (pattern !== undefined && !pattern.test(s)) return FAIL;
    return s;
  };
}

/** One of a fixed set of strings. */
export function fastEnum<T extends string>(values: readonly T[]): Fast<T> {
  const set = new Set<string>(values);
  return (value, maxStringLength) =>
    typeof value === "string" && value.length <= maxStringLength && set.has(value) ? (value as T) : FAIL;
}

/** An integer from `min` to `max`. */
export function fastInt(min: number, max: number): Fast<number> {
  return (value) =>
    typeof value === "number" && Number.isSafeInteger(value) && value >= min && value <= max ? value : FAIL;
}

/** A day written `YYYY-MM-DD` (an instant gives up: zod places it on the Vietnam calendar). */
export const fastDay: Fast<string> = (value, maxStringLength) =>
  typeof value === "string" && value.length === 10 && maxStringLength >= 10 && isCalendarDate(value) ? value : FAIL;

/** An array of `min` to `max` items, copied. */
export function fastArray<T>(item: Fast<T>, min: number, max: number): Fast<T[]> {
  return (value, maxStringLength) => {
    if (!Array.isArray(value) || value.length < min || value.length > max) return FAIL;
    const out: T[] = new Array<T>(value.length);
    for (let i = 0; i < value.length; i++) {
      const v = item(value[i], maxStringLength);
      if (v === FAIL) return FAIL;
      out[i] = v;
    }
    return out;
  };
}

/**
 * An amount `{ amount, currency }` decoded to a `Money` (no more decimals
 * than the currency has), as `AmountSchema` does.
 */
export const fastAmount: Fast<Money> = (value, maxStringLength) => {
  if (!isPlainObject(value)) return FAIL;
  let keys = 0;
  for (const key in value) {
    if (key !== "amount" && key !== "currency") return FAIL;
    keys++;
  }
  const { amount, currency } = value;
  if (keys !== 2 || typeof amount !== "string" || typeof currency !== "string") return FAIL;
  if (amount.length > 1000 || amount.length > maxStringLength || currency.length !== 3 || maxStringLength < 3)
    return FAIL;
  if (!AMOUNT_PATTERN.test(amount) || !CURRENCY.test(currency)) return FAIL;
  let money: Money;
  try {
    money = Money.of(amount, currency);
  } catch {
    return FAIL;
  }
  return money.hasSubMinorDigits() ? FAIL : money;
};
const CURRENCY = /^[A-Z]{3}$/;

/** A field of {@link fastObject}: its key, its decoder and whether it may be absent. */
export type FastField = readonly [key: string, decode: Fast<unknown>, optional?: "optional"];

/**
 * An object of known keys, decoded into a fresh object with the keys in the
 * order of `fields` (as zod's objects do). Gives up on an unknown key, a key
 * present with `undefined`, a missing required key, or when `check` (the
 * schema's cross-field rules, run on the decoded object) says no.
 */
export function fastObject(
  fields: readonly FastField[],
  check?: (decoded: Record<string, unknown>) => boolean,
): Fast<Record<string, unknown>> {
  const known = new Set(fields.map((f) => f[0]));
  const n = fields.length;
  return (value, maxStringLength) => {
    if (!isPlainObject(value)) return FAIL;
    let keys = 0;
    for (const key in value) {
      if (!known.has(key)) return FAIL;
      keys++;
    }
    const out: Record<string, unknown> = {};
    let present = 0;
    for (let i = 0; i < n; i++) {
      const field = fields[i] as FastField;
      const key = field[0];
      const v = value[key];
      if (v === undefined) {
        if (field[2] === undefined) return FAIL;
        continue;
      }
      present++;
      const decoded = field[1](v, maxStringLength);
      if (decoded === FAIL) return FAIL;
      out[key] = decoded;
    }
    // A key present with `undefined` (zod keeps it), or one inherited: leave it to zod.
    if (present !== keys) return FAIL;
    return check === undefined || check(out) ? out : FAIL;
  };
}

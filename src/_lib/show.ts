/**
 * Private: text for a caller's value in an error message, that never throws.
 *
 * `String(value)` throws a `TypeError` for an object without a prototype
 * (`Object.create(null)`, as some JSON and query-string parsers make), or whose
 * `toString` / `Symbol.toPrimitive` throws; an entry point that builds its
 * error message with it would throw that instead of its coded error.
 *
 * @internal
 * @module
 */

/**
 * `String(value)`, or the value's tag (`[object Object]`) when that throws.
 *
 * @param value - anything a caller passed
 * @returns text for a message
 */
export function showValue(value: unknown): string {
  if (typeof value === "string") return value;
  try {
    return String(value);
  } catch {
    try {
      return Object.prototype.toString.call(value);
    } catch {
      return typeof value;
    }
  }
}

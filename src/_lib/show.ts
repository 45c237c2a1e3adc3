/**
 * Private: text for a caller's value in an error message, that never throws.
 *
 * `String(value)` throws a `TypeError` for an object without a prototype
 * (`Object.create(null)`, as some JSON and query-string parsers make), or whose
 * `toString` / `Symbol.toPrimitive` throws; an entry point that builds its
 * error message with it would throw that instead of its coded error. So the
 * text is `quoteInput`'s (written bare, without quotes), the one helper that
 * describes a received value in every message, which never calls it.
 *
 * @internal
 * @module
 */
import { quoteInput } from "../errors/index.js";

const BARE = { quotes: false } as const;

/**
 * A value as {@link quoteInput} describes it, a string written bare: cut
 * after 80 characters and escaped; anything but a string, number, boolean or
 * bigint written as its kind (`null`, `array`, `object`, `function`,
 * `symbol`…), so it never throws and reads the same as in every other message.
 *
 * @param value - anything a caller passed
 * @returns text for a message
 */
export function showValue(value: unknown): string {
  return quoteInput(value, BARE);
}

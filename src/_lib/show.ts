/**
 * Private: text for a caller's value in an error message, that never throws.
 *
 * `String(value)` throws a `TypeError` for an object without a prototype
 * (`Object.create(null)`, as some JSON and query-string parsers make), or whose
 * `toString` / `Symbol.toPrimitive` throws; an entry point that builds its
 * error message with it would throw that instead of its coded error.
 *
 * The text is cut and escaped by `quoteInput` (written bare, without quotes),
 * the one helper that describes a received value in every message.
 *
 * @internal
 * @module
 */
import { quoteInput } from "../errors/index.js";

const BARE = { quotes: false } as const;

/**
 * `String(value)`, or the value's tag (`[object Object]`) when that throws;
 * cut after 80 characters and escaped (see `quoteInput`).
 *
 * @param value - anything a caller passed
 * @returns text for a message
 */
export function showValue(value: unknown): string {
  if (typeof value === "string") return quoteInput(value, BARE);
  let text: string;
  try {
    text = String(value);
  } catch {
    try {
      text = Object.prototype.toString.call(value);
    } catch {
      text = typeof value;
    }
  }
  return quoteInput(text, BARE);
}

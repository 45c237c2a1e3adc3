/**
 * A byte-level pre-scan of a request body, before `JSON.parse` sees it: the
 * deepest nesting of arrays and objects outside strings, and how many
 * records the body holds (top-level array elements for JSON, non-blank
 * lines for NDJSON). One pass, no allocation, about 30 ms for 16 MiB: a
 * body nested five million levels or holding two million `{}` is refused
 * from these counts, without building a single value.
 *
 * The scan stops as soon as a limit is passed. It does not validate JSON
 * (`JSON.parse` does that afterwards); on malformed input its counts are
 * upper bounds of what a parse could build.
 */

/** What the scan found. */
export interface BodyShape {
  /** Deepest nesting seen (a top-level array of objects is 2), up to `maxDepth + 1`. */
  readonly depth: number;
  /** Records counted, up to `maxRecords + 1`. */
  readonly records: number;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_SQUARE = 0x5b;
const CLOSE_SQUARE = 0x5d;
const OPEN_CURLY = 0x7b;
const CLOSE_CURLY = 0x7d;
const COMMA = 0x2c;
const NEWLINE = 0x0a;

function isSpace(byte: number): boolean {
  return byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d;
}

/**
 * Scans a JSON body (one top-level array of records) or an NDJSON body (one
 * record a line). UTF-8 continuation bytes are all ≥ 0x80, so the bytes
 * looked at (quotes, brackets, commas, newlines) are never part of a
 * multi-byte character.
 *
 * @param bytes - the body
 * @param kind - `json` (records are the top-level array's elements) or `ndjson` (records are non-blank lines)
 * @param limits - the scan stops once either is passed
 * @returns the deepest nesting and the number of records, each capped one above its limit
 */
export function scanBody(
  bytes: Uint8Array,
  kind: "json" | "ndjson",
  limits: { readonly maxDepth: number; readonly maxRecords: number },
): BodyShape {
  let depth = 0;
  let deepest = 0;
  let records = 0;
  let inString = false;
  // JSON: whether the current top-level element has begun; NDJSON: whether the current line holds anything.
  let started = false;
  const n = bytes.length;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] as number;
    if (inString) {
      if (b === BACKSLASH) i++;
      else if (b === QUOTE) inString = false;
      else if (b === NEWLINE && kind === "ndjson") {
        // A string cannot hold a raw newline: the line ends here (and will be refused as malformed).
        inString = false;
        depth = 0;
        started = false;
      }
      continue;
    }
    if (kind === "ndjson" && b === NEWLINE) {
      depth = 0;
      started = false;
      continue;
    }
    if (isSpace(b)) continue;
    const topLevel = kind === "json" ? depth === 1 : depth === 0;
    if (topLevel && b === COMMA && kind === "json") {
      started = false;
      continue;
    }
    if (topLevel && !started && !(kind === "json" && b === CLOSE_SQUARE)) {
      started = true;
      records++;
      if (records > limits.maxRecords) return { depth: deepest, records };
    }
    if (b === QUOTE) inString = true;
    else if (b === OPEN_SQUARE || b === OPEN_CURLY) {
      depth++;
      if (depth > deepest) {
        deepest = depth;
        if (deepest > limits.maxDepth) return { depth: deepest, records };
      }
    } else if (b === CLOSE_SQUARE || b === CLOSE_CURLY) {
      if (depth > 0) depth--;
    }
  }
  return { depth: deepest, records };
}

/**
 * The tight limit of the benches: the fastest hand-written pass we know how
 * to write over wire delegations, doing the work the library does for a
 * report. One pass, no regular expression, no intermediate record:
 *
 * - the same shape and limit checks as `DelegationSchema`, by character codes:
 *   a plain object, the member id's lowercase words joined by hyphens (at most
 *   64), the enums, the days `YYYY-MM-DD` on the calendar (leap years
 *   included), end ≥ start, 1 to 50 known country codes listed once, 1 to
 *   10,000 people, a purpose of 1 to 5,000 characters once trimmed, partners of
 *   1 to 500, an optional cost `{ amount, currency }` of a known currency with
 *   no more decimals than it has, not negative;
 * - the cost as BigInt minor units;
 * - grouped by member, then by half-year, in nested maps: outgoing, incoming,
 *   cancelled, people and cost per currency, for the records whose start day
 *   is in the period.
 *
 * What it leaves out, and the library does: unknown keys, the input limits
 * (nesting, string length), instants, Vietnamese wording of the issues. It
 * only counts the invalid records. A baseline slower than it need be flatters
 * the library: every check here is the cheapest we found.
 */
import { COUNTRY_CODES } from "../src/entities/_deps.js";

/** One member's figures in one half-year. */
export interface TightGroup {
  outgoing: number;
  incoming: number;
  cancelled: number;
  people: bigint;
  /** Minor units per currency. */
  vnd: bigint;
  usd: bigint;
}

/** What the pass returns: member → half-year ("2024-H1") → figures, and the number of invalid records. */
export interface TightResult {
  readonly groups: Map<string, Map<string, TightGroup>>;
  readonly invalid: number;
}

/** The country codes the reference module knows. */
export const KNOWN_COUNTRY: ReadonlySet<string> = new Set<string>(COUNTRY_CODES);
const LEVELS = new Set([
  "party-secretary",
  "people-committee-chair",
  "people-committee-vice-chair",
  "department-head",
  "other",
]);

/** A member id: lowercase ASCII letters and digits in hyphen-separated words, at most 64 characters. */
export function isMemberId(s: string): boolean {
  const n = s.length;
  if (n === 0 || n > 64) return false;
  let previousHyphen = true; // no hyphen first
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 45) {
      if (previousHyphen) return false;
      previousHyphen = true;
    } else if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) previousHyphen = false;
    else return false;
  }
  return !previousHyphen;
}

/** The digit at `i`, or a large negative number when it is none. */
export function digit(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -100_000;
}

const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A day `YYYY-MM-DD` on the calendar, years 1 to 9999. */
export function isDay(s: unknown): s is string {
  if (typeof s !== "string" || s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return false;
  const y = digit(s, 0) * 1000 + digit(s, 1) * 100 + digit(s, 2) * 10 + digit(s, 3);
  const m = digit(s, 5) * 10 + digit(s, 6);
  const d = digit(s, 8) * 10 + digit(s, 9);
  if (y < 1 || m < 1 || m > 12 || d < 1) return false;
  const leap = m === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return d <= (DAYS[m] as number) + (leap ? 1 : 0);
}

/** Whether a character code is white space as `String.prototype.trim` and `\s` read it. */
export function isWhite(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 160 ||
    c === 0xfeff ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0x1680
  );
}

/** A text of `1..max` characters once trimmed (as `String.prototype.trim` trims). */
export function isText(s: unknown, max: number): boolean {
  if (typeof s !== "string") return false;
  let start = 0;
  let end = s.length;
  while (start < end && isWhite(s.charCodeAt(start))) start++;
  while (end > start && isWhite(s.charCodeAt(end - 1))) end--;
  return end > start && end - start <= max;
}

/** The amount's minor units, or `undefined` when it is not a plain decimal with at most `digits` decimals (extra zeros allowed). */
export function minorUnits(amount: string, digits: number): bigint | undefined {
  const n = amount.length;
  if (n === 0 || n > 1000) return undefined;
  let i = amount.charCodeAt(0) === 45 ? 1 : 0;
  const intStart = i;
  while (i < n && digit(amount, i) >= 0) i++;
  const intEnd = i;
  if (intEnd === intStart) return undefined;
  if (i === n) return digits === 0 ? BigInt(amount) : BigInt(amount) * 10n ** BigInt(digits);
  if (amount.charCodeAt(i) !== 46 || i + 1 === n) return undefined;
  for (i++; i < n; i++) if (digit(amount, i) < 0) return undefined;
  let fracEnd = n;
  while (fracEnd - intEnd - 1 > digits) {
    if (amount.charCodeAt(fracEnd - 1) !== 48) return undefined;
    fracEnd--;
  }
  const frac = amount.slice(intEnd + 1, fracEnd);
  return BigInt(amount.slice(0, intEnd) + frac.padEnd(digits, "0"));
}

/**
 * Validates and groups wire delegations in one pass.
 *
 * @param records - the wire delegations
 * @param period - the half-year counted, e.g. `{ start: "2024-01-01", end: "2024-06-30" }`
 */
export function tightPass(records: readonly unknown[], period: { start: string; end: string }): TightResult {
  const groups = new Map<string, Map<string, TightGroup>>();
  let invalid = 0;
  for (let r = 0; r < records.length; r++) {
    const o = records[r] as Record<string, unknown>;
    if (typeof o !== "object" || o === null || Array.isArray(o)) {
      invalid++;
      continue;
    }
    const { member, direction, start, end, countries, partners, ledBy, headcount, purpose, status, cost, id } = o;
    if (
      typeof member !== "string" ||
      !isMemberId(member) ||
      (direction !== "outgoing" && direction !== "incoming") ||
      !isDay(start) ||
      !isDay(end) ||
      end < start ||
      !Array.isArray(countries) ||
      countries.length < 1 ||
      countries.length > 50 ||
      typeof ledBy !== "string" ||
      !LEVELS.has(ledBy) ||
      typeof headcount !== "number" ||
      !Number.isSafeInteger(headcount) ||
      headcount < 1 ||
      headcount > 10_000 ||
      !isText(purpose, 5000) ||
      (status !== "planned" && status !== "completed" && status !== "cancelled") ||
      (id !== undefined && (typeof id !== "string" || id.length < 1 || id.length > 128))
    ) {
      invalid++;
      continue;
    }
    let ok = true;
    for (let i = 0; i < countries.length && ok; i++) {
      const c = countries[i];
      ok = typeof c === "string" && KNOWN_COUNTRY.has(c);
      for (let j = 0; j < i && ok; j++) ok = countries[j] !== c;
    }
    if (ok && partners !== undefined) {
      ok = Array.isArray(partners) && partners.length <= 100;
      for (let i = 0; ok && i < (partners as unknown[]).length; i++) ok = isText((partners as unknown[])[i], 500);
    }
    let vnd = 0n;
    let usd = 0n;
    if (ok && cost !== undefined) {
      // Checked before it is read: reading the keys of `null` would throw.
      const { amount, currency } = (typeof cost === "object" && cost !== null ? cost : {}) as Record<string, unknown>;
      if (typeof amount !== "string") ok = false;
      else if (currency === "VND") {
        const units = minorUnits(amount, 0);
        if (units === undefined || units < 0n) ok = false;
        else vnd = units;
      } else if (currency === "USD") {
        const units = minorUnits(amount, 2);
        if (units === undefined || units < 0n) ok = false;
        else usd = units;
      } else ok = false;
    }
    if (!ok) {
      invalid++;
      continue;
    }
    if (start < period.start || start > period.end) continue;
    let byHalf = groups.get(member);
    if (byHalf === undefined) {
      byHalf = new Map();
      groups.set(member, byHalf);
    }
    const half = start.charCodeAt(5) === 48 && start.charCodeAt(6) <= 54 ? "H1" : "H2";
    const key = `${start.slice(0, 4)}-${half}`;
    let g = byHalf.get(key);
    if (g === undefined) {
      g = { outgoing: 0, incoming: 0, cancelled: 0, people: 0n, vnd: 0n, usd: 0n };
      byHalf.set(key, g);
    }
    if (status === "cancelled") {
      g.cancelled++;
      continue;
    }
    if (direction === "outgoing") g.outgoing++;
    else g.incoming++;
    g.people += BigInt(headcount);
    g.vnd += vnd;
    g.usd += usd;
  }
  return { groups, invalid };
}

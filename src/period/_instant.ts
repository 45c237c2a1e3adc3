/**
 * Private fast path: the Vietnam calendar date (UTC+7, no daylight saving) of
 * an ISO 8601 instant, by reading the string's digits. No `Date`, `TZDate` or
 * `Intl` object is built, and nothing is allocated.
 *
 * @module
 */
import { dayNumber, daysInMonth, MAX_PACKED, MIN_PACKED, packedFromDayNumber } from "./_days.js";

/** Returned for a string that is not an ISO instant with Z or an offset. */
export const MALFORMED = -1;
/** Returned for an instant whose Vietnam date falls outside 0001–9999. */
export const OUT_OF_RANGE = -2;

/** Minutes the Vietnam clock is ahead of UTC. */
export const VIETNAM_OFFSET_MINUTES = 420;
// Written out, not VIETNAM_OFFSET_MINUTES * 60_000: a bundler keeps a top-level
// product (it could call valueOf), and with it this module, in every app.
const VIETNAM_OFFSET_MS = 25_200_000;
const DAY_MS = 86_400_000;

function two(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  if (a < 0 || a > 9 || b < 0 || b > 9) return -1;
  return a * 10 + b;
}

/**
 * The Vietnam date of `YYYY-MM-DD(T| )HH:MM[:SS[.fff…]](Z|±HH:MM|±HHMM|±HH)`, packed as
 * `y * 10000 + m * 100 + d`, or {@link MALFORMED} / {@link OUT_OF_RANGE}.
 */
export function vietnamPackedOfIso(s: string): number {
  const n = s.length;
  const sep = s.charCodeAt(10);
  if (n < 17 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || (sep !== 84 && sep !== 32)) return MALFORMED;
  const y1 = two(s, 0);
  const y2 = two(s, 2);
  const m = two(s, 5);
  const d = two(s, 8);
  const hh = two(s, 11);
  const mi = two(s, 14);
  if (y1 < 0 || y2 < 0 || m < 1 || m > 12 || d < 1 || hh < 0 || hh > 23 || mi < 0 || mi > 59) return MALFORMED;
  if (s.charCodeAt(13) !== 58) return MALFORMED;
  const y = y1 * 100 + y2;
  if (y < 1 || d > daysInMonth(y, m)) return MALFORMED;
  let i = 16;
  let c = s.charCodeAt(i);
  if (c === 58) {
    const ss = two(s, i + 1);
    if (ss < 0 || ss > 59) return MALFORMED;
    i += 3;
    c = s.charCodeAt(i);
    if (c === 46 || c === 44) {
      const first = ++i;
      for (c = s.charCodeAt(i); c >= 48 && c <= 57; c = s.charCodeAt(++i));
      if (i === first) return MALFORMED;
    }
  }
  let offset: number;
  if (c === 90) {
    if (i + 1 !== n) return MALFORMED;
    offset = 0;
  } else if (c === 43 || c === 45) {
    const oh = two(s, i + 1);
    let om: number;
    if (i + 6 === n && s.charCodeAt(i + 3) === 58) om = two(s, i + 4);
    else if (i + 5 === n) om = two(s, i + 3);
    else if (i + 3 === n) om = 0;
    else return MALFORMED;
    if (oh < 0 || oh > 23 || om < 0 || om > 59) return MALFORMED;
    offset = c === 43 ? oh * 60 + om : -(oh * 60 + om);
  } else {
    return MALFORMED;
  }
  // Minutes since local midnight of the written date, moved to Vietnam time.
  const minutes = hh * 60 + mi - offset + VIETNAM_OFFSET_MINUTES;
  if (minutes >= 0 && minutes < 1440) return y * 10000 + m * 100 + d;
  if (minutes >= 1440 && minutes < 2880) {
    // The next day: the common case of a UTC evening.
    if (d < daysInMonth(y, m)) return y * 10000 + m * 100 + d + 1;
    if (m < 12) return y * 10000 + (m + 1) * 100 + 1;
    return y === 9999 ? OUT_OF_RANGE : (y + 1) * 10000 + 101;
  }
  const days = Math.floor(minutes / 1440);
  return checked(packedFromDayNumber(dayNumber(y, m, d) + days));
}

function checked(packed: number): number {
  return packed < MIN_PACKED || packed > MAX_PACKED ? OUT_OF_RANGE : packed;
}

/** The Vietnam date of a `Date`, packed, or {@link MALFORMED} for an invalid `Date`. */
export function vietnamPackedOfDate(date: Date): number {
  const ms = date.getTime();
  if (Number.isNaN(ms)) return MALFORMED;
  return checked(packedFromDayNumber(Math.floor((ms + VIETNAM_OFFSET_MS) / DAY_MS)));
}

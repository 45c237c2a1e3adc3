/**
 * `periodOf` over 1,000,000 ISO instants (half Z, half +07:00), against a
 * hand-written string-slicing baseline that handles only those two forms and
 * checks nothing. Both tally records per half-year; the tallies must agree.
 */
import { periodOf } from "../src/index.js";
import { compare, keep, printResults } from "./_harness.js";

const N = 1_000_000;

// A deterministic spread of instants from 2020 to 2026 (mulberry32).
let seed = 0x2024_0630;
function random(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const from = Date.UTC(2020, 0, 1);
const span = Date.UTC(2027, 0, 1) - from;
const instants: string[] = new Array(N);
for (let i = 0; i < N; i++) {
  const ms = from + Math.floor(random() * span);
  if (i % 2 === 0) {
    instants[i] = new Date(ms).toISOString(); // 2024-06-30T17:00:00.000Z
  } else {
    instants[i] = `${new Date(ms + 7 * 3_600_000).toISOString().slice(0, 19)}+07:00`;
  }
}

const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** What a careful hand-written version does: slice, shift UTC evenings to the next day, name the half. */
function baselineHalfYear(s: string): string {
  let y = +s.slice(0, 4);
  let m = +s.slice(5, 7);
  let d = +s.slice(8, 10);
  if (s.endsWith("Z") && +s.slice(11, 13) >= 17) {
    const dim = m === 2 && ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0) ? 29 : (DAYS[m] as number);
    if (++d > dim) {
      d = 1;
      if (++m > 12) {
        m = 1;
        y++;
      }
    }
  }
  return m <= 6 ? `${y}-H1` : `${y}-H2`;
}

/** The same, leaner still: a numeric key (year * 2 + half), no string built. */
function baselineHalfYearKey(s: string): number {
  let y = +s.slice(0, 4);
  let m = +s.slice(5, 7);
  if (s.endsWith("Z") && +s.slice(11, 13) >= 17) {
    const d = +s.slice(8, 10);
    const dim = m === 2 && ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0) ? 29 : (DAYS[m] as number);
    if (d === dim && ++m > 12) {
      m = 1;
      y++;
    }
  }
  return y * 2 + (m <= 6 ? 0 : 1);
}

function tally<K>(key: (s: string) => K): Map<K, number> {
  const counts = new Map<K, number>();
  for (let i = 0; i < N; i++) {
    const k = key(instants[i] as string);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}

const baseline = () => tally(baselineHalfYear);
const candidate = () => tally((s) => periodOf(s, "half-year").toString());

const leanBaseline = () => tally(baselineHalfYearKey);
const leanCandidate = () => tally((s) => periodOf(s, "half-year"));

const expected = [...baseline()].sort();
const actual = [...candidate()].sort();
const lean = [...leanCandidate()].map(([p, n]) => [p.year * 2 + (p.half === 1 ? 0 : 1), n]).sort();
if (
  JSON.stringify(expected) !== JSON.stringify(actual) ||
  JSON.stringify([...leanBaseline()].sort()) !== JSON.stringify(lean)
) {
  console.error("periodOf and the baseline disagree", expected, actual);
  process.exit(1);
}

const results = [
  compare({
    name: "periodOf(instant, 'half-year') × 1M (Z and +07:00)",
    baseline: { name: "string slicing", fn: baseline },
    candidate: { name: "periodOf", fn: candidate },
    target: 1.5,
  }),
  compare({
    name: "periodOf × 1M, tallied by Period vs by a numeric key",
    baseline: { name: "string slicing to year * 2 + half", fn: leanBaseline },
    candidate: { name: "periodOf", fn: leanCandidate },
    target: 1.5,
  }),
];
keep();
const ok = printResults("period", results);
process.exitCode = ok ? 0 : 1;

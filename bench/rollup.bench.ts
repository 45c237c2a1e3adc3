/**
 * `summarize` of 1,000,000 delegation records, as ratios against a
 * hand-written loop in the same run, and the peak memory of keeping them.
 *
 * 1. Summarize only: decoded delegations (generated and decoded before
 *    anything is timed) through `summarize`, against a loop that groups the
 *    same records by member and half-year and keeps BigInt sums of headcount
 *    and cost minor units, plus outgoing / incoming / cancelled counts.
 *    `summarize` does more per record: the period cut-off, counts by country
 *    and by leader level, exact `Money` totals per currency. Target ≤ 1.5×.
 * 2. Validate + summarize end to end: the same records as wire JSON through
 *    `parseBatch(DelegationSchema)` then `summarize`, against the
 *    hand-written limit: a hand validator of the same shapes (no domain
 *    rules, no calendar check of days, no known-country check) that turns
 *    the cost into BigInt minor units, then the loop. Target ≤ 4×.
 * 3. Peak memory: the process's peak RSS and the heap kept while 1,000,000
 *    decoded records are held and summarized. Target ≤ input + 200 MB.
 *
 * Every record starts in 2024-H1 (the report's period), so both sides count
 * the same records; the totals must agree before anything is timed.
 * `ROLLUP_BENCH_N` changes the number of records.
 */
import { resourceUsage } from "node:process";
import { type Delegation, type DelegationInput, DelegationSchema, parseBatch, summarize } from "../src/index.js";
import { CLUSTER_II_JSON } from "../src/samples/index.js";
import { delegationGenerator, LEVELS } from "./_delegations.js";
import { compare, keep, printResults } from "./_harness.js";

const N = Number(process.env.ROLLUP_BENCH_N ?? 1_000_000);
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const MB = 1024 * 1024;

gc();
const rssAtStart = process.memoryUsage().rss;
const heapAtStart = process.memoryUsage().heapUsed;

// Seeded records of the 17 members of Cluster II in 2024, all starting in 2024-H1.
const wireRecord = delegationGenerator({
  seed: 0x2024_0101,
  members: CLUSTER_II_JSON.years[0]?.members ?? [],
  startDays: 182, // 1 January to 30 June 2024
  completed: 0.95,
  otherStatus: "cancelled",
  partners: false,
});

const wire: DelegationInput[] = [];
for (let i = 0; i < N; i++) wire.push(wireRecord());
gc();
const heapWithWire = process.memoryUsage().heapUsed;

// ── the hand-written side ────────────────────────────────────────────────────

/** A delegation as the hand-written side keeps it: cost as BigInt minor units. */
interface HandRecord {
  readonly member: string;
  readonly direction: string;
  readonly start: string;
  readonly headcount: number;
  readonly status: string;
  readonly costMinor: bigint | undefined;
  readonly currency: string | undefined;
}

const MINOR_DIGITS: Readonly<Record<string, number>> = { VND: 0, USD: 2 };

interface Group {
  outgoing: number;
  incoming: number;
  cancelled: number;
  people: bigint;
  cost: Record<string, bigint>;
}

/** Groups by member and half-year with BigInt sums. */
function handLoop(records: readonly HandRecord[]): Map<string, Group> {
  const groups = new Map<string, Group>();
  for (let i = 0; i < records.length; i++) {
    const r = records[i] as HandRecord;
    const half = r.start.charCodeAt(5) === 48 && r.start.charCodeAt(6) <= 54 ? "H1" : "H2"; // month 01–06
    const key = `${r.member}|${r.start.slice(0, 4)}-${half}`;
    let g = groups.get(key);
    if (g === undefined) {
      g = { outgoing: 0, incoming: 0, cancelled: 0, people: 0n, cost: {} };
      groups.set(key, g);
    }
    if (r.status === "cancelled") {
      g.cancelled++;
      continue;
    }
    if (r.direction === "outgoing") g.outgoing++;
    else g.incoming++;
    g.people += BigInt(r.headcount);
    if (r.costMinor !== undefined) {
      const c = r.currency as string;
      g.cost[c] = (g.cost[c] ?? 0n) + r.costMinor;
    }
  }
  return groups;
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const AMOUNT = /^-?\d+(\.\d+)?$/;
const COUNTRY = /^[A-Z]{2}$/;
const DIRECTIONS = new Set(["outgoing", "incoming"]);
const LEVEL_SET = new Set<string>(LEVELS);
const STATUSES = new Set(["planned", "completed", "cancelled"]);
function isText(v: unknown, max: number): v is string {
  return typeof v === "string" && v.trim().length >= 1 && v.length <= max;
}

/** Hand validation of the same shapes; the cost becomes BigInt minor units. */
function handValidate(input: unknown): HandRecord | undefined {
  if (typeof input !== "object" || input === null || Array.isArray(input)) return undefined;
  const o = input as Record<string, unknown>;
  if (typeof o.member !== "string" || o.member.length > 64 || !ID.test(o.member)) return undefined;
  if (!DIRECTIONS.has(o.direction as string)) return undefined;
  if (typeof o.start !== "string" || !DATE.test(o.start)) return undefined;
  if (typeof o.end !== "string" || !DATE.test(o.end) || o.end < o.start) return undefined;
  const c = o.countries;
  if (!Array.isArray(c) || c.length < 1 || c.length > 50 || !c.every((x) => typeof x === "string" && COUNTRY.test(x)))
    return undefined;
  if (!LEVEL_SET.has(o.ledBy as string)) return undefined;
  const h = o.headcount;
  if (typeof h !== "number" || !Number.isSafeInteger(h) || h < 1 || h > 10_000) return undefined;
  if (!isText(o.purpose, 5000) || !STATUSES.has(o.status as string)) return undefined;
  let costMinor: bigint | undefined;
  let currency: string | undefined;
  const cost = o.cost as Record<string, unknown> | undefined;
  if (cost !== undefined) {
    if (typeof cost !== "object" || cost === null) return undefined;
    const { amount } = cost;
    currency = cost.currency as string;
    const digits = MINOR_DIGITS[currency];
    if (typeof amount !== "string" || amount.length > 1000 || !AMOUNT.test(amount) || digits === undefined)
      return undefined;
    const [int, frac = ""] = amount.split(".");
    if (frac.length > digits) return undefined;
    costMinor = BigInt(`${int}${frac.padEnd(digits, "0")}`);
  }
  return {
    member: o.member,
    direction: o.direction as string,
    start: o.start,
    headcount: h,
    status: o.status as string,
    costMinor,
    currency,
  };
}

function handEndToEnd(): Map<string, Group> {
  const valid: HandRecord[] = [];
  let invalid = 0;
  for (let i = 0; i < wire.length; i++) {
    const r = handValidate(wire[i]);
    if (r === undefined) invalid++;
    else valid.push(r);
  }
  if (invalid !== 0) throw new Error(`${invalid} invalid`);
  return handLoop(valid);
}

// ── inputs decoded once, outside the timed runs ─────────────────────────────

const decoded: Delegation[] = parseBatch(DelegationSchema, wire).valid.map((r) => r.value);
if (decoded.length !== N) throw new Error(`only ${decoded.length} of ${N} records are valid`);
const handRecords = wire.map((w) => handValidate(w) as HandRecord);

const OPTIONS = { period: "2024-H1" } as const;

// The two sides must agree before anything is timed.
{
  const summary = summarize({ delegations: decoded }, OPTIONS);
  const groups = handLoop(handRecords);
  for (const report of summary.reports) {
    const g = groups.get(`${report.member}|2024-H1`);
    const d = report.figures.delegations;
    const same =
      g !== undefined &&
      d?.outgoing?.toString() === String(g.outgoing) &&
      d?.incoming?.toString() === String(g.incoming) &&
      d?.cancelled?.toString() === String(g.cancelled) &&
      d?.people?.toString() === String(g.people) &&
      (d.cost?.amounts.get("VND").toMinorUnits() ?? 0n) === (g.cost.VND ?? 0n) &&
      (d.cost?.amounts.get("USD").toMinorUnits() ?? 0n) === (g.cost.USD ?? 0n);
    if (!same) throw new Error(`totals disagree for ${report.member}`);
  }
  if (summary.reports.length !== groups.size || summary.records.counted !== N) throw new Error("groups disagree");
}

// ── memory: 1,000,000 decoded records kept, then summarized ─────────────────

gc();
const heapWithDecoded = process.memoryUsage().heapUsed;
const rssBefore = process.memoryUsage().rss;
const peakBefore = resourceUsage().maxRSS * 1024;
let heapPeak = heapWithDecoded;
const summaries: unknown[] = [];
for (let i = 0; i < 3; i++) {
  summaries.push(summarize({ delegations: decoded }, OPTIONS));
  heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
}
const peakAfter = resourceUsage().maxRSS * 1024;
const inputBytes = heapWithDecoded - heapAtStart;
const summarizeBytes = heapPeak - heapWithDecoded;
summaries.length = 0;

const results = [
  compare({
    name: `summarize: ${N.toLocaleString("en")} decoded delegations vs BigInt loop`,
    baseline: { name: "group by member and half-year, BigInt sums", fn: () => handLoop(handRecords) },
    candidate: { name: "summarize", fn: () => summarize({ delegations: decoded }, OPTIONS) },
    target: 1.5,
    runs: 7,
    warmup: 2,
  }),
  compare({
    name: `parseBatch + summarize: ${N.toLocaleString("en")} wire delegations vs hand`,
    baseline: { name: "hand validation + BigInt loop", fn: handEndToEnd },
    candidate: {
      name: "parseBatch(DelegationSchema) + summarize",
      fn: () => summarize({ delegations: parseBatch(DelegationSchema, wire).valid.map((r) => r.value) }, OPTIONS),
    },
    target: 4,
    runs: 3,
    warmup: 1,
  }),
];
keep();
const ok = printResults("rollup: summarize", results);

const memoryOk = summarizeBytes <= 200 * MB;
console.log("\nrollup: memory with the records kept");
console.log(
  `  wire input ${((heapWithWire - heapAtStart) / MB).toFixed(0)} MB; wire + decoded records ${(inputBytes / MB).toFixed(0)} MB (heap, after GC)`,
);
console.log(
  `  ${memoryOk ? "ok  " : "OVER"} summarize on top of the kept records: heap peak +${(summarizeBytes / MB).toFixed(0)} MB ` +
    `(target ≤ +200 MB); RSS ${(rssBefore / MB).toFixed(0)} MB before, peak RSS ${(Math.max(peakBefore, peakAfter) / MB).toFixed(0)} MB ` +
    `(+${((peakAfter - peakBefore) / MB).toFixed(0)} MB while summarizing; process start ${(rssAtStart / MB).toFixed(0)} MB)`,
);
process.exitCode = ok && memoryOk ? 0 : 1;

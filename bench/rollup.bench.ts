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
 *    `parseBatch(DelegationSchema)` then `summarize`, against the tight
 *    limit (`_tight.ts`: one hand-written pass with the same shape and limit
 *    checks by character codes, costs to BigInt minor units, grouped by
 *    member and half-year in nested maps). Target ≤ 3×. Printed beside it,
 *    for the same records: a straightforward zod + decimal.js pipeline (a
 *    plain `z.object` of the same shape, then `Decimal` sums in nested
 *    maps), and, where PostgreSQL is installed (the backend example's
 *    throwaway server), COPY of the same records into a table plus
 *    `GROUP BY` on `NUMERIC` with `AT TIME ZONE 'Asia/Ho_Chi_Minh'` (on the
 *    wall clock: the work is in the server's processes). Every side's totals
 *    must agree before anything is timed.
 * 3. Peak memory: the process's peak RSS and the heap kept while 1,000,000
 *    decoded records are held and summarized. Target ≤ input + 200 MB.
 *
 * Every record starts in 2024-H1 (the report's period), so both sides count
 * the same records; the totals must agree before anything is timed. The
 * wire records go through `JSON.parse` once, as records read from a file or
 * a request body are: the generator's objects lie scattered in memory,
 * which makes every side wait on memory and hides the differences.
 * `ROLLUP_BENCH_N` changes the number of records; `ROLLUP_BENCH_PG=0` leaves
 * PostgreSQL out.
 */
import { resourceUsage } from "node:process";
import { Decimal } from "decimal.js";
import { z } from "zod";
import { COUNTRY_CODES } from "../src/entities/_deps.js";
import {
  AMOUNT_PATTERN,
  type Delegation,
  type DelegationInput,
  DelegationSchema,
  MEMBER_ID_PATTERN,
  parseBatch,
  summarize,
} from "../src/index.js";
import { CLUSTER_II_JSON } from "../src/samples/index.js";
import { delegationGenerator, LEVELS } from "./_delegations.js";
import { compare, keep, printResults, type Result } from "./_harness.js";
import { postgresPeer } from "./_postgres.js";
import { tightPass } from "./_tight.js";

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

const generated: DelegationInput[] = [];
for (let i = 0; i < N; i++) generated.push(wireRecord());
const wire: DelegationInput[] = JSON.parse(JSON.stringify(generated));
generated.length = 0;
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

/** The hand loop's records, from the library's decoded ones (for the summarize-only comparison). */
function handRecordOf(d: Delegation): HandRecord {
  return {
    member: d.member,
    direction: d.direction,
    start: d.start,
    headcount: d.headcount,
    status: d.status,
    costMinor: d.cost?.toMinorUnits(),
    currency: d.cost?.currency,
  };
}

const PERIOD = { start: "2024-01-01", end: "2024-06-30" };

// ── the peer: a straightforward zod + decimal.js pipeline ───────────────────

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const ZodDelegation = z.object({
  id: z.string().min(1).max(128).optional(),
  member: z.string().max(64).regex(MEMBER_ID_PATTERN),
  direction: z.enum(["outgoing", "incoming"]),
  start: z.string().regex(DAY),
  end: z.string().regex(DAY),
  countries: z.array(z.enum(COUNTRY_CODES)).min(1).max(50),
  partners: z.array(z.string().trim().min(1).max(500)).max(100).optional(),
  ledBy: z.enum(LEVELS),
  headcount: z.int().min(1).max(10_000),
  purpose: z.string().trim().min(1).max(5000),
  cost: z.object({ amount: z.string().max(1000).regex(AMOUNT_PATTERN), currency: z.enum(["VND", "USD"]) }).optional(),
  status: z.enum(["planned", "completed", "cancelled"]),
});

interface DecimalGroup {
  outgoing: number;
  incoming: number;
  cancelled: number;
  people: number;
  cost: Map<string, Decimal>;
}

function zodDecimal(records: readonly unknown[]): Map<string, Map<string, DecimalGroup>> {
  const groups = new Map<string, Map<string, DecimalGroup>>();
  for (const record of records) {
    const parsed = ZodDelegation.safeParse(record);
    if (!parsed.success) throw new Error("invalid record");
    const d = parsed.data;
    if (d.end < d.start || d.start < PERIOD.start || d.start > PERIOD.end) continue;
    let byHalf = groups.get(d.member);
    if (byHalf === undefined) {
      byHalf = new Map();
      groups.set(d.member, byHalf);
    }
    const key = `${d.start.slice(0, 4)}-${d.start.slice(5, 7) <= "06" ? "H1" : "H2"}`;
    let g = byHalf.get(key);
    if (g === undefined) {
      g = { outgoing: 0, incoming: 0, cancelled: 0, people: 0, cost: new Map() };
      byHalf.set(key, g);
    }
    if (d.status === "cancelled") {
      g.cancelled++;
      continue;
    }
    if (d.direction === "outgoing") g.outgoing++;
    else g.incoming++;
    g.people += d.headcount;
    if (d.cost !== undefined)
      g.cost.set(d.cost.currency, (g.cost.get(d.cost.currency) ?? new Decimal(0)).plus(d.cost.amount));
  }
  return groups;
}

// ── inputs decoded once, outside the timed runs ─────────────────────────────

const decoded: Delegation[] = parseBatch(DelegationSchema, wire).valid.map((r) => r.value);
if (decoded.length !== N) throw new Error(`only ${decoded.length} of ${N} records are valid`);
const handRecords = decoded.map(handRecordOf);

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
  // The tight limit and the zod + decimal.js peer find the same figures.
  const tight = tightPass(wire, PERIOD);
  const peer = zodDecimal(wire);
  if (tight.invalid !== 0) throw new Error(`the tight limit refused ${tight.invalid} records`);
  for (const [key, g] of groups) {
    const [member] = key.split("|") as [string];
    const t = tight.groups.get(member)?.get("2024-H1");
    const p = peer.get(member)?.get("2024-H1");
    const vnd = g.cost.VND ?? 0n;
    const usd = g.cost.USD ?? 0n;
    const sameTight =
      t !== undefined &&
      t.outgoing === g.outgoing &&
      t.incoming === g.incoming &&
      t.cancelled === g.cancelled &&
      t.people === g.people &&
      t.vnd === vnd &&
      t.usd === usd;
    const samePeer =
      p !== undefined &&
      p.outgoing === g.outgoing &&
      p.incoming === g.incoming &&
      p.cancelled === g.cancelled &&
      BigInt(p.people) === g.people &&
      (p.cost.get("VND") ?? new Decimal(0)).toFixed(0) === vnd.toString() &&
      (p.cost.get("USD") ?? new Decimal(0)).times(100).toFixed(0) === usd.toString();
    if (!sameTight || !samePeer) throw new Error(`the tight limit or the zod peer disagrees for ${member}`);
  }
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
    name: `parseBatch + summarize: ${N.toLocaleString("en")} wire delegations vs the tight limit`,
    baseline: { name: "tight limit: one hand-written pass", fn: () => tightPass(wire, PERIOD) },
    candidate: {
      name: "parseBatch(DelegationSchema) + summarize",
      fn: () => summarize({ delegations: parseBatch(DelegationSchema, wire).values }, OPTIONS),
    },
    target: 3,
    runs: 5,
    warmup: 1,
  }),
];
keep();
const ok = printResults("rollup: summarize", results);

// ── the peers, for the same records, against the same tight limit ──────────

const peers: Result[] = [
  results[1] as Result,
  compare({
    name: "zod + decimal.js: plain z.object, Decimal sums",
    baseline: { name: "tight limit", fn: () => tightPass(wire, PERIOD) },
    candidate: { name: "zod + decimal.js", fn: () => zodDecimal(wire) },
    target: Number.POSITIVE_INFINITY,
    runs: 3,
    warmup: 1,
  }),
];
const pg =
  process.env.ROLLUP_BENCH_PG === "0" ? undefined : await postgresPeer(wire, PERIOD, () => tightPass(wire, PERIOD));
console.log(
  `\nrollup: validate + summarize of ${N.toLocaleString("en")} wire delegations, side by side (CPU time unless told)`,
);
console.log(
  `  ${"tight limit (one hand-written pass)".padEnd(52)} 1.00×  ${(results[1] as Result).baselineMs.toFixed(0).padStart(6)} ms`,
);
for (const r of peers)
  console.log(
    `  ${r.name.split(":")[0]?.padEnd(52)} ${r.ratio.toFixed(2)}×  ${r.candidateMs.toFixed(0).padStart(6)} ms`,
  );
if (pg === undefined) console.log("  PostgreSQL: not installed here, left out");
else
  console.log(
    `  ${"PostgreSQL 15: COPY + GROUP BY on NUMERIC (wall clock)".padEnd(52)} ${pg.ratio.toFixed(2)}×  ${pg.ms.toFixed(0).padStart(6)} ms (tight limit ${pg.baselineMs.toFixed(0)} ms on the wall clock)`,
  );

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

/**
 * Summing 1,000,000 amounts per currency (VND and USD interleaved, 2,000,000
 * in all) through the library, against a hand-written loop that sums BigInt
 * minor units in the same run.
 *
 * Fairness: both sides start from the same wire records
 * `{ amount: "…", currency: "…" }`, parsed outside the timed section: the
 * library side into an array of `Money`, the baseline into an array of
 * `{ minor: bigint, currency: string }`. The timed work is only the summing,
 * and the totals must agree.
 */
import { Money, MoneyBag, sum } from "../src/index.js";
import { compare, keep, printResults } from "./_harness.js";

const N = 1_000_000;

// Deterministic pseudo-random amounts (mulberry32).
let seed = 0x1576_566;
function random(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

interface Wire {
  readonly amount: string;
  readonly currency: string;
}
const wire: Wire[] = [];
for (let i = 0; i < N; i++) {
  // VND up to about 1,576 billion; USD up to about 52 million, with cents.
  const vnd = Math.floor(random() * 1_576_566) * 1_000_000 + Math.floor(random() * 1_000_000);
  wire.push({ amount: String(vnd), currency: "VND" });
  const cents = Math.floor(random() * 5_200_000_000);
  wire.push({ amount: `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, "0")}`, currency: "USD" });
}

// Library input: Money values. Baseline input: minor units as bigint with the currency.
const moneys = wire.map((w) => Money.of(w.amount, w.currency));
const MINOR_DIGITS: Record<string, number> = { VND: 0, USD: 2 };
const minors = wire.map((w) => {
  const [int, frac = ""] = w.amount.split(".");
  const digits = MINOR_DIGITS[w.currency] as number;
  return { minor: BigInt(`${int}${frac.padEnd(digits, "0")}`), currency: w.currency };
});
const vndMoneys = moneys.filter((m) => m.currency === "VND");
const vndMinors = minors.filter((m) => m.currency === "VND").map((m) => m.minor);

function baselineByCurrency(): Record<string, bigint> {
  const totals: Record<string, bigint> = {};
  for (let i = 0; i < minors.length; i++) {
    const r = minors[i] as { minor: bigint; currency: string };
    totals[r.currency] = (totals[r.currency] ?? 0n) + r.minor;
  }
  return totals;
}

function baselineOneCurrency(): bigint {
  let total = 0n;
  for (let i = 0; i < vndMinors.length; i++) total += vndMinors[i] as bigint;
  return total;
}

// The totals must agree before anything is timed.
const expected = baselineByCurrency();
const bag = MoneyBag.from(moneys);
if (bag.get("VND").toMinorUnits() !== expected.VND || bag.get("USD").toMinorUnits() !== expected.USD) {
  throw new Error(`totals disagree: ${bag.toString()} vs ${String(expected.VND)} VND, ${String(expected.USD)} USD`);
}
if (sum(vndMoneys).toMinorUnits() !== baselineOneCurrency()) throw new Error("VND totals disagree");

const results = [
  compare({
    name: `MoneyBag.from: 2×${N.toLocaleString("en")} Money (VND+USD) vs BigInt loop`,
    baseline: { name: "BigInt minor units per currency", fn: baselineByCurrency },
    candidate: { name: "MoneyBag.from", fn: () => MoneyBag.from(moneys) },
    target: 2,
    runs: 11,
    warmup: 3,
  }),
  compare({
    name: `sum: ${N.toLocaleString("en")} VND Money vs BigInt loop`,
    baseline: { name: "BigInt minor units", fn: baselineOneCurrency },
    candidate: { name: "sum", fn: () => sum(vndMoneys) },
    target: 2,
    runs: 11,
    warmup: 3,
  }),
];
keep();
console.log(`input prepared outside the timed runs: ${wire.length.toLocaleString("en")} wire records parsed once into`);
console.log("Money (library) and { minor: bigint, currency } (baseline); only summing is timed");
const ok = printResults("money: exact sums per currency", results);
process.exitCode = ok ? 0 : 1;

/**
 * Validate + summarize of a mixed set of every record kind, as a ratio
 * against the tight limit of each kind in the same run (issue #18's last
 * target, ≤ 3× on CPU time).
 *
 * Records: 1,000,000 seeded wire records of the 17 members of Cluster II,
 * 40% delegations and 15% each of international agreements, consular
 * cases, ODA projects and NGO projects (`_delegations.ts`, `_kinds.ts`),
 * their days spread in and out of the report's half-year (2024-H1). Each
 * kind's records go through `JSON.parse(JSON.stringify(…))` once before
 * anything is timed, as records read from a file or a request body are.
 * `MIXED_BENCH_N` changes the number of records.
 *
 * - Candidate: `parseBatch` of each kind's schema, then one `summarize` of
 *   all five buckets for 2024-H1.
 * - Baseline: the tight passes, one per kind (`_tight.ts` for delegations,
 *   `_tight-kinds.ts` for the others): hand-written, character-code checks,
 *   BigInt minor units, nested maps member → half-year → figures.
 *
 * Before anything is timed, every batch must be all valid, every tight pass
 * must refuse nothing, and every figure of every member must agree between
 * `summarize` and the tight passes (the delegations' figures that
 * `tightPass` computes: outgoing, incoming, cancelled, people, cost in VND
 * and USD; every figure of the other kinds). Target ≤ 3× on CPU time; the
 * wall-clock ratio is printed for reference. Then, for where the time goes,
 * each kind on its own: its `parseBatch` + `summarize` of its bucket against
 * its tight pass (no target).
 */
import {
  BUILT_IN_CONSULAR_CASE_TYPES,
  ConsularCaseSchema,
  DelegationSchema,
  type Figure,
  InternationalAgreementSchema,
  type MoneyBag,
  NgoProjectSchema,
  OdaProjectSchema,
  parseBatch,
  parsePeriod,
  periodRange,
  registerConsularCaseType,
  type Summary,
  summarize,
} from "../src/index.js";
import { CLUSTER_II_JSON } from "../src/samples/index.js";
import { delegationGenerator } from "./_delegations.js";
import { compare, keep, printResults, type Result } from "./_harness.js";
import {
  agreementGenerator,
  consularCaseGenerator,
  ngoProjectGenerator,
  odaProjectGenerator,
  REGISTERED_CASE_TYPE,
} from "./_kinds.js";
import { tightPass } from "./_tight.js";
import {
  ACTIVITY_STATUSES,
  CURRENCY_CODES,
  type Sums,
  tightAgreements,
  tightConsularCases,
  tightNgoProjects,
  tightOdaProjects,
} from "./_tight-kinds.js";

const N = Number(process.env.MIXED_BENCH_N ?? 1_000_000);
const members = CLUSTER_II_JSON.years[0]?.members ?? [];
const OPTIONS = { period: "2024-H1" } as const;
const PERIOD = periodRange(parsePeriod(OPTIONS.period));
if (PERIOD.start !== "2024-01-01" || PERIOD.end !== "2024-06-30") throw new Error("unexpected period");

registerConsularCaseType(REGISTERED_CASE_TYPE);
const CASE_TYPES = new Set<string>([...BUILT_IN_CONSULAR_CASE_TYPES, REGISTERED_CASE_TYPE]);

/** `n` records of a generator, through JSON once. */
function wireOf<T>(next: () => T, n: number): unknown[] {
  const generated: T[] = [];
  for (let i = 0; i < n; i++) generated.push(next());
  return JSON.parse(JSON.stringify(generated)) as unknown[];
}

const counts = {
  delegations: Math.round(N * 0.4),
  agreements: Math.round(N * 0.15),
  consularCases: Math.round(N * 0.15),
  odaProjects: Math.round(N * 0.15),
  ngoProjects: 0,
};
counts.ngoProjects = N - counts.delegations - counts.agreements - counts.consularCases - counts.odaProjects;

const wire = {
  delegations: wireOf(
    delegationGenerator({
      seed: 0x2024_0701,
      members,
      startDays: 366, // the whole of 2024: half of them in the period
      completed: 0.9,
      otherStatus: "cancelled",
      partners: true,
    }),
    counts.delegations,
  ),
  agreements: wireOf(agreementGenerator({ seed: 0x2024_0702, members }), counts.agreements),
  consularCases: wireOf(consularCaseGenerator({ seed: 0x2024_0703, members }), counts.consularCases),
  odaProjects: wireOf(odaProjectGenerator({ seed: 0x2024_0704, members }), counts.odaProjects),
  ngoProjects: wireOf(ngoProjectGenerator({ seed: 0x2024_0705, members }), counts.ngoProjects),
};
(globalThis as { gc?: () => void }).gc?.();

// ── the two sides ───────────────────────────────────────────────────────────

const parsers = {
  delegations: () => parseBatch(DelegationSchema, wire.delegations),
  agreements: () => parseBatch(InternationalAgreementSchema, wire.agreements),
  consularCases: () => parseBatch(ConsularCaseSchema, wire.consularCases),
  odaProjects: () => parseBatch(OdaProjectSchema, wire.odaProjects),
  ngoProjects: () => parseBatch(NgoProjectSchema, wire.ngoProjects),
};

function library(): Summary {
  return summarize(
    {
      delegations: parsers.delegations().values,
      agreements: parsers.agreements().values,
      consularCases: parsers.consularCases().values,
      odaProjects: parsers.odaProjects().values,
      ngoProjects: parsers.ngoProjects().values,
    },
    OPTIONS,
  );
}

const tight = {
  delegations: () => tightPass(wire.delegations, PERIOD),
  agreements: () => tightAgreements(wire.agreements, PERIOD),
  consularCases: () => tightConsularCases(wire.consularCases, PERIOD, CASE_TYPES),
  odaProjects: () => tightOdaProjects(wire.odaProjects, PERIOD),
  ngoProjects: () => tightNgoProjects(wire.ngoProjects, PERIOD),
};

function tightAll() {
  return {
    delegations: tight.delegations(),
    agreements: tight.agreements(),
    consularCases: tight.consularCases(),
    odaProjects: tight.odaProjects(),
    ngoProjects: tight.ngoProjects(),
  };
}

// ── every figure of every member must agree before anything is timed ───────

function count(figure: Figure | undefined): string {
  if (figure === undefined) return "missing";
  return figure.qualifier === "exact" ? figure.toString() : `${figure.qualifier} ${figure.toString()}`;
}

/** The bag's totals in minor units, by currency code. */
function bagOf(total: { readonly qualifier: string; readonly amounts: MoneyBag } | undefined): string {
  if (total === undefined || total.qualifier !== "exact") return "missing";
  return total.amounts
    .currencies()
    .map((c) => `${c}:${total.amounts.get(c).toMinorUnits()}`)
    .join(",");
}

function sumsOf(sums: Sums | undefined): string {
  const out: string[] = [];
  CURRENCY_CODES.forEach((code, slot) => {
    const units = sums?.[slot];
    if (units !== undefined) out.push(`${code}:${units}`);
  });
  return out.sort().join(",");
}

function agree(member: string, what: string, library: string, hand: string): void {
  if (library !== hand) throw new Error(`${member} ${what}: summarize says ${library}, the tight pass ${hand}`);
}

function check(summary: Summary, t: ReturnType<typeof tightAll>): void {
  const key = "2024-H1";
  for (const [name, result] of Object.entries(t))
    if (result.invalid !== 0) throw new Error(`the tight pass of ${name} refused ${result.invalid} records`);
  const reported = new Set(summary.reports.map((r) => r.member));
  for (const result of Object.values(t))
    for (const member of result.groups.keys())
      if (!reported.has(member)) throw new Error(`${member} has figures in a tight pass but no report`);
  for (const report of summary.reports) {
    const m = report.member;
    const f = report.figures;

    const d = t.delegations.groups.get(m)?.get(key);
    const dl = f.delegations;
    agree(m, "delegations.outgoing", count(dl?.outgoing), String(d?.outgoing ?? 0));
    agree(m, "delegations.incoming", count(dl?.incoming), String(d?.incoming ?? 0));
    agree(m, "delegations.cancelled", count(dl?.cancelled), String(d?.cancelled ?? 0));
    agree(m, "delegations.people", count(dl?.people), String(d?.people ?? 0n));
    // tightPass keeps VND and USD (the only currencies of the generated costs).
    const cost = dl?.cost?.amounts;
    agree(m, "delegations.cost.VND", String(cost?.get("VND").toMinorUnits() ?? 0n), String(d?.vnd ?? 0n));
    agree(m, "delegations.cost.USD", String(cost?.get("USD").toMinorUnits() ?? 0n), String(d?.usd ?? 0n));
    if (cost?.currencies().some((c) => c !== "VND" && c !== "USD"))
      throw new Error(`${m}: a delegation cost in a currency tightPass does not keep`);

    const a = t.agreements.groups.get(m)?.get(key);
    agree(m, "agreements.new", count(f.agreements?.new), String(a?.new ?? 0));
    agree(m, "agreements.inForce", count(f.agreements?.inForce), String(a?.inForce ?? 0));

    const c = t.consularCases.groups.get(m)?.get(key);
    const cl = f.consular;
    agree(m, "consular.consularCases", count(cl?.consularCases), String(c?.consular ?? 0));
    agree(m, "consular.citizenProtection", count(cl?.citizenProtection), String(c?.citizenProtection ?? 0));
    agree(m, "consular.abtcApplications", count(cl?.abtcApplications), String(c?.abtc ?? 0));
    agree(
      m,
      "consular.other",
      Object.entries(cl?.other ?? {})
        .map(([type, figure]) => `${type}:${count(figure)}`)
        .join(","),
      [...(c?.other ?? new Map<string, number>())]
        .sort(([x], [y]) => (x < y ? -1 : 1))
        .map(([type, n]) => `${type}:${n}`)
        .join(","),
    );

    const o = t.odaProjects.groups.get(m)?.get(key);
    const ol = f.oda;
    agree(m, "oda.projects", count(ol?.projects), String(o?.projects ?? 0));
    agree(
      m,
      "oda.byStatus",
      Object.entries(ol?.byStatus ?? {})
        .map(([status, figure]) => `${status}:${count(figure)}`)
        .join(","),
      ACTIVITY_STATUSES.flatMap((status, i) => (o?.byStatus[i] ? [`${status}:${o.byStatus[i]}`] : [])).join(","),
    );
    agree(m, "oda.capital", bagOf(ol?.capital), sumsOf(o?.capital));
    agree(m, "oda.completed", count(ol?.completed), String(o?.completed ?? 0));
    agree(m, "oda.completedCapital", bagOf(ol?.completedCapital), sumsOf(o?.completedCapital));
    agree(m, "oda.commitments", bagOf(ol?.commitments), sumsOf(o?.commitments));
    agree(m, "oda.disbursements", bagOf(ol?.disbursements), sumsOf(o?.disbursements));

    const n = t.ngoProjects.groups.get(m)?.get(key);
    const nl = f.ngo;
    agree(m, "ngo.projects", count(nl?.projects), String(n?.projects ?? 0));
    agree(m, "ngo.committed", bagOf(nl?.committed), sumsOf(n?.committed));
    agree(m, "ngo.disbursements", bagOf(nl?.disbursements), sumsOf(n?.disbursements));
    const keys: string[] = [];
    for (const [country, names] of n?.donors ?? []) for (const name of names) keys.push(`${country}:${name}`);
    keys.sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
    agree(m, "ngo.donors", count(nl?.donors), String(keys.length));
    agree(m, "ngo.donorKeys", JSON.stringify(nl?.donorKeys ?? []), JSON.stringify(keys));
  }
}

{
  for (const [name, parse] of Object.entries(parsers)) {
    const batch = parse();
    if (batch.invalid.length !== 0)
      throw new Error(`${batch.invalid.length} generated ${name} are invalid: ${JSON.stringify(batch.invalid[0])}`);
  }
  const summary = library();
  check(summary, tightAll());
  const placed = summary.records;
  console.log(
    `\nmixed: ${N.toLocaleString("en")} wire records (${Object.entries(counts)
      .map(([k, n]) => `${n.toLocaleString("en")} ${k}`)
      .join(", ")}); ${placed.counted.toLocaleString("en")} counted in 2024-H1, ` +
      `${placed.outsidePeriod.toLocaleString("en")} outside it; ${summary.reports.length} member reports agree figure by figure`,
  );
}

// ── timed ───────────────────────────────────────────────────────────────────

const results: Result[] = [
  compare({
    name: `parseBatch + summarize: ${N.toLocaleString("en")} mixed wire records vs the tight limit`,
    baseline: { name: "tight limit: one hand-written pass per kind", fn: tightAll },
    candidate: { name: "parseBatch of each kind + one summarize", fn: library },
    target: 3,
    runs: 5,
    warmup: 1,
  }),
];
keep();
const ok = printResults("mixed: validate + summarize of every record kind", results);
const all = results[0] as Result;
console.log(
  `  CPU ${all.candidateMs.toFixed(0)} ms vs ${all.baselineMs.toFixed(0)} ms (${all.ratio.toFixed(2)}×); ` +
    `wall clock ${(all.wallRatio ?? Number.NaN).toFixed(2)}×`,
);

if (process.env.MIXED_BENCH_KINDS !== "0") {
  console.log("\nmixed: each kind on its own, parseBatch + summarize of its bucket vs its tight pass (CPU time)");
  for (const name of Object.keys(parsers) as (keyof typeof parsers)[]) {
    const r = compare({
      name,
      baseline: { name: "tight pass", fn: tight[name] },
      candidate: {
        name: "parseBatch + summarize",
        fn: () => summarize({ [name]: parsers[name]().values }, OPTIONS),
      },
      target: Number.POSITIVE_INFINITY,
      runs: 5,
      warmup: 1,
    });
    console.log(
      `  ${name.padEnd(16)} ${counts[name].toLocaleString("en").padStart(9)} records  ratio ${r.ratio.toFixed(2)}×  ` +
        `[${r.candidateMs.toFixed(0)} ms vs tight ${r.baselineMs.toFixed(0)} ms; wall ${(r.wallRatio ?? Number.NaN).toFixed(2)}×]`,
    );
  }
  keep();
}
process.exitCode = ok ? 0 : 1;

/**
 * `parseBatch` of every record kind against a plain `z.object` of the same
 * shape (`_plain.ts`: the same objects, arrays, strings, enums and bounds as
 * zod's own constructors write them, amounts decoded to `Money` by
 * `MoneySchema`, days by a pattern; no domain rule, no calendar check, no
 * coded issue, no hostile-input guard: what the library adds over zod), in
 * the same run, each building the same batch result; target ≤ 0.7× for every
 * kind. And the cost of 1% invalid delegations against all-valid ones,
 * target ≤ 1.1×.
 *
 * Records: 1,000,000 seeded delegations; for the other kinds, their valid
 * fixtures repeated to 200,000 records. Every side gets the same wire
 * records, generated (and passed through `JSON.parse` once, as records read
 * from a file are) before anything is timed; the counts of valid records
 * must agree first.
 *
 * Runs: each case runs once untimed and three times timed (fewer runs, never
 * fewer records).
 */
import type { z } from "zod";
import {
  ConsularCaseSchema,
  type DelegationInput,
  DelegationSchema,
  InternationalAgreementSchema,
  NgoProjectSchema,
  OdaProjectSchema,
  parseBatch,
} from "../src/index.js";
import { validFixtures } from "../test/fuzz/_hostile.js";
import { delegationGenerator } from "./_delegations.js";
import { compare, keep, printResults, type Result } from "./_harness.js";
import { plainOf } from "./_plain.js";

const N = 1_000_000;
const N_OTHER = 200_000;

// Seeded records of five members across 2024.
const delegation = delegationGenerator({
  seed: 0x2024_0630,
  members: [
    "so-ngoai-vu-hai-phong",
    "so-ngoai-vu-ha-noi",
    "vp-ubnd-bac-ninh",
    "vp-ubnd-hung-yen",
    "so-ngoai-vu-phu-tho",
  ],
  startDays: 358,
  completed: 0.9,
  otherStatus: "planned",
  partners: true,
});

const generated: DelegationInput[] = [];
for (let i = 0; i < N; i++) generated.push(delegation());
const allValid: DelegationInput[] = JSON.parse(JSON.stringify(generated));
generated.length = 0;
// 1% invalid: every hundredth record ends before it starts, has an unknown direction, or a float amount.
const onePercentInvalid: unknown[] = allValid.map((record, i) => {
  if (i % 100 !== 99) return record;
  const kind = (i / 100) % 3;
  if (kind < 1) return { ...record, end: "2023-12-31" };
  if (kind < 2) return { ...record, direction: "sideways" };
  return { ...record, cost: { amount: 1576566000000.5, currency: "VND" } };
});

interface Batch {
  valid: { index: number; value: unknown }[];
  invalid: { index: number; issues: unknown[] }[];
}

function plainBatch(inputs: readonly unknown[], schema: z.ZodType): Batch {
  const out: Batch = { valid: [], invalid: [] };
  for (let i = 0; i < inputs.length; i++) {
    const result = schema.safeParse(inputs[i]);
    if (result.success) out.valid.push({ index: i, value: result.data });
    else out.invalid.push({ index: i, issues: result.error.issues });
  }
  return out;
}

/** A kind's valid fixtures repeated to `n` records, each its own object. */
function repeated(file: Parameters<typeof validFixtures>[0], n: number): unknown[] {
  const records = validFixtures(file);
  const text = JSON.stringify(Array.from({ length: n }, (_, i) => records[i % records.length]));
  return JSON.parse(text) as unknown[];
}

const kinds: { name: string; schema: z.ZodType; records: readonly unknown[] }[] = [
  { name: "delegations", schema: DelegationSchema, records: allValid },
  {
    name: "international agreements",
    schema: InternationalAgreementSchema,
    records: repeated("international-agreement", N_OTHER),
  },
  { name: "consular cases", schema: ConsularCaseSchema, records: repeated("consular-case", N_OTHER) },
  { name: "ODA projects", schema: OdaProjectSchema, records: repeated("oda-project", N_OTHER) },
  { name: "NGO projects", schema: NgoProjectSchema, records: repeated("ngo-project", N_OTHER) },
];

// The sides must agree on what they accept before anything is timed.
// Only the counts are kept, so the check's results do not weigh on the timed runs' garbage collection.
for (const kind of kinds) {
  const plain = plainOf(kind.schema as never);
  const counts = [parseBatch(kind.schema, kind.records).invalid.length, plainBatch(kind.records, plain).invalid.length];
  if (counts.some((c) => c !== 0)) throw new Error(`${kind.name}: invalid counts ${counts.join(", ")}, expected none`);
}
{
  const invalid = parseBatch(DelegationSchema, onePercentInvalid).invalid.length;
  if (invalid !== N / 100) throw new Error(`expected ${N / 100} invalid, got ${invalid}`);
}
(globalThis as { gc?: () => void }).gc?.();

const runs = { runs: 3, warmup: 1 };
const results: Result[] = kinds.map((kind) => {
  const plain = plainOf(kind.schema as never);
  return compare({
    name: `parseBatch ${kind.records.length.toLocaleString("en")} ${kind.name} vs plain z.object`,
    baseline: { name: "plain z.object safeParse loop", fn: () => plainBatch(kind.records, plain) },
    candidate: { name: "parseBatch", fn: () => parseBatch(kind.schema, kind.records) },
    target: 0.7,
    ...runs,
  });
});
results.push(
  compare({
    name: `parseBatch with 1% invalid vs all valid (1,000,000 delegations)`,
    baseline: { name: "all valid", fn: () => parseBatch(DelegationSchema, allValid) },
    candidate: { name: "1% invalid", fn: () => parseBatch(DelegationSchema, onePercentInvalid) },
    target: 1.1,
    ...runs,
  }),
);
keep();
process.exitCode = printResults("entities: parseBatch of every record kind", results) ? 0 : 1;

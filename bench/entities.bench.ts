/**
 * `parseBatch` of 1,000,000 delegation records, as ratios in the same run
 * against:
 *
 * (a) a plain `z.object` with the same fields: the same shapes, regular
 *     expressions, enums and bounds, and the cost decoded to `Money` by the
 *     money module's `MoneySchema` (an amount is a Money in both), but no
 *     hostile-input guard, no calendar check of the dates, no country list,
 *     no end ≥ start, no coded issues: what the library adds over zod;
 * (a') the same plain `z.object` with the cost left as wire strings (no
 *     decoding at all), for reference;
 * (b) a hand-written validator doing the same checks as the library with the
 *     library's primitives (`isCalendarDate`, `isCountryCode`, `Money.of`,
 *     end ≥ start);
 *
 * and the cost of 1% invalid input against all-valid input.
 *
 * Fairness: every side gets the same wire records, generated before anything
 * is timed, and builds the same batch result (`{ valid: [{ index, value }],
 * invalid: [{ index, issues }] }`). The counts of valid records must agree
 * before anything is timed.
 *
 * Runs: 1,000,000 records per run is a few seconds on two cores, so each case
 * runs once untimed and three times timed (fewer runs, never fewer records).
 */
import { z } from "zod";
import {
  type DelegationInput,
  DelegationSchema,
  isCalendarDate,
  isCountryCode,
  Money,
  MoneySchema,
  parseBatch,
} from "../src/index.js";
import { delegationGenerator, LEVELS } from "./_delegations.js";
import { compare, keep, printResults } from "./_harness.js";

const N = 1_000_000;

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

const allValid: DelegationInput[] = [];
for (let i = 0; i < N; i++) allValid.push(delegation());
// 1% invalid: every hundredth record ends before it starts, has an unknown direction, or a float amount.
const onePercentInvalid: unknown[] = allValid.map((record, i) => {
  if (i % 100 !== 99) return record;
  const kind = (i / 100) % 3;
  if (kind < 1) return { ...record, end: "2023-12-31" };
  if (kind < 2) return { ...record, direction: "sideways" };
  return { ...record, cost: { amount: 1576566000000.5, currency: "VND" } };
});

// (a) A plain z.object with the same fields; (a') the same with the cost as wire strings.
const DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}:?\d{2}))?$/;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const AMOUNT = /^-?\d+(\.\d+)?$/;
const plainFields = {
  id: z.string().min(1).max(128).optional(),
  member: z.string().max(64).regex(ID),
  direction: z.enum(["outgoing", "incoming"]),
  start: z.string().regex(DATE),
  end: z.string().regex(DATE),
  countries: z
    .array(z.string().regex(/^[A-Z]{2}$/))
    .min(1)
    .max(50),
  partners: z.array(z.string().trim().min(1).max(500)).max(100).optional(),
  ledBy: z.enum([
    "party-secretary",
    "people-committee-chair",
    "people-committee-vice-chair",
    "department-head",
    "other",
  ]),
  headcount: z.int().min(1).max(10_000),
  purpose: z.string().trim().min(1).max(5000),
  status: z.enum(["planned", "completed", "cancelled"]),
};
const PlainDelegation = z.object({ ...plainFields, cost: MoneySchema.optional() });
const WireDelegation = z.object({
  ...plainFields,
  cost: z.object({ amount: z.string().max(1000).regex(AMOUNT), currency: z.string().regex(/^[A-Z]{3}$/) }).optional(),
});

interface Batch {
  valid: { index: number; value: unknown }[];
  invalid: { index: number; issues: unknown[] }[];
}

function plainBatch(inputs: readonly unknown[], schema: z.ZodType = PlainDelegation): Batch {
  const out: Batch = { valid: [], invalid: [] };
  for (let i = 0; i < inputs.length; i++) {
    const result = schema.safeParse(inputs[i]);
    if (result.success) out.valid.push({ index: i, value: result.data });
    else out.invalid.push({ index: i, issues: result.error.issues });
  }
  return out;
}

// (b) A hand-written validator doing the library's checks with its primitives.
const DIRECTIONS = new Set(["outgoing", "incoming"]);
const LEVEL_SET = new Set<string>(LEVELS);
const STATUSES = new Set(["planned", "completed", "cancelled"]);
const CURRENCY = /^[A-Z]{3}$/;
function isText(v: unknown, max: number): v is string {
  return typeof v === "string" && v.trim().length >= 1 && v.length <= max;
}
function handValidate(r: unknown): string[] {
  const issues: string[] = [];
  if (typeof r !== "object" || r === null || Array.isArray(r)) return ["type"];
  const o = r as Record<string, unknown>;
  if (o.id !== undefined && !isText(o.id, 128)) issues.push("id");
  if (typeof o.member !== "string" || o.member.length > 64 || !ID.test(o.member)) issues.push("member");
  if (!DIRECTIONS.has(o.direction as string)) issues.push("direction");
  const startOk = typeof o.start === "string" && o.start.length === 10 && isCalendarDate(o.start);
  const endOk = typeof o.end === "string" && o.end.length === 10 && isCalendarDate(o.end);
  if (!startOk) issues.push("start");
  if (!endOk) issues.push("end");
  const c = o.countries;
  if (!Array.isArray(c) || c.length < 1 || c.length > 50 || !c.every((x) => isCountryCode(x))) issues.push("countries");
  const p = o.partners;
  if (p !== undefined && (!Array.isArray(p) || p.length > 100 || !p.every((x) => isText(x, 500))))
    issues.push("partners");
  if (!LEVEL_SET.has(o.ledBy as string)) issues.push("ledBy");
  const h = o.headcount;
  if (typeof h !== "number" || !Number.isSafeInteger(h) || h < 1 || h > 10_000) issues.push("headcount");
  if (!isText(o.purpose, 5000)) issues.push("purpose");
  const cost = o.cost as Record<string, unknown> | undefined;
  if (
    cost !== undefined &&
    (typeof cost !== "object" ||
      cost === null ||
      typeof cost.amount !== "string" ||
      cost.amount.length > 1000 ||
      !AMOUNT.test(cost.amount) ||
      typeof cost.currency !== "string" ||
      !CURRENCY.test(cost.currency))
  )
    issues.push("cost");
  if (!STATUSES.has(o.status as string)) issues.push("status");
  if (startOk && endOk && (o.end as string) < (o.start as string)) issues.push("end before start");
  return issues;
}
function handBatch(inputs: readonly unknown[]): Batch {
  const out: Batch = { valid: [], invalid: [] };
  for (let i = 0; i < inputs.length; i++) {
    const input = inputs[i] as Record<string, unknown>;
    const issues = handValidate(input);
    if (issues.length === 0) {
      const cost = input.cost as { amount: string; currency: string } | undefined;
      let money: Money | undefined;
      try {
        money = cost === undefined ? undefined : Money.of(cost.amount, cost.currency);
      } catch {
        out.invalid.push({ index: i, issues: ["cost"] });
        continue;
      }
      out.valid.push({ index: i, value: money === undefined ? { ...input } : { ...input, cost: money } });
    } else out.invalid.push({ index: i, issues });
  }
  return out;
}

// The sides must agree on what they accept before anything is timed.
// Only the counts are kept, so the check's results do not weigh on the timed runs' garbage collection.
const validCounts = [
  parseBatch(DelegationSchema, allValid).valid.length,
  plainBatch(allValid).valid.length,
  plainBatch(allValid, WireDelegation).valid.length,
  handBatch(allValid).valid.length,
];
if (validCounts.some((count) => count !== N)) throw new Error(`valid counts disagree: ${validCounts.join(", ")}`);
const invalidCounts = [
  parseBatch(DelegationSchema, onePercentInvalid).invalid.length,
  handBatch(onePercentInvalid).invalid.length,
];
if (invalidCounts.some((count) => count !== N / 100))
  throw new Error(`expected ${N / 100} invalid, got ${invalidCounts.join(", ")}`);
(globalThis as { gc?: () => void }).gc?.();

const runs = { runs: 3, warmup: 1 };
const results = [
  compare({
    name: `parseBatch 1,000,000 delegations vs plain z.object (Money cost)`,
    baseline: { name: "plain z.object safeParse loop", fn: () => plainBatch(allValid) },
    candidate: { name: "parseBatch(DelegationSchema)", fn: () => parseBatch(DelegationSchema, allValid) },
    target: 1.3,
    ...runs,
  }),
  compare({
    name: `parseBatch 1,000,000 delegations vs plain z.object, wire strings`,
    baseline: { name: "plain z.object, cost not decoded", fn: () => plainBatch(allValid, WireDelegation) },
    candidate: { name: "parseBatch(DelegationSchema)", fn: () => parseBatch(DelegationSchema, allValid) },
    target: 2,
    ...runs,
  }),
  compare({
    name: `parseBatch 1,000,000 delegations vs hand-written validator`,
    baseline: { name: "hand-written validator, same checks", fn: () => handBatch(allValid) },
    candidate: { name: "parseBatch(DelegationSchema)", fn: () => parseBatch(DelegationSchema, allValid) },
    target: 12,
    ...runs,
  }),
  compare({
    name: `parseBatch with 1% invalid vs all valid (1,000,000)`,
    baseline: { name: "all valid", fn: () => parseBatch(DelegationSchema, allValid) },
    candidate: { name: "1% invalid", fn: () => parseBatch(DelegationSchema, onePercentInvalid) },
    target: 1.1,
    ...runs,
  }),
];
keep();
process.exitCode = printResults("entities: parseBatch of 1,000,000 delegation records", results) ? 0 : 1;

/**
 * Seeded wire delegations for the benches: the same plausible records on every
 * run (mulberry32), generated before anything is timed.
 */
import type { DelegationInput } from "../src/index.js";

/** A deterministic pseudo-random source in [0, 1) (mulberry32). */
export function mulberry32(initial: number): () => number {
  let seed = initial;
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COUNTRIES = ["KR", "JP", "CN", "LA", "KH", "TH", "FR", "DE", "US", "AU", "SG", "IN"];
/** The led-by levels a delegation may name. */
export const LEVELS = [
  "party-secretary",
  "people-committee-chair",
  "people-committee-vice-chair",
  "department-head",
  "other",
] as const;
const PURPOSES = [
  "Trade and investment promotion",
  "Sister-city anniversary",
  "Courtesy call",
  "Education cooperation",
];

function day(dayOfYear: number): string {
  return new Date(Date.UTC(2024, 0, 1 + dayOfYear)).toISOString().slice(0, 10);
}

/** What varies between benches. */
export interface DelegationGenerator {
  readonly seed: number;
  /** Member ids to draw from. */
  readonly members: readonly string[];
  /** Start days are drawn from day 0 (1 January 2024) up to, not including, this day of 2024. */
  readonly startDays: number;
  /** Probability of "completed"; otherwise the `otherStatus`. */
  readonly completed: number;
  readonly otherStatus: "cancelled" | "planned";
  /** Whether 30% of records name partner organisations. */
  readonly partners: boolean;
}

/** A function that returns the next seeded wire delegation. */
export function delegationGenerator(g: DelegationGenerator): () => DelegationInput {
  const random = mulberry32(g.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  // Two different countries (a country listed twice is refused: DUPLICATE_ID).
  const twoCountries = (): string[] => {
    const first = Math.floor(random() * COUNTRIES.length);
    const second = (first + 1 + Math.floor(random() * (COUNTRIES.length - 1))) % COUNTRIES.length;
    return [COUNTRIES[first] as string, COUNTRIES[second] as string];
  };
  return () => {
    const start = Math.floor(random() * g.startDays);
    // The draws in the same order as ever (fields, partners, cost), so the same seed gives the same records.
    const fields = {
      member: pick(g.members),
      direction: random() < 0.53 ? "outgoing" : "incoming",
      start: day(start),
      end: day(start + Math.floor(random() * 7)),
      countries: random() < 0.8 ? [pick(COUNTRIES)] : twoCountries(),
      ledBy: pick(LEVELS),
      headcount: 1 + Math.floor(random() * 20),
      purpose: pick(PURPOSES),
      status: random() < g.completed ? "completed" : g.otherStatus,
    } satisfies DelegationInput;
    const partners = g.partners && random() < 0.3 ? ["Provincial government", "Chamber of commerce"] : undefined;
    const cost: DelegationInput["cost"] =
      random() < 0.6
        ? random() < 0.7
          ? { amount: String(Math.floor(random() * 900_000) * 1000), currency: "VND" }
          : {
              amount: `${Math.floor(random() * 90_000)}.${String(Math.floor(random() * 100)).padStart(2, "0")}`,
              currency: "USD",
            }
        : undefined;
    const record: DelegationInput = {
      ...fields,
      ...(partners === undefined ? {} : { partners }),
      ...(cost === undefined ? {} : { cost }),
    };
    return record;
  };
}

/**
 * 100,000 generated records (seeded: the same every run) for the oracle
 * test, as wire JSON. Built to hit what goes wrong in backends: days on the
 * cut-off edges of both conventions (14/15 June, 14/15 December, 30 June /
 * 1 July, 31 December / 1 January), instants a second either side of
 * midnight in Vietnam written with `Z`, `+07:00` and other offsets, VND and
 * USD amounts with cents, totals past 2^53 đồng.
 */
import type {
  ConsularCaseInput,
  DelegationInput,
  InternationalAgreementInput,
  NgoProjectInput,
  OdaProjectInput,
} from "ngoaivu";

/** mulberry32: a small seeded PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The generated records by kind. */
export interface Generated {
  readonly delegations: DelegationInput[];
  readonly agreements: InternationalAgreementInput[];
  readonly consularCases: ConsularCaseInput[];
  readonly odaProjects: OdaProjectInput[];
  readonly ngoProjects: NgoProjectInput[];
}

const COUNTRIES = ["KR", "JP", "CN", "US", "LA", "KH", "TH", "DE", "FR", "AU", "IN", "SG", "GB", "RU", "CU"] as const;
const LEVELS = [
  "party-secretary",
  "people-committee-chair",
  "people-committee-vice-chair",
  "department-head",
  "other",
] as const;
const EDGE_MONTH_DAYS = ["12-14", "12-15", "12-31", "01-01", "06-14", "06-15", "06-30", "07-01"] as const;

const pad = (n: number, w = 2): string => String(n).padStart(w, "0");

function dayNumber(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;
}

function dateOf(day: number): string {
  const d = new Date(day * 86_400_000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** Adds days to a `YYYY-MM-DD` day (UTC arithmetic on a calendar day: no time zone involved). */
export function addDays(date: string, n: number): string {
  return dateOf(dayNumber(date) + n);
}

export function generate(seed: number, total: number, members: readonly string[]): Generated {
  const rnd = prng(seed);
  const int = (lo: number, hi: number): number => lo + Math.floor(rnd() * (hi - lo + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const digits = (n: number): string => {
    let s = String(int(1, 9));
    for (let i = 1; i < n; i++) s += String(int(0, 9));
    return s;
  };

  const FIRST = dayNumber("2023-10-01");
  const LAST = dayNumber("2025-03-31");
  /** A day: a third on a cut-off edge, the rest anywhere from October 2023 to March 2025. */
  const day = (): string => {
    if (rnd() < 0.35) return `${pick(["2023", "2024", "2025"])}-${pick(EDGE_MONTH_DAYS)}`;
    return dateOf(int(FIRST, LAST));
  };
  /**
   * A day or, one time in four, an instant near Vietnam's midnight before or
   * after that day, in one of several spellings. Its Vietnam day is within a
   * day of `d`; which one is for the library and PostgreSQL to work out.
   */
  const dayOrInstant = (d: string): string => {
    if (rnd() < 0.75) return d;
    const before = addDays(d, -1);
    switch (int(0, 7)) {
      case 0:
        return `${d}T00:00:00+07:00`; // midnight in Hanoi: the day itself
      case 1:
        return `${before}T23:59:59.999+07:00`; // the last instant of the day before
      case 2:
        return `${before}T17:00:00Z`; // = d 00:00 in Hanoi
      case 3:
        return `${before}T16:59:59Z`; // = the day before, 23:59:59 in Hanoi
      case 4:
        return `${d}T16:59:59.5Z`; // still d in Hanoi
      case 5:
        return `${d}T17:00:00.000001Z`; // the next day in Hanoi, by a microsecond
      case 6:
        return `${before}T12:00:00-05:00`; // = d 00:00 in Hanoi
      default:
        return `${d}T00:30:00+0900`; // = the day before, 22:30 in Hanoi
    }
  };
  const vnd = (lo: number, hi: number): string => digits(int(lo, hi));
  const usd = (lo: number, hi: number): string => `${digits(int(lo, hi))}.${pad(int(0, 99))}`;
  const amount = (vndDigits: [number, number], usdDigits: [number, number]) =>
    rnd() < 0.55 ? { amount: vnd(...vndDigits), currency: "VND" } : { amount: usd(...usdDigits), currency: "USD" };

  const out: Generated = { delegations: [], agreements: [], consularCases: [], odaProjects: [], ngoProjects: [] };
  const n = {
    delegations: Math.round(total * 0.55),
    agreements: Math.round(total * 0.08),
    consularCases: Math.round(total * 0.2),
    odaProjects: Math.round(total * 0.05),
  };
  const ngoCount = total - n.delegations - n.agreements - n.consularCases - n.odaProjects;

  for (let i = 0; i < n.delegations; i++) {
    const d = day();
    const cost = rnd() < 0.8 ? amount([7, 10], [3, 6]) : undefined;
    const countries = new Set<string>();
    const k = int(1, 3);
    while (countries.size < k) countries.add(pick(COUNTRIES));
    out.delegations.push({
      id: `g-dl-${i}`,
      member: pick(members),
      direction: rnd() < 0.53 ? "outgoing" : "incoming",
      start: dayOrInstant(d),
      end: addDays(d, int(1, 12)),
      countries: [...countries] as DelegationInput["countries"],
      ledBy: pick(LEVELS),
      headcount: int(1, 40),
      purpose: "Hợp tác\tkinh tế \\ thương mại\n(generated)",
      status: rnd() < 0.05 ? "cancelled" : rnd() < 0.1 ? "planned" : "completed",
      ...(cost === undefined ? {} : { cost }),
    });
  }

  for (let i = 0; i < n.agreements; i++) {
    const signed = day();
    const effective = rnd() < 0.4 ? addDays(signed, int(1, 90)) : undefined;
    const from = effective ?? addDays(signed, 1);
    const expiry = rnd() < 0.5 ? addDays(from, int(0, 900)) : undefined;
    const terminatedStatus = rnd() < 0.1;
    out.agreements.push({
      id: `g-tt-${i}`,
      member: pick(members),
      title: `Thỏa thuận hợp tác số ${i}`,
      form: pick(["agreement", "memorandum-of-understanding", "letter-of-intent", "cooperation-plan"] as const),
      signatory: pick(["provincial-people-committee", "department"] as const),
      foreignParties: [{ kind: "foreign-locality", name: `Partner "${i}"`, country: pick(COUNTRIES) }],
      signed: dayOrInstant(signed),
      ...(effective === undefined ? {} : { effective }),
      ...(expiry === undefined ? {} : { expiry }),
      ...(terminatedStatus && rnd() < 0.7 ? { terminated: addDays(signed, int(1, 400)) } : {}),
      status: terminatedStatus ? "terminated" : pick(["signed", "in-force", "expired"] as const),
    });
  }

  for (let i = 0; i < n.consularCases; i++) {
    const opened = day();
    const type = pick(["consular", "citizen-protection", "abtc-application"] as const);
    const closed = rnd() < 0.5;
    out.consularCases.push({
      id: `g-ls-${i}`,
      member: pick(members),
      type,
      opened: dayOrInstant(opened),
      ...(closed ? { closed: addDays(opened, int(1, 60)) } : {}),
      status: closed ? "closed" : "open",
      persons: int(1, 20),
      country: pick(COUNTRIES),
      ...(type === "abtc-application" ? { abtc: { enterprise: `Công ty số ${i}` } } : {}),
    });
  }

  /** A status history, oldest first, days at least 3 apart (so an instant's ±1 day never reorders it). */
  const statuses = () => {
    const list: { status: OdaProjectInput["statuses"][number]["status"]; from: string }[] = [];
    let d = addDays(day(), -int(30, 700));
    list.push({ status: rnd() < 0.6 ? "pipeline" : "implementation", from: dayOrInstant(d) });
    const steps = int(0, 3);
    for (let s = 0; s < steps; s++) {
      d = addDays(d, int(3, 400));
      const next =
        list.at(-1)?.status === "pipeline"
          ? "implementation"
          : pick(["finalisation", "closed", "cancelled", "suspended"] as const);
      list.push({ status: next, from: dayOrInstant(d) });
      if (next === "closed" || next === "cancelled") break;
    }
    return list;
  };

  for (let i = 0; i < n.odaProjects; i++) {
    const vndProject = rnd() < 0.6;
    // VND capitals up to 99 trillion đồng (stress values): the totals pass 2^53, beyond a float's integers.
    const total = vndProject ? vnd(11, 14) : usd(5, 8);
    const currency = vndProject ? "VND" : "USD";
    const cents = BigInt(total.replace(".", ""));
    const foreign = (cents * 7n) / 10n;
    const domestic = (cents - foreign) / 2n;
    const show = (c: bigint) => (vndProject ? String(c) : `${c / 100n}.${pad(Number(c % 100n))}`);
    const transactions = Array.from({ length: int(0, 4) }, () => ({
      type: rnd() < 0.4 ? ("commitment" as const) : ("disbursement" as const),
      value: vndProject ? { amount: vnd(8, 12), currency } : { amount: usd(3, 7), currency },
      date: dayOrInstant(day()),
    }));
    out.odaProjects.push({
      id: `g-oda-${i}`,
      member: pick(members),
      title: `Dự án ODA số ${i}`,
      donors: [{ name: pick(["JICA", "KOICA", "World Bank", "ADB", "AFD"]), kind: "multilateral" }],
      capitalType: pick(["non-refundable-oda", "oda-loan", "concessional-loan"] as const),
      modality: pick(["programme", "project", "non-project", "budget-support"] as const),
      capital: {
        total: { amount: total, currency },
        foreign: { amount: show(foreign), currency },
        domestic: { amount: show(domestic), currency },
      },
      statuses: statuses(),
      ...(transactions.length === 0 ? {} : { transactions }),
    });
  }

  const donors = Array.from({ length: 400 }, (_, k) => ({
    name: `Foundation  for Rural Health ${k % 200}`,
    country: COUNTRIES[k % COUNTRIES.length] as string,
  }));
  for (let i = 0; i < ngoCount; i++) {
    const history = statuses();
    const approval = addDays(history[0]?.from.slice(0, 10) ?? "2024-01-01", -int(2, 30));
    const donor = pick(donors);
    const spelling = int(0, 2);
    const name =
      spelling === 0 ? donor.name : spelling === 1 ? donor.name.toUpperCase() : ` ${donor.name.replace(/\s+/g, " ")}`;
    const committedUsd = rnd() < 0.8;
    const disbursements = Array.from({ length: int(0, 3) }, () => ({
      value: committedUsd ? { amount: usd(3, 6), currency: "USD" } : { amount: vnd(7, 10), currency: "VND" },
      date: dayOrInstant(addDays(approval, int(2, 500))),
    }));
    out.ngoProjects.push({
      id: `g-pcp-${i}`,
      member: pick(members),
      title: `Dự án viện trợ phi chính phủ số ${i}`,
      donor: { name, country: donor.country as NgoProjectInput["donor"]["country"] },
      aidForm: pick(["programme", "project", "non-project"] as const),
      committed: committedUsd ? { amount: usd(3, 7), currency: "USD" } : { amount: vnd(8, 11), currency: "VND" },
      approval: { number: `${i}/QĐ-UBND`, date: approval, authority: "Ủy ban nhân dân tỉnh" },
      statuses: history,
      ...(disbursements.length === 0 ? {} : { disbursements }),
    });
  }
  return out;
}

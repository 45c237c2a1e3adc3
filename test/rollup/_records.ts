/**
 * Record builders and fast-check arbitraries for the rollup tests: decoded
 * records as `parse` would give them (dates `YYYY-MM-DD`, amounts `Money`).
 */
import fc from "fast-check";
import {
  type CalendarDate,
  type ConsularCase,
  type Delegation,
  type InternationalAgreement,
  Money,
  type NgoProject,
  type OdaProject,
} from "../../src/index.js";

export const MEMBERS = ["so-ngoai-vu-ha-noi", "vp-ubnd-ha-nam", "so-ngoai-vu-cao-bang"] as const;

export function delegation(over: Partial<Delegation> = {}): Delegation {
  return {
    member: "so-ngoai-vu-ha-noi",
    direction: "outgoing",
    start: "2024-03-04",
    end: "2024-03-08",
    countries: ["KR"],
    ledBy: "people-committee-vice-chair",
    headcount: 6,
    purpose: "Trade promotion",
    status: "completed",
    ...over,
  };
}

export function agreement(over: Partial<InternationalAgreement> = {}): InternationalAgreement {
  return {
    member: "so-ngoai-vu-cao-bang",
    title: "Biên bản ghi nhớ hợp tác",
    form: "memorandum-of-understanding",
    signatory: "provincial-people-committee",
    foreignParties: [{ kind: "foreign-locality", name: "Bách Sắc", country: "CN" }],
    signed: "2024-04-10",
    status: "in-force",
    ...over,
  };
}

export function consularCase(over: Partial<ConsularCase> = {}): ConsularCase {
  return {
    member: "vp-ubnd-ha-nam",
    type: "citizen-protection",
    opened: "2024-02-01",
    status: "open",
    persons: 1,
    ...over,
  };
}

export function odaProject(over: Partial<OdaProject> & { total?: string } = {}): OdaProject {
  const { total = "100000000000", ...rest } = over;
  return {
    member: "so-ngoai-vu-cao-bang",
    title: "Rural roads",
    donors: [{ name: "Asian Development Bank", kind: "multilateral" }],
    capitalType: "oda-loan",
    modality: "project",
    capital: { total: Money.of(total, "VND") },
    statuses: [{ status: "implementation", from: "2021-03-01" }],
    ...rest,
  };
}

export function ngoProject(over: Partial<NgoProject> = {}): NgoProject {
  return {
    member: "vp-ubnd-ha-nam",
    title: "Clean water for schools",
    donor: { name: "Plan International", country: "GB" },
    aidForm: "project",
    committed: Money.of("85000", "USD"),
    approval: { number: "512/QĐ-UBND", date: "2024-03-11", authority: "People's Committee" },
    statuses: [{ status: "implementation", from: "2024-03-11" }],
    ...over,
  };
}

// ── arbitraries ──────────────────────────────────────────────────────────────

const member = fc.constantFrom(...MEMBERS, "so-ngoai-vu-lang-son");
const day = fc
  .record({ y: fc.constantFrom(2023, 2024), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) })
  .map(({ y, m, d }) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}` as CalendarDate);
const vnd = fc.bigInt({ min: 0n, max: 10n ** 13n }).map((n) => Money.of(n, "VND"));
const usd = fc.bigInt({ min: 0n, max: 10n ** 10n }).map((n) => Money.fromMinorUnits(n, "USD"));
const amount = fc.oneof(vnd, usd);
const statuses = fc
  .array(
    fc.record({
      status: fc.constantFrom("pipeline", "implementation", "finalisation", "closed", "cancelled", "suspended"),
      from: day,
    }),
    { minLength: 1, maxLength: 3 },
  )
  .map((list) => [...list].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0)));

export const delegationArb = fc
  .record({
    member,
    direction: fc.constantFrom("outgoing", "incoming"),
    start: day,
    countries: fc.uniqueArray(fc.constantFrom("KR", "JP", "CN", "LA", "US"), { minLength: 1, maxLength: 3 }),
    ledBy: fc.constantFrom("party-secretary", "people-committee-chair", "department-head", "other"),
    headcount: fc.integer({ min: 1, max: 40 }),
    status: fc.constantFrom("planned", "completed", "cancelled"),
    cost: fc.option(amount, { nil: undefined }),
  })
  .map(({ cost, ...d }) => delegation({ ...d, end: d.start, ...(cost === undefined ? {} : { cost }) }));

export const agreementArb = fc
  .record({
    member,
    signed: day,
    expiry: fc.option(fc.constantFrom("2024-03-31", "2024-06-30", "2024-09-30", "2030-01-01"), { nil: undefined }),
    status: fc.constantFrom("signed", "in-force", "expired"),
  })
  .map(({ expiry, ...a }) =>
    agreement({
      ...a,
      ...(expiry !== undefined && expiry >= a.signed ? { expiry } : {}),
    }),
  );

export const consularArb = fc
  .record({
    member,
    type: fc.constantFrom("consular", "citizen-protection", "abtc-application"),
    opened: day,
  })
  .map((c) => consularCase(c));

export const odaArb = fc
  .record({
    member,
    statuses,
    total: fc.bigInt({ min: 0n, max: 10n ** 13n }),
    transactions: fc.array(
      fc.record({ type: fc.constantFrom("commitment", "disbursement"), value: amount, date: day }),
      { maxLength: 3 },
    ),
  })
  .map(({ total, ...p }) => odaProject({ ...p, total: total.toString() }));

export const ngoArb = fc
  .record({
    member,
    statuses,
    donor: fc.record({
      name: fc.constantFrom("Plan International", "PLAN  international", "Oxfam", "Hội Chữ thập đỏ Nhật Bản"),
      country: fc.constantFrom("GB", "JP"),
    }),
    committed: amount,
    disbursements: fc.array(fc.record({ value: amount, date: day }), { maxLength: 2 }),
  })
  .map((p) => ngoProject(p));

export interface Buckets {
  delegations: Delegation[];
  agreements: InternationalAgreement[];
  consularCases: ConsularCase[];
  odaProjects: OdaProject[];
  ngoProjects: NgoProject[];
}

export const recordSetArb: fc.Arbitrary<Buckets> = fc.record({
  delegations: fc.array(delegationArb, { maxLength: 12 }),
  agreements: fc.array(agreementArb, { maxLength: 6 }),
  consularCases: fc.array(consularArb, { maxLength: 6 }),
  odaProjects: fc.array(odaArb, { maxLength: 4 }),
  ngoProjects: fc.array(ngoArb, { maxLength: 5 }),
});

export function union(...sets: Buckets[]): Buckets {
  return {
    delegations: sets.flatMap((s) => [...(s.delegations ?? [])]),
    agreements: sets.flatMap((s) => [...(s.agreements ?? [])]),
    consularCases: sets.flatMap((s) => [...(s.consularCases ?? [])]),
    odaProjects: sets.flatMap((s) => [...(s.odaProjects ?? [])]),
    ngoProjects: sets.flatMap((s) => [...(s.ngoProjects ?? [])]),
  };
}

export function size(s: Buckets): number {
  return (
    s.delegations.length + s.agreements.length + s.consularCases.length + s.odaProjects.length + s.ngoProjects.length
  );
}

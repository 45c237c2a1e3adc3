/**
 * Test helper: a generated set of 10,000 records (wire JSON) across the 17
 * members of Cluster II, for the golden files. Deterministic: a seeded
 * mulberry32 generator, no `Math.random`, no clock; dates are computed with
 * the library's own `addCalendarDays` from fixed days. Changing anything here
 * changes the golden files (rewrite them with `GOLDEN_UPDATE=1`).
 *
 * What the set holds, so that the outputs take every path a real cluster's
 * does:
 * - delegations (outgoing with costs in VND, USD, EUR or JPY; incoming),
 *   some planned or cancelled; agreements of every form, some expired;
 *   consular cases of the three types, ABTC applications with decisions;
 *   ODA projects with status histories and transactions; NGO projects with
 *   disbursements, some in another currency than the commitment;
 * - dates from 2023-07-01 to 2024-12-31, so that 2023-H2 (the comparison)
 *   and 2024-H2 (outside both periods) have records too;
 * - one member ({@link NIL_RETURN_MEMBER}) whose records are all in 2023-H2
 *   and who has no project or agreement (they count by their state at the
 *   period's end): a nil return in 2024-H1 once it is declared complete; and a few
 *   records of a member outside the cluster ({@link UNKNOWN_MEMBER}).
 */
import {
  addCalendarDays,
  type ConsularCaseInput,
  type DelegationInput,
  type InternationalAgreementInput,
  type NgoProjectInput,
  type OdaProjectInput,
} from "../../src/index.js";
import { CLUSTER_II_JSON } from "../../src/samples/index.js";

/** The 17 members of Cluster II in 2024, in the cluster's order (from the sample's own list). */
export const CLUSTER_II_MEMBERS: readonly string[] = CLUSTER_II_JSON.years.find((y) => y.year === 2024)?.members ?? [];

/** A member whose records all fall in 2023-H2. */
export const NIL_RETURN_MEMBER = "vp-ubnd-thai-binh";
/** A member id that is not a member of Cluster II. */
export const UNKNOWN_MEMBER = "so-ngoai-vu-lang-son";

/** The generated records, by kind, as wire JSON. */
export interface GeneratedRecords {
  readonly delegations: DelegationInput[];
  readonly agreements: InternationalAgreementInput[];
  readonly consularCases: ConsularCaseInput[];
  readonly odaProjects: OdaProjectInput[];
  readonly ngoProjects: NgoProjectInput[];
}

/** How many records of each kind (10,000 in all). */
export const COUNTS = {
  delegations: 4_600,
  agreements: 700,
  consularCases: 2_900,
  odaProjects: 300,
  ngoProjects: 1_500,
} as const;

/** mulberry32: a uniform integer in [0, n) per call, the same sequence for a seed. */
function generator(seed: number): (n: number) => number {
  let a = seed >>> 0;
  return (n) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) % n;
  };
}

const COUNTRIES = ["KR", "JP", "CN", "LA", "TH", "SG", "DE", "FR", "AU", "US", "IN", "CZ", "GB", "NL"] as const;
const LEADERS = [
  "party-secretary",
  "people-committee-chair",
  "people-committee-vice-chair",
  "department-head",
  "other",
] as const;
const FORMS = [
  "agreement",
  "memorandum-of-understanding",
  "letter-of-intent",
  "cooperation-plan",
  "minutes",
  "other",
] as const;
const SIGNATORIES = [
  "provincial-people-council",
  "provincial-people-committee",
  "department",
  "district-people-committee",
  "border-commune-people-committee",
] as const;
const CONSULAR_TYPES = ["consular", "citizen-protection", "abtc-application"] as const;
const CAPITAL_TYPES = ["non-refundable-oda", "oda-loan", "concessional-loan"] as const;
const MODALITIES = ["programme", "project", "non-project", "budget-support"] as const;
const DONOR_KINDS = ["government", "multilateral", "ngo", "private", "other"] as const;
const AID_FORMS = ["programme", "project", "non-project"] as const;
const NGOS = [
  "Asia Clean Water Fund",
  "Nordic Child Education Trust",
  "Sakura Community Aid",
  "Green Mountains Relief",
];

/** The first day of the generated span and its length in days (2023-07-01 … 2024-12-31). */
const FIRST_DAY = "2023-07-01";
const SPAN = 550;
const H2_2023_DAYS = 184;

/** An amount of a currency; the minor digits follow the currency (0 for VND and JPY, 2 for USD and EUR). */
function amount(rnd: (n: number) => number, currency: "VND" | "USD" | "EUR" | "JPY", scale: number) {
  const whole = String(1 + rnd(scale));
  if (currency === "VND") return { amount: `${whole}000000`, currency };
  if (currency === "JPY") return { amount: `${whole}000`, currency };
  return { amount: `${whole}.${String(rnd(100)).padStart(2, "0")}`, currency };
}

function pick<T>(list: readonly T[], rnd: (n: number) => number): T {
  return list[rnd(list.length)] as T;
}

/**
 * The 10,000 records: a fresh copy on each call, the same on every call.
 *
 * @param seed - the generator's seed (the golden files use the default)
 */
export function generateRecords(seed = 2024_01_01): GeneratedRecords {
  const rnd = generator(seed);
  const member = (i: number): string => (i % 97 === 0 ? UNKNOWN_MEMBER : pick(CLUSTER_II_MEMBERS, rnd));
  // A project counts by its status at the period's end and an agreement while in force, whenever they
  // began: the nil-return member has neither.
  const laterMember = (i: number): string => {
    const who = member(i);
    return who === NIL_RETURN_MEMBER ? (CLUSTER_II_MEMBERS[0] as string) : who;
  };
  // The nil-return member's records are moved into 2023-H2.
  const dayFor = (who: string): string =>
    addCalendarDays(FIRST_DAY, who === NIL_RETURN_MEMBER ? rnd(H2_2023_DAYS) : rnd(SPAN));

  const delegations: DelegationInput[] = [];
  for (let i = 0; i < COUNTS.delegations; i++) {
    const who = member(i);
    const start = dayFor(who);
    const outgoing = rnd(2) === 0;
    const status = rnd(20) === 0 ? "cancelled" : rnd(15) === 0 ? "planned" : "completed";
    const countries = [pick(COUNTRIES, rnd)];
    const second = pick(COUNTRIES, rnd);
    if (rnd(5) === 0 && second !== countries[0]) countries.push(second);
    const currency = pick(["VND", "VND", "VND", "USD", "EUR", "JPY"] as const, rnd);
    delegations.push({
      id: `gen-d-${i}`,
      member: who,
      direction: outgoing ? "outgoing" : "incoming",
      start,
      end: addCalendarDays(start, rnd(10)),
      countries,
      ledBy: pick(LEADERS, rnd),
      headcount: 1 + rnd(30),
      purpose: outgoing ? "Xúc tiến đầu tư, thương mại và du lịch" : "Thăm và làm việc với lãnh đạo tỉnh",
      status,
      ...(outgoing && rnd(4) !== 0 ? { cost: amount(rnd, currency, currency === "VND" ? 900 : 50_000) } : {}),
    });
  }

  const agreements: InternationalAgreementInput[] = [];
  for (let i = 0; i < COUNTS.agreements; i++) {
    const who = laterMember(i);
    const signed = dayFor(who);
    const expired = rnd(10) === 0;
    const form = pick(FORMS, rnd);
    agreements.push({
      id: `gen-a-${i}`,
      member: who,
      title: `Thỏa thuận hợp tác số ${i + 1}`,
      form,
      // District committees signed only before 1 July 2025: every generated day is before it.
      signatory: pick(SIGNATORIES, rnd),
      foreignParties: [{ kind: "foreign-locality", name: `Đối tác ${1 + rnd(60)}`, country: pick(COUNTRIES, rnd) }],
      signed,
      ...(expired ? { expiry: addCalendarDays(signed, 30 + rnd(120)) } : {}),
      status: expired ? "expired" : rnd(3) === 0 ? "signed" : "in-force",
      ...(rnd(2) === 0 ? { field: "Kinh tế, thương mại" } : {}),
    });
  }

  const consularCases: ConsularCaseInput[] = [];
  for (let i = 0; i < COUNTS.consularCases; i++) {
    const who = member(i);
    const opened = dayFor(who);
    const type = pick(CONSULAR_TYPES, rnd);
    const closed = rnd(3) === 0 ? undefined : addCalendarDays(opened, 1 + rnd(30));
    const base: ConsularCaseInput = {
      id: `gen-c-${i}`,
      member: who,
      type,
      opened,
      status: closed === undefined ? "open" : "closed",
      ...(closed === undefined ? {} : { closed }),
      persons: 1 + rnd(type === "citizen-protection" ? 12 : 4),
      country: pick(COUNTRIES, rnd),
    };
    consularCases.push(
      type === "abtc-application"
        ? {
            ...base,
            abtc: {
              enterprise: `Công ty TNHH Sản xuất ${i + 1}`,
              ...(closed === undefined
                ? {}
                : {
                    decision: {
                      outcome: rnd(6) === 0 ? "refused" : "approved",
                      number: `${i + 1}/QĐ-UBND`,
                      date: closed,
                    },
                  }),
            },
          }
        : base,
    );
  }

  const odaProjects: OdaProjectInput[] = [];
  for (let i = 0; i < COUNTS.odaProjects; i++) {
    const who = laterMember(i);
    const begun = dayFor(who);
    const currency = pick(["VND", "VND", "USD", "JPY"] as const, rnd);
    const total = amount(rnd, currency, currency === "VND" ? 500_000 : 20_000_000);
    const statuses: OdaProjectInput["statuses"][number][] = [
      { status: "pipeline", from: addCalendarDays(begun, -200 - rnd(400)) },
      { status: "implementation", from: begun },
    ];
    const stage = rnd(4);
    if (stage === 0) statuses.push({ status: "closed", from: addCalendarDays(begun, 30 + rnd(200)) });
    if (stage === 1) statuses.push({ status: "finalisation", from: addCalendarDays(begun, 30 + rnd(200)) });
    if (stage === 2 && rnd(3) === 0) statuses.push({ status: "suspended", from: addCalendarDays(begun, 10 + rnd(90)) });
    odaProjects.push({
      id: `gen-o-${i}`,
      member: who,
      title: `Dự án ODA số ${i + 1}`,
      donors: [{ name: `Nhà tài trợ ${1 + rnd(12)}`, kind: pick(DONOR_KINDS, rnd), country: pick(COUNTRIES, rnd) }],
      capitalType: pick(CAPITAL_TYPES, rnd),
      modality: pick(MODALITIES, rnd),
      capital: { total },
      statuses,
      start: begun,
      transactions: [
        { type: "commitment", value: total, date: begun },
        ...(rnd(2) === 0
          ? [
              {
                type: "disbursement" as const,
                value: amount(rnd, "USD", 900_000),
                date: addCalendarDays(begun, rnd(60)),
              },
            ]
          : []),
      ],
    });
  }

  const ngoProjects: NgoProjectInput[] = [];
  for (let i = 0; i < COUNTS.ngoProjects; i++) {
    const who = laterMember(i);
    const approved = dayFor(who);
    const committed = amount(rnd, pick(["USD", "USD", "EUR", "VND"] as const, rnd), 90_000);
    const statuses: NgoProjectInput["statuses"][number][] = [{ status: "implementation", from: approved }];
    if (rnd(5) === 0) statuses.push({ status: "closed", from: addCalendarDays(approved, 20 + rnd(200)) });
    else if (rnd(12) === 0) statuses.push({ status: "cancelled", from: addCalendarDays(approved, 5 + rnd(60)) });
    ngoProjects.push({
      id: `gen-n-${i}`,
      member: who,
      title: `Dự án phi chính phủ số ${i + 1}`,
      donor: { name: pick(NGOS, rnd), country: pick(COUNTRIES, rnd) },
      aidForm: pick(AID_FORMS, rnd),
      committed,
      approval: { number: `${i + 1}/QĐ-UBND`, date: approved, authority: "Ủy ban nhân dân tỉnh" },
      statuses,
      start: approved,
      ...(rnd(2) === 0
        ? {
            disbursements: [
              {
                value: rnd(4) === 0 ? amount(rnd, "VND", 2_000) : committed,
                date: addCalendarDays(approved, rnd(90)),
              },
            ],
          }
        : {}),
    });
  }

  return { delegations, agreements, consularCases, odaProjects, ngoProjects };
}

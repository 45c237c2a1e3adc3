/**
 * Seeded wire records of the other record kinds for the benches, in the
 * style of `_delegations.ts`: the same plausible records on every run
 * (mulberry32), generated before anything is timed, every one valid under
 * its schema. Their days spread over several years around the report's
 * half-year (2024-H1 in the benches), so that some records fall in it and
 * some do not: agreements signed before, during and after it, expired,
 * terminated or still in force; consular cases opened from mid-2023 to the
 * end of 2024, open and closed, of the built-in types and of one registered
 * type; ODA and NGO projects whose status histories start, close or are
 * cancelled before, during and after it, with amounts in several currencies
 * and transactions or disbursements dated in and out of it, and donor names
 * that fold to the same key (case, spacing, diacritics).
 */
import type { ConsularCaseInput, InternationalAgreementInput, NgoProjectInput, OdaProjectInput } from "../src/index.js";
import { mulberry32 } from "./_delegations.js";

/** A registered consular case type the generated cases use (register it before validating them). */
export const REGISTERED_CASE_TYPE = "visa-support";

/** What varies between benches. */
export interface KindGenerator {
  readonly seed: number;
  /** Member ids to draw from. */
  readonly members: readonly string[];
}

const DAY_MS = 86_400_000;
const EPOCH_2015 = Date.UTC(2015, 0, 1);

/** The day `offset` days after `from` (a number of days since 2015-01-01), `YYYY-MM-DD`. */
function day(days: number): string {
  return new Date(EPOCH_2015 + days * DAY_MS).toISOString().slice(0, 10);
}

/** Days since 2015-01-01 of a day `YYYY-MM-DD`. */
function daysOf(date: string): number {
  return Math.round((Date.parse(`${date}T00:00:00Z`) - EPOCH_2015) / DAY_MS);
}

const D2016 = daysOf("2016-01-01");
const D2019 = daysOf("2019-01-01");
const D2023_07 = daysOf("2023-07-01");
const D2024 = daysOf("2024-01-01");
const D2025 = daysOf("2025-01-01");
const D2025_07 = daysOf("2025-07-01");

function tools(seed: number) {
  const random = mulberry32(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const int = (from: number, to: number): number => from + Math.floor(random() * (to - from + 1));
  const chance = (p: number): boolean => random() < p;
  return { random, pick, int, chance };
}

/** An amount in minor units as the wire writes it, for a currency of 0 or 2 decimals. */
function amountText(minor: number, digits: 0 | 2, cents: boolean): string {
  if (digits === 0) return String(minor);
  const whole = Math.floor(minor / 100);
  const rest = minor % 100;
  return cents ? `${whole}.${String(rest).padStart(2, "0")}` : `${whole}.00`;
}

const CURRENCY_DIGITS: Readonly<Record<string, 0 | 2>> = { VND: 0, USD: 2, EUR: 2, JPY: 0, KRW: 0, AUD: 2, GBP: 2 };

// ── international agreements ────────────────────────────────────────────────

const AGREEMENT_TITLES = [
  "Biên bản ghi nhớ hợp tác hữu nghị",
  "Thỏa thuận hợp tác phát triển du lịch",
  "Kế hoạch hợp tác giáo dục và đào tạo",
  "Memorandum of understanding on trade promotion",
  "Biên bản hội đàm về hợp tác biên giới",
];
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
const PARTIES = [
  { kind: "foreign-locality", name: "Gyeonggi Province", country: "KR" },
  { kind: "foreign-locality", name: "Malipo County", country: "CN" },
  { kind: "foreign-locality", name: "Province of Champasak", country: "LA" },
  { kind: "foreign-locality", name: "Préfecture de Kanagawa", country: "JP" },
  { kind: "international-organisation", name: "UNESCO" },
  { kind: "international-organisation", name: "UNICEF Viet Nam" },
  { kind: "foreign-enterprise", name: "Samsung Electronics", country: "KR" },
  { kind: "other", name: "Japan Foundation", country: "JP" },
] as const;
const FIELDS = ["Education and training", "Tourism", "Trade and investment", "Health", "Culture"];

/** A function that returns the next seeded wire international agreement. */
export function agreementGenerator(g: KindGenerator): () => InternationalAgreementInput {
  const { pick, int, chance } = tools(g.seed);
  return () => {
    // Signed from 2016 to mid-2025, a third of them in 2024.
    const signed = chance(0.3) ? int(D2024, D2025 - 1) : int(D2016, D2025_07 - 1);
    const effective = chance(0.6) ? signed + (chance(0.5) ? 0 : int(1, 90)) : undefined;
    const from = effective ?? signed;
    const expiry = chance(0.7) ? from + int(1, 5) * 365 - 1 : undefined;
    const terminated = chance(0.08) ? signed + int(0, 4 * 365) : undefined;
    const today = D2025;
    const status =
      terminated !== undefined
        ? "terminated"
        : expiry !== undefined && expiry < today
          ? "expired"
          : from <= today
            ? "in-force"
            : "signed";
    const parties = chance(0.85) ? [pick(PARTIES)] : [pick(PARTIES), pick(PARTIES)];
    const record: InternationalAgreementInput = {
      ...(chance(0.5) ? { id: `TTQT-${day(signed).slice(0, 4)}-${int(1, 999)}` } : {}),
      member: pick(g.members),
      title: pick(AGREEMENT_TITLES),
      form: pick(FORMS),
      signatory: signed < D2025_07 ? pick(SIGNATORIES) : "provincial-people-committee",
      foreignParties: parties.map((p) => ({ ...p })),
      signed: day(signed),
      ...(effective === undefined ? {} : { effective: day(effective) }),
      ...(expiry === undefined ? {} : { expiry: day(expiry) }),
      ...(terminated === undefined ? {} : { terminated: day(terminated) }),
      status,
      ...(chance(0.6) ? { field: pick(FIELDS) } : {}),
    };
    return record;
  };
}

// ── consular cases ──────────────────────────────────────────────────────────

const CASE_COUNTRIES = ["KR", "JP", "CN", "MY", "TW", "LA", "KH", "TH", "AU", "DE"];
const SUMMARIES = [
  "Two workers without papers after their employer closed",
  "Citizen detained abroad; family informed",
  "Lost passport, travel document issued",
  "Repatriation of remains",
];
const ENTERPRISES = [
  "Công ty TNHH Dệt may Hưng Yên",
  "Công ty Cổ phần Thép Việt",
  "Công ty TNHH Điện tử Bắc Ninh",
  "Công ty Cổ phần Nông sản Phú Thọ",
];

/** A function that returns the next seeded wire consular case. */
export function consularCaseGenerator(g: KindGenerator): () => ConsularCaseInput {
  const { pick, int, chance, random } = tools(g.seed);
  return () => {
    const opened = int(D2023_07, D2025 - 1); // mid-2023 to the end of 2024
    const u = random();
    const type =
      u < 0.5 ? "consular" : u < 0.75 ? "citizen-protection" : u < 0.9 ? "abtc-application" : REGISTERED_CASE_TYPE;
    const closed = chance(0.7) ? opened + int(0, 60) : undefined;
    const decision =
      type === "abtc-application" && chance(0.7)
        ? {
            outcome: chance(0.9) ? ("approved" as const) : ("refused" as const),
            ...(chance(0.8) ? { number: `${int(1, 999)}/QĐ-UBND` } : {}),
            date: day(opened + int(0, 30)),
          }
        : undefined;
    const record: ConsularCaseInput = {
      ...(chance(0.5) ? { id: `LS-${day(opened).slice(0, 4)}-${int(1, 9999)}` } : {}),
      member: pick(g.members),
      type,
      opened: day(opened),
      ...(closed === undefined ? {} : { closed: day(closed) }),
      status: closed === undefined ? "open" : "closed",
      persons: type === "abtc-application" ? int(1, 20) : chance(0.8) ? 1 : int(2, 30),
      ...(chance(0.8) ? { country: pick(CASE_COUNTRIES) } : {}),
      ...(chance(0.5) ? { summary: pick(SUMMARIES) } : {}),
      ...(type === "abtc-application"
        ? { abtc: { enterprise: pick(ENTERPRISES), ...(decision === undefined ? {} : { decision }) } }
        : {}),
    };
    return record;
  };
}

// ── status histories (ODA and NGO projects) ─────────────────────────────────

type Status = "pipeline" | "implementation" | "finalisation" | "closed" | "cancelled" | "suspended";

/** A history in day order from `first`: often implementation, then perhaps finalisation, closed, suspended or cancelled. */
function history(t: ReturnType<typeof tools>, first: number, pipeline: boolean): { status: Status; from: string }[] {
  const { int, chance, pick } = t;
  const out: { status: Status; from: string }[] = [];
  let at = first;
  if (pipeline) {
    out.push({ status: "pipeline", from: day(at) });
    if (chance(0.1)) {
      out.push({ status: "cancelled", from: day(at + int(30, 400)) });
      return out;
    }
    at += int(60, 500);
  }
  out.push({ status: "implementation", from: day(at) });
  if (chance(0.1)) {
    at += int(0, 400);
    out.push({ status: "suspended", from: day(at) });
    if (chance(0.5)) return out;
    at += int(30, 200);
    out.push({ status: "implementation", from: day(at) });
  }
  if (chance(0.45)) {
    at += int(200, 2000);
    if (chance(0.4)) {
      out.push({ status: "finalisation", from: day(at) });
      at += int(30, 300);
    }
    out.push({ status: pick(["closed", "closed", "closed", "cancelled"] as const), from: day(at) });
  }
  return out;
}

// ── ODA projects ────────────────────────────────────────────────────────────

const ODA_TITLES = [
  "Dự án phát triển cơ sở hạ tầng nông thôn",
  "Rural roads and bridges",
  "Chương trình nước sạch và vệ sinh môi trường",
  "Climate-resilient irrigation",
  "Grant assistance for grassroots projects",
];
const ODA_DONORS = [
  [{ name: "Asian Development Bank", kind: "multilateral" }],
  [{ name: "World Bank", kind: "multilateral" }],
  [{ name: "Japan International Cooperation Agency", kind: "government", country: "JP" }],
  [{ name: "Korea International Cooperation Agency", kind: "government", country: "KR" }],
  [{ name: "Agence Française de Développement", kind: "government", country: "FR" }],
  [
    { name: "KfW Development Bank", kind: "government", country: "DE" },
    { name: "Asian Development Bank", kind: "multilateral" },
  ],
] as const;
const CAPITAL_TYPES = ["non-refundable-oda", "oda-loan", "concessional-loan"] as const;
const MODALITIES = ["programme", "project", "non-project", "budget-support"] as const;
const SECTORS = ["21020", "14030", "31140", "11220", "12220"];

/** A function that returns the next seeded wire ODA project. */
export function odaProjectGenerator(g: KindGenerator): () => OdaProjectInput {
  const t = tools(g.seed);
  const { pick, int, chance, random } = t;
  return () => {
    const u = random();
    const currency = u < 0.55 ? "VND" : u < 0.85 ? "USD" : u < 0.93 ? "JPY" : "EUR";
    const digits = CURRENCY_DIGITS[currency] as 0 | 2;
    // Totals: VND up to about 2,000 billion; USD and EUR up to 120 million; JPY up to 12 billion.
    const total =
      currency === "VND"
        ? int(1, 2_000_000) * 1_000_000
        : currency === "JPY"
          ? int(1, 12_000_000) * 1000
          : int(50_000, 120_000_000) * 100;
    const foreign = chance(0.8) ? Math.floor(total * (0.5 + random() * 0.45)) : undefined;
    const domestic =
      chance(0.7) && foreign !== undefined ? Math.floor((total - foreign) * random()) : chance(0.2) ? 0 : undefined;
    const first = int(D2016, D2025 + 180);
    const statuses = history(t, first, chance(0.6));
    const start = chance(0.7) ? first : undefined;
    const end = start !== undefined && chance(0.8) ? start + int(365, 2500) : undefined;
    const transactions: {
      type: "commitment" | "disbursement";
      value: { amount: string; currency: string };
      date: string;
    }[] = [];
    const n = chance(0.3) ? 0 : int(1, 6);
    for (let i = 0; i < n; i++) {
      const type = i === 0 || chance(0.2) ? "commitment" : "disbursement";
      const inOwn = chance(0.85);
      const c = inOwn ? currency : "USD";
      const d = CURRENCY_DIGITS[c] as 0 | 2;
      const minor = inOwn ? Math.max(1, Math.floor((total * random()) / 4)) : int(1000, 10_000_000) * 100;
      transactions.push({
        type,
        value: { amount: amountText(minor, d, chance(0.3)), currency: c },
        date: day(int(Math.max(first - 200, 0), D2025 + 365)),
      });
    }
    const text = (minor: number) => ({ amount: amountText(minor, digits, false), currency });
    const record: OdaProjectInput = {
      ...(chance(0.6) ? { id: `ODA-${int(1, 9999)}` } : {}),
      member: pick(g.members),
      title: pick(ODA_TITLES),
      donors: pick(ODA_DONORS).map((d) => ({ ...d })),
      capitalType: pick(CAPITAL_TYPES),
      modality: pick(MODALITIES),
      capital: {
        total: text(total),
        ...(foreign === undefined ? {} : { foreign: text(foreign) }),
        ...(domestic === undefined ? {} : { domestic: text(domestic) }),
      },
      statuses,
      ...(start === undefined ? {} : { start: day(start) }),
      ...(end === undefined ? {} : { end: day(end) }),
      ...(chance(0.6) ? { sector: pick(SECTORS) } : {}),
      ...(transactions.length === 0 && chance(0.5) ? {} : { transactions }),
    };
    return record;
  };
}

// ── NGO projects ────────────────────────────────────────────────────────────

const NGO_TITLES = [
  "Nước sạch cho trường học",
  "Medical equipment for district hospitals",
  "Hỗ trợ sinh kế cho phụ nữ dân tộc thiểu số",
  "School meals programme",
  "Community-based disaster risk reduction",
];
// Names that fold to the same donor key: case, spacing and diacritics differ.
const NGO_DONORS = [
  { name: "Plan International", country: "GB" },
  { name: "plan international", country: "GB" },
  { name: "Plan  International ", country: "GB" },
  { name: "Save the Children", country: "GB" },
  { name: "World Vision", country: "US" },
  { name: "Oxfam", country: "GB" },
  { name: "Fondation Mérieux", country: "FR" },
  { name: "Fondation Merieux", country: "FR" },
  { name: "Médecins du Monde", country: "FR" },
  { name: "Good Neighbors", country: "KR" },
  { name: "Korea Foundation for International Healthcare", country: "KR" },
  { name: "ChildFund", country: "AU" },
  { name: "Caritas", country: "DE" },
  { name: "Quỹ Đông Tây Hội Ngộ", country: "US" },
] as const;
const AID_FORMS = ["programme", "project", "non-project"] as const;
const NGO_SECTORS = ["Health", "Education", "Water and sanitation", "Livelihoods"];
const AUTHORITIES = [
  "Provincial People's Committee",
  "Ninh Binh Provincial People's Committee",
  "Sở Kế hoạch và Đầu tư",
];

/** A function that returns the next seeded wire NGO project. */
export function ngoProjectGenerator(g: KindGenerator): () => NgoProjectInput {
  const t = tools(g.seed);
  const { pick, int, chance, random } = t;
  return () => {
    const u = random();
    const currency = u < 0.6 ? "USD" : u < 0.8 ? "VND" : u < 0.9 ? "EUR" : "KRW";
    const digits = CURRENCY_DIGITS[currency] as 0 | 2;
    const committed =
      currency === "VND"
        ? int(50, 20_000) * 1_000_000
        : currency === "KRW"
          ? int(10, 2000) * 1_000_000
          : int(5000, 2_000_000) * 100;
    const approved = int(D2019, D2025 + 90);
    const statuses = history(t, approved + (chance(0.5) ? 0 : int(1, 60)), false);
    const disbursements: { value: { amount: string; currency: string }; date: string }[] = [];
    const n = chance(0.25) ? 0 : int(1, 4);
    for (let i = 0; i < n; i++) {
      const inOwn = chance(0.85);
      const c = inOwn ? currency : "VND";
      const minor = inOwn ? Math.max(1, Math.floor((committed * random()) / 3)) : int(10, 500) * 1_000_000;
      disbursements.push({
        value: { amount: amountText(minor, CURRENCY_DIGITS[c] as 0 | 2, chance(0.3)), currency: c },
        date: day(approved + int(0, 900)),
      });
    }
    const start = chance(0.7) ? approved : undefined;
    const end = start !== undefined && chance(0.8) ? start + int(180, 1500) : undefined;
    const record: NgoProjectInput = {
      ...(chance(0.6) ? { id: `PCP-${int(1, 9999)}` } : {}),
      member: pick(g.members),
      title: pick(NGO_TITLES),
      donor: { ...pick(NGO_DONORS) },
      aidForm: pick(AID_FORMS),
      committed: { amount: amountText(committed, digits, chance(0.2)), currency },
      ...(disbursements.length === 0 && chance(0.5) ? {} : { disbursements }),
      approval: { number: `${int(1, 999)}/QĐ-UBND`, date: day(approved), authority: pick(AUTHORITIES) },
      ...(chance(0.6) ? { sector: pick(NGO_SECTORS) } : {}),
      statuses,
      ...(start === undefined ? {} : { start: day(start) }),
      ...(end === undefined ? {} : { end: day(end) }),
    };
    return record;
  };
}

/**
 * The tight limit of the other record kinds, in the style of `_tight.ts`: for
 * each of international agreements, consular cases, ODA projects and NGO
 * projects, the fastest hand-written pass we know how to write over wire
 * records, doing the work the library does for a report. One pass per kind,
 * no regular expression, no intermediate record.
 *
 * What each pass checks, by character codes (the helpers of `_tight.ts`):
 * the same shapes and limits as the kind's zod schema and the same domain
 * rules, so it takes exactly the records the schema takes, but for what is
 * left out below. Common to all: a plain object; an optional id of 1 to 128
 * characters; the member id (lowercase words joined by hyphens, at most 64);
 * names of 1 to 500 and texts of 1 to 5,000 characters once trimmed; days
 * `YYYY-MM-DD` on the calendar (leap years included); known country codes;
 * amounts `{ amount, currency }` of a registered currency (the table of
 * `listCurrencies()` when this module loads), a plain decimal with no more
 * decimals than the currency has (extra zeros allowed), not negative (`-0`
 * is zero), at most 1,000 characters.
 *
 * - Agreements: title, the six forms, the five signatories, 1 to 50 foreign
 *   parties (the four kinds, a name, an optional country), the four
 *   statuses, an optional field; a district People's Committee only before
 *   2025-07-01, effective ≥ signed, expiry ≥ effective (else signed),
 *   terminated ≥ signed and only when terminated. Figures: new (signed in
 *   the period) and in force on its last day.
 * - Consular cases: a built-in or registered type (the set passed in), the
 *   two statuses, 1 to 100,000 persons (an integer), an optional country and
 *   summary; a closing day exactly when closed, on or after the opening day;
 *   `abtc` (an enterprise, an optional decision: approved or refused, an
 *   optional number, a day on or after the opening day) exactly for an
 *   `abtc-application`. Figures, for the cases opened in the period: counts
 *   per type (the three built-in ones, the others by name).
 * - ODA projects: title, 1 to 50 donors (a name, the five kinds, an optional
 *   country), the three capital types, the four modalities, the capital
 *   (total, optional foreign and domestic parts in the total's currency whose
 *   sum does not exceed it), 1 to 100 status changes (the six IATI statuses)
 *   in day order, optional start and end (end ≥ start), an optional 5-digit
 *   sector, up to 10,000 transactions (commitment or disbursement, an
 *   amount, a day). Figures, for the projects placed by their status on the
 *   period's last day (none yet, or closed or cancelled before it began: not
 *   placed): count per status; projects, capital, completed (finalisation or
 *   closed) and their capital, all but the cancelled; commitments and
 *   disbursements dated in the period, cancelled projects included.
 * - NGO projects: title, a donor (name and country), the three aid forms,
 *   the committed amount, up to 10,000 disbursements (an amount, a day on or
 *   after the approval's), the approval (number, day, authority), an
 *   optional sector, 1 to 100 status changes in day order, optional start and
 *   end (end ≥ start). Figures, for the placed projects: disbursements dated
 *   in the period (cancelled included); projects, committed value and
 *   distinct donors (country and the name folded as `foldVietnamese` folds
 *   it), all but the cancelled.
 *
 * Amounts become BigInt minor units only when they are summed (a valid
 * amount is otherwise only checked), from a double when it has at most 15
 * digits (exact) and from the text otherwise; sums are kept per currency,
 * grouped by member, then by half-year, in nested maps. Enums are compared
 * as strings; countries, currencies and case types are looked up in sets
 * and maps; a donor's name is folded by character codes when it is ASCII
 * (then `toLowerCase`), else through `normalize("NFD")` and `toLowerCase`.
 *
 * What it leaves out, and the library does: unknown keys (both take a record
 * that has some; the library drops them from what it decodes), the input
 * limits (nesting, string length), instants (a day written as an ISO
 * instant: the schemas take it, these passes refuse it), currencies and case
 * types registered after the tables are built (the currencies when this
 * module loads, the case types passed in), Vietnamese wording of the issues.
 * A nested object is only checked to be a non-null object (an array there
 * fails on its required keys). It only counts the invalid records. A
 * baseline slower than it need be flatters the library: every check here is
 * the cheapest we found.
 */
import { listCurrencies } from "../src/index.js";
import { isDay, isMemberId, isText, isWhite, KNOWN_COUNTRY, minorUnits } from "./_tight.js";

/** A half-year, as the period passes give it: its first and last day. */
export interface TightPeriod {
  readonly start: string;
  readonly end: string;
}

/** What a pass returns: member → half-year ("2024-H1") → figures, and the number of invalid records. */
export interface TightKindResult<G> {
  readonly groups: Map<string, Map<string, G>>;
  readonly invalid: number;
}

/** Sums in minor units, indexed by the currency's slot ({@link CURRENCY_CODES}); a currency never added is a hole. */
export type Sums = bigint[];

/** The currency codes of the slots of {@link Sums}, in slot order. */
export const CURRENCY_CODES: readonly string[] = listCurrencies().map((c) => c.code);
const DIGITS = new Map<string, number>(listCurrencies().map((c) => [c.code, c.minorDigits]));
const SLOT = new Map<string, number>(CURRENCY_CODES.map((code, i) => [code, i]));
const POW10 = [1, 10, 100, 1000, 10_000, 100_000, 1_000_000];

// What the last `amountOk` read (module variables: no object per amount).
let amountText = "";
let amountDigits = 0;
let amountSlot = 0;
/** The minor units as a double, exact when `amountFits`. */
let amountValue = 0;
let amountFits = false;

/**
 * Checks a wire amount `{ amount, currency }`: a registered currency, a plain
 * decimal of at most 1,000 characters with no more decimals than the
 * currency has (extra zeros allowed), not negative. On success the amount is
 * the one `amountUnits` converts.
 */
function amountOk(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return false;
  const { amount, currency } = value as Record<string, unknown>;
  if (typeof amount !== "string" || typeof currency !== "string") return false;
  const digits = DIGITS.get(currency);
  if (digits === undefined) return false;
  const n = amount.length;
  if (n === 0 || n > 1000) return false;
  let i = 0;
  let negative = false;
  if (amount.charCodeAt(0) === 45) {
    negative = true;
    i = 1;
  }
  let v = 0;
  let counted = 0; // digits read into v
  let nonZero = false;
  const intStart = i;
  for (; i < n; i++) {
    const c = amount.charCodeAt(i) - 48;
    if (c < 0 || c > 9) break;
    if (c !== 0) nonZero = true;
    v = v * 10 + c;
    counted++;
  }
  if (i === intStart) return false;
  let kept = 0; // decimals read into v
  if (i < n) {
    if (amount.charCodeAt(i) !== 46 || i + 1 === n) return false;
    for (i++; i < n; i++) {
      const c = amount.charCodeAt(i) - 48;
      if (c < 0 || c > 9) return false;
      if (kept < digits) {
        if (c !== 0) nonZero = true;
        v = v * 10 + c;
        counted++;
        kept++;
      } else if (c !== 0) return false; // below the minor unit
    }
  }
  if (negative && nonZero) return false;
  amountText = amount;
  amountDigits = digits;
  amountSlot = SLOT.get(currency) as number;
  amountFits = counted + digits - kept <= 15;
  amountValue = negative ? 0 : v * (POW10[digits - kept] as number);
  return true;
}

/** The minor units of the amount `amountOk` last accepted. */
function amountUnits(): bigint {
  return amountFits ? BigInt(amountValue) : (minorUnits(amountText, amountDigits) as bigint);
}

function add(sums: Sums, slot: number, units: bigint): void {
  sums[slot] = (sums[slot] ?? 0n) + units;
}

function isRecordId(id: unknown): boolean {
  return typeof id === "string" && id.length >= 1 && id.length <= 128;
}

function isPlainObject(o: unknown): o is Record<string, unknown> {
  return typeof o === "object" && o !== null && !Array.isArray(o);
}

/** "2024-H1" for a period that starts on 2024-01-01. */
function halfYearOf(period: TightPeriod): string {
  const s = period.start;
  return `${s.slice(0, 4)}-${s.charCodeAt(5) === 48 && s.charCodeAt(6) <= 54 ? "H1" : "H2"}`;
}

function groupOf<G>(groups: Map<string, Map<string, G>>, member: string, key: string, start: () => G): G {
  let byHalf = groups.get(member);
  if (byHalf === undefined) {
    byHalf = new Map();
    groups.set(member, byHalf);
  }
  let g = byHalf.get(key);
  if (g === undefined) {
    g = start();
    byHalf.set(key, g);
  }
  return g;
}

// ── status histories (ODA and NGO projects) ─────────────────────────────────

/** The IATI statuses, in the order of `ActivityStatusSchema` (the index is a status's slot in `byStatus`). */
export const ACTIVITY_STATUSES = ["pipeline", "implementation", "finalisation", "closed", "cancelled", "suspended"];
const CLOSED = 3;
const CANCELLED = 4;
const FINALISATION = 2;

function statusIndex(s: unknown): number {
  switch (s) {
    case "pipeline":
      return 0;
    case "implementation":
      return 1;
    case "finalisation":
      return 2;
    case "closed":
      return 3;
    case "cancelled":
      return 4;
    case "suspended":
      return 5;
    default:
      return -1;
  }
}

/**
 * Checks a status history (1 to 100 changes, known statuses, days in order)
 * and returns the status the project counts by in the period (its index), -1
 * when it is not placed in the period, or -2 when the history is invalid.
 */
function placedStatus(statuses: unknown, period: TightPeriod): number {
  if (!Array.isArray(statuses) || statuses.length < 1 || statuses.length > 100) return -2;
  let previous = "";
  let last = -1;
  let lastFrom = "";
  for (let i = 0; i < statuses.length; i++) {
    const change = statuses[i];
    if (typeof change !== "object" || change === null) return -2;
    const { status, from } = change as Record<string, unknown>;
    const index = statusIndex(status);
    if (index < 0 || !isDay(from) || from < previous) return -2;
    previous = from;
    if (from <= period.end) {
      last = index;
      lastFrom = from;
    }
  }
  if (last < 0) return -1;
  if ((last === CLOSED || last === CANCELLED) && lastFrom < period.start) return -1;
  return last;
}

function optionalSpan(start: unknown, end: unknown): boolean {
  if (start !== undefined && !isDay(start)) return false;
  if (end !== undefined && !isDay(end)) return false;
  return start === undefined || end === undefined || end >= start;
}

// ── international agreements ────────────────────────────────────────────────

/** An agreement group's figures. */
export interface AgreementGroup {
  new: number;
  inForce: number;
}

function isForm(s: unknown): boolean {
  switch (s) {
    case "agreement":
    case "memorandum-of-understanding":
    case "letter-of-intent":
    case "cooperation-plan":
    case "minutes":
    case "other":
      return true;
    default:
      return false;
  }
}

function isSignatory(s: unknown): boolean {
  switch (s) {
    case "provincial-people-council":
    case "provincial-people-committee":
    case "department":
    case "district-people-committee":
    case "border-commune-people-committee":
      return true;
    default:
      return false;
  }
}

function isPartyKind(s: unknown): boolean {
  return s === "foreign-locality" || s === "international-organisation" || s === "foreign-enterprise" || s === "other";
}

function isAgreementStatus(s: unknown): boolean {
  return s === "signed" || s === "in-force" || s === "expired" || s === "terminated";
}

/**
 * Validates and groups wire international agreements in one pass.
 *
 * @param records - the wire agreements
 * @param period - the half-year counted
 */
export function tightAgreements(records: readonly unknown[], period: TightPeriod): TightKindResult<AgreementGroup> {
  const groups = new Map<string, Map<string, AgreementGroup>>();
  const key = halfYearOf(period);
  const start = (): AgreementGroup => ({ new: 0, inForce: 0 });
  let invalid = 0;
  for (let r = 0; r < records.length; r++) {
    const o = records[r];
    if (!isPlainObject(o)) {
      invalid++;
      continue;
    }
    const { id, member, title, form, signatory, foreignParties, signed, effective, expiry, terminated, status, field } =
      o;
    if (
      (id !== undefined && !isRecordId(id)) ||
      typeof member !== "string" ||
      !isMemberId(member) ||
      !isText(title, 500) ||
      !isForm(form) ||
      !isSignatory(signatory) ||
      !Array.isArray(foreignParties) ||
      foreignParties.length < 1 ||
      foreignParties.length > 50 ||
      !isDay(signed) ||
      !isAgreementStatus(status) ||
      (field !== undefined && !isText(field, 500)) ||
      (effective !== undefined && (!isDay(effective) || effective < signed)) ||
      (expiry !== undefined && (!isDay(expiry) || expiry < ((effective as string | undefined) ?? signed))) ||
      (terminated !== undefined && (!isDay(terminated) || status !== "terminated" || terminated < signed)) ||
      (signatory === "district-people-committee" && signed >= "2025-07-01")
    ) {
      invalid++;
      continue;
    }
    let ok = true;
    for (let i = 0; i < foreignParties.length && ok; i++) {
      const p = foreignParties[i];
      if (typeof p !== "object" || p === null) ok = false;
      else {
        const { kind, name, country } = p as Record<string, unknown>;
        ok = isPartyKind(kind) && isText(name, 500) && (country === undefined || KNOWN_COUNTRY.has(country as string));
      }
    }
    if (!ok) {
      invalid++;
      continue;
    }
    const isNew = signed >= period.start && signed <= period.end;
    const day = period.end;
    const from = (effective as string | undefined) ?? signed;
    const inForce =
      day >= from &&
      (expiry === undefined || day <= (expiry as string)) &&
      (status !== "terminated" || (terminated !== undefined && day < (terminated as string)));
    if (!isNew && !inForce) continue;
    const g = groupOf(groups, member, key, start);
    if (isNew) g.new++;
    if (inForce) g.inForce++;
  }
  return { groups, invalid };
}

// ── consular cases ──────────────────────────────────────────────────────────

/** A consular group's figures: cases per type. */
export interface ConsularGroup {
  consular: number;
  citizenProtection: number;
  abtc: number;
  /** The registered types, by name. */
  other: Map<string, number>;
}

/** The built-in consular case types. */
export const BUILT_IN_CASE_TYPES: ReadonlySet<string> = new Set(["consular", "citizen-protection", "abtc-application"]);

/**
 * Validates and groups wire consular cases in one pass.
 *
 * @param records - the wire cases
 * @param period - the half-year counted
 * @param types - the known case types: the built-in ones and those registered
 */
export function tightConsularCases(
  records: readonly unknown[],
  period: TightPeriod,
  types: ReadonlySet<string> = BUILT_IN_CASE_TYPES,
): TightKindResult<ConsularGroup> {
  const groups = new Map<string, Map<string, ConsularGroup>>();
  const key = halfYearOf(period);
  const start = (): ConsularGroup => ({ consular: 0, citizenProtection: 0, abtc: 0, other: new Map() });
  let invalid = 0;
  for (let r = 0; r < records.length; r++) {
    const o = records[r];
    if (!isPlainObject(o)) {
      invalid++;
      continue;
    }
    const { id, member, type, opened, closed, status, persons, country, summary, abtc } = o;
    if (
      (id !== undefined && !isRecordId(id)) ||
      typeof member !== "string" ||
      !isMemberId(member) ||
      !types.has(type as string) ||
      !isDay(opened) ||
      (status !== "open" && status !== "closed") ||
      !Number.isSafeInteger(persons) ||
      (persons as number) < 1 ||
      (persons as number) > 100_000 ||
      (country !== undefined && !KNOWN_COUNTRY.has(country as string)) ||
      (summary !== undefined && !isText(summary, 5000)) ||
      (closed === undefined ? status === "closed" : !isDay(closed) || status !== "closed" || closed < opened)
    ) {
      invalid++;
      continue;
    }
    let ok: boolean;
    if (type !== "abtc-application") ok = abtc === undefined;
    else if (typeof abtc !== "object" || abtc === null) ok = false;
    else {
      const { enterprise, decision } = abtc as Record<string, unknown>;
      ok = isText(enterprise, 500);
      if (ok && decision !== undefined) {
        if (typeof decision !== "object" || decision === null) ok = false;
        else {
          const { outcome, number, date } = decision as Record<string, unknown>;
          ok =
            (outcome === "approved" || outcome === "refused") &&
            (number === undefined || isText(number, 500)) &&
            isDay(date) &&
            date >= opened;
        }
      }
    }
    if (!ok) {
      invalid++;
      continue;
    }
    if (opened < period.start || opened > period.end) continue;
    const g = groupOf(groups, member, key, start);
    if (type === "consular") g.consular++;
    else if (type === "citizen-protection") g.citizenProtection++;
    else if (type === "abtc-application") g.abtc++;
    else g.other.set(type as string, (g.other.get(type as string) ?? 0) + 1);
  }
  return { groups, invalid };
}

// ── ODA projects ────────────────────────────────────────────────────────────

/** An ODA group's figures. */
export interface OdaGroup {
  /** Projects per status, by the index of {@link ACTIVITY_STATUSES}. */
  byStatus: number[];
  projects: number;
  capital: Sums;
  completed: number;
  completedCapital: Sums;
  commitments: Sums;
  disbursements: Sums;
}

function isDonorKind(s: unknown): boolean {
  return s === "government" || s === "multilateral" || s === "ngo" || s === "private" || s === "other";
}

function isCapitalType(s: unknown): boolean {
  return s === "non-refundable-oda" || s === "oda-loan" || s === "concessional-loan";
}

function isModality(s: unknown): boolean {
  return s === "programme" || s === "project" || s === "non-project" || s === "budget-support";
}

function isSector(s: unknown): boolean {
  if (typeof s !== "string" || s.length !== 5) return false;
  for (let i = 0; i < 5; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

// The in-period transactions of the record being checked, summed only once it is valid.
const pendingUnits: bigint[] = [];
const pendingSlot: number[] = [];
const pendingCommitment: boolean[] = [];

/**
 * Validates and groups wire ODA projects in one pass.
 *
 * @param records - the wire projects
 * @param period - the half-year counted
 */
export function tightOdaProjects(records: readonly unknown[], period: TightPeriod): TightKindResult<OdaGroup> {
  const groups = new Map<string, Map<string, OdaGroup>>();
  const key = halfYearOf(period);
  const start = (): OdaGroup => ({
    byStatus: [0, 0, 0, 0, 0, 0],
    projects: 0,
    capital: [],
    completed: 0,
    completedCapital: [],
    commitments: [],
    disbursements: [],
  });
  let invalid = 0;
  for (let r = 0; r < records.length; r++) {
    const o = records[r];
    if (!isPlainObject(o)) {
      invalid++;
      continue;
    }
    const {
      id,
      member,
      title,
      donors,
      capitalType,
      modality,
      capital,
      statuses,
      start: begins,
      end,
      sector,
      transactions,
    } = o;
    if (
      (id !== undefined && !isRecordId(id)) ||
      typeof member !== "string" ||
      !isMemberId(member) ||
      !isText(title, 500) ||
      !isCapitalType(capitalType) ||
      !isModality(modality) ||
      !Array.isArray(donors) ||
      donors.length < 1 ||
      donors.length > 50 ||
      typeof capital !== "object" ||
      capital === null ||
      !optionalSpan(begins, end) ||
      (sector !== undefined && !isSector(sector)) ||
      (transactions !== undefined && (!Array.isArray(transactions) || transactions.length > 10_000))
    ) {
      invalid++;
      continue;
    }
    let ok = true;
    for (let i = 0; i < donors.length && ok; i++) {
      const d = donors[i];
      if (typeof d !== "object" || d === null) ok = false;
      else {
        const { name, kind, country } = d as Record<string, unknown>;
        ok = isText(name, 500) && isDonorKind(kind) && (country === undefined || KNOWN_COUNTRY.has(country as string));
      }
    }
    // The capital: the parts in the total's currency, their sum not above it.
    const { total, foreign, domestic } = capital as Record<string, unknown>;
    let totalSlot = 0;
    let totalValue = 0;
    let totalFits = false;
    let totalText = "";
    let totalDigits = 0;
    if (ok && amountOk(total)) {
      totalSlot = amountSlot;
      totalValue = amountValue;
      totalFits = amountFits;
      totalText = amountText;
      totalDigits = amountDigits;
      let partsValue = 0; // each part below 10^15 when it fits: the sum of two is exact
      let partsFit = true;
      if (foreign !== undefined) {
        if (!amountOk(foreign) || amountSlot !== totalSlot) ok = false;
        else {
          partsValue += amountValue;
          partsFit &&= amountFits;
        }
      }
      if (ok && domestic !== undefined) {
        if (!amountOk(domestic) || amountSlot !== totalSlot) ok = false;
        else {
          partsValue += amountValue;
          partsFit &&= amountFits;
        }
      }
      if (ok && (foreign !== undefined || domestic !== undefined)) {
        if (partsFit && totalFits) ok = partsValue <= totalValue;
        else {
          // Long amounts: exact, in BigInt.
          let sum = 0n;
          if (foreign !== undefined) sum += minorUnits((foreign as { amount: string }).amount, totalDigits) as bigint;
          if (domestic !== undefined) sum += minorUnits((domestic as { amount: string }).amount, totalDigits) as bigint;
          ok = sum <= (minorUnits(totalText, totalDigits) as bigint);
        }
      }
    } else ok = false;
    const placed = ok ? placedStatus(statuses, period) : -2;
    if (placed === -2) {
      invalid++;
      continue;
    }
    let pending = 0;
    if (transactions !== undefined) {
      const list = transactions as unknown[];
      for (let i = 0; i < list.length; i++) {
        const t = list[i];
        if (typeof t !== "object" || t === null) {
          ok = false;
          break;
        }
        const { type, value, date } = t as Record<string, unknown>;
        if ((type !== "commitment" && type !== "disbursement") || !amountOk(value) || !isDay(date)) {
          ok = false;
          break;
        }
        if (placed >= 0 && date >= period.start && date <= period.end) {
          pendingUnits[pending] = amountUnits();
          pendingSlot[pending] = amountSlot;
          pendingCommitment[pending] = type === "commitment";
          pending++;
        }
      }
    }
    if (!ok) {
      invalid++;
      continue;
    }
    if (placed < 0) continue;
    const g = groupOf(groups, member, key, start);
    (g.byStatus[placed] as number)++;
    for (let i = 0; i < pending; i++)
      add(pendingCommitment[i] ? g.commitments : g.disbursements, pendingSlot[i] as number, pendingUnits[i] as bigint);
    if (placed === CANCELLED) continue;
    g.projects++;
    const units = totalFits ? BigInt(totalValue) : (minorUnits(totalText, totalDigits) as bigint);
    add(g.capital, totalSlot, units);
    if (placed === FINALISATION || placed === CLOSED) {
      g.completed++;
      add(g.completedCapital, totalSlot, units);
    }
  }
  return { groups, invalid };
}

// ── NGO projects ────────────────────────────────────────────────────────────

/** An NGO group's figures. */
export interface NgoGroup {
  projects: number;
  committed: Sums;
  disbursements: Sums;
  /** Distinct donors: country → folded names. */
  donors: Map<string, Set<string>>;
}

function isAidForm(s: unknown): boolean {
  return s === "programme" || s === "project" || s === "non-project";
}

/** A name folded as `foldVietnamese` folds it: ASCII by character codes, anything else through NFD. */
export function foldName(s: string): string {
  const n = s.length;
  let start = 0;
  let end = n;
  while (start < end && isWhite(s.charCodeAt(start))) start++;
  while (end > start && isWhite(s.charCodeAt(end - 1))) end--;
  let upper = false;
  let previousWhite = false;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128) return foldSlow(s);
    if (c === 32 || (c >= 9 && c <= 13)) {
      if (c !== 32 || previousWhite) return foldSlow(s);
      previousWhite = true;
    } else {
      previousWhite = false;
      if (c >= 65 && c <= 90) upper = true;
    }
  }
  const t = start === 0 && end === n ? s : s.slice(start, end);
  return upper ? t.toLowerCase() : t;
}

/** The whole fold: NFD, combining marks U+0300–U+036F dropped, đ Đ Ð ð as d, lower case, white space runs as one space, trimmed. */
function foldSlow(s: string): string {
  const nfd = s.normalize("NFD");
  let stripped = "";
  for (let i = 0; i < nfd.length; i++) {
    const c = nfd.charCodeAt(i);
    if (c >= 0x300 && c <= 0x36f) continue;
    stripped += c === 0x111 || c === 0x110 || c === 0xd0 || c === 0xf0 ? "d" : nfd[i];
  }
  const lower = stripped.toLowerCase();
  let out = "";
  let white = false;
  for (let i = 0; i < lower.length; i++) {
    if (isWhite(lower.charCodeAt(i))) white = true;
    else {
      if (white && out.length > 0) out += " ";
      white = false;
      out += lower[i];
    }
  }
  return out;
}

/**
 * Validates and groups wire NGO projects in one pass.
 *
 * @param records - the wire projects
 * @param period - the half-year counted
 */
export function tightNgoProjects(records: readonly unknown[], period: TightPeriod): TightKindResult<NgoGroup> {
  const groups = new Map<string, Map<string, NgoGroup>>();
  const key = halfYearOf(period);
  const start = (): NgoGroup => ({ projects: 0, committed: [], disbursements: [], donors: new Map() });
  let invalid = 0;
  for (let r = 0; r < records.length; r++) {
    const o = records[r];
    if (!isPlainObject(o)) {
      invalid++;
      continue;
    }
    const {
      id,
      member,
      title,
      donor,
      aidForm,
      committed,
      disbursements,
      approval,
      sector,
      statuses,
      start: begins,
      end,
    } = o;
    if (
      (id !== undefined && !isRecordId(id)) ||
      typeof member !== "string" ||
      !isMemberId(member) ||
      !isText(title, 500) ||
      !isAidForm(aidForm) ||
      typeof donor !== "object" ||
      donor === null ||
      typeof approval !== "object" ||
      approval === null ||
      (sector !== undefined && !isText(sector, 500)) ||
      !optionalSpan(begins, end) ||
      (disbursements !== undefined && (!Array.isArray(disbursements) || disbursements.length > 10_000))
    ) {
      invalid++;
      continue;
    }
    const { name, country } = donor as Record<string, unknown>;
    const { number, date: approved, authority } = approval as Record<string, unknown>;
    if (
      !isText(name, 500) ||
      !KNOWN_COUNTRY.has(country as string) ||
      !isText(number, 500) ||
      !isDay(approved) ||
      !isText(authority, 500) ||
      !amountOk(committed)
    ) {
      invalid++;
      continue;
    }
    const committedSlot = amountSlot;
    const committedUnits = amountFits ? amountValue : -1;
    const committedText = amountText;
    const committedDigits = amountDigits;
    const placed = placedStatus(statuses, period);
    if (placed === -2) {
      invalid++;
      continue;
    }
    let ok = true;
    let pending = 0;
    if (disbursements !== undefined) {
      const list = disbursements as unknown[];
      for (let i = 0; i < list.length; i++) {
        const d = list[i];
        if (typeof d !== "object" || d === null) {
          ok = false;
          break;
        }
        const { value, date } = d as Record<string, unknown>;
        if (!amountOk(value) || !isDay(date) || date < approved) {
          ok = false;
          break;
        }
        if (placed >= 0 && date >= period.start && date <= period.end) {
          pendingUnits[pending] = amountUnits();
          pendingSlot[pending] = amountSlot;
          pending++;
        }
      }
    }
    if (!ok) {
      invalid++;
      continue;
    }
    if (placed < 0) continue;
    const g = groupOf(groups, member, key, start);
    for (let i = 0; i < pending; i++) add(g.disbursements, pendingSlot[i] as number, pendingUnits[i] as bigint);
    if (placed === CANCELLED) continue;
    g.projects++;
    add(
      g.committed,
      committedSlot,
      committedUnits >= 0 ? BigInt(committedUnits) : (minorUnits(committedText, committedDigits) as bigint),
    );
    const folded = foldName(name as string);
    let names = g.donors.get(country as string);
    if (names === undefined) {
      names = new Set();
      g.donors.set(country as string, names);
    }
    names.add(folded);
  }
  return { groups, invalid };
}

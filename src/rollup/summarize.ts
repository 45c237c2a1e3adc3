import {
  type ActivityStatus,
  type ConsularCase,
  type Delegation,
  type InternationalAgreement,
  isAgreementInForce,
  type Member,
  type NgoProject,
  type OdaProject,
  type StatusChange,
} from "../entities/index.js";
import { NgoaivuError } from "../errors/index.js";
import { Figure } from "../figure/index.js";
import { type Money, MoneyBag } from "../money/index.js";
import { Period, parsePeriod, periodRange, type ReportingConvention } from "../period/index.js";
import { foldVietnamese } from "../reference/index.js";
import type {
  DirectionCounts,
  Figures,
  MemberReport,
  MoneyTotal,
  RecordCounts,
  RecordKind,
  Summary,
} from "./schema.js";

/**
 * The decoded records to summarize, one bucket per kind of record (the
 * bucket says what a record is: no guessing from its fields). Every bucket
 * is optional.
 */
export interface RecordSet {
  /** Delegations (`DelegationSchema`). */
  readonly delegations?: readonly Delegation[];
  /** International agreements (`InternationalAgreementSchema`). */
  readonly agreements?: readonly InternationalAgreement[];
  /** Consular cases (`ConsularCaseSchema`). */
  readonly consularCases?: readonly ConsularCase[];
  /** ODA projects (`OdaProjectSchema`). */
  readonly odaProjects?: readonly OdaProject[];
  /** Foreign NGO projects (`NgoProjectSchema`). */
  readonly ngoProjects?: readonly NgoProject[];
}

/** Options for {@link summarize}. */
export interface SummarizeOptions {
  /** The period: a `Period` or its text (`"2024-H1"`, `"6 tháng đầu năm 2024"`). */
  readonly period: Period | string;
  /** Cut-off convention; `"statistical"` (calendar) by default. */
  readonly convention?: ReportingConvention;
  /**
   * The known members (`Member` records or ids). When given, a record of any
   * other member, or of a listed member that does not operate during the
   * period (its `validFrom`/`validTo` do not overlap it), is counted as
   * `unknownMember` and named in `unknownMembers`, never summed. A listed
   * member with no record gets **no** report: nothing came from it, so it
   * has not reported (see `complete` for a member that had nothing to
   * report). Without a list, every member named by a record gets a report.
   */
  readonly members?: readonly (Member | string)[];
  /**
   * The members whose records for the period are complete (they sent their
   * whole register), so that no record in the period means nothing to
   * report. Such a member with no record in the period gets a nil return:
   * every figure zero and `nilReturn: true`. Without it, a member with no
   * record in the period has not reported, whatever the zeros say.
   */
  readonly complete?: readonly string[];
}

interface Directions {
  o: number;
  i: number;
}

class Acc {
  counted = 0;
  outside = 0;
  out = 0;
  inc = 0;
  cancelled = 0;
  people = 0;
  costs: Money[] = [];
  countries = new Map<string, Directions>();
  levels = new Map<string, Directions>();
  agNew = 0;
  agInForce = 0;
  cases = new Map<string, number>();
  odaStatus = new Map<ActivityStatus, number>();
  odaProjects = 0;
  odaCapital: Money[] = [];
  odaCompleted = 0;
  odaCompletedCapital: Money[] = [];
  odaCommitments: Money[] = [];
  odaDisbursements: Money[] = [];
  ngoProjects = 0;
  ngoCommitted: Money[] = [];
  ngoDisbursements: Money[] = [];
  donors = new Set<string>();
}

const EMPTY_COUNTS: RecordCounts = { input: 0, counted: 0, outsidePeriod: 0, unknownMember: 0 };

function counts(): { input: number; counted: number; outsidePeriod: number; unknownMember: number } {
  return { ...EMPTY_COUNTS };
}

function byKey(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function exact(n: number): Figure {
  return Figure.count(n);
}

function total(amounts: readonly Money[]): MoneyTotal {
  return { qualifier: "exact", amounts: MoneyBag.from(amounts) };
}

function directions(map: Map<string, Directions>): Record<string, DirectionCounts> {
  const out: Record<string, DirectionCounts> = {};
  for (const key of [...map.keys()].sort(byKey)) {
    const d = map.get(key) as Directions;
    out[key] = { outgoing: exact(d.o), incoming: exact(d.i) };
  }
  return out;
}

const CASE_FIELDS: Readonly<Record<string, "consularCases" | "citizenProtection" | "abtcApplications">> = {
  consular: "consularCases",
  "citizen-protection": "citizenProtection",
  "abtc-application": "abtcApplications",
};

/** The figures of a member with no record: every figure an exact zero (a nil return's figures). */
export function zeroFigures(): Figures {
  return figuresOf(new Acc());
}

function figuresOf(a: Acc): Figures {
  const other: Record<string, Figure> = {};
  for (const type of [...a.cases.keys()].sort(byKey)) {
    if (CASE_FIELDS[type] === undefined) other[type] = exact(a.cases.get(type) as number);
  }
  const byStatus: Partial<Record<ActivityStatus, Figure>> = {};
  for (const status of ["pipeline", "implementation", "finalisation", "closed", "cancelled", "suspended"] as const) {
    const n = a.odaStatus.get(status);
    if (n !== undefined) byStatus[status] = exact(n);
  }
  return {
    delegations: {
      outgoing: exact(a.out),
      incoming: exact(a.inc),
      cancelled: exact(a.cancelled),
      people: exact(a.people),
      cost: total(a.costs),
      byCountry: directions(a.countries),
      byLevel: directions(a.levels),
    },
    agreements: { new: exact(a.agNew), inForce: exact(a.agInForce) },
    consular: {
      consularCases: exact(a.cases.get("consular") ?? 0),
      citizenProtection: exact(a.cases.get("citizen-protection") ?? 0),
      abtcApplications: exact(a.cases.get("abtc-application") ?? 0),
      other,
    },
    oda: {
      projects: exact(a.odaProjects),
      byStatus,
      capital: total(a.odaCapital),
      completed: exact(a.odaCompleted),
      completedCapital: total(a.odaCompletedCapital),
      commitments: total(a.odaCommitments),
      disbursements: total(a.odaDisbursements),
    },
    ngo: {
      projects: exact(a.ngoProjects),
      committed: total(a.ngoCommitted),
      disbursements: total(a.ngoDisbursements),
      donors: exact(a.donors.size),
      donorKeys: [...a.donors].sort(byKey),
    },
  };
}

/**
 * The status of a project at the end of the period, or `undefined` when the
 * project does not belong to the period: it has no status yet on the last
 * day, or it was already closed or cancelled before the first day (and did
 * not change during the period).
 */
function statusInPeriod(statuses: readonly StatusChange[], start: string, end: string): ActivityStatus | undefined {
  let last: StatusChange | undefined;
  for (const change of statuses) {
    if (change.from > end) break;
    last = change;
  }
  if (last === undefined) return undefined;
  if ((last.status === "closed" || last.status === "cancelled") && last.from < start) return undefined;
  return last.status;
}

/** A donor's identity across records: country and folded name (`GB:plan international`). */
function donorKey(donor: NgoProject["donor"]): string {
  return `${donor.country}:${foldVietnamese(donor.name)}`;
}

/** Whether a member operates on some day of `start..end` (its validity overlaps the period). */
function operatesDuring(member: Pick<Member, "validFrom" | "validTo">, start: string, end: string): boolean {
  return (
    (member.validFrom === undefined || member.validFrom <= end) &&
    (member.validTo === undefined || member.validTo >= start)
  );
}

function resolvePeriod(period: unknown): Period {
  if (Period.isPeriod(period)) return period;
  if (typeof period === "string") return parsePeriod(period);
  throw new NgoaivuError("INVALID_ARGUMENT", { name: "period", detail: "expected a Period or its text, e.g. 2024-H1" });
}

/**
 * Summarizes records into one {@link MemberReport} per member for a period,
 * every figure exact, and accounts for every input record: each one is
 * `counted`, `outsidePeriod`, or of an `unknownMember` (when a member list is
 * given), so `counted + outsidePeriod + unknownMember = input`, in all and
 * per kind of record.
 *
 * What counts in the period (under the chosen convention's cut-off days):
 * - a delegation by its start day: outgoing and incoming (by country and by
 *   leader level, plus people and cost) unless cancelled, which is counted
 *   apart (`cancelled`);
 * - an agreement when it is new (signed in the period) or in force on the
 *   period's last day (both are counted when both hold);
 * - a consular case by its opening day, per type;
 * - an ODA or NGO project by its status on the period's last day; a project
 *   with no status yet, or closed or cancelled before the period, is outside.
 *   Cancelled projects appear only in `byStatus`; completed means status
 *   finalisation or closed (IATI 3 and 4). Commitments and disbursements
 *   count when their value day is in the period, in separate bags.
 *
 * A member counts as reported only when something came from it: a report
 * whose records were all outside the period (`records.counted` 0) proves
 * nothing about the period, and `compile` lists its member as not reported
 * (see {@link isReported}). A member listed in `complete` with no record in
 * the period gets a nil return instead (`nilReturn: true`, every figure 0).
 *
 * The result is a mergeable partial: `merge(summarize(A), summarize(B))`
 * equals `summarize(A ∪ B)` (same options), so shards can be summarized
 * apart.
 *
 * @param records - decoded records in buckets: `{ delegations, agreements, consularCases, odaProjects, ngoProjects }`
 * @param options - `period` (required), `convention`, `members`, `complete`
 * @returns the reports (sorted by member id), the record counts, and the
 * unknown members with their record counts
 * @throws `INVALID_ARGUMENT` for a missing period or an unknown convention; `UNPARSEABLE_PERIOD`
 *
 * @example
 * ```ts
 * import { summarize, Money } from "ngoaivu";
 * const trip = { member: "so-ngoai-vu-cao-bang", direction: "outgoing", start: "2024-03-04", end: "2024-03-08",
 *   countries: ["CN"], ledBy: "people-committee-vice-chair", headcount: 8, purpose: "Border trade talks",
 *   status: "completed", cost: Money.of("120000000", "VND") } as const;
 * const later = { ...trip, start: "2024-07-10", end: "2024-07-12" };
 * const summary = summarize({ delegations: [trip, later] }, { period: "2024-H1" });
 * summary.records; //=> { input: 2, counted: 1, outsidePeriod: 1, unknownMember: 0 }
 * summary.reports[0]?.figures.delegations?.outgoing?.toString(); //=> "1"
 * summary.reports[0]?.figures.delegations?.byCountry?.CN?.outgoing.toString(); //=> "1"
 * ```
 */
function isIterable(value: unknown): boolean {
  return (
    typeof value === "object" && value !== null && typeof (value as Iterable<unknown>)[Symbol.iterator] === "function"
  );
}

export function summarize(records: RecordSet, options: SummarizeOptions): Summary {
  if (typeof records !== "object" || records === null) {
    throw new NgoaivuError("INVALID_ARGUMENT", { name: "records", detail: "expected { delegations, agreements, … }" });
  }
  if (typeof options !== "object" || options === null) {
    throw new NgoaivuError("INVALID_ARGUMENT", { name: "options", detail: "expected { period }" });
  }
  for (const key of ["delegations", "agreements", "consularCases", "odaProjects", "ngoProjects"] as const) {
    if (records[key] !== undefined && !Array.isArray(records[key])) {
      throw new NgoaivuError("INVALID_ARGUMENT", { name: key, detail: "expected an array of decoded records" });
    }
  }
  if (options.members !== undefined && !isIterable(options.members)) {
    throw new NgoaivuError("INVALID_ARGUMENT", { name: "members", detail: "expected an array of members or ids" });
  }
  const period = resolvePeriod(options.period);
  const convention = options.convention ?? "statistical";
  const { start, end } = periodRange(period, convention);

  const accs = new Map<string, Acc>();
  const known = options.members === undefined ? undefined : new Set<string>();
  for (const m of options.members ?? []) {
    const id: unknown = typeof m === "string" ? m : typeof m === "object" && m !== null ? m.id : undefined;
    if (typeof id !== "string") {
      throw new NgoaivuError("INVALID_ARGUMENT", { name: "members", detail: "expected members or member ids" });
    }
    // Membership is by date: a member that does not operate on any day of the period is not one for it.
    if (typeof m === "string" || operatesDuring(m, start, end)) known?.add(id);
  }
  const complete = new Set<string>();
  if (options.complete !== undefined) {
    if (!isIterable(options.complete)) {
      throw new NgoaivuError("INVALID_ARGUMENT", { name: "complete", detail: "expected an array of member ids" });
    }
    for (const id of options.complete as Iterable<unknown>) {
      if (typeof id !== "string") {
        throw new NgoaivuError("INVALID_ARGUMENT", { name: "complete", detail: "expected member ids" });
      }
      if (known === undefined || known.has(id)) complete.add(id);
    }
  }
  for (const id of complete) if (!accs.has(id)) accs.set(id, new Acc());
  const unknown = new Map<string, number>();
  const byKind = {
    delegations: counts(),
    agreements: counts(),
    consularCases: counts(),
    odaProjects: counts(),
    ngoProjects: counts(),
  } satisfies Record<RecordKind, RecordCounts>;

  // The member's accumulator, or undefined for an unknown member.
  let lastId = "";
  let lastAcc: Acc | undefined;
  const accOf = (id: string): Acc | undefined => {
    if (id === lastId && lastAcc !== undefined) return lastAcc;
    let acc = accs.get(id);
    if (acc === undefined) {
      if (known !== undefined && !known.has(id)) {
        unknown.set(id, (unknown.get(id) ?? 0) + 1);
        return undefined;
      }
      acc = new Acc();
      accs.set(id, acc);
    }
    lastId = id;
    lastAcc = acc;
    return acc;
  };

  const delegations = records.delegations ?? [];
  {
    const c = byKind.delegations;
    c.input = delegations.length;
    for (let k = 0; k < delegations.length; k++) {
      const d = delegations[k] as Delegation;
      const acc = accOf(d.member);
      if (acc === undefined) {
        c.unknownMember++;
        continue;
      }
      const day = d.start;
      if (day < start || day > end) {
        acc.outside++;
        c.outsidePeriod++;
        continue;
      }
      acc.counted++;
      c.counted++;
      if (d.status === "cancelled") {
        acc.cancelled++;
        continue;
      }
      const outgoing = d.direction === "outgoing";
      if (outgoing) acc.out++;
      else acc.inc++;
      acc.people += d.headcount;
      if (d.cost !== undefined) acc.costs.push(d.cost);
      const countries = d.countries;
      for (let j = 0; j < countries.length; j++) {
        const code = countries[j] as string;
        let dir = acc.countries.get(code);
        if (dir === undefined) {
          dir = { o: 0, i: 0 };
          acc.countries.set(code, dir);
        }
        if (outgoing) dir.o++;
        else dir.i++;
      }
      let level = acc.levels.get(d.ledBy);
      if (level === undefined) {
        level = { o: 0, i: 0 };
        acc.levels.set(d.ledBy, level);
      }
      if (outgoing) level.o++;
      else level.i++;
    }
  }

  for (const a of records.agreements ?? []) {
    const c = byKind.agreements;
    c.input++;
    const acc = accOf(a.member);
    if (acc === undefined) {
      c.unknownMember++;
      continue;
    }
    const isNew = a.signed >= start && a.signed <= end;
    const inForce = isAgreementInForce(a, end);
    if (!isNew && !inForce) {
      acc.outside++;
      c.outsidePeriod++;
      continue;
    }
    acc.counted++;
    c.counted++;
    if (isNew) acc.agNew++;
    if (inForce) acc.agInForce++;
  }

  for (const x of records.consularCases ?? []) {
    const c = byKind.consularCases;
    c.input++;
    const acc = accOf(x.member);
    if (acc === undefined) {
      c.unknownMember++;
      continue;
    }
    if (x.opened < start || x.opened > end) {
      acc.outside++;
      c.outsidePeriod++;
      continue;
    }
    acc.counted++;
    c.counted++;
    acc.cases.set(x.type, (acc.cases.get(x.type) ?? 0) + 1);
  }

  for (const p of records.odaProjects ?? []) {
    const c = byKind.odaProjects;
    c.input++;
    const acc = accOf(p.member);
    if (acc === undefined) {
      c.unknownMember++;
      continue;
    }
    const status = statusInPeriod(p.statuses, start, end);
    if (status === undefined) {
      acc.outside++;
      c.outsidePeriod++;
      continue;
    }
    acc.counted++;
    c.counted++;
    acc.odaStatus.set(status, (acc.odaStatus.get(status) ?? 0) + 1);
    for (const t of p.transactions ?? []) {
      if (t.date < start || t.date > end) continue;
      (t.type === "commitment" ? acc.odaCommitments : acc.odaDisbursements).push(t.value);
    }
    if (status === "cancelled") continue;
    acc.odaProjects++;
    acc.odaCapital.push(p.capital.total);
    if (status === "finalisation" || status === "closed") {
      acc.odaCompleted++;
      acc.odaCompletedCapital.push(p.capital.total);
    }
  }

  for (const p of records.ngoProjects ?? []) {
    const c = byKind.ngoProjects;
    c.input++;
    const acc = accOf(p.member);
    if (acc === undefined) {
      c.unknownMember++;
      continue;
    }
    const status = statusInPeriod(p.statuses, start, end);
    if (status === undefined) {
      acc.outside++;
      c.outsidePeriod++;
      continue;
    }
    acc.counted++;
    c.counted++;
    for (const d of p.disbursements ?? []) {
      if (d.date >= start && d.date <= end) acc.ngoDisbursements.push(d.value);
    }
    if (status === "cancelled") continue;
    acc.ngoProjects++;
    acc.ngoCommitted.push(p.committed);
    acc.donors.add(donorKey(p.donor));
  }

  const reports: MemberReport[] = [];
  for (const id of [...accs.keys()].sort(byKey)) {
    const acc = accs.get(id) as Acc;
    const report: MemberReport = {
      member: id,
      period,
      convention,
      basis: "records",
      figures: figuresOf(acc),
      records: { counted: acc.counted, outsidePeriod: acc.outside },
    };
    reports.push(acc.counted === 0 && complete.has(id) ? { ...report, nilReturn: true } : report);
  }
  const all = counts();
  for (const c of Object.values(byKind)) {
    all.input += c.input;
    all.counted += c.counted;
    all.outsidePeriod += c.outsidePeriod;
    all.unknownMember += c.unknownMember;
  }
  const unknownMembers = [...unknown.keys()].sort(byKey);
  const unknownMemberRecords: Record<string, number> = {};
  for (const id of unknownMembers) unknownMemberRecords[id] = unknown.get(id) as number;
  return { period, convention, reports, records: all, byKind, unknownMembers, unknownMemberRecords };
}

import type * as z from "zod";
import { byKey } from "../_lib/order.js";
import { type DeepReadonly, isMemberActiveDuring, type Member } from "../entities/index.js";
import { NgoaivuError } from "../errors/index.js";
import { type AnyRecordKind, RECORD_KIND_DECLARATIONS } from "../kinds/index.js";
import { type Period, periodRange, type ReportingConvention } from "../period/index.js";
import { periodArg } from "./_period.js";
import type { Figures, MemberReport, RecordCounts, RecordKind, ReportSchemasOf, Summary } from "./schema.js";

/** The type of the built-in record kinds' list, `RECORD_KIND_DECLARATIONS`. */
export type BuiltInKinds = typeof RECORD_KIND_DECLARATIONS;

/**
 * The decoded records of a list of record kinds: one optional bucket per
 * kind, holding its schema's output. Arrays and properties may be readonly
 * at any depth ({@link DeepReadonly}): an `as const` record is accepted as
 * it is. Its dates are decoded ones (`CalendarDate`, `YYYY-MM-DD`): a
 * database row is decoded first (`parse`, `parseBatch`), which reads its
 * days and instants on the Vietnam calendar.
 */
export type RecordSetOf<K extends readonly AnyRecordKind[]> = {
  readonly [D in K[number] as D["bucket"]]?: readonly DeepReadonly<z.output<D["schema"]>>[];
};

/**
 * The decoded records to summarize, one bucket per kind of record (the
 * bucket says what a record is: no guessing from its fields). Every bucket
 * is optional: `delegations` (`DelegationSchema`), `agreements`
 * (`InternationalAgreementSchema`), `consularCases` (`ConsularCaseSchema`),
 * `odaProjects` (`OdaProjectSchema`), `ngoProjects` (`NgoProjectSchema`).
 * The buckets come from the record kinds (`RECORD_KIND_DECLARATIONS`).
 */
export type RecordSet = RecordSetOf<BuiltInKinds>;

/**
 * The result of `summarize` for a list of record kinds: a {@link Summary}
 * whose reports' figures have one section, and whose `byKind` one bucket,
 * per kind of the list (the output of `reportSchemas(kinds).summary`).
 */
export type SummaryOf<K extends readonly AnyRecordKind[]> = K extends BuiltInKinds
  ? Summary
  : z.output<ReportSchemasOf<K>["summary"]>;

/** Options for {@link summarize}. */
export interface SummarizeOptions<K extends readonly AnyRecordKind[] = BuiltInKinds> {
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
  /**
   * The record kinds to read, in order: `RECORD_KIND_DECLARATIONS` by
   * default. A list that adds a kind of an app's own (see `declareKind`)
   * reads its bucket and fills its section of every report.
   */
  readonly kinds?: K;
}

/** A member's tallies: one accumulator per record kind, in the kinds' order, and its record counts. */
interface MemberTally {
  counted: number;
  outside: number;
  readonly parts: unknown[];
}

function tally(kinds: readonly AnyRecordKind[]): MemberTally {
  return { counted: 0, outside: 0, parts: kinds.map((k) => k.start()) };
}

function counts(): { input: number; counted: number; outsidePeriod: number; unknownMember: number } {
  return { input: 0, counted: 0, outsidePeriod: 0, unknownMember: 0 };
}

function figuresOf(t: MemberTally, kinds: readonly AnyRecordKind[]): Figures {
  const out: Record<string, unknown> = {};
  kinds.forEach((kind, i) => {
    // Each kind reads back the accumulator its own `start` made.
    out[kind.section] = (kind.figures as (acc: unknown) => unknown)(t.parts[i]);
  });
  return out as Figures;
}

/** The figures of a member with no record: every figure an exact zero (a nil return's figures). */
export function zeroFigures(kinds: readonly AnyRecordKind[] = RECORD_KIND_DECLARATIONS): Figures {
  return figuresOf(tally(kinds), kinds);
}

function isIterable(value: unknown): boolean {
  return (
    typeof value === "object" && value !== null && typeof (value as Iterable<unknown>)[Symbol.iterator] === "function"
  );
}

/**
 * Summarizes records of a list of record kinds that adds a kind of an app's
 * own (see {@link declareKind}): as below, with the kind's bucket read and its
 * section filled, the result typed from the list.
 */
export function summarize<const K extends readonly AnyRecordKind[]>(
  records: NoInfer<RecordSetOf<K>>,
  options: SummarizeOptions<K> & { readonly kinds: K },
): SummaryOf<K>;
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
 * @param options - `period` (required), `convention`, `members`, `complete`, `kinds`
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
 * const later = { ...trip, start: "2024-07-10", end: "2024-07-12" } as const;
 * const summary = summarize({ delegations: [trip, later] }, { period: "2024-H1" });
 * summary.records; //=> { input: 2, counted: 1, outsidePeriod: 1, unknownMember: 0 }
 * summary.reports[0]?.figures.delegations?.outgoing?.toString(); //=> "1"
 * summary.reports[0]?.figures.delegations?.byCountry?.CN?.outgoing.toString(); //=> "1"
 * ```
 */
export function summarize(records: RecordSet, options: SummarizeOptions): Summary;
export function summarize(
  records: RecordSetOf<readonly AnyRecordKind[]>,
  options: SummarizeOptions<readonly AnyRecordKind[]>,
): Summary {
  if (typeof records !== "object" || records === null) {
    throw new NgoaivuError("INVALID_ARGUMENT", {
      name: "records",
      detail: { en: "expected { delegations, agreements, … }", vi: "cần đối tượng { delegations, agreements, … }" },
    });
  }
  if (typeof options !== "object" || options === null) {
    throw new NgoaivuError("INVALID_ARGUMENT", {
      name: "options",
      detail: { en: "expected { period }", vi: "cần đối tượng { period }" },
    });
  }
  const kinds: readonly AnyRecordKind[] = options.kinds ?? RECORD_KIND_DECLARATIONS;
  if (!Array.isArray(kinds)) {
    throw new NgoaivuError("INVALID_ARGUMENT", {
      name: "kinds",
      detail: { en: "expected a list of record kinds", vi: "cần danh sách loại bản ghi" },
    });
  }
  const buckets = records as Readonly<Record<string, unknown>>;
  for (const kind of kinds) {
    if (buckets[kind.bucket] !== undefined && !Array.isArray(buckets[kind.bucket])) {
      throw new NgoaivuError("INVALID_ARGUMENT", {
        name: kind.bucket,
        detail: { en: "expected an array of decoded records", vi: "cần danh sách bản ghi đã giải mã" },
      });
    }
  }
  if (options.members !== undefined && !isIterable(options.members)) {
    throw new NgoaivuError("INVALID_ARGUMENT", {
      name: "members",
      detail: { en: "expected an array of members or ids", vi: "cần danh sách thành viên hoặc mã thành viên" },
    });
  }
  const period = periodArg(options.period);
  const convention = options.convention ?? "statistical";
  const range = periodRange(period, convention);

  const tallies = new Map<string, MemberTally>();
  const known = options.members === undefined ? undefined : new Set<string>();
  for (const m of options.members ?? []) {
    const id: unknown = typeof m === "string" ? m : typeof m === "object" && m !== null ? m.id : undefined;
    if (typeof id !== "string") {
      throw new NgoaivuError("INVALID_ARGUMENT", {
        name: "members",
        detail: { en: "expected members or member ids", vi: "cần thành viên hoặc mã thành viên" },
      });
    }
    // Membership is by date: a member that does not operate on any day of the period is not one for it.
    if (typeof m === "string" || isMemberActiveDuring(m, range)) known?.add(id);
  }
  const complete = new Set<string>();
  if (options.complete !== undefined) {
    if (!isIterable(options.complete)) {
      throw new NgoaivuError("INVALID_ARGUMENT", {
        name: "complete",
        detail: { en: "expected an array of member ids", vi: "cần danh sách mã thành viên" },
      });
    }
    for (const id of options.complete as Iterable<unknown>) {
      if (typeof id !== "string") {
        throw new NgoaivuError("INVALID_ARGUMENT", {
          name: "complete",
          detail: { en: "expected member ids", vi: "cần mã thành viên" },
        });
      }
      if (known === undefined || known.has(id)) complete.add(id);
    }
  }
  for (const id of complete) if (!tallies.has(id)) tallies.set(id, tally(kinds));
  const unknown = new Map<string, number>();

  // The member's tallies, or undefined for an unknown member.
  let lastId = "";
  let lastTally: MemberTally | undefined;
  const tallyOf = (id: string): MemberTally | undefined => {
    if (id === lastId && lastTally !== undefined) return lastTally;
    let t = tallies.get(id);
    if (t === undefined) {
      if (known !== undefined && !known.has(id)) {
        unknown.set(id, (unknown.get(id) ?? 0) + 1);
        return undefined;
      }
      t = tally(kinds);
      tallies.set(id, t);
    }
    lastId = id;
    lastTally = t;
    return t;
  };

  // One loop over the kinds: each places its records in the period and counts them.
  const byKind = {} as Record<RecordKind, RecordCounts>;
  kinds.forEach((declared, i) => {
    // The kinds differ in their record types; this loop sees each one only through its own declaration.
    const kind = declared as unknown as {
      member(r: unknown): string;
      place(r: unknown, range: { start: string; end: string }): unknown;
      add(acc: unknown, r: unknown, placed: unknown, range: { start: string; end: string }): void;
    };
    const list = (buckets[declared.bucket] ?? []) as readonly unknown[];
    const c = counts();
    c.input = list.length;
    for (let k = 0; k < list.length; k++) {
      const record = list[k];
      const t = tallyOf(kind.member(record));
      if (t === undefined) {
        c.unknownMember++;
        continue;
      }
      const placed = kind.place(record, range);
      if (placed === undefined) {
        t.outside++;
        c.outsidePeriod++;
        continue;
      }
      t.counted++;
      c.counted++;
      kind.add(t.parts[i], record, placed, range);
    }
    byKind[declared.bucket as RecordKind] = c;
  });

  const reports: MemberReport[] = [];
  for (const id of [...tallies.keys()].sort(byKey)) {
    const t = tallies.get(id) as MemberTally;
    const report: MemberReport = {
      member: id,
      period,
      convention,
      basis: "records",
      figures: figuresOf(t, kinds),
      records: { counted: t.counted, outsidePeriod: t.outside },
    };
    reports.push(t.counted === 0 && complete.has(id) ? { ...report, nilReturn: true } : report);
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

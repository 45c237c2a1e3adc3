/**
 * Reading records back: rows → the wire form the library reads (amounts as
 * the decimal strings NUMERIC arrived as, days as `YYYY-MM-DD`: the Vietnam
 * day the library decoded on the way in) → decoded with the entity's schema.
 */
import {
  type ConsularCaseInput,
  ConsularCaseSchema,
  type DelegationInput,
  DelegationSchema,
  type EmulationCluster,
  type EmulationClusterInput,
  EmulationClusterSchema,
  type InternationalAgreementInput,
  InternationalAgreementSchema,
  type Member,
  type MemberInput,
  MemberSchema,
  type NgoProjectInput,
  NgoProjectSchema,
  type OdaProjectInput,
  OdaProjectSchema,
  parseBatch,
  type RecordSet,
} from "ngoaivu";
import type pg from "pg";
import type { z } from "zod";

type Queryable = Pick<pg.Pool, "query">;
type Row = Record<string, unknown>;

/** Turns a money column pair into its wire form; the amount stays the string NUMERIC arrived as. */
export type AmountReader = (amount: string) => string;

/** Options of the loaders. */
export interface LoadOptions {
  /**
   * How an amount read from the database becomes the wire amount. The
   * identity by default: the NUMERIC text goes to the library untouched. (The
   * oracle test swaps in a float conversion to prove it would notice.)
   */
  readonly amount?: AmountReader;
}

const str = (v: unknown): string => v as string;
const maybe = <T>(v: unknown): T | undefined => (v === null || v === undefined ? undefined : (v as T));

function put<T extends object, K extends string, V>(target: T, key: K, value: V | undefined): T {
  if (value !== undefined) (target as Record<string, unknown>)[key] = value;
  return target;
}

function decodeAll<S extends z.ZodType>(schema: S, name: string, wires: readonly unknown[]): z.output<S>[] {
  const { valid, invalid } = parseBatch(schema, wires);
  if (invalid.length > 0) {
    const first = invalid[0];
    throw new Error(
      `${invalid.length} stored ${name} record(s) no longer validate; first at ${first?.index}: ${JSON.stringify(first?.issues)}`,
    );
  }
  return valid.map((r) => r.value);
}

/**
 * A day column as `YYYY-MM-DD` text. The DATE is the record's day: the
 * Vietnam day the library decoded when the record came in (from the day, or
 * from the instant the sender gave, which is kept beside it as text). It is
 * read back as is, so a stored record never moves to another day.
 */
const DAY = (day: string) => `${day}::text`;

function money(
  amount: unknown,
  currency: unknown,
  read: AmountReader,
): { amount: string; currency: string } | undefined {
  if (amount === null || amount === undefined) return undefined;
  return { amount: read(str(amount)), currency: str(currency) };
}

function groupBy(rows: readonly Row[]): Map<string, Row[]> {
  const out = new Map<string, Row[]>();
  for (const r of rows) {
    const key = str(r.project_pk);
    const list = out.get(key);
    if (list === undefined) out.set(key, [r]);
    else list.push(r);
  }
  return out;
}

/** The records of some members, decoded, in the buckets `summarize` reads. */
export async function loadRecords(
  db: Queryable,
  members: readonly string[],
  options: LoadOptions = {},
): Promise<RecordSet> {
  const read = options.amount ?? ((a: string) => a);
  const ids = [...members];
  const [delegations, agreements, cases, oda, odaStatuses, odaTransactions, ngo, ngoStatuses, ngoDisbursements] =
    await Promise.all([
      db.query<Row>(
        `SELECT record_id, member, direction, ${DAY("start_day")} AS start, end_day,
                to_json(countries) AS countries, to_json(partners) AS partners, led_by, headcount, purpose, cost_amount, cost_currency, status
           FROM delegations WHERE member = ANY($1::text[]) ORDER BY pk`,
        [ids],
      ),
      db.query<Row>(
        `SELECT record_id, member, title, form, signatory, foreign_parties, ${DAY("signed_day")} AS signed,
                effective, expiry, terminated, status, field
           FROM agreements WHERE member = ANY($1::text[]) ORDER BY pk`,
        [ids],
      ),
      db.query<Row>(
        `SELECT record_id, member, type, ${DAY("opened_day")} AS opened, closed, status, persons,
                country, summary, abtc
           FROM consular_cases WHERE member = ANY($1::text[]) ORDER BY pk`,
        [ids],
      ),
      db.query<Row>(
        `SELECT pk, record_id, member, title, donors, capital_type, modality, total_amount, total_currency,
                foreign_amount, foreign_currency, domestic_amount, domestic_currency, start_day, end_day, sector
           FROM oda_projects WHERE member = ANY($1::text[]) ORDER BY pk`,
        [ids],
      ),
      db.query<Row>(
        `SELECT s.project_pk, s.status, ${DAY("s.from_day")} AS "from"
           FROM oda_statuses s JOIN oda_projects p ON p.pk = s.project_pk
          WHERE p.member = ANY($1::text[]) ORDER BY s.project_pk, s.seq`,
        [ids],
      ),
      db.query<Row>(
        `SELECT t.project_pk, t.type, t.amount, t.currency, ${DAY("t.value_day")} AS date
           FROM oda_transactions t JOIN oda_projects p ON p.pk = t.project_pk
          WHERE p.member = ANY($1::text[]) ORDER BY t.project_pk, t.seq`,
        [ids],
      ),
      db.query<Row>(
        `SELECT pk, record_id, member, title, donor_name, donor_country, aid_form, committed_amount, committed_currency,
                approval_number, approval_day, approval_authority, sector, start_day, end_day
           FROM ngo_projects WHERE member = ANY($1::text[]) ORDER BY pk`,
        [ids],
      ),
      db.query<Row>(
        `SELECT s.project_pk, s.status, ${DAY("s.from_day")} AS "from"
           FROM ngo_statuses s JOIN ngo_projects p ON p.pk = s.project_pk
          WHERE p.member = ANY($1::text[]) ORDER BY s.project_pk, s.seq`,
        [ids],
      ),
      db.query<Row>(
        `SELECT d.project_pk, d.amount, d.currency, ${DAY("d.value_day")} AS date
           FROM ngo_disbursements d JOIN ngo_projects p ON p.pk = d.project_pk
          WHERE p.member = ANY($1::text[]) ORDER BY d.project_pk, d.seq`,
        [ids],
      ),
    ]);

  const delegationWires = delegations.rows.map((r): DelegationInput => {
    const wire = {
      member: str(r.member),
      direction: r.direction as DelegationInput["direction"],
      start: str(r.start),
      end: str(r.end_day),
      countries: r.countries as DelegationInput["countries"],
      ledBy: r.led_by as DelegationInput["ledBy"],
      headcount: r.headcount as number,
      purpose: str(r.purpose),
      status: r.status as DelegationInput["status"],
    };
    put(wire, "id", maybe<string>(r.record_id));
    put(wire, "partners", maybe<string[]>(r.partners));
    put(wire, "cost", money(r.cost_amount, r.cost_currency, read));
    return wire;
  });

  const agreementWires = agreements.rows.map((r): InternationalAgreementInput => {
    const wire = {
      member: str(r.member),
      title: str(r.title),
      form: r.form as InternationalAgreementInput["form"],
      signatory: r.signatory as InternationalAgreementInput["signatory"],
      foreignParties: r.foreign_parties as InternationalAgreementInput["foreignParties"],
      signed: str(r.signed),
      status: r.status as InternationalAgreementInput["status"],
    };
    put(wire, "id", maybe<string>(r.record_id));
    put(wire, "effective", maybe<string>(r.effective));
    put(wire, "expiry", maybe<string>(r.expiry));
    put(wire, "terminated", maybe<string>(r.terminated));
    put(wire, "field", maybe<string>(r.field));
    return wire;
  });

  const caseWires = cases.rows.map((r): ConsularCaseInput => {
    const wire = {
      member: str(r.member),
      type: str(r.type),
      opened: str(r.opened),
      status: r.status as ConsularCaseInput["status"],
      persons: r.persons as number,
    };
    put(wire, "id", maybe<string>(r.record_id));
    put(wire, "closed", maybe<string>(r.closed));
    put(wire, "country", maybe<ConsularCaseInput["country"]>(r.country));
    put(wire, "summary", maybe<string>(r.summary));
    put(wire, "abtc", maybe<ConsularCaseInput["abtc"]>(r.abtc));
    return wire;
  });

  const odaStatusBy = groupBy(odaStatuses.rows);
  const odaTransactionBy = groupBy(odaTransactions.rows);
  const odaWires = oda.rows.map((r): OdaProjectInput => {
    const pk = str(r.pk);
    const total = money(r.total_amount, r.total_currency, read) as { amount: string; currency: string };
    const capital = { total };
    put(capital, "foreign", money(r.foreign_amount, r.foreign_currency, read));
    put(capital, "domestic", money(r.domestic_amount, r.domestic_currency, read));
    const wire = {
      member: str(r.member),
      title: str(r.title),
      donors: r.donors as OdaProjectInput["donors"],
      capitalType: r.capital_type as OdaProjectInput["capitalType"],
      modality: r.modality as OdaProjectInput["modality"],
      capital,
      statuses: (odaStatusBy.get(pk) ?? []).map((s) => ({
        status: s.status as OdaProjectInput["statuses"][number]["status"],
        from: str(s.from),
      })),
    };
    put(wire, "id", maybe<string>(r.record_id));
    put(wire, "start", maybe<string>(r.start_day));
    put(wire, "end", maybe<string>(r.end_day));
    put(wire, "sector", maybe<string>(r.sector));
    const transactions = odaTransactionBy.get(pk);
    if (transactions !== undefined)
      put(
        wire,
        "transactions",
        transactions.map((t) => ({
          type: t.type as "commitment" | "disbursement",
          value: money(t.amount, t.currency, read) as { amount: string; currency: string },
          date: str(t.date),
        })),
      );
    return wire;
  });

  const ngoStatusBy = groupBy(ngoStatuses.rows);
  const ngoDisbursementBy = groupBy(ngoDisbursements.rows);
  const ngoWires = ngo.rows.map((r): NgoProjectInput => {
    const pk = str(r.pk);
    const wire = {
      member: str(r.member),
      title: str(r.title),
      donor: { name: str(r.donor_name), country: r.donor_country as NgoProjectInput["donor"]["country"] },
      aidForm: r.aid_form as NgoProjectInput["aidForm"],
      committed: money(r.committed_amount, r.committed_currency, read) as { amount: string; currency: string },
      approval: { number: str(r.approval_number), date: str(r.approval_day), authority: str(r.approval_authority) },
      statuses: (ngoStatusBy.get(pk) ?? []).map((s) => ({
        status: s.status as NgoProjectInput["statuses"][number]["status"],
        from: str(s.from),
      })),
    };
    put(wire, "id", maybe<string>(r.record_id));
    put(wire, "sector", maybe<string>(r.sector));
    put(wire, "start", maybe<string>(r.start_day));
    put(wire, "end", maybe<string>(r.end_day));
    const disbursements = ngoDisbursementBy.get(pk);
    if (disbursements !== undefined)
      put(
        wire,
        "disbursements",
        disbursements.map((d) => ({
          value: money(d.amount, d.currency, read) as { amount: string; currency: string },
          date: str(d.date),
        })),
      );
    return wire;
  });

  return {
    delegations: decodeAll(DelegationSchema, "delegation", delegationWires),
    agreements: decodeAll(InternationalAgreementSchema, "agreement", agreementWires),
    consularCases: decodeAll(ConsularCaseSchema, "consular case", caseWires),
    odaProjects: decodeAll(OdaProjectSchema, "ODA project", odaWires),
    ngoProjects: decodeAll(NgoProjectSchema, "NGO project", ngoWires),
  };
}

/** Every member, decoded (names and kinds for the report). */
export async function loadMembers(db: Queryable): Promise<Member[]> {
  const { rows } = await db.query<Row>(
    "SELECT id, kind, province, name_vi, name_en, valid_from, valid_to, successor FROM members ORDER BY id",
  );
  const wires = rows.map((r): MemberInput => {
    const wire = { id: str(r.id), province: str(r.province), names: { vi: str(r.name_vi), en: str(r.name_en) } };
    put(wire, "kind", maybe<MemberInput["kind"]>(r.kind));
    put(wire, "validFrom", maybe<string>(r.valid_from));
    put(wire, "validTo", maybe<string>(r.valid_to));
    put(wire, "successor", maybe<string>(r.successor));
    return wire;
  });
  return decodeAll(MemberSchema, "member", wires);
}

/** A cluster with its years, decoded; `undefined` when the database does not know it. */
export async function loadCluster(db: Queryable, id: string): Promise<EmulationCluster | undefined> {
  const cluster = await db.query<Row>("SELECT id, name_vi, name_en FROM clusters WHERE id = $1", [id]);
  const row = cluster.rows[0];
  if (row === undefined) return undefined;
  const years = await db.query<Row>(
    `SELECT y.year, y.member_count, y.head, y.deputies, y.theme, y.reviews,
            coalesce((SELECT array_agg(m.member_id ORDER BY m.position) FROM cluster_members m
                       WHERE m.cluster_id = y.cluster_id AND m.year = y.year), '{}') AS members
       FROM cluster_years y WHERE y.cluster_id = $1 ORDER BY y.year DESC`,
    [id],
  );
  const wire: EmulationClusterInput = {
    id: str(row.id),
    name: { vi: str(row.name_vi), en: str(row.name_en) },
    years: years.rows.map((y) => {
      const year = { year: y.year as number, members: y.members as string[] };
      put(year, "memberCount", maybe<number>(y.member_count));
      put(year, "head", maybe<string>(y.head));
      put(year, "deputies", maybe<string[]>(y.deputies));
      put(year, "theme", maybe<string>(y.theme));
      put(year, "reviews", maybe<NonNullable<EmulationClusterInput["years"][number]["reviews"]>>(y.reviews));
      return year;
    }),
  };
  return decodeAll(EmulationClusterSchema, "cluster", [wire])[0];
}

/**
 * Validate with the library, store in one transaction: the valid records of
 * a batch are written together (all of them or, when the database refuses,
 * none), and every invalid one is answered with its index and every issue,
 * in English and Vietnamese. Nothing valid is lost, nothing invalid is stored.
 */
import {
  type ConsularCase,
  type Delegation,
  type EmulationCluster,
  ENTITY_SCHEMAS,
  type EntityName,
  type InternationalAgreement,
  type Member,
  type Money,
  type NgoProject,
  type OdaProject,
  parseBatch,
} from "ngoaivu";
import pg from "pg";
import { type CopyValue, copyRows, textArray } from "./copy.js";
import { inTransaction } from "./db.js";
import { bilingualIssue, type IssueAnswer, libraryIssue, type RecordError, storageIssue } from "./issues.js";

/** The entity names the service accepts (`POST /records/:entity`). */
export const ENTITY_NAMES = Object.keys(ENTITY_SCHEMAS) as EntityName[];

/** Tells whether a route segment names an entity (own keys only: `__proto__` is not one). */
export function isEntityName(name: string): name is EntityName {
  return Object.hasOwn(ENTITY_SCHEMAS, name);
}

/** The answer to a batch. */
export interface StoreResult {
  /** How many records the batch held. */
  readonly received: number;
  /** How many were stored (all valid records). */
  readonly stored: number;
  /** The refused records, by index, with their issues. */
  readonly invalid: RecordError[];
}

/** A valid record: its index in the batch, the raw input (for the instants it gave) and the decoded value. */
interface Valid<T> {
  readonly index: number;
  readonly raw: unknown;
  readonly value: T;
}

// ---------------------------------------------------------------- raw input

function child(raw: unknown, key: string | number): unknown {
  if (typeof raw !== "object" || raw === null) return undefined;
  if (!Object.hasOwn(raw, key)) return undefined;
  return (raw as Record<string | number, unknown>)[key];
}

/**
 * The instant the sender gave for a date field, or `null` when it gave a
 * day. The library decoded it to a Vietnam day already (stored as DATE, the
 * record's day); the instant is kept beside it as the text the sender wrote,
 * never converted by PostgreSQL (whose rounding of fractions, range of
 * offsets and time-zone history before 1975 differ from the library's).
 */
function instantOf(raw: unknown, ...path: (string | number)[]): CopyValue {
  let value = raw;
  for (const key of path) value = child(value, key);
  return typeof value === "string" && value.length > 10 ? value : null;
}

// ---------------------------------------------------------------- values

const amount = (m: Money | undefined): CopyValue => (m === undefined ? null : m.toDecimalString());
const currency = (m: Money | undefined): CopyValue => (m === undefined ? null : m.currency);
const opt = (v: string | undefined): CopyValue => v ?? null;
const json = (v: unknown): CopyValue => (v === undefined ? null : JSON.stringify(v));

// ---------------------------------------------------------------- writers

async function writeDelegations(client: pg.PoolClient, records: readonly Valid<Delegation>[]): Promise<void> {
  await copyRows(
    client,
    "delegations",
    [
      "record_id",
      "member",
      "direction",
      "start_day",
      "start_given",
      "end_day",
      "countries",
      "partners",
      "led_by",
      "headcount",
      "purpose",
      "cost_amount",
      "cost_currency",
      "status",
    ],
    records.map(({ raw, value: d }) => [
      opt(d.id),
      d.member,
      d.direction,
      d.start,
      instantOf(raw, "start"),
      d.end,
      textArray(d.countries),
      d.partners === undefined ? null : textArray(d.partners),
      d.ledBy,
      String(d.headcount),
      d.purpose,
      amount(d.cost),
      currency(d.cost),
      d.status,
    ]),
  );
}

async function writeAgreements(
  client: pg.PoolClient,
  records: readonly Valid<InternationalAgreement>[],
): Promise<void> {
  await copyRows(
    client,
    "agreements",
    [
      "record_id",
      "member",
      "title",
      "form",
      "signatory",
      "foreign_parties",
      "signed_day",
      "signed_given",
      "effective",
      "expiry",
      "terminated",
      "status",
      "field",
    ],
    records.map(({ raw, value: a }) => [
      opt(a.id),
      a.member,
      a.title,
      a.form,
      a.signatory,
      json(a.foreignParties),
      a.signed,
      instantOf(raw, "signed"),
      opt(a.effective),
      opt(a.expiry),
      opt(a.terminated),
      a.status,
      opt(a.field),
    ]),
  );
}

async function writeConsularCases(client: pg.PoolClient, records: readonly Valid<ConsularCase>[]): Promise<void> {
  await copyRows(
    client,
    "consular_cases",
    [
      "record_id",
      "member",
      "type",
      "opened_day",
      "opened_given",
      "closed",
      "status",
      "persons",
      "country",
      "summary",
      "abtc",
    ],
    records.map(({ raw, value: c }) => [
      opt(c.id),
      c.member,
      c.type,
      c.opened,
      instantOf(raw, "opened"),
      opt(c.closed),
      c.status,
      String(c.persons),
      opt(c.country),
      opt(c.summary),
      json(c.abtc),
    ]),
  );
}

/** Reserves primary keys for parents whose children are written in the same COPY pass. */
async function reserveKeys(client: pg.PoolClient, table: string, n: number): Promise<string[]> {
  const { rows } = await client.query<{ pk: string }>(
    `SELECT nextval(pg_get_serial_sequence($1, 'pk')) AS pk FROM generate_series(1, $2::int)`,
    [table, n],
  );
  return rows.map((r) => r.pk);
}

async function writeOdaProjects(client: pg.PoolClient, records: readonly Valid<OdaProject>[]): Promise<void> {
  const keys = await reserveKeys(client, "oda_projects", records.length);
  const statuses: CopyValue[][] = [];
  const transactions: CopyValue[][] = [];
  const projects = records.map(({ raw, value: p }, i): CopyValue[] => {
    const pk = keys[i] as string;
    p.statuses.forEach((s, seq) => {
      statuses.push([pk, String(seq), s.status, s.from, instantOf(raw, "statuses", seq, "from")]);
    });
    p.transactions?.forEach((t, seq) => {
      transactions.push([
        pk,
        String(seq),
        t.type,
        t.value.toDecimalString(),
        t.value.currency,
        t.date,
        instantOf(raw, "transactions", seq, "date"),
      ]);
    });
    return [
      pk,
      opt(p.id),
      p.member,
      p.title,
      json(p.donors),
      p.capitalType,
      p.modality,
      p.capital.total.toDecimalString(),
      p.capital.total.currency,
      amount(p.capital.foreign),
      currency(p.capital.foreign),
      amount(p.capital.domestic),
      currency(p.capital.domestic),
      opt(p.start),
      opt(p.end),
      opt(p.sector),
    ];
  });
  await copyRows(
    client,
    "oda_projects",
    [
      "pk",
      "record_id",
      "member",
      "title",
      "donors",
      "capital_type",
      "modality",
      "total_amount",
      "total_currency",
      "foreign_amount",
      "foreign_currency",
      "domestic_amount",
      "domestic_currency",
      "start_day",
      "end_day",
      "sector",
    ],
    projects,
  );
  await copyRows(client, "oda_statuses", ["project_pk", "seq", "status", "from_day", "from_given"], statuses);
  await copyRows(
    client,
    "oda_transactions",
    ["project_pk", "seq", "type", "amount", "currency", "value_day", "value_given"],
    transactions,
  );
}

async function writeNgoProjects(client: pg.PoolClient, records: readonly Valid<NgoProject>[]): Promise<void> {
  const keys = await reserveKeys(client, "ngo_projects", records.length);
  const statuses: CopyValue[][] = [];
  const disbursements: CopyValue[][] = [];
  const projects = records.map(({ raw, value: p }, i): CopyValue[] => {
    const pk = keys[i] as string;
    p.statuses.forEach((s, seq) => {
      statuses.push([pk, String(seq), s.status, s.from, instantOf(raw, "statuses", seq, "from")]);
    });
    p.disbursements?.forEach((d, seq) => {
      disbursements.push([
        pk,
        String(seq),
        d.value.toDecimalString(),
        d.value.currency,
        d.date,
        instantOf(raw, "disbursements", seq, "date"),
      ]);
    });
    return [
      pk,
      opt(p.id),
      p.member,
      p.title,
      p.donor.name,
      p.donor.country,
      p.aidForm,
      p.committed.toDecimalString(),
      p.committed.currency,
      p.approval.number,
      p.approval.date,
      p.approval.authority,
      opt(p.sector),
      opt(p.start),
      opt(p.end),
    ];
  });
  await copyRows(
    client,
    "ngo_projects",
    [
      "pk",
      "record_id",
      "member",
      "title",
      "donor_name",
      "donor_country",
      "aid_form",
      "committed_amount",
      "committed_currency",
      "approval_number",
      "approval_day",
      "approval_authority",
      "sector",
      "start_day",
      "end_day",
    ],
    projects,
  );
  await copyRows(client, "ngo_statuses", ["project_pk", "seq", "status", "from_day", "from_given"], statuses);
  await copyRows(
    client,
    "ngo_disbursements",
    ["project_pk", "seq", "amount", "currency", "value_day", "value_given"],
    disbursements,
  );
}

async function writeMembers(client: pg.PoolClient, records: readonly Valid<Member>[]): Promise<void> {
  // Members are reference data: posting a member again updates it.
  const rows = records.map(({ value: m }) => ({
    id: m.id,
    kind: m.kind ?? null,
    province: m.province,
    name_vi: m.names.vi,
    name_en: m.names.en,
    valid_from: m.validFrom ?? null,
    valid_to: m.validTo ?? null,
    successor: m.successor ?? null,
  }));
  await client.query(
    `INSERT INTO members (id, kind, province, name_vi, name_en, valid_from, valid_to, successor)
     SELECT id, kind, province, name_vi, name_en, valid_from, valid_to, successor
       FROM jsonb_to_recordset($1::jsonb) AS x(id text, kind text, province text, name_vi text, name_en text,
                                                valid_from date, valid_to date, successor text)
     ON CONFLICT (id) DO UPDATE SET kind = EXCLUDED.kind, province = EXCLUDED.province, name_vi = EXCLUDED.name_vi,
       name_en = EXCLUDED.name_en, valid_from = EXCLUDED.valid_from, valid_to = EXCLUDED.valid_to,
       successor = EXCLUDED.successor`,
    [JSON.stringify(rows)],
  );
}

async function writeClusters(client: pg.PoolClient, records: readonly Valid<EmulationCluster>[]): Promise<void> {
  // A cluster posted again replaces its years.
  for (const { value: c } of records) {
    await client.query(
      `INSERT INTO clusters (id, name_vi, name_en) VALUES ($1, $2, $3)
       ON CONFLICT (id) DO UPDATE SET name_vi = EXCLUDED.name_vi, name_en = EXCLUDED.name_en`,
      [c.id, c.name.vi, c.name.en],
    );
    await client.query("DELETE FROM cluster_years WHERE cluster_id = $1", [c.id]);
    for (const y of c.years) {
      await client.query(
        `INSERT INTO cluster_years (cluster_id, year, member_count, head, deputies, theme, reviews)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [c.id, y.year, y.memberCount ?? null, y.head ?? null, y.deputies ?? null, y.theme ?? null, json(y.reviews)],
      );
      await client.query(
        `INSERT INTO cluster_members (cluster_id, year, position, member_id)
         SELECT $1, $2, m.ord - 1, m.id FROM unnest($3::text[]) WITH ORDINALITY AS m(id, ord)`,
        [c.id, y.year, y.members],
      );
    }
  }
}

// ---------------------------------------------------------------- checks against the database

/** The member ids a record refers to, with their paths (for UNKNOWN_MEMBER). */
function memberRefs(entity: EntityName, value: unknown): { id: string; path: (string | number)[] }[] {
  if (entity === "member") return [];
  if (entity === "emulation-cluster") {
    const c = value as EmulationCluster;
    return c.years.flatMap((y, i) => y.members.map((id, j) => ({ id, path: ["years", i, "members", j] })));
  }
  return [{ id: (value as { member: string }).member, path: ["member"] }];
}

/** The key that must be unique within one batch of reference data (members, clusters). */
function batchKey(entity: EntityName, value: unknown): string | undefined {
  if (entity === "member") return (value as Member).id;
  if (entity === "emulation-cluster") return (value as EmulationCluster).id;
  return undefined;
}

async function write(client: pg.PoolClient, entity: EntityName, records: readonly Valid<unknown>[]): Promise<void> {
  switch (entity) {
    case "member":
      return writeMembers(client, records as Valid<Member>[]);
    case "emulation-cluster":
      return writeClusters(client, records as Valid<EmulationCluster>[]);
    case "delegation":
      return writeDelegations(client, records as Valid<Delegation>[]);
    case "international-agreement":
      return writeAgreements(client, records as Valid<InternationalAgreement>[]);
    case "consular-case":
      return writeConsularCases(client, records as Valid<ConsularCase>[]);
    case "oda-project":
      return writeOdaProjects(client, records as Valid<OdaProject>[]);
    case "ngo-project":
      return writeNgoProjects(client, records as Valid<NgoProject>[]);
  }
}

/** Bounds on the work and the answer of one batch. */
export interface StoreLimits {
  /** Issues answered per refused record; the rest are counted in `omittedIssues` (10 by default). */
  readonly maxIssuesPerRecord?: number;
  /** Issues answered per batch: beyond, the batch is refused whole with `TooManyIssues` (10,000 by default). */
  readonly maxIssuesPerAnswer?: number;
  /** Records validated between two turns of the event loop (256 by default). */
  readonly chunk?: number;
}

/** The default {@link StoreLimits}. */
export const DEFAULT_STORE_LIMITS = { maxIssuesPerRecord: 10, maxIssuesPerAnswer: 10_000, chunk: 256 } as const;

/** A batch whose refused records hold more issues than one answer may carry: nothing of it was stored. */
export class TooManyIssues extends Error {
  /** The limit that was passed. */
  readonly max: number;
  /** The refused records found until the limit was passed (their issues within the limit). */
  readonly invalid: RecordError[];
  constructor(max: number, invalid: RecordError[]) {
    super(`the batch holds more than ${max} issues`);
    this.name = "TooManyIssues";
    this.max = max;
    this.invalid = invalid;
  }
}

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Counts the issues of an answer and keeps each record's within the per-record cap. */
class IssueBudget {
  private used = 0;
  constructor(
    private readonly perRecord: number,
    private readonly perAnswer: number,
  ) {}
  /** The record's answer, its issues cut to the per-record cap; throws when the answer's cap is passed. */
  take(index: number, issues: readonly IssueAnswer[], invalid: RecordError[]): RecordError {
    const kept = issues.slice(0, this.perRecord);
    const omitted = issues.length - kept.length;
    const record: RecordError = omitted > 0 ? { index, issues: kept, omittedIssues: omitted } : { index, issues: kept };
    this.used += kept.length;
    if (this.used > this.perAnswer) throw new TooManyIssues(this.perAnswer, invalid);
    return record;
  }
}

/** SQLSTATE classes 22 (data exception) and 23 (integrity constraint): the rows, not the database, are at fault. */
function isDataError(error: unknown): error is pg.DatabaseError {
  return (
    error instanceof pg.DatabaseError &&
    error.code !== undefined &&
    (error.code.startsWith("22") || error.code.startsWith("23"))
  );
}

/**
 * Writes the records under a savepoint; when PostgreSQL refuses the rows
 * (a data or constraint error), finds the records at fault by halving and
 * stores the others: each refused record is answered alone (`NOT_STORABLE`),
 * it never fails its batch. Other errors (a lost connection) are thrown.
 */
async function writeSalvaging(
  client: pg.PoolClient,
  entity: EntityName,
  records: readonly Valid<unknown>[],
  refused: RecordError[],
): Promise<Valid<unknown>[]> {
  if (records.length === 0) return [];
  await client.query("SAVEPOINT records");
  try {
    await write(client, entity, records);
    await client.query("RELEASE SAVEPOINT records");
    return [...records];
  } catch (error) {
    if (!isDataError(error)) throw error;
    await client.query("ROLLBACK TO SAVEPOINT records");
    await client.query("RELEASE SAVEPOINT records");
    const [only] = records;
    if (records.length === 1 && only !== undefined) {
      refused.push({ index: only.index, issues: [storageIssue(error.code ?? "", error.message)] });
      return [];
    }
    const half = Math.ceil(records.length / 2);
    const first = await writeSalvaging(client, entity, records.slice(0, half), refused);
    const second = await writeSalvaging(client, entity, records.slice(half), refused);
    return [...first, ...second];
  }
}

/**
 * Validates a batch with the entity's schema (`parseBatch`: strict, so an
 * unknown or hostile key such as `__proto__` is an issue, not silently
 * dropped) and stores the valid records in one transaction. Records of a
 * member the database does not know are refused with `UNKNOWN_MEMBER`; a
 * member or cluster given twice in one batch, with `DUPLICATE_ID`; a record
 * PostgreSQL cannot hold, with `NOT_STORABLE` (the others are stored).
 *
 * Validation runs `limits.chunk` records at a time and yields to the event
 * loop between chunks, so other requests (`/health`) are served meanwhile;
 * it stops as soon as the answer would carry more than
 * `limits.maxIssuesPerAnswer` issues.
 *
 * @param pool - the pool
 * @param entity - the kind of record
 * @param inputs - the untrusted records
 * @param refused - records already refused before validation (an NDJSON line that is not JSON), by index into `inputs`
 * @param limits - bounds on the answer (see {@link StoreLimits})
 * @returns how many were received and stored, and every refused record
 * @throws TooManyIssues when the refused records hold too many issues (nothing stored)
 * @throws when the database refuses the transaction (nothing is stored then)
 */
export async function storeRecords(
  pool: pg.Pool,
  entity: EntityName,
  inputs: readonly unknown[],
  refused: readonly RecordError[] = [],
  limits: StoreLimits = {},
): Promise<StoreResult> {
  const chunk = Math.max(1, limits.chunk ?? DEFAULT_STORE_LIMITS.chunk);
  const budget = new IssueBudget(
    limits.maxIssuesPerRecord ?? DEFAULT_STORE_LIMITS.maxIssuesPerRecord,
    limits.maxIssuesPerAnswer ?? DEFAULT_STORE_LIMITS.maxIssuesPerAnswer,
  );
  const invalid: RecordError[] = [];
  for (const r of refused) invalid.push(budget.take(r.index, r.issues, invalid));
  const skip = new Set(refused.map((r) => r.index));
  const positions: number[] = [];
  inputs.forEach((_, i) => {
    if (!skip.has(i)) positions.push(i);
  });
  let valid: Valid<unknown>[] = [];
  const schema = ENTITY_SCHEMAS[entity];
  for (let from = 0; from < positions.length; from += chunk) {
    if (from > 0) await nextTurn();
    const part = positions.slice(from, from + chunk);
    const batch = parseBatch(
      schema,
      part.map((i) => inputs[i]),
      { strict: true },
    );
    const at = (k: number): number => part[k] as number;
    for (const r of batch.invalid) invalid.push(budget.take(at(r.index), r.issues.map(bilingualIssue), invalid));
    for (const r of batch.valid) valid.push({ index: at(r.index), raw: inputs[at(r.index)], value: r.value });
  }

  const seen = new Set<string>();
  valid = valid.filter((r) => {
    const key = batchKey(entity, r.value);
    if (key === undefined) return true;
    if (!seen.has(key)) {
      seen.add(key);
      return true;
    }
    invalid.push(budget.take(r.index, [libraryIssue("DUPLICATE_ID", { id: key }, ["id"])], invalid));
    return false;
  });

  const stored = await inTransaction(pool, async (client) => {
    const ids = [...new Set(valid.flatMap((r) => memberRefs(entity, r.value).map((m) => m.id)))];
    if (ids.length > 0) {
      // FOR KEY SHARE: the members cannot disappear before this transaction commits.
      const { rows } = await client.query<{ id: string }>(
        "SELECT id FROM members WHERE id = ANY($1::text[]) FOR KEY SHARE",
        [ids],
      );
      const known = new Set(rows.map((r) => r.id));
      valid = valid.filter((r) => {
        const unknown = memberRefs(entity, r.value).filter((m) => !known.has(m.id));
        if (unknown.length === 0) return true;
        const issues = unknown.map((m) => libraryIssue("UNKNOWN_MEMBER", { member: m.id }, m.path));
        invalid.push(budget.take(r.index, issues, invalid));
        return false;
      });
    }
    const notStorable: RecordError[] = [];
    const written = await writeSalvaging(client, entity, valid, notStorable);
    for (const r of notStorable) invalid.push(budget.take(r.index, r.issues, invalid));
    return written.length;
  });
  invalid.sort((a, b) => a.index - b.index);
  return { received: inputs.length, stored, invalid };
}

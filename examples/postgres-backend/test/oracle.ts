/**
 * The oracle: the same figures as the library's report, computed by
 * PostgreSQL alone (COUNT, SUM over NUMERIC, days cut with
 * `AT TIME ZONE 'Asia/Ho_Chi_Minh'` from the instants the senders gave), as
 * one flat map `member|figure path[.currency]` → decimal string. The
 * library's report is flattened the same way; the two maps must be equal.
 * Nothing here calls the library.
 */
import type pg from "pg";

/** A figure map: `member|path` (or `*|path` for the cluster total) → decimal string. */
export type FigureMap = Record<string, string>;

/** A period's first and last day under a convention, written from DOMAIN.md (not from the library). */
export function cutOff(period: string, convention: "statistical" | "administrative"): { start: string; end: string } {
  const half = /^(\d{4})-H([12])$/.exec(period);
  const term = /^(\d{4})-(\d{4})$/.exec(period);
  const year = /^(\d{4})$/.exec(period);
  if (half !== null) {
    const y = Number(half[1]);
    if (convention === "statistical")
      return half[2] === "1" ? { start: `${y}-01-01`, end: `${y}-06-30` } : { start: `${y}-07-01`, end: `${y}-12-31` };
    // Decree 09/2019/NĐ-CP: 15 December of the previous year to 14 June; 15 June to 14 December.
    return half[2] === "1"
      ? { start: `${y - 1}-12-15`, end: `${y}-06-14` }
      : { start: `${y}-06-15`, end: `${y}-12-14` };
  }
  if (term !== null) {
    const [a, b] = [Number(term[1]), Number(term[2])];
    return convention === "statistical"
      ? { start: `${a}-01-01`, end: `${b}-12-31` }
      : { start: `${a - 1}-12-15`, end: `${b}-12-14` };
  }
  if (year !== null) {
    const y = Number(year[1]);
    return convention === "statistical"
      ? { start: `${y}-01-01`, end: `${y}-12-31` }
      : { start: `${y - 1}-12-15`, end: `${y}-12-14` };
  }
  throw new Error(`cutOff: unsupported period ${period}`);
}

/**
 * The Vietnam day of a (day, instant) column pair, from the instant the
 * sender gave (kept as text) by PostgreSQL's own time-zone data, not from the
 * day the library decoded. (The generated instants are all ones PostgreSQL
 * reads exactly: after 1975, at most six fractional digits, offsets within ±15:59.)
 */
const vnDay = (day: string, given: string) =>
  `coalesce((${given}::timestamptz AT TIME ZONE 'Asia/Ho_Chi_Minh')::date, ${day})`;
const WHO = "CASE WHEN grouping(member) = 1 THEN '*' ELSE member END";

/** Figures every record-based member report has, zero when no record says otherwise. */
const BASE_COUNTS = [
  "delegations.outgoing",
  "delegations.incoming",
  "delegations.cancelled",
  "delegations.people",
  "agreements.new",
  "agreements.inForce",
  "consular.consularCases",
  "consular.citizenProtection",
  "consular.abtcApplications",
  "oda.projects",
  "oda.completed",
  "ngo.projects",
  "ngo.donors",
  "records.counted",
  "records.outsidePeriod",
];

type Row = Record<string, string>;

/**
 * Every count and money total of the members' reports (and, with
 * `totals`, of the cluster, keyed `*`), for the days `start`..`end`.
 */
export async function sqlFigures(
  db: Pick<pg.Pool, "query">,
  members: readonly string[],
  range: { start: string; end: string },
  options: { totals: boolean; byKind?: boolean } = { totals: true },
): Promise<FigureMap> {
  const params = [range.start, range.end, [...members]];
  const q = async (sql: string): Promise<Row[]> => (await db.query<Row>(sql, params)).rows;
  const out: FigureMap = {};
  const set = (who: string, path: string, value: string | null | undefined): void => {
    if (value !== null && value !== undefined) out[`${who}|${path}`] = value;
  };
  const counted = new Map<string, bigint>();
  const input = new Map<string, bigint>();
  const account = (who: string, kind: string, r: Row): void => {
    counted.set(who, (counted.get(who) ?? 0n) + BigInt(r.counted as string));
    input.set(who, (input.get(who) ?? 0n) + BigInt(r.input as string));
    if (who === "*") {
      set("#", `${kind}.input`, r.input);
      set("#", `${kind}.counted`, r.counted);
    }
  };

  // ---- delegations: by the Vietnam day of the start; cancelled ones apart
  const delegations = `
    WITH d AS (
      SELECT member, direction, status, headcount, countries, led_by, cost_amount, cost_currency,
             ${vnDay("start_day", "start_given")} BETWEEN $1::date AND $2::date AS inside
        FROM delegations WHERE member = ANY($3::text[]))`;
  for (const r of await q(`${delegations}
      SELECT ${WHO} AS who, count(*) AS input, count(*) FILTER (WHERE inside) AS counted,
             count(*) FILTER (WHERE inside AND status = 'cancelled') AS cancelled,
             count(*) FILTER (WHERE inside AND status <> 'cancelled' AND direction = 'outgoing') AS outgoing,
             count(*) FILTER (WHERE inside AND status <> 'cancelled' AND direction = 'incoming') AS incoming,
             coalesce(sum(headcount) FILTER (WHERE inside AND status <> 'cancelled'), 0) AS people
        FROM d GROUP BY GROUPING SETS ((member), ())`)) {
    const who = r.who as string;
    set(who, "delegations.outgoing", r.outgoing);
    set(who, "delegations.incoming", r.incoming);
    set(who, "delegations.cancelled", r.cancelled);
    set(who, "delegations.people", r.people);
    account(who, "delegations", r);
  }
  for (const r of await q(`${delegations}
      SELECT ${WHO} AS who, cost_currency AS currency, sum(cost_amount) AS total
        FROM d WHERE inside AND status <> 'cancelled' AND cost_amount IS NOT NULL
       GROUP BY GROUPING SETS ((member, cost_currency), (cost_currency))`))
    set(r.who as string, `delegations.cost.${r.currency}`, r.total);
  for (const r of await q(`${delegations}
      SELECT ${WHO} AS who, code,
             count(*) FILTER (WHERE direction = 'outgoing') AS outgoing,
             count(*) FILTER (WHERE direction = 'incoming') AS incoming
        FROM d CROSS JOIN LATERAL unnest(d.countries) AS c(code)
       WHERE inside AND status <> 'cancelled'
       GROUP BY GROUPING SETS ((member, code), (code))`)) {
    set(r.who as string, `delegations.byCountry.${r.code}.outgoing`, r.outgoing);
    set(r.who as string, `delegations.byCountry.${r.code}.incoming`, r.incoming);
  }
  for (const r of await q(`${delegations}
      SELECT ${WHO} AS who, led_by,
             count(*) FILTER (WHERE direction = 'outgoing') AS outgoing,
             count(*) FILTER (WHERE direction = 'incoming') AS incoming
        FROM d WHERE inside AND status <> 'cancelled'
       GROUP BY GROUPING SETS ((member, led_by), (led_by))`)) {
    set(r.who as string, `delegations.byLevel.${r.led_by}.outgoing`, r.outgoing);
    set(r.who as string, `delegations.byLevel.${r.led_by}.incoming`, r.incoming);
  }

  // ---- agreements: new when signed in the period; in force on its last day
  for (const r of await q(`
      WITH a AS (
        SELECT member, ${vnDay("signed_day", "signed_given")} AS signed, effective, expiry, terminated, status
          FROM agreements WHERE member = ANY($3::text[])),
      f AS (
        SELECT member, signed BETWEEN $1::date AND $2::date AS is_new,
               coalesce(effective, signed) <= $2::date
                 AND (expiry IS NULL OR $2::date <= expiry)
                 AND (status <> 'terminated' OR (terminated IS NOT NULL AND $2::date < terminated)) AS in_force
          FROM a)
      SELECT ${WHO} AS who, count(*) AS input, count(*) FILTER (WHERE is_new OR in_force) AS counted,
             count(*) FILTER (WHERE is_new) AS new, count(*) FILTER (WHERE in_force) AS in_force
        FROM f GROUP BY GROUPING SETS ((member), ())`)) {
    const who = r.who as string;
    set(who, "agreements.new", r.new);
    set(who, "agreements.inForce", r.in_force);
    account(who, "agreements", r);
  }

  // ---- consular cases: by the Vietnam day of the opening
  for (const r of await q(`
      WITH c AS (
        SELECT member, type, ${vnDay("opened_day", "opened_given")} BETWEEN $1::date AND $2::date AS inside
          FROM consular_cases WHERE member = ANY($3::text[]))
      SELECT ${WHO} AS who, count(*) AS input, count(*) FILTER (WHERE inside) AS counted,
             count(*) FILTER (WHERE inside AND type = 'consular') AS consular,
             count(*) FILTER (WHERE inside AND type = 'citizen-protection') AS citizen,
             count(*) FILTER (WHERE inside AND type = 'abtc-application') AS abtc
        FROM c GROUP BY GROUPING SETS ((member), ())`)) {
    const who = r.who as string;
    set(who, "consular.consularCases", r.consular);
    set(who, "consular.citizenProtection", r.citizen);
    set(who, "consular.abtcApplications", r.abtc);
    account(who, "consularCases", r);
  }

  // ---- projects: by their status on the period's last day
  const projects = (table: string, statuses: string, extra: string) => `
    WITH p AS (
      SELECT p.pk, p.member, ${extra}, st.status, st.since
        FROM ${table} p
        LEFT JOIN LATERAL (
          SELECT s.status, ${vnDay("s.from_day", "s.from_given")} AS since
            FROM ${statuses} s
           WHERE s.project_pk = p.pk AND ${vnDay("s.from_day", "s.from_given")} <= $2::date
           ORDER BY s.seq DESC LIMIT 1) st ON true
       WHERE p.member = ANY($3::text[])),
    q AS (
      SELECT *, status IS NOT NULL AND NOT (status IN ('closed', 'cancelled') AND since < $1::date) AS inside FROM p)`;
  const oda = projects("oda_projects", "oda_statuses", "p.total_amount, p.total_currency");
  for (const r of await q(`${oda}
      SELECT ${WHO} AS who, count(*) AS input, count(*) FILTER (WHERE inside) AS counted,
             count(*) FILTER (WHERE inside AND status <> 'cancelled') AS projects,
             count(*) FILTER (WHERE inside AND status IN ('finalisation', 'closed')) AS completed
        FROM q GROUP BY GROUPING SETS ((member), ())`)) {
    const who = r.who as string;
    set(who, "oda.projects", r.projects);
    set(who, "oda.completed", r.completed);
    account(who, "odaProjects", r);
  }
  for (const r of await q(`${oda}
      SELECT ${WHO} AS who, status, count(*) AS n FROM q WHERE inside
       GROUP BY GROUPING SETS ((member, status), (status))`))
    set(r.who as string, `oda.byStatus.${r.status}`, r.n);
  for (const r of await q(`${oda}
      SELECT ${WHO} AS who, total_currency AS currency, sum(total_amount) AS capital,
             sum(total_amount) FILTER (WHERE status IN ('finalisation', 'closed')) AS completed
        FROM q WHERE inside AND status <> 'cancelled'
       GROUP BY GROUPING SETS ((member, total_currency), (total_currency))`)) {
    set(r.who as string, `oda.capital.${r.currency}`, r.capital);
    set(r.who as string, `oda.completedCapital.${r.currency}`, r.completed);
  }
  for (const r of await q(`${oda}
      SELECT ${WHO} AS who, t.type, t.currency, sum(t.amount) AS total
        FROM q JOIN oda_transactions t ON t.project_pk = q.pk
       WHERE q.inside AND ${vnDay("t.value_day", "t.value_given")} BETWEEN $1::date AND $2::date
       GROUP BY GROUPING SETS ((member, t.type, t.currency), (t.type, t.currency))`))
    set(r.who as string, `oda.${r.type === "commitment" ? "commitments" : "disbursements"}.${r.currency}`, r.total);

  const ngo = projects(
    "ngo_projects",
    "ngo_statuses",
    `p.committed_amount, p.committed_currency,
     p.donor_country || ':' || lower(regexp_replace(btrim(p.donor_name), '\\s+', ' ', 'g')) AS donor`,
  );
  for (const r of await q(`${ngo}
      SELECT ${WHO} AS who, count(*) AS input, count(*) FILTER (WHERE inside) AS counted,
             count(*) FILTER (WHERE inside AND status <> 'cancelled') AS projects,
             count(DISTINCT donor) FILTER (WHERE inside AND status <> 'cancelled') AS donors
        FROM q GROUP BY GROUPING SETS ((member), ())`)) {
    const who = r.who as string;
    set(who, "ngo.projects", r.projects);
    set(who, "ngo.donors", r.donors);
    account(who, "ngoProjects", r);
  }
  for (const r of await q(`${ngo}
      SELECT ${WHO} AS who, committed_currency AS currency, sum(committed_amount) AS total
        FROM q WHERE inside AND status <> 'cancelled'
       GROUP BY GROUPING SETS ((member, committed_currency), (committed_currency))`))
    set(r.who as string, `ngo.committed.${r.currency}`, r.total);
  for (const r of await q(`${ngo}
      SELECT ${WHO} AS who, d.currency, sum(d.amount) AS total
        FROM q JOIN ngo_disbursements d ON d.project_pk = q.pk
       WHERE q.inside AND ${vnDay("d.value_day", "d.value_given")} BETWEEN $1::date AND $2::date
       GROUP BY GROUPING SETS ((member, d.currency), (d.currency))`))
    set(r.who as string, `ngo.disbursements.${r.currency}`, r.total);

  for (const [who, n] of counted) {
    if (who === "*") continue;
    set(who, "records.counted", String(n));
    set(who, "records.outsidePeriod", String((input.get(who) ?? 0n) - n));
  }
  // A listed member with no record of a kind still reports zeros.
  for (const who of members)
    for (const path of BASE_COUNTS) if (out[`${who}|${path}`] === undefined) out[`${who}|${path}`] = "0";
  for (const key of Object.keys(out)) {
    if (!options.totals && key.startsWith("*|")) delete out[key];
    if (options.totals && key.startsWith("*|records.")) delete out[key];
    if (options.byKind !== true && key.startsWith("#|")) delete out[key];
  }
  return sorted(out);
}

function sorted(map: FigureMap): FigureMap {
  return Object.fromEntries(Object.entries(map).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

function isObject(v: Json | undefined): v is { [key: string]: Json } {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function flattenInto(out: FigureMap, who: string, prefix: string, node: Json | undefined): void {
  if (!isObject(node)) return;
  for (const [key, value] of Object.entries(node)) {
    if (key === "donorKeys") continue;
    const path = prefix === "" ? key : `${prefix}.${key}`;
    if (!isObject(value)) continue;
    if (typeof value.count === "string" || Array.isArray(value.amounts)) {
      if (value.qualifier !== "exact") out[`${who}|${path}#qualifier`] = String(value.qualifier);
      if (typeof value.count === "string") out[`${who}|${path}`] = value.count;
      else
        for (const a of value.amounts as Json[])
          if (isObject(a)) out[`${who}|${path}.${String(a.currency)}`] = String(a.amount);
    } else flattenInto(out, who, path, value);
  }
}

/** Flattens encoded member reports (wire JSON) and, when given, the encoded totals (`*`). */
export function flattenReports(reports: readonly Json[], totals?: Json): FigureMap {
  const out: FigureMap = {};
  for (const r of reports) {
    if (!isObject(r)) continue;
    const who = String(r.member);
    flattenInto(out, who, "", r.figures);
    if (isObject(r.records)) {
      out[`${who}|records.counted`] = String(r.records.counted);
      out[`${who}|records.outsidePeriod`] = String(r.records.outsidePeriod);
    }
  }
  if (totals !== undefined) flattenInto(out, "*", "", totals);
  return sorted(out);
}

/**
 * The sections (and record buckets) of the kinds this backend does not store
 * in PostgreSQL (conferences, twinning relations, proposals): the oracle has
 * no table to sum them from.
 */
const UNSTORED = /^[^|]*\|(?:conferences|twinning|proposals|twinnings)\./;

/**
 * Splits a flattened report into what the oracle compares and the figures
 * of the kinds the backend does not store; those, with no record behind
 * them, must all be 0.
 */
export function splitUnstored(map: FigureMap): { stored: FigureMap; unstored: FigureMap } {
  const stored: FigureMap = {};
  const unstored: FigureMap = {};
  for (const [key, value] of Object.entries(map)) (UNSTORED.test(key) ? unstored : stored)[key] = value;
  return { stored, unstored };
}

/** The keys on which two maps differ, with both values (for a readable failure). */
export function differences(a: FigureMap, b: FigureMap): { key: string; library?: string; sql?: string }[] {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys]
    .filter((k) => a[k] !== b[k])
    .sort()
    .map((key) => ({
      key,
      ...(a[key] === undefined ? {} : { library: a[key] }),
      ...(b[key] === undefined ? {} : { sql: b[key] }),
    }));
}

export type { Json };

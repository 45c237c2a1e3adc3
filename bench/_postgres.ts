/**
 * The PostgreSQL peer of the rollup bench: the same wire delegations written
 * with COPY into a table, then grouped by member and half-year with `GROUP BY`
 * on `NUMERIC`, the half-year taken from the start on the Vietnam calendar
 * (`AT TIME ZONE 'Asia/Ho_Chi_Minh'`). On the backend example's throwaway
 * server (unsafe-fast durability, an unlogged table: the kindest setting for
 * PostgreSQL), on the wall clock, since the work is in the server's
 * processes. Left out where PostgreSQL is not installed.
 */
import { copyRows } from "../examples/postgres-backend/src/copy.js";
import { createPool } from "../examples/postgres-backend/src/db.js";
import { postgresBinDir, startThrowawayPostgres } from "../examples/postgres-backend/src/throwaway-postgres.js";
import type { DelegationInput } from "../src/index.js";
import type { TightResult } from "./_tight.js";

/** What the peer measured: its median wall time, the tight limit's, and their ratio. */
export interface PostgresPeer {
  readonly ms: number;
  readonly baselineMs: number;
  readonly ratio: number;
}

const COLUMNS = ["member", "direction", "start_at", "end_day", "headcount", "status", "cost_amount", "cost_currency"];

const GROUPED = `
  SELECT member,
         count(*) FILTER (WHERE status <> 'cancelled' AND direction = 'outgoing')::int AS outgoing,
         count(*) FILTER (WHERE status <> 'cancelled' AND direction = 'incoming')::int AS incoming,
         count(*) FILTER (WHERE status = 'cancelled')::int AS cancelled,
         coalesce(sum(headcount) FILTER (WHERE status <> 'cancelled'), 0)::text AS people,
         coalesce(sum(cost_amount) FILTER (WHERE status <> 'cancelled' AND cost_currency = 'VND'), 0)::text AS vnd,
         coalesce(sum(cost_amount * 100) FILTER (WHERE status <> 'cancelled' AND cost_currency = 'USD'), 0)::text AS usd
    FROM (SELECT *, (start_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS day FROM bench_delegations) d
   WHERE day BETWEEN $1 AND $2 AND end_day >= day
   GROUP BY member, extract(year FROM day), extract(month FROM day) <= 6`;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/**
 * Times COPY + GROUP BY of the records against the tight limit on the wall
 * clock, after checking that PostgreSQL finds the tight limit's figures.
 *
 * @returns the timings, or `undefined` when PostgreSQL is not installed
 */
export async function postgresPeer(
  wire: readonly DelegationInput[],
  period: { readonly start: string; readonly end: string },
  tight: () => TightResult,
  runs = 3,
): Promise<PostgresPeer | undefined> {
  if (postgresBinDir() === undefined) return undefined;
  const server = startThrowawayPostgres({ durability: "unsafe-fast" });
  const pool = createPool({ host: server.socketDir, user: server.user, database: "postgres" }, 1);
  try {
    await pool.query(`CREATE UNLOGGED TABLE bench_delegations (
      member text NOT NULL, direction text NOT NULL, start_at timestamptz NOT NULL, end_day date NOT NULL,
      headcount int NOT NULL, status text NOT NULL, cost_amount numeric, cost_currency text)`);
    const run = async () => {
      const client = await pool.connect();
      try {
        await client.query("TRUNCATE bench_delegations");
        await client.query("BEGIN");
        const rows = wire.map((d) => [
          d.member,
          d.direction,
          `${d.start} 00:00:00+07`,
          d.end,
          String(d.headcount),
          d.status,
          d.cost?.amount ?? null,
          d.cost?.currency ?? null,
        ]);
        await copyRows(client, "bench_delegations", COLUMNS, rows);
        await client.query("COMMIT");
        return (await client.query(GROUPED, [period.start, period.end])).rows as Record<string, string | number>[];
      } finally {
        client.release();
      }
    };
    // The same figures as the tight limit, before anything is timed.
    const expected = tight().groups;
    const rows = await run();
    for (const row of rows) {
      const g = expected.get(String(row.member))?.values().next().value;
      if (
        g === undefined ||
        row.outgoing !== g.outgoing ||
        row.incoming !== g.incoming ||
        row.cancelled !== g.cancelled ||
        row.people !== g.people.toString() ||
        row.vnd !== g.vnd.toString() ||
        String(row.usd).replace(/\.0+$/, "") !== g.usd.toString()
      )
        throw new Error(`PostgreSQL disagrees with the tight limit for ${String(row.member)}`);
    }
    if (rows.length !== expected.size) throw new Error("PostgreSQL finds other groups than the tight limit");
    const pgTimes: number[] = [];
    const tightTimes: number[] = [];
    for (let i = 0; i < runs; i++) {
      let t = performance.now();
      await run();
      pgTimes.push(performance.now() - t);
      t = performance.now();
      tight();
      tightTimes.push(performance.now() - t);
    }
    const ms = median(pgTimes);
    const baselineMs = median(tightTimes);
    return { ms, baselineMs, ratio: ms / baselineMs };
  } finally {
    await pool.end();
    server.stop();
  }
}

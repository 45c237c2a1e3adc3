/**
 * The connection pool, with the driver told never to turn a value into a
 * float or a JS Date: NUMERIC (and INT8, NUMERIC[]) arrive as decimal
 * strings, DATE as its `YYYY-MM-DD` text, TIMESTAMP(TZ) as PostgreSQL's text.
 * The parsers are per pool (`types`), not pg's global registry, so nothing
 * else in the process changes.
 */
import pg from "pg";

const OID = {
  INT8: 20,
  NUMERIC: 1700,
  NUMERIC_ARRAY: 1231,
  DATE: 1082,
  TIMESTAMP: 1114,
  TIMESTAMPTZ: 1184,
} as const;

const keepText = (value: string): string => value;

/** `{1.50,NULL,2}` → `["1.50", null, "2"]` (one dimension: numbers hold no comma, quote or brace). */
function numericArray(value: string): (string | null)[] {
  const inner = value.slice(1, -1);
  return inner === "" ? [] : inner.split(",").map((v) => (v === "NULL" ? null : v));
}

/** Type parsers that keep money, big integers, days and instants as text. */
export const exactTypes: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: "text" | "binary") => {
    switch (oid) {
      case OID.INT8:
      case OID.NUMERIC:
      case OID.DATE:
      case OID.TIMESTAMP:
      case OID.TIMESTAMPTZ:
        return keepText;
      // pg's default for NUMERIC[] is parseFloatArray: read its elements as text instead.
      case OID.NUMERIC_ARRAY:
        return numericArray;
      default:
        return pg.types.getTypeParser(oid, format ?? "text");
    }
  }) as pg.CustomTypesConfig["getTypeParser"],
};

/** Where to connect: a `postgres://` URL, or the parts (a Unix socket folder as `host`). */
export type ConnectionOptions = string | { host: string; user?: string; database?: string; port?: number };

/** Opens a pool that reads NUMERIC as strings and DATE as `YYYY-MM-DD`. */
export function createPool(connection: ConnectionOptions, max = 10): pg.Pool {
  const base = typeof connection === "string" ? { connectionString: connection } : connection;
  const pool = new pg.Pool({
    ...base,
    max,
    types: exactTypes,
    application_name: "ngoaivu-postgres-backend",
    // A database that does not answer fails the request (503) instead of holding it forever.
    connectionTimeoutMillis: 10_000,
  });
  // An idle client can lose its connection (server restart, admin command): without a listener
  // the pool's "error" event would end the process. The pool replaces the client on next use.
  pool.on("error", (error) => {
    console.error(`PostgreSQL pool: idle client lost (${error.message})`);
  });
  return pool;
}

/**
 * Thrown when the connection was lost while COMMIT was on its way: the
 * transaction was applied whole or not at all, and the service cannot tell
 * which (the sender should look before sending the batch again).
 */
export class CommitOutcomeUnknown extends Error {
  constructor(cause: unknown) {
    super(`the connection was lost during COMMIT: ${(cause as Error).message}`, { cause });
    this.name = "CommitOutcomeUnknown";
  }
}

/**
 * Whether PostgreSQL itself answered with an error that leaves the
 * transaction rolled back (a constraint, a serialization failure…), as
 * opposed to a lost connection or a server shutting down (classes 08, 57).
 */
export function refusedByServer(error: unknown): boolean {
  if (!(error instanceof pg.DatabaseError) || error.code === undefined) return false;
  return !error.code.startsWith("08") && !error.code.startsWith("57");
}

/**
 * Runs `work` in one transaction on one client: COMMIT when it returns,
 * ROLLBACK when it throws. While the client is checked out it listens for
 * its `error` event (a connection the server drops, `pg_terminate_backend`,
 * an immediate shutdown): pg emits it when no query is running, and an
 * `error` event nobody listens to ends the process. The error is kept and
 * thrown here instead, and a client that failed is destroyed, not returned
 * to the pool.
 */
export async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let lost: Error | undefined;
  const onError = (error: Error): void => {
    lost ??= error;
  };
  client.on("error", onError);
  let broken = false;
  let committing = false;
  try {
    await client.query("BEGIN");
    const result = await work(client);
    if (lost !== undefined) throw lost;
    committing = true;
    await client.query("COMMIT");
    return result;
  } catch (error) {
    if (committing && !refusedByServer(error)) {
      broken = true;
      throw new CommitOutcomeUnknown(error);
    }
    await client.query("ROLLBACK").catch(() => {
      broken = true;
    });
    throw lost ?? error;
  } finally {
    client.off("error", onError);
    client.release(broken || lost !== undefined ? (lost ?? new Error("connection unusable")) : undefined);
  }
}

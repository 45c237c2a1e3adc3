/**
 * A tiny migrator: applies the plain SQL files of `migrations/` in name order,
 * each in its own transaction, and records every applied file (with a
 * SHA-256 of its text) in `schema_migrations`. A file already applied is
 * skipped; one whose text changed since is refused. An advisory lock keeps
 * two starting services from migrating at once.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type pg from "pg";

/** The migrations shipped with the example. */
export const MIGRATIONS_DIR = fileURLToPath(new URL("../migrations/", import.meta.url));

const LOCK_KEY = 7_2024_0601; // any constant shared by every instance of the service

/** Applies the pending migrations; returns the names of the files applied now. */
export async function migrate(pool: pg.Pool, dir: string = MIGRATIONS_DIR): Promise<string[]> {
  const files = readdirSync(dir)
    .filter((f) => /^\d+_[\w-]+\.sql$/.test(f))
    .sort();
  const client = await pool.connect();
  const applied: string[] = [];
  try {
    await client.query("SELECT pg_advisory_lock($1)", [LOCK_KEY]);
    await client.query(
      `CREATE TABLE IF NOT EXISTS schema_migrations (
         name text PRIMARY KEY, sha256 text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`,
    );
    const done = new Map(
      (await client.query<{ name: string; sha256: string }>("SELECT name, sha256 FROM schema_migrations")).rows.map(
        (r) => [r.name, r.sha256] as const,
      ),
    );
    for (const file of files) {
      const sql = readFileSync(join(dir, file), "utf8");
      const sha = createHash("sha256").update(sql).digest("hex");
      const before = done.get(file);
      if (before !== undefined) {
        if (before !== sha) throw new Error(`migration ${file} changed after it was applied: write a new file instead`);
        continue;
      }
      await client.query("BEGIN");
      try {
        await client.query(sql);
        await client.query("INSERT INTO schema_migrations (name, sha256) VALUES ($1, $2)", [file, sha]);
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw new Error(`migration ${file} failed: ${(error as Error).message}`, { cause: error });
      }
      applied.push(file);
    }
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [LOCK_KEY]).catch(() => undefined);
    client.release();
  }
  return applied;
}

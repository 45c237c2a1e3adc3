/** A fresh database per test file on the run's throwaway server, migrated. */
import { randomBytes } from "node:crypto";
import type pg from "pg";
import { inject } from "vitest";
import { createPool } from "../src/db.js";
import { migrate } from "../src/migrate.js";

export interface TestDatabase {
  readonly pool: pg.Pool;
  readonly name: string;
  drop(): Promise<void>;
}

export async function freshDatabase(prefix: string, max = 10): Promise<TestDatabase> {
  const host = inject("pgSocketDir");
  const user = inject("pgUser");
  const name = `${prefix}_${randomBytes(4).toString("hex")}`;
  const admin = createPool({ host, user, database: "postgres" }, 1);
  await admin.query(`CREATE DATABASE ${name}`);
  const pool = createPool({ host, user, database: name }, max);
  await migrate(pool);
  return {
    pool,
    name,
    async drop() {
      await pool.end();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

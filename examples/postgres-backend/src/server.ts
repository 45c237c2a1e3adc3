/**
 * Starts the service.
 *
 * - With `DATABASE_URL` (or `PGHOST`…): migrates that database and serves it.
 * - Without: starts a throwaway PostgreSQL on a Unix socket (durable
 *   settings), migrates it, loads the library's samples, serves; Ctrl-C stops
 *   it and removes its files. A crash keeps them (the folder is printed):
 *   `NGOAIVU_PG_DIR=<folder>` serves that folder again, and keeps it on Ctrl-C.
 *   `NGOAIVU_PG_FAST_UNSAFE=1` turns fsync and synchronous commit off (tests
 *   only: an acknowledged batch can then be lost in a crash).
 *
 * Listens on 127.0.0.1:`PORT` (8787 by default).
 */
import { serve } from "@hono/node-server";
import { createApp } from "./app.js";
import { createPool } from "./db.js";
import { migrate } from "./migrate.js";
import { loadSamples } from "./samples.js";
import { startThrowawayPostgres, type ThrowawayPostgres } from "./throwaway-postgres.js";

const port = Number(process.env.PORT ?? 8787);
let throwaway: ThrowawayPostgres | undefined;
let connection: Parameters<typeof createPool>[0];
if (process.env.DATABASE_URL !== undefined) connection = process.env.DATABASE_URL;
else if (process.env.PGHOST !== undefined) connection = { host: process.env.PGHOST };
else {
  const dir = process.env.NGOAIVU_PG_DIR;
  throwaway = startThrowawayPostgres(dir === undefined ? {} : { dir });
  connection = { host: throwaway.socketDir, user: throwaway.user, database: "postgres" };
  console.log(
    `throwaway PostgreSQL (${throwaway.durability}) in ${throwaway.dir}; ${dir === undefined ? "removed on Ctrl-C, kept if the process crashes" : "kept"}`,
  );
}
const pool = createPool(connection);
console.log("migrations applied:", (await migrate(pool)).join(", ") || "none pending");
if (throwaway !== undefined && process.env.NGOAIVU_PG_DIR === undefined) {
  const loaded = await loadSamples(pool);
  console.log(
    "samples stored:",
    Object.entries(loaded)
      .map(([name, r]) => `${name} ${r?.stored}`)
      .join(", "),
  );
}
const server = serve({ fetch: createApp(pool).fetch, port, hostname: "127.0.0.1" }, (info) => {
  console.log(`listening on http://127.0.0.1:${info.port}`);
  console.log(`  try: curl 'http://127.0.0.1:${info.port}/reports/II/2024-H1?lang=vi&format=html' > report.html`);
});

function shutdown(): void {
  server.close();
  void pool.end().finally(() => {
    throwaway?.stop();
    process.exit(0);
  });
}
process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);

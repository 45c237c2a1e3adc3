/**
 * Faults, against servers of this file's own (durable settings, the
 * defaults): the suite's shared server is left alone, since these tests
 * stop theirs.
 *
 * - A connection the server drops while the service holds it (terminated
 *   while `idle in transaction`): the transaction fails, the process lives,
 *   the pool serves again.
 * - Acknowledged batches survive an immediate stop of PostgreSQL: after the
 *   restart, exactly the acknowledged valid records are there.
 * - Concurrent posts while PostgreSQL is stopped immediately and restarted
 *   mid-run, and backends terminated while idle in transaction: the
 *   service (its own process) answers every post with 2xx or 503 and
 *   `/health` throughout, and afterwards the database holds exactly the
 *   acknowledged valid records, no batch half-stored.
 */
import { CLUSTER_II_MEMBERS_JSON } from "ngoaivu/samples";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPool, inTransaction } from "../src/db.js";
import { migrate } from "../src/migrate.js";
import { startThrowawayPostgres, type ThrowawayPostgres } from "../src/throwaway-postgres.js";
import { type ChildService, request, startChildService } from "./_child.js";
import { generate } from "./generate.js";

const MEMBERS = CLUSTER_II_MEMBERS_JSON.map((m) => m.id);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let server: ThrowawayPostgres;
let service: ChildService | undefined;

beforeAll(() => {
  server = startThrowawayPostgres(); // durable: the defaults
});

afterAll(async () => {
  await service?.stop();
  server?.stop();
});

interface PostAnswer {
  status: number;
  code?: string;
  stored?: number;
  invalid?: { index: number }[];
}

async function post(url: string, entity: string, records: readonly unknown[]): Promise<PostAnswer> {
  const response = await request(`${url}/records/${entity}`, { method: "POST", body: JSON.stringify(records) });
  const body = JSON.parse(response.text) as {
    stored?: number;
    invalid?: { index: number }[];
    error?: { code: string };
  };
  return {
    status: response.status,
    ...(body.error === undefined ? {} : { code: body.error.code }),
    ...(body.stored === undefined ? {} : { stored: body.stored }),
    ...(body.invalid === undefined ? {} : { invalid: body.invalid }),
  };
}

/** Batch `b`: `size` delegations with ids `b<b>-<i>`, record `b % size` invalid (headcount 0). */
function batch(source: readonly Record<string, unknown>[], b: number, size: number): Record<string, unknown>[] {
  return Array.from({ length: size }, (_, i) => {
    const r = source[(b * size + i) % source.length] as Record<string, unknown>;
    return { ...r, id: `b${b}-${i}`, ...(i === b % size ? { headcount: 0 } : {}) };
  });
}

async function storedIds(db: string): Promise<Map<number, Set<string>>> {
  const pool = createPool({ host: server.socketDir, user: server.user, database: db }, 1);
  try {
    const { rows } = await pool.query<{ record_id: string }>("SELECT record_id FROM delegations");
    const out = new Map<number, Set<string>>();
    for (const { record_id } of rows) {
      const b = Number(/^b(\d+)-/.exec(record_id)?.[1]);
      const ids = out.get(b) ?? new Set<string>();
      ids.add(record_id);
      out.set(b, ids);
    }
    return out;
  } finally {
    await pool.end();
  }
}

async function freshDb(name: string): Promise<void> {
  const admin = createPool({ host: server.socketDir, user: server.user, database: "postgres" }, 1);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const pool = createPool({ host: server.socketDir, user: server.user, database: name }, 1);
  await migrate(pool);
  await pool.end();
}

describe("a connection dropped while the service holds it", () => {
  it("terminated while idle in transaction: the transaction rejects, nothing is stored, the pool serves again", async () => {
    await freshDb("faults_idle");
    const pool = createPool({ host: server.socketDir, user: server.user, database: "faults_idle" }, 2);
    const admin = createPool({ host: server.socketDir, user: server.user, database: "postgres" }, 1);
    try {
      await pool.query("CREATE TABLE marks (n int)");
      const outcome = inTransaction(pool, async (client) => {
        await client.query("INSERT INTO marks VALUES (1)");
        const { rows } = await client.query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
        // Idle in transaction: the service is busy elsewhere (validating, say) while the server drops it.
        await admin.query("SELECT pg_terminate_backend($1)", [rows[0]?.pid]);
        await sleep(300); // the 'error' event arrives while no query runs: without a listener, the process ends
        await client.query("INSERT INTO marks VALUES (2)");
      });
      await expect(outcome).rejects.toThrow();
      expect((await pool.query<{ n: string }>("SELECT count(*) AS n FROM marks")).rows[0]?.n).toBe("0");
    } finally {
      await pool.end();
      await admin.end();
    }
  });
});

describe("acknowledged means stored", () => {
  it("PostgreSQL stopped immediately after acknowledged posts: after the restart, exactly their valid records", async () => {
    expect(server.durability).toBe("durable");
    await freshDb("faults_durable");
    service = await startChildService({ host: server.socketDir, user: server.user, database: "faults_durable" });
    expect((await post(service.url, "member", CLUSTER_II_MEMBERS_JSON)).status).toBe(200);
    const source = generate(7, 2_000, MEMBERS).delegations as Record<string, unknown>[];
    const acknowledged = new Map<number, number>();
    const SIZE = 40;
    await Promise.all(
      Array.from({ length: 4 }, async (_, w) => {
        for (let b = w; b < 40; b += 4) {
          const answer = await post(service?.url ?? "", "delegation", batch(source, b, SIZE));
          expect(answer.status).toBe(207);
          acknowledged.set(b, answer.stored ?? 0);
        }
      }),
    );
    await server.crash(); // right after the last acknowledgement: no checkpoint, no clean shutdown
    await server.restart();
    const ids = await storedIds("faults_durable");
    expect([...ids.keys()].sort((a, b) => a - b)).toEqual([...acknowledged.keys()].sort((a, b) => a - b));
    for (const [b, stored] of acknowledged) {
      const expected = new Set(
        Array.from({ length: SIZE }, (_, i) => i)
          .filter((i) => i !== b % SIZE)
          .map((i) => `b${b}-${i}`),
      );
      expect(stored).toBe(SIZE - 1);
      expect(ids.get(b)).toEqual(expected);
    }
    await service.stop();
    service = undefined;
  });
});

describe("PostgreSQL stopped and restarted while clients post", () => {
  it("every post answered 2xx or 503, the process and /health alive throughout, exactly the acknowledged records kept", async () => {
    await freshDb("faults_run");
    const child = await startChildService({ host: server.socketDir, user: server.user, database: "faults_run" });
    service = child;
    expect((await post(child.url, "member", CLUSTER_II_MEMBERS_JSON)).status).toBe(200);
    const source = generate(9, 4_000, MEMBERS).delegations as Record<string, unknown>[];
    const SIZE = 50;
    const CLIENTS = 8;
    const started = performance.now();
    const deadline = started + 60_000; // the bound: the run ends by then whatever happens
    const answers = new Map<number, PostAnswer | { status: "no answer"; error: string }>();
    let next = 0;
    let phase: "before" | "down" | "after" | "done" = "before";
    const statusesByPhase = { before: new Set<number>(), down: new Set<number>(), after: new Set<number>() };
    const acknowledgedIn = { before: 0, down: 0, after: 0 };
    const client = async (): Promise<void> => {
      while (phase !== "done" && performance.now() < deadline) {
        const b = next++;
        const at = phase;
        try {
          const answer = await post(child.url, "delegation", batch(source, b, SIZE));
          answers.set(b, answer);
          statusesByPhase[at].add(answer.status);
          if (answer.status < 300) acknowledgedIn[at]++;
        } catch (error) {
          answers.set(b, { status: "no answer", error: String(error) });
        }
      }
    };
    const until = async (done: () => boolean): Promise<void> => {
      while (!done() && performance.now() < deadline) await sleep(50);
    };
    const health: (number | string)[] = [];
    const healthLoop = async (): Promise<void> => {
      while (phase !== "done" && performance.now() < deadline) {
        try {
          const r = await request(`${child.url}/health`, { timeoutMs: 5_000 });
          health.push(r.status);
        } catch (error) {
          health.push(String(error));
        }
        await sleep(100);
      }
    };
    // Now and then, a backend of the service terminated while idle in transaction (as an administrator would).
    const admin = createPool({ host: server.socketDir, user: server.user, database: "postgres" }, 1);
    let terminated = 0;
    const terminator = async (): Promise<void> => {
      while (phase !== "done" && performance.now() < deadline) {
        if (phase !== "down") {
          try {
            const { rows } = await admin.query<{ ok: boolean }>(
              `SELECT pg_terminate_backend(pid) AS ok FROM pg_stat_activity
                WHERE application_name = 'ngoaivu-postgres-backend' AND state = 'idle in transaction' LIMIT 1`,
            );
            terminated += rows.filter((r) => r.ok).length;
          } catch {
            // the server is going down or coming back
          }
        }
        await sleep(250);
      }
    };
    const fault = async (): Promise<void> => {
      await sleep(2_000);
      await until(() => acknowledgedIn.before >= 20);
      phase = "down";
      await server.crash();
      await sleep(2_000); // posts meanwhile: 503, the database is gone
      await server.restart();
      phase = "after";
      await until(() => acknowledgedIn.after >= 20);
      await sleep(500);
      phase = "done";
    };
    await Promise.all([...Array.from({ length: CLIENTS }, client), healthLoop(), terminator(), fault()]);
    await admin.end();

    // The process never died; every post and every /health got an HTTP answer.
    expect(child.exited(), child.output()).toBeUndefined();
    const unanswered = [...answers.values()].filter((a) => a.status === "no answer");
    expect(unanswered, child.output()).toEqual([]);
    const statuses = new Set([...answers.values()].map((a) => a.status));
    expect(
      [...statuses].every((s) => s === 200 || s === 207 || s === 503),
      JSON.stringify([...statuses]),
    ).toBe(true);
    const summary = JSON.stringify({
      before: [...statusesByPhase.before],
      down: [...statusesByPhase.down],
      after: [...statusesByPhase.after],
      codes: [...answers.values()].map((a) => ("code" in a ? a.code : a.status)).join(" "),
      output: child.output().slice(-2000),
    });
    expect(statusesByPhase.before.has(207), summary).toBe(true);
    expect(statusesByPhase.down.has(503), summary).toBe(true);
    expect(statusesByPhase.after.has(207), summary).toBe(true); // it serves again once the database is back
    expect(
      health.every((h) => h === 200 || h === 503),
      JSON.stringify(health),
    ).toBe(true);
    expect(health).toContain(503);
    expect(health.at(-1)).toBe(200);

    // Exactly the acknowledged valid records, no batch half-stored.
    const ids = await storedIds("faults_run");
    let acknowledged = 0;
    let unknown = 0;
    for (const [b, answer] of answers) {
      const got = ids.get(b)?.size ?? 0;
      const valid = SIZE - 1;
      if (answer.status === 207) {
        acknowledged++;
        expect([b, answer.stored, got]).toEqual([b, valid, valid]);
        expect(ids.has(b) && ids.get(b)?.has(`b${b}-${b % SIZE}`)).toBe(false);
      } else if ("code" in answer && answer.code === "COMMIT_OUTCOME_UNKNOWN") {
        unknown++;
        expect([0, valid]).toContain(got); // whole or nothing
      } else {
        expect([b, answer.status, "code" in answer ? answer.code : "", got]).toEqual([b, 503, "DATABASE_ERROR", 0]);
      }
    }
    for (const b of ids.keys()) expect(answers.has(b)).toBe(true);
    console.log(
      `faults: ${answers.size} posts (${acknowledged} acknowledged, ${unknown} commit outcome unknown), ` +
        `${terminated} backends terminated idle in transaction, ${health.length} health answers, ` +
        `${Math.round(performance.now() - started)} ms`,
    );
    await child.stop();
    service = undefined;
  });
});

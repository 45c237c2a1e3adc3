/**
 * Measures the service as its own process on a durable throwaway PostgreSQL
 * (the defaults): records per second and latency under 20 concurrent clients
 * (50 posts each of 100 delegations, 5% of them invalid), then the peak RSS
 * of the process during the largest accepted batch (10,000 delegations, the
 * most a request may hold). Prints one Markdown line for docs/backends.md.
 *
 *   npm run build && npx tsx examples/postgres-backend/scripts/measure.ts
 */
import { readFileSync } from "node:fs";
import { CLUSTER_II_MEMBERS_JSON } from "ngoaivu/samples";
import { DEFAULT_MAX_RECORDS } from "../src/app.js";
import { createPool } from "../src/db.js";
import { migrate } from "../src/migrate.js";
import { startThrowawayPostgres } from "../src/throwaway-postgres.js";
import { request, startChildService } from "../test/_child.js";
import { generate } from "../test/generate.js";

const CLIENTS = 20;
const POSTS = 50;
const SIZE = 100;

function rssKiB(pid: number, field: "VmRSS" | "VmHWM"): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? Number.NaN);
}

const quantile = (sorted: readonly number[], q: number): number =>
  sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;

const server = startThrowawayPostgres();
try {
  const admin = createPool({ host: server.socketDir, user: server.user, database: "postgres" }, 1);
  await admin.query("CREATE DATABASE measure");
  await admin.end();
  const pool = createPool({ host: server.socketDir, user: server.user, database: "measure" }, 1);
  await migrate(pool);
  const service = await startChildService({ host: server.socketDir, user: server.user, database: "measure" });
  const pid = service.process.pid ?? 0;
  try {
    const members = CLUSTER_II_MEMBERS_JSON.map((m) => m.id);
    const posted = await request(`${service.url}/records/member`, {
      method: "POST",
      body: JSON.stringify(CLUSTER_II_MEMBERS_JSON),
    });
    if (posted.status !== 200) throw new Error(`members: ${posted.status} ${posted.text}`);
    const source = generate(42, 50_000, members).delegations as Record<string, unknown>[];
    const at = (k: number) => source[k % source.length] as Record<string, unknown>;
    const batches = Array.from({ length: CLIENTS * POSTS }, (_, b) =>
      JSON.stringify(
        Array.from({ length: SIZE }, (_, i) => ({
          ...at(b * SIZE + i),
          ...(i % 20 === b % 20 ? { headcount: 0 } : {}),
        })),
      ),
    );
    // Warm-up (JIT, connections), not counted.
    for (const body of batches.slice(0, 20))
      await request(`${service.url}/records/delegation`, { method: "POST", body });
    const latencies: number[] = [];
    let stored = 0;
    let next = 20;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: CLIENTS }, async () => {
        while (next < batches.length) {
          const body = batches[next++] as string;
          const t0 = performance.now();
          const answer = await request(`${service.url}/records/delegation`, { method: "POST", body });
          latencies.push(performance.now() - t0);
          if (answer.status !== 207 && answer.status !== 200) throw new Error(`${answer.status} ${answer.text}`);
          stored += (JSON.parse(answer.text) as { stored: number }).stored;
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    latencies.sort((a, b) => a - b);

    // The largest accepted batch, every record valid; RSS sampled meanwhile and the kernel's high-water mark.
    const largest = JSON.stringify(Array.from({ length: DEFAULT_MAX_RECORDS }, (_, i) => at(i)));
    const before = rssKiB(pid, "VmRSS");
    let peak = before;
    const sampler = setInterval(() => {
      peak = Math.max(peak, rssKiB(pid, "VmRSS"));
    }, 10);
    const t0 = performance.now();
    const big = await request(`${service.url}/records/delegation`, { method: "POST", body: largest });
    const bigMs = performance.now() - t0;
    clearInterval(sampler);
    if (big.status !== 200) throw new Error(`largest batch: ${big.status} ${big.text.slice(0, 500)}`);
    const hwm = rssKiB(pid, "VmHWM");
    const mib = (kib: number) => (kib / 1024).toFixed(0);
    console.log(
      `- ${new Date().toISOString().slice(0, 10)}, Node ${process.versions.node}, durable settings: ` +
        `${CLIENTS} clients × ${POSTS} posts × ${SIZE} delegations (5% invalid): ` +
        `**${Math.round(stored / seconds).toLocaleString("en")} valid records/s** stored, ` +
        `latency p50 ${Math.round(quantile(latencies, 0.5))} ms, **p95 ${Math.round(quantile(latencies, 0.95))} ms**, ` +
        `max ${Math.round(latencies.at(-1) ?? 0)} ms; the largest accepted batch (${DEFAULT_MAX_RECORDS.toLocaleString("en")} delegations, ` +
        `${(largest.length / 1024 / 1024).toFixed(1)} MB) in ${Math.round(bigMs)} ms, ` +
        `**peak RSS ${mib(peak)} MiB** (from ${mib(before)} MiB before it; process high-water mark ${mib(hwm)} MiB).`,
    );
  } finally {
    await service.stop();
    await pool.end();
  }
} finally {
  server.stop();
}

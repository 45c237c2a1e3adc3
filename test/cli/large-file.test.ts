/**
 * A 100 MB NDJSON file, validated by the built command with flat memory: the
 * child's peak RSS (reported by the command under NGOAIVU_REPORT_RSS=1, from
 * process.resourceUsage().maxRSS) stays well under 200 MB.
 */
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { writeBigNdjson } from "./_big.js";
import { ensureBuilt, maxRssMb, runAsync } from "./_cli.js";

const dir = mkdtempSync(join(tmpdir(), "ngoaivu-big-"));
const file = join(dir, "delegations.ndjson");
let written: { records: number; invalid: number };
beforeAll(() => {
  ensureBuilt();
  written = writeBigNdjson(file, 100);
}, 180_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it("validates a 100 MB NDJSON file streaming: every invalid record reported, peak RSS under 200 MB", async () => {
  expect(statSync(file).size).toBeGreaterThanOrEqual(100_000_000);
  const started = performance.now();
  const r = await runAsync(["validate", file, "--json"], { NGOAIVU_REPORT_RSS: "1" });
  const seconds = (performance.now() - started) / 1000;
  expect(r.status).toBe(1);
  const out = JSON.parse(r.stdout) as { valid: number; invalid: number; files: { invalid: { index: number }[] }[] };
  expect(out.invalid).toBe(written.invalid);
  expect(out.valid + out.invalid).toBe(written.records);
  expect(out.files[0]?.invalid[0]?.index).toBe(49_999);
  const rss = maxRssMb(r.stderr);
  console.log(
    `100 MB NDJSON: ${written.records} records, ${out.invalid} invalid, peak RSS ${rss.toFixed(0)} MB, ${seconds.toFixed(1)} s`,
  );
  expect(rss).toBeLessThan(200);
}, 120_000);

it("keeps no record: the same 100 MB validates under a 40 MB old-space cap", async () => {
  const r = await runAsync(["validate", file], { NGOAIVU_REPORT_RSS: "1", NODE_OPTIONS: "--max-old-space-size=40" });
  expect(r.stderr).not.toContain("heap out of memory");
  expect(r.status).toBe(1);
  expect(r.stdout).toContain(
    `${(written.records - written.invalid).toLocaleString("en-US")} valid, ${written.invalid} invalid`,
  );
}, 120_000);

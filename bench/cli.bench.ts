/**
 * The streaming CLI's memory: peak RSS of `ngoaivu validate` on a 100 MB
 * NDJSON file as a ratio to the same command on a 10 MB file, in the same
 * run (the command reports its peak RSS under NGOAIVU_REPORT_RSS=1). Memory
 * that grew with the input would give about 10×; the streaming command gives
 * about 1.3× (target ≤ 1.5×): what remains is V8 letting its heap grow while
 * garbage is made quickly, not data kept. The proof that nothing is kept: the
 * 100 MB file also validates under a 40 MB old-space cap
 * (`node --max-old-space-size=40`). Also prints the throughput. Needs
 * `npm run build` first.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { writeBigNdjson } from "../test/cli/_big.js";
import { printResults, type Result } from "./_harness.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const cli = join(root, "dist", "cli.js");
if (!existsSync(cli)) {
  console.error(`cli: ${cli} is missing: run npm run build first`);
  process.exit(1);
}

const env: NodeJS.ProcessEnv = { ...process.env, NGOAIVU_REPORT_RSS: "1" };
delete env.NODE_OPTIONS;

function validate(file: string, nodeFlags: readonly string[] = []): { rssMb: number; ms: number } {
  const started = performance.now();
  const r = spawnSync(process.execPath, [...nodeFlags, cli, "validate", file], {
    env,
    encoding: "utf8",
    maxBuffer: 64 << 20,
  });
  const ms = performance.now() - started;
  const m = /maxRSS (\d+) kB/.exec(r.stderr);
  if ((r.status !== 0 && r.status !== 1) || m === null)
    throw new Error(`validate ${file} failed (exit ${r.status}): ${r.stderr.slice(0, 300)}`);
  return { rssMb: Number(m[1]) / 1024, ms };
}

const dir = mkdtempSync(join(tmpdir(), "ngoaivu-bench-cli-"));
try {
  const small = join(dir, "10mb.ndjson");
  const large = join(dir, "100mb.ndjson");
  const s = writeBigNdjson(small, 10);
  const l = writeBigNdjson(large, 100);
  // Median of three runs each.
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[1] as number;
  const runsSmall = [validate(small), validate(small), validate(small)];
  const runsLarge = [validate(large), validate(large), validate(large)];
  const rssSmall = median(runsSmall.map((r) => r.rssMb));
  const rssLarge = median(runsLarge.map((r) => r.rssMb));
  const msLarge = median(runsLarge.map((r) => r.ms));
  const capped = validate(large, ["--max-old-space-size=40"]);
  console.log(
    `\nngoaivu validate: 10 MB (${s.records} records) peak RSS ${rssSmall.toFixed(0)} MB; ` +
      `100 MB (${l.records} records) peak RSS ${rssLarge.toFixed(0)} MB, ${(msLarge / 1000).toFixed(1)} s ` +
      `(${((l.bytes / 1e6 / msLarge) * 1000).toFixed(0)} MB/s, ${Math.round((l.records / msLarge) * 1000)} records/s); ` +
      `100 MB under a 40 MB old-space cap: done, peak RSS ${capped.rssMb.toFixed(0)} MB`,
  );
  // printResults shows "ms": here the numbers are megabytes of peak RSS.
  const result: Result = {
    name: "peak RSS, 100 MB input vs 10 MB input (MB, not ms)",
    baselineMs: rssSmall,
    candidateMs: rssLarge,
    ratio: rssLarge / rssSmall,
    target: 1.5,
    ok: rssLarge / rssSmall <= 1.5,
  };
  process.exitCode = printResults("Streaming CLI memory", [result]) ? 0 : 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}

/**
 * CLI start-up: wall time of `ngoaivu --help` (`node dist/cli.js --help`) as a
 * ratio to `node -e 0`, the cost of starting Node itself, in the same run.
 * Target: under 3×, so the command stays quick however large the library
 * grows (heavy modules must load lazily). Needs `npm run build` first.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { compare, printResults } from "./_harness.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const cli = join(root, "dist", "cli.js");
if (!existsSync(cli)) {
  console.error(`cli-startup: ${cli} is missing: run npm run build first`);
  process.exit(1);
}

// A clean environment: no loader (tsx runs this file) may slow down either side.
const env = { ...process.env };
delete env.NODE_OPTIONS;

function start(args: readonly string[], expect: (stdout: string) => boolean): () => number {
  return () => {
    const r = spawnSync(process.execPath, args, { cwd: root, env, encoding: "utf8" });
    if (r.status !== 0 || !expect(r.stdout)) {
      throw new Error(`node ${args.join(" ")} failed (exit ${r.status}): ${r.stderr || r.stdout}`);
    }
    return r.stdout.length;
  };
}

const result = compare({
  clock: "wall", // the work runs in child processes
  name: "ngoaivu --help vs node -e 0 (process start to exit)",
  baseline: { name: "node -e 0", fn: start(["-e", "0"], () => true) },
  candidate: { name: "node dist/cli.js --help", fn: start([cli, "--help"], (out) => out.includes("Usage")) },
  target: 3,
  runs: 15,
  warmup: 3,
});

process.exitCode = printResults("CLI start-up", [result]) ? 0 : 1;

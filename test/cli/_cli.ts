/**
 * Test helper: runs the BUILT command (`node dist/cli.js …`), as users get
 * it. Builds first when dist/cli.js is missing or older than any source file.
 */
import { type SpawnSyncReturns, spawn, spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const cli = join(root, "dist", "cli.js");

function newest(dir: string): number {
  let t = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    t = Math.max(t, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return t;
}

function fresh(): boolean {
  let built = 0;
  try {
    built = Math.min(statSync(cli).mtimeMs, statSync(join(root, "dist", "index.js")).mtimeMs);
  } catch {
    built = 0;
  }
  return built > newest(join(root, "src"));
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Builds the package when the built command is missing or stale. Test files
 * run in parallel: a lock directory makes sure only one of them builds.
 */
export function ensureBuilt(): void {
  if (fresh()) return;
  const lock = join(root, ".tmp", "cli-test-build.lock");
  mkdirSync(join(root, ".tmp"), { recursive: true });
  for (let waited = 0; ; waited += 250) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (waited > 180_000) throw new Error(`${lock} held for 3 minutes: remove it if no build is running`);
      sleep(250);
    }
  }
  try {
    if (fresh()) return;
    const r = spawnSync("npm", ["run", "build", "--silent"], { cwd: root, encoding: "utf8" });
    if (r.status !== 0) throw new Error(`npm run build failed: ${r.stderr}`);
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

export interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

const env = { ...process.env, NODE_OPTIONS: "" };

/** Runs `ngoaivu …` and waits. */
export function run(args: readonly string[], options: { cwd?: string; env?: Record<string, string> } = {}): Run {
  const r: SpawnSyncReturns<string> = spawnSync(process.execPath, [cli, ...args], {
    cwd: options.cwd ?? root,
    env: { ...env, ...options.env },
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Runs `ngoaivu …` asynchronously (for long runs), collecting stderr and counting stdout bytes. */
export function runAsync(args: readonly string[], extraEnv: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd: root, env: { ...env, ...extraEnv } });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => {
      if (stdout.length < 1_000_000) stdout += d;
    });
    child.stderr.setEncoding("utf8").on("data", (d: string) => {
      stderr += d;
    });
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

/** The peak RSS the command reported (NGOAIVU_REPORT_RSS=1), in MB. */
export function maxRssMb(stderr: string): number {
  const m = /maxRSS (\d+) kB/.exec(stderr);
  if (m === null) throw new Error(`no maxRSS line in: ${stderr.slice(0, 500)}`);
  return Number(m[1]) / 1024;
}

/**
 * A throwaway PostgreSQL server for tests and the demo: initdb into a fresh
 * folder under /tmp, start it on a Unix socket only (no TCP port), remove it
 * all on stop. As root, initdb and postgres run as the `postgres` user through
 * `runuser` (they refuse root); when PostgreSQL is missing and we are root,
 * Debian's `postgresql-15` is installed with apt-get first.
 */
import { execFileSync } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { join } from "node:path";

/** A running throwaway server. */
export interface ThrowawayPostgres {
  /** The folder holding the socket: pass it as `host` to `pg`. */
  readonly socketDir: string;
  /** The superuser to connect as. */
  readonly user: string;
  /** Stops the server and removes every file it had (idempotent). */
  stop(): void;
}

const PG_BIN_DIRS = ["/usr/lib/postgresql/17/bin", "/usr/lib/postgresql/16/bin", "/usr/lib/postgresql/15/bin"];

function which(name: string): string | undefined {
  try {
    return execFileSync("sh", ["-c", `command -v ${name}`], { encoding: "utf8" }).trim() || undefined;
  } catch {
    return undefined;
  }
}

function binDir(): string | undefined {
  const dir = PG_BIN_DIRS.find((d) => existsSync(join(d, "pg_ctl")) && existsSync(join(d, "initdb")));
  if (dir !== undefined) return dir;
  const initdb = which("initdb");
  return initdb === undefined ? undefined : initdb.slice(0, initdb.lastIndexOf("/"));
}

function isRoot(): boolean {
  return typeof process.getuid === "function" && process.getuid() === 0;
}

/** Finds PostgreSQL's binaries, installing Debian's postgresql-15 when missing (as root only). */
export function ensurePostgresBinaries(): string {
  let dir = binDir();
  if (dir !== undefined) return dir;
  if (!isRoot()) throw new Error("PostgreSQL is not installed (initdb not found) and we are not root to install it");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  execFileSync("apt-get", ["update"], { stdio: "inherit", env });
  execFileSync("apt-get", ["install", "-y", "--no-install-recommends", "postgresql-15"], { stdio: "inherit", env });
  dir = binDir();
  if (dir === undefined) throw new Error("postgresql-15 was installed but initdb is still not found");
  return dir;
}

function postgresUid(): { uid: number; gid: number } {
  const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
  const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
  return { uid, gid };
}

/**
 * Starts a fresh PostgreSQL server on a Unix socket in a new folder under
 * /tmp, with durability off (`fsync=off`: a throwaway server), the server
 * time zone UTC. Returns when it accepts connections. With `stopOnSignals`,
 * SIGINT / SIGTERM / SIGHUP also stop it before the process ends (for a test
 * runner interrupted by Ctrl-C; a service handles its signals itself).
 */
export function startThrowawayPostgres(options: { readonly stopOnSignals?: boolean } = {}): ThrowawayPostgres {
  const bin = ensurePostgresBinaries();
  const root = mkdtempSync("/tmp/ngoaivu-pg-");
  const data = join(root, "data");
  const socketDir = join(root, "socket");
  mkdirSync(socketDir);
  chmodSync(root, 0o755);
  const asRoot = isRoot();
  if (asRoot) {
    const { uid, gid } = postgresUid();
    chownSync(root, uid, gid);
    chownSync(socketDir, uid, gid);
  }
  const run = (tool: string, args: string[]): void => {
    const file = join(bin, tool);
    if (asRoot) execFileSync("runuser", ["-u", "postgres", "--", file, ...args], { stdio: "pipe" });
    else execFileSync(file, args, { stdio: "pipe" });
  };
  let stopped = false;
  let started = false;
  const stop = (): void => {
    if (stopped) return;
    stopped = true;
    process.off("exit", stop);
    for (const s of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.off(s, onSignal);
    try {
      if (started) run("pg_ctl", ["stop", "-D", data, "-m", "immediate", "-s"]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  };
  // Removed even when the process ends without calling stop().
  process.on("exit", stop);
  const signals = ["SIGINT", "SIGTERM", "SIGHUP"] as const;
  const onSignal = (signal: NodeJS.Signals): void => {
    stop();
    for (const s of signals) process.off(s, onSignal);
    process.kill(process.pid, signal); // the default action, now that the server is gone
  };
  if (options.stopOnSignals === true) for (const s of signals) process.once(s, onSignal);
  try {
    run("initdb", ["-D", data, "-A", "trust", "--no-sync", "-U", "postgres", "-E", "UTF8", "--no-instructions"]);
    const options = [
      "-c listen_addresses=''",
      `-k ${socketDir}`,
      "-c fsync=off",
      "-c synchronous_commit=off",
      "-c full_page_writes=off",
      "-c max_connections=50",
      "-c TimeZone=UTC",
    ].join(" ");
    run("pg_ctl", ["start", "-D", data, "-w", "-t", "60", "-s", "-l", join(root, "server.log"), "-o", options]);
    started = true;
  } catch (error) {
    stop();
    throw error;
  }
  return { socketDir, user: "postgres", stop };
}

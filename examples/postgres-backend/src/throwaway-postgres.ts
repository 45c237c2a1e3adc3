/**
 * A throwaway PostgreSQL server for the demo and the tests: initdb into a
 * fresh folder under /tmp (or reuse a folder kept from an earlier run), start
 * it on a Unix socket only (no TCP port). As root, initdb and postgres run as
 * the `postgres` user through `runuser` (they refuse root); when PostgreSQL is
 * missing and we are root, Debian's `postgresql-15` is installed with apt-get
 * first.
 *
 * What it keeps: the folder (and every committed record in it) is removed
 * **only** by an orderly `stop()`. When the process ends any other way (an
 * uncaught error, a signal it does not handle, out of memory, `kill -9`), the
 * server is stopped if the process still can (`pg_ctl stop -m fast`) and the
 * folder stays where it is, so nothing acknowledged is lost; pass it back as
 * `dir` (the service: `NGOAIVU_PG_DIR`) to serve the same data again.
 *
 * Durable by default: `fsync`, `synchronous_commit` and `full_page_writes`
 * keep PostgreSQL's defaults, so a commit the service acknowledged survives
 * a crash of the server. `durability: "unsafe-fast"` (or the environment
 * variable `NGOAIVU_PG_FAST_UNSAFE=1`) turns all three off for test suites
 * that throw the data away anyway: an acknowledged commit can then be lost.
 */
import { execFile, execFileSync } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";

/** How the server trades safety for speed. */
export type Durability = "durable" | "unsafe-fast";

/** Options of {@link startThrowawayPostgres}. */
export interface ThrowawayOptions {
  /** Also stop (and remove) the server on SIGINT / SIGTERM / SIGHUP, for a test runner interrupted by Ctrl-C. */
  readonly stopOnSignals?: boolean;
  /** `"durable"` by default; `"unsafe-fast"` (fsync, synchronous commit and full page writes off) for tests only. */
  readonly durability?: Durability;
  /**
   * A folder kept from an earlier run (it holds `data/` and `socket/`): the
   * server is started on it again (or used as is when it still runs), and
   * `stop()` stops it but keeps the folder.
   */
  readonly dir?: string;
}

/** A running throwaway server. */
export interface ThrowawayPostgres {
  /** The folder holding `data/`, `socket/` and `server.log`. */
  readonly dir: string;
  /** The folder holding the socket: pass it as `host` to `pg`. */
  readonly socketDir: string;
  /** The superuser to connect as. */
  readonly user: string;
  /** The durability it runs with. */
  readonly durability: Durability;
  /** Stops the server and, unless the folder was given as `dir`, removes every file it had (idempotent). */
  stop(): void;
  /** Stops the server at once, as a crash would (`pg_ctl stop -m immediate`), keeping its files. */
  crash(): Promise<void>;
  /** Starts the server again on its files (after `crash()`); resolves when it accepts connections. */
  restart(): Promise<void>;
}

const PG_BIN_DIRS = ["/usr/lib/postgresql/17/bin", "/usr/lib/postgresql/16/bin", "/usr/lib/postgresql/15/bin"];

function which(name: string): string | undefined {
  try {
    return execFileSync("sh", ["-c", `command -v ${name}`], { encoding: "utf8" }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/** The folder of PostgreSQL's binaries when they are installed, without installing them. */
export function postgresBinDir(): string | undefined {
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
  let dir = postgresBinDir();
  if (dir !== undefined) return dir;
  if (!isRoot()) throw new Error("PostgreSQL is not installed (initdb not found) and we are not root to install it");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  execFileSync("apt-get", ["update"], { stdio: "inherit", env });
  execFileSync("apt-get", ["install", "-y", "--no-install-recommends", "postgresql-15"], { stdio: "inherit", env });
  dir = postgresBinDir();
  if (dir === undefined) throw new Error("postgresql-15 was installed but initdb is still not found");
  return dir;
}

function postgresUid(): { uid: number; gid: number } {
  const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
  const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
  return { uid, gid };
}

/** The durability asked for: the option, else `NGOAIVU_PG_FAST_UNSAFE=1`, else durable. */
export function durabilityFromEnv(asked?: Durability): Durability {
  if (asked !== undefined) return asked;
  return process.env.NGOAIVU_PG_FAST_UNSAFE === "1" ? "unsafe-fast" : "durable";
}

/**
 * Starts a PostgreSQL server on a Unix socket in a new folder under /tmp (or
 * in `options.dir`), the server time zone UTC. Returns when it accepts
 * connections.
 */
export function startThrowawayPostgres(options: ThrowawayOptions = {}): ThrowawayPostgres {
  const bin = ensurePostgresBinaries();
  const durability = durabilityFromEnv(options.durability);
  const kept = options.dir !== undefined;
  const root = options.dir ?? mkdtempSync("/tmp/ngoaivu-pg-");
  const data = join(root, "data");
  const socketDir = join(root, "socket");
  const fresh = !existsSync(join(data, "PG_VERSION"));
  if (!existsSync(root)) mkdirSync(root, { recursive: true });
  if (!existsSync(socketDir)) mkdirSync(socketDir);
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
  const runAsync = async (tool: string, args: string[]): Promise<void> => {
    const file = join(bin, tool);
    if (asRoot) await promisify(execFile)("runuser", ["-u", "postgres", "--", file, ...args]);
    else await promisify(execFile)(file, args);
  };
  const running = (): boolean => {
    try {
      run("pg_ctl", ["status", "-D", data]);
      return true;
    } catch {
      return false;
    }
  };
  const settings = [
    "-c listen_addresses=''",
    `-k ${socketDir}`,
    "-c max_connections=50",
    "-c TimeZone=UTC",
    ...(durability === "unsafe-fast" ? ["-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off"] : []),
  ].join(" ");
  const startArgs = ["start", "-D", data, "-w", "-t", "60", "-s", "-l", join(root, "server.log"), "-o", settings];
  const start = (): void => run("pg_ctl", startArgs);
  let stopped = false;
  const signals = ["SIGINT", "SIGTERM", "SIGHUP"] as const;
  const detach = (): void => {
    process.off("exit", onExit);
    for (const s of signals) process.off(s, onSignal);
  };
  // An orderly stop: the only way the folder is removed (and never a folder given as `dir`).
  const stop = (): void => {
    if (stopped) return;
    stopped = true;
    detach();
    try {
      if (running()) run("pg_ctl", ["stop", "-D", data, "-m", "fast", "-s"]);
    } finally {
      if (!kept) rmSync(root, { recursive: true, force: true });
    }
  };
  // Any other end of the process: stop the server cleanly, keep the files (they may hold acknowledged records).
  const onExit = (): void => {
    if (stopped) return;
    stopped = true;
    try {
      if (running()) run("pg_ctl", ["stop", "-D", data, "-m", "fast", "-s"]);
    } catch {
      // Nothing more can be done while exiting; the files stay.
    }
    process.stderr.write(`PostgreSQL files kept in ${root} (start again with NGOAIVU_PG_DIR=${root})\n`);
  };
  const onSignal = (signal: NodeJS.Signals): void => {
    stop();
    process.kill(process.pid, signal); // the default action, now that the server is gone
  };
  process.on("exit", onExit);
  if (options.stopOnSignals === true) for (const s of signals) process.once(s, onSignal);
  try {
    if (fresh) {
      const sync = durability === "unsafe-fast" ? ["--no-sync"] : [];
      run("initdb", ["-D", data, "-A", "trust", ...sync, "-U", "postgres", "-E", "UTF8", "--no-instructions"]);
    }
    if (!running()) start();
  } catch (error) {
    stop();
    throw error;
  }
  return {
    dir: root,
    socketDir,
    user: "postgres",
    durability,
    stop,
    crash: () => runAsync("pg_ctl", ["stop", "-D", data, "-m", "immediate", "-s"]),
    restart: () => runAsync("pg_ctl", startArgs),
  };
}

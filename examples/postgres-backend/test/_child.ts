/**
 * The service as its own process (`src/server.ts`, through tsx), on a
 * database given by `PGHOST`/`PGUSER`/`PGDATABASE`: what a fault must not
 * kill is a real process, not a test worker. Its output is kept for the
 * failure message.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { request as httpRequest } from "node:http";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../../..", import.meta.url));
const SERVER = fileURLToPath(new URL("../src/server.ts", import.meta.url));

export interface ChildService {
  readonly url: string;
  readonly process: ChildProcess;
  /** Everything it wrote to stdout and stderr. */
  output(): string;
  /** Its exit, when it exited: `{ code, signal }`. */
  exited(): { code: number | null; signal: NodeJS.Signals | null } | undefined;
  /** Stops it (SIGTERM) and waits for it to end. */
  stop(): Promise<void>;
}

/** Starts `src/server.ts` on the database and waits until it listens. */
export async function startChildService(database: {
  host: string;
  user: string;
  database: string;
}): Promise<ChildService> {
  const child = spawn(process.execPath, ["--import", "tsx", SERVER], {
    cwd: ROOT,
    env: {
      ...process.env,
      PGHOST: database.host,
      PGUSER: database.user,
      PGDATABASE: database.database,
      PORT: "0",
      NODE_OPTIONS: "",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  let exit: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  child.stdout?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  const ended = new Promise<void>((resolve) => {
    child.on("exit", (code, signal) => {
      exit = { code, signal };
      resolve();
    });
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the service did not start:\n${output}`)), 30_000);
    const look = (): void => {
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match?.[1] !== undefined) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on("data", look);
    void ended.then(() => {
      clearTimeout(timer);
      reject(new Error(`the service exited before listening:\n${output}`));
    });
  });
  return {
    url,
    process: child,
    output: () => output,
    exited: () => exit,
    stop: async () => {
      if (exit === undefined) child.kill("SIGTERM");
      await ended;
    },
  };
}

/**
 * One HTTP request on a connection of its own (no keep-alive: a test process
 * blocked for a moment must not reuse a socket the service has since closed).
 */
export function request(
  url: string,
  options: { method?: string; body?: string; type?: string; timeoutMs?: number } = {},
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const body = options.body === undefined ? undefined : Buffer.from(options.body);
    const req = httpRequest(
      url,
      {
        method: options.method ?? "GET",
        agent: false,
        headers:
          body === undefined
            ? {}
            : { "content-type": options.type ?? "application/json", "content-length": body.length },
        timeout: options.timeoutMs ?? 30_000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString() }));
        res.on("error", reject);
      },
    );
    req.on("timeout", () => req.destroy(new Error("timed out")));
    req.on("error", reject);
    req.end(body);
  });
}

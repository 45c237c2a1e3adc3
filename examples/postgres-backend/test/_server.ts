/** The service on a loopback port for a test file. */
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import type pg from "pg";
import { type AppOptions, createApp } from "../src/app.js";

export interface RunningService {
  readonly url: string;
  readonly errors: unknown[];
  close(): Promise<void>;
}

export async function startService(pool: pg.Pool, options: AppOptions = {}): Promise<RunningService> {
  const errors: unknown[] = [];
  const app = createApp(pool, { onInternalError: (e) => errors.push(e), ...options });
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    errors,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error === undefined ? resolve() : reject(error)));
      }),
  };
}

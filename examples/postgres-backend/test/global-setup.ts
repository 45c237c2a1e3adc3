/**
 * One throwaway PostgreSQL server for the whole run, on a Unix socket in a
 * fresh folder under /tmp; stopped and removed after the run, also when tests
 * fail. It runs with the fast, unsafe settings (`durability: "unsafe-fast"`:
 * fsync and synchronous commit off), which only a test suite may use; the
 * tests of durability and faults (test/faults.test.ts) start servers of their
 * own with the durable defaults.
 */
import type { TestProject } from "vitest/node";
import { startThrowawayPostgres } from "../src/throwaway-postgres.js";

declare module "vitest" {
  export interface ProvidedContext {
    pgSocketDir: string;
    pgUser: string;
  }
}

export default function setup(project: TestProject): () => void {
  const started = performance.now();
  const server = startThrowawayPostgres({ stopOnSignals: true, durability: "unsafe-fast" });
  console.log(`throwaway PostgreSQL ready in ${Math.round(performance.now() - started)} ms (${server.socketDir})`);
  project.provide("pgSocketDir", server.socketDir);
  project.provide("pgUser", server.user);
  return () => server.stop();
}

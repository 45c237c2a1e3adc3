/**
 * One throwaway PostgreSQL server for the whole run, on a Unix socket in a
 * fresh folder under /tmp; stopped and removed after the run, also when tests
 * fail (and, through the helper's exit hook, when the process dies early).
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
  const server = startThrowawayPostgres({ stopOnSignals: true });
  console.log(`throwaway PostgreSQL ready in ${Math.round(performance.now() - started)} ms (${server.socketDir})`);
  project.provide("pgSocketDir", server.socketDir);
  project.provide("pgUser", server.user);
  return () => server.stop();
}

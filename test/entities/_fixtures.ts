/**
 * Loads the entity fixtures of test/fixtures/entities/ (see its README):
 * valid wire records, and invalid ones built from them with the issues
 * `parse` must report.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { EntityName } from "../../src/index.js";

const here = dirname(fileURLToPath(import.meta.url));
export const FIXTURES_DIR = join(here, "..", "fixtures", "entities");

export interface ExpectedIssue {
  readonly code: string;
  readonly path: readonly (string | number)[];
}

export interface ValidFixture {
  readonly name: string;
  readonly record: unknown;
}

export interface InvalidFixture {
  readonly name: string;
  readonly record: unknown;
  readonly expect: readonly ExpectedIssue[];
}

interface RawInvalid {
  name: string;
  from?: number;
  set?: Record<string, unknown>;
  unset?: string[];
  record?: unknown;
  expect: ExpectedIssue[];
}

interface RawFile {
  valid: ValidFixture[];
  invalid: RawInvalid[];
}

function segments(path: string): (string | number)[] {
  return path.split(".").map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function parent(root: unknown, path: (string | number)[]): Record<string | number, unknown> {
  let node = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) {
    const next = node[key];
    if (typeof next !== "object" || next === null) throw new Error(`fixture path ${path.join(".")} does not exist`);
    node = next as Record<string | number, unknown>;
  }
  return node;
}

/** The fixtures of one entity. */
export function loadFixtures(entity: EntityName): { valid: ValidFixture[]; invalid: InvalidFixture[] } {
  const raw = JSON.parse(readFileSync(join(FIXTURES_DIR, `${entity}.json`), "utf8")) as RawFile;
  const invalid = raw.invalid.map((f): InvalidFixture => {
    if (f.record !== undefined) return { name: f.name, record: f.record, expect: f.expect };
    const base = raw.valid[f.from ?? 0];
    if (base === undefined) throw new Error(`fixture ${f.name}: no valid record ${f.from}`);
    const record: unknown = structuredClone(base.record);
    for (const [path, value] of Object.entries(f.set ?? {})) {
      const segs = segments(path);
      const key = segs[segs.length - 1] as string | number;
      Object.defineProperty(parent(record, segs), key, { value, enumerable: true, writable: true, configurable: true });
    }
    for (const path of f.unset ?? []) {
      const segs = segments(path);
      const node = parent(record, segs);
      const key = segs[segs.length - 1] as string | number;
      if (!Object.hasOwn(node, key)) throw new Error(`fixture ${f.name}: nothing to unset at ${path}`);
      delete node[key];
    }
    return { name: f.name, record, expect: f.expect };
  });
  return { valid: raw.valid, invalid };
}

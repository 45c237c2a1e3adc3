import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ENTITY_SCHEMAS, type EntityName, entityJsonSchema } from "../../src/index.js";

describe("scripts/gen-schemas.ts", () => {
  const out = mkdtempSync(join(tmpdir(), "ngoaivu-schemas-"));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it("writes one JSON Schema file per entity, equal to entityJsonSchema, and an index", () => {
    const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/gen-schemas.ts", out], { encoding: "utf8" });
    expect(run.status, run.stderr).toBe(0);
    const names = Object.keys(ENTITY_SCHEMAS) as EntityName[];
    expect(readdirSync(out).sort()).toEqual([...names.map((n) => `${n}.json`), "index.json"].sort());
    for (const name of names)
      expect(JSON.parse(readFileSync(join(out, `${name}.json`), "utf8"))).toEqual(entityJsonSchema(name));
    expect(JSON.parse(readFileSync(join(out, "index.json"), "utf8")).schemas).toHaveLength(names.length);
  }, 30_000);
});

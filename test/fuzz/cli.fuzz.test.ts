/**
 * Hostile input through the built command: `ngoaivu validate` on NDJSON files
 * of fuzzed delegations (valid fixtures with hostile fields, `__proto__` keys,
 * deep nesting, huge strings, arbitrary JSON lines). A few seeded files, not
 * hundreds: each run starts a process. Asserts: exit 0 or 1 (never a crash),
 * nothing on stderr that looks like a stack trace, every line accounted for
 * (valid + invalid = lines, each invalid record reported once, by its line).
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt, run } from "../cli/_cli.js";
import { mutate, mutation, nested, POLLUTING_JSON, SEED, validFixtures } from "./_hostile.js";

const dir = mkdtempSync(join(tmpdir(), "ngoaivu-fuzz-cli-"));
beforeAll(() => ensureBuilt(), 180_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const delegations = validFixtures("delegation");

/** One NDJSON line: a valid record, a mutated one, or arbitrary JSON. Never blank (blank lines are skipped). */
const line: fc.Arbitrary<string> = fc.oneof(
  fc.nat().map((i) => JSON.stringify(delegations[i % delegations.length])),
  fc
    .tuple(fc.nat(), fc.array(mutation, { minLength: 1, maxLength: 3 }))
    .map(([i, ms]) =>
      JSON.stringify(mutate(delegations[i % delegations.length], ms), (_k, v) =>
        typeof v === "bigint" ? v.toString() : v,
      ),
    ),
  fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
  fc.constantFrom(
    ...POLLUTING_JSON,
    JSON.stringify({ ...(delegations[0] as object), purpose: "x".repeat(20_000) }),
    JSON.stringify({ ...(delegations[0] as object), extra: nested(200) }),
    JSON.stringify({ ...(delegations[0] as object), cost: { amount: "1e400", currency: "VND" } }),
    JSON.stringify({ ...(delegations[0] as object), cost: { amount: 0.1, currency: "USD" } }),
    JSON.stringify({ ...(delegations[0] as object), start: "2023-02-29" }),
  ),
);

interface JsonOut {
  valid: number;
  invalid: number;
  files: { invalid: { line: number; index?: number; issues: { code: string }[] }[] }[];
}

describe("fuzz: ngoaivu validate on hostile NDJSON", () => {
  const files = fc.sample(fc.array(line, { minLength: 10, maxLength: 40 }), { seed: SEED, numRuns: 4 });

  files.forEach((lines, n) => {
    it(`file ${n + 1} (${lines.length} lines)`, () => {
      const path = join(dir, `fuzz-${n}.ndjson`);
      writeFileSync(path, `${lines.join("\n")}\n`);
      for (const args of [
        ["validate", path, "--type", "delegation", "--json"],
        ["validate", path, "--type", "delegation", "--lang", "vi"],
      ]) {
        const r = run(args);
        expect([0, 1], r.stderr).toContain(r.status);
        expect(r.stderr).not.toMatch(/TypeError|RangeError|SyntaxError|\n\s+at /);
        if (args.includes("--json")) {
          const out = JSON.parse(r.stdout) as JsonOut;
          expect(out.valid + out.invalid).toBe(lines.length);
          expect(r.status).toBe(out.invalid === 0 ? 0 : 1);
          const reported = out.files.flatMap((f) => f.invalid.map((i) => i.line));
          expect(new Set(reported).size).toBe(reported.length);
          expect(reported.length).toBe(out.invalid);
          for (const l of reported) expect(l >= 1 && l <= lines.length).toBe(true);
          for (const f of out.files) for (const i of f.invalid) expect(i.issues.length).toBeGreaterThan(0);
        }
      }
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    }, 60_000);
  });
});

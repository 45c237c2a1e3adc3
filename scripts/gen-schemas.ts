/**
 * Writes the JSON Schema of every entity's wire form to `dist/schemas/<entity>.json`
 * (or the folder given as the first argument), from the zod schemas through
 * `entityJsonSchema`, plus an `index.json` listing them. Run after the build:
 *
 *   tsx scripts/gen-schemas.ts [outDir]
 *
 * The files are published as `ngoaivu/schemas/<entity>.json`.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { ENTITY_SCHEMAS, type EntityName, entityJsonSchema } from "../src/index.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const outDir = resolve(process.argv[2] ?? join(root, "dist", "schemas"));
mkdirSync(outDir, { recursive: true });

const names = Object.keys(ENTITY_SCHEMAS) as EntityName[];
for (const name of names) {
  writeFileSync(join(outDir, `${name}.json`), `${JSON.stringify(entityJsonSchema(name), null, 2)}\n`);
}
writeFileSync(
  join(outDir, "index.json"),
  `${JSON.stringify({ schemas: names.map((name) => ({ name, file: `${name}.json` })) }, null, 2)}\n`,
);
console.log(`wrote ${names.length} JSON Schemas to ${outDir}`);

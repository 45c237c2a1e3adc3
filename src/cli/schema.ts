/** `ngoaivu schema [entity]`: prints the JSON Schema of an entity's wire form. */
import { ENTITY_SCHEMAS, type EntityName, entityJsonSchema } from "ngoaivu";
import { parseCommand, say, sayJson, UsageError } from "./common.js";
import { ENTITY_NAMES, entityByName } from "./entity.js";

export const SCHEMA_HELP = `Usage: ngoaivu schema [entity] [options]

Prints the JSON Schema (draft 2020-12) of an entity's wire form, generated from
the library's zod schemas. Without an entity, prints one JSON object holding
every entity's schema, keyed by name.

Entities: ${ENTITY_NAMES.join(", ")}

Options:
  --list        print the entity names, one a line
  -h, --help    this help
`;

/** Runs `ngoaivu schema`; returns the exit status. */
export function runSchema(args: readonly string[]): number {
  const { values, positionals } = parseCommand("schema", args, { list: { type: "boolean" } });
  if (values.help === true) {
    say(process.stdout, SCHEMA_HELP);
    return 0;
  }
  const names = Object.keys(ENTITY_SCHEMAS) as EntityName[];
  if (values.list === true) {
    say(process.stdout, `${names.join("\n")}\n`);
    return 0;
  }
  if (positionals.length > 1) throw new UsageError("schema: give at most one entity (try ngoaivu schema --help)");
  const [wanted] = positionals;
  if (wanted === undefined) {
    const all = Object.fromEntries(names.map((name) => [name, entityJsonSchema(name)]));
    sayJson(process.stdout, `${JSON.stringify(all, null, 2)}\n`);
    return 0;
  }
  const name = entityByName(wanted);
  if (name === undefined) {
    throw new UsageError(`schema: unknown entity ${JSON.stringify(wanted)} (one of ${names.join(", ")})`);
  }
  sayJson(process.stdout, `${JSON.stringify(entityJsonSchema(name), null, 2)}\n`);
  return 0;
}

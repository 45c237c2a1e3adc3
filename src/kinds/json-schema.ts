/**
 * JSON Schema of every entity's wire form, generated from the zod schemas,
 * for backends that do not run TypeScript.
 *
 * @module
 */
import * as z from "zod";
import { EmulationClusterSchema, MemberSchema } from "../entities/index.js";
import { NgoaivuError } from "../errors/index.js";
import { RECORD_KIND_DECLARATIONS, RECORD_KIND_VIEWS } from "./_list.js";

type Kinds = typeof RECORD_KIND_DECLARATIONS;
type KindSchemas = { readonly [K in Kinds[number] as K["name"]]: K["schema"] };

function kindSchemas(): KindSchemas {
  return Object.fromEntries(RECORD_KIND_DECLARATIONS.map((k) => [k.name, k.schema])) as unknown as KindSchemas;
}

/**
 * The entity schemas by name: the names of the JSON Schema files
 * (`ngoaivu/schemas/<name>.json`).
 *
 * @example
 * ```ts
 * import { ENTITY_SCHEMAS } from "ngoaivu";
 * Object.keys(ENTITY_SCHEMAS);
 * //=> ["member", "emulation-cluster", "delegation", "international-agreement", "consular-case", "oda-project", "ngo-project", "international-conference", "twinning-relation", "proposal"]
 * ```
 */
export const ENTITY_SCHEMAS = /* @__PURE__ */ Object.freeze({
  member: MemberSchema,
  "emulation-cluster": EmulationClusterSchema,
  .../* @__PURE__ */ kindSchemas(),
});

/** The name of an entity, e.g. `"delegation"`. */
export type EntityName = keyof typeof ENTITY_SCHEMAS;

/** A JSON Schema document (draft 2020-12), as plain JSON. */
export type JsonSchemaDocument = { readonly [key: string]: unknown };

const TITLES: Readonly<Record<EntityName, string>> = {
  member: "Member (local foreign-affairs agency)",
  "emulation-cluster": "Emulation cluster",
  .../* @__PURE__ */ (Object.fromEntries(RECORD_KIND_VIEWS.map((k) => [k.name, k.title])) as Record<
    Kinds[number]["name"],
    string
  >),
};

/**
 * The JSON Schema (draft 2020-12) of an entity's wire form: what a JSON
 * record must look like before it is decoded (amounts as decimal strings,
 * dates as `YYYY-MM-DD`). Generated with zod's `toJSONSchema(schema, { io: "input" })`.
 *
 * Cross-field domain rules (end ≥ start, parts ≤ total, head is a member…),
 * real calendar days and known country codes are checked by the zod schemas
 * only: a JSON Schema validator accepts a little more than `parse` does,
 * never less.
 *
 * @param name - the entity, e.g. `"delegation"`
 * @returns a fresh JSON Schema object
 * @throws {@link NgoaivuError} `INVALID_ARGUMENT` for an unknown entity name
 *
 * @example
 * ```ts
 * import { entityJsonSchema } from "ngoaivu";
 * const schema = entityJsonSchema("delegation");
 * schema.$schema; //=> "https://json-schema.org/draft/2020-12/schema"
 * (schema.required as string[]).includes("direction"); //=> true
 * ```
 */
export function entityJsonSchema(name: EntityName): JsonSchemaDocument {
  if (typeof name !== "string" || !Object.hasOwn(ENTITY_SCHEMAS, name)) {
    const names = Object.keys(ENTITY_SCHEMAS).join(", ");
    throw new NgoaivuError("INVALID_ARGUMENT", {
      name: "name",
      detail: { en: `expected one of ${names}`, vi: `cần một trong ${names}` },
    });
  }
  const generated = z.toJSONSchema(ENTITY_SCHEMAS[name], { io: "input", target: "draft-2020-12" }) as Record<
    string,
    unknown
  >;
  return {
    $schema: generated.$schema,
    $id: `https://unpkg.com/ngoaivu/dist/schemas/${name}.json`,
    title: TITLES[name],
    ...Object.fromEntries(Object.entries(generated).filter(([key]) => key !== "$schema")),
  };
}

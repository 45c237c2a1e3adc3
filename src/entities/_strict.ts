/**
 * Private: the strict twin of a schema, in which every object (however deep)
 * refuses unknown keys instead of stripping them. Built once per schema and
 * cached, so `parse(schema, input, { strict: true })` costs no more than a
 * hand-written strict schema.
 *
 * @internal
 * @module
 */
import * as z from "zod";
// Named imports from zod's core, not `z.core.…` through `import * as z from
// "zod"`: a bundler cannot shake a namespace reached through another, so
// `z.core.clone` keeps all of the core, its 64 locales included.
import { type $ZodType, type $ZodTypeDef, clone } from "zod/v4/core";

type AnySchema = $ZodType;
type Def = $ZodTypeDef & Record<string, unknown>;

const cache = new WeakMap<AnySchema, AnySchema>();

// The def is copied through its property descriptors: some defs keep lazy
// getters (an object's shape), which a spread would call too early.
function rebuild(schema: AnySchema, changes: Record<string, unknown>): AnySchema {
  const def = Object.defineProperties(
    {},
    { ...Object.getOwnPropertyDescriptors(schema._zod.def), ...Object.getOwnPropertyDescriptors(changes) },
  ) as $ZodTypeDef;
  return clone(schema, def);
}

function strictOf(schema: AnySchema, seen: Map<AnySchema, AnySchema>): AnySchema {
  const cached = cache.get(schema) ?? seen.get(schema);
  if (cached !== undefined) return cached;
  const def = schema._zod.def as Def;
  let result: AnySchema;
  switch (def.type) {
    case "object": {
      // Each key's strict twin is built when zod first reads it, as zod reads
      // the user's shape: a schema that contains itself (a getter in the
      // shape, zod's way to write a tree) then finds its own twin in the cache.
      const shape = def.shape as Record<string, AnySchema>;
      const strictShape: Record<string, AnySchema> = {};
      for (const key of Object.keys(shape)) {
        Object.defineProperty(strictShape, key, {
          enumerable: true,
          configurable: true,
          get() {
            const value = strictOf(shape[key] as AnySchema, new Map());
            Object.defineProperty(strictShape, key, { value, enumerable: true, configurable: true, writable: true });
            return value;
          },
        });
      }
      const catchall = def.catchall as AnySchema | undefined;
      result = rebuild(schema, {
        shape: strictShape,
        catchall: catchall === undefined || catchall._zod.def.type === "unknown" ? z.never() : catchall,
      });
      break;
    }
    case "array":
      result = rebuild(schema, { element: strictOf(def.element as AnySchema, seen) });
      break;
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "nonoptional":
    case "catch":
    case "readonly":
      result = rebuild(schema, { innerType: strictOf(def.innerType as AnySchema, seen) });
      break;
    case "pipe":
      result = rebuild(schema, {
        in: strictOf(def.in as AnySchema, seen),
        out: strictOf(def.out as AnySchema, seen),
      });
      break;
    case "union":
      result = rebuild(schema, {
        options: (def.options as AnySchema[]).map((option) => strictOf(option, seen)),
      });
      break;
    case "intersection":
      result = rebuild(schema, {
        left: strictOf(def.left as AnySchema, seen),
        right: strictOf(def.right as AnySchema, seen),
      });
      break;
    case "record":
      result = rebuild(schema, { valueType: strictOf(def.valueType as AnySchema, seen) });
      break;
    default:
      // Leaves (strings, numbers, enums, custom types) and lazy schemas are used as they are.
      result = schema;
  }
  seen.set(schema, result);
  cache.set(schema, result);
  return result;
}

/**
 * The strict twin of a schema: the same schema, with every object refusing
 * unknown keys (zod's `unrecognized_keys` issue) at any depth.
 *
 * @param schema - any zod schema
 * @returns its strict twin (cached)
 */
export function strictSchema<S extends AnySchema>(schema: S): S {
  let strict = cache.get(schema);
  if (strict === undefined) {
    strict = strictOf(schema, new Map());
    cache.set(schema, strict);
  }
  return strict as S;
}

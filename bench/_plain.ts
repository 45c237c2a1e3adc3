/**
 * A plain zod schema of the same shape as one of the library's, for the
 * entities bench: every object, array, string (its lengths, pattern and trim),
 * enum and number bound as zod's own constructors write them, an amount
 * decoded to `Money` by the money module's `MoneySchema`, a day checked by a
 * pattern (a day or an instant); no domain rule, no calendar check, no coded issue, no hostile-input
 * guard. Built by walking the schema's definition, so it cannot drift from it;
 * a fresh schema, so zod decodes it with its own fast pass.
 */
import { z } from "zod";
import type { $ZodCheck, $ZodType } from "zod/v4/core";
import { DATE_OR_INSTANT_PATTERN } from "../src/entities/_deps.js";
import { AmountSchema, DateSchema, MoneySchema } from "../src/index.js";

type Def = Record<string, unknown> & { type: string; checks?: readonly $ZodCheck[] };

// The pattern the day schema publishes in its JSON Schema.
const DAY = DATE_OR_INSTANT_PATTERN;

function withStringChecks(base: z.ZodString, checks: readonly $ZodCheck[]): z.ZodString {
  let out = base;
  for (const check of checks) {
    const def = check._zod.def as unknown as Record<string, unknown>;
    if (def.check === "overwrite") out = out.trim();
    else if (def.check === "min_length") out = out.min(def.minimum as number);
    else if (def.check === "max_length") out = out.max(def.maximum as number);
    else if (def.check === "string_format" && def.pattern instanceof RegExp) out = out.regex(def.pattern);
  }
  return out;
}

/** The plain twin of a schema. */
export function plainOf(schema: $ZodType): z.ZodType {
  if (schema === (AmountSchema as unknown)) return MoneySchema;
  if (schema === (DateSchema as unknown)) return z.string().regex(DAY);
  const def = schema._zod.def as unknown as Def;
  switch (def.type) {
    case "object": {
      const shape: Record<string, z.ZodType> = {};
      for (const [key, value] of Object.entries(def.shape as Record<string, $ZodType>)) shape[key] = plainOf(value);
      return z.object(shape);
    }
    case "array": {
      let out = z.array(plainOf(def.element as $ZodType));
      for (const check of def.checks ?? []) {
        const c = check._zod.def as unknown as Record<string, unknown>;
        if (c.check === "min_length") out = out.min(c.minimum as number);
        if (c.check === "max_length") out = out.max(c.maximum as number);
      }
      return out;
    }
    case "optional":
      return plainOf(def.innerType as $ZodType).optional();
    case "enum":
      return z.enum(Object.values(def.entries as Record<string, string>) as [string, ...string[]]);
    case "string": {
      // A day (the library's day check, a custom check alone) is a pattern here.
      const checks = def.checks ?? [];
      const custom = checks.every((c) => (c._zod.def as unknown as { check: string }).check === "custom");
      return checks.length > 0 && custom ? z.string().regex(DAY) : withStringChecks(z.string(), checks);
    }
    case "pipe":
      // The library's only codec is an amount's.
      return MoneySchema;
    case "number": {
      let out = def.format === "safeint" ? z.int() : z.number();
      for (const check of def.checks ?? []) {
        const c = check._zod.def as unknown as Record<string, unknown>;
        if (c.check === "greater_than") out = out.min(c.value as number);
        if (c.check === "less_than") out = out.max(c.value as number);
      }
      return out;
    }
    default:
      throw new Error(`no plain twin for a ${def.type}`);
  }
}

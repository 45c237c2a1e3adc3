/**
 * Private: decoders compiled from zod schemas, for `parse`, `safeParse` and
 * `parseBatch`.
 *
 * A schema's decoder is built once, by walking its definition (the same
 * definitions `_strict.ts` walks), so every rule is written once, in the
 * schema: lengths, patterns, enums, bounds, optional keys, zod's `trim`
 * (an `overwrite` check, applied as zod applies it), the schema's own checks
 * (a day's check, a record's cross-field rules: run on the decoded value with
 * a payload of their own, as zod runs them) and codecs (an amount's decode to
 * `Money`). The decoder either returns exactly what zod would return for the
 * input (the same keys in the same order, trimmed strings, fresh arrays and
 * objects, the codecs' values) or gives up with {@link FAIL}; it never accepts
 * an input zod would refuse. On any doubt (a key it does not know, a key
 * present with `undefined`, an object that is not plain, a string longer than
 * the input limits, a check that adds an issue or throws) it gives up, and the
 * input goes through the guard and zod, which word the issues. So a decoder
 * changes speed, never an answer; `test/entities/decoder.test.ts` holds every
 * record kind's decoder to zod on the fixtures, the invalid corpus, generated
 * near-valid records and hostile inputs.
 *
 * The plan becomes one generated function (zod's own objects do the same),
 * which is what makes it as fast as hand-written code: a chain of closures
 * built from the same plan measured 1.5 times as slow on delegations.
 *
 * A schema with anything the compiler does not know (a union, a lazy schema,
 * a string format other than a pattern, coercion, a refinement that runs
 * only `when` something holds…) gets no decoder: zod decodes it, as ever.
 *
 * It also does the guard's work for the inputs it accepts: it refuses unknown
 * keys (so no `__proto__` / `constructor` / `prototype` key passes), its
 * nesting is bounded by the schema's shape ({@link Decoder.depth}), and every
 * string it reads is checked against `limits.maxStringLength`.
 *
 * @internal
 * @module
 */
import { type $ZodCheck, type $ZodType, util } from "zod/v4/core";
import type { InputLimits } from "./_guard.js";

/** What a decoder returns when it gives up (the input then goes to zod). */
export const FAIL: unique symbol = Symbol("ngoaivu.decoder.fail");

/** A decoder: the decoded value, or {@link FAIL}. */
export type Fast<T> = (value: unknown, maxStringLength: number) => T | typeof FAIL;

/** A schema's compiled decoder and the deepest nesting of what it accepts. */
export interface Decoder {
  readonly decode: Fast<unknown>;
  /** Nesting depth of the deepest container it accepts (a record itself is 1; a string 0). */
  readonly depth: number;
}

type Def = Record<string, unknown> & { readonly type: string; readonly checks?: readonly $ZodCheck[] };

/** A payload as zod hands it to a check or a codec's decode. */
interface Payload {
  value: unknown;
  issues: unknown[];
}

/** A step of a type's checks, in zod's order. */
type Step =
  | { readonly s: "min" | "max" | "len"; readonly n: number }
  | { readonly s: "regex"; readonly re: RegExp }
  | { readonly s: "tx"; readonly fn: (value: unknown) => unknown }
  | { readonly s: "gt" | "gte" | "lt" | "lte"; readonly n: number }
  | { readonly s: "safeint" }
  /** A check of the schema's own, run on a payload of its own: the value, possibly rewritten, or FAIL. */
  | { readonly s: "check"; readonly run: (value: unknown) => unknown };

/** What the compiler learnt of a schema: the plan both back ends build from. */
type Plan =
  | { readonly t: "string" | "number" | "boolean" | "custom"; readonly steps: readonly Step[] }
  | { readonly t: "enum"; readonly values: readonly unknown[]; readonly steps: readonly Step[] }
  | { readonly t: "array"; readonly element: Plan; readonly steps: readonly Step[] }
  | { readonly t: "object"; readonly fields: readonly Field[]; readonly steps: readonly Step[] }
  | { readonly t: "optional" | "nullable"; readonly inner: Plan }
  | {
      readonly t: "pipe";
      readonly in: Plan;
      readonly out: Plan;
      readonly transform: ((value: unknown) => unknown) | undefined;
      readonly steps: readonly Step[];
    };

interface Field {
  readonly key: string;
  readonly plan: Plan;
  readonly optional: boolean;
}

const COMPILED = new WeakMap<object, Decoder | null>();

/**
 * The compiled decoder of a schema, when it has one and the limits allow it.
 *
 * @param schema - the zod schema
 * @param limits - the input limits of the call
 */
export function fastPathOf(schema: object, limits: InputLimits): Fast<unknown> | undefined {
  const decoder = decoderOf(schema as $ZodType);
  return decoder !== undefined && decoder.depth <= limits.maxDepth ? decoder.decode : undefined;
}

/**
 * The compiled decoder of a schema (cached), or `undefined` when the schema
 * has something the compiler does not know. The decoder is one generated
 * function, as zod's own fast pass is; where the runtime lets no code be
 * generated (zod's own test, `allowsEval`: a strict Content Security Policy,
 * Cloudflare Workers, or `z.config({ jitless: true })` before the first
 * parse), there is none and zod decodes every input, with the same answers.
 *
 * @param schema - the zod schema
 */
export function decoderOf(schema: $ZodType): Decoder | undefined {
  let decoder = COMPILED.get(schema);
  if (decoder === undefined) {
    decoder = compileDecoder(schema) ?? null;
    COMPILED.set(schema, decoder);
  }
  return decoder ?? undefined;
}

/**
 * A schema's decoder compiled afresh, not cached (what {@link decoderOf}
 * caches): the tests compile every schema again for each input, so that a
 * change to the compiler shows in every answer.
 *
 * @param schema - the zod schema
 */
export function compileDecoder(schema: $ZodType): Decoder | undefined {
  try {
    const plan = util.allowsEval.value ? planOf(schema, new Set()) : undefined;
    return plan === undefined ? undefined : { decode: generated(plan), depth: depthOf(plan) };
  } catch {
    // A definition the compiler cannot read (a shape whose getter throws,
    // say), or a runtime that refuses the generated code: zod decodes it.
    return undefined;
  }
}

/**
 * Marks a schema as having no decoder, so zod decodes every input given to
 * it: the tests' zod-only side (a `clone()` of a schema, marked).
 *
 * @param schema - the schema
 * @returns the schema
 */
export function withoutDecoder<S extends object>(schema: S): S {
  COMPILED.set(schema, null);
  return schema;
}

function depthOf(plan: Plan): number {
  switch (plan.t) {
    case "array":
      return depthOf(plan.element) + 1;
    case "object":
      return plan.fields.reduce((max, f) => Math.max(max, depthOf(f.plan)), 0) + 1;
    case "optional":
    case "nullable":
      return depthOf(plan.inner);
    case "pipe":
      return Math.max(depthOf(plan.in), depthOf(plan.out));
    default:
      return 0;
  }
}

// ── the compiler: a schema's definition to a plan ───────────────────────────

function defOf(schema: $ZodType): Def {
  return schema._zod.def as unknown as Def;
}

function planOf(schema: $ZodType, visiting: Set<$ZodType>): Plan | undefined {
  // A schema that contains itself (a tree) is left to zod.
  if (visiting.has(schema)) return undefined;
  visiting.add(schema);
  try {
    return planOfDef(schema, defOf(schema), visiting);
  } finally {
    visiting.delete(schema);
  }
}

function planOfDef(schema: $ZodType, def: Def, visiting: Set<$ZodType>): Plan | undefined {
  if (def.coerce === true) return undefined;
  const type = def.type;
  switch (type) {
    case "string":
    case "number":
    case "boolean":
    case "custom": {
      const steps = stepsOf(schema, def, type);
      return steps === undefined ? undefined : { t: type, steps };
    }
    case "enum":
    case "literal": {
      const values =
        type === "enum" ? Object.values(def.entries as Record<string, unknown>) : (def.values as unknown[]);
      if (!values.every((v) => typeof v === "string" || (type === "literal" && typeof v === "number")))
        return undefined;
      const steps = stepsOf(schema, def, "other");
      return steps === undefined ? undefined : { t: "enum", values, steps };
    }
    case "array": {
      const element = planOf(def.element as $ZodType, visiting);
      const steps = stepsOf(schema, def, "array");
      return element === undefined || steps === undefined ? undefined : { t: "array", element, steps };
    }
    case "object": {
      // Unknown keys give up (zod strips them, or refuses them in strict
      // mode), whatever the catchall says.
      const shape = def.shape as Record<string, $ZodType>;
      const fields: Field[] = [];
      for (const key of Object.keys(shape)) {
        const field = shape[key] as $ZodType;
        const optional = defOf(field).type === "optional";
        // An optional key's own checks (`.optional().refine(…)`) are left to zod.
        if (optional && (defOf(field).checks ?? []).length > 0) return undefined;
        const plan = planOf(optional ? (defOf(field).innerType as $ZodType) : field, visiting);
        if (plan === undefined) return undefined;
        fields.push({ key, plan, optional });
      }
      const steps = stepsOf(schema, def, "other");
      return steps === undefined ? undefined : { t: "object", fields, steps };
    }
    case "optional":
    case "nullable": {
      if ((def.checks ?? []).length > 0) return undefined;
      const inner = planOf(def.innerType as $ZodType, visiting);
      return inner === undefined ? undefined : { t: type, inner };
    }
    case "pipe": {
      // A codec decodes its input, runs its decode, then checks its output;
      // a pipe without a transform runs one schema after the other.
      const input = planOf(def.in as $ZodType, visiting);
      const output = planOf(def.out as $ZodType, visiting);
      const steps = stepsOf(schema, def, "other");
      if (input === undefined || output === undefined || steps === undefined) return undefined;
      const tx = def.transform;
      return {
        t: "pipe",
        in: input,
        out: output,
        transform: typeof tx === "function" ? runTransform(tx as (v: unknown, p: Payload) => unknown) : undefined,
        steps,
      };
    }
    default:
      return undefined;
  }
}

type Origin = "string" | "number" | "boolean" | "custom" | "array" | "other";

const PATTERN_FORMATS = new Set(["regex", "lowercase", "uppercase", "includes", "starts_with", "ends_with"]);

/**
 * A type's checks in the order zod runs them: the type itself first when it
 * is a check too (a format such as `z.int()` or `z.email()`, a custom type),
 * then the checks added to it.
 */
function stepsOf(schema: $ZodType, def: Def, origin: Origin): Step[] | undefined {
  const steps: Step[] = [];
  const checks = typeof def.check === "string" ? [schema as unknown as $ZodCheck, ...(def.checks ?? [])] : def.checks;
  for (const check of checks ?? []) {
    const step = stepOf(check, origin);
    if (step === undefined) return undefined;
    steps.push(step);
  }
  return steps;
}

function stepOf(check: $ZodCheck, origin: Origin): Step | undefined {
  const def = check._zod.def as unknown as Record<string, unknown> & { readonly check: string };
  const sized = origin === "string" || origin === "array";
  switch (def.check) {
    case "min_length":
      return sized ? { s: "min", n: def.minimum as number } : undefined;
    case "max_length":
      return sized ? { s: "max", n: def.maximum as number } : undefined;
    case "length_equals":
      return sized ? { s: "len", n: def.length as number } : undefined;
    case "string_format": {
      const re = def.pattern;
      return origin === "string" && PATTERN_FORMATS.has(def.format as string) && re instanceof RegExp
        ? { s: "regex", re }
        : undefined;
    }
    case "overwrite":
      return { s: "tx", fn: def.tx as (value: unknown) => unknown };
    case "greater_than":
    case "less_than": {
      const n = def.value;
      if (origin !== "number" || typeof n !== "number") return undefined;
      const inclusive = def.inclusive === true;
      if (def.check === "greater_than") return { s: inclusive ? "gte" : "gt", n };
      return { s: inclusive ? "lte" : "lt", n };
    }
    case "number_format":
      return origin === "number" && def.format === "safeint" ? { s: "safeint" } : undefined;
    case "custom":
      // A refinement that runs only when something holds is left to zod.
      return def.when === undefined ? { s: "check", run: runCheck(check) } : undefined;
    default:
      return undefined;
  }
}

/**
 * A check of the schema's own (`.check(fn)`, `.refine`, a custom type) run as
 * zod runs it, on a payload: the value (rewritten when the check writes it
 * back, as a day's check does with an instant), or FAIL when the check adds an
 * issue, throws or is asynchronous.
 */
function runCheck(check: $ZodCheck): (value: unknown) => unknown {
  return withPayload(check._zod.check as (payload: Payload) => unknown);
}

/** A codec's decode run as zod runs it, on a payload: its value, or FAIL. */
function runTransform(transform: (value: unknown, payload: Payload) => unknown): (value: unknown) => unknown {
  return withPayload((payload) => {
    payload.value = transform(payload.value, payload);
  });
}

function withPayload(run: (payload: Payload) => unknown): (value: unknown) => unknown {
  // One payload, used again while no call is under way (a check that parses
  // with its own schema again gets a fresh one).
  const shared: Payload = { value: undefined, issues: [] };
  let busy = false;
  return (value) => {
    const own = !busy;
    const payload: Payload = own ? shared : { value, issues: [] };
    payload.value = value;
    if (payload.issues.length > 0) payload.issues = [];
    busy = true;
    let out: unknown;
    let result: unknown;
    try {
      result = run(payload);
      out = payload.value;
    } catch {
      return FAIL; // zod's own parse says what the check throws
    } finally {
      if (own) {
        busy = false;
        shared.value = undefined;
      }
    }
    return payload.issues.length === 0 && !(result instanceof Promise) && !(out instanceof Promise) ? out : FAIL;
  };
}

// ── the back end: one generated function ────────────────────────────────────

interface Emit {
  readonly constants: unknown[];
  /** Constructors of the decoded objects, declared before the decoder. */
  readonly shapes: string[];
  names: number;
}

function constant(e: Emit, value: unknown): string {
  e.constants.push(value);
  return `K[${e.constants.length - 1}]`;
}

function fresh(e: Emit, prefix: string): string {
  return `${prefix}${e.names++}`;
}

/** A number as code: its literal (`String` writes every number as an expression of itself, `-0` as `0`, which compares the same). */
function numberCode(n: number): string {
  return String(n);
}

/** What makes a value fail a bound: `v` followed by this, then the bound. */
const FAILS_WHEN: Readonly<Record<"min" | "max" | "len" | "gt" | "gte" | "lt" | "lte", string>> = {
  min: ".length<",
  max: ".length>",
  len: ".length!==",
  gt: "<=",
  gte: "<",
  lt: ">=",
  lte: ">",
};

// Numbers reach a bound only once they are known to be finite, so `<`
// and `>` need no care for NaN.
function stepCode(e: Emit, step: Step, v: string): string {
  switch (step.s) {
    case "regex": {
      const re = constant(e, step.re);
      return `${step.re.global || step.re.sticky ? `${re}.lastIndex=0;` : ""}if(!${re}.test(${v}))return F;`;
    }
    case "tx":
      return `${v}=${constant(e, step.fn)}(${v});`;
    case "safeint":
      return `if(!Number.isSafeInteger(${v}))return F;`;
    case "check":
      return `${v}=${constant(e, step.run)}(${v});if(${v}===F)return F;`;
    default:
      return `if(${v}${FAILS_WHEN[step.s]}${numberCode(step.n)})return F;`;
  }
}

function stepsCode(e: Emit, steps: readonly Step[], v: string): string {
  return steps.map((step) => stepCode(e, step, v)).join("");
}

/** What makes a leaf's input fail before its checks, by type. */
function leafFails(e: Emit, plan: Plan & { readonly steps: readonly Step[] }, src: string): string {
  switch (plan.t) {
    case "string":
      return `typeof ${src}!=="string"||${src}.length>M`;
    case "number":
      return `typeof ${src}!=="number"||!Number.isFinite(${src})`;
    case "boolean":
      return `typeof ${src}!=="boolean"`;
    case "enum": {
      const test =
        plan.values.length <= 8
          ? plan.values.map((v) => `${src}===${JSON.stringify(v)}`).join("||")
          : `${constant(e, new Set(plan.values))}.has(${src})`;
      return `!(${test})||(typeof ${src}==="string"&&${src}.length>M)`;
    }
    default:
      return `typeof ${src}==="string"&&${src}.length>M`;
  }
}

/** Statements that decode `src` into the (declared) variable `dst`, or return F. */
function emit(e: Emit, plan: Plan, src: string, dst: string): string {
  switch (plan.t) {
    case "optional":
    case "nullable": {
      const none = plan.t === "optional" ? "undefined" : "null";
      return `if(${src}===${none})${dst}=${none};else{${emit(e, plan.inner, src, dst)}}`;
    }
    case "array": {
      const [n, i, x, y] = [fresh(e, "n"), fresh(e, "i"), fresh(e, "x"), fresh(e, "y")];
      // The array's checks (its lengths) after its items, as zod runs them.
      return (
        `if(!Array.isArray(${src}))return F;const ${n}=${src}.length;${dst}=new Array(${n});` +
        `for(let ${i}=0;${i}<${n};${i}++){const ${x}=${src}[${i}];let ${y};${emit(e, plan.element, x, y)}${dst}[${i}]=${y};}` +
        stepsCode(e, plan.steps, dst)
      );
    }
    case "object": {
      const [c, p, k] = [fresh(e, "c"), fresh(e, "p"), fresh(e, "k")];
      let code =
        `if(typeof ${src}!=="object"||${src}===null||Array.isArray(${src}))return F;` +
        `{const o=Object.getPrototypeOf(${src});if(o!==OP&&o!==null)return F;}` +
        `let ${c}=0;for(const ${k} in ${src})${c}++;let ${p}=0;`;
      const decoded: string[] = [];
      for (const field of plan.fields) {
        const [v, d] = [fresh(e, "v"), fresh(e, "d")];
        decoded.push(d);
        code +=
          `const ${v}=${src}[${JSON.stringify(field.key)}];let ${d}${field.optional ? "=A" : ""};` +
          `${field.optional ? `if(${v}!==undefined)` : `if(${v}===undefined)return F;`}{${p}++;${emit(e, field.plan, v, d)}}`;
      }
      // An unknown key, a known one present with `undefined` (zod keeps it) or an inherited one: leave it to zod.
      return `${code}if(${p}!==${c})return F;${dst}=new ${shape(e, plan.fields)}(${decoded.join(",")});${stepsCode(e, plan.steps, dst)}`;
    }
    case "pipe": {
      const t = fresh(e, "t");
      const tx = plan.transform === undefined ? "" : `${t}=${constant(e, plan.transform)}(${t});if(${t}===F)return F;`;
      return `let ${t};${emit(e, plan.in, src, t)}${tx}${emit(e, plan.out, t, dst)}${stepsCode(e, plan.steps, dst)}`;
    }
    default:
      return `if(${leafFails(e, plan, src)})return F;${dst}=${src};${stepsCode(e, plan.steps, dst)}`;
  }
}

/**
 * The constructor of a decoded object: a plain object (its prototype is
 * `Object.prototype`, as a literal's), its keys set in the shape's order and
 * an absent optional key not set, as zod sets them. Built by a constructor
 * rather than key by key onto `{}`, so the engine sizes the object for all
 * its keys at once: half the cost of the object, measured.
 */
function shape(e: Emit, fields: readonly Field[]): string {
  const name = `S${e.shapes.length}`;
  const args = fields.map((_, i) => `a${i}`);
  const sets = fields.map((f, i) => {
    const key = /^[A-Za-z_$][\w$]*$/.test(f.key) ? `.${f.key}` : `[${JSON.stringify(f.key)}]`;
    return f.optional ? `if(a${i}!==A)this${key}=a${i};` : `this${key}=a${i};`;
  });
  e.shapes.push(`function ${name}(${args.join(",")}){${sets.join("")}}${name}.prototype=OP;`);
  return name;
}

function generated(plan: Plan): Fast<unknown> {
  const e: Emit = { constants: [], shapes: [], names: 0 };
  const body = emit(e, plan, "V", "D");
  const factory = new Function(
    "K",
    "F",
    "OP",
    "A",
    `"use strict";${e.shapes.join("")}return function decode(V,M){let D;${body}return D;}`,
  );
  return factory(e.constants, FAIL, Object.prototype, ABSENT) as Fast<unknown>;
}

/** An optional key the input does not have (a decoded value may be `undefined`). */
const ABSENT: unique symbol = Symbol("ngoaivu.decoder.absent");

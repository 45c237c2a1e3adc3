/**
 * Validation that loses nothing: `parse` / `safeParse` for one record,
 * `parseBatch` for many, with the library's coded, bilingual issues.
 *
 * @module
 */
import * as z from "zod";
// zod's core by name, not as `z.core.…`: a bundler cannot shake a namespace
// reached through another, so `z.core.safeParse` keeps all of the core, its
// 64 locales included.
import { $ZodAsyncError, type $ZodIssue, safeParse as coreSafeParse } from "zod/v4/core";
import {
  duringOwnParse,
  type Lang,
  messageLang,
  NgoaivuError,
  type NgoaivuIssue,
  type Words,
} from "../errors/index.js";
import { FAIL, type Fast, fastPathOf } from "./_decoder.js";
import { DEFAULT_LIMITS, guardInput, type InputLimits } from "./_guard.js";
import { toIssues } from "./_issues.js";
import { strictSchema } from "./_strict.js";

export { DEFAULT_LIMITS, type InputLimits } from "./_guard.js";

/** Options for {@link parse}, {@link safeParse} and {@link parseBatch}. */
export interface ParseOptions {
  /** Language of the issue messages: `"en"` or `"vi"`; by default the configured one (`configureNgoaivu`), else `"en"`. */
  readonly lang?: Lang;
  /**
   * Unknown keys: stripped from the result when `false` (default); an
   * `UNKNOWN_KEY` issue for each when `true`, at any depth.
   */
  readonly strict?: boolean;
  /** Limits on nesting depth and string length, checked before validation. */
  readonly limits?: Partial<InputLimits>;
}

/** The result of {@link safeParse}: the decoded value, or every issue found. */
export type SafeParseResult<T> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly issues: readonly NgoaivuIssue[] };

/** A record of a batch that passed: its index in the input and its decoded value. */
export interface ValidRecord<T> {
  /** Position of the record in the input (0-based). */
  readonly index: number;
  /** The decoded record. */
  readonly value: T;
}

/** A record of a batch that failed: its index in the input and all its issues. */
export interface InvalidRecord {
  /** Position of the record in the input (0-based). */
  readonly index: number;
  /** Every issue found in the record (never empty). */
  readonly issues: readonly NgoaivuIssue[];
}

/** The result of {@link parseBatch}: `valid.length + invalid.length` is the input count. */
export interface BatchResult<T> {
  /** The records that passed, in input order (built when first read). */
  readonly valid: ValidRecord<T>[];
  /** The records that failed, in input order. */
  readonly invalid: InvalidRecord[];
  /**
   * The decoded records that passed, in input order (`valid`'s values):
   * what `summarize` takes, `summarize({ delegations: batch.values }, …)`.
   * Not enumerable, so a result's JSON is unchanged; reading it builds no
   * `{ index, value }` pair.
   */
  readonly values: readonly T[];
}

/**
 * A batch's result. The decoded values and their indices are kept in two
 * arrays (no indices when every input was valid: they are 0, 1, 2…);
 * `valid` (an `{ index, value }` per record) is built when first read, and
 * then kept, so a batch read through `values` builds none of them.
 */
function batchResult<T>(values: T[], indices: readonly number[] | undefined, invalid: InvalidRecord[]): BatchResult<T> {
  let valid: ValidRecord<T>[] | undefined;
  const result = {} as { valid: ValidRecord<T>[]; invalid: InvalidRecord[]; values: readonly T[] };
  Object.defineProperties(result, {
    valid: {
      get: () => {
        if (valid === undefined) {
          valid = new Array<ValidRecord<T>>(values.length);
          for (let i = 0; i < values.length; i++)
            valid[i] = { index: indices === undefined ? i : (indices[i] as number), value: values[i] as T };
        }
        return valid;
      },
      enumerable: true,
      configurable: true,
    },
    invalid: { value: invalid, enumerable: true, writable: true, configurable: true },
    values: { value: values, enumerable: false },
  });
  return result;
}

/** Any zod schema (every entity schema is one). */
export type AnySchema = z.ZodType;

interface Resolved {
  readonly schema: AnySchema;
  readonly lang: Lang;
  readonly limits: InputLimits;
  /** The schema's fast path, when it has one (see _decoder.ts): same answers as zod, for well-formed inputs. */
  readonly fast: Fast<unknown> | undefined;
}

function isSchema(value: unknown): value is AnySchema {
  return (
    typeof value === "object" &&
    value !== null &&
    "_zod" in value &&
    typeof (value as { safeParse?: unknown }).safeParse === "function"
  );
}

const NOT_A_SCHEMA: Words = { en: "expected a zod schema", vi: "cần lược đồ zod" };

function checkLimit(name: string, value: unknown): number {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 1)
    throw new NgoaivuError("INVALID_ARGUMENT", {
      name,
      detail: { en: "expected a positive integer", vi: "cần số nguyên dương" },
    });
  return value;
}

function resolve(schema: unknown, options: ParseOptions | undefined): Resolved {
  if (!isSchema(schema)) throw new NgoaivuError("INVALID_ARGUMENT", { name: "schema", detail: NOT_A_SCHEMA });
  const lang = options?.lang ?? messageLang();
  if (lang !== "en" && lang !== "vi")
    throw new NgoaivuError("INVALID_ARGUMENT", {
      name: "lang",
      detail: { en: 'expected "en" or "vi"', vi: 'cần "en" hoặc "vi"' },
    });
  const given = options?.limits;
  const limits =
    given === undefined
      ? DEFAULT_LIMITS
      : {
          maxDepth: given.maxDepth === undefined ? DEFAULT_LIMITS.maxDepth : checkLimit("maxDepth", given.maxDepth),
          maxStringLength:
            given.maxStringLength === undefined
              ? DEFAULT_LIMITS.maxStringLength
              : checkLimit("maxStringLength", given.maxStringLength),
        };
  // The fast path accepts no unknown key, so it serves strict mode too.
  return {
    schema: options?.strict === true ? strictSchema(schema) : schema,
    lang,
    limits,
    fast: fastPathOf(schema, limits),
  };
}

type Checked = { readonly value: unknown; readonly issues?: undefined } | { readonly issues: readonly $ZodIssue[] };

// The Standard Schema entry of a zod schema: the same parse as `safeParse`,
// but a failure hands back its issues without building a ZodError (an Error,
// with a stack trace), which makes invalid records about twice as cheap.
function check(schema: AnySchema, input: unknown): Checked {
  // The schemas' own rules mark their messages for toIssues while this runs.
  return duringOwnParse(() => checkOwn(schema, input));
}

function checkOwn(schema: AnySchema, input: unknown): Checked {
  const result = schema["~standard"].validate(input);
  if (!(result instanceof Promise)) {
    const { issues } = result as Checked;
    // A string's length issue must say what zod measured (a trimmed string,
    // say): parse again keeping the value on each issue. Rare, so the
    // common failures stay cheap.
    if (issues?.some(isStringLengthIssue)) return parseReportingInput(schema, input);
    return result as Checked;
  }
  // An async schema, or a check that threw: let zod's own parse say which, synchronously.
  result.catch(() => undefined);
  return parseReportingInput(schema, input);
}

function isStringLengthIssue(issue: $ZodIssue): boolean {
  return (issue.code === "too_small" || issue.code === "too_big") && issue.origin === "string";
}

function parseReportingInput(schema: AnySchema, input: unknown): Checked {
  let result: z.ZodSafeParseResult<unknown>;
  try {
    result = coreSafeParse(schema, input, { reportInput: true }) as z.ZodSafeParseResult<unknown>;
  } catch (error) {
    if (error instanceof $ZodAsyncError)
      throw new NgoaivuError(
        "INVALID_ARGUMENT",
        {
          name: "schema",
          detail: {
            en: "asynchronous refinements are not supported; use zod's safeParseAsync",
            vi: "không hỗ trợ kiểm tra bất đồng bộ; hãy kiểm tra bất đồng bộ bằng zod",
          },
        },
        { cause: error },
      );
    throw error;
  }
  return result.success ? { value: result.data } : { issues: result.error.issues };
}

function run<T>(r: Resolved, input: unknown): SafeParseResult<T> {
  if (r.fast !== undefined) {
    const value = r.fast(input, r.limits.maxStringLength);
    if (value !== FAIL) return { success: true, data: value as T };
  }
  const refused = guardInput(input, r.limits, r.lang);
  if (refused !== undefined) return { success: false, issues: refused };
  const result = check(r.schema, input);
  if (result.issues === undefined) return { success: true, data: result.value as T };
  return { success: false, issues: toIssues(result.issues, r.lang, input) };
}

/**
 * Validates one record and decodes its wire form (decimal strings, `YYYY-MM-DD`
 * dates) into domain values, collecting every issue instead of throwing.
 *
 * Before the schema sees the input, a guard refuses hostile shapes:
 * `__proto__` / `constructor` / `prototype` keys (`FORBIDDEN_KEY`), nesting
 * deeper than `limits.maxDepth` (`TOO_DEEP`), strings longer than
 * `limits.maxStringLength` (`TOO_LONG`). When the guard refuses an input, its
 * issues are the only ones reported.
 *
 * @param schema - an entity schema (or any zod schema)
 * @param input - the untrusted input
 * @param options - `lang`, `strict`, `limits`
 * @returns `{ success: true, data }` or `{ success: false, issues }`
 * @throws {@link NgoaivuError} `INVALID_ARGUMENT` when misused (not a schema, unknown language, bad limits), never for bad data
 *
 * @example
 * ```ts
 * import { safeParse, DelegationSchema } from "ngoaivu";
 * const result = safeParse(DelegationSchema, { direction: "sideways" }, { lang: "vi" });
 * result.success; //=> false
 * result.success ? [] : result.issues.map((i) => i.code);
 * //=> ["REQUIRED", "INVALID_ENUM", "REQUIRED", "REQUIRED", "REQUIRED", "REQUIRED", "REQUIRED", "REQUIRED", "REQUIRED"]
 * result.success ? [] : result.issues.find((i) => i.path[0] === "direction");
 * //=> { code: "INVALID_ENUM", path: ["direction"], message: "Giá trị phải là một trong outgoing, incoming, nhận được \"sideways\"", params: { options: "outgoing, incoming", received: "\"sideways\"" } }
 * ```
 */
export function safeParse<S extends AnySchema>(
  schema: S,
  input: unknown,
  options?: ParseOptions,
): SafeParseResult<z.output<S>> {
  return run<z.output<S>>(resolve(schema, options), input);
}

/**
 * Validates one record and returns its decoded value, or throws.
 *
 * @param schema - an entity schema (or any zod schema)
 * @param input - the untrusted input
 * @param options - `lang`, `strict`, `limits`
 * @returns the decoded record
 * @throws {@link NgoaivuError} for the first issue found (its `cause` holds all of them); use {@link safeParse} to get every issue without throwing
 *
 * @example
 * ```ts
 * import { parse, MemberSchema } from "ngoaivu";
 * parse(MemberSchema, { id: "so-ngoai-vu-ha-noi", kind: "department", province: "01", names: { vi: "Sở Ngoại vụ Hà Nội", en: "Hanoi Department of Foreign Affairs" } }).kind;
 * //=> "department"
 * parse(MemberSchema, { id: "so-ngoai-vu-ha-noi", kind: "ministry", province: "01", names: { vi: "x", en: "x" } });
 * //=> throws INVALID_ENUM
 * ```
 */
export function parse<S extends AnySchema>(schema: S, input: unknown, options?: ParseOptions): z.output<S> {
  const result = safeParse(schema, input, options);
  if (result.success) return result.data;
  const first = result.issues[0] as NgoaivuIssue;
  throw new NgoaivuError(first.code, first.params, {
    path: first.path,
    lang: options?.lang ?? messageLang(),
    cause: result.issues,
  });
}

/**
 * Validates many records: every valid one with its index and decoded value,
 * every invalid one with its index and *all* its issues. Nothing is dropped:
 * `valid.length + invalid.length` equals the number of inputs. It never throws
 * for bad data, only for misuse.
 *
 * @param schema - an entity schema (or any zod schema)
 * @param inputs - the records: an array or any iterable
 * @param options - `lang`, `strict`, `limits`
 * @returns `{ valid: [{ index, value }], invalid: [{ index, issues }] }`, and `values` (the decoded records)
 * @throws {@link NgoaivuError} `INVALID_ARGUMENT` when `inputs` is not iterable or the options are wrong
 *
 * @example
 * ```ts
 * import { parseBatch, CountryCodeSchema } from "ngoaivu";
 * const { valid, invalid } = parseBatch(CountryCodeSchema, ["JP", "XX", "KR"]);
 * valid.map((r) => r.value); //=> ["JP", "KR"]
 * invalid.map((r) => [r.index, r.issues[0]?.code]); //=> [[1, "UNKNOWN_COUNTRY"]]
 * parseBatch(CountryCodeSchema, ["JP", "XX", "KR"]).values; //=> ["JP", "KR"]
 * ```
 */
export function parseBatch<S extends AnySchema>(
  schema: S,
  inputs: Iterable<unknown>,
  options?: ParseOptions,
): BatchResult<z.output<S>> {
  const r = resolve(schema, options);
  if (
    typeof inputs !== "object" ||
    inputs === null ||
    typeof (inputs as { [Symbol.iterator]?: unknown })[Symbol.iterator] !== "function"
  )
    throw new NgoaivuError("INVALID_ARGUMENT", {
      name: "inputs",
      detail: { en: "expected an array or an iterable", vi: "cần danh sách hoặc đối tượng duyệt được" },
    });
  type T = z.output<S>;
  const values: T[] = [];
  const indices: number[] = [];
  const invalid: InvalidRecord[] = [];
  const { fast } = r;
  if (fast === undefined) {
    let index = 0;
    for (const input of inputs) slowPath(r, input, index++, values, indices, invalid);
    return batchResult(values, indices, invalid);
  }
  const maxStringLength = r.limits.maxStringLength;
  if (!Array.isArray(inputs)) {
    // An iterable may hand out one object again and again, changed in between:
    // each input is checked while it is current.
    let index = 0;
    for (const input of inputs) {
      const value = fast(input, maxStringLength);
      if (value !== FAIL) {
        values.push(value as T);
        indices.push(index);
      } else slowPath(r, input, index, values, indices, invalid);
      index++;
    }
    return batchResult(values, indices, invalid);
  }
  // In an array, the inputs the decoder gives up on go through the guard and
  // zod after the loop, together (cheaper than switching paths every few
  // records); the valid ones among them are then merged back in input order.
  // The loop keeps no indices: the decoded values are those of every input
  // but the pending ones, in order, and their indices are rebuilt from those.
  let pending: number[] | undefined;
  for (let index = 0; index < inputs.length; index++) {
    const value = fast(inputs[index], maxStringLength);
    if (value !== FAIL) values.push(value as T);
    else {
      pending ??= [];
      pending.push(index);
    }
  }
  if (pending === undefined) return batchResult(values, undefined, invalid);
  let p = 0;
  for (let index = 0; index < inputs.length; index++) {
    if (index === pending[p]) p++;
    else indices.push(index);
  }
  const lateValues: T[] = [];
  const lateIndices: number[] = [];
  for (const index of pending) slowPath(r, inputs[index], index, lateValues, lateIndices, invalid);
  if (lateValues.length === 0) return batchResult(values, indices, invalid);
  const merged = mergeByIndex(values, indices, lateValues, lateIndices);
  return batchResult(merged.values, merged.indices, invalid);
}

function slowPath<T>(
  r: Resolved,
  input: unknown,
  index: number,
  values: T[],
  indices: number[],
  invalid: InvalidRecord[],
): void {
  const refused = guardInput(input, r.limits, r.lang);
  if (refused !== undefined) {
    invalid.push({ index, issues: refused });
    return;
  }
  const result = check(r.schema, input);
  if (result.issues === undefined) {
    values.push(result.value as T);
    indices.push(index);
  } else invalid.push({ index, issues: toIssues(result.issues, r.lang, input) });
}

/** Two runs of values with their ascending indices, merged into one in index order. */
function mergeByIndex<T>(
  aValues: readonly T[],
  aIndices: readonly number[],
  bValues: readonly T[],
  bIndices: readonly number[],
): { values: T[]; indices: number[] } {
  const n = aValues.length + bValues.length;
  const values: T[] = new Array<T>(n);
  const indices: number[] = new Array<number>(n);
  let i = 0;
  let j = 0;
  for (let k = 0; k < n; k++) {
    if (j >= bIndices.length || (i < aIndices.length && (aIndices[i] as number) < (bIndices[j] as number))) {
      values[k] = aValues[i] as T;
      indices[k] = aIndices[i++] as number;
    } else {
      values[k] = bValues[j] as T;
      indices[k] = bIndices[j++] as number;
    }
  }
  return { values, indices };
}

/**
 * Encodes a domain value back to its wire form (decimal strings, `YYYY-MM-DD`
 * dates): the inverse of {@link parse}, lossless for every entity.
 *
 * @param schema - the entity schema the value was parsed with
 * @param value - the decoded value
 * @returns the wire form, ready for `JSON.stringify`
 *
 * @example
 * ```ts
 * import { encode, parse, MemberSchema } from "ngoaivu";
 * const wire = { id: "vp-ubnd-bac-ninh", kind: "office-unit", province: "27", names: { vi: "Văn phòng UBND tỉnh Bắc Ninh", en: "Office of the Bắc Ninh People's Committee" }, validTo: "2025-06-30" };
 * encode(MemberSchema, parse(MemberSchema, wire)); //=> wire
 * ```
 */
export function encode<S extends AnySchema>(schema: S, value: z.output<S>): z.input<S> {
  if (!isSchema(schema)) throw new NgoaivuError("INVALID_ARGUMENT", { name: "schema", detail: NOT_A_SCHEMA });
  return z.encode(schema, value) as z.input<S>;
}

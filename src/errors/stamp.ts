/**
 * Private: the library's code and params written onto a zod issue, so that
 * they reach every zod consumer and can be read back (`translateIssue`,
 * `fromZodIssues`).
 *
 * @internal
 * @module
 */
import type { ErrorCode, ErrorParams, Lang } from "./codes.js";

/**
 * The key of a coded zod issue's params under which its params in each
 * language are kept (not enumerable: a zod issue's JSON is unchanged).
 * @internal
 */
export const PARAMS_BY_LANG: unique symbol = Symbol.for("ngoaivu.paramsByLang");

/**
 * The params a coded zod issue carries: our code under `ngoaivu`, the params
 * of its message in the issue's language, and (not enumerable) the params in
 * each language.
 * @internal
 */
export interface StampedParams {
  readonly ngoaivu: ErrorCode;
  readonly [PARAMS_BY_LANG]?: Readonly<Record<Lang, ErrorParams>>;
  readonly [key: string]: unknown;
}

/**
 * @internal
 * Writes a code and its params onto a raw zod issue (its `params`, which zod
 * copies to the issue it reports), so that every zod consumer (a form
 * resolver, Standard Schema, `ZodError.issues`) sees the library's code, and
 * `fromZodIssues` can word it again in either language.
 *
 * @param issue - the raw issue a zod error map receives
 * @param code - the error code
 * @param byLang - its params in each language
 * @param lang - the language of the issue's message
 */
export function stampIssue(
  issue: object,
  code: ErrorCode,
  byLang: Readonly<Record<Lang, ErrorParams>>,
  lang: Lang,
): void {
  const params: Record<string | symbol, unknown> = { ...byLang[lang], ngoaivu: code };
  Object.defineProperty(params, PARAMS_BY_LANG, { value: byLang, enumerable: false });
  (issue as { params?: unknown }).params = params;
}

/**
 * The params of a coded zod issue as message params: its values that are
 * text, numbers or booleans, without the code.
 * @internal
 */
export function paramsOf(params: Readonly<Record<string, unknown>>): ErrorParams {
  const out: Record<string, ErrorParams[string]> = {};
  for (const key of Object.keys(params)) {
    const value = params[key];
    if (key === "ngoaivu") continue;
    if (
      typeof value === "string" ||
      typeof value === "number" ||
      typeof value === "bigint" ||
      typeof value === "boolean"
    )
      out[key] = value;
  }
  return out;
}

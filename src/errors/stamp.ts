/**
 * Private: the library's code and params written onto a zod issue, so that
 * they reach every zod consumer and can be read back (`translateIssue`,
 * `fromZodIssues`).
 *
 * @internal
 * @module
 */
import { ERROR_MESSAGES, type ErrorCode, type ErrorParams, type Lang, type Words } from "./codes.js";

/**
 * The key of a coded zod issue's params under which its params in each
 * language are kept (not enumerable: a zod issue's JSON is unchanged).
 * @internal
 */
export const PARAMS_BY_LANG: unique symbol = Symbol.for("ngoaivu.paramsByLang");

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
 * Whether a value is one of the library's error codes.
 * @internal
 */
export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === "string" && Object.hasOwn(ERROR_MESSAGES, value);
}

/**
 * The code and the params in a language of a zod issue the library coded
 * (its `params` carry the code under `ngoaivu`: a domain rule, or an issue
 * stamped by {@link stampIssue}), or `undefined` for any other params.
 * @internal
 */
export function codedParams(params: unknown, lang: Lang): { code: ErrorCode; params: ErrorParams } | undefined {
  if (typeof params !== "object" || params === null) return undefined;
  const code = (params as { ngoaivu?: unknown }).ngoaivu;
  if (!isErrorCode(code)) return undefined;
  const byLang = (params as { [PARAMS_BY_LANG]?: Readonly<Record<Lang, ErrorParams>> })[PARAMS_BY_LANG];
  return { code, params: byLang?.[lang] ?? paramsOf(params as Readonly<Record<string, unknown>>) };
}

/**
 * The params of a coded zod issue as message params: its values that are
 * text, numbers, booleans or {@link Words} (a text in each language), without
 * the code.
 */
function paramsOf(params: Readonly<Record<string, unknown>>): ErrorParams {
  const out: Record<string, ErrorParams[string]> = {};
  for (const key of Object.keys(params)) {
    const value = params[key];
    if (key === "ngoaivu") continue;
    if (
      typeof value === "string" ||
      typeof value === "number" ||
      typeof value === "bigint" ||
      typeof value === "boolean" ||
      isWords(value)
    )
      out[key] = value;
  }
  return out;
}

/** Whether a value is {@link Words}: a text in each language. */
function isWords(value: unknown): value is Words {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as Words).en === "string" &&
    typeof (value as Words).vi === "string"
  );
}

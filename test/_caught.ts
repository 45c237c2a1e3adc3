/**
 * What a call threw, for tests that assert a library error's code, path and
 * params with one `toEqual`. Anything other than a `NgoaivuError` is thrown
 * again; a call that throws nothing fails the test (except with `outcome`,
 * which says "ok"). Also `unchecked`, for hostile inputs that must reach a
 * typed parameter through a variable.
 */
import { isNgoaivuError, type NgoaivuError } from "../src/index.js";

/** The `NgoaivuError` that `fn` throws, for tests that read more than its code, path and params. */
export function caughtError(fn: () => unknown): NgoaivuError {
  try {
    fn();
  } catch (error) {
    if (!isNgoaivuError(error)) throw error;
    return error;
  }
  throw new Error("expected a NgoaivuError");
}

/** The `NgoaivuError` that the promise `fn` returns is rejected with (or that `fn` throws). */
export async function caughtErrorAsync(fn: () => Promise<unknown>): Promise<NgoaivuError> {
  try {
    await fn();
  } catch (error) {
    if (!isNgoaivuError(error)) throw error;
    return error;
  }
  throw new Error("expected a NgoaivuError");
}

/** The code, path and params of the `NgoaivuError` that `fn` throws. */
export function caught(fn: () => unknown): { code: string; path: readonly unknown[]; params: Record<string, unknown> } {
  const error = caughtError(fn);
  return { code: error.code, path: error.path, params: { ...error.params } };
}

/** The code and params of the `NgoaivuError` that `fn` throws (no path). */
export function caughtParams(fn: () => unknown): { code: string; params: Record<string, unknown> } {
  const { code, params } = caught(fn);
  return { code, params };
}

/**
 * Calls `fn`; returns `"ok"` or the code of the `NgoaivuError` it threw.
 * Anything else thrown (a `TypeError`, a zod error, a `RangeError` from
 * decimal.js…) is re-thrown, failing the property.
 */
export function outcome(fn: () => unknown): string {
  try {
    fn();
    return "ok";
  } catch (error) {
    if (isNgoaivuError(error)) return error.code;
    throw error;
  }
}

/** The code and params of the `NgoaivuError` that `fn` throws, with its message in English and in Vietnamese. */
export function caughtMessages(fn: () => unknown): {
  code: string;
  params: Record<string, unknown>;
  en: string;
  vi: string;
} {
  const error = caughtError(fn);
  return { code: error.code, params: { ...error.params }, en: error.message, vi: error.messageIn("vi") };
}

/**
 * `value` typed as `T` without a check, for hostile-input tests that must hand
 * an ill-typed value through a variable or a table (where a
 * `// @ts-expect-error` line cannot sit above the call): `unchecked<Money>("5")`.
 * `unchecked<never>(value)` reaches a parameter of any type, for a fuzzed
 * value handed to many entries.
 */
export const unchecked = <T>(value: unknown): T => value as T;

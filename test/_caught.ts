/**
 * What a call threw, for tests that assert a library error's code, path and
 * params with one `toEqual`. Anything other than a `NgoaivuError` is thrown
 * again; a call that throws nothing fails the test.
 */
import { isNgoaivuError } from "../src/index.js";

/** The code, path and params of the `NgoaivuError` that `fn` throws. */
export function caught(fn: () => unknown): { code: string; path: readonly unknown[]; params: Record<string, unknown> } {
  try {
    fn();
  } catch (error) {
    if (!isNgoaivuError(error)) throw error;
    return { code: error.code, path: error.path, params: { ...error.params } };
  }
  throw new Error("expected a NgoaivuError");
}

/** The code and params of the `NgoaivuError` that `fn` throws (no path). */
export function caughtParams(fn: () => unknown): { code: string; params: Record<string, unknown> } {
  const { code, params } = caught(fn);
  return { code, params };
}

/**
 * Private: the one order of keys the library sorts by (member ids, country
 * codes, currency codes, donor keys): code-unit order, the same in every
 * runtime and locale, so that sorted output is byte-identical everywhere.
 *
 * @internal
 * @module
 */

/** Compares two strings by code units (`Array#sort`'s default order, as a comparator). */
export function byKey(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

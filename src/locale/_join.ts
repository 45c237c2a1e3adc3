/**
 * Private: joining list items with a last word ("A, B và C").
 *
 * @internal
 * @module
 */

/** "A, B and C" for the word `and` (spaces included). */
export function joinWith(items: readonly string[], and: string): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")}${and}${items[items.length - 1]}`;
}

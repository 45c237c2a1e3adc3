/**
 * Private: the key under which `console.log` and `util.inspect` look for a
 * value's own text, in Node, Deno and Bun alike. A method under it shows a
 * value (`Money <1576566000000 VND>`) instead of its internal fields or a
 * bare `MoneyBag {}`. The key is the registered symbol itself, so the core
 * names no Node module.
 *
 * @internal
 * @module
 */

/** `Symbol.for("nodejs.util.inspect.custom")`: what Node's `util.inspect` calls, if a value has it. */
export const INSPECT: unique symbol = Symbol.for("nodejs.util.inspect.custom");

/**
 * The text `console.log` shows for a value of the library: `Name <text>`.
 *
 * @param name - the class name, `Money`
 * @param text - its short text, `1576566000000 VND`
 * @returns `Money <1576566000000 VND>`
 */
export function inspected(name: string, text: string): string {
  return `${name} <${text}>`;
}

/**
 * The library's language setting, made by `configureNgoaivu`: the default
 * language of every message and every document. Without it, messages
 * (issues, errors) default to English, as zod's do, and what a report, a
 * document or a formatted amount says to people defaults to Vietnamese, the
 * language of the agencies that read them.
 *
 * @module
 */
import type { Lang } from "./codes.js";

let configured: Lang | undefined;
let ownParse = 0;

/**
 * The default language of messages: the configured one, else English.
 *
 * @returns `"vi"` or `"en"`
 * @example
 * ```ts
 * import { messageLang } from "ngoaivu";
 * messageLang(); //=> "en"
 * ```
 */
export function messageLang(): Lang {
  return configured ?? "en";
}

/**
 * The default language of reports, documents and formatted figures: the
 * configured one, else Vietnamese.
 *
 * @returns `"vi"` or `"en"`
 * @example
 * ```ts
 * import { documentLang } from "ngoaivu";
 * documentLang(); //=> "vi"
 * ```
 */
export function documentLang(): Lang {
  return configured ?? "vi";
}

/**
 * Sets (or, with `undefined`, clears) the configured language.
 * @internal
 */
export function setConfiguredLang(lang: Lang | undefined): void {
  configured = lang;
}

/**
 * Runs the library's own parse of a schema: while it runs, the messages the
 * schemas give zod are markers the library reads back into coded issues
 * (`parse`, `safeParse`, `parseBatch`), not words for people.
 * @internal
 */
export function duringOwnParse<T>(run: () => T): T {
  ownParse++;
  try {
    return run();
  } finally {
    ownParse--;
  }
}

/**
 * Whether the library's own parse is running (see {@link duringOwnParse}).
 * @internal
 */
export function isOwnParse(): boolean {
  return ownParse > 0;
}

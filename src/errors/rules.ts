/**
 * Private: the messages the library's schemas give zod for their own rules
 * (a refused pattern, a value a code names). In the library's own parse the
 * message is a marker that `parse`, `safeParse` and `parseBatch` read back
 * into a coded issue in the language asked for; anywhere else (zod's
 * `safeParse`, Standard Schema, a form resolver) it is the message itself,
 * in the configured language.
 *
 * @internal
 * @module
 */
import type { ErrorCode, ErrorParams, Lang, ParamsArg } from "./codes.js";
import { formatMessage } from "./error.js";
import { quoteInput } from "./quote.js";
import { isOwnParse, messageLang } from "./settings.js";
import { stampIssue } from "./stamp.js";

/**
 * The prefix of a marker message (see {@link ruleMessage}).
 * @internal
 */
export const RULE_PREFIX = "ngoaivu:";

/**
 * A coded rule read back from a marker: its code and its params in each language.
 * @internal
 */
export interface MarkedRule {
  readonly code: ErrorCode;
  readonly params: Readonly<Record<Lang, ErrorParams>>;
}

/**
 * @internal
 * The message of a rule for zod: a marker in the library's own parse, else
 * the worded message in the configured language (and, given the raw issue,
 * the code and params written onto it: see {@link stampIssue}).
 *
 * @param code - the error code
 * @param params - its params in a language (called for each language the marker needs)
 * @param issue - the raw zod issue the message is for
 */
export function ruleMessage<C extends ErrorCode>(
  code: C,
  params: (lang: Lang) => ParamsArg<C>,
  issue?: object,
): string {
  if (isOwnParse()) {
    return RULE_PREFIX + JSON.stringify({ code, params: { en: params("en"), vi: params("vi") } });
  }
  const lang = messageLang();
  const byLang = { en: params("en") as ErrorParams, vi: params("vi") as ErrorParams };
  if (issue !== undefined) stampIssue(issue, code, byLang, lang);
  return formatMessage<ErrorCode>(code, byLang[lang], lang);
}

/**
 * Reads a marker back, or `undefined` for any other message.
 * @internal
 */
export function readRule(message: unknown): MarkedRule | undefined {
  if (typeof message !== "string" || !message.startsWith(RULE_PREFIX)) return undefined;
  try {
    const rule = JSON.parse(message.slice(RULE_PREFIX.length)) as MarkedRule;
    return typeof rule === "object" && rule !== null && typeof rule.code === "string" ? rule : undefined;
  } catch {
    return undefined;
  }
}

/**
 * @internal
 * The `error` option of a pattern check (`.regex(re, formatRule({ en, vi }))`):
 * a value not in the form is `INVALID_FORMAT`, the form described in the
 * message's language.
 *
 * @param form - what the form is, in each language: "lowercase ASCII words joined by hyphens"
 * @param options - `abort`, as for zod's checks
 */
export function formatRule(
  form: Readonly<Record<Lang, string>>,
  options: { readonly abort?: boolean } = {},
): { readonly error: (issue: { readonly input?: unknown }) => string; readonly abort?: boolean } {
  return {
    ...options,
    error: (issue) =>
      ruleMessage("INVALID_FORMAT", (lang) => ({ value: quoteInput(issue.input), format: form[lang] }), issue),
  };
}

/**
 * @internal
 * The `error` option of a check that wants a value of a kind (`z.custom`):
 * `INVALID_TYPE`, the kind named in the message's language.
 *
 * @param expected - the kind, in each language: "a Money"
 */
export function typeRule(expected: Readonly<Record<Lang, string>>): {
  readonly error: (issue: { readonly input?: unknown }) => string;
} {
  return {
    error: (issue) =>
      ruleMessage(
        "INVALID_TYPE",
        (lang) => ({ expected: expected[lang], received: quoteInput(issue.input, { kind: true, lang }) }),
        issue,
      ),
  };
}

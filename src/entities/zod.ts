/**
 * The library's messages and codes for every zod consumer: `configureNgoaivu`
 * (one call: the default language, and the library's wording for zod's own
 * checks), `zodErrorMap` (the same wording for one parse) and
 * `fromZodIssues` (any zod issue or `ZodError` as the library's issues).
 *
 * @module
 */
import { type core, config as zodConfig } from "zod";
import {
  type ErrorParams,
  isOwnParse,
  kindParam,
  type Lang,
  messageLang,
  NgoaivuError,
  type NgoaivuIssue,
  quoteInput,
  setConfiguredLang,
  stampIssue,
} from "../errors/index.js";
import { pushIssues } from "./_issues.js";

/** What {@link configureNgoaivu} sets. */
export interface NgoaivuConfig {
  /**
   * The default language of every message (issues, errors, and zod's own
   * checks through the library's error map) and of every report, document
   * and formatted figure. `undefined` goes back to the defaults: messages in
   * English, as zod's, and documents in Vietnamese.
   */
  readonly lang?: Lang | undefined;
  /**
   * Whether zod's own checks (a missing field, a wrong type, a number out of
   * range) are worded by the library, in every schema (zod's `localeError`
   * is global): `true` by default when `lang` is given. With `false`, only
   * the library's own rules and domain rules are worded in `lang`; zod's
   * checks keep zod's locale.
   */
  readonly zodMessages?: boolean;
}

/** zod's locale before the library installed its own (restored when the setting is cleared). */
let previous: { readonly localeError: core.$ZodErrorMap | undefined } | undefined;

function isLang(value: unknown): value is Lang {
  return value === "en" || value === "vi";
}

/** A zod issue as the error map receives it (not yet finalized: its input is on it). */
type RawIssue = core.$ZodRawIssue;

/** The issues of the library one raw zod issue stands for, in one language. */
function issuesOf(issue: RawIssue, lang: Lang): NgoaivuIssue[] {
  const out: NgoaivuIssue[] = [];
  // The raw issue's path runs from the root of the parse; its input is the value at that path.
  pushIssues(issue as core.$ZodIssue, [], lang, out, { root: undefined, input: { value: issue.input } });
  return out;
}

/**
 * The message of a raw zod issue in a language, its code and params written
 * onto it when it stands for one issue of the library.
 */
function wordIssue(issue: RawIssue, lang: Lang): string | undefined {
  // The issues inside a union, a map key or an array element are already worded.
  if (issue.code === "invalid_union" && issue.discriminator === undefined) {
    let best: readonly core.$ZodIssue[] | undefined;
    for (const branch of issue.errors) if (best === undefined || branch.length < best.length) best = branch;
    if (best !== undefined && best.length > 0) return best.map((i) => i.message).join("; ");
  }
  if (issue.code === "invalid_key" || issue.code === "invalid_element") {
    return issue.issues.map((i) => i.message).join("; ");
  }
  const worded = issuesOf(issue, lang);
  const first = worded[0];
  if (first === undefined) return undefined;
  // An app's own custom issue keeps its own params (its code is no code of the library's).
  if (worded.length === 1 && issue.code !== "custom") {
    // The message's language is worded already: only the other is worded again.
    const byLang: Partial<Record<Lang, ErrorParams>> = { [lang]: first.params };
    byLang.en ??= issuesOf(issue, "en")[0]?.params ?? {};
    byLang.vi ??= issuesOf(issue, "vi")[0]?.params ?? {};
    stampIssue(issue, first.code, byLang as Record<Lang, ErrorParams>, lang);
  }
  return worded.map((i) => i.message).join("; ");
}

/**
 * A zod error map that words zod's issues as the library does, with the
 * library's code in each issue's `params.ngoaivu`: for one parse
 * (`schema.safeParse(value, { error: zodErrorMap("vi") })`), where
 * {@link configureNgoaivu} would set it for all.
 *
 * @param lang - the language of the messages (the configured one, else English, when left out)
 * @returns an error map for zod's `error` parse option or `z.config`
 *
 * @example
 * ```ts
 * import { DelegationSchema, zodErrorMap } from "ngoaivu";
 * const result = DelegationSchema.safeParse({}, { error: zodErrorMap("vi") });
 * result.error?.issues[0]?.message; //=> "Trường này là bắt buộc"
 * ```
 */
export function zodErrorMap(lang?: Lang): core.$ZodErrorMap {
  if (lang !== undefined && !isLang(lang)) {
    throw new NgoaivuError("INVALID_ENUM", { options: "en, vi", received: quoteInput(lang) }, { path: ["lang"] });
  }
  // In the library's own parse the issues are read back by code: no wording needed.
  return (issue) => (isOwnParse() ? undefined : wordIssue(issue, lang ?? messageLang()));
}

/**
 * Sets the library's language for the whole app, in one call at start-up:
 * every message (`parse`, `parseBatch`, errors, and zod's own `safeParse`,
 * Standard Schema's `validate` and the form resolvers built on them) and
 * every document (`render`, `toDocx`, `toXlsx`, `formatMoney`) defaults to
 * it. zod's own checks (a missing field, a wrong type) are worded by the
 * library and carry its code in `params.ngoaivu` (zod's `localeError`, which
 * is global: `zodMessages: false` leaves it alone). Call with `{}` to go
 * back to the defaults and to zod's previous locale.
 *
 * @param config - the language, and whether zod's own checks are worded
 *
 * @example
 * ```ts
 * import { configureNgoaivu, DelegationSchema } from "ngoaivu";
 * configureNgoaivu({ lang: "vi" });
 * const result = DelegationSchema.safeParse({ id: "d-1" });
 * result.error?.issues[0]?.message; //=> "Trường này là bắt buộc"
 * configureNgoaivu({});
 * ```
 */
export function configureNgoaivu(config: NgoaivuConfig): void {
  if (typeof config !== "object" || config === null) {
    const lang = messageLang();
    throw new NgoaivuError(
      "INVALID_TYPE",
      { expected: { en: "{ lang }", vi: "đối tượng { lang }" }, received: kindParam(config) },
      { lang },
    );
  }
  const { lang } = config;
  if (lang !== undefined && !isLang(lang)) {
    throw new NgoaivuError("INVALID_ENUM", { options: "en, vi", received: quoteInput(lang) }, { path: ["lang"] });
  }
  setConfiguredLang(lang);
  const zodMessages = lang !== undefined && config.zodMessages !== false;
  if (zodMessages && previous === undefined) {
    const before = zodConfig().localeError;
    previous = { localeError: before };
    // In the library's own parse zod's previous locale words the issues (they are read back by code).
    zodConfig({
      localeError: (issue) => (isOwnParse() ? before?.(issue) : wordIssue(issue, messageLang())),
    });
  } else if (!zodMessages && previous !== undefined) {
    zodConfig({ localeError: previous.localeError });
    previous = undefined;
  }
}

/**
 * An issue of Standard Schema (`{ message, path }`), as a framework's
 * validator hands it on: from zod's schemas these are zod's issues.
 */
export interface StandardIssue {
  readonly message: string;
  readonly path?: readonly (PropertyKey | { readonly key: PropertyKey })[] | undefined;
}

/**
 * What {@link fromZodIssues} reads: a `ZodError` (or anything with its
 * `issues`), or the issues (zod's, or Standard Schema's from a zod schema).
 */
export type ZodIssues =
  | { readonly issues: readonly (core.$ZodIssue | StandardIssue)[] }
  | readonly (core.$ZodIssue | StandardIssue)[];

/** Options for {@link fromZodIssues}. */
export interface FromZodIssuesOptions {
  /** The language of the messages: the configured one, else English. */
  readonly lang?: Lang;
  /**
   * The value that was parsed: zod's issues do not carry the values they are
   * about (unless parsed with `reportInput`), and a message quotes them
   * ("received 5"); they are read from it by each issue's path.
   */
  readonly input?: unknown;
}

/**
 * The library's issues (a stable code, a path, a message in English or
 * Vietnamese) for any zod issues: those of the library's schemas through
 * zod's own `safeParse` or a form resolver, or of a schema of an app's own.
 * An issue the library coded (its domain rules, its own checks, zod's checks
 * worded by the library's error map) keeps its code; zod's other issues get
 * the code `parse` gives them. One zod issue can stand for several (unknown
 * keys, one each).
 *
 * @param source - a `ZodError`, a failed `safeParse` result's `error`, or its `issues`
 * @param options - the language, and the value that was parsed
 * @returns the issues, in zod's order
 *
 * @example
 * ```ts
 * import { DelegationSchema, fromZodIssues } from "ngoaivu";
 * const input = { id: "d-1", member: 5 };
 * const result = DelegationSchema.safeParse(input);
 * const issues = result.success ? [] : fromZodIssues(result.error, { lang: "vi", input });
 * issues.find((i) => i.path[0] === "member")?.message;
 * //=> "Cần giá trị kiểu chuỗi ký tự, nhận được số 5"
 * ```
 */
export function fromZodIssues(source: ZodIssues, options: FromZodIssuesOptions = {}): NgoaivuIssue[] {
  const lang = options.lang ?? messageLang();
  if (!isLang(lang)) {
    throw new NgoaivuError("INVALID_ENUM", { options: "en, vi", received: quoteInput(lang) }, { path: ["lang"] });
  }
  const issues: readonly (core.$ZodIssue | StandardIssue)[] | undefined = Array.isArray(source)
    ? source
    : typeof source === "object" && source !== null && Array.isArray((source as { issues?: unknown }).issues)
      ? (source as { issues: readonly (core.$ZodIssue | StandardIssue)[] }).issues
      : undefined;
  if (issues === undefined) {
    throw new NgoaivuError(
      "INVALID_TYPE",
      {
        expected: "ZodError",
        received: kindParam(source),
      },
      { lang },
    );
  }
  const out: NgoaivuIssue[] = [];
  for (const entry of issues) {
    const issue = asZodIssue(entry);
    // An issue parsed with `reportInput` carries its value; else it is read from the input by path.
    const own = typeof issue === "object" && issue !== null && Object.hasOwn(issue, "input");
    pushIssues(
      issue,
      [],
      lang,
      out,
      own ? { root: options.input, input: { value: (issue as { input?: unknown }).input } } : { root: options.input },
    );
  }
  return out;
}

/**
 * A zod issue as it is; an issue of another Standard Schema validator
 * (no zod code) as zod's generic one, its path's `{ key }` segments read.
 */
function asZodIssue(issue: core.$ZodIssue | StandardIssue): core.$ZodIssue {
  if (typeof (issue as { code?: unknown }).code === "string") return issue as core.$ZodIssue;
  const path = (issue.path ?? []).map((segment) =>
    typeof segment === "object" && segment !== null ? segment.key : segment,
  );
  return { code: "custom", message: String(issue.message), path, input: undefined };
}

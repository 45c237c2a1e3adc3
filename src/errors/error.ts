import { ERROR_MESSAGES, type ErrorCode, type ErrorParams, type Lang, type ParamsArg } from "./codes.js";
import { messageText, quoteInput } from "./quote.js";
import { messageLang } from "./settings.js";
import { codedParams, isErrorCode } from "./stamp.js";

/** One step of a path into a record: a key or an array index. */
export type PathSegment = string | number;

/**
 * One problem with an input, shaped like a zod issue: a stable `code`, a
 * `path` into the input, a `message` in the chosen language, and the `params`
 * the message was built from (so it can be re-worded in another language).
 * `NgoaivuIssue<"UNKNOWN_KEY">` has exactly that code's params
 * (`{ key }`); a plain `NgoaivuIssue`, any code's, as {@link ErrorParams}.
 * `P` follows from `C` (see {@link ParamsArg}): leave it out.
 */
export interface NgoaivuIssue<C extends ErrorCode = ErrorCode, P extends ErrorParams = ParamsArg<C>> {
  /** Stable code, e.g. `"END_BEFORE_START"`. */
  readonly code: C;
  /** Where in the input the problem is; `[]` for the input itself. */
  readonly path: readonly PathSegment[];
  /** The message, in the language asked for (English by default). */
  readonly message: string;
  /** The values the message was built from. */
  readonly params: P;
}

/**
 * The arguments after the code: its params, required when its template has
 * placeholders (optional for a code without any, or one not known
 * statically), then the rest.
 */
export type WithParams<C extends ErrorCode, Rest extends readonly unknown[]> =
  Record<string, never> extends ParamsArg<C>
    ? [params?: ParamsArg<C>, ...rest: Rest]
    : [params: ParamsArg<C>, ...rest: Rest];

/** The arguments of {@link formatMessage} after the code. */
export type MessageArgs<C extends ErrorCode> = WithParams<C, [lang?: Lang]>;
/** The arguments of {@link createIssue} after the code. */
export type IssueArgs<C extends ErrorCode> = WithParams<C, [path?: readonly PathSegment[], options?: MessageOptions]>;
/** The arguments of the {@link NgoaivuError} constructor after the code. */
export type ErrorArgs<C extends ErrorCode> = WithParams<C, [options?: NgoaivuErrorOptions]>;

/** Options shared by everything that builds a message. */
export interface MessageOptions {
  /** Language of the message: `"en"` or `"vi"`; by default the configured one (`configureNgoaivu`), else `"en"`. */
  readonly lang?: Lang;
}

/**
 * Builds the message for a code in a language.
 *
 * @param code - the error code
 * @param args - `params`, values for the template's `{placeholders}` (exactly
 * those of the code: a missing one is a type error; omitted for a code
 * without any), then `lang`, `"en"` or `"vi"` (by default the configured
 * language, else `"en"`)
 * @returns the message, with every placeholder filled in. A value is written
 * safely: every control character (C0, DEL, C1), line separator and
 * bidirectional override or isolate as a `\u001b` escape, and a value longer
 * than 200 characters cut there with `…` and its length (values described
 * with `quoteInput` are cut at 80 already, and their length is worded
 * in `lang`)
 *
 * @example
 * ```ts
 * import { formatMessage } from "ngoaivu";
 * formatMessage("END_BEFORE_START", { start: "2024-03-02", end: "2024-03-01" }, "vi");
 * //=> "Ngày kết thúc 2024-03-01 trước ngày bắt đầu 2024-03-02"
 * formatMessage("UNKNOWN_KEY", { key: "\u001b[2Jx" }); //=> "Unknown field \\u001b[2Jx"
 * ```
 */
export function formatMessage<C extends ErrorCode>(code: C, ...args: MessageArgs<C>): string;
export function formatMessage(code: ErrorCode, params: ErrorParams = {}, lang: Lang = messageLang()): string {
  const parts = templateParts(ERROR_MESSAGES[code][lang]);
  // parts: literal, name, literal, name, …, literal
  let out = parts[0] as string;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i] as string;
    const value = Object.hasOwn(params, name) ? params[name] : undefined;
    out += (value === undefined ? `{${name}}` : messageText(value, lang)) + (parts[i + 1] as string);
  }
  return out;
}

// A template split once into its literal text and `{name}` placeholders:
// messages are worded for every invalid record of a batch.
const PARTS = new Map<string, readonly string[]>();

function templateParts(template: string): readonly string[] {
  let parts = PARTS.get(template);
  if (parts === undefined) {
    parts = template.split(/\{(\w+)\}/);
    PARTS.set(template, parts);
  }
  return parts;
}

/**
 * Creates an issue (a plain object) for a code.
 *
 * @param code - the error code
 * @param args - `params`, values for the message template (exactly those of
 * the code), then `path`, where in the input the problem is, and `options`,
 * `lang` for the message
 * @returns the issue
 *
 * @example
 * ```ts
 * import { createIssue } from "ngoaivu";
 * createIssue("REQUIRED", {}, ["member"]);
 * //=> { code: "REQUIRED", path: ["member"], message: "A value is required", params: {} }
 * ```
 */
export function createIssue<C extends ErrorCode>(code: C, ...args: IssueArgs<C>): NgoaivuIssue<C>;
export function createIssue(
  code: ErrorCode,
  params: ErrorParams = {},
  path: readonly PathSegment[] = [],
  options: MessageOptions = {},
): NgoaivuIssue {
  return {
    code,
    path: [...path],
    message: formatMessage<ErrorCode>(code, params, options.lang ?? messageLang()),
    params,
  };
}

/**
 * An issue as zod reports it: what {@link translateIssue} reads when the
 * issue came through zod (its `safeParse`, Standard Schema, a form
 * resolver) rather than from the library's own `parse`.
 */
export interface ZodIssueLike {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly params?: Readonly<Record<string, unknown>> | undefined;
}

/**
 * Re-words an issue in another language. It takes the library's issues and
 * also zod's issues that carry the library's code (`params.ngoaivu`): the
 * library's domain rules and its own checks always do, through any zod
 * consumer, and zod's own checks do once the library words them
 * (`configureNgoaivu`, `zodErrorMap`). Any other zod issue is refused with
 * `UNCODED_ZOD_ISSUE`: `fromZodIssues` converts those.
 *
 * @param issue - the issue
 * @param lang - the language wanted
 * @returns a copy of the issue with its message in `lang` (for a zod issue, the library's issue it stands for)
 *
 * @example
 * ```ts
 * import { createIssue, DelegationSchema, translateIssue, zodErrorMap } from "ngoaivu";
 * translateIssue(createIssue("REQUIRED"), "vi").message; //=> "Trường này là bắt buộc"
 * const zodIssues = DelegationSchema.safeParse({}, { error: zodErrorMap() }).error?.issues ?? [];
 * zodIssues.map((i) => translateIssue(i, "vi").message)[0]; //=> "Trường này là bắt buộc"
 * ```
 */
export function translateIssue<C extends ErrorCode, P extends ErrorParams>(
  issue: NgoaivuIssue<C, P>,
  lang: Lang,
): NgoaivuIssue<C, P>;
export function translateIssue(issue: ZodIssueLike, lang: Lang): NgoaivuIssue;
export function translateIssue(issue: NgoaivuIssue | ZodIssueLike, lang: Lang): NgoaivuIssue {
  const coded = codedParams(issue.params, lang);
  if (coded === undefined && isErrorCode(issue.code)) {
    const own = issue as NgoaivuIssue;
    return { ...own, message: formatMessage<ErrorCode>(own.code, own.params, lang) };
  }
  if (coded !== undefined) {
    const path = issue.path.map((segment) => (typeof segment === "symbol" ? String(segment) : segment));
    return createIssue<ErrorCode>(coded.code, coded.params, path, { lang });
  }
  throw new NgoaivuError("UNCODED_ZOD_ISSUE", { code: quoteInput(issue.code) }, { lang });
}

/** Options for {@link NgoaivuError}. */
export interface NgoaivuErrorOptions extends MessageOptions {
  /** Where in the input the problem is. */
  readonly path?: readonly PathSegment[];
  /** The error that caused this one. */
  readonly cause?: unknown;
}

/**
 * The one error type the library throws. It carries a stable `code`, a `path`
 * into the input, the `params` of its message, and can word its message in
 * English or Vietnamese. `NgoaivuError<"UNKNOWN_KEY">` has exactly that
 * code's params; `P` follows from `C`: leave it out.
 *
 * @example
 * ```ts
 * import { NgoaivuError } from "ngoaivu";
 * const error = new NgoaivuError("CURRENCY_MISMATCH", { left: "VND", right: "USD" });
 * error.code; //=> "CURRENCY_MISMATCH"
 * error.messageIn("vi");
 * //=> "Không thể tính chung VND và USD trong một phép tính: hãy quy đổi một trong hai loại tiền trước, hoặc để riêng từng loại tiền"
 * ```
 */
export class NgoaivuError<C extends ErrorCode = ErrorCode, P extends ErrorParams = ParamsArg<C>> extends Error {
  /** Stable code, e.g. `"CURRENCY_MISMATCH"`. */
  readonly code: C;
  /** Where in the input the problem is; `[]` when not about one field. */
  readonly path: readonly PathSegment[];
  /** The values the message was built from. */
  readonly params: P;

  /**
   * @param code - the error code
   * @param args - `params`, values for the message template (exactly those
   * of the code: a missing one is a type error; omitted for a code without
   * any), then `options`: path, language and cause
   */
  constructor(code: C, ...args: ErrorArgs<C>);
  constructor(code: C, params: P = {} as P, options: NgoaivuErrorOptions = {}) {
    super(
      formatMessage<ErrorCode>(code, params, options.lang ?? messageLang()),
      options.cause === undefined ? undefined : { cause: options.cause },
    );
    this.name = "NgoaivuError";
    this.code = code;
    this.path = [...(options.path ?? [])];
    this.params = params;
  }

  /**
   * The message in a language.
   *
   * @param lang - `"en"` or `"vi"`
   * @returns the message
   */
  messageIn(lang: Lang): string {
    return formatMessage<ErrorCode>(this.code, this.params, lang);
  }

  /**
   * The error as an issue (a plain object), for batch results.
   *
   * @param options - `lang` for the message
   * @returns the issue
   */
  toIssue(options: MessageOptions = {}): NgoaivuIssue<C, P> {
    return {
      code: this.code,
      path: [...this.path],
      message: this.messageIn(options.lang ?? messageLang()),
      params: this.params,
    };
  }
}

/**
 * Tells whether a value is an error thrown by this library (works across
 * copies of the library, where `instanceof` does not).
 *
 * @param value - anything caught
 * @returns `true` for an {@link NgoaivuError}
 *
 * @example
 * ```ts
 * import { NgoaivuError, isNgoaivuError } from "ngoaivu";
 * isNgoaivuError(new NgoaivuError("REQUIRED")); //=> true
 * isNgoaivuError(new Error("boom")); //=> false
 * ```
 */
export function isNgoaivuError(value: unknown): value is NgoaivuError {
  if (value instanceof NgoaivuError) return true;
  if (!(value instanceof Error) || value.name !== "NgoaivuError") return false;
  return isErrorCode((value as Error & { code?: unknown }).code);
}

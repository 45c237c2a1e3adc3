/**
 * Private: turns zod issues into the library's {@link NgoaivuIssue}s (a stable
 * code, a path, a message in English or Vietnamese) and lets the entity
 * schemas raise domain issues that survive the trip through zod.
 *
 * @internal
 * @module
 */
import type * as z from "zod";
import {
  codedParams,
  createIssue,
  type ERROR_MESSAGES,
  type ErrorCode,
  formatMessage,
  isErrorCode,
  type Lang,
  type NgoaivuIssue,
  type ParamsArg,
  type PathSegment,
  type PlaceholdersOf,
  quoteInput,
  readRule,
  ruleMessage,
} from "../errors/index.js";
import { Money } from "../money/index.js";

/**
 * The key under which a custom zod issue carries one of our error codes
 * (`params: { ngoaivu: "END_BEFORE_START", start: "…", end: "…" }`).
 */
export const CODE_KEY = "ngoaivu";

/** The codes whose message needs no param but `{value}`: the only params a {@link codeMessage} issue gets. */
type ValueCode = {
  [C in ErrorCode]: [Exclude<PlaceholdersOf<(typeof ERROR_MESSAGES)[C]["en"]>, "value">] extends [never] ? C : never;
}[ErrorCode];

/**
 * A message for a zod `error` option that turns zod's own issue (a refused
 * enum value, say) into one of our codes, e.g.
 * `z.enum(forms, { error: (iss) => (iss.input === "treaty" ? codeMessage("TREATY_NOT_ALLOWED", iss) : undefined) })`.
 * The issue's params are then `{ value }`; in zod's own parse (a form
 * resolver, Standard Schema) the message is worded in the configured language.
 */
export function codeMessage(code: ValueCode, issue: { readonly input?: unknown }): string {
  return ruleMessage<ErrorCode>(code, () => ({ value: show(issue.input) }), issue);
}

/** Where a domain issue goes: a zod check payload (`.check(fn)`) or a refinement context. */
export interface IssueSink {
  readonly issues: unknown[];
}

/**
 * Raises a domain issue from inside a zod check (`.check((payload) => …)`).
 * Its message is the English one, worded only if zod finalizes the issue;
 * {@link toIssues} words it in the language asked for. Params that hold
 * words (a reason, a level of government) are given as a function of the
 * language (`(lang) => ({ field: "closed", reason: STILL_OPEN[lang] })`):
 * its message is then a rule's (see `ruleMessage`), worded in each
 * language with that language's params, so a Vietnamese message has no
 * English inside; outside the library's own parse its `params` are those
 * of the message's language, with the others kept (see `stampIssue`).
 */
export function addDomainIssue<C extends ErrorCode>(
  sink: IssueSink,
  code: C,
  params: ParamsArg<C> | ((lang: Lang) => ParamsArg<C>),
  path: readonly PathSegment[],
  input?: unknown,
): void {
  if (typeof params === "function") {
    // Params with words: a rule's message (see ruleMessage), read back in the language asked for.
    const issue = { code: "custom", message: "", path: [...path], input };
    // A marker in the library's own parse; outside it, the params are written onto the issue too.
    issue.message = ruleMessage(code, params, issue);
    sink.issues.push(issue);
    return;
  }
  const issue = {
    code: "custom",
    // Worded only if zod finalizes the issue (a ZodError read, a Standard
    // Schema result): a batch maps the raw code and params itself.
    get message(): string {
      return formatMessage<ErrorCode>(code, params);
    },
    path: [...path],
    params: { ...params, [CODE_KEY]: code },
    input,
  };
  sink.issues.push(issue);
}

/** Shows a received value briefly and safely (the library's one quoting helper, `quoteInput`). */
export function show(value: unknown): string {
  return quoteInput(value);
}

/** The kind of a value, as words for a message (`"null"`, `"array"`, `"object"`…). */
export function describe(value: unknown): string {
  return quoteInput(value, { kind: true });
}

function toSegments(path: readonly PropertyKey[]): PathSegment[] {
  return path.map((segment) => (typeof segment === "symbol" ? String(segment) : segment));
}

/** The words of the messages this file writes itself, in one language. */
interface IssueWords {
  /** What zod expected (its `expected`: `int`, `string`…), as words. */
  readonly expected: Readonly<Record<string, string>>;
  /** Before a received number: "the number 5", "số 5". */
  readonly theNumber: string;
  /** The detail of `INVALID_AMOUNT`. */
  readonly amountDetail: string;
  /** The detail of `INVALID_INPUT` for a value that matches no branch of a union. */
  readonly noForm: string;
  /** zod's string formats (`date`, `email`…), as words. */
  readonly formats: Readonly<Record<string, string>>;
}

const WORDS: Readonly<Record<Lang, IssueWords>> = {
  en: {
    expected: {
      int: "an integer",
      number: "a number",
      string: "a string",
      boolean: "true or false",
      array: "an array",
      object: "an object",
      record: "an object",
      bigint: "a bigint",
      date: "a date",
    },
    theNumber: "the number",
    amountDetail: "expected a plain decimal string such as 1576566000000 or 52000000.00",
    noForm: "matches none of the allowed forms",
    formats: {
      date: "a day, YYYY-MM-DD",
      datetime: "an instant, YYYY-MM-DDTHH:mm:ss with an offset",
      time: "a time of day, HH:mm:ss",
      email: "an email address",
      url: "a URL",
      uuid: "a UUID",
      ends_with: "the expected ending",
      starts_with: "the expected beginning",
      includes: "the expected text",
    },
  },
  vi: {
    expected: {
      int: "số nguyên",
      number: "số",
      string: "chuỗi ký tự",
      boolean: "true hoặc false",
      array: "danh sách",
      object: "đối tượng",
      record: "đối tượng",
      bigint: "số nguyên lớn",
      date: "ngày",
    },
    theNumber: "số",
    amountDetail: "cần chuỗi số thập phân thuần, ví dụ 1576566000000 hoặc 52000000.00",
    noForm: "không khớp với dạng nào được chấp nhận",
    formats: {
      date: "ngày, dạng YYYY-MM-DD",
      datetime: "thời điểm, dạng YYYY-MM-DDTHH:mm:ss kèm múi giờ",
      time: "giờ trong ngày, dạng HH:mm:ss",
      email: "địa chỉ thư điện tử",
      url: "địa chỉ URL",
      uuid: "mã UUID",
      ends_with: "phần kết thúc quy định",
      starts_with: "phần mở đầu quy định",
      includes: "đoạn văn bản quy định",
    },
  },
};

/** The words of a language (English for anything but `"vi"`). */
function wordsOf(lang: Lang): IssueWords {
  return Object.hasOwn(WORDS, lang) ? WORDS[lang] : WORDS.en;
}

function formatWords(format: string, lang: Lang): string {
  const words = wordsOf(lang).formats;
  return Object.hasOwn(words, format) ? (words[format] as string) : format;
}

function expectedWords(expected: string, lang: Lang): string {
  const words = wordsOf(lang).expected;
  return Object.hasOwn(words, expected) ? (words[expected] as string) : expected;
}

function received(input: unknown, lang: Lang): string {
  if (typeof input === "number") return `${wordsOf(lang).theNumber} ${show(input)}`;
  return quoteInput(input, { kind: true, lang });
}

function bound(inclusive: boolean | undefined, below: boolean, limit: number | bigint): string {
  return `${below ? (inclusive === false ? "<" : "≤") : inclusive === false ? ">" : "≥"} ${String(limit)}`;
}

function lengthOf(input: unknown): number {
  return typeof input === "string" || Array.isArray(input) ? input.length : 0;
}

/**
 * The string zod measured: the one it reports on the issue (after `.trim()`,
 * say: "   " is empty, not three characters long), else the input's.
 */
function checked(issue: z.core.$ZodIssue, input: unknown): unknown {
  return typeof issue.input === "string" ? issue.input : input;
}

/** The value at a path in the input (own properties of objects and arrays, entries of maps). */
function valueAt(root: unknown, path: readonly PathSegment[]): unknown {
  let node = root;
  for (const key of path) {
    if (node instanceof Map) {
      node = node.get(key);
      continue;
    }
    if (typeof node !== "object" || node === null || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<PathSegment, unknown>)[key];
  }
  return node;
}

/** Where an issue's input comes from: the record that was parsed, read at the issue's path. */
interface Source {
  readonly root: unknown;
  /** The input of the issues of a record key: the key itself, not the value. */
  readonly key?: PathSegment;
  /** The input itself, when the issue carries it (a raw issue in an error map): read at no path. */
  readonly input?: { readonly value: unknown };
}

/**
 * Appends the library issues for one zod issue to `out`.
 *
 * @param issue - a finalized zod issue
 * @param base - the path of the value the issue's path is relative to
 * @param lang - the language of the messages
 * @param out - where the issues go
 * @param source - the input the issue is about
 */
export function pushIssues(
  issue: z.core.$ZodIssue,
  base: readonly PathSegment[],
  lang: Lang,
  out: NgoaivuIssue[],
  source: Source = { root: undefined },
) {
  const path = base.length === 0 ? toSegments(issue.path) : [...base, ...toSegments(issue.path)];
  // zod's issues do not carry their input (that would pin the record): read it from the record by path.
  const input =
    source.input !== undefined
      ? source.input.value
      : source.key !== undefined
        ? source.key
        : valueAt(source.root, path);
  const opts = { lang };
  const last = path[path.length - 1];
  if ((last === "amount" || last === "currency") && source.input === undefined && input === undefined) {
    // A decoded Money where the wire form is due (a record built from decoded values): one issue, at the money.
    const at = path.slice(0, -1);
    const parent = valueAt(source.root, at);
    if (Money.isMoney(parent)) {
      if (last === "amount") out.push(createIssue("DECODED_MONEY", { value: String(parent) }, at, opts));
      return;
    }
  }
  if (last === "amount" && typeof input !== "object") {
    // The amount of a money value: a number is refused (a float loses đồng), an
    // exponent or other malformed string is not an amount.
    if (typeof input === "number" && !Number.isSafeInteger(input)) {
      out.push(createIssue("UNSAFE_NUMBER", { value: String(input) }, path, opts));
      return;
    }
    if (issue.code === "invalid_format") {
      out.push(createIssue("INVALID_AMOUNT", { value: show(input), detail: wordsOf(lang).amountDetail }, path, opts));
      return;
    }
  }
  // A rule of the library's own schemas, marked by its message (see ruleMessage).
  const rule = readRule(issue.message);
  if (rule !== undefined && isErrorCode(rule.code)) {
    out.push(createIssue<ErrorCode>(rule.code, rule.params[lang], path, opts));
    return;
  }
  // An issue the library coded: a domain rule, or one stamped outside its own parse (see stampIssue).
  const coded = codedParams((issue as { params?: unknown }).params, lang);
  if (coded !== undefined) {
    out.push(createIssue<ErrorCode>(coded.code, coded.params, path, opts));
    return;
  }
  switch (issue.code) {
    case "invalid_type":
      if (input === undefined) out.push(createIssue("REQUIRED", {}, path, opts));
      else
        out.push(
          createIssue(
            "INVALID_TYPE",
            { expected: expectedWords(issue.expected, lang), received: received(input, lang) },
            path,
            opts,
          ),
        );
      return;
    case "too_big":
      if (issue.origin === "string")
        out.push(createIssue("TOO_LONG", { max: issue.maximum, length: lengthOf(checked(issue, input)) }, path, opts));
      else if (issue.origin === "array")
        out.push(createIssue("TOO_MANY_ITEMS", { max: issue.maximum, count: lengthOf(input) }, path, opts));
      else
        out.push(
          createIssue(
            "OUT_OF_RANGE",
            { value: show(input), range: bound(issue.inclusive, true, issue.maximum) },
            path,
            opts,
          ),
        );
      return;
    case "too_small":
      if (issue.origin === "string") {
        const length = lengthOf(checked(issue, input));
        if (length === 0) out.push(createIssue("REQUIRED", {}, path, opts));
        else out.push(createIssue("TOO_SHORT", { min: issue.minimum, length }, path, opts));
      } else if (issue.origin === "array")
        out.push(createIssue("TOO_FEW_ITEMS", { min: issue.minimum, count: lengthOf(input) }, path, opts));
      else
        out.push(
          createIssue(
            "OUT_OF_RANGE",
            { value: show(input), range: bound(issue.inclusive, false, issue.minimum) },
            path,
            opts,
          ),
        );
      return;
    case "invalid_format":
      out.push(
        createIssue(
          "INVALID_FORMAT",
          {
            value: show(input),
            // A pattern of an app's own schema: its message, if it gave one, else the pattern.
            format:
              issue.format === "regex"
                ? (issue.message ?? `/${(issue as { pattern?: string }).pattern ?? ""}/`)
                : formatWords(issue.format, lang),
          },
          path,
          opts,
        ),
      );
      return;
    case "unrecognized_keys":
      for (const key of issue.keys) out.push(createIssue("UNKNOWN_KEY", { key }, [...path, key], opts));
      return;
    case "invalid_value":
      if (input === undefined) {
        out.push(createIssue("REQUIRED", {}, path, opts));
        return;
      }
      out.push(
        createIssue(
          "INVALID_ENUM",
          { options: issue.values.map((v) => String(v)).join(", "), received: show(input) },
          path,
          opts,
        ),
      );
      return;
    case "invalid_union": {
      if (issue.discriminator !== undefined) {
        // The path ends at the discriminator: the input read there is its value.
        const received = input;
        if (received === undefined) out.push(createIssue("REQUIRED", {}, path, opts));
        else
          out.push(
            createIssue(
              "INVALID_ENUM",
              {
                options: ("options" in issue ? (issue.options ?? []) : []).map((v) => String(v)).join(", "),
                received: show(received),
              },
              path,
              opts,
            ),
          );
        return;
      }
      // The branch that came closest (fewest issues) explains the failure best.
      let best: readonly z.core.$ZodIssue[] | undefined;
      for (const branch of issue.errors) if (best === undefined || branch.length < best.length) best = branch;
      if (best === undefined || best.length === 0)
        out.push(createIssue("INVALID_INPUT", { detail: wordsOf(lang).noForm }, path, opts));
      else for (const inner of best) pushIssues(inner, path, lang, out, source);
      return;
    }
    case "invalid_key": {
      const key = path[path.length - 1];
      for (const inner of issue.issues)
        pushIssues(inner, path, lang, out, key === undefined ? source : { root: source.root, key });
      return;
    }
    case "invalid_element":
      for (const inner of issue.issues) pushIssues(inner, path, lang, out, source);
      return;
    case "custom":
      // A coded one was taken above.
      out.push(createIssue("INVALID_INPUT", { detail: issue.message }, path, opts));
      return;
    default:
      out.push(createIssue("INVALID_INPUT", { detail: issue.message }, path, opts));
  }
}

/**
 * Turns the zod issues of one failed parse into library issues.
 *
 * @param issues - zod's issues
 * @param lang - the language of the messages
 * @param root - the input that was parsed (the issues' inputs are read from it by path)
 * @returns the library issues, in zod's order
 */
export function toIssues(issues: readonly z.core.$ZodIssue[], lang: Lang, root?: unknown): NgoaivuIssue[] {
  const out: NgoaivuIssue[] = [];
  const source = { root };
  for (const issue of issues) pushIssues(issue, [], lang, out, source);
  return out;
}

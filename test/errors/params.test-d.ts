/**
 * Type tests of the error params (checked by `npm run typecheck`, which runs
 * tsc over `test/`): each code's params are derived from its template, so a
 * template that names a param a call site does not pass fails the typecheck
 * of that call site. Every `@ts-expect-error` below must stay an error: if the
 * params went loose again, the directive itself would fail.
 */
import { expectTypeOf } from "vitest";
import {
  createIssue,
  type ERROR_MESSAGES,
  type ErrorCode,
  type ErrorParams,
  type ErrorParamsOf,
  formatMessage,
  isNgoaivuError,
  NgoaivuError,
  type NgoaivuIssue,
  type ParamValue,
  type PlaceholdersOf,
  type TemplateParams,
  translateIssue,
  type Words,
} from "../../src/index.js";

// Placeholders are read from the template.
expectTypeOf<PlaceholdersOf<"Expected {expected}, received {received}">>().toEqualTypeOf<"expected" | "received">();
expectTypeOf<PlaceholdersOf<"A value is required">>().toEqualTypeOf<never>();
expectTypeOf<TemplateParams<"Unknown field {key}">>().toEqualTypeOf<{ readonly key: ParamValue }>();

// Each code's params are exactly its template's placeholders.
expectTypeOf<ErrorParamsOf<"INVALID_TYPE">>().toEqualTypeOf<{
  readonly expected: ParamValue;
  readonly received: ParamValue;
}>();
expectTypeOf<ErrorParamsOf<"END_BEFORE_START">>().toEqualTypeOf<{
  readonly start: ParamValue;
  readonly end: ParamValue;
}>();
expectTypeOf<ErrorParamsOf<"REQUIRED">>().toEqualTypeOf<Readonly<Record<string, never>>>();

// The English and Vietnamese templates of every code name the same placeholders.
type Messages = typeof ERROR_MESSAGES;
type Disagreeing = {
  [C in ErrorCode]: [PlaceholdersOf<Messages[C]["en"]>] extends [PlaceholdersOf<Messages[C]["vi"]>]
    ? [PlaceholdersOf<Messages[C]["vi"]>] extends [PlaceholdersOf<Messages[C]["en"]>]
      ? never
      : C
    : C;
}[ErrorCode];
expectTypeOf<Disagreeing>().toEqualTypeOf<never>();

// A missing param is a type error, in every entry that takes params.
// @ts-expect-error `received` is missing
new NgoaivuError("INVALID_TYPE", { expected: "Money" });
// @ts-expect-error `right` is missing
createIssue("CURRENCY_MISMATCH", { left: "VND" }, ["amount"]);
// @ts-expect-error `end` is missing
formatMessage("END_BEFORE_START", { start: "2024-03-02" }, "vi");
// @ts-expect-error params are required when the template has placeholders
new NgoaivuError("UNKNOWN_KEY");
// @ts-expect-error params are required when the template has placeholders
formatMessage("UNKNOWN_KEY");
// @ts-expect-error `{}` lacks `key`
createIssue("UNKNOWN_KEY", {});

// A param the template does not name is a type error too.
// @ts-expect-error `extra` is not a placeholder of INVALID_TYPE
new NgoaivuError("INVALID_TYPE", { expected: "Money", received: "null", extra: 1 });
// @ts-expect-error REQUIRED takes no params
createIssue("REQUIRED", { value: "x" });
// @ts-expect-error a param is a string, number, bigint, boolean or Words
formatMessage("UNKNOWN_KEY", { key: null });
// @ts-expect-error Words hold both languages
formatMessage("INVALID_INPUT", { detail: { en: "no vi" } });

// Correct params compile as before; a code without placeholders needs none.
new NgoaivuError("REQUIRED");
new NgoaivuError("REQUIRED", {}, { path: ["member"] });
createIssue("REQUIRED", {}, ["member"]);
formatMessage("REQUIRED");
formatMessage("OUT_OF_RANGE", { value: 10n, range: "1..9" }, "vi");
// A param may be given in both languages (Words).
formatMessage("OUT_OF_RANGE", { value: 10, range: { en: "1 to 9", vi: "từ 1 đến 9" } satisfies Words }, "vi");
expectTypeOf<Words>().toEqualTypeOf<Readonly<Record<"en" | "vi", string>>>();

// The code and params of an error or issue keep their types.
const error = new NgoaivuError("END_BEFORE_START", { start: "2024-03-02", end: "2024-03-01" });
expectTypeOf(error.code).toEqualTypeOf<"END_BEFORE_START">();
expectTypeOf(error.params).toEqualTypeOf<ErrorParamsOf<"END_BEFORE_START">>();
expectTypeOf(error.toIssue().params.start).toEqualTypeOf<ParamValue>();
const issue = createIssue("UNKNOWN_KEY", { key: "colour" });
expectTypeOf(translateIssue(issue, "vi")).toEqualTypeOf<NgoaivuIssue<"UNKNOWN_KEY">>();

// An error or issue whose code is not known statically reads its params by any key,
// and a code typed only as ErrorCode (forwarded from a caught error) takes any params.
const caught: unknown = error;
if (isNgoaivuError(caught)) {
  expectTypeOf(caught.params).toEqualTypeOf<ErrorParams>();
  formatMessage(caught.code, caught.params, "vi");
  createIssue(caught.code, caught.params, caught.path);
  new NgoaivuError(caught.code, caught.params, { path: caught.path });
}
const some: NgoaivuIssue = issue;
const wide: NgoaivuError = error;
expectTypeOf(some.params).toEqualTypeOf<ErrorParams>();
expectTypeOf(wide.code).toEqualTypeOf<ErrorCode>();

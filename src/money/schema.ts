/**
 * zod schemas for money on the wire. This file is the only one in `money/`
 * that imports zod, so importing `Money` alone does not pull zod in.
 *
 * ## How codec errors are reported
 *
 * When decoding fails for a reason the library knows (a bad amount, an
 * unknown currency), the codec adds one zod issue of code `"custom"` whose
 * `message` is the English message of the library's error, whose `path` points
 * at the field (`["amount"]` or `["currency"]`, relative to the money object),
 * and whose `params` are the library error's params plus
 * `ngoaivu: "<ERROR_CODE>"`. Turn it into a `NgoaivuIssue` with
 * {@link moneyIssueCode} + `createIssue(code, params, path)`: the entities
 * module does exactly that. Issues that come from the wire shape itself
 * (`amount` not a string, missing field) are zod's own (`invalid_type`,
 * `invalid_format`), which map to `INVALID_TYPE` / `INVALID_AMOUNT`.
 *
 * @module
 */
import * as z from "zod";
import { type ErrorCode, formatRule, isErrorCode, isNgoaivuError, typeRule } from "../errors/index.js";
import { MoneyBag } from "./bag.js";
import { Money, type MoneyJSON } from "./money.js";

/**
 * The pattern of a wire amount: a plain decimal string (no exponent, no spaces, no `+`).
 *
 * @example
 * ```ts
 * import { AMOUNT_PATTERN } from "ngoaivu";
 * AMOUNT_PATTERN.test("-12.50"); //=> true
 * AMOUNT_PATTERN.test("1e5"); //=> false
 * ```
 */
export const AMOUNT_PATTERN: RegExp = /^-?\d+(\.\d+)?$/;

/**
 * The wire amount: a plain decimal string of at most 1,000 characters.
 *
 * @example
 * ```ts
 * import { AmountStringSchema } from "ngoaivu";
 * AmountStringSchema.safeParse("1576566000000").success; //=> true
 * AmountStringSchema.safeParse("1e5").success; //=> false
 * ```
 */
export const AmountStringSchema = /* @__PURE__ */ (() =>
  z
    .string()
    .max(1000)
    .regex(
      AMOUNT_PATTERN,
      formatRule({
        en: "a plain decimal string such as 1576566000000 or -12.50",
        vi: "chuỗi số thập phân thuần, ví dụ 1576566000000 hoặc -12.50",
      }),
    )
    .describe("An amount as a plain decimal string, e.g. 1576566000000 or 52000000.00"))();

/**
 * The wire form of an amount, `{ amount: "…", currency: "…" }`, before decoding.
 *
 * @example
 * ```ts
 * import { MoneyJSONSchema } from "ngoaivu";
 * MoneyJSONSchema.parse({ amount: "1", currency: "VND" }); //=> { amount: "1", currency: "VND" }
 * ```
 */
export const MoneyJSONSchema = /* @__PURE__ */ (() =>
  z.object({
    amount: AmountStringSchema,
    currency: z
      .string()
      .regex(
        /^[A-Z]{3}$/,
        formatRule({ en: "an ISO 4217 code (three capital letters)", vi: "mã ISO 4217 (ba chữ cái in hoa)" }),
      )
      .describe("ISO 4217 currency code, e.g. VND or USD"),
  }))();

function pushLibraryIssue(error: unknown, payload: z.core.ParsePayload<unknown>, input: unknown): void {
  if (isNgoaivuError(error)) {
    payload.issues.push({
      code: "custom",
      message: error.message,
      input,
      path: [...error.path],
      params: { ...error.params, ngoaivu: error.code },
    });
    return;
  }
  throw error;
}

/** Tells whether a value is a `Money` (zod custom check, works across library copies). */
const MoneyValueSchema = /* @__PURE__ */ (() =>
  z.custom<Money>((value) => Money.isMoney(value), typeRule({ en: "a Money", vi: "giá trị Money" })))();

/**
 * The zod codec between the wire form `{ amount: "1576566000000", currency: "VND" }`
 * and {@link Money}. `MoneySchema.decode(json)` gives a `Money`;
 * `MoneySchema.encode(money)` gives the canonical wire form back (the amount
 * with at least the currency's minor digits). `z.toJSONSchema(MoneySchema, { io: "input" })`
 * describes the wire form, with the amount's pattern.
 *
 * @example
 * ```ts
 * import { Money, MoneySchema } from "ngoaivu";
 * MoneySchema.decode({ amount: "1576566000000", currency: "VND" }).toString(); //=> "1576566000000 VND"
 * MoneySchema.encode(Money.of("52000000", "USD")); //=> { amount: "52000000.00", currency: "USD" }
 * const issue = MoneySchema.safeParse({ amount: "1", currency: "XYZ" }).error?.issues[0];
 * issue?.code === "custom" ? issue.params : undefined; //=> { code: "XYZ", ngoaivu: "UNKNOWN_CURRENCY" }
 * ```
 */
export const MoneySchema = /* @__PURE__ */ (() =>
  z.codec(MoneyJSONSchema, MoneyValueSchema, {
    decode: (json, payload) => {
      try {
        return Money.of(json.amount, json.currency);
      } catch (error) {
        pushLibraryIssue(error, payload, json);
        return z.NEVER;
      }
    },
    encode: (value): z.output<typeof MoneyJSONSchema> => value.toJSON(),
  }))();

/**
 * The zod codec between the plain-JSON form of a bag (an array of
 * `{ amount, currency }`) and {@link MoneyBag}.
 *
 * @example
 * ```ts
 * import { Money, MoneyBag, MoneyBagSchema } from "ngoaivu";
 * MoneyBagSchema.decode([{ amount: "1", currency: "VND" }, { amount: "2", currency: "VND" }]).toString(); //=> "3 VND"
 * MoneyBagSchema.encode(MoneyBag.of(Money.of("1", "USD"))); //=> [{ amount: "1.00", currency: "USD" }]
 * ```
 */
export const MoneyBagSchema = /* @__PURE__ */ (() =>
  z.codec(
    z.array(MoneyJSONSchema),
    z.custom<MoneyBag>((value) => MoneyBag.isMoneyBag(value), typeRule({ en: "a MoneyBag", vi: "giá trị MoneyBag" })),
    {
      decode: (json, payload) => {
        try {
          return MoneyBag.fromJSON(json);
        } catch (error) {
          pushLibraryIssue(error, payload, json);
          return z.NEVER;
        }
      },
      encode: (bag): MoneyJSON[] => bag.toJSON(),
    },
  ))();

/**
 * The library error code carried by a zod issue that a money codec produced,
 * if any.
 *
 * @param issue - a zod issue (or anything)
 * @returns the code, or `undefined` when the issue is zod's own
 *
 * @example
 * ```ts
 * import { MoneySchema, moneyIssueCode } from "ngoaivu";
 * const issue = MoneySchema.safeParse({ amount: "1", currency: "XYZ" }).error?.issues[0];
 * moneyIssueCode(issue); //=> "UNKNOWN_CURRENCY"
 * ```
 */
export function moneyIssueCode(issue: unknown): ErrorCode | undefined {
  if (typeof issue !== "object" || issue === null) return undefined;
  const params = (issue as { params?: unknown }).params;
  if (typeof params !== "object" || params === null) return undefined;
  const code = (params as { ngoaivu?: unknown }).ngoaivu;
  return isErrorCode(code) ? code : undefined;
}

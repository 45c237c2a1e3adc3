/**
 * Building blocks shared by the entity schemas: member ids, country codes,
 * calendar dates, names in Vietnamese and English, and the date range helpers
 * the rollups use.
 *
 * Every schema in `entities/` is built inside a function marked pure
 * (`@__PURE__`) and called once: a top-level `z.object(…)` is a call a
 * bundler must keep, so without the mark every app that imports the library
 * carries every entity schema, whether it uses them or not.
 *
 * @module
 */
import * as z from "zod";
import { formatRule, isNgoaivuError, typeRule } from "../errors/index.js";
import { getCurrency, Money, MoneyJSONSchema } from "../money/index.js";
import type { CalendarDate } from "../period/index.js";
import { COUNTRY_CODES, DATE_OR_INSTANT_PATTERN, decodeDate } from "./_deps.js";
import { addDomainIssue, codeMessage } from "./_issues.js";

/**
 * Pattern of a member id: lowercase ASCII letters and digits in
 * hyphen-separated words.
 *
 * @example
 * ```ts
 * import { MEMBER_ID_PATTERN } from "ngoaivu";
 * MEMBER_ID_PATTERN.test("vp-ubnd-bac-ninh"); //=> true
 * ```
 */
export const MEMBER_ID_PATTERN: RegExp = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A member id: lowercase ASCII words joined by hyphens, at most 64 characters.
 * The built-in samples use `so-ngoai-vu-<province>` for a Department of
 * Foreign Affairs, `vp-ubnd-<province>` for a foreign-affairs unit of a
 * People's Committee office and `ngoai-vu-<province>` when the source does not
 * say which (see the guide).
 *
 * @example
 * ```ts
 * import { MemberIdSchema } from "ngoaivu";
 * MemberIdSchema.safeParse("so-ngoai-vu-hai-phong").success; //=> true
 * MemberIdSchema.safeParse("Sở Ngoại vụ").success; //=> false
 * ```
 */
export const MemberIdSchema = /* @__PURE__ */ (() =>
  z
    .string()
    .max(64)
    .regex(
      MEMBER_ID_PATTERN,
      formatRule({
        en: "lowercase ASCII words joined by hyphens, e.g. so-ngoai-vu-hai-phong",
        vi: "các từ chữ thường không dấu nối bằng dấu gạch ngang, ví dụ so-ngoai-vu-hai-phong",
      }),
    )
    .describe("Member id: lowercase ASCII words joined by hyphens, e.g. so-ngoai-vu-hai-phong"))();

/** A member id (see {@link MemberIdSchema}). */
export type MemberId = z.infer<typeof MemberIdSchema>;

/**
 * A record id (an optional, caller-chosen identifier of a delegation, case,
 * project…): 1 to 128 characters.
 *
 * @example
 * ```ts
 * import { RecordIdSchema } from "ngoaivu";
 * RecordIdSchema.parse("DV-2024-017"); //=> "DV-2024-017"
 * ```
 */
export const RecordIdSchema = /* @__PURE__ */ (() => z.string().min(1).max(128).describe("Caller-chosen record id"))();

/**
 * An ISO 3166-1 alpha-2 country code that the reference module knows
 * (`UNKNOWN_COUNTRY` otherwise).
 *
 * @example
 * ```ts
 * import { CountryCodeSchema } from "ngoaivu";
 * CountryCodeSchema.parse("KR"); //=> "KR"
 * CountryCodeSchema.safeParse("XX").success; //=> false
 * ```
 */
export const CountryCodeSchema = /* @__PURE__ */ (() =>
  z
    .enum(COUNTRY_CODES, {
      error: (issue) => (typeof issue.input === "string" ? codeMessage("UNKNOWN_COUNTRY", issue) : undefined),
    })
    .describe("ISO 3166-1 alpha-2 country code, e.g. KR"))();

/**
 * A day on the Vietnam calendar. On the wire it is `YYYY-MM-DD` (a real day:
 * `INVALID_DATE` for `2024-02-30`) or an instant with `Z` or an offset,
 * which decodes to the day it was in Vietnam (UTC+7):
 * `2024-06-30T20:00:00Z` is 1 July, so it counts in the second half-year.
 * Instants are read exactly as `isInstant` and `toVietnamDate` read them,
 * PostgreSQL's text form `2024-06-30 17:00:00+00` included.
 * Decoded dates are `YYYY-MM-DD` strings and compare as strings; they encode
 * back as they are.
 *
 * @example
 * ```ts
 * import { DateSchema } from "ngoaivu";
 * DateSchema.parse("2024-02-29"); //=> "2024-02-29"
 * DateSchema.parse("2024-06-30T20:00:00Z"); //=> "2024-07-01"
 * DateSchema.parse("2024-06-30 17:00:00+00"); //=> "2024-07-01"
 * DateSchema.safeParse("2024-02-30").success; //=> false
 * DateSchema.safeParse("2024-06-30 17:00:00").success; //=> false
 * ```
 */
export const DateSchema = /* @__PURE__ */ (() =>
  z
    .string()
    .check((payload) => {
      // A check that writes its value back (as zod's own `overwrite` does): a
      // day stays as it is, an instant becomes its Vietnam day. Encoding a
      // decoded date gives it back unchanged. The day and instant parsers are
      // strict, so the pattern below is for JSON Schema only.
      payload.value = decodeDate(payload.value, payload);
    })
    .meta({
      pattern: DATE_OR_INSTANT_PATTERN.source,
      description:
        "A day, YYYY-MM-DD, or an ISO 8601 instant with Z or an offset, T or a space before the time (read on the Vietnam calendar)",
    }) as unknown as z.ZodType<CalendarDate, string>)();

/**
 * An amount of money in a record: `{ amount: "…", currency: "…" }` on the
 * wire (see `MoneySchema`), decoded to a `Money`, with no more decimals than
 * the currency has (`PRECISION_EXCEEDED`: VND 0.5 is not a reportable amount).
 *
 * @example
 * ```ts
 * import { AmountSchema, safeParse } from "ngoaivu";
 * AmountSchema.parse({ amount: "1576566000000", currency: "VND" }).toString(); //=> "1576566000000 VND"
 * const result = safeParse(AmountSchema, { amount: "0.5", currency: "VND" });
 * result.success ? "" : result.issues[0]?.code; //=> "PRECISION_EXCEEDED"
 * ```
 */
export const AmountSchema = /* @__PURE__ */ (() =>
  z.codec(
    MoneyJSONSchema,
    z.custom<Money>((value) => Money.isMoney(value), typeRule({ en: "a Money", vi: "giá trị Money" })),
    {
      // One step: decode with Money.of, then refuse digits below the currency's
      // minor unit. (MoneySchema plus a check would walk the value twice.)
      decode: (json, payload) => {
        let value: Money;
        try {
          value = Money.of(json.amount, json.currency);
        } catch (error) {
          if (!isNgoaivuError(error)) throw error;
          addDomainIssue(payload, error.code, error.params, error.path, json);
          return z.NEVER;
        }
        if (value.hasSubMinorDigits())
          addDomainIssue(
            payload,
            "PRECISION_EXCEEDED",
            {
              value: value.toDecimalString(),
              currency: value.currency,
              digits: getCurrency(value.currency).minorDigits,
            },
            ["amount"],
            json,
          );
        return value;
      },
      encode: (value) => value.toJSON(),
    },
  ))();

/**
 * A short non-empty text (a name, a title): 1 to 500 characters, trimmed.
 *
 * @example
 * ```ts
 * import { NameSchema } from "ngoaivu";
 * NameSchema.parse("  UNESCO "); //=> "UNESCO"
 * NameSchema.safeParse("   ").success; //=> false
 * ```
 */
export const NameSchema = /* @__PURE__ */ (() => z.string().trim().min(1).max(500))();

/**
 * A longer non-empty text (a purpose, a note): 1 to 5,000 characters, trimmed.
 *
 * @example
 * ```ts
 * import { TextSchema } from "ngoaivu";
 * TextSchema.parse("Trade and investment promotion"); //=> "Trade and investment promotion"
 * ```
 */
export const TextSchema = /* @__PURE__ */ (() => z.string().trim().min(1).max(5000))();

/**
 * A name in Vietnamese and English.
 *
 * @example
 * ```ts
 * import { BilingualNameSchema } from "ngoaivu";
 * BilingualNameSchema.parse({ vi: "Cụm thi đua II", en: "Emulation Cluster II" }).en; //=> "Emulation Cluster II"
 * ```
 */
export const BilingualNameSchema = /* @__PURE__ */ (() =>
  z.object({
    vi: NameSchema.describe("Name in Vietnamese"),
    en: NameSchema.describe("Name in English"),
  }))();

/** A name in Vietnamese and English. */
export interface BilingualName extends z.infer<typeof BilingualNameSchema> {}

/**
 * `T` as an app may hold it: every property and every array readonly, at any
 * depth, so an `as const` literal, a frozen row or a `readonly string[]` is
 * accepted where `T` is read. Values that write their own JSON (`Money`,
 * `MoneyBag`, `Figure`, `Period`, `Date`: anything with a `toJSON` method)
 * and functions are kept as they are. A mutable `T` is a `DeepReadonly<T>`
 * too, so a function that takes one takes both. The record inputs
 * (`DelegationInput`…) and the buckets of `summarize` are written with it.
 *
 * @example
 * ```ts
 * import type { DeepReadonly, Delegation } from "ngoaivu";
 * const countries: DeepReadonly<Delegation>["countries"] = ["CN", "LA"] as const;
 * countries.length; //=> 2
 * ```
 */
export type DeepReadonly<T> = T extends ((...args: never[]) => unknown) | { toJSON(...args: never[]): unknown }
  ? T
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

/** A range of days, `start` to `end` inclusive (a `Period` is one). */
export interface DateRange {
  /** First day, `YYYY-MM-DD`. */
  readonly start: string;
  /** Last day, `YYYY-MM-DD`. */
  readonly end: string;
}

/**
 * Tells whether a day falls in a range (both ends included).
 *
 * @param date - a `YYYY-MM-DD` date
 * @param range - the range (a `Period` works)
 * @returns `true` when `range.start ≤ date ≤ range.end`
 *
 * @example
 * ```ts
 * import { isDateInRange } from "ngoaivu";
 * isDateInRange("2024-06-30", { start: "2024-01-01", end: "2024-06-30" }); //=> true
 * isDateInRange("2024-07-01", { start: "2024-01-01", end: "2024-06-30" }); //=> false
 * ```
 */
export function isDateInRange(date: string, range: DateRange): boolean {
  return date >= range.start && date <= range.end;
}

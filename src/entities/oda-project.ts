/**
 * OdaProject: a programme or project funded by official development
 * assistance (ODA) or concessional foreign loans (vốn ODA, vốn vay ưu đãi).
 *
 * @module
 */
import * as z from "zod";
import { formatRule } from "../errors/index.js";
import { type Money, MoneyBag } from "../money/index.js";
import { addDomainIssue, type IssueSink } from "./_issues.js";
import {
  AmountSchema,
  CountryCodeSchema,
  DateSchema,
  type DeepReadonly,
  MemberIdSchema,
  NameSchema,
  RecordIdSchema,
} from "./common.js";

/**
 * Capital type: `non-refundable-oda` (ODA không hoàn lại), `oda-loan` (vốn vay
 * ODA), `concessional-loan` (vốn vay ưu đãi).
 *
 * @example
 * ```ts
 * import { OdaCapitalTypeSchema } from "ngoaivu";
 * OdaCapitalTypeSchema.options; //=> ["non-refundable-oda", "oda-loan", "concessional-loan"]
 * ```
 */
export const OdaCapitalTypeSchema = /* @__PURE__ */ (() =>
  z.enum(["non-refundable-oda", "oda-loan", "concessional-loan"]))();

/**
 * Modality: `programme` (chương trình), `project` (dự án), `non-project`
 * (phi dự án), `budget-support` (hỗ trợ ngân sách).
 *
 * @example
 * ```ts
 * import { OdaModalitySchema } from "ngoaivu";
 * OdaModalitySchema.options.length; //=> 4
 * ```
 */
export const OdaModalitySchema = /* @__PURE__ */ (() =>
  z.enum(["programme", "project", "non-project", "budget-support"]))();

/**
 * Activity status, following IATI: `pipeline` (1), `implementation` (2),
 * `finalisation` (3), `closed` (4), `cancelled` (5), `suspended` (6).
 *
 * @example
 * ```ts
 * import { ActivityStatusSchema, IATI_ACTIVITY_STATUS } from "ngoaivu";
 * ActivityStatusSchema.options.length; //=> 6
 * IATI_ACTIVITY_STATUS.closed; //=> 4
 * ```
 */
export const ActivityStatusSchema = /* @__PURE__ */ (() =>
  z.enum(["pipeline", "implementation", "finalisation", "closed", "cancelled", "suspended"]))();

/** An activity status (IATI). */
export type ActivityStatus = z.infer<typeof ActivityStatusSchema>;

/**
 * The IATI ActivityStatus code of each status.
 *
 * @example
 * ```ts
 * import { IATI_ACTIVITY_STATUS } from "ngoaivu";
 * IATI_ACTIVITY_STATUS.implementation; //=> 2
 * ```
 */
export const IATI_ACTIVITY_STATUS: Readonly<Record<ActivityStatus, number>> = /* @__PURE__ */ Object.freeze({
  pipeline: 1,
  implementation: 2,
  finalisation: 3,
  closed: 4,
  cancelled: 5,
  suspended: 6,
});

/**
 * Kind of donor organisation: `government` (a foreign government or its
 * agency, e.g. JICA, KOICA), `multilateral` (World Bank, ADB, UN agencies…),
 * `ngo`, `private`, `other`.
 *
 * @example
 * ```ts
 * import { DonorKindSchema } from "ngoaivu";
 * DonorKindSchema.options; //=> ["government", "multilateral", "ngo", "private", "other"]
 * ```
 */
export const DonorKindSchema = /* @__PURE__ */ (() =>
  z.enum(["government", "multilateral", "ngo", "private", "other"]))();

/**
 * A donor of an ODA project: its name, kind and (except for a multilateral
 * donor) country.
 *
 * @example
 * ```ts
 * import { DonorSchema } from "ngoaivu";
 * DonorSchema.parse({ name: "Government of Japan", kind: "government", country: "JP" }).kind; //=> "government"
 * ```
 */
export const DonorSchema = /* @__PURE__ */ (() =>
  z.object({
    name: NameSchema,
    kind: DonorKindSchema,
    country: CountryCodeSchema.optional().describe("Absent for a multilateral donor"),
  }))();

/**
 * One status of a project and the day it began.
 *
 * @example
 * ```ts
 * import { StatusChangeSchema } from "ngoaivu";
 * StatusChangeSchema.parse({ status: "closed", from: "2024-05-20" }); //=> { status: "closed", from: "2024-05-20" }
 * ```
 */
export const StatusChangeSchema = /* @__PURE__ */ (() =>
  z.object({
    status: ActivityStatusSchema,
    from: DateSchema.describe("Day the status began"),
  }))();

/** One status of a project and the day it began. */
export interface StatusChange extends z.output<typeof StatusChangeSchema> {}

/** A status and the day it began, `YYYY-MM-DD`: what {@link statusOn} and {@link statusInPeriod} read (a `StatusChange` is one). */
export interface StatusDay {
  /** The status. */
  readonly status: ActivityStatus;
  /** Day the status began. */
  readonly from: string;
}

/**
 * A transaction: a `commitment` (cam kết: a firm written obligation) or a
 * `disbursement` (giải ngân: a release of funds), its value and value day.
 * Commitments and disbursements are never added together.
 *
 * @example
 * ```ts
 * import { TransactionSchema } from "ngoaivu";
 * const t = TransactionSchema.parse({ type: "disbursement", value: { amount: "15000000.00", currency: "USD" }, date: "2021-04-01" });
 * t.value.toString(); //=> "15000000.00 USD"
 * ```
 */
export const TransactionSchema = /* @__PURE__ */ (() =>
  z.object({
    type: z.enum(["commitment", "disbursement"]),
    value: AmountSchema,
    date: DateSchema.describe("Value date (used for currency conversion)"),
  }))();

/** A transaction of a project, decoded. */
export interface Transaction extends z.output<typeof TransactionSchema> {}

/**
 * The capital of a project: its total, and of it the foreign (ODA or loan)
 * part and the domestic counterpart part (vốn đối ứng).
 *
 * @example
 * ```ts
 * import { OdaCapitalSchema } from "ngoaivu";
 * OdaCapitalSchema.parse({ total: { amount: "1576566000000", currency: "VND" } }).total.toString(); //=> "1576566000000 VND"
 * ```
 */
export const OdaCapitalSchema = /* @__PURE__ */ (() =>
  z.object({
    total: AmountSchema,
    foreign: AmountSchema.optional().describe("Foreign part: ODA or loan"),
    domestic: AmountSchema.optional().describe("Domestic counterpart part (vốn đối ứng)"),
  }))();

/** @internal Adds `OUT_OF_RANGE` when an amount is negative. */
export function nonNegative(sink: IssueSink, value: Money | undefined, path: (string | number)[]): void {
  if (value?.isNegative() === true)
    addDomainIssue(sink, "OUT_OF_RANGE", { value: value.toDecimalString(), range: "≥ 0" }, path);
}

/**
 * An ODA project. Domain rules: amounts are not negative (`OUT_OF_RANGE`);
 * the parts are in the total's currency (`CURRENCY_MISMATCH`) and do not
 * exceed it, exactly (`PARTS_EXCEED_TOTAL`); status changes are in date order
 * (`DATES_OUT_OF_ORDER`); `end ≥ start` (`END_BEFORE_START`).
 *
 * @example
 * ```ts
 * import { safeParse, OdaProjectSchema } from "ngoaivu";
 * const result = safeParse(OdaProjectSchema, {
 *   member: "so-ngoai-vu-cao-bang", title: "Rural roads", capitalType: "oda-loan", modality: "project",
 *   donors: [{ name: "Asian Development Bank", kind: "multilateral" }],
 *   capital: {
 *     total: { amount: "1576566000000", currency: "VND" },
 *     foreign: { amount: "1400000000000", currency: "VND" },
 *     domestic: { amount: "176566000001", currency: "VND" },
 *   },
 *   statuses: [{ status: "implementation", from: "2021-03-01" }],
 * });
 * result.success ? [] : result.issues.map((i) => i.code); //=> ["PARTS_EXCEED_TOTAL"]
 * ```
 */
export const OdaProjectSchema = /* @__PURE__ */ (() =>
  z
    .object({
      id: RecordIdSchema.optional(),
      member: MemberIdSchema,
      title: NameSchema,
      donors: z.array(DonorSchema).min(1).max(50),
      capitalType: OdaCapitalTypeSchema,
      modality: OdaModalitySchema,
      capital: OdaCapitalSchema,
      statuses: z.array(StatusChangeSchema).min(1).max(100).describe("Status history, oldest first"),
      start: DateSchema.optional().describe("Start day (planned or actual)"),
      end: DateSchema.optional().describe("End day (planned or actual)"),
      sector: z
        .string()
        .regex(
          /^\d{5}$/,
          formatRule({
            en: "an OECD DAC 5-digit purpose code, e.g. 21020",
            vi: "mã mục đích OECD DAC gồm 5 chữ số, ví dụ 21020",
          }),
        )
        .optional()
        .describe("OECD DAC 5-digit purpose code"),
      transactions: z.array(TransactionSchema).max(10_000).optional(),
    })
    .check((payload) => {
      // Cross-field rules run once every field is valid (a field may still be in its wire form).
      if (payload.issues.length > 0) return;
      const p = payload.value;
      const { total, foreign, domestic } = p.capital;
      nonNegative(payload, total, ["capital", "total", "amount"]);
      nonNegative(payload, foreign, ["capital", "foreign", "amount"]);
      nonNegative(payload, domestic, ["capital", "domestic", "amount"]);
      let parts: Money | undefined;
      for (const [name, part] of [
        ["foreign", foreign],
        ["domestic", domestic],
      ] as const) {
        if (part === undefined) continue;
        if (part.currency !== total.currency)
          addDomainIssue(payload, "CURRENCY_MISMATCH", { left: total.currency, right: part.currency }, [
            "capital",
            name,
            "currency",
          ]);
        else parts = parts === undefined ? part : parts.add(part);
      }
      if (parts !== undefined && parts.compare(total) > 0)
        addDomainIssue(payload, "PARTS_EXCEED_TOTAL", { parts: parts.toString(), total: total.toString() }, [
          "capital",
        ]);
      checkStatusOrder(payload, p.statuses);
      if (p.start !== undefined && p.end !== undefined && p.end < p.start)
        addDomainIssue(payload, "END_BEFORE_START", { start: p.start, end: p.end }, ["end"]);
      p.transactions?.forEach((t, i) => {
        nonNegative(payload, t.value, ["transactions", i, "value", "amount"]);
      });
    }))();

/** @internal Adds `DATES_OUT_OF_ORDER` for each status change dated before the previous one. */
export function checkStatusOrder(sink: IssueSink, statuses: readonly StatusChange[]): void {
  for (let i = 1; i < statuses.length; i++) {
    const previous = (statuses[i - 1] as StatusChange).from;
    const current = (statuses[i] as StatusChange).from;
    if (current < previous)
      addDomainIssue(sink, "DATES_OUT_OF_ORDER", { date: current, previous }, ["statuses", i, "from"]);
  }
}

/** An ODA project, decoded (amounts are `Money`). */
export interface OdaProject extends z.output<typeof OdaProjectSchema> {}
/**
 * An ODA project on the wire (JSON): dates and amounts as strings, arrays and
 * properties readonly at any depth, so a hand-built `as const` record or a
 * database row (its days as `string`) is one without a cast.
 */
export interface OdaProjectInput extends DeepReadonly<z.input<typeof OdaProjectSchema>> {}

/**
 * The status of a project (ODA or NGO) on a day: the last status that began
 * on or before it, or `undefined` before the first. Projects are counted by
 * their status at the end of the period.
 *
 * @param project - anything with a status history (oldest first)
 * @param date - the day, `YYYY-MM-DD`
 * @returns the status that day
 *
 * @example
 * ```ts
 * import { statusOn } from "ngoaivu";
 * const project = { statuses: [{ status: "implementation", from: "2021-03-01" }, { status: "closed", from: "2024-05-20" }] } as const;
 * statusOn(project, "2023-12-31"); //=> "implementation"
 * statusOn(project, "2024-06-30"); //=> "closed"
 * statusOn(project, "2020-01-01"); //=> undefined
 * ```
 */
export function statusOn(
  project: { readonly statuses: readonly StatusDay[] },
  date: string,
): ActivityStatus | undefined {
  let found: ActivityStatus | undefined;
  for (const change of project.statuses) {
    if (change.from > date) break;
    found = change.status;
  }
  return found;
}

/**
 * The status by which a project (ODA or NGO) counts in a period: its status
 * on the period's last day, or `undefined` when it does not belong to the
 * period: it has no status yet on that day, or it was already closed or
 * cancelled before the first day (and did not change during the period).
 *
 * @param project - anything with a status history (oldest first)
 * @param range - the period (a `Period` works)
 * @returns the status at the period's end, or `undefined` when outside
 *
 * @example
 * ```ts
 * import { statusInPeriod } from "ngoaivu";
 * const project = { statuses: [{ status: "implementation", from: "2021-03-01" }, { status: "closed", from: "2023-05-20" }] } as const;
 * statusInPeriod(project, { start: "2023-01-01", end: "2023-06-30" }); //=> "closed"
 * statusInPeriod(project, { start: "2024-01-01", end: "2024-06-30" }); //=> undefined
 * ```
 */
export function statusInPeriod(
  project: { readonly statuses: readonly StatusDay[] },
  range: { readonly start: string; readonly end: string },
): ActivityStatus | undefined {
  let last: StatusDay | undefined;
  for (const change of project.statuses) {
    if (change.from > range.end) break;
    last = change;
  }
  if (last === undefined) return undefined;
  if ((last.status === "closed" || last.status === "cancelled") && last.from < range.start) return undefined;
  return last.status;
}

/** Commitments and disbursements of a project, kept apart (never added together). */
export interface TransactionTotals {
  /** Sum of the commitments, per currency. */
  readonly commitments: MoneyBag;
  /** Sum of the disbursements, per currency. */
  readonly disbursements: MoneyBag;
}

/**
 * Sums a project's transactions by type, per currency, optionally only those
 * whose value day falls in a range. Commitments and disbursements stay in two
 * bags: they are never added together.
 *
 * @param project - a project with `transactions`
 * @param range - only transactions dated within it (both ends included)
 * @returns the two bags
 *
 * @example
 * ```ts
 * import { Money, transactionTotals } from "ngoaivu";
 * const totals = transactionTotals({ transactions: [
 *   { type: "commitment", value: Money.of("2000000", "USD"), date: "2023-05-02" },
 *   { type: "disbursement", value: Money.of("500000", "USD"), date: "2024-02-01" },
 *   { type: "disbursement", value: Money.of("250000", "USD"), date: "2024-08-01" },
 * ] });
 * totals.commitments.toString(); //=> "2000000.00 USD"
 * totals.disbursements.toString(); //=> "750000.00 USD"
 * ```
 */
export function transactionTotals(
  project: { readonly transactions?: readonly Transaction[] | undefined },
  range?: { readonly start: string; readonly end: string },
): TransactionTotals {
  const commitments: Money[] = [];
  const disbursements: Money[] = [];
  for (const t of project.transactions ?? []) {
    if (range !== undefined && (t.date < range.start || t.date > range.end)) continue;
    (t.type === "commitment" ? commitments : disbursements).push(t.value);
  }
  return { commitments: MoneyBag.from(commitments), disbursements: MoneyBag.from(disbursements) };
}

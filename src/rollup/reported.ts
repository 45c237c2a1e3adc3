import { NgoaivuError } from "../errors/index.js";
import type { Period, ReportingConvention } from "../period/index.js";
import { periodArg } from "./_period.js";
import type { MemberReport } from "./schema.js";
import { zeroFigures } from "./summarize.js";

/**
 * Whether a report shows that its member reported for the period: something
 * came from the member. That is a report it submitted (`basis` `submitted`
 * or `mixed`, a nil return included), or a record-based report that counted
 * at least one record in the period. A record-based report whose records
 * were all outside the period (`records.counted` 0) says nothing about the
 * period, and its member has not reported; a nil return (`nilReturn: true`)
 * says there was nothing to report, and counts.
 *
 * @param report - a member report
 * @returns `true` when the member counts as reported
 *
 * @example
 * ```ts
 * import { isReported, nilReturn, summarize } from "ngoaivu";
 * const trip = { member: "vp-ubnd-ha-nam", direction: "outgoing", start: "2023-11-02", end: "2023-11-05",
 *   countries: ["KR"], ledBy: "department-head", headcount: 4, purpose: "Study tour", status: "completed" } as const;
 * const summary = summarize({ delegations: [trip] }, { period: "2024-H1" });
 * summary.reports[0]?.records; //=> { counted: 0, outsidePeriod: 1 }
 * isReported(summary.reports[0]!); //=> false
 * isReported(nilReturn("vp-ubnd-ha-nam", "2024-H1")); //=> true
 * ```
 */
export function isReported(report: MemberReport): boolean {
  if (report.nilReturn === true || report.basis !== "records") return true;
  return report.records === undefined || report.records.counted > 0;
}

/** Options for {@link nilReturn}. */
export interface NilReturnOptions {
  /** The cut-off convention the member reports under, when it says. */
  readonly convention?: ReportingConvention;
  /** A note, e.g. the number of the member's letter. */
  readonly note?: string;
}

/**
 * A member's explicit nil return for a period (báo cáo không phát sinh): it
 * reported, and had nothing to report. Every figure is an exact zero,
 * `basis` is `submitted` and `nilReturn` is `true`, so `compile` counts the
 * member as reported (with zeros) instead of listing it as not reported.
 *
 * @param member - the member id
 * @param period - the period (a `Period` or its text)
 * @param options - `convention`, `note`
 * @returns the member report
 * @throws `INVALID_ARGUMENT` for a member that is not a string, `UNPARSEABLE_PERIOD`
 *
 * @example
 * ```ts
 * import { compile, nilReturn } from "ngoaivu";
 * import { clusterII } from "ngoaivu/samples";
 * const { cluster, members } = clusterII();
 * const report = compile([nilReturn("vp-ubnd-ha-nam", "2024-H1")], cluster, "2024-H1", { members });
 * report.rows.map((r) => [r.member, r.figures.delegations?.outgoing?.toString()]); //=> [["vp-ubnd-ha-nam", "0"]]
 * report.notReported.length; //=> 16
 * ```
 */
export function nilReturn(member: string, period: Period | string, options: NilReturnOptions = {}): MemberReport {
  if (typeof member !== "string") {
    throw new NgoaivuError("INVALID_ARGUMENT", {
      name: "member",
      detail: { en: "expected a member id", vi: "cần mã thành viên" },
    });
  }
  const p = periodArg(period);
  return {
    member,
    period: p,
    ...(options.convention === undefined ? {} : { convention: options.convention }),
    basis: "submitted",
    figures: zeroFigures(),
    nilReturn: true,
    ...(options.note === undefined ? {} : { note: options.note }),
  };
}

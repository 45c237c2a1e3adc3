/**
 * Private: the one reading of a `period` argument of the rollup functions.
 * @internal
 * @module
 */
import { NgoaivuError } from "../errors/index.js";
import { Period, parsePeriod } from "../period/index.js";

/** A `Period` as given, or its text parsed; anything else is `INVALID_ARGUMENT`. */
export function periodArg(period: unknown): Period {
  if (Period.isPeriod(period)) return period;
  if (typeof period === "string") return parsePeriod(period);
  throw new NgoaivuError("INVALID_ARGUMENT", {
    name: "period",
    detail: { en: "expected a Period or its text, e.g. 2024-H1", vi: "cần kỳ báo cáo hoặc chuỗi ghi kỳ, như 2024-H1" },
  });
}

/**
 * A consumer of the published package: compiled and run by
 * scripts/consumer-smoke.mjs in fresh projects (ESM nodenext, CommonJS
 * nodenext, bundler, and bundler with the lowest supported peers).
 * It imports only from "ngoaivu" and "ngoaivu/samples", like any user, uses
 * the public types in annotations (so a broken declaration file fails the
 * type-check), and fails loudly.
 */
import type { Decimal } from "decimal.js";
import {
  type BatchResult,
  type Delegation,
  DelegationSchema,
  type ErrorCode,
  Figure,
  isNgoaivuError,
  Money,
  MoneyBag,
  NgoaivuError,
  type NgoaivuIssue,
  type Period,
  parseBatch,
  parsePeriod,
  periodOf,
  province,
  share,
} from "ngoaivu";
import { clusterII } from "ngoaivu/samples";

function check(condition: boolean, what: string): void {
  if (!condition) throw new Error(`consumer check failed: ${what}`);
}

// Errors
const code: ErrorCode = "CURRENCY_MISMATCH";
const error = new NgoaivuError(code, { left: "VND", right: "USD" }, { path: ["amount"] });
check(isNgoaivuError(error) && error.messageIn("vi").startsWith("Không thể tính chung"), "bilingual coded error");

// Money: exact sums, a bag per currency, Decimal in public types
const total: Money = Money.of("1576566000000", "VND").add(Money.of("1451355000000", "VND"));
check(total.toString() === "3027921000000 VND", "VND sum is exact");
const bag: MoneyBag = MoneyBag.from([Money.of("0.10", "USD"), Money.of("0.20", "USD"), total]);
check(bag.get("USD").toString() === "0.30 USD", "USD cents sum is exact");
const ratio: Decimal | null = share(Money.of("46", "VND"), Money.of("100", "VND"));
check(ratio !== null && ratio.toString() === "0.46", "share is a Decimal");
check(Figure.count(400, "about").toString().length > 0, "figures");

// Periods on the Vietnam calendar
const h: Period = periodOf("2024-06-30T17:00:00Z", "half-year");
check(h.toString() === "2024-H2", "17:00Z on 30 June is 1 July in Hanoi");
check(parsePeriod("6 tháng đầu năm 2024").toString() === "2024-H1", "written period");
check(
  province("24", "2024-01-01").nameVi === "Bắc Giang" && province("24", "2025-07-01").nameVi === "Bắc Ninh",
  "codes by date",
);

// Batch validation loses nothing
const batch: BatchResult<Delegation> = parseBatch(DelegationSchema, [
  {
    member: "so-ngoai-vu-hai-phong",
    direction: "outgoing",
    start: "2024-06-28",
    end: "2024-07-03",
    countries: ["KR"],
    ledBy: "people-committee-vice-chair",
    headcount: 6,
    purpose: "Trade promotion",
    cost: { amount: "350000000", currency: "VND" },
    status: "completed",
  },
  { member: "x", direction: "sideways" },
]);
check(batch.valid.length === 1 && batch.invalid.length === 1, "one valid, one invalid");
const issues: readonly NgoaivuIssue[] = batch.invalid[0]?.issues ?? [];
check(
  issues.some((i) => i.code === "INVALID_ENUM" || i.code === "REQUIRED"),
  "coded issues",
);
check(Money.isMoney(batch.valid[0]?.value.cost), "decoded cost is Money");

// The samples entry shares the core's classes
check(clusterII().cluster.years[0]?.members.length === 17, "Cluster II 2024 has 17 members");

console.log("consumer ok");

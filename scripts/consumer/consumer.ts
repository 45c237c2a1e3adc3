/**
 * A consumer of the published package: compiled and run by
 * scripts/consumer-smoke.mjs in fresh projects (ESM nodenext, CommonJS
 * nodenext, bundler, and bundler with the lowest supported peers).
 * It imports only from "ngoaivu", like any user, and fails loudly.
 */
import { createIssue, type ErrorCode, formatMessage, isNgoaivuError, NgoaivuError, type NgoaivuIssue } from "ngoaivu";

function check(condition: boolean, what: string): void {
  if (!condition) throw new Error(`consumer check failed: ${what}`);
}

const code: ErrorCode = "CURRENCY_MISMATCH";
const error = new NgoaivuError(code, { left: "VND", right: "USD" }, { path: ["amount"] });
check(isNgoaivuError(error), "isNgoaivuError recognises the library's error");
check(error.messageIn("vi").startsWith("Không thể tính chung VND và USD"), "Vietnamese message");
const issue: NgoaivuIssue = createIssue("REQUIRED", {}, ["member"]);
check(issue.path[0] === "member", "issue path");
check(formatMessage("REQUIRED", {}, "vi") === "Trường này là bắt buộc", "formatMessage vi");

console.log("consumer ok");

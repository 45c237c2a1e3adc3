/**
 * The runtime smoke: one program, written once, run by the runtime matrix
 * (`scripts/runtimes/matrix.mjs`) against the packed package on Node 20, 22
 * and 24 (ESM, and CommonJS on Node 20), Bun, Deno and headless Chromium.
 *
 * It imports the library the way a user does (`from "ngoaivu"`), so it only
 * sees the public API. Every section is a small function that throws on the
 * first wrong result; the same assertions hold in every runtime. It uses no
 * runtime-specific API (no `process`, no `Deno`, no DOM): the result is printed
 * as one `NGOAIVU_SMOKE {json}` line and also left on `globalThis` for the
 * browser leg.
 *
 * Add a section when a module lands: write `function section(lib) {…}` and list
 * it in `SECTIONS`.
 */
import * as ngoaivu from "ngoaivu";

type Lib = typeof ngoaivu;

/** One section's outcome. */
export interface SectionResult {
  readonly name: string;
  readonly ok: boolean;
  readonly checks: number;
  readonly error?: string;
}

/** The whole run's outcome, as printed and as left on `globalThis`. */
export interface SmokeReport {
  readonly ok: boolean;
  readonly sections: readonly SectionResult[];
}

let checks = 0;

function show(value: unknown): string {
  return typeof value === "bigint" ? `${value}n` : JSON.stringify(value);
}

/** Asserts deep equality of JSON-like values (strings, numbers, arrays, plain objects). */
function equal(actual: unknown, expected: unknown, what: string): void {
  checks++;
  const a = show(actual);
  const e = show(expected);
  if (a !== e) throw new Error(`${what}: expected ${e}, got ${a}`);
}

function ok(condition: boolean, what: string): void {
  checks++;
  if (!condition) throw new Error(`${what}: not true`);
}

/** Asserts that `fn` throws a NgoaivuError with `code`. */
function throwsCode(lib: Lib, fn: () => unknown, code: string, what: string): void {
  checks++;
  try {
    fn();
  } catch (error) {
    if (lib.isNgoaivuError(error) && error.code === code) return;
    throw new Error(`${what}: expected NgoaivuError ${code}, got ${String(error)}`);
  }
  throw new Error(`${what}: expected NgoaivuError ${code}, nothing was thrown`);
}

// ── sections ───────────────────────────────────────────────────────────────

/** `errors/`: codes, messages in both languages (UTF-8 intact), the error class. */
function errors(lib: Lib): void {
  equal(lib.formatMessage("REQUIRED"), "A value is required", "formatMessage en");
  equal(lib.formatMessage("REQUIRED", {}, "vi"), "Trường này là bắt buộc", "formatMessage vi");
  equal(
    lib.formatMessage("END_BEFORE_START", { start: "2024-03-02", end: "2024-03-01" }, "vi"),
    "Ngày kết thúc 2024-03-01 trước ngày bắt đầu 2024-03-02",
    "formatMessage with params",
  );
  const issue = lib.createIssue("REQUIRED", {}, ["members", 2, "name"]);
  equal(issue, { code: "REQUIRED", path: ["members", 2, "name"], message: "A value is required", params: {} }, "issue");
  equal(lib.translateIssue(issue, "vi").message, "Trường này là bắt buộc", "translateIssue");

  const cause = new Error("root cause");
  const error = new lib.NgoaivuError("CURRENCY_MISMATCH", { left: "VND", right: "USD" }, { path: ["amount"], cause });
  ok(error instanceof Error, "NgoaivuError is an Error");
  ok(error instanceof lib.NgoaivuError, "instanceof NgoaivuError");
  ok(lib.isNgoaivuError(error), "isNgoaivuError(error)");
  ok(!lib.isNgoaivuError(new Error("x")), "isNgoaivuError(plain Error) is false");
  equal([error.name, error.code, error.path], ["NgoaivuError", "CURRENCY_MISMATCH", ["amount"]], "error fields");
  ok(error.cause === cause, "error.cause is kept");
  equal(
    error.messageIn("vi"),
    "Không thể tính chung VND và USD trong một phép tính: hãy quy đổi trước, hoặc để riêng trong MoneyBag",
    "messageIn vi",
  );
  equal(lib.ERROR_MESSAGES.REQUIRED.vi, "Trường này là bắt buộc", "ERROR_MESSAGES");
  throwsCode(
    lib,
    () => {
      throw new lib.NgoaivuError("REQUIRED");
    },
    "REQUIRED",
    "throwsCode sees a thrown NgoaivuError",
  );
}

/** Every section, in order. */
const SECTIONS: ReadonlyArray<readonly [string, (lib: Lib) => void]> = [["errors", errors]];

/** Runs every section against `lib` and reports each one. */
export function runSmoke(lib: Lib = ngoaivu): SmokeReport {
  const sections = SECTIONS.map(([name, section]): SectionResult => {
    checks = 0;
    try {
      section(lib);
      return { name, ok: true, checks };
    } catch (error) {
      return { name, ok: false, checks, error: error instanceof Error ? error.message : String(error) };
    }
  });
  return { ok: sections.every((s) => s.ok), sections };
}

const report = runSmoke();
(globalThis as { __NGOAIVU_SMOKE__?: SmokeReport }).__NGOAIVU_SMOKE__ = report;
console.log(`NGOAIVU_SMOKE ${JSON.stringify(report)}`);

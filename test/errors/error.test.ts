import { describe, expect, it } from "vitest";
import {
  createIssue,
  ERROR_MESSAGES,
  type ErrorCode,
  formatMessage,
  isNgoaivuError,
  NgoaivuError,
  translateIssue,
} from "../../src/index.js";

describe("error messages", () => {
  it("has an English and a Vietnamese message for every code, with the same placeholders", () => {
    for (const [code, template] of Object.entries(ERROR_MESSAGES)) {
      expect(template.en, code).not.toBe("");
      expect(template.vi, code).not.toBe("");
      const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(names(template.vi), code).toEqual(names(template.en));
    }
  });

  it("fills placeholders and leaves unknown ones visible", () => {
    expect(formatMessage("CURRENCY_MISMATCH", { left: "VND", right: "USD" })).toContain("VND and USD");
    expect(formatMessage<ErrorCode>("CURRENCY_MISMATCH", { left: "VND" })).toContain("VND and {right}");
    expect(formatMessage("OUT_OF_RANGE", { value: 10n, range: "1..9" })).toBe("Value 10 is out of range (1..9)");
  });

  it("does not read placeholders from the prototype chain", () => {
    expect(formatMessage<ErrorCode>("UNKNOWN_KEY", {})).toBe("Unknown field {key}");
    expect(formatMessage<ErrorCode>("INVALID_INPUT", { constructor: "x" })).toBe("Invalid input: {detail}");
  });
});

describe("NgoaivuError", () => {
  it("carries code, path, params and a message in both languages", () => {
    const error = new NgoaivuError("END_BEFORE_START", { start: "2024-03-02", end: "2024-03-01" }, { path: ["end"] });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("NgoaivuError");
    expect(error.code).toBe("END_BEFORE_START");
    expect(error.path).toEqual(["end"]);
    expect(error.message).toBe("The end date 2024-03-01 is before the start date 2024-03-02");
    expect(error.messageIn("vi")).toBe("Ngày kết thúc 2024-03-01 trước ngày bắt đầu 2024-03-02");
    expect(error.toIssue({ lang: "vi" })).toEqual({
      code: "END_BEFORE_START",
      path: ["end"],
      message: "Ngày kết thúc 2024-03-01 trước ngày bắt đầu 2024-03-02",
      params: { start: "2024-03-02", end: "2024-03-01" },
    });
  });

  it("can be written in Vietnamese from the start and keeps its cause", () => {
    const cause = new Error("inner");
    const error = new NgoaivuError("REQUIRED", {}, { lang: "vi", cause });
    expect(error.message).toBe("Trường này là bắt buộc");
    expect(error.cause).toBe(cause);
  });

  it("is recognised across library copies by name and code", () => {
    const foreign = Object.assign(new Error("x"), { name: "NgoaivuError", code: "REQUIRED" });
    expect(isNgoaivuError(foreign)).toBe(true);
    expect(isNgoaivuError(Object.assign(new Error("x"), { name: "NgoaivuError", code: "NOPE" }))).toBe(false);
    expect(isNgoaivuError({ name: "NgoaivuError", code: "REQUIRED" })).toBe(false);
    expect(isNgoaivuError(new Error("x"))).toBe(false);
  });
});

describe("issues", () => {
  it("are plain objects that translate", () => {
    const issue = createIssue("UNKNOWN_KEY", { key: "foo" }, ["a", 0]);
    expect(issue).toEqual({
      code: "UNKNOWN_KEY",
      path: ["a", 0],
      message: "Unknown field foo",
      params: { key: "foo" },
    });
    expect(translateIssue(issue, "vi").message).toBe("Trường không được hỗ trợ: foo");
    expect(JSON.parse(JSON.stringify(issue))).toEqual(issue);
  });
});

/**
 * Consular cases (src/entities/consular-case.ts): the longest type name, the
 * exact params and messages of each case rule, the days on which a rule just
 * holds (closed or decided on the opening day), a pending ABTC application,
 * and field issues that come alone.
 */
import { describe, expect, it } from "vitest";
import {
  type ConsularCaseInput,
  ConsularCaseSchema,
  ConsularCaseTypeSchema,
  isConsularCaseType,
  isNgoaivuError,
  type Lang,
  registerConsularCaseType,
  safeParse,
} from "../../src/index.js";

const protection: ConsularCaseInput = {
  member: "so-ngoai-vu-ha-noi",
  type: "citizen-protection",
  opened: "2024-02-05",
  closed: "2024-03-20",
  status: "closed",
  persons: 2,
  country: "MY",
};

const abtc: ConsularCaseInput = {
  member: "vp-ubnd-hung-yen",
  type: "abtc-application",
  opened: "2024-04-02",
  status: "open",
  persons: 3,
  abtc: { enterprise: "Công ty TNHH Dệt may Hưng Yên" },
};

function issues(schema: typeof ConsularCaseSchema | typeof ConsularCaseTypeSchema, input: unknown, lang: Lang = "en") {
  const r = safeParse(schema, input, { lang });
  return r.success
    ? "valid"
    : r.issues.map((i) => ({ code: i.code, path: i.path, params: i.params, message: i.message }));
}

describe("registerConsularCaseType", () => {
  it("takes a type of 64 characters, the longest there is", () => {
    const longest = `a${"-b".repeat(31)}c`;
    expect(longest).toHaveLength(64);
    expect(registerConsularCaseType(longest)).toBe(longest);
    expect(isConsularCaseType(longest)).toBe(true);
  });

  it("says what a type must look like when it refuses one", () => {
    let caught: unknown;
    try {
      registerConsularCaseType("Visa support");
    } catch (error) {
      caught = error;
    }
    expect(isNgoaivuError(caught)).toBe(true);
    if (!isNgoaivuError(caught)) return;
    expect(caught.params).toEqual({
      name: "type",
      detail: {
        en: "expected lowercase ASCII words joined by hyphens, e.g. visa-support",
        vi: "cần các từ ASCII viết thường nối bằng dấu gạch ngang, như visa-support",
      },
    });
    expect(caught.message).toBe(
      "Invalid argument type: expected lowercase ASCII words joined by hyphens, e.g. visa-support",
    );
  });
});

describe("ConsularCaseTypeSchema", () => {
  it("names the unknown type, in both languages", () => {
    expect(issues(ConsularCaseTypeSchema, "tourism")).toEqual([
      {
        code: "UNKNOWN_CASE_TYPE",
        path: [],
        params: { type: "tourism" },
        message: "Unknown consular case type tourism: register it first with registerConsularCaseType",
      },
    ]);
    expect(issues(ConsularCaseTypeSchema, "tourism", "vi")).toEqual([
      expect.objectContaining({
        message: "Không biết loại vụ việc lãnh sự tourism: hãy đăng ký loại vụ việc này trước khi dùng",
      }),
    ]);
  });

  it("reports only the length of a type that is too long, not that it is unknown", () => {
    expect(issues(ConsularCaseTypeSchema, "a".repeat(65))).toEqual([
      {
        code: "TOO_LONG",
        path: [],
        params: { max: 64, length: 65 },
        message: "Too long: at most 64 characters, received 65",
      },
    ]);
  });
});

describe("ConsularCaseSchema: closing", () => {
  it("refuses a closing day on an open case, saying why", () => {
    expect(issues(ConsularCaseSchema, { ...protection, status: "open" })).toEqual([
      {
        code: "NOT_APPLICABLE",
        path: ["closed"],
        params: { field: "closed", reason: "the case is still open" },
        message: "closed does not apply here: the case is still open",
      },
    ]);
    expect(issues(ConsularCaseSchema, { ...protection, status: "open" }, "vi")).toEqual([
      {
        code: "NOT_APPLICABLE",
        path: ["closed"],
        params: { field: "closed", reason: "vụ việc vẫn đang được giải quyết" },
        message: "Trường closed không áp dụng ở đây: vụ việc vẫn đang được giải quyết",
      },
    ]);
  });

  it("accepts a case closed the day it was opened, and names both days of one closed before", () => {
    expect(issues(ConsularCaseSchema, { ...protection, closed: "2024-02-05" })).toBe("valid");
    expect(issues(ConsularCaseSchema, { ...protection, closed: "2024-02-04" }, "vi")).toEqual([
      {
        code: "END_BEFORE_START",
        path: ["closed"],
        params: { start: "2024-02-05", end: "2024-02-04" },
        message: "Ngày kết thúc 2024-02-04 trước ngày bắt đầu 2024-02-05",
      },
    ]);
  });

  it("reports a field issue alone: the rules between fields wait until every field is valid", () => {
    expect(issues(ConsularCaseSchema, { ...protection, persons: 0, closed: "2024-01-01" })).toEqual([
      expect.objectContaining({ code: "OUT_OF_RANGE", path: ["persons"] }),
    ]);
  });
});

describe("ConsularCaseSchema: ABTC", () => {
  it("accepts an application still waiting for its decision", () => {
    expect(issues(ConsularCaseSchema, abtc)).toBe("valid");
  });

  it("accepts a decision taken the day the application came, and names both days of one before", () => {
    const decided = (date: string) => ({
      ...abtc,
      abtc: { enterprise: "Công ty TNHH Dệt may Hưng Yên", decision: { outcome: "approved", date } },
    });
    expect(issues(ConsularCaseSchema, decided("2024-04-02"))).toBe("valid");
    expect(issues(ConsularCaseSchema, decided("2024-04-01"))).toEqual([
      {
        code: "DATES_OUT_OF_ORDER",
        path: ["abtc", "decision", "date"],
        params: { date: "2024-04-01", previous: "2024-04-02" },
        message: "The date 2024-04-01 is before the previous date 2024-04-02",
      },
    ]);
  });

  it("refuses an ABTC part on another type of case, saying why", () => {
    expect(issues(ConsularCaseSchema, { ...protection, abtc: { enterprise: "Công ty X" } })).toEqual([
      {
        code: "NOT_APPLICABLE",
        path: ["abtc"],
        params: { field: "abtc", reason: "only an abtc-application has it" },
        message: "abtc does not apply here: only an abtc-application has it",
      },
    ]);
    expect(issues(ConsularCaseSchema, { ...protection, abtc: { enterprise: "Công ty X" } }, "vi")).toEqual([
      expect.objectContaining({
        message: "Trường abtc không áp dụng ở đây: chỉ vụ việc loại abtc-application mới có thông tin này",
      }),
    ]);
  });
});

/**
 * The library's wording and codes through zod itself: `configureNgoaivu`
 * (zod's `safeParse` and Standard Schema's `validate` of the library's
 * schemas, in the configured language, with the code in `params.ngoaivu`),
 * `zodErrorMap` for one parse, `fromZodIssues`, `translateIssue` on a zod
 * issue, and the default language of every entry point.
 */
import { afterEach, describe, expect, it } from "vitest";
import * as z from "zod";
import {
  ConsularCaseSchema,
  configureNgoaivu,
  DelegationSchema,
  documentLang,
  Figure,
  formatFigure,
  formatMoney,
  formatNumber,
  fromZodIssues,
  isNgoaivuError,
  Money,
  messageLang,
  parse,
  parseBatch,
  parsePeriod,
  render,
  safeParse,
  translateIssue,
  zodErrorMap,
} from "../../src/index.js";
import { TRIP } from "./_trip.js";

const GOOD = TRIP;

/** A built-in check (headcount of the wrong type) and one of the library's own rules (a member id's form). */
const BAD = { ...GOOD, member: "Bad Id", headcount: "6" };
/** A domain rule: it ends before it starts. */
const BACKWARDS = { ...GOOD, end: "2024-06-01" };

const zodMessage = (input: unknown) => DelegationSchema.safeParse(input).error?.issues.map((i) => i.message);

afterEach(() => configureNgoaivu({}));

describe("configureNgoaivu", () => {
  it("words zod's own safeParse in Vietnamese, with the library's codes in params.ngoaivu", () => {
    configureNgoaivu({ lang: "vi" });
    const issues = DelegationSchema.safeParse(BAD).error?.issues ?? [];
    expect(issues.map((i) => [i.path.join("."), (i as { params?: { ngoaivu?: string } }).params?.ngoaivu])).toEqual([
      ["member", "INVALID_FORMAT"],
      ["headcount", "INVALID_TYPE"],
    ]);
    expect(issues[1]?.message).toBe("Cần giá trị kiểu số, nhận được chuỗi ký tự");
    expect(issues[0]?.message).toMatch(/^"Bad Id" không đúng định dạng \(các từ chữ thường/);
    expect(zodMessage({})?.[0]).toBe("Trường này là bắt buộc");
    const backwards = DelegationSchema.safeParse(BACKWARDS).error?.issues ?? [];
    expect(backwards.map((i) => i.message)).toEqual(["Ngày kết thúc 2024-06-01 trước ngày bắt đầu 2024-06-28"]);
    expect((backwards[0] as { params?: { ngoaivu?: string } }).params?.ngoaivu).toBe("END_BEFORE_START");
  });

  it("words Standard Schema's validate the same way", async () => {
    configureNgoaivu({ lang: "vi" });
    const result = await DelegationSchema["~standard"].validate(BACKWARDS);
    expect("issues" in result && result.issues?.map((i) => i.message)).toEqual([
      "Ngày kết thúc 2024-06-01 trước ngày bắt đầu 2024-06-28",
    ]);
    const missing = await DelegationSchema["~standard"].validate({ ...GOOD, purpose: undefined });
    expect("issues" in missing && missing.issues?.map((i) => [i.path, i.message])).toEqual([
      [["purpose"], "Trường này là bắt buộc"],
    ]);
  });

  it("in English, the library's wording, not zod's", () => {
    configureNgoaivu({ lang: "en" });
    expect(zodMessage(BAD)?.[1]).toBe("Expected a number, received string");
  });

  it("{} goes back to the defaults and to zod's own locale", () => {
    configureNgoaivu({ lang: "vi" });
    expect(messageLang()).toBe("vi");
    expect(documentLang()).toBe("vi");
    configureNgoaivu({});
    expect(messageLang()).toBe("en");
    expect(zodMessage(BAD)?.[1]).toBe("Invalid input: expected number, received string");
    // The library's own rules follow the message language: English again.
    expect(zodMessage(BAD)?.[0]).toMatch(/^"Bad Id" is not in the expected form/);
  });

  it("keeps an app's own zod locale: used in the library's own parse, and restored after", () => {
    const before = z.config().localeError;
    const mine: z.core.$ZodErrorMap = () => "mine";
    z.config({ localeError: mine });
    try {
      configureNgoaivu({ lang: "vi" });
      expect(z.config().localeError).not.toBe(mine);
      // The library's own parse reads issues by code, whatever zod words them.
      expect(safeParse(DelegationSchema, BAD).success).toBe(false);
      configureNgoaivu({});
      expect(z.config().localeError).toBe(mine);
      expect(zodMessage(BAD)?.[1]).toBe("mine");
    } finally {
      z.config({ localeError: before });
    }
  });

  it("zodMessages: false leaves zod's locale alone, and still words the library's own rules", () => {
    configureNgoaivu({ lang: "vi", zodMessages: false });
    expect(zodMessage(BAD)).toEqual([
      expect.stringMatching(/^"Bad Id" không đúng định dạng/),
      "Invalid input: expected number, received string",
    ]);
  });

  it("words an app's own schemas too (zod's locale is global)", () => {
    configureNgoaivu({ lang: "vi" });
    const Form = z.object({ name: z.string().min(2), age: z.number().int() });
    const issues = Form.safeParse({ name: "a", age: 1.5 }).error?.issues ?? [];
    expect(issues.map((i) => i.message)).toEqual(["Quá ngắn: cần ít nhất 2 ký tự, nhận được 1", expect.any(String)]);
    expect(issues.map((i) => (i as { params?: { ngoaivu?: string } }).params?.ngoaivu)).toEqual([
      "TOO_SHORT",
      "INVALID_TYPE",
    ]);
  });

  it("leaves an app's own custom issue its params", () => {
    configureNgoaivu({ lang: "vi" });
    const Even = z.number().refine((n) => n % 2 === 0, { params: { rule: "even" } });
    const issue = Even.safeParse(3).error?.issues[0];
    expect(issue?.code).toBe("custom");
    expect((issue as { params?: unknown }).params).toEqual({ rule: "even" });
  });

  it("the library's own parse and parseBatch default to the configured language, and give what they gave", () => {
    const unconfigured = parseBatch(DelegationSchema, [GOOD, BAD, BACKWARDS], { lang: "vi" });
    configureNgoaivu({ lang: "vi" });
    expect(parseBatch(DelegationSchema, [GOOD, BAD, BACKWARDS])).toEqual(unconfigured);
    try {
      parse(DelegationSchema, {});
      expect.unreachable();
    } catch (error) {
      expect(isNgoaivuError(error) && error.message).toMatch(/Trường này là bắt buộc/);
    }
  });

  it("sets the default language of reports, documents and figures", () => {
    const amount = Money.of("1500000", "VND");
    expect(formatMoney(amount)).toBe(formatMoney(amount, { locale: "vi" }));
    expect(formatMoney(amount)).not.toBe(formatMoney(amount, { locale: "en" }));
    configureNgoaivu({ lang: "en" });
    expect(formatMoney(amount)).toBe(formatMoney(amount, { locale: "en" }));
    expect(formatNumber("1576.5")).toBe("1,576.5");
    expect(formatFigure(Figure.count(400, "about"))).toBe(formatFigure(Figure.count(400, "about"), { locale: "en" }));
    expect(parsePeriod("2024-H1").label()).toBe("first half of 2024");
    const report = {
      member: "so-ngoai-vu-cao-bang",
      period: parsePeriod("2024-H1"),
      basis: "submitted",
      figures: { delegations: { outgoing: Figure.count(3) } },
    } as const;
    expect(render(report)).toBe(render(report, { lang: "en" }));
    configureNgoaivu({ lang: "vi" });
    expect(parsePeriod("2024-H1").label()).toBe("6 tháng đầu năm 2024");
    expect(render(report)).toBe(render(report, { lang: "vi" }));
  });

  it("refuses a language it does not know, with a code", () => {
    expect(() => configureNgoaivu({ lang: "fr" as "vi" })).toThrow(expect.objectContaining({ code: "INVALID_ENUM" }));
    expect(() => configureNgoaivu(null as never)).toThrow(expect.objectContaining({ code: "INVALID_TYPE" }));
    expect(messageLang()).toBe("en");
  });
});

describe("zodErrorMap", () => {
  it("words one parse, configured or not", () => {
    const issues = DelegationSchema.safeParse(BAD, { error: zodErrorMap("vi") }).error?.issues ?? [];
    expect(issues[1]?.message).toBe("Cần giá trị kiểu số, nhận được chuỗi ký tự");
    expect(zodMessage(BAD)?.[1]).toBe("Invalid input: expected number, received string");
    expect(() => zodErrorMap("de" as "vi")).toThrow(expect.objectContaining({ code: "INVALID_ENUM" }));
  });
});

describe("fromZodIssues", () => {
  it("gives the library's issues for a ZodError of its schemas, in either language", () => {
    configureNgoaivu({ lang: "vi" });
    const error = DelegationSchema.safeParse(BAD).error;
    if (error === undefined) throw new Error("expected a failure");
    const en = fromZodIssues(error, { lang: "en" });
    expect(en.map((i) => [i.code, i.path, i.message])).toEqual([
      ["INVALID_FORMAT", ["member"], expect.stringMatching(/^"Bad Id" is not in the expected form \(lowercase/)],
      ["INVALID_TYPE", ["headcount"], "Expected a number, received string"],
    ]);
    expect(fromZodIssues(error.issues, { lang: "vi" }).map((i) => i.message)).toEqual(
      error.issues.map((i) => i.message),
    );
  });

  it("reads zod's uncoded issues, their values from the input by path", () => {
    const error = DelegationSchema.safeParse(BAD).error;
    if (error === undefined) throw new Error("expected a failure");
    const issues = fromZodIssues(error, { lang: "vi", input: BAD });
    expect(issues.map((i) => [i.code, i.message])).toEqual([
      ["INVALID_FORMAT", expect.stringMatching(/^"Bad Id" không đúng định dạng/)],
      ["INVALID_TYPE", "Cần giá trị kiểu số, nhận được chuỗi ký tự"],
    ]);
  });

  it("gives one issue a key for zod's unrecognized keys, and reads a reported input", () => {
    const Strict = z.strictObject({ a: z.number() });
    const result = Strict.safeParse({ a: "x", b: 1, c: 2 }, { reportInput: true });
    if (result.success) throw new Error("expected a failure");
    expect(fromZodIssues(result.error, { lang: "en" }).map((i) => [i.code, i.path, i.message])).toEqual([
      ["INVALID_TYPE", ["a"], "Expected a number, received string"],
      ["UNKNOWN_KEY", ["b"], "Unknown field b"],
      ["UNKNOWN_KEY", ["c"], "Unknown field c"],
    ]);
  });

  it("refuses what is no zod error, with a code", () => {
    expect(() => fromZodIssues(5 as never)).toThrow(expect.objectContaining({ code: "INVALID_TYPE" }));
  });
});

describe("translateIssue on a zod issue", () => {
  it("re-words a coded zod issue (a domain rule, a rule, a check worded by the library)", () => {
    const domain = DelegationSchema.safeParse(BACKWARDS).error?.issues[0];
    if (domain === undefined) throw new Error("expected an issue");
    expect(translateIssue(domain, "vi")).toEqual({
      code: "END_BEFORE_START",
      path: ["end"],
      message: "Ngày kết thúc 2024-06-01 trước ngày bắt đầu 2024-06-28",
      params: expect.objectContaining({ start: "2024-06-28", end: "2024-06-01" }),
    });
    const checks = DelegationSchema.safeParse(BAD, { error: zodErrorMap("en") }).error?.issues ?? [];
    expect(checks.map((i) => translateIssue(i, "vi").message)).toEqual([
      expect.stringMatching(/^"Bad Id" không đúng định dạng \(các từ chữ thường/),
      "Cần giá trị kiểu số, nhận được chuỗi ký tự",
    ]);
  });

  it("refuses an uncoded zod issue with UNCODED_ZOD_ISSUE, naming what to use (not a TypeError)", () => {
    const issue = z.number().safeParse("x").error?.issues[0];
    if (issue === undefined) throw new Error("expected an issue");
    let thrown: unknown;
    try {
      translateIssue(issue, "vi");
    } catch (error) {
      thrown = error;
    }
    expect(isNgoaivuError(thrown) && thrown.code).toBe("UNCODED_ZOD_ISSUE");
    expect(isNgoaivuError(thrown) && thrown.messageIn("en")).toBe(
      'This zod issue ("invalid_type") carries no code of the library: convert zod\'s issues with fromZodIssues',
    );
    expect(isNgoaivuError(thrown) && thrown.message).toMatch(/^Vấn đề này của zod \("invalid_type"\)/);
  });
});

describe("a domain rule whose params hold words, through zod", () => {
  const open = {
    member: "so-ngoai-vu-ha-noi",
    type: "citizen-protection",
    opened: "2024-02-05",
    closed: "2024-03-20",
    status: "open",
    persons: 2,
    country: "MY",
  };

  it("is worded in the configured language, and re-worded whole in the other", () => {
    configureNgoaivu({ lang: "vi" });
    const issue = ConsularCaseSchema.safeParse(open).error?.issues[0];
    if (issue === undefined) throw new Error("expected an issue");
    expect(issue.message).toBe("Trường closed không áp dụng ở đây: vụ việc vẫn đang được giải quyết");
    expect(translateIssue(issue, "en").message).toBe("closed does not apply here: the case is still open");
    expect(fromZodIssues([issue], { lang: "en" })[0]?.params).toEqual({
      field: "closed",
      reason: "the case is still open",
    });
  });
});

describe("a decoded Money where the wire form is due", () => {
  it("is one DECODED_MONEY issue at the money, saying what to pass, in either language", () => {
    const trip = { ...GOOD, cost: Money.of("350000000", "VND") };
    const en = safeParse(DelegationSchema, trip);
    expect(en.success ? [] : en.issues).toEqual([
      {
        code: "DECODED_MONEY",
        path: ["cost"],
        params: { value: "350000000 VND" },
        message: "350000000 VND is a decoded Money, not its wire form: pass money.toJSON(), or encode the record",
      },
    ]);
    const batch = parseBatch(DelegationSchema, [trip], { lang: "vi" });
    expect(batch.invalid[0]?.issues.map((i) => [i.code, i.path, i.message])).toEqual([
      [
        "DECODED_MONEY",
        ["cost"],
        "350000000 VND là số tiền đã giải mã, không phải dạng dữ liệu gửi đi: hãy truyền dạng JSON của nó, hoặc mã hóa bản ghi",
      ],
    ]);
    // The wire form it names is accepted.
    expect(safeParse(DelegationSchema, { ...GOOD, cost: trip.cost.toJSON() }).success).toBe(true);
  });
});

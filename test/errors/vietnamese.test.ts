/**
 * No English inside a Vietnamese message: every code's Vietnamese template
 * (its `{placeholders}` left out) and every kind `quoteInput` names in
 * Vietnamese hold none of the words of test/_english.ts; the English kinds
 * stay the names `typeof` gives.
 */
import { describe, expect, it } from "vitest";
import { ERROR_MESSAGES, type ErrorCode, formatMessage, quoteInput } from "../../src/index.js";
import { englishWords } from "../_english.js";

const CODES = Object.keys(ERROR_MESSAGES) as ErrorCode[];

/** A template without its placeholders (what the template itself says). */
const words = (template: string) => template.replace(/\{\w+\}/g, " ");

/** One value of every kind `quoteInput` names. */
const KINDS: readonly [string, unknown][] = [
  ["string", "x"],
  ["number", 5],
  ["bigint", 5n],
  ["boolean", true],
  ["symbol", Symbol("s")],
  ["undefined", undefined],
  ["object", {}],
  ["function", () => 1],
  ["null", null],
  ["array", []],
  ["NaN", Number.NaN],
];

describe("Vietnamese templates", () => {
  it("hold no English word", () => {
    const found = CODES.map((code) => [code, englishWords(words(ERROR_MESSAGES[code].vi))] as const).filter(
      ([, english]) => english.length > 0,
    );
    expect(found).toEqual([]);
  });

  it("name no function of the library (a Vietnamese reader is told what to do, not what to call)", () => {
    for (const code of CODES) expect(ERROR_MESSAGES[code].vi, code).not.toMatch(/\b[a-z]+[A-Z]\w*\b/);
  });

  it("the check finds English planted in a template (so it can fail)", () => {
    expect(englishWords(words("Không đọc được file {name}: {detail}"))).toEqual(["file"]);
    expect(englishWords(words("Cần giá trị kiểu {expected}, received {received}"))).toEqual(["received"]);
    expect(englishWords(words(ERROR_MESSAGES.INVALID_TYPE.en))).toEqual(["expected", "received"]);
  });
});

describe("quoteInput words a kind in the message's language", () => {
  it("English by default: the names typeof gives, and null, array, NaN", () => {
    for (const [kind, value] of KINDS) {
      expect(quoteInput(value, { kind: true }), kind).toBe(kind);
      expect(quoteInput(value, { kind: true, lang: "en" }), kind).toBe(kind);
    }
  });

  it("Vietnamese with lang: vi, with no English word", () => {
    const vi = KINDS.map(([, value]) => quoteInput(value, { kind: true, lang: "vi" }));
    expect(vi).toEqual([
      "chuỗi ký tự",
      "số",
      "số nguyên lớn",
      "giá trị đúng/sai",
      "ký hiệu",
      "giá trị chưa xác định",
      "đối tượng",
      "hàm",
      "giá trị null",
      "danh sách",
      "giá trị không phải số (NaN)",
    ]);
    for (const word of vi) expect(englishWords(word), word).toEqual([]);
  });

  it("a value itself is written as it is in either language; a kind where it has no value to show", () => {
    expect(quoteInput("sideways", { lang: "vi" })).toBe('"sideways"');
    expect(quoteInput(5, { lang: "vi" })).toBe("5");
    expect(quoteInput(true, { lang: "vi" })).toBe("true");
    expect(quoteInput([1], { lang: "vi" })).toBe("danh sách");
    expect(quoteInput(null, { lang: "vi" })).toBe("giá trị null");
    expect(quoteInput({}, { lang: "en" })).toBe("object");
  });

  it("an INVALID_TYPE message in Vietnamese reads whole", () => {
    const received = quoteInput("5", { kind: true, lang: "vi" });
    const message = formatMessage("INVALID_TYPE", { expected: "số", received }, "vi");
    expect(message).toBe("Cần giá trị kiểu số, nhận được chuỗi ký tự");
    expect(englishWords(message)).toEqual([]);
  });
});

/**
 * Messages never carry a raw control character and quote inputs briefly:
 * every value written into a template is escaped (C0, DEL, C1, U+2028/2029,
 * bidirectional overrides and isolates), and `quoteInput` (the one helper
 * that describes a received value) cuts a string after 80 characters.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  createIssue,
  ERROR_MESSAGES,
  type ErrorCode,
  findCountry,
  findProvince,
  formatMessage,
  isNgoaivuError,
  MAX_QUOTED_LENGTH,
  Money,
  NgoaivuError,
  parseCalendarDate,
  parseCanonicalPeriod,
  parseMoney,
  parseNumber,
  parsePeriod,
  quoteInput,
  toVietnamDate,
  translateIssue,
  vietnamDateOf,
} from "../../src/index.js";

// biome-ignore lint/suspicious/noControlCharactersInRegex: the characters no message may hold
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/** Characters that must be escaped, and some that must not. */
const NASTY = [
  "\u0000",
  "\u0007",
  "\t",
  "\n",
  "\r",
  "\u001b",
  "\u007f",
  "\u0080",
  "\u009b",
  "\u009f",
  "\u2028",
  "\u2029",
  "\u202a",
  "\u202e",
  "\u2066",
  "\u2069",
];
const text = fc.oneof(
  fc.string({ unit: "binary", maxLength: 300 }),
  fc.string({ unit: fc.constantFrom(...NASTY, "a", "1", "-", " ", '"', "\\", "…", "đ", "😀"), maxLength: 300 }),
  fc.string({ unit: "grapheme", minLength: 70, maxLength: 2000 }),
);

describe("quoteInput", () => {
  it("escapes every control and bidirectional-control character, \\u001b-style", () => {
    expect(quoteInput("\u001b]0;pwned\u0007")).toBe('"\\u001b]0;pwned\\u0007"');
    expect(quoteInput("\u001b]0;pwned\u0007", { quotes: false })).toBe("\\u001b]0;pwned\\u0007");
    expect(quoteInput("a\u202eb\u2066c\u2069d", { quotes: false })).toBe("a\\u202eb\\u2066c\\u2069d");
    expect(quoteInput("\u007f\u0085\u009f\u2028", { quotes: false })).toBe("\\u007f\\u0085\\u009f\\u2028");
    expect(quoteInput("tab\there", { quotes: false })).toBe("tab\\u0009here");
    // JSON's own escapes inside quotes: the result is a JSON string literal.
    expect(JSON.parse(quoteInput('say "hi"\n\u202e'))).toBe('say "hi"\n\u202e');
  });

  it("returns text that needs nothing as it is", () => {
    const plain = "Hòa Bình 2024-H1";
    expect(quoteInput(plain, { quotes: false })).toBe(plain);
    expect(quoteInput(plain)).toBe(`"${plain}"`);
    // Neighbours of the escaped ranges stay.
    expect(quoteInput("\u00a0\u2027\u202f\u2065\u206a ~", { quotes: false })).toBe("\u00a0\u2027\u202f\u2065\u206a ~");
  });

  it("cuts a string longer than 80 characters at 80, marks the cut and gives the full length", () => {
    expect(MAX_QUOTED_LENGTH).toBe(80);
    expect(quoteInput("x".repeat(80))).toBe(`"${"x".repeat(80)}"`);
    expect(quoteInput("x".repeat(81))).toBe(`"${"x".repeat(80)}…" (81)`);
    expect(quoteInput("x".repeat(1_000_000), { quotes: false })).toBe(`${"x".repeat(80)}… (1000000)`);
    // Never half a surrogate pair: one character fewer.
    const emoji = `${"x".repeat(79)}😀tail`;
    expect(quoteInput(emoji)).toBe(`"${"x".repeat(79)}…" (${emoji.length})`);
    // The cut is made before escaping: 80 characters of input, however they are written.
    expect(quoteInput("\u001b".repeat(100), { quotes: false })).toBe(`${"\\u001b".repeat(80)}… (100)`);
  });

  it("writes other values as their value or their kind, never throwing", () => {
    expect(quoteInput(5)).toBe("5");
    expect(quoteInput(Number.NaN)).toBe("NaN");
    expect(quoteInput(12n)).toBe("12");
    expect(quoteInput(true)).toBe("true");
    expect(quoteInput(null)).toBe("null");
    expect(quoteInput(undefined)).toBe("undefined");
    expect(quoteInput([1])).toBe("array");
    expect(quoteInput(Object.create(null))).toBe("object");
    expect(quoteInput(Symbol("s"))).toBe("symbol");
  });
});

describe("formatMessage writes every value safely", () => {
  it("escapes controls in any parameter, in both languages", () => {
    const params = { key: "\u001b[31mred\u001b[0m\r\n" };
    expect(formatMessage("UNKNOWN_KEY", params)).toBe("Unknown field \\u001b[31mred\\u001b[0m\\u000d\\u000a");
    expect(formatMessage("UNKNOWN_KEY", params, "vi")).toBe(
      "Trường không được hỗ trợ: \\u001b[31mred\\u001b[0m\\u000d\\u000a",
    );
    const error = new NgoaivuError("MALFORMED_JSON", { line: 3, detail: "Unexpected token \u001b]0;x\u0007" });
    expect(error.message).toBe("Line 3 is not valid JSON: Unexpected token \\u001b]0;x\\u0007");
    expect(error.messageIn("vi")).toBe("Dòng 3 không phải JSON hợp lệ: Unexpected token \\u001b]0;x\\u0007");
    expect(error.toIssue({ lang: "vi" }).message).toBe(error.messageIn("vi"));
    expect(createIssue("UNKNOWN_KEY", { key: "\u202egnp.exe" }).message).toBe("Unknown field \\u202egnp.exe");
    // The params keep what the caller gave.
    expect(error.params.detail).toBe("Unexpected token \u001b]0;x\u0007");
  });

  it("words the length of a cut input in the message's language", () => {
    const value = quoteInput("9".repeat(1001));
    expect(value).toBe(`"${"9".repeat(80)}…" (1001)`);
    expect(formatMessage("UNPARSEABLE_PERIOD", { value })).toBe(
      `Cannot read a period from "${"9".repeat(80)}…" (1,001 characters)`,
    );
    expect(formatMessage("UNPARSEABLE_PERIOD", { value }, "vi")).toBe(
      `Không đọc được kỳ báo cáo từ "${"9".repeat(80)}…" (1.001 ký tự)`,
    );
    const issue = createIssue("UNKNOWN_PROVINCE", { value: quoteInput("x".repeat(1_234_567), { quotes: false }) });
    expect(issue.message).toBe(`Unknown province code or name ${"x".repeat(80)}… (1,234,567 characters)`);
    expect(translateIssue(issue, "vi").message).toBe(
      `Không có tỉnh, thành phố có mã hoặc tên ${"x".repeat(80)}… (1.234.567 ký tự)`,
    );
    expect(formatMessage("UNKNOWN_KEY", { key: `${"x".repeat(81)}` })).toBe(`Unknown field ${"x".repeat(81)}`);
    // Text that merely ends in parentheses is left alone.
    expect(formatMessage("INVALID_INPUT", { detail: "see (12)" })).toBe("Invalid input: see (12)");
    expect(formatMessage("INVALID_INPUT", { detail: "cut… (12)" })).toBe("Invalid input: cut… (12 characters)");
  });

  it("cuts a raw parameter longer than 200 characters at 200, with its length", () => {
    const long = "y".repeat(1_000_000);
    expect(formatMessage("INVALID_INPUT", { detail: long })).toBe(
      `Invalid input: ${"y".repeat(200)}… (1,000,000 characters)`,
    );
    expect(formatMessage("INVALID_INPUT", { detail: long }, "vi")).toBe(
      `Dữ liệu không hợp lệ: ${"y".repeat(200)}… (1.000.000 ký tự)`,
    );
    expect(formatMessage("INVALID_INPUT", { detail: "y".repeat(200) })).toBe(`Invalid input: ${"y".repeat(200)}`);
    expect(formatMessage("OUT_OF_RANGE", { value: 12n, range: "≥ 0" })).toBe("Value 12 is out of range (≥ 0)");
  });

  it("property: no message built from any string holds a control character or grows past a bound", () => {
    const codes = Object.keys(ERROR_MESSAGES) as ErrorCode[];
    const longest = Math.max(...codes.flatMap((c) => [ERROR_MESSAGES[c].en.length, ERROR_MESSAGES[c].vi.length]));
    fc.assert(
      fc.property(fc.constantFrom(...codes), text, fc.boolean(), (code, value, quoted) => {
        const shown = quoted ? quoteInput(value) : value;
        const params = { value: shown, detail: shown, received: shown, key: shown, code: shown, member: shown };
        for (const lang of ["en", "vi"] as const) {
          const message = formatMessage(code, params, lang);
          expect(UNSAFE.test(message)).toBe(false);
          // Each placeholder: at most 200 characters of input, each escaped in at most 6, plus the length note.
          const holes = (ERROR_MESSAGES[code][lang].match(/\{\w+\}/g) ?? []).length;
          expect(message.length).toBeLessThanOrEqual(longest + holes * (200 * 6 + 30));
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("every text reader words its refusal safely and briefly", () => {
  const readers: ReadonlyArray<readonly [string, (s: string) => unknown]> = [
    ["Money.of", (s) => Money.of(s, "VND")],
    ["Money.fromJSON", (s) => Money.fromJSON({ amount: s, currency: "USD" })],
    ["parseMoney", (s) => parseMoney(s)],
    ["parseNumber", (s) => parseNumber(s)],
    ["parsePeriod", (s) => parsePeriod(s)],
    ["parseCanonicalPeriod", (s) => parseCanonicalPeriod(s)],
    ["parseCalendarDate", (s) => parseCalendarDate(s)],
    ["toVietnamDate", (s) => toVietnamDate(s)],
    ["vietnamDateOf", (s) => vietnamDateOf(s)],
    ["findProvince", (s) => findProvince(s)],
    ["findCountry", (s) => findCountry(s)],
  ];

  it("property: no refusal of any string holds a control character or exceeds 600 characters", () => {
    fc.assert(
      fc.property(fc.constantFrom(...readers), text, ([name, read], input) => {
        try {
          read(input);
        } catch (error) {
          expect(isNgoaivuError(error), name).toBe(true);
          if (!isNgoaivuError(error)) return;
          for (const message of [error.message, error.messageIn("vi")]) {
            expect(UNSAFE.test(message), `${name}: ${message}`).toBe(false);
            expect(message.length, name).toBeLessThanOrEqual(600);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it("a terminal escape sequence in an input reaches no message raw", () => {
    const attack = "\u001b]0;owned\u0007\u001b[2J2024-H1";
    for (const [name, read] of readers) {
      let message = "";
      try {
        read(attack);
      } catch (error) {
        if (isNgoaivuError(error)) message = `${error.message}\n${error.messageIn("vi")}`;
      }
      expect(message, name).not.toBe("");
      expect(message, name).not.toContain("\u001b");
      expect(message, name).not.toContain("\u0007");
      expect(message, name).toContain("\\u001b");
    }
  });
});

/**
 * No English inside a Vietnamese message: every code's Vietnamese template
 * (its `{placeholders}` left out) and every kind `quoteInput` names in
 * Vietnamese hold none of the words of test/_english.ts; the English kinds
 * stay the names `typeof` gives. The words a call site puts into a message
 * (a detail, what was expected, a range) are given in both languages
 * (`Words`): the sources are read for any given as one text, and the
 * messages of the library's misuse errors are read in Vietnamese.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  addCalendarDays,
  allocate,
  allocateEvenly,
  comparisonPeriod,
  compile,
  configureNgoaivu,
  DelegationSchema,
  ERROR_MESSAGES,
  type ErrorCode,
  EXAMPLE_SCORING_RULES,
  encode,
  entityJsonSchema,
  Figure,
  formatFigure,
  formatMessage,
  growth,
  Money,
  mergeReports,
  nilReturn,
  Period,
  parse,
  parseBatch,
  parseFigure,
  parseMoney,
  parsePeriod,
  periodOf,
  periodRange,
  quoteInput,
  registerConsularCaseType,
  registerCurrency,
  render,
  score,
  share,
  successor,
  sum,
  summarize,
  type Words,
} from "../../src/index.js";
import { clusterII } from "../../src/samples/index.js";
import { caughtError, unchecked } from "../_caught.js";
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

// ── the words call sites put into messages ───────────────────────────────────

const SRC = fileURLToPath(new URL("../../src/", import.meta.url));

/** Every .ts file under a folder. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

// A `detail:`, `expected:` or `range:` key followed by a string or template literal.
const PLAIN_PARAM = /\b(detail|expected|range):\s*("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`)/g;

/**
 * The `detail:`, `expected:` and `range:` params a source gives as one text
 * (a string or template literal) rather than as `{ en, vi }`, outside
 * comments. A text in no language passes: a type name (`Money`, `ZodError`)
 * or one without letters (`≥ 0`, `0001-01-01 … 9999-12-31`).
 */
function plainParams(source: string): string[] {
  // Comment lines (doc comments and their examples) say what a call gives, they give nothing.
  const code = source
    .split("\n")
    .map((line) => (/^\s*(?:\*|\/\/|\/\*)/.test(line) ? "" : line))
    .join("\n");
  const found: string[] = [];
  for (const m of code.matchAll(PLAIN_PARAM)) {
    const text = (m[2] as string).slice(1, -1);
    const neutral = !text.includes("${") && (/^[A-Z][A-Za-z]*$/.test(text) || !/[A-Za-z]/.test(text));
    if (!neutral) found.push(`${m[1]}: ${m[2]}`);
  }
  return found;
}

describe("the words a call site puts into a message are given in each language", () => {
  it("no detail, expected or range param in src/ (outside src/cli/) is one text", () => {
    const cli = join(SRC, "cli");
    const found = sources(SRC)
      .filter((file) => !file.startsWith(cli))
      .flatMap((file) => plainParams(readFileSync(file, "utf8")).map((p) => `${relative(SRC, file)}: ${p}`));
    expect(found).toEqual([]);
  });

  it("the check finds a plain text planted in a source (so it can fail)", () => {
    const planted = [
      'throw new NgoaivuError("INVALID_ARGUMENT", { name: "x", detail: "expected a list" });',
      `  throw new NgoaivuError("INVALID_PERIOD", {\n    detail: \`\${year} is not a year\`,\n  });`,
      "{ value: v, range: 'an integer 0..6' }",
      '{ expected: "a string", received }',
    ].join("\n");
    expect(plainParams(planted)).toEqual([
      'detail: "expected a list"',
      `detail: \`\${year} is not a year\``,
      "range: 'an integer 0..6'",
      'expected: "a string"',
    ]);
  });

  it("words in each language, a type name, a text without letters and a comment pass", () => {
    const fine = [
      '{ name: "x", detail: { en: "expected a list", vi: "cần danh sách" } }',
      '{ expected: "Money", received }',
      '{ value, range: "0001-01-01 … 9999-12-31" }',
      '{ value, range: "≥ 0" }',
      ' * //=> { params: { detail: "expected a list" } }',
      '  // detail: "expected a list"',
    ].join("\n");
    expect(plainParams(fine)).toEqual([]);
  });
});

describe("the library's misuse errors read whole in Vietnamese", () => {
  const { cluster } = clusterII();
  const vnd = Money.of("10", "VND");
  const report = nilReturn("vp-ubnd-ha-nam", "2024-H1");

  /** A misuse, and the English message it gives (unchanged by the Vietnamese words). */
  const MISUSES: readonly [() => unknown, string][] = [
    [
      () => summarize(unchecked<never>(null), { period: "2024-H1" }),
      "Invalid argument records: expected { delegations, agreements, … }",
    ],
    [() => summarize({}, unchecked<never>(undefined)), "Invalid argument options: expected { period }"],
    [
      () => summarize({}, { period: unchecked<never>(5) }),
      "Invalid argument period: expected a Period or its text, e.g. 2024-H1",
    ],
    [
      () => summarize(unchecked<never>({ delegations: 5 }), { period: "2024-H1" }),
      "Invalid argument delegations: expected an array of decoded records",
    ],
    [
      () => summarize({}, { period: "2024-H1", members: unchecked<never>(5) }),
      "Invalid argument members: expected an array of members or ids",
    ],
    [
      () => summarize({}, { period: "2024-H1", kinds: unchecked<never>(5) }),
      "Invalid argument kinds: expected a list of record kinds",
    ],
    [
      () => compile([], cluster, "2019-H1"),
      `Invalid argument cluster: cluster ${cluster.id} has no member list for 2019`,
    ],
    [
      () => score(cluster, 2019, { rules: EXAMPLE_SCORING_RULES }),
      `Invalid argument cluster: cluster ${cluster.id} has no member list for 2019`,
    ],
    [
      () => mergeReports(report, { ...report, member: "b" }),
      "Invalid argument b: a report of b cannot merge into one of vp-ubnd-ha-nam; restate them onto one member first",
    ],
    [
      () => comparisonPeriod("2021-2025", "same-period-last-year"),
      "Invalid argument period: a term (2021-2025) has no same period last year: compare with the previous term",
    ],
    [() => nilReturn(unchecked<never>(5), "2024-H1"), "Invalid argument member: expected a member id"],
    [
      () => Money.of("1e5", "VND"),
      '"1e5" is not a valid amount: expected a plain decimal string such as 1576566000000 or -12.50',
    ],
    [
      () => Money.of(unchecked<never>(true), "VND"),
      "true is not a valid amount: expected a decimal string, a Decimal, a bigint or a safe integer",
    ],
    [() => vnd.round({ digits: 101 }), "Value 101 is out of range (an integer 0..100)"],
    [() => sum([]), "Invalid argument currency: the sum of an empty list needs a currency"],
    [() => allocate(vnd, []), "Cannot allocate by these ratios: give at least one ratio"],
    [() => allocate(vnd, ["1", "-1"]), "Cannot allocate by these ratios: ratio -1 is negative"],
    [() => allocate(vnd, [0, 0]), "Cannot allocate by these ratios: the ratios are all zero"],
    [() => allocateEvenly(vnd, 0), "Cannot allocate by these ratios: cannot split into 0 parts"],
    [() => growth(1, 0, { onZero: "throw" }), "Division by zero: growth from a previous value of zero"],
    [() => share(1, 0, { onZero: "throw" }), "Division by zero: share of a whole of zero"],
    [() => growth(vnd, 1), "Invalid argument previous: both values must be amounts, or both plain numbers"],
    [
      () => registerCurrency({ code: "VND", minorDigits: 2 }),
      "Invalid argument minorDigits: VND is already registered with 0 minor digits",
    ],
    [() => registerCurrency({ code: "QZD", minorDigits: 9 }), "Value 9 is out of range (an integer 0..6)"],
    [() => parseMoney("1.576 tỷ"), 'Cannot read an amount from "1.576 tỷ" (no currency)'],
    [() => Period.year(99999), "Invalid period: year 99999 is not a year from 1 to 9999"],
    [() => Period.quarter(2024, 5), "Invalid period: quarter 5 is not a whole number from 1 to 4"],
    [() => Period.term(2024, 2024), "Invalid period: a term spans at least two years; use the year 2024 instead"],
    [() => Period.term(0, 2024), "Invalid period: first year 0 is not a year from 1 to 9999"],
    [() => parsePeriod("9999-12-01..9999-12-31").next(), "Invalid period: the range would leave the years 1 to 9999"],
    [
      () => periodOf("2024-01-01", unchecked<never>("week")),
      "Invalid argument kind: week is not one of half-year, quarter, year, month, term",
    ],
    [
      () => periodOf("2024-01-01", "year", { convention: unchecked<never>("fiscal") }),
      'Invalid argument convention: fiscal is not "statistical" or "administrative"',
    ],
    [
      () => periodOf("2024-01-01", "term", { termYears: unchecked<never>(4) }),
      "Invalid argument termYears: 4 is not 5 or 10",
    ],
    [() => periodRange(Period.halfYear(1, 1), "administrative"), "Value 0001-H1 is out of range (years 1 to 9999)"],
    [() => addCalendarDays("2024-01-01", 1.5), "Invalid argument days: 1.5 is not a whole number"],
    [() => addCalendarDays("9999-12-31", 1), "Value 9999-12-31 + 1 days is out of range (0001-01-01 … 9999-12-31)"],
    [() => successor("01", "2024-06-01", { on: "2024-01-01" }), "Invalid argument on: 2024-01-01 is before 2024-06-01"],
    [() => parse(unchecked<never>("no schema"), {}), "Invalid argument schema: expected a zod schema"],
    [
      () => encode(unchecked<never>("no schema"), unchecked<never>({})),
      "Invalid argument schema: expected a zod schema",
    ],
    [
      () => parse(DelegationSchema, {}, { lang: unchecked<never>("fr") }),
      'Invalid argument lang: expected "en" or "vi"',
    ],
    [
      () => parse(DelegationSchema, {}, { limits: { maxDepth: 0 } }),
      "Invalid argument maxDepth: expected a positive integer",
    ],
    [
      () => parseBatch(DelegationSchema, unchecked<never>(5)),
      "Invalid argument inputs: expected an array or an iterable",
    ],
    [
      () => registerConsularCaseType("Visa support"),
      "Invalid argument type: expected lowercase ASCII words joined by hyphens, e.g. visa-support",
    ],
    [
      () => entityJsonSchema(unchecked<never>("treaty")),
      "Invalid argument name: expected one of member, emulation-cluster, delegation, international-agreement, consular-case, oda-project, ngo-project, international-conference, twinning-relation, proposal",
    ],
    // What was received, named by its kind.
    [() => Money.fromJSON({ currency: "VND" }), "Expected a decimal string, received undefined"],
    [() => Money.fromJSON(5), "Expected { amount, currency }, received number"],
    [() => vnd.add(unchecked<never>(null)), "Expected Money, received null"],
    [() => Figure.fromJSON([]), "Expected a figure object, received array"],
    [() => formatFigure(unchecked<never>("400")), "Expected Figure, received string"],
    [() => parseFigure(unchecked<never>(5)), "Expected a string, received number"],
    [
      () => render(unchecked<never>(5)),
      "Expected a ClusterReport, a MemberReport or a NationalReport, received number",
    ],
    [() => render(report, { title: unchecked<never>(5) }), "Expected a string, received number"],
    [() => parsePeriod("2024-H1").equals(unchecked<never>({})), "Expected Period, received object"],
    [() => configureNgoaivu(unchecked<never>(5)), "Expected { lang }, received number"],
  ];

  it("each message in English is as before, and in Vietnamese holds no English word", () => {
    const found: string[] = [];
    for (const [misuse, english] of MISUSES) {
      const error = caughtError(misuse);
      expect(error.message).toBe(english);
      const vi = error.messageIn("vi");
      // The name of an argument (records, kind, on) is a name in the code, cited as it is.
      const name = error.params.name;
      const words = englishWords(vi, typeof name === "string" ? [name] : []);
      if (words.length > 0) found.push(`${vi}: ${words.join(", ")}`);
    }
    expect(found).toEqual([]);
  });

  it("with the language configured, the error is thrown in Vietnamese", () => {
    configureNgoaivu({ lang: "vi" });
    try {
      expect(caughtError(() => compile([], cluster, "2019-H1")).message).toBe(
        `Tham số cluster không hợp lệ: cụm ${cluster.id} không có danh sách thành viên năm 2019`,
      );
      expect(caughtError(() => allocate(vnd, [0, 0])).message).toBe(
        "Không phân bổ được theo các tỷ lệ này: mọi tỷ lệ đều bằng 0",
      );
      expect(caughtError(() => Period.year(99999)).message).toBe(
        "Kỳ báo cáo không hợp lệ: năm 99999 không phải năm từ 1 đến 9999",
      );
      expect(caughtError(() => parse(unchecked<never>("no schema"), {})).message).toBe(
        "Tham số schema không hợp lệ: cần lược đồ zod",
      );
    } finally {
      configureNgoaivu({});
    }
  });

  it("a param is kept in both languages, and each message takes its own", () => {
    const error = caughtError(() => allocate(vnd, [0, 0]));
    const detail: Words = { en: "the ratios are all zero", vi: "mọi tỷ lệ đều bằng 0" };
    expect(error.params).toEqual({ detail });
    expect(formatMessage("INVALID_RATIOS", { detail }, "en")).toBe(error.messageIn("en"));
    expect(formatMessage("INVALID_RATIOS", { detail }, "vi")).toBe(error.messageIn("vi"));
    expect(JSON.parse(JSON.stringify(error.toIssue({ lang: "vi" })))).toEqual({
      code: "INVALID_RATIOS",
      path: ["ratios"],
      message: "Không phân bổ được theo các tỷ lệ này: mọi tỷ lệ đều bằng 0",
      params: { detail },
    });
  });
});

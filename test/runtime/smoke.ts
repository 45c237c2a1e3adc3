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
import * as samples from "ngoaivu/samples";

type Lib = typeof ngoaivu;

/** One section's outcome. */
export interface SectionResult {
  readonly name: string;
  readonly ok: boolean;
  readonly checks: number;
  readonly error?: string;
  /** A digest of output that must be byte-identical on every runtime (the matrix compares them). */
  readonly fingerprint?: string;
}

/** The whole run's outcome, as printed and as left on `globalThis`. */
export interface SmokeReport {
  readonly ok: boolean;
  readonly sections: readonly SectionResult[];
}

let checks = 0;

/** JSON with object keys sorted (key order is not part of a value) and bigints shown as `12n`. */
function show(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v === "bigint") return `${v}n`;
    if (v === null || typeof v !== "object" || Array.isArray(v)) return v;
    const o = v as Record<string, unknown>;
    return Object.fromEntries(
      Object.keys(o)
        .sort()
        .map((k) => [k, o[k]]),
    );
  });
}

/** FNV-1a (32-bit) over UTF-16 code units, with the length: a digest to compare runtimes' outputs. */
function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `${text.length}:${h.toString(16).padStart(8, "0")}`;
}

/** Asserts deep equality of JSON-like values (strings, numbers, arrays, plain objects; key order aside). */
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
    "Không thể tính chung VND và USD trong một phép tính: hãy quy đổi một trong hai loại tiền trước, hoặc để riêng từng loại tiền",
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

/** `money/`: exact sums (bigint inside, no float), bags across currencies, conversion, the zod codec. */
function money(lib: Lib): void {
  const { Money, MoneyBag, sum } = lib;
  equal(
    sum([Money.of("1576566000000", "VND"), Money.of("1451355000000", "VND")]).toDecimalString(),
    "3027921000000",
    "VND 1,576,566,000,000 + 1,451,355,000,000",
  );
  const dimes = Array.from({ length: 1000 }, () => Money.of("0.10", "USD"));
  equal(sum(dimes).toString(), "100.00 USD", "a thousand USD 0.10 sum exactly");
  equal(
    Money.of("9007199254740993", "VND").add(Money.of("1", "VND")).toString(),
    "9007199254740994 VND",
    "amounts beyond 2^53 stay exact",
  );
  equal(Money.fromMinorUnits(5200000000n, "USD").toString(), "52000000.00 USD", "fromMinorUnits with a bigint");
  equal(JSON.stringify(Money.of("12.5", "USD")), '{"amount":"12.50","currency":"USD"}', "JSON form");
  throwsCode(lib, () => Money.of(0.1, "USD"), "UNSAFE_NUMBER", "a float amount is refused");
  throwsCode(lib, () => sum([Money.of("1", "USD"), Money.of("1", "EUR")]), "CURRENCY_MISMATCH", "mixed sum");

  const bag = MoneyBag.from([
    Money.of("1576566000000", "VND"),
    Money.of("52000000", "USD"),
    Money.of("1451355000000", "VND"),
  ]);
  equal(
    bag.toJSON(),
    [
      { amount: "52000000.00", currency: "USD" },
      { amount: "3027921000000", currency: "VND" },
    ],
    "MoneyBag keeps a total per currency",
  );

  const rates = lib.RateTable.of([{ from: "USD", to: "VND", rate: "25450", date: "2024-06-28", source: "SBV" }]);
  const usd = lib.convertMoney(Money.of("52000000", "USD"), "VND", rates, "2024-06-30");
  equal([usd.to.toString(), usd.rate.date], ["1323400000000 VND", "2024-06-28"], "convertMoney USD → VND");
  equal(
    lib.convertMoney(Money.of("1000000", "VND"), "USD", rates, "2024-06-30").to.toString(),
    "39.29 USD",
    "convertMoney VND → USD, rounded once",
  );

  equal(
    lib.MoneySchema.decode({ amount: "1576566000000", currency: "VND" }).toString(),
    "1576566000000 VND",
    "MoneySchema.decode",
  );
  equal(lib.MoneySchema.encode(Money.of("52000000", "USD")), { amount: "52000000.00", currency: "USD" }, "encode");
  const bad = lib.MoneySchema.safeParse({ amount: "1", currency: "XYZ" });
  equal(lib.moneyIssueCode(bad.error?.issues[0]), "UNKNOWN_CURRENCY", "MoneySchema issue code");
  equal(lib.AmountStringSchema.safeParse("1e5").success, false, "no exponent notation on the wire");
}

/** Money text: Intl formatting (each runtime brings its own ICU data) and parsing, vi and en, scale words. */
function moneyText(lib: Lib): void {
  const { Money, formatMoney, parseMoney } = lib;
  const capital = Money.of("1576566000000", "VND");
  equal(formatMoney(capital), "1.576.566.000.000\u00a0₫", "formatMoney vi");
  equal(formatMoney(capital, { locale: "en" }), "VND\u00a01,576,566,000,000", "formatMoney en");
  equal(
    formatMoney(Money.of("52000000", "USD"), { locale: "en", display: "symbol" }),
    "$52,000,000.00",
    "formatMoney en with the $ symbol",
  );
  equal(formatMoney(capital, { style: "scaled" }), "1.576 tỷ 566 triệu đồng", "scaled vi");
  equal(formatMoney(capital, { style: "scaled", locale: "en" }), "VND 1,576.566 billion", "scaled en");
  equal(parseMoney("1.576 tỷ 566 triệu đồng").toString(), "1576566000000 VND", "parseMoney scale words vi");
  equal(parseMoney("USD 52 million").toString(), "52000000.00 USD", "parseMoney scale words en");
  equal(parseMoney("US$52,000,000.00").toString(), "52000000.00 USD", "parseMoney en digits");
  throwsCode(lib, () => parseMoney("1.576 ₫"), "AMBIGUOUS_AMOUNT", "an ambiguous separator");
}

/** `figure/`: reported figures keep their qualifier honest through sums, text both ways. */
function figure(lib: Lib): void {
  const { Figure, formatFigure, parseFigure } = lib;
  equal(
    Figure.count(400, "about").add(Figure.count(14)).toJSON(),
    { qualifier: "about", count: "414" },
    "about + exact",
  );
  equal(formatFigure(Figure.count(400, "about"), { unit: "đoàn" }), "khoảng 400 đoàn", "formatFigure vi");
  equal(
    formatFigure(Figure.count(1576, "at-least"), { locale: "en", unit: "cases" }),
    "at least 1,576 cases",
    "formatFigure en",
  );
  equal(parseFigure("hơn 1 triệu USD").toString(), "over 1000000.00 USD", "parseFigure vi money");
  throwsCode(lib, () => Figure.count(0.5), "UNSAFE_NUMBER", "a float count is refused");
}

/** `period/`: Vietnam-time periods (UTC+7, whatever the runtime's own time zone), parsing, labels. */
function period(lib: Lib): void {
  const { periodOf, parsePeriod, Period } = lib;
  equal(periodOf("2024-06-30T17:00:00Z", "half-year").toString(), "2024-H2", "30 June 17:00Z is 1 July in Hanoi");
  equal(periodOf("2024-06-30T16:59:59Z", "half-year").toString(), "2024-H1", "30 June 16:59:59Z is still H1");
  equal(periodOf(new Date("2024-06-30T17:00:00Z"), "half-year").toString(), "2024-H2", "a Date at the boundary");
  equal(periodOf("2024-06-30", "half-year").toString(), "2024-H1", "a calendar date");
  equal(periodOf("2024-08-01", "term").toString(), "2021-2025", "the plan term");
  equal(
    periodOf("2024-06-15", "half-year", { convention: "administrative" }).toString(),
    "2024-H2",
    "administrative cut-off",
  );
  throwsCode(lib, () => periodOf("2024-13-01", "half-year"), "INVALID_DATE", "a bad date");

  const h1 = Period.halfYear(2024, 1);
  equal([h1.start, h1.end, h1.previous().toString()], ["2024-01-01", "2024-06-30", "2023-H2"], "Period.halfYear");
  ok(parsePeriod("2024-H1") === h1, "periods are interned");
  equal(parsePeriod("6 tháng đầu năm 2024").toString(), "2024-H1", "parse a Vietnamese label");
  equal(parsePeriod("quý III/2024").toString(), "2024-Q3", "parse a Roman-numeral quarter");
  equal(parsePeriod("2024-H1").label("vi"), "6 tháng đầu năm 2024", "Vietnamese label");
  equal(parsePeriod("2021-2025").label("en"), "2021–2025 term", "English label");
  equal(JSON.stringify({ period: Period.quarter(2024, 3) }), '{"period":"2024-Q3"}', "JSON form");
}

/** `entities/`: a batch of delegations with invalid records, every one returned with its coded issues. */
function entities(lib: Lib): void {
  const good = {
    member: "so-ngoai-vu-hai-phong",
    direction: "outgoing",
    start: "2024-06-28",
    end: "2024-07-03",
    countries: ["KR"],
    ledBy: "people-committee-vice-chair",
    headcount: 6,
    purpose: "Trade promotion in Incheon",
    status: "completed",
    cost: { amount: "350000000", currency: "VND" },
  };
  const batch = lib.parseBatch(lib.DelegationSchema, [
    good,
    { ...good, start: "2024-07-05" },
    { ...good, countries: ["XX"] },
    { ...good, cost: { amount: "12.5", currency: "XYZ" } },
    { ...good, end: "2024-07-03T00:00:00" },
    { ...good, start: "2024-02-30" },
  ]);
  equal(
    batch.valid.map((r) => [r.index, r.value.cost?.toString()]),
    [[0, "350000000 VND"]],
    "the valid record, cost decoded to Money",
  );
  equal(
    batch.invalid.map((r) => [r.index, r.issues.map((i) => [i.code, i.path])]),
    [
      [1, [["END_BEFORE_START", ["end"]]]],
      [2, [["UNKNOWN_COUNTRY", ["countries", 0]]]],
      [3, [["UNKNOWN_CURRENCY", ["cost", "currency"]]]],
      [4, [["INVALID_INSTANT", ["end"]]]],
      [5, [["INVALID_DATE", ["start"]]]],
    ],
    "every invalid record, with its index, codes and paths",
  );
  const vi = lib.safeParse(lib.DelegationSchema, { ...good, direction: "sideways" }, { lang: "vi" });
  equal(
    vi.success ? [] : vi.issues.map((i) => [i.code, i.message]),
    [["INVALID_ENUM", 'Giá trị phải là một trong outgoing, incoming, nhận được "sideways"']],
    "issues in Vietnamese",
  );
  throwsCode(lib, () => lib.parse(lib.DelegationSchema, { ...good, headcount: "six" }), "INVALID_TYPE", "parse throws");
  const d = lib.parse(lib.DelegationSchema, good);
  equal(lib.encode(lib.DelegationSchema, d), good, "encode gives the wire form back");
  // Form libraries in the browser call the schema through Standard Schema.
  const standard = lib.DelegationSchema["~standard"];
  const accepted = standard.validate(good);
  const refused = standard.validate({ ...good, countries: ["XX"] });
  ok(!(accepted instanceof Promise) && !(refused instanceof Promise), "Standard Schema validates synchronously");
  if (!(accepted instanceof Promise) && !(refused instanceof Promise)) {
    equal([standard.vendor, accepted.issues === undefined], ["zod", true], "Standard Schema accepts a valid record");
    equal(
      refused.issues?.map((i) => i.path?.map((p) => (typeof p === "object" ? p.key : p))),
      [["countries", 0]],
      "and refuses an invalid one",
    );
  }
}

/** `reference/`: provinces by date (63 before 1 July 2025, 34 after), successors, folded-name search. */
function reference(lib: Lib): void {
  const { province, provinces } = lib;
  equal(province("24", "2025-06-30").nameVi, "Bắc Giang", "province 24 before 1 July 2025");
  equal(province("24", "2025-07-01").nameVi, "Bắc Ninh", "province 24 from 1 July 2025");
  equal(
    province("24", new Date("2025-06-30T17:00:00Z")).nameVi,
    "Bắc Ninh",
    "a Date is read on the Vietnam calendar (30 June 17:00Z is 1 July in Hanoi)",
  );
  equal([provinces("2025-06-30").length, provinces("2025-07-01").length], [63, 34], "63, then 34 provinces");
  throwsCode(lib, () => province("35", "2025-07-01"), "PROVINCE_NOT_VALID_AT_DATE", "a merged-away code");
  equal(lib.successor("35", "2024-01-01").code, "37", "successor of Hà Nam");
  equal(
    lib.predecessors("37").map((p) => p.nameVi),
    ["Hà Nam", "Nam Định", "Ninh Bình"],
    "predecessors of Ninh Bình",
  );
  equal(
    [lib.findProvince("Hoa Binh").code, lib.findProvince("Hoà Bình").code, lib.findProvince("VN-04").nameVi],
    ["17", "17", "Cao Bằng"],
    "findProvince folds tone marks and diacritics",
  );
  throwsCode(lib, () => lib.findProvince("Atlantis"), "UNKNOWN_PROVINCE", "an unknown province");
  ok(lib.isCountryCode("KR") && !lib.isCountryCode("XX"), "country codes");
}

/**
 * `rollup/` on the built-in sample (`ngoaivu/samples`, a subpath that reaches the
 * core through "ngoaivu": one copy of every class): parse the Cluster II
 * 2024-H1 records, `summarize` them, `compile` them with the two members'
 * own submitted reports.
 */
function rollup(lib: Lib): void {
  const { report, summary } = compileSample(lib);
  equal(
    summary.records,
    { input: 585, counted: 582, outsidePeriod: 3, unknownMember: 0 },
    "summarize accounts for every record",
  );
  equal(report.notReported.length, 0, "every member reported");
  equal(
    [report.totals.delegations?.outgoing?.toString(), report.totals.delegations?.incoming?.toString()],
    ["about 400", "nearly 360"],
    "delegations: exact records plus rounded submitted figures",
  );
  equal(
    report.totals.delegations?.cost,
    { qualifier: "exact", amounts: [{ amount: "91798000000", currency: "VND" }] },
    "delegation cost, exact to the đồng",
  );
  equal(
    report.totals.ngo?.committed,
    { qualifier: "over", amounts: [{ amount: "1000000.00", currency: "USD" }] },
    "NGO aid committed",
  );
  equal(report.totals.agreements?.new?.toString(), "14", "new agreements");
}

/** `report/`: the compiled sample rendered to text (vi, en) and HTML; the output must be the same everywhere. */
function reportSection(lib: Lib): string {
  const { report: cluster, members } = compileSample(lib);
  const vi = lib.render(cluster, { members });
  const en = lib.render(cluster, { members, lang: "en" });
  const html = lib.render(cluster, { members, format: "html" });
  equal(
    vi.split("\n").find((line) => line.startsWith("Trong ")),
    "Trong 6 tháng đầu năm 2024, Cụm thi đua số II đã tổ chức khoảng 400 đoàn ra, đón gần 360 đoàn vào, " +
      "ký kết 14 thỏa thuận quốc tế mới; tiếp nhận gần 100 dự án phi chính phủ nước ngoài với tổng giá trị cam kết " +
      "hơn 1 triệu USD; giải quyết 52 vụ việc lãnh sự, " +
      "38 vụ việc bảo hộ công dân và 12 hồ sơ xin phép sử dụng thẻ ABTC.",
    // No "vận động 8 tổ chức …": Hải Phòng and Hà Nội sent no NGO partners, so 8 is not the cluster's figure.
    "the Vietnamese summary sentence",
  );
  equal(en.split("\n")[0], "Foreign affairs report, first half of 2024: Emulation Cluster II", "the English title");
  ok(html.startsWith("<!DOCTYPE html>") && html.includes('<html lang="vi">'), "a whole HTML document");
  ok((html.match(/<svg/g)?.length ?? 0) >= 1, "with inline SVG charts");
  ok(!/\b(undefined|NaN|\[object Object\])\b/.test(vi + en + html), "no undefined, NaN or [object Object]");
  equal(lib.render(cluster, { members, format: "html" }) === html, true, "rendering is deterministic");
  return fingerprint(`${vi}\u0000${en}\u0000${html}`);
}

/** Parses the Cluster II 2024-H1 sample, summarizes it and compiles it with the submitted reports. */
function compileSample(lib: Lib) {
  const { cluster, members } = samples.clusterII();
  const raw = samples.clusterIIRecords2024H1();
  const all = <T>(batch: { valid: readonly { value: T }[]; invalid: readonly unknown[] }, what: string): T[] => {
    equal(batch.invalid.length, 0, `every sample ${what} is valid`);
    return batch.valid.map((r) => r.value);
  };
  const records = {
    delegations: all(lib.parseBatch(lib.DelegationSchema, raw.delegations), "delegation"),
    agreements: all(lib.parseBatch(lib.InternationalAgreementSchema, raw.agreements), "agreement"),
    consularCases: all(lib.parseBatch(lib.ConsularCaseSchema, raw.consularCases), "consular case"),
    ngoProjects: all(lib.parseBatch(lib.NgoProjectSchema, raw.ngoProjects), "NGO project"),
  };
  const summary = lib.summarize(records, { period: "2024-H1", members });
  const submitted = samples.clusterIISubmitted2024H1().map((r) => lib.parse(lib.MemberReportSchema, r));
  const report = lib.compile([...summary.reports, ...submitted], cluster, "2024-H1", { members });
  return { summary, report, members };
}

/** Every section, in order. */
const SECTIONS: ReadonlyArray<readonly [string, (lib: Lib) => unknown]> = [
  ["errors", errors],
  ["money", money],
  ["money text", moneyText],
  ["figure", figure],
  ["period", period],
  ["reference", reference],
  ["entities", entities],
  ["rollup", rollup],
  ["report", reportSection],
];

/** Runs every section against `lib` and reports each one. */
export function runSmoke(lib: Lib = ngoaivu): SmokeReport {
  const sections = SECTIONS.map(([name, section]): SectionResult => {
    checks = 0;
    try {
      const digest = section(lib);
      return typeof digest === "string" ? { name, ok: true, checks, fingerprint: digest } : { name, ok: true, checks };
    } catch (error) {
      return { name, ok: false, checks, error: error instanceof Error ? error.message : String(error) };
    }
  });
  return { ok: sections.every((s) => s.ok), sections };
}

const report = runSmoke();
(globalThis as { __NGOAIVU_SMOKE__?: SmokeReport }).__NGOAIVU_SMOKE__ = report;
console.log(`NGOAIVU_SMOKE ${JSON.stringify(report)}`);

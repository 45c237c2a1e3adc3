/**
 * The command's words: every phrase `ngoaivu validate` and `ngoaivu report`
 * print in the language of `--lang`, one interface (`CliWords`) and one
 * object a language (`vi`, `en`), in the manner of the library's locales
 * (`src/locale/`). The code picks the object by language (`cliWords(lang)`)
 * and holds no language branch of its own. Messages of error codes come from
 * the library (`formatMessage`), not from here. Types only from the library:
 * `ngoaivu --help` stays light.
 *
 * @internal
 * @module
 */
import type { Lang, Province } from "ngoaivu";

/** A province as the issuer's defaults name it. */
export type ProvinceNames = Pick<Province, "nameVi" | "nameEn" | "kind">;

/** Every phrase the command prints in one language. */
export interface CliWords {
  readonly code: Lang;
  /** The locale of `toLocaleString` for the counts of a file's summary line. */
  readonly numberLocale: string;
  /** Where an invalid record is: "line 3: ", "line 3 (record 2): " (`record` from 1). */
  readonly problemAt: (line: number, record: number | undefined) => string;
  /** A file whose records are of no kind the command can tell. */
  readonly unknownKind: string;
  /** A file's summary line: "a.json: 3 valid, 1 invalid (delegation, JSON)"; the counts already written. */
  readonly fileSummary: (file: string, valid: string, invalid: string, kind: string, format: string) => string;
  /** The closing line over several files: "2 files: 5 valid, 1 invalid". */
  readonly filesSummary: (files: number, valid: number, invalid: number) => string;
  /** What a value of a file of unknown kind should have been (the `expected` of `INVALID_TYPE`). */
  readonly aRecord: string;
  /** What a field of an issuer file should be (the `expected` of `INVALID_TYPE`), by the check's own word. */
  readonly expected: Readonly<Record<string, string>>;
  /** The hint after a file's problem: "run ngoaivu validate a.csv". */
  readonly runValidate: (file: string) => string;
  /** Invalid records stop a report: how many, the first one's line, and `first` (": CODE at path: message" or ""). */
  readonly invalidRecords: (file: string, count: number, line: number, first: string) => string;
  /** The warning when a Word document has no signer. */
  readonly noSigner: string;
  /** One unknown member id of a report, with its record count. */
  readonly unknownMember: (member: string, records: number) => string;
  /** The warning that names the unknown member ids (the list already joined). */
  readonly unknownMembers: (list: string) => string;
  /** The superior body of a member's agency: "UBND tỉnh Cao Bằng", "Cao Bang Provincial People's Committee". */
  readonly superior: (p: ProvinceNames) => string;
  /** The place of issue of a member's document: the province's name. */
  readonly place: (p: ProvinceNames) => string;
  /** Where in a record an issue is, after its code: " at cost.amount" (the path already made safe). */
  readonly at: (path: string) => string;
  /** The line a problem is on, after its message: " (line 3)". */
  readonly onLine: (line: number) => string;
  /** The end of a message cut short: " (120 more characters)". */
  readonly moreCharacters: (count: number) => string;
  /** A file that is not there. */
  readonly noSuchFile: (file: string) => string;
  /** Why a path cannot be read (the `reason` of `UNREADABLE_INPUT`): a folder. */
  readonly aFolder: string;
  /** Why a path cannot be read: neither a file nor a folder (a device, a socket). */
  readonly notAFile: string;
  /** Why a path cannot be read when the system gives no code. */
  readonly anError: string;
  /** The detail of `MALFORMED_JSON` for a file of several values where one is wanted. */
  readonly manyValues: (count: number) => string;
  /** The `entity` of `CSV_BAD_HEADER` when the file's kind of record is not known. */
  readonly unknownRecordKind: string;
  /** The `column` of `CSV_BAD_HEADER` for an empty header cell, numbered from 1. */
  readonly emptyColumn: (index: number) => string;
  /** The detail of `MALFORMED_JSON` from the JSON parser's own message. */
  readonly jsonError: (message: string) => string;
  /** The detail of `MALFORMED_JSON` where a JSON file's reader wanted a separator or the end: `found` already quoted. */
  readonly jsonExpected: (wanted: "separator" | "end", found: string) => string;
  /** A usage error: a file whose format its name does not tell. */
  readonly unknownFormat: (file: string) => string;
  /** A usage error: member reports in a CSV file. */
  readonly reportsFromJson: (file: string) => string;
  /** A usage error: a file of records a report does not use. */
  readonly notForReport: (file: string, type: string) => string;
  /** A usage error: an option's value is not one of the allowed (`allowed` joined, `received` quoted). */
  readonly mustBeOneOf: (name: string, allowed: string, received: string) => string;
  /** A usage error: `--type` names no entity (`given` quoted, `names` joined). */
  readonly unknownEntity: (given: string, names: string) => string;
  /** A usage error: validate without files. */
  readonly giveFiles: string;
  /** A usage error: an office format to a terminal. */
  readonly binaryNeedsOut: (format: string) => string;
  /** A usage error: `--compare` is no rule and no JSON file (`received` quoted, `near` a rule or undefined). */
  readonly compareMustBe: (rules: readonly string[], received: string, near: string | undefined) => string;
  /** A usage error: `--period` cannot be read (`text` quoted). */
  readonly badPeriod: (text: string) => string;
  /** A usage error: the cao-bang sample with another period. */
  readonly caoBangPeriod: string;
  /** A usage error: the national sample with another period. */
  readonly nationalPeriod: string;
  /** A usage error: the national sample with --compare. */
  readonly nationalCompare: string;
  /** A usage error: same-period-last-year for a term report. */
  readonly noSamePeriodForTerm: string;
  /** A usage error: `--cluster` neither II nor a JSON file (`received` quoted). */
  readonly clusterFile: (received: string) => string;
  /** A usage error: `--sample` with files. */
  readonly sampleWithFiles: string;
  /** A usage error: a report from files without `--period`. */
  readonly givePeriod: string;
  /** A usage error: an issuer option without `--format docx`. */
  readonly docxOnly: (option: string) => string;
  /** A usage error: a comparison rule that has no period for this one (`kind` the period's: half-year, term…). */
  readonly noSuchPeriod: (rule: string, kind: string, period: string) => string;
  /** A usage error: `--out` cannot be written (`code` the system's). */
  readonly cannotWrite: (out: string, code: string) => string;
  /** The line on stderr after writing `--out`. */
  readonly wrote: (out: string) => string;
  /** The progress line of validate: the file, megabytes read and in all (already written), records read. */
  readonly validateProgress: (file: string, read: string, size: string, records: number) => string;
  /** The progress line of report: megabytes read and in all (already written). */
  readonly reportProgress: (read: string, total: string) => string;
}

/**
 * The JSON parser's (V8's) messages, by their beginning, in Vietnamese; the
 * position it names follows. An unknown message reads as a syntax error.
 */
const JSON_ERRORS_VI: readonly (readonly [RegExp, string | ((m: RegExpExecArray) => string)])[] = [
  [/^Unexpected end of JSON input/, "dữ liệu JSON dừng giữa chừng"],
  [/^Unexpected token '?(.+?)'?, /, (m) => `ký tự ${JSON.stringify(m[1])} không đúng chỗ`],
  [/^Unexpected token/, "có ký tự không đúng chỗ"],
  [/^Unexpected non-whitespace character after JSON/, "còn dữ liệu sau giá trị JSON"],
  [/^Unexpected number/, "có số không đúng chỗ"],
  [/^Unexpected string/, "có chuỗi không đúng chỗ"],
  [/^Unterminated string/, "chuỗi thiếu dấu ngoặc kép đóng"],
  [/^Unterminated fractional number/, "thiếu chữ số sau dấu chấm thập phân"],
  [/^Expected (?:property name|double-quoted property name)/, "cần tên thuộc tính trong dấu ngoặc kép"],
  [/^Expected ':'/, "cần dấu hai chấm sau tên thuộc tính"],
  [/^Expected ',' or '}'/, 'cần dấu "," hoặc "}" sau giá trị thuộc tính'],
  [/^Expected ',' or ']'/, 'cần dấu "," hoặc "]" sau phần tử'],
  [/^Bad control character/, "có ký tự điều khiển trong chuỗi"],
  [/^Bad (?:escaped character|Unicode escape)/, "ký tự sau dấu \\ không hợp lệ"],
  [/^No number after minus sign/, "thiếu chữ số sau dấu trừ"],
  [/^Exponent part is missing a number/, "thiếu chữ số ở phần số mũ"],
];

function jsonErrorVi(message: string): string {
  let what = "sai cú pháp";
  for (const [pattern, words] of JSON_ERRORS_VI) {
    const m = pattern.exec(message);
    if (m === null) continue;
    what = typeof words === "string" ? words : words(m);
    break;
  }
  const at = /at position (\d+)/.exec(message)?.[1];
  return at === undefined ? what : `${what}, ở vị trí ${at}`;
}

/** Vietnamese. */
export const vi: CliWords = {
  code: "vi",
  numberLocale: "vi-VN",
  problemAt: (line, record) => (record === undefined ? `dòng ${line}: ` : `dòng ${line} (bản ghi ${record}): `),
  unknownKind: "không rõ loại",
  fileSummary: (file, valid, invalid, kind, format) =>
    `${file}: ${valid} hợp lệ, ${invalid} không hợp lệ (${kind}, ${format})`,
  filesSummary: (files, valid, invalid) => `${files} tệp: ${valid} hợp lệ, ${invalid} không hợp lệ`,
  aRecord: "một bản ghi (đối tượng JSON)",
  expected: { string: "chuỗi ký tự", object: "đối tượng", strings: "danh sách chuỗi ký tự" },
  runValidate: (file) => `chạy ngoaivu validate ${file}`,
  invalidRecords: (file, count, line, first) =>
    `${file}: ${count} bản ghi không hợp lệ, bản ghi đầu tiên ở dòng ${line}${first} (chạy ngoaivu validate ${file})`,
  noSigner: "ngoaivu: chưa có người ký (signer trong --issuer TỆP): văn bản không có phần chữ ký\n",
  unknownMember: (member, records) => `${member} (${records} bản ghi)`,
  unknownMembers: (list) => `ngoaivu report: mã thành viên không xác định, không tính vào tổng: ${list}\n`,
  superior: (p) => `UBND ${p.kind === "city" ? "thành phố" : "tỉnh"} ${p.nameVi}`,
  place: (p) => p.nameVi,
  at: (path) => ` tại ${path}`,
  onLine: (line) => ` (dòng ${line})`,
  moreCharacters: (count) => ` (còn ${count.toLocaleString("vi-VN")} ký tự)`,
  noSuchFile: (file) => `${file}: không có tệp này`,
  aFolder: "EISDIR: đây là thư mục, không phải tệp",
  notAFile: "không phải tệp thông thường",
  anError: "lỗi không rõ",
  manyValues: (count) => `có ${count} giá trị, cần đúng một`,
  unknownRecordKind: "một loại bản ghi chưa xác định",
  emptyColumn: (index) => `#${index} (để trống)`,
  jsonError: jsonErrorVi,
  jsonExpected: (wanted, found) =>
    wanted === "separator" ? `cần dấu "," hoặc "]", gặp ${found}` : `cần kết thúc tài liệu, gặp ${found}`,
  unknownFormat: (file) => `${file}: không nhận ra định dạng từ tên tệp: hãy chỉ rõ --format json, ndjson hoặc csv`,
  reportsFromJson: (file) => `${file}: báo cáo của thành viên được đọc từ JSON, không đọc từ CSV`,
  notForReport: (file, type) => `${file}: chứa bản ghi ${type}, loại báo cáo không dùng đến`,
  mustBeOneOf: (name, allowed, received) => `--${name} phải là một trong ${allowed} (nhận được ${received})`,
  unknownEntity: (given, names) => `--type: không có loại bản ghi ${given} (một trong ${names})`,
  giveFiles: "validate: hãy chỉ ra ít nhất một tệp (xem ngoaivu validate --help)",
  binaryNeedsOut: (format) =>
    `--format ${format} ghi ra tệp nhị phân: hãy chỉ rõ --out TỆP (hoặc chuyển hướng đầu ra chuẩn vào một tệp)`,
  compareMustBe: (rules, received, near) =>
    `--compare phải là ${rules.join(" hoặc ")}, hoặc tệp JSON của một báo cáo (nhận được ${received})${near === undefined ? "" : `; có phải ý bạn là ${near}?`}`,
  badPeriod: (text) => `--period: không đọc được ${text} (ví dụ 2024-H1, 2024, 2021-2025)`,
  caoBangPeriod: "--period: mẫu cao-bang chỉ có kỳ 2020-2025",
  nationalPeriod: "--period: mẫu national chỉ có kỳ 2023",
  nationalCompare: "--compare: mẫu national không có kỳ trước để so sánh",
  noSamePeriodForTerm:
    "--compare same-period-last-year: báo cáo nhiệm kỳ không có cùng kỳ năm trước; hãy dùng previous",
  clusterFile: (received) => `--cluster: cụm có sẵn là II; cụm khác hãy đưa vào bằng tệp JSON (nhận được ${received})`,
  sampleWithFiles: "--sample chỉ dùng cho báo cáo không có tệp",
  givePeriod: "report: hãy chỉ rõ --period (ví dụ --period 2024-H1)",
  docxOnly: (option) => `--${option} chỉ dùng với --format docx`,
  noSuchPeriod: (rule, _kind, period) =>
    `--compare ${rule}: kỳ ${period} không có kỳ như vậy để so sánh${rule === "previous" ? "" : "; hãy dùng previous"}`,
  cannotWrite: (out, code) => `--out: không ghi được ${out} (${code})`,
  wrote: (out) => `ngoaivu: đã ghi ${out}\n`,
  validateProgress: (file, read, size, records) =>
    `ngoaivu validate: ${file}: ${read} / ${size}, ${records.toLocaleString("vi-VN")} bản ghi`,
  reportProgress: (read, total) => `ngoaivu report: ${read} / ${total}`,
};

/** English. */
export const en: CliWords = {
  code: "en",
  numberLocale: "en-US",
  problemAt: (line, record) => (record === undefined ? `line ${line}: ` : `line ${line} (record ${record}): `),
  unknownKind: "unknown kind",
  fileSummary: (file, valid, invalid, kind, format) =>
    `${file}: ${valid} valid, ${invalid} invalid (${kind}, ${format})`,
  filesSummary: (files, valid, invalid) => `${files} files: ${valid} valid, ${invalid} invalid`,
  aRecord: "a record (a JSON object)",
  expected: { string: "a string", object: "an object", strings: "an array of strings" },
  runValidate: (file) => `run ngoaivu validate ${file}`,
  invalidRecords: (file, count, line, first) =>
    `${file}: ${count} invalid record${count === 1 ? "" : "s"}, the first on line ${line}${first} (run ngoaivu validate ${file})`,
  noSigner: "ngoaivu: no signer given (signer in --issuer FILE): the document has no signature block\n",
  unknownMember: (member, records) => `${member} (${records} record${records === 1 ? "" : "s"})`,
  unknownMembers: (list) => `ngoaivu report: unknown member ids, not in the totals: ${list}\n`,
  superior: (p) => `${p.nameEn} ${p.kind === "city" ? "" : "Provincial "}People's Committee`,
  place: (p) => p.nameEn,
  at: (path) => ` at ${path}`,
  onLine: (line) => ` (line ${line})`,
  moreCharacters: (count) => ` (${count} more characters)`,
  noSuchFile: (file) => `${file}: no such file`,
  aFolder: "EISDIR: a folder, not a file",
  notAFile: "not a regular file",
  anError: "error",
  manyValues: (count) => `${count} values, expected one`,
  unknownRecordKind: "an unknown kind of record",
  emptyColumn: (index) => `#${index} (empty)`,
  jsonError: (message) => message,
  jsonExpected: (wanted, found) =>
    `${wanted === "separator" ? 'expected "," or "]"' : "expected the end of the document"}, found ${found}`,
  unknownFormat: (file) => `${file}: cannot tell the format from the name: give --format json, ndjson or csv`,
  reportsFromJson: (file) => `${file}: member reports are read from JSON, not CSV`,
  notForReport: (file, type) => `${file}: holds ${type} records, which a report does not use`,
  mustBeOneOf: (name, allowed, received) => `--${name} must be one of ${allowed} (received ${received})`,
  unknownEntity: (given, names) => `--type: unknown entity ${given} (one of ${names})`,
  giveFiles: "validate: give at least one file (try ngoaivu validate --help)",
  binaryNeedsOut: (format) => `--format ${format} writes a binary file: give --out FILE (or redirect stdout to a file)`,
  compareMustBe: (rules, received, near) =>
    `--compare must be ${rules.join(" or ")}, or a report's JSON file (received ${received})${near === undefined ? "" : `; did you mean ${near}?`}`,
  badPeriod: (text) => `--period: cannot read ${text} (e.g. 2024-H1, 2024, 2021-2025)`,
  caoBangPeriod: "--period: the cao-bang sample covers 2020-2025 only",
  nationalPeriod: "--period: the national sample covers 2023 only",
  nationalCompare: "--compare: the national sample has no previous period to compare with",
  noSamePeriodForTerm: "--compare same-period-last-year: a term report has no same period last year; use previous",
  clusterFile: (received) =>
    `--cluster: the built-in cluster is II; give another as a JSON file (received ${received})`,
  sampleWithFiles: "--sample is for a report without files",
  givePeriod: "report: give --period (e.g. --period 2024-H1)",
  docxOnly: (option) => `--${option} is for --format docx`,
  noSuchPeriod: (rule, kind, period) =>
    `--compare ${rule}: a ${kind} (${period}) has no such period${rule === "previous" ? "" : "; use previous"}`,
  cannotWrite: (out, code) => `--out: cannot write ${out} (${code})`,
  wrote: (out) => `ngoaivu: wrote ${out}\n`,
  validateProgress: (file, read, size, records) => `ngoaivu validate: ${file}: ${read} of ${size}, ${records} records`,
  reportProgress: (read, total) => `ngoaivu report: ${read} of ${total}`,
};

const WORDS: Readonly<Record<Lang, CliWords>> = { vi, en };

/** The command's words in a language (`--lang`, already checked: `"vi"` or `"en"`). */
export function cliWords(lang: Lang): CliWords {
  return WORDS[lang];
}

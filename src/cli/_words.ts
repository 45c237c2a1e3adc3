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
  expected: { string: "chuỗi ký tự", object: "đối tượng", strings: "mảng chuỗi ký tự" },
  runValidate: (file) => `chạy ngoaivu validate ${file}`,
  invalidRecords: (file, count, line, first) =>
    `${file}: ${count} bản ghi không hợp lệ, bản ghi đầu tiên ở dòng ${line}${first} (chạy ngoaivu validate ${file})`,
  noSigner: "ngoaivu: chưa có người ký (signer trong --issuer FILE): văn bản không có phần chữ ký\n",
  unknownMember: (member, records) => `${member} (${records} bản ghi)`,
  unknownMembers: (list) => `ngoaivu report: mã thành viên không xác định, không tính vào tổng: ${list}\n`,
  superior: (p) => `UBND ${p.kind === "city" ? "thành phố" : "tỉnh"} ${p.nameVi}`,
  place: (p) => p.nameVi,
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
};

const WORDS: Readonly<Record<Lang, CliWords>> = { vi, en };

/** The command's words in a language (`--lang`, already checked: `"vi"` or `"en"`). */
export function cliWords(lang: Lang): CliWords {
  return WORDS[lang];
}

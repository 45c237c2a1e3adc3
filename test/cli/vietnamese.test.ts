/**
 * No English inside the command's Vietnamese: `--lang vi` over the entity
 * fixtures (test/fixtures/entities: every invalid record, as NDJSON and as
 * --json output; the valid ones as a JSON array), over files that cannot be
 * used (empty, binary, a folder, cut short, not JSON, a bad CSV header or
 * row, values that are no records), bad issuer files and usage errors, and
 * over the report itself. Every line is read for the words of
 * test/_english.ts; codes, options, quoted inputs, paths and ids are no words.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ENTITY_SCHEMAS, type EntityName } from "../../src/index.js";
import { englishWords } from "../_english.js";
import { loadFixtures } from "../entities/_fixtures.js";
import { ensureBuilt, run } from "./_cli.js";

vi.setConfig({ testTimeout: 120_000 });

const dir = mkdtempSync(join(tmpdir(), "ngoaivu-cli-vi-"));
const f = (name: string) => join(dir, name);
beforeAll(() => ensureBuilt(), 180_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ENTITIES = Object.keys(ENTITY_SCHEMAS) as EntityName[];
const ndjson = (records: readonly unknown[]) => `${records.map((r) => JSON.stringify(r)).join("\n")}\n`;

/** The lines of an output with English words, each with the words found. */
function english(output: string): string[] {
  const found: string[] = [];
  for (const line of output.split("\n")) {
    const words = englishWords(line);
    if (words.length > 0) found.push(`${JSON.stringify(words)} in: ${line}`);
  }
  return found;
}

/** The messages of `validate --json`, one a line. */
function jsonMessages(stdout: string): string {
  const out = JSON.parse(stdout) as { files: { invalid: { issues: { message: string }[] }[] }[] };
  return out.files.flatMap((file) => file.invalid.flatMap((p) => p.issues.map((i) => i.message))).join("\n");
}

beforeAll(() => {
  for (const entity of ENTITIES) {
    const { valid, invalid } = loadFixtures(entity);
    writeFileSync(f(`${entity}.ndjson`), ndjson(invalid.map((i) => i.record)));
    writeFileSync(f(`${entity}.json`), JSON.stringify(valid.map((v) => v.record)));
  }
  writeFileSync(f("empty.json"), "");
  writeFileSync(f("empty.csv"), "");
  writeFileSync(f("garbage.ndjson"), new Uint8Array([0x89, 0x50, 0x00, 0xff, 0x0a]));
  mkdirSync(f("folder.json"));
  writeFileSync(f("numbers.json"), "[1, null, [2], true]");
  writeFileSync(f("two.json"), '{"member": "a"}\n{"member": "b"}\n');
  writeFileSync(f("lines.ndjson"), 'x{\n{"a": 1,}\n"abc\n[1,]\n{"a": 1} 2\n{"a": "\\x"}\n-\n');
  writeFileSync(f("cut.ndjson"), '{"member": "a"}\n{"member": ');
  writeFileSync(f("sep.json"), '[{"member": "a"} x]');
  writeFileSync(f("header.csv"), "member,,direction\na,b,c\n");
  writeFileSync(f("row.csv"), "id,names.vi\na,b,c\n");
  writeFileSync(f("nokind.json"), '{"colour": "red"}');
  writeFileSync(f("issuer-name.json"), '{"agency": {"name": 5}}');
  writeFileSync(f("issuer-recipients.json"), '{"recipients": "all"}');
  writeFileSync(f("issuer-list.json"), "[1]");
  writeFileSync(f("issuer-key.json"), '{"colour": 1}');
});

/** Every run of the command this file reads: [what it shows, args] (`--lang vi` added). */
function runs(): [string, string[]][] {
  const out: [string, string[]][] = [];
  for (const entity of ENTITIES) {
    out.push([`invalid ${entity} records`, ["validate", f(`${entity}.ndjson`), "--type", entity]]);
    out.push([`valid ${entity} records`, ["validate", f(`${entity}.json`), "--type", entity]]);
  }
  const files = [
    "empty.json",
    "empty.csv",
    "garbage.ndjson",
    "folder.json",
    "numbers.json",
    "two.json",
    "lines.ndjson",
  ];
  for (const name of [...files, "cut.ndjson", "sep.json", "header.csv", "row.csv"]) {
    out.push([name, ["validate", f(name), ...(name === "row.csv" ? ["--type", "member"] : [])]]);
  }
  out.push(["several files", ["validate", f("delegation.ndjson"), f("member.ndjson")]]);
  out.push(["a file that is not there", ["validate", f("missing.ndjson")]]);
  out.push(["a name that tells no format", ["validate", f("notes.txt")]]);
  out.push(["records of no kind", ["validate", f("nokind.json")]]);
  out.push(["an unknown entity", ["validate", f("delegation.ndjson"), "--type", "trip"]]);
  out.push(["a bad --format", ["validate", f("delegation.ndjson"), "--format", "xml"]]);
  out.push(["no file", ["validate"]]);
  const period = ["--period", "2024-H1"];
  out.push(["a report of invalid records", ["report", f("delegation.ndjson"), ...period]]);
  out.push(["a report of values that are no records", ["report", f("numbers.json"), ...period]]);
  out.push(["a report of records it does not use", ["report", f("member.json"), ...period]]);
  out.push(["a report of a file cut short", ["report", f("cut.ndjson"), ...period]]);
  out.push(["a report of a missing file", ["report", f("missing.ndjson"), ...period]]);
  out.push(["a report of an unreadable file", ["report", f("folder.json"), ...period]]);
  out.push(["a cluster file of two values", ["report", "--cluster", f("two.json")]]);
  out.push(["a cluster file that is not there", ["report", "--cluster", f("missing.json")]]);
  out.push(["a cluster file that is a folder", ["report", "--cluster", f("folder.json")]]);
  out.push(["a cluster file of invalid records", ["report", "--cluster", f("emulation-cluster.ndjson")]]);
  out.push(["a cluster that is not built in", ["report", "--cluster", "IX"]]);
  out.push(["a bad period", ["report", "--period", "someday"]]);
  out.push(["a bad format", ["report", "--format", "pdf"]]);
  out.push(["a bad convention", ["report", "--convention", "lunar"]]);
  out.push(["a bad comparison", ["report", "--compare", "yesterday"]]);
  out.push(["a term without a same period", ["report", "--sample", "cao-bang", "--compare", "same-period-last-year"]]);
  out.push([
    "a period without a same period",
    ["report", "--period", "2021-2025", "--compare", "same-period-last-year"],
  ]);
  out.push(["files without a period", ["report", f("delegation.ndjson")]]);
  out.push(["a sample with files", ["report", f("delegation.ndjson"), ...period, "--sample", "cao-bang"]]);
  out.push(["the cao-bang sample with another period", ["report", "--sample", "cao-bang", "--period", "2024"]]);
  out.push(["an issuer without docx", ["report", "--issuer", f("issuer-name.json")]]);
  const docx = ["report", "--format", "docx", "--out", f("out.docx")];
  for (const name of [
    "issuer-name.json",
    "issuer-recipients.json",
    "issuer-list.json",
    "issuer-key.json",
    "two.json",
  ]) {
    out.push([`an issuer file: ${name}`, [...docx, "--issuer", f(name)]]);
  }
  out.push(["an issuer file that is not there", [...docx, "--issuer", f("missing.json")]]);
  out.push(["a bad --date", [...docx, "--date", "20/06/2025"]]);
  out.push(["a document without a signer", docx]);
  out.push(["a file it cannot write", ["report", "--out", join(dir, "missing", "out.txt")]]);
  out.push(["a report written to a file", ["report", "--out", f("out.txt")]]);
  for (const format of ["text", "markdown"]) {
    out.push([`the report as ${format}`, ["report", "--format", format]]);
    out.push([
      `a member's report as ${format}`,
      ["report", "--sample", "cao-bang", "--compare", "previous", "--format", format],
    ]);
  }
  return out;
}

describe("--lang vi: no English inside the command's Vietnamese", () => {
  it("over the fixtures, the files it cannot use, the usage errors and the report", () => {
    const found: string[] = [];
    for (const [what, args] of runs()) {
      const r = run([...args, "--lang", "vi"]);
      expect(r.status, `${what}: ${r.stderr}`).not.toBeNull();
      found.push(...english(`${r.stdout}\n${r.stderr}`).map((line) => `${what}: ${line}`));
    }
    for (const entity of ENTITIES) {
      const r = run(["validate", f(`${entity}.ndjson`), "--type", entity, "--lang", "vi", "--json"]);
      found.push(...english(jsonMessages(r.stdout)).map((line) => `${entity} --json: ${line}`));
    }
    expect(found).toEqual([]);
  });

  it("finds English planted in a Vietnamese line (so the test can fail)", () => {
    const planted = [
      "  dòng 3 (bản ghi 3): REQUIRED at member: Trường này là bắt buộc",
      "ngoaivu: /tmp/a.ndjson: no such file",
      "ngoaivu: a.json: UNREADABLE_INPUT: cannot read the file (EACCES)",
      "  dòng 1 (bản ghi 1): MALFORMED_JSON: Dòng 1 không phải JSON hợp lệ: Unexpected token 'x', \"x{\" is not valid JSON",
      "ngoaivu: a.json: INVALID_TYPE: Cần giá trị kiểu một bản ghi (đối tượng JSON), nhận được number (line 1)",
    ];
    const found = english(planted.join("\n"));
    expect(found).toHaveLength(planted.length);
    expect(found[0]).toContain('["at"]');
    expect(found[1]).toContain('["no such","file"]');
    expect(found[2]).toContain('["cannot","read","the","file"]');
    expect(found[3]).toContain('"is","not","valid"');
    expect(found[4]).toContain('["number","line"]');
    // The same lines, once worded in Vietnamese, pass.
    const worded = [
      "  dòng 3 (bản ghi 3): REQUIRED tại member: Trường này là bắt buộc",
      "ngoaivu: /tmp/a.ndjson: không có tệp này",
      "ngoaivu: a.json: UNREADABLE_INPUT: Không đọc được tệp (EACCES)",
      '  dòng 1 (bản ghi 1): MALFORMED_JSON: Dòng 1 không phải JSON hợp lệ: ký tự "x" không đúng chỗ',
      "ngoaivu: a.json: INVALID_TYPE: Cần giá trị kiểu một bản ghi (đối tượng JSON), nhận được số (dòng 1)",
    ];
    expect(english(worded.join("\n"))).toEqual([]);
  });
});

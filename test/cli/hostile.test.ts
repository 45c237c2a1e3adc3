/**
 * The built command on files a user should never have to fear: empty,
 * binary, unreadable, and files whose records or names carry terminal
 * controls; and the messages for mistyped options and commands.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { CLUSTER_II_MEMBERS_JSON } from "../../src/samples/index.js";
import { ensureBuilt, run } from "./_cli.js";

vi.setConfig({ testTimeout: 60_000 });

const dir = mkdtempSync(join(tmpdir(), "ngoaivu-cli-hostile-"));
const f = (name: string) => join(dir, name);
beforeAll(() => ensureBuilt(), 180_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const trip = {
  member: "so-ngoai-vu-ha-noi",
  direction: "outgoing",
  start: "2024-03-01",
  end: "2024-03-05",
  countries: ["JP"],
  ledBy: "department-head",
  headcount: 4,
  purpose: "Xúc tiến đầu tư",
  status: "completed",
};

/** Bytes that are no text: a NUL, bytes that are not UTF-8, a stray escape. */
const GARBAGE = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff, 0xfe, 0x1b, 0x5b, 0x32, 0x4a, 0xc3, 0x28, 0x0a]);

const ESC = "\u001b";
const BEL = "\u0007";
const OSC = `${ESC}]0;pwned${BEL}`;

/** Any control a terminal would act on, but newline and tab. */
function rawControls(text: string): string[] {
  return [...text].filter((ch) => {
    const c = ch.charCodeAt(0);
    return (
      (c < 0x20 && c !== 0x0a && c !== 0x09) ||
      (c >= 0x7f && c <= 0x9f) ||
      (c >= 0x202a && c <= 0x202e) ||
      (c >= 0x2066 && c <= 0x2069)
    );
  });
}

beforeAll(() => {
  writeFileSync(f("empty.json"), "");
  writeFileSync(f("empty.ndjson"), "");
  writeFileSync(f("empty.csv"), "");
  writeFileSync(f("garbage.json"), GARBAGE);
  writeFileSync(f("garbage.ndjson"), GARBAGE);
  writeFileSync(f("garbage.csv"), GARBAGE);
  writeFileSync(f("latin1.csv"), new Uint8Array([0x6d, 0x65, 0x6d, 0x62, 0x65, 0x72, 0x0a, 0x53, 0xe0, 0x0a]));
  mkdirSync(f("folder.json"));
  writeFileSync(f("numbers.json"), "[1, 2]");
  writeFileSync(f("bad.ndjson"), `${JSON.stringify(trip)}\n${JSON.stringify({ ...trip, direction: "sideways" })}\n`);
  writeFileSync(f("good.ndjson"), `${JSON.stringify(trip)}\n`);
  // A line that is not JSON and holds an OSC sequence (sets the terminal's title), a long one, a bidi override.
  writeFileSync(
    f("osc.ndjson"),
    [
      JSON.stringify(trip),
      `${OSC}{`,
      `{"member": "${"x".repeat(5000)}`,
      JSON.stringify({ ...trip, direction: "x".repeat(5000) }),
      JSON.stringify({ ...trip, direction: `out\u202egoing${ESC}[2J\u009b31m` }),
      "",
    ].join("\n"),
  );
  writeFileSync(f(`name-${ESC}]0;t${BEL}-\u202e.ndjson`), `${JSON.stringify({ ...trip, direction: "sideways" })}\n`);
  const members = CLUSTER_II_MEMBERS_JSON.map((m, i) =>
    i === 0 ? { ...m, names: { vi: `Sở ${ESC}[2J Hải Phòng ${OSC}`, en: `Haiphong \u009b31m \u202eevil` } } : m,
  );
  writeFileSync(f("members.json"), JSON.stringify(members));
});

describe("validate: a file that cannot be used is reported with its code, and the other files still are", () => {
  it("an empty JSON, NDJSON or CSV file without --type: exit 1, EMPTY_INPUT (was: exit 2, cannot tell the kind)", () => {
    for (const name of ["empty.json", "empty.ndjson", "empty.csv"]) {
      const r = run(["validate", f(name)]);
      expect(r.status, name).toBe(1);
      expect(r.stdout).toContain("  EMPTY_INPUT: The file has no records\n");
      expect(r.stdout).toContain(`${f(name)}: 0 valid, 1 invalid (unknown kind, `);
      expect(r.stderr).toBe("");
    }
  });

  it("a file of binary garbage (JSON, NDJSON, CSV; with or without --type): exit 1, BINARY_INPUT", () => {
    for (const args of [
      [f("garbage.json")],
      [f("garbage.ndjson")],
      [f("garbage.csv")],
      [f("garbage.csv"), "--type", "delegation"],
    ]) {
      const r = run(["validate", ...args]);
      expect(r.status, args.join(" ")).toBe(1);
      expect(r.stdout).toContain("BINARY_INPUT: The file is not UTF-8 text (binary data at byte 0)");
      expect(rawControls(r.stdout + r.stderr)).toEqual([]);
    }
    const latin1 = run(["validate", f("latin1.csv"), "--type", "member", "--lang", "vi"]);
    expect(latin1.status).toBe(1);
    expect(latin1.stdout).toContain("BINARY_INPUT: Tệp không phải văn bản UTF-8 (dữ liệu nhị phân ở byte 8)");
  });

  it("a folder: exit 1, UNREADABLE_INPUT", () => {
    const r = run(["validate", f("folder.json")]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("UNREADABLE_INPUT: The file cannot be read (EISDIR");
  });

  it("a file of values that are no records: each is INVALID_TYPE", () => {
    const r = run(["validate", f("numbers.json")]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("line 1 (record 1): INVALID_TYPE: Expected a record (a JSON object), received number");
    expect(r.stdout).toContain("0 valid, 2 invalid (unknown kind, JSON)");
  });

  it("in a run over several files, every file is reported: the broken ones and the invalid records of the others", () => {
    const files = ["empty.json", "garbage.ndjson", "bad.ndjson", "folder.json", "good.ndjson"].map(f);
    const r = run(["validate", ...files]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain("INVALID_ENUM at direction");
    expect(r.stdout).toContain(`${f("bad.ndjson")}: 1 valid, 1 invalid (delegation, NDJSON)`);
    expect(r.stdout).toContain(`${f("good.ndjson")}: 1 valid, 0 invalid (delegation, NDJSON)`);
    expect(r.stdout).toContain("5 files: 2 valid, 4 invalid");
    const json = JSON.parse(run(["validate", ...files, "--json"]).stdout) as {
      files: { type: string | null; invalid: { line: number; issues: { code: string }[] }[] }[];
    };
    expect(json.files.map((x) => [x.type, x.invalid[0]?.issues[0]?.code ?? null])).toEqual([
      [null, "EMPTY_INPUT"],
      [null, "BINARY_INPUT"],
      ["delegation", "INVALID_ENUM"],
      [null, "UNREADABLE_INPUT"],
      ["delegation", null],
    ]);
  });

  it("a missing file stays a usage error (exit 2), before anything is printed", () => {
    const r = run(["validate", f("bad.ndjson"), f("missing.ndjson")]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("missing.ndjson: no such file");
  });

  it("record numbers are counted from 1, as lines are; --json keeps index (from 0) and adds record", () => {
    const r = run(["validate", f("bad.ndjson")]);
    expect(r.stdout).toContain("  line 2 (record 2): INVALID_ENUM at direction:");
    const vi = run(["validate", f("bad.ndjson"), "--lang", "vi"]);
    expect(vi.stdout).toContain("  dòng 2 (bản ghi 2): INVALID_ENUM tại direction:");
    const json = JSON.parse(run(["validate", f("bad.ndjson"), "--json"]).stdout) as {
      files: { invalid: { line: number; index: number; record: number }[] }[];
    };
    expect(json.files[0]?.invalid[0]).toMatchObject({ line: 2, index: 1, record: 2 });
  });
});

describe("report: a file that cannot be used is invalid input (exit 1, coded), not a usage error", () => {
  it("an empty or binary record file, or an empty --cluster file: exit 1, one line with the code", () => {
    const cases: [string[], string][] = [
      [
        ["report", f("empty.json"), "--period", "2024-H1", "--lang", "en"],
        "empty.json: EMPTY_INPUT: The file has no records",
      ],
      [["report", f("garbage.ndjson"), "--period", "2024-H1", "--lang", "en"], "garbage.ndjson: BINARY_INPUT:"],
      [["report", f("folder.json"), "--period", "2024-H1", "--lang", "en"], "folder.json: UNREADABLE_INPUT:"],
      [["report", "--cluster", f("empty.json"), "--lang", "en"], "empty.json: EMPTY_INPUT: The file has no records"],
      [["report", "--cluster", f("garbage.json"), "--lang", "en"], "garbage.json: BINARY_INPUT:"],
      [["report", f("numbers.json"), "--period", "2024-H1", "--lang", "en"], "numbers.json: INVALID_TYPE:"],
    ];
    for (const [args, text] of cases) {
      const r = run(args);
      expect(r.status, args.join(" ")).toBe(1);
      expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
      expect(r.stderr).toContain(text);
      expect(rawControls(r.stderr)).toEqual([]);
    }
  });

  it("invalid records: the first one's line, code and message", () => {
    const r = run(["report", f("bad.ndjson"), "--period", "2024-H1", "--lang", "en"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      'bad.ndjson: 1 invalid record, the first on line 2: INVALID_ENUM at direction: Expected one of outgoing, incoming, received "sideways" (run ngoaivu validate',
    );
  });
});

describe("nothing from an input reaches the terminal raw", () => {
  it("validate: a line holding ESC ] 0 ; … BEL, a bidi override, C1 controls: escaped in both languages, text and JSON", () => {
    for (const lang of ["en", "vi"]) {
      const r = run(["validate", f("osc.ndjson"), "--lang", lang]);
      expect(r.status).toBe(1);
      expect(rawControls(r.stdout + r.stderr)).toEqual([]);
      expect(r.stdout).toMatch(/\\(x1b|u001b)/);
      const json = run(["validate", f("osc.ndjson"), "--lang", lang, "--json"]);
      expect(rawControls(json.stdout)).toEqual([]);
      expect(JSON.stringify(JSON.parse(json.stdout))).toContain("\\u001b");
    }
  });

  it("a message quotes at most a few hundred characters of an input", () => {
    const r = run(["validate", f("osc.ndjson"), "--type", "delegation"]);
    for (const line of r.stdout.split("\n")) expect(line.length).toBeLessThan(500);
  });

  it("a file name with controls, in text, JSON and error output", () => {
    const name = f(`name-${ESC}]0;t${BEL}-\u202e.ndjson`);
    const text = run(["validate", name]);
    expect(text.status).toBe(1);
    expect(rawControls(text.stdout)).toEqual([]);
    expect(text.stdout).toContain("name-\\x1b]0;t\\x07-\\u202e.ndjson: 0 valid, 1 invalid");
    const json = run(["validate", name, "--json"]);
    expect(rawControls(json.stdout)).toEqual([]);
    expect((JSON.parse(json.stdout) as { files: { file: string }[] }).files[0]?.file).toBe(name);
    const err = run(["report", name, "--period", "2024-H1"]);
    expect(err.status).toBe(1);
    expect(rawControls(err.stderr)).toEqual([]);
    const missing = run(["validate", `${name}.missing`]);
    expect(missing.status).toBe(2);
    expect(rawControls(missing.stderr)).toEqual([]);
  });

  it("report: names from member records are escaped in text, Markdown and HTML output; JSON stays the same value", () => {
    for (const format of ["text", "markdown", "html"]) {
      for (const lang of ["vi", "en"]) {
        const r = run(["report", "--members", f("members.json"), "--format", format, "--lang", lang]);
        expect(r.status, r.stderr).toBe(0);
        expect(rawControls(r.stdout), `${format} ${lang}`).toEqual([]);
      }
    }
    const text = run(["report", "--members", f("members.json"), "--lang", "en"]).stdout;
    expect(text).toContain("Haiphong \\x9b31m \\u202eevil");
    const out = f("report.md");
    expect(run(["report", "--members", f("members.json"), "--format", "markdown", "--out", out]).status).toBe(0);
  });
});

describe("a mistyped option or command names the closest one", () => {
  it("--perod: did you mean --period? (every command)", () => {
    const cases: [string[], string][] = [
      [["report", "--perod", "2024-H1"], "report: unknown option --perod; did you mean --period?"],
      [["report", "--fromat", "json"], "report: unknown option --fromat; did you mean --format?"],
      [["report", "--isuer", "x.json"], "report: unknown option --isuer; did you mean --issuer?"],
      [["validate", "x.json", "--tpye", "delegation"], "validate: unknown option --tpye; did you mean --type?"],
      [["validate", "x.json", "--jsn"], "validate: unknown option --jsn; did you mean --json?"],
      [["schema", "--lst"], "schema: unknown option --lst; did you mean --list?"],
      [["validate", "--frobnicate", "x.json"], "validate: unknown option --frobnicate (try ngoaivu validate --help)"],
    ];
    for (const [args, text] of cases) {
      const r = run(args);
      expect(r.status, args.join(" ")).toBe(2);
      expect(r.stderr).toBe(`ngoaivu: ${text}${text.includes("(try") ? "" : ` (try ngoaivu ${args[0]} --help)`}\n`);
    }
  });

  it("a mistyped command", () => {
    const r = run(["valdate", "x.json"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('ngoaivu: unknown command "valdate"; did you mean validate? (try ngoaivu --help)\n');
    expect(run(["reprot"]).stderr).toContain("did you mean report?");
    expect(run(["frobnicate"]).stderr).not.toContain("did you mean");
  });
});

describe("one sink", () => {
  it("no file of the command writes to stdout or stderr but common.ts (the sink that escapes)", () => {
    const src = join(__dirname, "..", "..", "src", "cli");
    const offenders = readdirSync(src)
      .filter((name) => name.endsWith(".ts") && name !== "common.ts")
      .filter((name) => /process\.(stdout|stderr)\.write|console\./.test(readFileSync(join(src, name), "utf8")));
    expect(offenders).toEqual([]);
  });
});

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import {
  CLUSTER_II_JSON,
  CLUSTER_II_MEMBERS_JSON,
  caoBangRecords,
  clusterIIRecords2024H1,
  clusterIISubmitted2024H1,
  nationalSample,
} from "../../src/samples/index.js";
import { ensureBuilt, run } from "./_cli.js";

// Each test spawns the command several times: generous limits for loaded machines.
vi.setConfig({ testTimeout: 60_000 });

const dir = mkdtempSync(join(tmpdir(), "ngoaivu-cli-"));
const f = (name: string) => join(dir, name);
beforeAll(() => ensureBuilt(), 180_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PUBLISHED_VI =
  "Trong 6 tháng đầu năm 2024, Cụm thi đua số II đã tổ chức khoảng 400 đoàn ra, đón gần 360 đoàn vào, ký kết 14 thỏa thuận quốc tế mới; " +
  "tiếp nhận gần 100 dự án phi chính phủ nước ngoài với tổng giá trị cam kết hơn 1 triệu USD; " +
  "giải quyết 52 vụ việc lãnh sự, 38 vụ việc bảo hộ công dân và 12 hồ sơ xin phép sử dụng thẻ ABTC.";

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
const ndjson = (records: readonly unknown[]) => `${records.map((r) => JSON.stringify(r)).join("\n")}\n`;

function csvCell(value: unknown): string {
  if (value === undefined) return "";
  const text = Array.isArray(value) ? value.join(";") : String(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Consular cases as CSV, nested fields as dotted columns. */
function consularCsv(): string {
  const cols = [
    "id",
    "member",
    "type",
    "opened",
    "closed",
    "status",
    "persons",
    "country",
    "abtc.enterprise",
    "abtc.decision.outcome",
    "abtc.decision.number",
    "abtc.decision.date",
  ];
  const get = (o: unknown, path: string): unknown =>
    path.split(".").reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], o);
  const rows = clusterIIRecords2024H1().consularCases.map((c) => cols.map((col) => csvCell(get(c, col))).join(","));
  return `${cols.join(",")}\r\n${rows.join("\r\n")}\r\n`;
}

function oneLineError(r: { stderr: string }): void {
  const lines = r.stderr.trimEnd().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^ngoaivu: /);
  expect(r.stderr).not.toMatch(/\n\s+at /);
}

describe("ngoaivu (top level)", () => {
  it("--help lists the commands; --version prints the version", () => {
    const help = run(["--help"]);
    expect(help.status).toBe(0);
    for (const c of ["report", "validate", "schema"]) expect(help.stdout).toContain(`ngoaivu ${c}`);
    expect(run([]).stdout).toBe(help.stdout);
    const pkg = JSON.parse(readFileSync(join(__dirname, "..", "..", "package.json"), "utf8")) as { version: string };
    expect(run(["--version"]).stdout).toBe(`${pkg.version}\n`);
  });

  it("--help for every command (and help <command>)", () => {
    for (const c of ["report", "validate", "schema"]) {
      const r = run([c, "--help"]);
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`^Usage: ngoaivu ${c}`));
      expect(run(["help", c]).stdout).toBe(r.stdout);
    }
  });

  it("an unknown command or option is a usage error: exit 2, one line", () => {
    const r = run(["frobnicate"]);
    expect(r.status).toBe(2);
    oneLineError(r);
    expect(r.stderr).toContain('unknown command "frobnicate"');
    const o = run(["validate", "--frobnicate", "x.json"]);
    expect(o.status).toBe(2);
    oneLineError(o);
    expect(o.stderr).toContain("--frobnicate");
  });
});

describe("ngoaivu schema", () => {
  it("prints an entity's JSON Schema (by name or short name)", () => {
    const r = run(["schema", "delegation"]);
    expect(r.status).toBe(0);
    const schema = JSON.parse(r.stdout) as { $schema: string; required: string[]; title: string };
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.required).toContain("direction");
    expect(run(["schema", "delegations"]).stdout).toBe(r.stdout);
  });

  it("prints every schema without an entity, and the names with --list", () => {
    const all = JSON.parse(run(["schema"]).stdout) as Record<string, unknown>;
    expect(Object.keys(all)).toEqual([
      "member",
      "emulation-cluster",
      "delegation",
      "international-agreement",
      "consular-case",
      "oda-project",
      "ngo-project",
      "international-conference",
      "twinning-relation",
      "proposal",
    ]);
    expect(run(["schema", "--list"]).stdout.split("\n")).toContain("oda-project");
  });

  it("an unknown entity is a usage error", () => {
    const r = run(["schema", "treaty"]);
    expect(r.status).toBe(2);
    oneLineError(r);
    expect(run(["schema", "a", "b"]).status).toBe(2);
  });
});

describe("ngoaivu validate", () => {
  beforeAll(() => {
    const { delegations, agreements, ngoProjects } = clusterIIRecords2024H1();
    writeFileSync(f("delegations.ndjson"), ndjson(delegations));
    writeFileSync(f("agreements.json"), JSON.stringify(agreements, null, 2));
    writeFileSync(f("one.json"), JSON.stringify(trip));
    writeFileSync(f("consular.csv"), consularCsv());
    writeFileSync(f("ngo.jsonl"), ndjson(ngoProjects));
    writeFileSync(f("reports.json"), JSON.stringify(clusterIISubmitted2024H1()));
    writeFileSync(
      f("bad.ndjson"),
      ndjson([trip, { ...trip, direction: "sideways" }, trip, { ...trip, end: "2024-02-01", countries: ["XX"] }]),
    );
    writeFileSync(f("empty.ndjson"), "");
    writeFileSync(f("blank.json"), "  \n");
    writeFileSync(f("cut.json"), JSON.stringify([trip, trip]).slice(0, -40));
    writeFileSync(f("cut.ndjson"), ndjson([trip, trip]) + JSON.stringify(trip).slice(0, 50));
    writeFileSync(f("garbage.ndjson"), `${JSON.stringify(trip)}\n{not json}\n${JSON.stringify(trip)}\n`);
    writeFileSync(f("bad-header.csv"), "member,direction,colour\nso-ngoai-vu-ha-noi,outgoing,red\n");
    writeFileSync(f("short-row.csv"), "member,direction\nso-ngoai-vu-ha-noi\n");
    writeFileSync(f("mystery.json"), JSON.stringify([{ colour: "red" }]));
    writeFileSync(f("notes.txt"), "hello");
  });

  it("tells the three newer kinds by their fields, and refuses a district twinned after district government ended", () => {
    const { twinnings } = caoBangRecords();
    const { proposals } = nationalSample();
    const conference = {
      member: "so-ngoai-vu-hai-phong",
      title: "Hội thảo quốc tế",
      form: "in-person",
      start: "2024-03-12",
      end: "2024-03-13",
      coOrganisers: [],
      participantCountries: ["KR"],
      participants: { foreign: 40, total: 160 },
      approval: { authority: "provincial-people-committee-chair", date: "2024-02-01" },
      status: "held",
    };
    writeFileSync(f("twinnings.json"), JSON.stringify(twinnings));
    writeFileSync(f("proposals.ndjson"), ndjson(proposals));
    writeFileSync(f("conferences.json"), JSON.stringify([conference]));
    for (const [file, summary] of [
      ["twinnings.json", "10 valid, 0 invalid (twinning-relation, JSON)"],
      ["proposals.ndjson", "267 valid, 0 invalid (proposal, NDJSON)"],
      ["conferences.json", "1 valid, 0 invalid (international-conference, JSON)"],
    ] as const) {
      const r = run(["validate", f(file)]);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toBe(`${f(file)}: ${summary}\n`);
    }
    const late = { ...twinnings[0], established: "2025-07-01" };
    writeFileSync(f("late-district.json"), JSON.stringify([late]));
    const r = run(["validate", f("late-district.json"), "--lang", "en"]);
    expect(r.status).toBe(1);
    expect(r.stdout + r.stderr).toContain("LEVEL_NOT_VALID_AT_DATE");
  });

  it("exit 0 when every record is valid: NDJSON, a JSON array, one JSON record, CSV, member reports", () => {
    for (const [file, summary] of [
      ["delegations.ndjson", "455 valid, 0 invalid (delegation, NDJSON)"],
      ["agreements.json", "8 valid, 0 invalid (international-agreement, JSON)"],
      ["one.json", "1 valid, 0 invalid (delegation, JSON)"],
      ["consular.csv", "62 valid, 0 invalid (consular-case, CSV)"],
      ["ngo.jsonl", "60 valid, 0 invalid (ngo-project, NDJSON)"],
      ["reports.json", "2 valid, 0 invalid (member-report, JSON)"],
    ] as const) {
      const r = run(["validate", f(file)]);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toBe(`${f(file)}: ${summary}\n`);
    }
    const all = run(["validate", f("delegations.ndjson"), f("consular.csv")]);
    expect(all.status).toBe(0);
    expect(all.stdout).toContain("2 files: 517 valid, 0 invalid");
  });

  it("exit 1 with each invalid record's line, index, code and message", () => {
    const r = run(["validate", f("bad.ndjson")]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(
      '  line 2 (record 2): INVALID_ENUM at direction: Expected one of outgoing, incoming, received "sideways"\n',
    );
    expect(r.stdout).toContain("  line 4 (record 4): UNKNOWN_COUNTRY at countries.0:");
    expect(r.stdout).toContain(`${f("bad.ndjson")}: 2 valid, 2 invalid (delegation, NDJSON)`);
  });

  it("--lang vi words the messages in Vietnamese", () => {
    const r = run(["validate", f("bad.ndjson"), "--lang", "vi"]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(
      '  dòng 2 (bản ghi 2): INVALID_ENUM tại direction: Giá trị phải là một trong outgoing, incoming, nhận được "sideways"',
    );
    expect(r.stdout).toContain("2 hợp lệ, 2 không hợp lệ");
  });

  it("--json gives one machine-readable document", () => {
    const r = run(["validate", f("bad.ndjson"), f("one.json"), "--json"]);
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout) as {
      files: {
        file: string;
        type: string;
        invalid: { line: number; index: number; issues: { code: string }[] }[];
        counts: unknown;
      }[];
      valid: number;
      invalid: number;
    };
    expect(out.valid).toBe(3);
    expect(out.invalid).toBe(2);
    expect(out.files[0]?.invalid.map((i) => [i.line, i.index, i.issues[0]?.code])).toEqual([
      [2, 1, "INVALID_ENUM"],
      [4, 3, "UNKNOWN_COUNTRY"],
    ]);
    expect(out.files[1]?.counts).toEqual({ records: 1, valid: 1, invalid: 0 });
    const ok = JSON.parse(run(["validate", f("one.json"), "--json"]).stdout) as { invalid: number };
    expect(ok.invalid).toBe(0);
  });

  it("an empty file has no records: exit 1, EMPTY_INPUT", () => {
    for (const file of ["empty.ndjson", "blank.json"]) {
      const r = run(["validate", f(file), "--type", "delegation"]);
      expect(r.status).toBe(1);
      expect(r.stdout).toContain("EMPTY_INPUT: The file has no records");
    }
  });

  it("a truncated JSON or NDJSON file: exit 1, TRUNCATED_INPUT, the complete records still checked", () => {
    const json = run(["validate", f("cut.json")]);
    expect(json.status).toBe(1);
    expect(json.stdout).toMatch(/TRUNCATED_INPUT: The file ends in the middle of a record \(line 1\)/);
    expect(json.stdout).toContain("1 valid, 1 invalid");
    const nd = run(["validate", f("cut.ndjson")]);
    expect(nd.status).toBe(1);
    expect(nd.stdout).toContain("line 3 (record 3): TRUNCATED_INPUT");
    expect(nd.stdout).toContain("2 valid, 1 invalid");
  });

  it("a line that is not JSON is reported and reading goes on", () => {
    const r = run(["validate", f("garbage.ndjson")]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("line 2 (record 2): MALFORMED_JSON: Line 2 is not valid JSON");
    expect(r.stdout).toContain("2 valid, 1 invalid");
  });

  it("a CSV with a bad header: exit 1, CSV_BAD_HEADER; a short row: CSV_BAD_ROW", () => {
    const r = run(["validate", f("bad-header.csv")]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(
      "line 1: CSV_BAD_HEADER: The CSV header names colour, which is not a field of delegation",
    );
    const s = run(["validate", f("short-row.csv")]);
    expect(s.status).toBe(1);
    expect(s.stdout).toContain("CSV_BAD_ROW: Row on line 2 has 1 cells, the header has 2");
  });

  it("usage errors exit 2 with one line: unknown --type, undetectable entity, missing file, unknown format, no file", () => {
    const cases: [string[], string][] = [
      [["validate", f("one.json"), "--type", "treaty"], 'unknown entity "treaty"'],
      [["validate", f("mystery.json")], "Cannot tell which kind of record"],
      [["validate", f("nope.ndjson")], "no such file"],
      [["validate", f("notes.txt")], "cannot tell the format"],
      [["validate"], "give at least one file"],
      [["validate", f("one.json"), "--lang", "fr"], "--lang must be one of en, vi"],
    ];
    for (const [args, text] of cases) {
      const r = run(args);
      expect(r.status, args.join(" ")).toBe(2);
      oneLineError(r);
      expect(r.stderr).toContain(text);
    }
  });

  it("--type and --format override detection", () => {
    writeFileSync(f("trips.txt"), ndjson([trip]));
    const r = run(["validate", f("trips.txt"), "--format", "ndjson", "--type", "delegations"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("1 valid, 0 invalid (delegation, NDJSON)");
  });
});

describe("ngoaivu report", () => {
  it("with no files: the built-in Cluster II sample, as the published review reads", () => {
    const r = run(["report"]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain(PUBLISHED_VI);
    expect(r.stdout).toMatch(/^Báo cáo kết quả công tác đối ngoại 6 tháng đầu năm 2024 — Cụm thi đua số II\n/);
    const en = run(["report", "--lang", "en", "--period", "2024-H1", "--cluster", "II"]);
    expect(en.stdout).toContain(
      "In the first half of 2024, Emulation Cluster II organised about 400 outgoing delegations",
    );
  });

  it("--format markdown, json, html; --out writes a file", () => {
    expect(run(["report", "--format", "markdown"]).stdout).toMatch(/^# Báo cáo/);
    const json = JSON.parse(run(["report", "--format", "json"]).stdout) as { kind: string; summary: string[] };
    expect(json.kind).toBe("cluster-report");
    expect(json.summary[0]).toBe(PUBLISHED_VI);
    const out = f("report.html");
    const r = run(["report", "--format", "html", "--out", out]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(`ngoaivu: đã ghi ${out}\n`);
    const en = run(["report", "--format", "html", "--out", out, "--lang", "en"]);
    expect(en.stderr).toBe(`ngoaivu: wrote ${out}\n`);
    const html = readFileSync(out, "utf8");
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(html).toContain("<svg");
  });

  it("the Cao Bằng sample compared with 2016–2020", () => {
    const r = run(["report", "--sample", "cao-bang", "--compare", "previous"]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain(
      "với tổng vốn 1.576 tỷ 566 triệu đồng, trong đó 7 dự án đã hoàn thành với tổng vốn 1.451 tỷ 355 triệu đồng",
    );
    expect(r.stdout).toContain(
      "Thu ngân sách qua các cửa khẩu đạt gần 6.900 tỷ đồng, tăng gần 249% so với giai đoạn 2016–2020, chiếm khoảng 46% tổng thu ngân sách nhà nước của tỉnh.",
    );
    expect(run(["report", "--sample", "cao-bang", "--period", "2024"]).status).toBe(2);
  });

  it("the national sample: 267 proposals from the agencies of the 63 provinces, with their twinned hamlets in Cao Bằng", () => {
    const r = run(["report", "--sample", "national"]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain(
      "Trong năm 2023, các địa phương trên cả nước đã gửi 267 kiến nghị, đề xuất tới Bộ Ngoại giao",
    );
    expect(r.stdout).toContain("63/63 thành viên đã báo cáo");
    const en = run(["report", "--sample", "national", "--lang", "en", "--format", "json"]);
    expect(JSON.parse(en.stdout).kind).toBe("national-report");
    expect(run(["report", "--sample", "national", "--period", "2024"]).status).toBe(2);
    expect(run(["report", "--sample", "national", "--compare", "previous"]).status).toBe(2);
    expect(run(["report", "--sample", "cao-bang"]).stdout).toContain(
      "duy trì 10 quan hệ kết nghĩa, hữu nghị với địa phương nước ngoài",
    );
  });

  it("from files: records (NDJSON, JSON, CSV) and members' own reports give the same report as the sample", () => {
    const r = run([
      "report",
      f("delegations.ndjson"),
      f("agreements.json"),
      f("consular.csv"),
      f("ngo.jsonl"),
      f("reports.json"),
      "--period",
      "2024-H1",
    ]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe(run(["report"]).stdout);
  });

  it("--cluster FILE and --members FILE: a cluster and members of your own", () => {
    writeFileSync(f("cluster.json"), JSON.stringify(CLUSTER_II_JSON));
    writeFileSync(f("members.ndjson"), ndjson(CLUSTER_II_MEMBERS_JSON));
    const files = [f("delegations.ndjson"), f("agreements.json"), f("consular.csv"), f("ngo.jsonl"), f("reports.json")];
    const r = run([
      "report",
      ...files,
      "--period",
      "2024-H1",
      "--cluster",
      f("cluster.json"),
      "--members",
      f("members.ndjson"),
    ]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe(run(["report"]).stdout);
    // Without member records, rows show member ids.
    const ids = run(["report", ...files, "--period", "2024-H1", "--cluster", f("cluster.json")]);
    expect(ids.stdout).toContain("so-ngoai-vu-ha-noi ");
    writeFileSync(f("bad-cluster.json"), JSON.stringify({ ...CLUSTER_II_JSON, id: "ii" }));
    const bad = run(["report", "--cluster", f("bad-cluster.json")]);
    expect(bad.status).toBe(1);
    oneLineError(bad);
  });

  it("--compare previous compiles the previous period from the same files; --compare FILE reads a saved report", () => {
    const r = run(["report", f("delegations.ndjson"), "--period", "2024-H1", "--compare", "previous", "--lang", "en"]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain("Compared with the second half of 2023");
    expect(r.stdout).toContain("- Outgoing: 248 (1), up 24,700% on the second half of 2023");
    const saved = f("h1.json");
    run(["report", f("delegations.ndjson"), "--period", "2024-H1", "--format", "json", "--out", saved]);
    const again = run(["report", f("delegations.ndjson"), "--period", "2024-H1", "--compare", saved]);
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout).toContain("- Đoàn ra: 248 (248), không đổi so với 6 tháng đầu năm 2024");
  });

  it("--compare same-period-last-year compiles 2023-H1 from the same files and words it 'so với cùng kỳ năm 2023'", () => {
    const lastYear = [
      { ...trip, start: "2023-03-01", end: "2023-03-02" },
      { ...trip, start: "2023-08-01", end: "2023-08-02" },
      { ...trip, start: "2024-02-01", end: "2024-02-02" },
      { ...trip, start: "2024-03-01", end: "2024-03-02" },
    ];
    writeFileSync(f("two-years.ndjson"), ndjson(lastYear));
    const r = run(["report", f("two-years.ndjson"), "--period", "2024-H1", "--compare", "same-period-last-year"]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain("So sánh với cùng kỳ năm 2023");
    expect(r.stdout).toContain("- Đoàn ra: 2 (1), tăng 100% so với cùng kỳ năm 2023");
    const en = run([
      "report",
      f("two-years.ndjson"),
      "--period",
      "2024-H1",
      "--compare",
      "same-period-last-year",
      "--lang",
      "en",
    ]);
    expect(en.stdout).toContain("up 100% on the same period of 2023");
    const typo = run(["report", f("two-years.ndjson"), "--period", "2024-H1", "--compare", "same-period-lastyear"]);
    expect(typo.status).toBe(2);
    expect(typo.stderr).toContain("; có phải ý bạn là same-period-last-year?");
    const typoEn = run([
      "report",
      f("two-years.ndjson"),
      "--period",
      "2024-H1",
      "--compare",
      "same-period-lastyear",
      "--lang",
      "en",
    ]);
    expect(typoEn.status).toBe(2);
    expect(typoEn.stderr).toContain("did you mean same-period-last-year?");
    const term = run(["report", "--sample", "cao-bang", "--compare", "same-period-last-year"]);
    expect(term.status).toBe(2);
    // A rule with no period for this one points to previous, unless previous is the rule that has none.
    const termEn = run(["report", "--period", "2021-2025", "--compare", "same-period-last-year", "--lang", "en"]);
    expect(termEn.status).toBe(2);
    expect(termEn.stderr).toContain("a term (2021-2025) has no such period; use previous");
    const first = run(["report", "--period", "0001-H1", "--compare", "previous", "--lang", "en"]);
    expect(first.status).toBe(2);
    expect(first.stderr).toContain("--compare previous: a half-year (0001-H1) has no such period\n");
    const firstVi = run(["report", "--period", "0001-H1", "--compare", "previous"]);
    expect(firstVi.stderr).toContain("kỳ 0001-H1 không có kỳ như vậy để so sánh\n");
  });

  it("names unknown member ids with their record counts on stderr and in the report, out of the totals", () => {
    writeFileSync(
      f("typo.ndjson"),
      ndjson([trip, { ...trip, member: "so-ngoai-vu-ha-nol" }, { ...trip, member: "so-ngoai-vu-ha-nol" }]),
    );
    const r = run(["report", f("typo.ndjson"), "--period", "2024-H1"]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain("mã thành viên không xác định, không tính vào tổng: so-ngoai-vu-ha-nol (2 bản ghi)");
    expect(r.stdout).toContain("so-ngoai-vu-ha-nol: 2 bản ghi");
    expect(r.stdout).toContain("1/17 thành viên đã báo cáo");
    const en = run(["report", f("typo.ndjson"), "--period", "2024-H1", "--lang", "en"]);
    expect(en.stderr).toContain("unknown member ids, not in the totals: so-ngoai-vu-ha-nol (2 records)");
  });

  it("invalid records stop the report: exit 1, one line naming the file and the first bad line", () => {
    const r = run(["report", f("bad.ndjson"), "--period", "2024-H1"]);
    expect(r.status).toBe(1);
    oneLineError(r);
    expect(r.stderr).toContain(
      "bad.ndjson: 2 bản ghi không hợp lệ, bản ghi đầu tiên ở dòng 2: INVALID_ENUM tại direction:",
    );
    expect(r.stderr).toContain("(chạy ngoaivu validate");
    const en = run(["report", f("bad.ndjson"), "--period", "2024-H1", "--lang", "en"]);
    expect(en.stderr).toContain("bad.ndjson: 2 invalid records, the first on line 2: INVALID_ENUM at direction:");
    expect(en.stderr).toContain("(run ngoaivu validate");
    const cut = run(["report", f("cut.json"), "--period", "2024-H1"]);
    expect(cut.status).toBe(1);
    oneLineError(cut);
  });

  it("usage errors exit 2: files without --period, a bad period, format or cluster, a missing file", () => {
    const cases: [string[], string][] = [
      [["report", f("delegations.ndjson")], "report: hãy chỉ rõ --period (ví dụ --period 2024-H1)"],
      [["report", f("delegations.ndjson"), "--lang", "en"], "give --period"],
      [["report", "--period", "someday"], '--period: không đọc được "someday"'],
      [["report", "--period", "someday", "--lang", "en"], "--period: cannot read"],
      [["report", "--format", "pdf"], "--format phải là một trong text, markdown, json, html"],
      [["report", "--format", "pdf", "--lang", "en"], "--format must be one of text, markdown, json, html"],
      [["report", "--cluster", "IX"], "--cluster"],
      [["report", f("missing.ndjson"), "--period", "2024-H1"], "missing.ndjson: không có tệp này"],
      [["report", f("missing.ndjson"), "--period", "2024-H1", "--lang", "en"], "missing.ndjson: no such file"],
      [["report", f("delegations.ndjson"), "--period", "2024-H1", "--sample", "cao-bang"], "--sample"],
      [["report", "--convention", "lunar"], "--convention"],
    ];
    for (const [args, text] of cases) {
      const r = run(args);
      expect(r.status, args.join(" ")).toBe(2);
      oneLineError(r);
      expect(r.stderr).toContain(text);
    }
  });
});

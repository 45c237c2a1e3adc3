import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { cli, ensureBuilt, run } from "./_cli.js";

vi.setConfig({ testTimeout: 60_000 });

const dir = mkdtempSync(join(tmpdir(), "ngoaivu-cli-office-"));
beforeAll(() => ensureBuilt(), 180_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function unzip(path: string): Record<string, string> {
  const files = unzipSync(new Uint8Array(readFileSync(path)));
  return Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

describe("ngoaivu report --format docx|xlsx", () => {
  it("writes the Cluster II half-year report as a Word document in the administrative layout", () => {
    const out = join(dir, "cluster-ii.docx");
    const r = run(["report", "--format", "docx", "--out", out]);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/^ngoaivu: chưa có người ký .*\n/);
    expect(r.stderr.endsWith(`\nngoaivu: đã ghi ${out}\n`)).toBe(true);
    const xml = unzip(out)["word/document.xml"] ?? "";
    expect(xml).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(xml).toContain("Độc lập - Tự do - Hạnh phúc");
    expect(xml).toContain("khoảng 400 đoàn ra");
    expect(xml).toContain("gần 360 đoàn vào");
  });

  it("writes the statistics as an Excel workbook with exact figures", () => {
    const out = join(dir, "cao-bang.xlsx");
    const r = run(["report", "--sample", "cao-bang", "--format", "xlsx", "--lang", "en", "--out", out]);
    expect(r.status).toBe(0);
    const files = unzip(out);
    const sheets = Object.keys(files).filter((name) => name.startsWith("xl/worksheets/"));
    expect(sheets.length).toBeGreaterThanOrEqual(2);
    const all = Object.values(files).join("\n");
    expect(all).toContain("1576566000000");
    expect(all).toContain("1451355000000");
  });

  it("pipes the bytes when stdout is not a terminal", () => {
    const r = spawnSync(process.execPath, [cli, "report", "--format", "xlsx"], { encoding: "latin1" });
    expect(r.status).toBe(0);
    expect(r.stdout.slice(0, 2)).toBe("PK");
  });

  it("refuses to write a binary format to a terminal without --out: exit 2, one line", () => {
    // `script` gives the command a pseudo-terminal as stdout; -e passes its exit status through.
    const r = spawnSync("script", ["-qec", `"${process.execPath}" "${cli}" report --format docx`, "/dev/null"], {
      encoding: "utf8",
    });
    expect(r.error).toBeUndefined();
    expect(r.status).toBe(2);
    expect(r.stdout).toContain("--format docx ghi ra tệp nhị phân: hãy chỉ rõ --out TỆP");
    expect(r.stdout).not.toContain("PK");
    const en = spawnSync(
      "script",
      ["-qec", `"${process.execPath}" "${cli}" report --format docx --lang en`, "/dev/null"],
      { encoding: "utf8" },
    );
    expect(en.status).toBe(2);
    expect(en.stdout).toContain("--format docx writes a binary file: give --out FILE");
    expect(en.stdout).not.toContain("PK");
  });

  it("documents the office formats in --help", () => {
    expect(run(["report", "--help"]).stdout).toContain("docx (Word, Decree 30/2020 layout)");
  });
});

/**
 * `ngoaivu report --format docx` with the issuer details the administrative
 * layout asks for: derived from the data (the superior body and the place
 * from the member's province, or the cluster head's), or given with
 * `--issuer FILE` and `--number`, `--place`, `--date`. The written .docx is
 * read back.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { CLUSTER_II_JSON, CLUSTER_II_MEMBERS_JSON } from "../../src/samples/index.js";
import { unzipText } from "../office/_tools.js";
import { ensureBuilt, run } from "./_cli.js";

vi.setConfig({ testTimeout: 60_000 });

const dir = mkdtempSync(join(tmpdir(), "ngoaivu-cli-issuer-"));
const f = (name: string) => join(dir, name);
beforeAll(() => ensureBuilt(), 180_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The text of a written .docx's body, one space between runs. */
function docxText(path: string): string {
  const xml = unzipText(new Uint8Array(readFileSync(path)))["word/document.xml"] ?? "";
  return xml
    .replace(/<[^>]+>/g, " ")
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
}

const ISSUER = {
  number: "45/BC-SNgV",
  date: "2025-06-20",
  recipients: ["Bộ Ngoại giao", "Lưu: VT"],
  signer: { authority: "KT. GIÁM ĐỐC", position: "Phó Giám đốc", name: "Nguyễn Văn A" },
};

describe("ngoaivu report --format docx: the issuer", () => {
  it("a member's report: the superior body and the place from the member's province (vi and en)", () => {
    const vi = f("cao-bang.docx");
    const r = run(["report", "--sample", "cao-bang", "--format", "docx", "--out", vi]);
    expect(r.status, r.stderr).toBe(0);
    const text = docxText(vi);
    expect(text).toMatch(/^UBND TỈNH CAO BẰNG SỞ NGOẠI VỤ TỈNH CAO BẰNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM/);
    expect(text).toContain("Cao Bằng, ngày tháng năm 2025");
    // Without a signer the command says the document has no signature block.
    expect(r.stderr).toContain("ngoaivu: chưa có người ký (signer trong --issuer TỆP): văn bản không có phần chữ ký\n");
    const en = f("cao-bang-en.docx");
    expect(run(["report", "--sample", "cao-bang", "--format", "docx", "--lang", "en", "--out", en]).status).toBe(0);
    const english = docxText(en);
    expect(english).toMatch(/^Cao Bang Provincial People's Committee Cao Bang Department of Foreign Affairs/);
    expect(english).toContain("Cao Bang, …… 2025");
  });

  it("--issuer FILE gives the number, date, recipients and the signature block; options win over the file", () => {
    writeFileSync(f("issuer.json"), JSON.stringify(ISSUER));
    const out = f("signed.docx");
    const r = run([
      "report",
      "--sample",
      "cao-bang",
      "--format",
      "docx",
      "--issuer",
      f("issuer.json"),
      "--place",
      "TP. Cao Bằng",
      "--out",
      out,
    ]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).not.toContain("chưa có người ký");
    const text = docxText(out);
    expect(text).toContain("Số: 45/BC-SNgV");
    expect(text).toContain("TP. Cao Bằng, ngày 20 tháng 6 năm 2025");
    expect(text).toContain("Bộ Ngoại giao");
    expect(text).toContain("KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC");
    expect(text).toContain("Nguyễn Văn A");
    expect(text).toMatch(/^UBND TỈNH CAO BẰNG/);
    // The agency of the file replaces the derived one.
    writeFileSync(f("agency.json"), JSON.stringify({ agency: { name: "Văn phòng UBND tỉnh" } }));
    const own = f("own-agency.docx");
    expect(
      run(["report", "--sample", "cao-bang", "--format", "docx", "--issuer", f("agency.json"), "--out", own]).status,
    ).toBe(0);
    expect(docxText(own)).toMatch(/^VĂN PHÒNG UBND TỈNH CỘNG HÒA/);
  });

  it("a cluster's report: the agency, superior body and place of the cluster head that year", () => {
    const cluster = {
      ...CLUSTER_II_JSON,
      years: CLUSTER_II_JSON.years.map((y) => (y.year === 2024 ? { ...y, head: "so-ngoai-vu-ha-noi" } : y)),
    };
    writeFileSync(f("cluster.json"), JSON.stringify(cluster));
    writeFileSync(f("members.json"), JSON.stringify(CLUSTER_II_MEMBERS_JSON));
    const out = f("cluster.docx");
    const args = ["report", "--cluster", f("cluster.json"), "--members", f("members.json"), "--format", "docx"];
    const r = run([...args, "--out", out]);
    expect(r.status, r.stderr).toBe(0);
    const text = docxText(out);
    expect(text).toMatch(/^UBND THÀNH PHỐ HÀ NỘI SỞ NGOẠI VỤ THÀNH PHỐ HÀ NỘI CỘNG HÒA/);
    expect(text).toContain("Hà Nội, ngày tháng năm 2024");
    // No head that year (the built-in Cluster II of 2024): the cluster's name, no place.
    const plain = f("cluster-plain.docx");
    expect(run(["report", "--format", "docx", "--out", plain]).status).toBe(0);
    expect(docxText(plain)).toMatch(/^CỤM THI ĐUA SỐ II CỘNG HÒA/);
  });

  it("a bad issuer file is invalid input (exit 1, coded, naming the field); a bad option is a usage error", () => {
    const cases: [unknown, string][] = [
      [{ signer: { position: 3, name: "A" } }, "INVALID_TYPE at signer.position: Expected a string, received number"],
      [{ signer: { name: "A" } }, "REQUIRED at signer.position"],
      [{ sign: {} }, 'UNKNOWN_KEY at sign: Unknown field "sign"'],
      [{ date: "2025-02-30" }, "INVALID_DATE at date"],
      [{ number: "x".repeat(500) }, "TOO_LONG at number: Too long: at most 200 characters, received 500"],
      [[], "INVALID_TYPE: Expected an object, received array"],
    ];
    for (const [json, text] of cases) {
      writeFileSync(f("bad-issuer.json"), JSON.stringify(json));
      const r = run([
        "report",
        "--format",
        "docx",
        "--issuer",
        f("bad-issuer.json"),
        "--out",
        f("x.docx"),
        "--lang",
        "en",
      ]);
      expect(r.status, text).toBe(1);
      expect(r.stderr).toContain(`ngoaivu: ${f("bad-issuer.json")}: ${text}`);
      expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
    }
    writeFileSync(f("broken-issuer.json"), '{"number": ');
    const broken = run(["report", "--format", "docx", "--issuer", f("broken-issuer.json"), "--out", f("x.docx")]);
    expect(broken.status).toBe(1);
    expect(broken.stderr).toContain("broken-issuer.json: TRUNCATED_INPUT");
    const usage: [string[], string][] = [
      [
        ["report", "--format", "docx", "--date", "20/06/2025", "--out", f("x.docx"), "--lang", "en"],
        "--date: INVALID_DATE",
      ],
      [["report", "--issuer", f("issuer.json")], "--issuer chỉ dùng với --format docx"],
      [["report", "--issuer", f("issuer.json"), "--lang", "en"], "--issuer is for --format docx"],
      [["report", "--format", "docx", "--issuer", f("nope.json"), "--out", f("x.docx")], "nope.json: không có tệp này"],
      [
        ["report", "--format", "docx", "--issuer", f("nope.json"), "--out", f("x.docx"), "--lang", "en"],
        "nope.json: no such file",
      ],
    ];
    for (const [args, text] of usage) {
      const r = run(args);
      expect(r.status, args.join(" ")).toBe(2);
      expect(r.stderr).toContain(text);
    }
  });

  it("documents --issuer in --help", () => {
    const help = run(["report", "--help"]).stdout;
    expect(help).toContain("--issuer <file>");
    expect(help).toContain("--number <n>, --place <p>, --date <YYYY-MM-DD>");
  });
});

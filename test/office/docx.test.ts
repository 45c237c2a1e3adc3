/**
 * toDocx: the page geometry and fonts read from the document's XML, the
 * Decree 30/2020/NĐ-CP header block, and the document read back
 * independently: LibreOffice converts it to PDF, pdftotext reads the
 * national title, the motto, the date line and Cluster II's published
 * figures, pdftoppm draws page 1 for docs/office.md.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildReportView, render } from "../../src/index.js";
import { placeAndDate } from "../../src/office/_date.js";
import { toDocx } from "../../src/office/index.js";
import { caughtErrorAsync } from "../_caught.js";
import { caoBangReport, clusterIIReport, guideOptions } from "./_reports.js";
import {
  ensureOfficeTools,
  flat,
  pdfFonts,
  pdfPage1Png,
  pdfPages,
  pdfText,
  soffice,
  unzipText,
  workDir,
  writeFiles,
} from "./_tools.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** The text of each paragraph of a WordprocessingML part. */
function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(""),
  );
}

/** The paragraph holding a text, as XML. */
function paragraphXml(xml: string, text: string): string {
  const found = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].find((p) => p[0].includes(`>${text}<`));
  if (found === undefined) throw new Error(`no paragraph with ${text}`);
  return found[0];
}

async function expectCode(promise: Promise<unknown>, code: string): Promise<void> {
  expect((await caughtErrorAsync(() => promise)).code).toBe(code);
}

const cluster = clusterIIReport();
const options = guideOptions(cluster.members);

describe("toDocx: the document's XML", () => {
  let files: Record<string, string>;
  beforeAll(async () => {
    files = unzipText(await toDocx(cluster.report, options));
  });

  it("A4 portrait, margins 20/20/30/15 mm within Decree 30's ranges, a different first page", () => {
    const doc = files["word/document.xml"] as string;
    const sect = /<w:sectPr[\s\S]*?<\/w:sectPr>/.exec(doc)?.[0] ?? "";
    const size = /<w:pgSz ([^>]*)\/>/.exec(sect)?.[1] ?? "";
    expect(/w:w="(\d+)"/.exec(size)?.[1]).toBe("11906");
    expect(/w:h="(\d+)"/.exec(size)?.[1]).toBe("16838");
    expect(size).toContain('w:orient="portrait"');
    const margin = /<w:pgMar ([^>]*)\/>/.exec(sect)?.[1] ?? "";
    const twips = (name: string) => Number(new RegExp(`w:${name}="(\\d+)"`).exec(margin)?.[1]);
    expect([twips("top"), twips("bottom"), twips("left"), twips("right")]).toEqual([1134, 1134, 1701, 850]);
    const mm = (t: number) => (t * 25.4) / 1440;
    for (const side of ["top", "bottom"]) expect(mm(twips(side))).toSatisfy((v: number) => v >= 19.99 && v <= 25);
    expect(mm(twips("left"))).toSatisfy((v: number) => v >= 29.99 && v <= 35);
    expect(mm(twips("right"))).toSatisfy((v: number) => v >= 14.99 && v <= 20);
    expect(sect).toContain("<w:titlePg/>");
  });

  it("Times New Roman everywhere, body 14 pt", () => {
    const styles = files["word/styles.xml"] as string;
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(styles)?.[0] ?? "";
    expect(defaults).toMatch(/<w:rFonts w:ascii="Times New Roman" [^>]*w:hAnsi="Times New Roman"/);
    expect(defaults).toContain('<w:sz w:val="28"/>');
    const doc = files["word/document.xml"] as string;
    const fonts = new Set([...doc.matchAll(/w:ascii="([^"]+)"/g)].map((m) => m[1]));
    expect([...fonts]).toEqual(["Times New Roman"]);
    const body = paragraphXml(doc, firstSentence());
    expect(body).toContain('<w:sz w:val="28"/>');
    expect(body).toContain('<w:jc w:val="both"/>');
  });

  it("the header block: agency (bold) left, national title and motto (bold) right, number, date line in italics", () => {
    const doc = files["word/document.xml"] as string;
    const texts = paragraphs(doc);
    const at = (t: string) => texts.indexOf(t);
    expect(texts.slice(0, 6)).toEqual([
      "UBND THÀNH PHỐ HÀ NỘI",
      "SỞ NGOẠI VỤ",
      "",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "",
    ]);
    expect(at("Số: 123/BC-SNgV")).toBeGreaterThan(at("SỞ NGOẠI VỤ"));
    expect(at("Hà Nội, ngày 15 tháng 6 năm 2024")).toBeGreaterThan(at("Số: 123/BC-SNgV"));
    expect(paragraphXml(doc, "SỞ NGOẠI VỤ")).toContain("<w:b/>");
    expect(paragraphXml(doc, "UBND THÀNH PHỐ HÀ NỘI")).not.toContain("<w:b/>");
    expect(paragraphXml(doc, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")).toContain("<w:b/>");
    expect(paragraphXml(doc, "Độc lập - Tự do - Hạnh phúc")).toContain("<w:b/>");
    expect(paragraphXml(doc, "Hà Nội, ngày 15 tháng 6 năm 2024")).toContain("<w:i/>");
    // The rules: an empty paragraph with a bottom border under the agency and under the motto.
    const rules = [...doc.matchAll(/<w:p>(?:(?!<\/w:p>)[\s\S])*?<w:pBdr><w:bottom [^>]*w:val="single"/g)];
    expect(rules.length).toBe(3); // agency, motto, summary
    expect(at("BÁO CÁO")).toBeGreaterThan(at("Hà Nội, ngày 15 tháng 6 năm 2024"));
    expect(texts[at("BÁO CÁO") + 1]).toBe("Sơ kết công tác đối ngoại 6 tháng đầu năm 2024 của Cụm thi đua số II");
  });

  it("the body is the report's own view: the sentences and the per-member table", () => {
    const doc = files["word/document.xml"] as string;
    const texts = paragraphs(doc);
    const view = buildReportView(cluster.report, { members: cluster.members });
    for (const p of view.paragraphs) expect(texts).toContain(p);
    expect(texts).toContain(firstSentence());
    const table = view.tables[0];
    if (table === undefined) throw new Error("no table");
    expect(table.rows.length).toBe(18);
    for (const row of table.rows) for (const cell of row.cells) expect(texts).toContain(cell.text);
    expect(
      table.rows
        .at(-1)
        ?.cells.slice(0, 3)
        .map((c) => c.text),
    ).toEqual(["Tổng cộng", "khoảng 400", "gần 360"]);
  });

  it("recipients and the signature block", () => {
    const texts = paragraphs(files["word/document.xml"] as string);
    const at = texts.indexOf("Nơi nhận:");
    expect(texts.slice(at, at + 5)).toEqual([
      "Nơi nhận:",
      "- Bộ Ngoại giao (Cục Ngoại vụ);",
      "- UBND thành phố Hà Nội;",
      "- Các thành viên Cụm thi đua số II;",
      "- Lưu: VT, TH.",
    ]);
    const sign = texts.indexOf("KT. GIÁM ĐỐC");
    expect(sign).toBeGreaterThan(at);
    expect(texts[sign + 1]).toBe("PHÓ GIÁM ĐỐC");
    expect(texts.slice(sign + 2)).toContain("Nguyễn Văn An");
  });

  it("page numbers: a centred PAGE field in the default header, an empty first-page header", () => {
    const rels = files["word/_rels/document.xml.rels"] as string;
    const doc = files["word/document.xml"] as string;
    const ref = (type: string) => {
      const id = new RegExp(`<w:headerReference w:type="${type}" r:id="([^"]+)"`).exec(doc)?.[1];
      const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
      return files[`word/${target}`] as string;
    };
    const page = ref("default");
    expect(page).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
    expect(page).toContain('<w:jc w:val="center"/>');
    expect(ref("first")).not.toContain("PAGE");
  });
});

function firstSentence(): string {
  const json = JSON.parse(render(cluster.report, { members: cluster.members, format: "json" })) as {
    summary: string[];
  };
  return json.summary[0] as string;
}

describe("toDocx: options and errors", () => {
  it("writes the place and date as Decree 30 does (05, 02), and in English", () => {
    expect(placeAndDate("Hà Nội", "2024-06-15", 2024, "vi")).toBe("Hà Nội, ngày 15 tháng 6 năm 2024");
    expect(placeAndDate("Cao Bằng", "2024-02-05", 2024, "vi")).toBe("Cao Bằng, ngày 05 tháng 02 năm 2024");
    expect(placeAndDate("Hà Nội", "2024-12-01", 2024, "vi")).toBe("Hà Nội, ngày 01 tháng 12 năm 2024");
    expect(placeAndDate("Hà Nội", "2024-06-15", 2024, "en")).toBe("Hà Nội, 15 June 2024");
    expect(placeAndDate("Hà Nội", undefined, 2025, "vi")).toBe("Hà Nội, ngày      tháng      năm 2025");
  });

  it("defaults: the member as agency, a blank number and date, a term report is a 'Tổng kết'", async () => {
    const { report, members, comparison } = caoBangReport();
    const texts = paragraphs(unzipText(await toDocx(report, { members, comparison }))["word/document.xml"] as string);
    expect(texts[0]).toBe("SỞ NGOẠI VỤ TỈNH CAO BẰNG");
    expect(texts).toContain("Số:       /BC");
    expect(texts).toContain("ngày      tháng      năm 2025");
    expect(texts).toContain("Tổng kết công tác đối ngoại giai đoạn 2020–2025");
    expect(texts).toContain("- Lưu: VT.");
    expect(texts.some((t) => t.includes("1.576 tỷ 566 triệu đồng"))).toBe(true);
    expect(texts.some((t) => t.includes("tăng gần 249% so với giai đoạn 2016–2020"))).toBe(true);
  });

  it("English: laid out plainly, no national title", async () => {
    const texts = paragraphs(
      unzipText(await toDocx(cluster.report, { ...options, lang: "en" }))["word/document.xml"] as string,
    );
    expect(texts.slice(0, 4)).toEqual([
      "UBND thành phố Hà Nội",
      "Sở Ngoại vụ",
      "No. 123/BC-SNgV",
      "Hà Nội, 15 June 2024",
    ]);
    expect(texts).not.toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(texts).toContain("REPORT");
    expect(texts.some((t) => t.includes("organised about 400 outgoing delegations"))).toBe(true);
    expect(texts).toContain("Distribution:");
  });

  it("refuses a bad language, date, option or report", async () => {
    await expectCode(toDocx(cluster.report, { lang: "fr" as "vi" }), "INVALID_ENUM");
    await expectCode(toDocx(cluster.report, { date: "2024-02-30" }), "INVALID_DATE");
    // @ts-expect-error a number is not a document number
    await expectCode(toDocx(cluster.report, { number: 123 }), "INVALID_TYPE");
    await expectCode(toDocx(cluster.report, { agency: { name: " " } }), "REQUIRED");
    // @ts-expect-error null is not a report
    await expectCode(toDocx(null), "INVALID_TYPE");
  });

  it("writes a member's name as given, with the characters Markdown would escape", async () => {
    const name = "Sở A | B \\ C * _d_ <e> & [f] #g ~h `i`";
    const first = cluster.report.rows[0]?.member;
    const members = cluster.members.map((m) => (m.id === first ? { ...m, names: { vi: name, en: name } } : m));
    const texts = paragraphs(
      unzipText(await toDocx(cluster.report, { ...options, members }))["word/document.xml"] as string,
    ).map((t) => t.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&"));
    expect(texts).toContain(name);
  });
});

describe("toDocx read back by LibreOffice and poppler", () => {
  const work = workDir("ngoaivu-docx-");
  let pdf: { vi: string; en: string; caoBang: string };
  beforeAll(async () => {
    ensureOfficeTools();
    const { report, members, comparison } = caoBangReport();
    const [vi, en, cb] = writeFiles(work.dir, {
      "cluster-ii-vi.docx": await toDocx(cluster.report, options),
      "cluster-ii-en.docx": await toDocx(cluster.report, { ...options, lang: "en" }),
      "cao-bang.docx": await toDocx(report, { members, comparison, place: "Cao Bằng", date: "2025-06-20" }),
    }) as [string, string, string];
    soffice(work.dir, "pdf", [vi, en, cb]);
    const p = (f: string) => f.replace(/\.docx$/, ".pdf");
    pdf = { vi: p(vi), en: p(en), caoBang: p(cb) };
  }, 600_000);
  afterAll(() => work.dispose());

  it("pdftotext shows the national title, the motto, the date line and Cluster II's published figures", () => {
    const text = flat(pdfText(pdf.vi));
    for (const s of [
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Hà Nội, ngày 15 tháng 6 năm 2024",
      "Số: 123/BC-SNgV",
      "BÁO CÁO",
      "Sơ kết công tác đối ngoại 6 tháng đầu năm 2024",
      "khoảng 400 đoàn ra",
      "gần 360 đoàn vào",
      "14 thỏa thuận quốc tế mới",
      "gần 100 dự án phi chính phủ nước ngoài",
      "hơn 1 triệu USD",
      "52 vụ việc lãnh sự",
      "38 vụ việc bảo hộ công dân",
      "12 hồ sơ xin phép sử dụng thẻ ABTC",
      "Nơi nhận:",
      "KT. GIÁM ĐỐC",
      "Nguyễn Văn An",
    ]) {
      expect(text).toContain(s);
    }
  });

  it("Times New Roman in the PDF (Liberation Serif, its metric twin with Vietnamese glyphs)", () => {
    expect(pdfFonts(pdf.vi).some((f) => /LiberationSerif|TimesNewRoman/.test(f))).toBe(true);
  });

  it("page numbers from page 2, centred in the top margin; none on page 1", () => {
    expect(pdfPages(pdf.vi)).toBeGreaterThanOrEqual(2);
    const page1 = pdfText(pdf.vi, 1, 1)
      .split("\n")
      .filter((l) => l.trim() !== "");
    const page2 = pdfText(pdf.vi, 2, 2)
      .split("\n")
      .filter((l) => l.trim() !== "");
    expect(page1[0]).toMatch(/UBND THÀNH PHỐ HÀ NỘI/);
    expect(page2[0]?.trim()).toBe("2");
    // Centred: as much room on its left as the text line has around it.
    const lead = (page2[0] as string).search(/\S/);
    expect(lead).toBeGreaterThan(20);
  });

  it("English and a member report read back too", () => {
    const en = flat(pdfText(pdf.en));
    expect(en).toContain("about 400 outgoing delegations");
    expect(en).toContain("Hà Nội, 15 June 2024");
    const cb = flat(pdfText(pdf.caoBang));
    expect(cb).toContain("1.576 tỷ 566 triệu đồng");
    expect(cb).toContain("1.451 tỷ 355 triệu đồng");
    expect(cb).toContain("Cao Bằng, ngày 20 tháng 6 năm 2025");
  });

  it("pdftoppm draws page 1 for the guide", () => {
    // The guide's picture is rewritten only on request (NGOAIVU_UPDATE_IMAGES=1): a test run changes no tracked file.
    const images = join(root, ...(process.env.NGOAIVU_UPDATE_IMAGES === "1" ? ["docs", "images"] : [".tmp", "images"]));
    mkdirSync(images, { recursive: true });
    const png = pdfPage1Png(pdf.vi, 80, join(work.dir, "page1"));
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
    const [width, height] = [view.getUint32(16), view.getUint32(20)];
    expect(Math.abs(height / width - 16838 / 11906)).toBeLessThan(0.01); // A4 portrait
    writeFileSync(join(images, "office-page1.png"), png);
  });
});

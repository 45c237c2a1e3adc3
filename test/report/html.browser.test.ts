/**
 * The HTML report in a real browser (Debian's chromium through the shared
 * harness in scripts/browser/): the page loads from a file with no network,
 * shows the figures, draws its charts, runs nothing from the data, and is
 * photographed for docs/reports.md.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { loadHtml, screenshot, withPage } from "../../scripts/browser/index.mjs";
import { render } from "../../src/index.js";
import { caoBangReport, clusterIIReport } from "./_sample.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
// The guide's pictures are rewritten only on request (NGOAIVU_UPDATE_IMAGES=1): a test run changes no tracked file.
const images = join(root, ...(process.env.NGOAIVU_UPDATE_IMAGES === "1" ? ["docs", "images"] : [".tmp", "images"]));
const dir = mkdtempSync(join(tmpdir(), "ngoaivu-html-"));
mkdirSync(images, { recursive: true });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, html: string): string {
  const file = join(dir, name);
  writeFileSync(file, html);
  return file;
}

const quiet = { log: () => {}, viewport: { width: 1200, height: 900 } };

describe("HTML report in headless Chromium", () => {
  it("Cluster II: the figures are in the page, the charts are drawn, nothing is fetched", async () => {
    const { report, members } = clusterIIReport();
    const file = write("cluster-ii.html", render(report, { members, format: "html" }));
    const result = await withPage(async (page) => {
      const requests: string[] = [];
      page.on("request", (r) => requests.push(r.url()));
      await loadHtml(page, { file });
      const dom = await page.evaluate(() => {
        const text = (sel: string) => document.querySelector(sel)?.textContent ?? null;
        const total = document.querySelector("tr.total");
        return {
          lang: document.documentElement.lang,
          title: text("h1"),
          summary: text(".summary p"),
          rows: document.querySelectorAll("tr[data-member]").length,
          hanoi: text('tr[data-member="so-ngoai-vu-ha-noi"] td[data-figure="so-ngoai-vu-ha-noi.outgoing"]'),
          totals: total === null ? [] : Array.from(total.querySelectorAll("td")).map((td) => td.textContent),
          cards: Array.from(document.querySelectorAll(".card")).map((c) => c.textContent),
          bars: document.querySelectorAll("#chart-delegations svg rect").length,
          moneyBars: document.querySelectorAll("#chart-money-USD svg rect").length,
          comparison: text("#chart-comparison .empty"),
          widest: Math.max(
            ...Array.from(document.querySelectorAll("#chart-delegations rect")).map(
              (r) => r.getBoundingClientRect().width,
            ),
          ),
          scripts: document.scripts.length,
        };
      });
      await screenshot(page, join(images, "report-cluster-ii.png"));
      return { dom, requests, errors: page.errors };
    }, quiet);
    const { dom, requests, errors } = result;
    expect(errors).toEqual([]);
    expect(requests.every((url) => url.startsWith("file:"))).toBe(true);
    expect(requests).toHaveLength(1);
    expect(dom.lang).toBe("vi");
    expect(dom.title).toBe("Báo cáo kết quả công tác đối ngoại 6 tháng đầu năm 2024 — Cụm thi đua số II");
    expect(dom.summary).toContain("Cụm thi đua số II đã tổ chức khoảng 400 đoàn ra, đón gần 360 đoàn vào");
    expect(dom.rows).toBe(17);
    expect(dom.hanoi).toBe("khoảng 110");
    expect(dom.totals.slice(0, 8)).toEqual([
      "khoảng 400",
      "gần 360",
      "14",
      "52",
      "38",
      "12",
      "gần 100",
      "hơn 1 triệu USD",
    ]);
    expect(dom.cards).toContain("Đoàn rakhoảng 400");
    expect(dom.bars).toBe(34); // outgoing and incoming for 17 members
    expect(dom.moneyBars).toBe(1);
    expect(dom.comparison).toBe("Chưa có kỳ trước để so sánh");
    expect(dom.widest).toBeGreaterThan(100);
    expect(dom.scripts).toBe(0);
  }, 120_000);

  it("Cao Bằng: the comparison with 2016–2020 and the money totals by currency", async () => {
    const { report, members, comparison } = caoBangReport();
    const file = write("cao-bang.html", render(report, { members, comparison, format: "html", lang: "en" }));
    const dom = await withPage(async (page) => {
      await loadHtml(page, { file });
      const out = await page.evaluate(() => ({
        lang: document.documentElement.lang,
        summary: Array.from(document.querySelectorAll(".summary p")).map((p) => p.textContent),
        comparison: Array.from(document.querySelectorAll("#comparison li")).map((li) => li.textContent),
        comparisonBars: document.querySelectorAll("#chart-comparison rect").length,
        vnd: Array.from(document.querySelectorAll("#chart-money-VND text")).map((t) => t.textContent),
        usd: document.querySelectorAll("#chart-money-USD rect").length,
        errors: 0,
      }));
      await screenshot(page, join(images, "report-cao-bang.png"));
      return { ...out, errors: page.errors };
    }, quiet);
    expect(dom.errors).toEqual([]);
    expect(dom.lang).toBe("en");
    expect(dom.summary[0]).toContain(
      "9 ODA and concessional-loan projects with total capital of VND 1,576.566 billion",
    );
    expect(dom.summary[1]).toContain(
      "up nearly 249% on the 2016–2020 term, about 46% of the province's state budget revenue",
    );
    expect(dom.comparison).toEqual([
      "Border-gate budget revenue: nearly VND 6,900 billion (VND 1,977 billion), up nearly 249% on the 2016–2020 term",
    ]);
    expect(dom.comparisonBars).toBe(2);
    expect(dom.vnd).toContain("VND 1,576.566 billion");
    expect(dom.vnd).toContain("nearly VND 6,900 billion");
    expect(dom.usd).toBe(1);
  }, 120_000);

  it("escapes names from the data: an injection attempt is shown as text and never runs", async () => {
    const { report, members } = clusterIIReport();
    const evil = members.map((m) =>
      m.id === "so-ngoai-vu-ha-noi"
        ? {
            id: m.id,
            names: { vi: `<script>window.__pwned = 1</script>"><img src=x onerror="window.__pwned = 2">`, en: "x" },
          }
        : m,
    );
    const html = render(report, {
      members: evil,
      format: "html",
      title: "</title><script>window.__pwned = 3</script>",
    });
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<img");
    const file = write("evil.html", html);
    const dom = await withPage(async (page) => {
      const requests: string[] = [];
      page.on("request", (r) => requests.push(r.url()));
      await loadHtml(page, { file });
      const out = await page.evaluate(() => ({
        pwned: (window as unknown as { __pwned?: number }).__pwned ?? null,
        name: document.querySelector('tr[data-member="so-ngoai-vu-ha-noi"] th')?.textContent ?? null,
        title: document.title,
        images: document.images.length,
      }));
      return { ...out, requests, errors: page.errors };
    }, quiet);
    expect(dom.pwned).toBeNull();
    expect(dom.images).toBe(0);
    expect(dom.name).toBe(`<script>window.__pwned = 1</script>"><img src=x onerror="window.__pwned = 2">`);
    expect(dom.title).toBe("</title><script>window.__pwned = 3</script>");
    expect(dom.requests).toHaveLength(1);
    expect(dom.errors).toEqual([]);
  }, 120_000);
});

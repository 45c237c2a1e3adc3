/**
 * The office entry in a real browser (Debian's chromium through the shared
 * harness in scripts/browser/): bundled for the browser with the core, it
 * writes the same workbook, byte for byte, and the same Word document body
 * as in Node.
 */
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { evaluate, loadHtml, withPage } from "../../scripts/browser/index.mjs";
import { toDocx, toXlsx } from "../../src/office/index.js";
import { clusterIIReport, guideOptions } from "./_reports.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** The page's script: Cluster II compiled from the samples, written as .docx and .xlsx, the bytes handed back. */
const PAGE_SCRIPT = `
import { clusterIIReport, guideOptions } from "./test/office/_reports.ts";
import { toDocx, toXlsx } from "./src/office/index.ts";
window.writeOffice = async () => {
  const { report, members } = clusterIIReport();
  const docx = await toDocx(report, guideOptions(members));
  const xlsx = toXlsx(report, { members });
  return { docx: Array.from(docx), xlsx: Array.from(xlsx), node: typeof process !== "undefined" };
};
`;

async function bundle(): Promise<string> {
  const result = await esbuild.build({
    stdin: { contents: PAGE_SCRIPT, resolveDir: root, loader: "ts", sourcefile: "page.ts" },
    bundle: true,
    format: "iife",
    platform: "browser",
    write: false,
    logLevel: "silent",
    plugins: [
      {
        name: "ngoaivu-source",
        setup(build) {
          build.onResolve({ filter: /^ngoaivu(\/samples)?$/ }, (args) => ({
            path: join(root, "src", args.path === "ngoaivu" ? "index.ts" : "samples/index.ts"),
          }));
        },
      },
    ],
  });
  return result.outputFiles[0]?.text ?? "";
}

describe("the office entry in headless Chromium", () => {
  it("writes the same .xlsx bytes and the same .docx body as Node", async () => {
    const script = await bundle();
    const out = await withPage(
      async (page) => {
        await loadHtml(page, {
          html: `<!doctype html><meta charset="utf-8"><script>${script.replace(/<\/script/gi, "<\\/script")}</script>`,
        });
        const result = await evaluate(page, () =>
          (
            window as unknown as { writeOffice: () => Promise<{ docx: number[]; xlsx: number[]; node: boolean }> }
          ).writeOffice(),
        );
        return { ...result, errors: page.errors };
      },
      { log: () => {} },
    );
    expect(out.errors).toEqual([]);
    expect(out.node).toBe(false);
    const { report, members } = clusterIIReport();
    expect(new Uint8Array(out.xlsx)).toEqual(toXlsx(report, { members }));
    const body = (bytes: Uint8Array) => strFromU8(unzipSync(bytes)["word/document.xml"] ?? new Uint8Array());
    const browserBody = body(new Uint8Array(out.docx));
    expect(browserBody).toBe(body(await toDocx(report, guideOptions(members))));
    expect(browserBody).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  }, 120_000);
});

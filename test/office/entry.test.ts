/**
 * The office entry stays out of the core: bundling `ngoaivu` pulls in no
 * office library; the office entry bundles for the browser (no Node
 * built-in); an app that only writes spreadsheets does not carry the Word
 * writer.
 */
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";
import { describe, expect, it } from "vitest";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const CORE_DEPS = ["decimal.js", "zod", "date-fns", "@date-fns/tz"];

async function bundle(contents: string, external: readonly string[]) {
  const result = await esbuild.build({
    stdin: { contents, resolveDir: root, loader: "ts", sourcefile: "entry.ts" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    write: false,
    metafile: true,
    logLevel: "silent",
    external: [...external],
  });
  const packages = new Set(
    Object.keys(result.metafile.inputs).flatMap((i) => {
      const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(i);
      return m === null ? [] : [m[1] as string];
    }),
  );
  return { bytes: result.outputFiles[0]?.contents.length ?? 0, packages };
}

describe("the ngoaivu/office entry", () => {
  it("importing ngoaivu pulls in no office library", async () => {
    const core = await bundle(`export * from "./src/index.ts";`, CORE_DEPS);
    expect(core.packages.has("docx")).toBe(false);
    expect(core.packages.has("fflate")).toBe(false);
  });

  it("bundles for the browser with no Node built-in, reaching the core only through 'ngoaivu'", async () => {
    const office = await bundle(`export * from "./src/office/index.ts";`, ["ngoaivu"]);
    expect([...office.packages].sort()).toEqual(["docx", "fflate"]);
  });

  it("toXlsx alone does not carry the Word writer", async () => {
    const all = await bundle(`export { toDocx, toXlsx } from "./src/office/index.ts";`, ["ngoaivu"]);
    const xlsx = await bundle(`export { toXlsx } from "./src/office/index.ts";`, ["ngoaivu"]);
    expect(xlsx.bytes).toBeLessThan(40_000);
    expect(all.bytes).toBeGreaterThan(5 * xlsx.bytes);
  });
});

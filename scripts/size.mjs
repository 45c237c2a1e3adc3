/**
 * The size budget: what a user's bundle pays for each part of ngoaivu.
 *
 *   node scripts/size.mjs                       measure and check against size-budget.json
 *   node scripts/size.mjs --from=src            measure src/index.ts instead of the built dist/index.js
 *   node scripts/size.mjs --update --reason="…" record today's figures as the budget (and in docs/quality.md)
 *   node scripts/size.mjs --update=render --reason="…"  only for the entries named (comma-separated)
 *
 * Each entry of `size-budget.json` names exports of the public entry. For
 * each, esbuild bundles a one-line module `export { A, B } from "<entry>"`
 * (minified, tree-shaken, for the browser, dependencies included) and the
 * output is compressed with gzip and brotli (node:zlib). esbuild's metafile
 * says which packages ended up in the output, byte by byte, so "money alone
 * does not pull in zod" is proven from what was bundled, not assumed.
 *
 * The check fails when an entry's gzip size is more than `tolerance` (10%)
 * over its budget, when an entry bundles a package it must not include, or
 * when an entry that now exists has no budget yet. An entry whose exports do
 * not exist yet is reported as pending. Adding an entry is one line in
 * size-budget.json.
 */
import { spawnSync } from "node:child_process";
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import * as esbuild from "esbuild";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const BUDGET_FILE = join(root, "size-budget.json");
const DOC = join(root, "docs", "quality.md");
const DOC_START = "<!-- size-table:start -->";
const DOC_END = "<!-- size-table:end -->";

const args = process.argv.slice(2);
const flag = (name) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const from = flag("from") ?? "dist";
// --update records every measured entry; --update=render,periodOf only those named.
const updateFlag = args.find((a) => a === "--update" || a.startsWith("--update="));
const update = updateFlag !== undefined;
const updateOnly = updateFlag?.startsWith("--update=") ? updateFlag.slice(9).split(",") : undefined;
const reason = flag("reason");

function fail(message) {
  console.error(`size: FAILED: ${message}`);
  process.exit(1);
}

const kB = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;

/** The package a bundled input belongs to (`zod`, `@date-fns/tz`), or "ngoaivu" for our own code. */
function packageOf(input) {
  const at = input.lastIndexOf("node_modules/");
  if (at === -1) return "ngoaivu";
  const rest = input.slice(at + "node_modules/".length).split("/");
  return rest[0].startsWith("@") ? `${rest[0]}/${rest[1]}` : rest[0];
}

async function bundle(contents) {
  const result = await esbuild
    .build({
      stdin: { contents, resolveDir: root, loader: "js", sourcefile: "size-entry.js" },
      bundle: true,
      minify: true,
      treeShaking: true,
      format: "esm",
      platform: "browser",
      target: "es2022",
      write: false,
      metafile: true,
      outdir: join(root, ".cache", "size"),
      logLevel: "silent",
    })
    .catch((error) => fail(`esbuild could not bundle \`${contents}\`:\n${error.message}`));
  const [file] = result.outputFiles;
  const output = Object.values(result.metafile.outputs)[0];
  const packages = {};
  for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
    if (bytesInOutput > 0) packages[packageOf(input)] = (packages[packageOf(input)] ?? 0) + bytesInOutput;
  }
  return { code: file.contents, exports: output.exports, packages };
}

async function measure(entryPath, entry) {
  const spec = JSON.stringify(entryPath);
  const contents =
    entry.import === "*" ? `export * from ${spec};` : `export { ${entry.import.join(", ")} } from ${spec};`;
  const { code, packages } = await bundle(contents);
  return {
    minified: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    packages,
  };
}

// ── main ─────────────────────────────────────────────────────────────────────

const budget = JSON.parse(readFileSync(BUDGET_FILE, "utf8"));
const tolerance = budget.tolerance ?? 0.1;
const entryPath = from === "src" ? join(root, "src", "index.ts") : join(root, "dist", "index.js");
if (!existsSync(entryPath)) fail(`${entryPath} is missing${from === "dist" ? ": run npm run build first" : ""}`);
if (update && (reason === undefined || reason.trim() === "")) {
  fail('--update needs --reason="why the budget changes" (it is recorded in size-budget.json)');
}

const started = performance.now();
const publicExports = new Set((await bundle(`export * from ${JSON.stringify(entryPath)};`)).exports);
const results = [];
for (const entry of budget.entries) {
  const names = entry.import === "*" ? [] : entry.import;
  const missing = names.filter((n) => !publicExports.has(n));
  if (missing.length > 0) {
    results.push({ entry, pending: true, problem: undefined, note: `pending: ${missing.join(", ")} not exported yet` });
    continue;
  }
  const m = await measure(entryPath, entry);
  const problems = [];
  const forbidden = (entry.mustNotInclude ?? []).filter((p) => m.packages[p] !== undefined);
  for (const p of forbidden) problems.push(`bundles ${p} (${kB(m.packages[p])} minified), which it must not include`);
  let note;
  if (entry.gzip === undefined || entry.gzip === null) {
    problems.push(`no budget recorded (run node scripts/size.mjs --update --reason="…")`);
  } else {
    const ratio = m.gzip / entry.gzip;
    note = `${((ratio - 1) * 100).toFixed(1).replace(/^(?!-)/, "+")}% vs budget`;
    if (ratio < 0.8) note += ", lower the budget with --update";
    if (ratio > 1 + tolerance) {
      problems.push(
        `gzip ${m.gzip} B is ${((ratio - 1) * 100).toFixed(1)}% over its budget of ${entry.gzip} B (allowed ${tolerance * 100}%)`,
      );
    }
  }
  results.push({ entry, ...m, problem: problems.join("; ") || undefined, note });
}

// ── table ────────────────────────────────────────────────────────────────────

function table(markdown) {
  const rows = [["entry", "imports", "minified", "gzip", "brotli", "budget (gzip)", "packages bundled", "status"]];
  for (const r of results) {
    const imports = r.entry.import === "*" ? "everything" : r.entry.import.join(", ");
    if (r.pending) {
      rows.push([r.entry.name, imports, "–", "–", "–", "–", "–", r.note]);
      continue;
    }
    const pkgs = Object.entries(r.packages)
      .sort((a, b) => b[1] - a[1])
      .map(([p, b]) => `${p} ${kB(b)}`)
      .join(", ");
    const budgetCell = r.entry.gzip ? `${r.entry.gzip} B` : "none";
    const status = r.problem ? "FAIL" : `ok (${r.note})`;
    rows.push([r.entry.name, imports, `${r.minified} B`, `${r.gzip} B`, `${r.brotli} B`, budgetCell, pkgs, status]);
  }
  if (markdown) {
    rows[0] = rows[0].filter((_, c) => c !== 7);
    for (const row of rows.slice(1)) row.splice(7, 1);
  }
  const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => row[c].length)));
  const line = (row) => `| ${row.map((cell, c) => cell.padEnd(widths[c])).join(" | ")} |`;
  return [line(rows[0]), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...rows.slice(1).map(line)].join("\n");
}

if (update) {
  const today = new Date().toISOString().slice(0, 10);
  if (updateOnly !== undefined) {
    const unknown = updateOnly.filter((n) => !budget.entries.some((e) => e.name === n));
    if (unknown.length > 0) fail(`--update names no entry ${JSON.stringify(unknown)} in size-budget.json`);
  }
  for (const r of results) {
    if (r.pending || (updateOnly !== undefined && !updateOnly.includes(r.entry.name))) continue;
    r.entry.gzip = r.gzip;
    r.entry.brotli = r.brotli;
    r.entry.minified = r.minified;
    r.entry.recorded = today;
    r.entry.reason = reason;
    r.problem = (r.entry.mustNotInclude ?? []).some((p) => r.packages[p] !== undefined) ? r.problem : undefined;
    r.note = "budget updated";
  }
  writeFileSync(BUDGET_FILE, `${JSON.stringify(budget, null, 2)}\n`);
  // Keep the file in the project's format, so `npm run lint` stays green.
  const biome = spawnSync(join(root, "node_modules", ".bin", "biome"), ["format", "--write", BUDGET_FILE], {
    encoding: "utf8",
  });
  if (biome.status !== 0) fail(`biome format ${BUDGET_FILE} failed: ${biome.stderr || biome.stdout}`);
  if (existsSync(DOC)) {
    const doc = readFileSync(DOC, "utf8");
    const a = doc.indexOf(DOC_START);
    const b = doc.indexOf(DOC_END);
    if (a === -1 || b < a) fail(`${DOC} has no ${DOC_START} … ${DOC_END} markers`);
    const body = `\n\nMeasured ${today} from \`${from === "src" ? "src/index.ts" : "dist/index.js"}\` (esbuild, minified, browser, dependencies included; gzip level 9, brotli quality 11).\n\n${table(true)}\n\n`;
    writeFileSync(DOC, doc.slice(0, a + DOC_START.length) + body + doc.slice(b));
  }
  console.log(`size: budgets updated in size-budget.json and docs/quality.md (reason: ${reason})`);
}

console.log(
  `\nSize budget (${from === "src" ? "src/index.ts" : "dist/index.js"}, tolerance +${tolerance * 100}% gzip)\n`,
);
console.log(table(false));

const reports = join(root, "reports");
mkdirSync(reports, { recursive: true });
for (const r of results.filter((x) => !x.pending)) {
  const record = {
    suite: "size",
    name: r.entry.name,
    ok: r.problem === undefined,
    detail: r.problem ?? `${r.gzip} B gzip`,
  };
  appendFileSync(join(reports, "checks.ndjson"), `${JSON.stringify(record)}\n`);
}

const failed = results.filter((r) => r.problem !== undefined);
const measured = results.filter((r) => !r.pending).length;
console.log(
  `\n${measured - failed.length}/${measured} entries within budget, ${results.length - measured} pending (${(performance.now() - started).toFixed(0)} ms)`,
);
if (measured === 0) fail("nothing was measured: not even the whole public entry");
if (failed.length > 0) {
  for (const r of failed) console.error(`size: ${r.entry.name}: ${r.problem}`);
  fail(`${failed.map((r) => r.entry.name).join(", ")} over budget or wrongly composed`);
}

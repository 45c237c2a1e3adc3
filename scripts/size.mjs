/**
 * The size budget: what a user's bundle pays for each part of ngoaivu.
 *
 *   node scripts/size.mjs                       measure and check against size-budget.json
 *   node scripts/size.mjs --from=src            measure src/ instead of the built dist/
 *   node scripts/size.mjs --update --reason="…" record today's figures as the budget (and in the docs)
 *   node scripts/size.mjs --update=render --reason="…"  only for the entries named (comma-separated)
 *   node scripts/size.mjs --docs                rewrite the docs' size tables from size-budget.json
 *
 * Each entry of `size-budget.json` names exports of one of the package's
 * entry points (`module`: "ngoaivu" unless told, or "ngoaivu/office",
 * "ngoaivu/samples") and the bundler that measures it (`bundler`: "esbuild"
 * unless told, or "vite").
 *
 * - esbuild bundles a one-line module `export { A, B } from "<entry>"`
 *   (minified, tree-shaken, for the browser, dependencies included); its
 *   metafile says which packages ended up in the output, byte by byte.
 * - Vite builds a minimal app whose one file imports the names and hands
 *   them to `globalThis` (an app build keeps only what is used; minified,
 *   tree-shaken, dependencies included); a package's bytes are counted from
 *   the bundler's rendered modules, before minifying.
 *
 * The output is compressed with gzip and brotli (node:zlib), so "money alone
 * does not pull in zod" is proven from what was bundled, not assumed.
 *
 * The check fails when an entry's gzip size is more than `tolerance` (10%)
 * over its budget, or above its `limit` (a ceiling in gzip bytes, whatever
 * the tolerance), when an entry bundles a package it must not include, when
 * an entry that now exists has no budget yet, or when a doc's size table
 * (between `<!-- size-table:start -->` and `<!-- size-table:end -->`, the
 * entries that `docs` in size-budget.json gives that file) disagrees with
 * the recorded budget. An entry whose exports do not exist yet is reported as
 * pending. Adding an entry is one line in size-budget.json.
 */
import { spawnSync } from "node:child_process";
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import * as esbuild from "esbuild";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const BUDGET_FILE = join(root, "size-budget.json");
const CACHE = join(root, ".cache", "size");
const DOC_START = "<!-- size-table:start -->";
const DOC_END = "<!-- size-table:end -->";

/** The package's entry points an entry can import from: built file, source file. */
const MODULES = {
  ngoaivu: ["dist/index.js", "src/index.ts"],
  "ngoaivu/office": ["dist/office/index.js", "src/office/index.ts"],
  "ngoaivu/samples": ["dist/samples/index.js", "src/samples/index.ts"],
};

const args = process.argv.slice(2);
const flag = (name) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const from = flag("from") ?? "dist";
// --update records every measured entry; --update=render,periodOf only those named.
const updateFlag = args.find((a) => a === "--update" || a.startsWith("--update="));
const update = updateFlag !== undefined;
const updateOnly = updateFlag?.startsWith("--update=") ? updateFlag.slice(9).split(",") : undefined;
const reason = flag("reason");
const docsOnly = args.includes("--docs");

function fail(message) {
  console.error(`size: FAILED: ${message}`);
  process.exit(1);
}

const kB = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;
const kB1 = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

/** The package a bundled input belongs to (`zod`, `@date-fns/tz`), or "ngoaivu" for our own code. */
function packageOf(input) {
  const at = input.lastIndexOf("node_modules/");
  if (at === -1) return "ngoaivu";
  const rest = input.slice(at + "node_modules/".length).split("/");
  return rest[0].startsWith("@") ? `${rest[0]}/${rest[1]}` : rest[0];
}

const moduleOf = (entry) => entry.module ?? "ngoaivu";
const bundlerOf = (entry) => entry.bundler ?? "esbuild";

function modulePath(entry) {
  const files = MODULES[moduleOf(entry)];
  if (files === undefined)
    fail(`${entry.name}: unknown module ${JSON.stringify(entry.module)} (${Object.keys(MODULES)})`);
  return join(root, from === "src" ? files[1] : files[0]);
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
      outdir: CACHE,
      logLevel: "silent",
      // The repo's tsconfig maps "ngoaivu" to src/ (for the tests); the built
      // office entry must import the built dist/index.js, as in a user's app.
      ...(from === "dist" ? { tsconfigRaw: "{}" } : {}),
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

/** A minimal app built by Vite: one file that imports the names and uses them. */
async function viteBundle(spec, entry) {
  const { build } = await import("vite");
  mkdirSync(CACHE, { recursive: true });
  const file = join(CACHE, `vite-${entry.name.replace(/[^a-z0-9]+/gi, "-")}.js`);
  const contents =
    entry.import === "*"
      ? `import * as all from ${spec};\nglobalThis.__ngoaivuSize = all;\n`
      : `import { ${entry.import.join(", ")} } from ${spec};\nglobalThis.__ngoaivuSize = [${entry.import.join(", ")}];\n`;
  writeFileSync(file, contents);
  const result = await build({
    configFile: false,
    envFile: false,
    root: CACHE,
    cacheDir: join(CACHE, "vite-cache"),
    publicDir: false,
    logLevel: "silent",
    build: {
      write: false,
      minify: true,
      target: "es2022",
      modulePreload: false,
      reportCompressedSize: false,
      rollupOptions: { input: file },
    },
  }).catch((error) => fail(`vite could not build \`${contents}\`:\n${error.message}`));
  const chunks = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output).filter((o) => o.type === "chunk");
  const packages = {};
  for (const chunk of chunks) {
    for (const [id, { renderedLength }] of Object.entries(chunk.modules)) {
      if (renderedLength > 0 && id !== file) packages[packageOf(id)] = (packages[packageOf(id)] ?? 0) + renderedLength;
    }
  }
  return { code: Buffer.from(chunks.map((c) => c.code).join("\n")), packages };
}

async function measure(entry) {
  const spec = JSON.stringify(modulePath(entry));
  const contents =
    entry.import === "*" ? `export * from ${spec};` : `export { ${entry.import.join(", ")} } from ${spec};`;
  const { code, packages } = bundlerOf(entry) === "vite" ? await viteBundle(spec, entry) : await bundle(contents);
  return {
    minified: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    packages,
  };
}

/** The gzip size above which an entry fails: its budget plus the tolerance, or its limit if lower. */
function ceiling(entry, tolerance) {
  const allowed = entry.gzip ? Math.floor(entry.gzip * (1 + tolerance)) : undefined;
  if (entry.limit === undefined) return allowed;
  return allowed === undefined ? entry.limit : Math.min(allowed, entry.limit);
}

// ── the docs' tables, from size-budget.json alone ────────────────────────────

function markdownTable(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => row[c].length)));
  const line = (row) => `| ${row.map((cell, c) => cell.padEnd(widths[c])).join(" | ")} |`;
  return [line(rows[0]), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...rows.slice(1).map(line)].join("\n");
}

function importsCell(entry) {
  const names = entry.import === "*" ? "everything" : entry.import.join(", ");
  return moduleOf(entry) === "ngoaivu" ? names : `${names} (${moduleOf(entry)})`;
}

/** The block between a doc's markers: the recorded figures of the entries it names. */
function docBlock(entries, tolerance) {
  const rows = [
    ["entry", "imports", "bundler", "minified", "gzip", "brotli", "fails above (gzip)", "packages bundled", "recorded"],
  ];
  for (const e of entries) {
    const size = (b) => (typeof b === "number" ? kB1(b) : "–");
    const limit = ceiling(e, tolerance);
    const pkgs = Object.entries(e.packages ?? {})
      .sort((a, b) => b[1] - a[1])
      .map(([p, b]) => `${p} ${kB1(b)}`)
      .join(", ");
    rows.push([
      e.name,
      importsCell(e),
      bundlerOf(e),
      size(e.minified),
      size(e.gzip),
      size(e.brotli),
      limit === undefined ? "–" : `${kB1(limit)}${e.limit !== undefined && limit === e.limit ? " (limit)" : ""}`,
      pkgs || "–",
      e.recorded ?? "–",
    ]);
  }
  const vite = entries.some((e) => bundlerOf(e) === "vite")
    ? " A Vite row counts a package's bytes before minifying (the bundler's rendered modules)."
    : "";
  return `\n\nWritten from \`size-budget.json\` by \`node scripts/size.mjs --update\` (or \`--docs\`); \`npm run check:size\` fails when this table and the budget file disagree. Figures recorded from the built \`dist/\`: minified, tree-shaken, for the browser, dependencies included; gzip level 9, brotli quality 11; the reason for each entry's figures is in the budget file.${vite}\n\n${markdownTable(rows)}\n\n`;
}

/** Each doc with a size table, with the entries it shows. */
function docTables(budget) {
  const tolerance = budget.tolerance ?? 0.1;
  return Object.entries(budget.docs ?? {}).map(([file, names]) => {
    const entries = names === "*" ? budget.entries : names.map((n) => budget.entries.find((e) => e.name === n));
    const unknown = names === "*" ? [] : names.filter((_, i) => entries[i] === undefined);
    if (unknown.length > 0) fail(`size-budget.json: docs["${file}"] names no entry ${JSON.stringify(unknown)}`);
    const path = join(root, file);
    if (!existsSync(path)) fail(`size-budget.json: docs names ${file}, which does not exist`);
    const doc = readFileSync(path, "utf8");
    const a = doc.indexOf(DOC_START);
    const b = doc.indexOf(DOC_END);
    if (a === -1 || b < a) fail(`${file} has no ${DOC_START} … ${DOC_END} markers`);
    const current = doc.slice(a + DOC_START.length, b);
    const wanted = docBlock(entries, tolerance);
    return {
      file,
      path,
      agrees: current === wanted,
      write: () => writeFileSync(path, doc.slice(0, a + DOC_START.length) + wanted + doc.slice(b)),
    };
  });
}

// ── main ─────────────────────────────────────────────────────────────────────

const budget = JSON.parse(readFileSync(BUDGET_FILE, "utf8"));
const tolerance = budget.tolerance ?? 0.1;

if (docsOnly) {
  for (const t of docTables(budget)) {
    if (!t.agrees) t.write();
    console.log(`size: ${t.file} ${t.agrees ? "already agrees with" : "rewritten from"} size-budget.json`);
  }
  process.exit(0);
}

for (const name of new Set(budget.entries.map(moduleOf))) {
  const path = modulePath({ name, module: name });
  if (!existsSync(path)) fail(`${path} is missing${from === "dist" ? ": run npm run build first" : ""}`);
}
if (update && (reason === undefined || reason.trim() === "")) {
  fail('--update needs --reason="why the budget changes" (it is recorded in size-budget.json)');
}

const started = performance.now();
const exportsOf = new Map();
for (const name of new Set(budget.entries.map(moduleOf))) {
  const path = modulePath({ name, module: name });
  exportsOf.set(name, new Set((await bundle(`export * from ${JSON.stringify(path)};`)).exports));
}
const results = [];
for (const entry of budget.entries) {
  const names = entry.import === "*" ? [] : entry.import;
  const missing = names.filter((n) => !exportsOf.get(moduleOf(entry)).has(n));
  if (missing.length > 0) {
    results.push({ entry, pending: true, problem: undefined, note: `pending: ${missing.join(", ")} not exported yet` });
    continue;
  }
  const m = await measure(entry);
  const problems = [];
  const forbidden = (entry.mustNotInclude ?? []).filter((p) => m.packages[p] !== undefined);
  for (const p of forbidden) problems.push(`bundles ${p} (${kB(m.packages[p])}), which it must not include`);
  let note;
  if (entry.gzip === undefined || entry.gzip === null) {
    problems.push(`no budget recorded (run node scripts/size.mjs --update="${entry.name}" --reason="…")`);
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
  if (entry.limit !== undefined && m.gzip > entry.limit) {
    problems.push(`gzip ${m.gzip} B is over its limit of ${entry.limit} B`);
  }
  results.push({ entry, ...m, problem: problems.join("; ") || undefined, note });
}

// ── console table ────────────────────────────────────────────────────────────

function table(list) {
  const rows = [
    ["entry", "imports", "bundler", "minified", "gzip", "brotli", "fails above", "packages bundled", "status"],
  ];
  for (const r of list) {
    if (r.pending) {
      rows.push([r.entry.name, importsCell(r.entry), bundlerOf(r.entry), "–", "–", "–", "–", "–", r.note]);
      continue;
    }
    const pkgs = Object.entries(r.packages)
      .sort((a, b) => b[1] - a[1])
      .map(([p, b]) => `${p} ${kB(b)}`)
      .join(", ");
    const limit = ceiling(r.entry, tolerance);
    const status = r.problem ? "FAIL" : `ok (${r.note})`;
    rows.push([
      r.entry.name,
      importsCell(r.entry),
      bundlerOf(r.entry),
      `${r.minified} B`,
      `${r.gzip} B`,
      `${r.brotli} B`,
      limit === undefined ? "none" : `${limit} B`,
      pkgs,
      status,
    ]);
  }
  return markdownTable(rows);
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
    r.entry.packages = Object.fromEntries(Object.entries(r.packages).sort((a, b) => b[1] - a[1]));
    r.entry.recorded = today;
    r.entry.reason = reason;
    const stillFails =
      (r.entry.mustNotInclude ?? []).some((p) => r.packages[p] !== undefined) ||
      (r.entry.limit !== undefined && r.gzip > r.entry.limit);
    r.problem = stillFails ? r.problem : undefined;
    r.note = "budget updated";
  }
  writeFileSync(BUDGET_FILE, `${JSON.stringify(budget, null, 2)}\n`);
  // Keep the file in the project's format, so `npm run lint` stays green.
  const biome = spawnSync(join(root, "node_modules", ".bin", "biome"), ["format", "--write", BUDGET_FILE], {
    encoding: "utf8",
  });
  if (biome.status !== 0) fail(`biome format ${BUDGET_FILE} failed: ${biome.stderr || biome.stdout}`);
  for (const t of docTables(budget)) if (!t.agrees) t.write();
  console.log(`size: budgets updated in size-budget.json and the docs' size tables (reason: ${reason})`);
}

for (const t of docTables(budget)) {
  if (!t.agrees) {
    results.push({
      entry: { name: `${t.file} size table` },
      pending: false,
      doc: true,
      problem: `${t.file}'s size table disagrees with size-budget.json (node scripts/size.mjs --docs rewrites it)`,
    });
  }
}

console.log(`\nSize budget (${from === "src" ? "src/" : "dist/"}, tolerance +${tolerance * 100}% gzip)\n`);
console.log(table(results.filter((r) => !r.doc)));

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
const measured = results.filter((r) => !r.pending && !r.doc).length;
const pending = results.filter((r) => r.pending).length;
console.log(
  `\n${measured - failed.filter((r) => !r.doc).length}/${measured} entries within budget, ${pending} pending, docs ${failed.some((r) => r.doc) ? "disagree" : "agree"} (${(performance.now() - started).toFixed(0)} ms)`,
);
if (measured === 0) fail("nothing was measured: not even the whole public entry");
if (failed.length > 0) {
  for (const r of failed) console.error(`size: ${r.entry.name}: ${r.problem}`);
  fail(`${failed.map((r) => r.entry.name).join(", ")} over budget, wrongly composed or out of date`);
}

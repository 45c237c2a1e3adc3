/**
 * The runtime matrix: runs the one smoke program (`test/runtime/smoke.ts`)
 * against the packed package on every runtime users import ngoaivu into, and
 * prints a table runtime × result. Any failing leg fails the run and is named.
 *
 *   node scripts/runtimes/matrix.mjs            everything (installs what is missing)
 *   node scripts/runtimes/matrix.mjs --only=deno,chromium
 *   node scripts/runtimes/matrix.mjs --keep     keep the consumer folder and print its path
 *   node scripts/runtimes/matrix.mjs --write-doc  also write the table into docs/quality.md
 *
 * Steps: build `dist/` if it is missing or older than `src/`; `npm pack` it;
 * install the tarball into a fresh consumer project outside the repository
 * (so nothing resolves from the repository's own node_modules); install the
 * runtimes into `.cache/runtimes/` (once; see install.mjs); compile the smoke
 * to plain ESM (and CommonJS for the `require` leg); run it on each runtime;
 * bundle it for the browser with esbuild (`platform: "browser"`) and run it in
 * a page in headless Chromium (scripts/browser/). Sections that return a
 * digest of their output (the rendered reports) must return the same digest
 * on every runtime.
 */
import { spawn, spawnSync } from "node:child_process";
import {
  appendFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { collectErrors, launch, loadHtml } from "../browser/index.mjs";
import { CACHE, ensureRuntimes } from "./install.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const SMOKE = join(root, "test/runtime/smoke.ts");
const LEG_TIMEOUT_MS = 60_000;
// Every leg runs in a time zone far from Vietnam's, so a period computed from
// the host's clock instead of Vietnam time fails (30 June 17:00Z is still
// 30 June in Los Angeles, but 1 July in Hanoi).
const HOST_TZ = "America/Los_Angeles";
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

const args = process.argv.slice(2);
const only = args
  .find((a) => a.startsWith("--only="))
  ?.slice(7)
  .split(",")
  .filter(Boolean);
const keep = args.includes("--keep");
const writeDoc = args.includes("--write-doc");
const DOC = join(root, "docs", "quality.md");
const DOC_START = "<!-- matrix-table:start -->";
const DOC_END = "<!-- matrix-table:end -->";

const log = (line) => console.log(`matrix: ${line}`);
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

function fail(message) {
  console.error(`matrix: FAILED: ${message}`);
  process.exit(1);
}

function run(cmd, cmdArgs, { cwd, env, timeout = LEG_TIMEOUT_MS } = {}) {
  return new Promise((resolvePromise) => {
    const started = performance.now();
    const child = spawn(cmd, cmdArgs, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, timeout);
    child.stdout.on("data", (d) => {
      stdout += d;
    });
    child.stderr.on("data", (d) => {
      stderr += d;
    });
    child.on("error", (error) => {
      clearTimeout(timer);
      resolvePromise({ code: -1, stdout, stderr: `${stderr}${error.message}`, timedOut, ms: 0 });
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      resolvePromise({ code, stdout, stderr, timedOut, ms: performance.now() - started });
    });
  });
}

// ── 1. a current build ───────────────────────────────────────────────────────

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function ensureBuild() {
  const built = (() => {
    try {
      return Math.min(statSync(join(root, "dist/index.js")).mtimeMs, statSync(join(root, "dist/index.cjs")).mtimeMs);
    } catch {
      return undefined;
    }
  })();
  const sources = Math.max(newestMtime(join(root, "src")), statSync(join(root, "package.json")).mtimeMs);
  if (built !== undefined && built >= sources) return "dist/ is current";
  log(
    built === undefined ? "dist/ is missing: running npm run build" : "dist/ is older than src/: running npm run build",
  );
  const r = spawnSync(npm, ["run", "build", "--silent"], { cwd: root, stdio: "inherit" });
  if (r.status !== 0) fail(`npm run build exited ${r.status}`);
  return "built";
}

// ── 2. the packed package, installed into a consumer project ────────────────

async function makeConsumer() {
  const dir = mkdtempSync(join(tmpdir(), "ngoaivu-matrix-"));
  const pack = await run(npm, ["pack", "--ignore-scripts", "--json", "--pack-destination", dir], { cwd: root });
  if (pack.code !== 0) throw new Error(`npm pack failed (exit ${pack.code}):\n${pack.stderr}`);
  const [{ filename }] = JSON.parse(pack.stdout.slice(pack.stdout.indexOf("[")));
  writeFileSync(
    join(dir, "package.json"),
    `${JSON.stringify({ name: "ngoaivu-matrix-consumer", private: true, type: "module", dependencies: { ngoaivu: `file:./${filename}` } }, null, 2)}\n`,
  );
  // npm installs the peer dependencies (zod, decimal.js) as a user's npm would.
  const install = await run(
    npm,
    ["install", "--no-audit", "--no-fund", "--prefer-offline", "--ignore-scripts", "--loglevel=error"],
    { cwd: dir, timeout: 180_000 },
  );
  if (install.code !== 0)
    throw new Error(`npm install of ${filename} failed (exit ${install.code}):\n${install.stderr}`);
  return { dir, tarball: filename };
}

// ── 3. the smoke, compiled once ──────────────────────────────────────────────

async function compileSmoke(dir) {
  const esbuild = await import("esbuild");
  const source = readFileSync(SMOKE, "utf8");
  for (const [format, file] of [
    ["esm", "smoke.mjs"],
    ["cjs", "smoke.cjs"],
  ]) {
    const out = await esbuild.transform(source, { loader: "ts", format, target: "es2022", sourcefile: SMOKE });
    writeFileSync(join(dir, file), out.code);
  }
  // The browser leg: the same program bundled with the package for the browser.
  const result = await esbuild.build({
    entryPoints: [join(dir, "smoke.mjs")],
    absWorkingDir: dir,
    bundle: true,
    platform: "browser",
    format: "esm",
    target: "es2022",
    write: false,
    logLevel: "silent",
  });
  return result.outputFiles[0].text;
}

// ── 4. the legs ──────────────────────────────────────────────────────────────

function parseReport(stdout) {
  const line = stdout.split("\n").find((l) => l.startsWith("NGOAIVU_SMOKE "));
  if (line === undefined) return undefined;
  try {
    return JSON.parse(line.slice("NGOAIVU_SMOKE ".length));
  } catch {
    return undefined;
  }
}

function judge(name, version, entry, report, problem, ms) {
  if (problem === undefined && report === undefined) problem = "printed no NGOAIVU_SMOKE line";
  const sections = report?.sections ?? [];
  const failed = sections.filter((s) => !s.ok);
  if (problem === undefined && sections.length === 0) problem = "ran no section";
  if (problem === undefined && failed.length > 0) problem = failed.map((s) => `[${s.name}] ${s.error}`).join("; ");
  if (problem === undefined && !report.ok) problem = "report says not ok";
  return {
    name,
    version,
    entry,
    fingerprints: Object.fromEntries(sections.filter((s) => s.fingerprint).map((s) => [s.name, s.fingerprint])),
    sections: `${sections.length - failed.length}/${sections.length}`,
    checks: sections.reduce((n, s) => n + s.checks, 0),
    ok: problem === undefined,
    problem,
    ms,
  };
}

async function cliLeg({ name, version, entry, bin, args: legArgs, cwd, env }) {
  const r = await run(bin, legArgs, { cwd, env });
  const report = parseReport(r.stdout);
  let problem;
  if (r.timedOut) problem = `timed out after ${seconds(LEG_TIMEOUT_MS)}`;
  else if (r.code !== 0)
    problem = `exit ${r.code}: ${(r.stderr || r.stdout).trim().split("\n").slice(0, 6).join(" | ")}`;
  return judge(name, version, entry, report, problem, r.ms);
}

async function browserLeg(bundle) {
  const started = performance.now();
  let browser;
  try {
    browser = await launch({ log, timezoneId: HOST_TZ });
    const page = await browser.newPage();
    const errors = collectErrors(page);
    const html = `<!doctype html><meta charset="utf-8"><title>ngoaivu smoke</title><script type="module">${bundle.replaceAll("</script", "<\\/script")}</script>`;
    await loadHtml(page, { html });
    const report = await page
      .waitForFunction(() => globalThis.__NGOAIVU_SMOKE__, undefined, { timeout: 20_000 })
      .then((handle) => handle.jsonValue())
      .catch(() => undefined);
    const problem = errors.length > 0 ? errors.join("; ") : undefined;
    return judge("chromium", browser.version, "browser bundle", report, problem, performance.now() - started);
  } catch (error) {
    return judge("chromium", browser?.version ?? "?", "browser bundle", undefined, error.message, 0);
  } finally {
    await browser?.close();
  }
}

// ── main ─────────────────────────────────────────────────────────────────────

const started = performance.now();
const buildState = ensureBuild();
log(`${buildState}; packing and installing the tarball into a fresh consumer project, ensuring runtimes …`);

const [consumer, runtimes] = await Promise.all([makeConsumer(), ensureRuntimes({ log })]).catch((error) =>
  fail(error.message),
);
const bundle = await compileSmoke(consumer.dir).catch((error) => fail(`could not compile the smoke: ${error.message}`));
log(`${consumer.tarball} installed in ${consumer.dir}; runtimes ready (${seconds(performance.now() - started)})`);

const rt = Object.fromEntries(runtimes.map((r) => [r.name, r]));
const env = { ...process.env, TZ: HOST_TZ };
delete env.NODE_OPTIONS; // no loader of ours may leak into the legs
const denoEnv = { ...env, DENO_DIR: join(CACHE, "deno-dir"), DENO_NO_UPDATE_CHECK: "1", NO_COLOR: "1" };
const cwd = consumer.dir;
const machineNode = `node ${process.versions.node.split(".")[0]}`;

const legs = [
  {
    name: `${machineNode} (esm)`,
    version: process.versions.node,
    entry: "import",
    bin: process.execPath,
    args: ["smoke.mjs"],
  },
  {
    name: `${machineNode} (cjs)`,
    version: process.versions.node,
    entry: "require",
    bin: process.execPath,
    args: ["smoke.cjs"],
  },
  { name: "node 22", version: rt.node22.version, entry: "import", bin: rt.node22.bin, args: ["smoke.mjs"] },
  { name: "node 24", version: rt.node24.version, entry: "import", bin: rt.node24.bin, args: ["smoke.mjs"] },
  { name: "bun", version: rt.bun.version, entry: "import", bin: rt.bun.bin, args: ["smoke.mjs"] },
  {
    name: "deno",
    version: rt.deno.version,
    entry: "import, no permissions",
    bin: rt.deno.bin,
    args: ["run", "--quiet", "--no-prompt", "--node-modules-dir=manual", "smoke.mjs"],
    env: denoEnv,
  },
].filter((leg) => only === undefined || only.some((o) => leg.name.replace(/ /g, "").includes(o.replace(/ /g, ""))));

const results = [];
// Two at a time: the machine has two cores.
for (let i = 0; i < legs.length; i += 2) {
  results.push(...(await Promise.all(legs.slice(i, i + 2).map((leg) => cliLeg({ env, cwd, ...leg })))));
}
if (only === undefined || only.includes("chromium")) results.push(await browserLeg(bundle));

// Output that must be identical everywhere (rendered reports): every leg against the first.
const reference = results.find((r) => r.ok && Object.keys(r.fingerprints).length > 0);
if (reference !== undefined) {
  for (const r of results) {
    if (!r.ok || r === reference) continue;
    const differs = Object.entries(reference.fingerprints).filter(([section, fp]) => r.fingerprints[section] !== fp);
    if (differs.length > 0) {
      r.ok = false;
      r.problem = differs
        .map(
          ([section, fp]) => `[${section}] output differs from ${reference.name}: ${r.fingerprints[section]} vs ${fp}`,
        )
        .join("; ");
    }
  }
}

if (keep) log(`kept the consumer project: ${consumer.dir}`);
else rmSync(consumer.dir, { recursive: true, force: true });

// ── the table ────────────────────────────────────────────────────────────────

const rows = [
  ["runtime", "version", "entry", "sections", "checks", "result", "time"],
  ...results.map((r) => [
    r.name,
    r.version,
    r.entry,
    r.sections,
    String(r.checks),
    r.ok ? "pass" : "FAIL",
    `${(r.ms / 1000).toFixed(2)} s`,
  ]),
];
const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => row[c].length)));
const line = (row) => `| ${row.map((cell, c) => cell.padEnd(widths[c])).join(" | ")} |`;
console.log(`\nRuntime matrix: ${consumer.tarball}, smoke ${relative(root, SMOKE)}, host time zone ${HOST_TZ}\n`);
console.log(line(rows[0]));
console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
for (const row of rows.slice(1)) console.log(line(row));

// One line per leg for .ci/run's closing count.
mkdirSync(join(root, "reports"), { recursive: true });
for (const r of results) {
  const record = { suite: "runtime-matrix", name: r.name, ok: r.ok, detail: r.problem ?? `${r.checks} checks` };
  appendFileSync(join(root, "reports", "checks.ndjson"), `${JSON.stringify(record)}\n`);
}

if (writeDoc) {
  const doc = readFileSync(DOC, "utf8");
  const a = doc.indexOf(DOC_START);
  const b = doc.indexOf(DOC_END);
  if (a === -1 || b < a) fail(`${DOC} has no ${DOC_START} … ${DOC_END} markers`);
  const docRows = rows.map((row) => row.slice(0, 6));
  const w = docRows[0].map((_, c) => Math.max(...docRows.map((row) => row[c].length)));
  const l = (row) => `| ${row.map((cell, c) => cell.padEnd(w[c])).join(" | ")} |`;
  const body = [l(docRows[0]), `|${w.map((x) => "-".repeat(x + 2)).join("|")}|`, ...docRows.slice(1).map(l)].join("\n");
  const when = new Date().toISOString().slice(0, 10);
  const text = `\n\nRun ${when} on linux-${process.arch} against \`${consumer.tarball}\`, host time zone ${HOST_TZ} (\`node scripts/runtimes/matrix.mjs\`).\n\n${body}\n\n`;
  writeFileSync(DOC, doc.slice(0, a + DOC_START.length) + text + doc.slice(b));
  log("wrote the table into docs/quality.md");
}

const failed = results.filter((r) => !r.ok);
console.log(
  `\n${results.length - failed.length}/${results.length} runtimes passed in ${seconds(performance.now() - started)}`,
);
if (results.length === 0) fail("no leg matched --only");
if (failed.length > 0) {
  const clip = (text) => (text.length > 800 ? `${text.slice(0, 800)} …` : text);
  for (const r of failed) console.error(`matrix: ${r.name} FAILED: ${clip(r.problem)}`);
  fail(`${failed.map((r) => r.name).join(", ")} failed`);
}

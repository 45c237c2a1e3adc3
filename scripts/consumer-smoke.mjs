#!/usr/bin/env node
/**
 * Consumer smoke test: packs the library with `npm pack`, installs the tarball
 * into fresh projects OUTSIDE the package folder (so nothing resolves the
 * package's own node_modules), type-checks scripts/consumer/consumer.ts there
 * and runs it:
 *
 *   esm-nodenext   "type": "module", moduleResolution nodenext, tsc → node
 *   cjs-nodenext   "type": "commonjs", moduleResolution nodenext (compiles to require()), tsc → node
 *   bundler        moduleResolution bundler, tsc --noEmit, esbuild bundle → node
 *   lowest-peers   as bundler, with the lowest zod and decimal.js that package.json accepts
 *
 * Each leg's result is appended to reports/checks.ndjson for .ci/run's count.
 */
import { execFileSync, spawnSync } from "node:child_process";
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
const esbuild = join(root, "node_modules", "esbuild", "bin", "esbuild");
const installed = (name) => JSON.parse(readFileSync(join(root, "node_modules", name, "package.json"), "utf8")).version;
const lowest = (range) => range.replace(/^[\^~>=]+/, "");

const work = mkdtempSync(join(tmpdir(), "ngoaivu-consumers-"));
const reports = join(root, "reports");
mkdirSync(reports, { recursive: true });

function run(cmd, args, cwd) {
  return execFileSync(cmd, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

function record(name, ok, detail) {
  appendFileSync(join(reports, "checks.ndjson"), `${JSON.stringify({ suite: "consumer-smoke", name, ok, detail })}\n`);
}

if (!existsSync(join(root, "dist", "index.js"))) {
  console.error("consumer smoke: dist/ is missing, run npm run build first");
  process.exit(1);
}

const results = [];
try {
  const packed = JSON.parse(run("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", work], root));
  const tarball = join(work, packed[0].filename);
  console.log(`packed ${packed[0].filename} (${packed[0].entryCount} files, ${packed[0].size} bytes)`);

  const installLogs = {};
  const installs = {
    current: { zod: installed("zod"), "decimal.js": installed("decimal.js") },
    lowest: { zod: lowest(pkg.peerDependencies.zod), "decimal.js": lowest(pkg.peerDependencies["decimal.js"]) },
  };
  for (const [name, peers] of Object.entries(installs)) {
    const dir = join(work, name);
    mkdirSync(dir);
    writeFileSync(
      join(dir, "package.json"),
      JSON.stringify({
        name: `consumer-${name}`,
        private: true,
        dependencies: { ngoaivu: `file:${tarball}`, ...peers },
      }),
    );
    // npm's warnings go to stderr: kept, to check that the install of the package warns of nothing.
    const install = spawnSync("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", "--ignore-scripts"], {
      cwd: dir,
      encoding: "utf8",
    });
    if (install.status !== 0) throw new Error(`npm install failed: ${install.stderr}`);
    installLogs[name] = `${install.stdout}${install.stderr}`;
  }

  // The office entry from the installed package: no docx installed (it is bundled), no engine
  // warning on this Node, and both writers work from ESM and from CommonJS.
  try {
    const dir = join(work, "current");
    if (/EBADENGINE/.test(installLogs.current)) throw new Error(`npm install warned:\n${installLogs.current}`);
    if (existsSync(join(dir, "node_modules", "docx"))) throw new Error("docx was installed: it should be bundled");
    const report =
      '{ member: "so-ngoai-vu-cao-bang", period: n.parsePeriod("2020-2025"), basis: "submitted", figures: { delegations: { outgoing: n.Figure.count(120) } } }';
    const esm =
      `const n = await import("ngoaivu"); const o = await import("ngoaivu/office"); const r = ${report};` +
      "const d = await o.toDocx(r); const x = o.toXlsx(r);" +
      'if (d[0] !== 0x50 || d[1] !== 0x4b || x[0] !== 0x50) throw new Error("not zip files"); console.log(d.length > 5000 ? "ok" : "short")';
    const cjs =
      `const n = require("ngoaivu"); const o = require("ngoaivu/office"); const r = ${report};` +
      'o.toDocx(r).then((d) => { if (d[0] !== 0x50 || o.toXlsx(r)[0] !== 0x50) throw new Error("not zip files"); console.log("ok"); })';
    const a = run(process.execPath, ["--input-type=module", "-e", esm], dir).trim();
    const b = run(process.execPath, ["-e", cjs], dir).trim();
    if (a !== "ok" || b !== "ok") throw new Error(`unexpected output: ${a} / ${b}`);
    results.push({
      leg: "office",
      ok: true,
      detail: "toDocx and toXlsx from ESM and CJS, docx bundled, no EBADENGINE",
    });
  } catch (error) {
    results.push({ leg: "office", ok: false, detail: `${error.stderr ?? ""}${error.message}` });
  }

  const legs = [
    { name: "esm-nodenext", base: "current", type: "module", resolution: "nodenext" },
    { name: "cjs-nodenext", base: "current", type: "commonjs", resolution: "nodenext" },
    { name: "bundler", base: "current", type: "module", resolution: "bundler" },
    { name: "lowest-peers", base: "lowest", type: "module", resolution: "bundler" },
  ];
  // The published JSON Schemas, for non-TypeScript consumers: ngoaivu/schemas/<entity>.json.
  try {
    const dir = join(work, "current");
    const script =
      'const s = require("ngoaivu/schemas/delegation.json"); const i = require("ngoaivu/schemas/index.json");' +
      'if (s.type !== "object" || !s.properties.amount && !s.properties.direction) throw new Error("not the delegation schema");' +
      'if (i.schemas.length < 7) throw new Error("index lists " + i.schemas.length + " schemas");' +
      "console.log(i.schemas.length)";
    const count = run(process.execPath, ["-e", script], dir).trim();
    results.push({ leg: "json-schemas", ok: true, detail: `${count} schemas resolve as ngoaivu/schemas/*.json` });
  } catch (error) {
    results.push({ leg: "json-schemas", ok: false, detail: `${error.stderr ?? ""}${error.message}` });
  }

  for (const leg of legs) {
    const dir = join(work, leg.base, leg.name);
    mkdirSync(dir);
    cpSync(join(root, "scripts", "consumer", "consumer.ts"), join(dir, "index.ts"));
    writeFileSync(join(dir, "package.json"), JSON.stringify({ name: leg.name, private: true, type: leg.type }));
    const nodenext = leg.resolution === "nodenext";
    writeFileSync(
      join(dir, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          target: "ES2022",
          lib: ["ES2022", "DOM"],
          module: nodenext ? "NodeNext" : "ESNext",
          moduleResolution: nodenext ? "NodeNext" : "Bundler",
          strict: true,
          exactOptionalPropertyTypes: true,
          types: [],
          outDir: "out",
          noEmit: !nodenext,
          skipLibCheck: false,
        },
        files: ["index.ts"],
      }),
    );
    try {
      run(process.execPath, [tsc, "-p", "tsconfig.json"], dir);
      let entry = join(dir, "out", "index.js");
      if (!nodenext) {
        entry = join(dir, "bundle.mjs");
        run(esbuild, ["index.ts", "--bundle", "--platform=node", "--format=esm", `--outfile=${entry}`], dir);
      }
      const out = run(process.execPath, [entry], dir).trim();
      if (out !== "consumer ok") throw new Error(`unexpected output: ${out}`);
      const peers = installs[leg.base];
      results.push({ leg: leg.name, ok: true, detail: `zod ${peers.zod}, decimal.js ${peers["decimal.js"]}` });
    } catch (error) {
      const detail = `${error.stdout ?? ""}${error.stderr ?? ""}${error.stdout || error.stderr ? "" : error.message}`;
      results.push({ leg: leg.name, ok: false, detail: detail.trim() });
    }
  }
} catch (error) {
  results.push({ leg: "setup", ok: false, detail: `${error.stderr ?? ""}${error.message}` });
} finally {
  rmSync(work, { recursive: true, force: true });
}

for (const r of results) {
  record(r.leg, r.ok, r.ok ? r.detail : r.detail.slice(0, 2000));
  console.log(`${r.ok ? "ok  " : "FAIL"} ${r.leg.padEnd(14)} ${r.ok ? r.detail : `\n${r.detail}`}`);
}
const failed = results.filter((r) => !r.ok).length;
console.log(`consumer smoke: ${results.length - failed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;

/**
 * The purity guard: the core (everything in `src/` but `src/cli/`) must run in
 * any JavaScript runtime, so it may not import a Node built-in or use a
 * Node-only global.
 *
 *   node scripts/purity.mjs
 *
 * 1. esbuild bundles `src/index.ts` and every other core file for the browser
 *    (`platform: "browser"`); any `node:` import or bare built-in (`fs`,
 *    `path`…), in our code or in a dependency, fails the bundle, naming the
 *    importer. So does a core file that imports from `src/cli/`.
 * 2. Every core source file is parsed with TypeScript and searched for
 *    references to Node-only globals (`process`, `Buffer`, `require`,
 *    `__dirname`, `global`…), also as `globalThis.process`. Type positions and
 *    names declared in the same file are not references.
 *
 * Before checking `src/`, the guard checks a small planted fixture and fails
 * unless it finds exactly the violations planted there, so a guard that went
 * blind cannot pass.
 */

import { appendFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";
import ts from "typescript";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** Globals that exist only in Node (or CommonJS), never in a browser. */
export const NODE_ONLY_GLOBALS = Object.freeze([
  "process",
  "Buffer",
  "require",
  "module",
  "exports",
  "__dirname",
  "__filename",
  "global",
  "setImmediate",
  "clearImmediate",
]);
const FORBIDDEN = new Set(NODE_ONLY_GLOBALS);
const GLOBAL_OBJECTS = new Set(["globalThis", "window", "self"]);
const BUILTINS = new Set(builtinModules.filter((m) => !m.startsWith("_")));

function coreFiles(srcDir) {
  const files = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (path !== join(srcDir, "cli")) walk(path);
      } else if (/\.(ts|tsx|mts|js|mjs)$/.test(entry.name) && !entry.name.endsWith(".d.ts")) files.push(path);
    }
  };
  walk(srcDir);
  return files.sort();
}

/** Step 1: bundle for the browser; returns problems as strings. */
async function bundleProblems(srcDir, files) {
  const show = (p) => relative(root, p) || p;
  const guard = {
    name: "purity",
    setup(build) {
      // A core module that imports the package by name (`ngoaivu/samples` reaches the core through
      // "ngoaivu") is checked against the source, never against a build that may be missing or stale.
      build.onResolve({ filter: /^ngoaivu(\/|$)/ }, (args) => {
        const sub = args.path.slice("ngoaivu".length).replace(/^\//, "");
        return { path: join(srcDir, sub === "" ? "index.ts" : join(sub, "index.ts")) };
      });
      build.onResolve({ filter: /.*/ }, (args) => {
        const bare = args.path.startsWith("node:") ? args.path : args.path.split("/")[0];
        if (args.path.startsWith("node:") || (BUILTINS.has(bare) && args.kind !== "entry-point")) {
          return {
            errors: [{ text: `${show(args.importer)} imports the Node built-in "${args.path}"` }],
          };
        }
        return undefined;
      });
    },
  };
  const entry = join(srcDir, "index.ts");
  try {
    const result = await esbuild.build({
      entryPoints: [...new Set([entry, ...files])],
      bundle: true,
      platform: "browser",
      format: "esm",
      target: "es2022",
      write: false,
      outdir: join(tmpdir(), "ngoaivu-purity-out"),
      metafile: true,
      logLevel: "silent",
      tsconfigRaw: "{}",
      plugins: [guard],
    });
    const cli = `${join(srcDir, "cli")}${sep}`;
    const intoCli = Object.keys(result.metafile.inputs)
      .map((p) => resolve(root, p))
      .filter((p) => p.startsWith(cli));
    return intoCli.map((p) => `the core bundle pulls in ${show(p)}: only the command may live in src/cli/`);
  } catch (error) {
    if (!Array.isArray(error.errors)) throw error;
    return error.errors.map((e) => {
      const where = e.location ? `${e.location.file}:${e.location.line}: ` : "";
      // The guard's own findings name the importer; anything else is a plain build error.
      return e.pluginName === "purity" ? e.text : `the core does not bundle: ${where}${e.text}`;
    });
  }
}

/** Step 2: references to Node-only globals in one source file. */
function globalsIn(file) {
  const text = readFileSync(file, "utf8");
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const declared = new Set();
  const candidates = [];
  const isNameOf = (node) => {
    const p = node.parent;
    if (p === undefined) return false;
    if (ts.isPropertyAccessExpression(p) && p.name === node) return true;
    if (ts.isQualifiedName(p) && p.right === node) return true;
    if (
      (ts.isPropertyAssignment(p) ||
        ts.isPropertyDeclaration(p) ||
        ts.isPropertySignature(p) ||
        ts.isMethodDeclaration(p) ||
        ts.isMethodSignature(p) ||
        ts.isGetAccessorDeclaration(p) ||
        ts.isSetAccessorDeclaration(p) ||
        ts.isEnumMember(p) ||
        ts.isLabeledStatement(p) ||
        ts.isBreakOrContinueStatement(p)) &&
      p.name === node
    ) {
      return true;
    }
    if ((ts.isImportSpecifier(p) || ts.isExportSpecifier(p)) && p.propertyName === node) return true;
    if (ts.isExportSpecifier(p)) return true; // `export { x as process }` names an export
    if (ts.isBindingElement(p) && p.propertyName === node) return true;
    return false;
  };
  const declares = (node) => {
    const p = node.parent;
    return (
      p !== undefined &&
      (ts.isVariableDeclaration(p) ||
        ts.isParameter(p) ||
        ts.isFunctionDeclaration(p) ||
        ts.isFunctionExpression(p) ||
        ts.isClassDeclaration(p) ||
        ts.isClassExpression(p) ||
        ts.isBindingElement(p) ||
        ts.isImportSpecifier(p) ||
        ts.isImportClause(p) ||
        ts.isNamespaceImport(p) ||
        ts.isEnumDeclaration(p)) &&
      p.name === node
    );
  };
  const inType = (node) => {
    for (let n = node.parent; n !== undefined; n = n.parent) {
      if (ts.isTypeNode(n) && !ts.isExpressionWithTypeArguments(n)) return true;
      if (ts.isInterfaceDeclaration(n) || ts.isTypeAliasDeclaration(n)) return true;
      if (ts.isStatement(n) || ts.isSourceFile(n)) return false;
    }
    return false;
  };
  const visit = (node) => {
    if (ts.isIdentifier(node) && FORBIDDEN.has(node.text)) {
      if (declares(node)) declared.add(node.text);
      else if (!isNameOf(node) && !inType(node)) candidates.push({ name: node.text, node });
    }
    // globalThis.process, window.Buffer, self["require"]
    if (
      ts.isPropertyAccessExpression(node) &&
      ts.isIdentifier(node.expression) &&
      GLOBAL_OBJECTS.has(node.expression.text) &&
      FORBIDDEN.has(node.name.text)
    ) {
      candidates.push({ name: `${node.expression.text}.${node.name.text}`, node, viaGlobal: true });
    }
    if (
      ts.isElementAccessExpression(node) &&
      ts.isIdentifier(node.expression) &&
      GLOBAL_OBJECTS.has(node.expression.text) &&
      ts.isStringLiteralLike(node.argumentExpression) &&
      FORBIDDEN.has(node.argumentExpression.text)
    ) {
      candidates.push({ name: `${node.expression.text}["${node.argumentExpression.text}"]`, node, viaGlobal: true });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return candidates
    .filter((c) => c.viaGlobal || !declared.has(c.name))
    .map((c) => {
      const { line } = source.getLineAndCharacterOfPosition(c.node.getStart(source));
      return `${relative(root, file) || file}:${line + 1}: uses the Node-only global "${c.name}"`;
    });
}

/** Checks one source folder; returns `{ files, problems }`. */
export async function checkPurity(srcDir) {
  const files = coreFiles(srcDir);
  const problems = [...(await bundleProblems(srcDir, files)), ...files.flatMap(globalsIn)];
  return { files, problems };
}

/** Plants known violations in a scratch `src/` and demands the guard finds exactly them. */
async function selfTest() {
  const dir = mkdtempSync(join(tmpdir(), "ngoaivu-purity-selftest-"));
  try {
    const src = join(dir, "src");
    mkdirSync(join(src, "money"), { recursive: true });
    mkdirSync(join(src, "cli"), { recursive: true });
    mkdirSync(join(src, "samples"), { recursive: true });
    const files = {
      "index.ts": 'export * from "./money/index.js";\nexport * from "./clean.js";\n',
      "money/index.ts": 'import { readFileSync } from "node:fs";\nexport const read = () => readFileSync;\n',
      "money/path.ts": 'import { join } from "path";\nexport const j = join;\n',
      "globals.ts": [
        "export const a = process.env.X;",
        'export const b = Buffer.from("x");',
        "export const c = globalThis.process;",
        "export const d = typeof require;",
        'export const e = self["__dirname"];',
      ].join("\n"),
      "clean.ts": [
        "const global = 1;",
        "export const obj = { process: 1, Buffer: global };",
        "export const p = obj.process;",
        "export type T = { require: string };",
        "export function f(process: number) { return process; }",
      ].join("\n"),
      "samples/index.ts": 'import { obj } from "ngoaivu";\nexport const sample = obj;\n',
      "cli/index.ts": 'import { readFileSync } from "node:fs";\nexport const r = readFileSync ?? process;\n',
    };
    for (const [name, text] of Object.entries(files)) writeFileSync(join(src, name), text);
    const { problems } = await checkPurity(src);
    const found = problems.map((p) => p.replace(/^.*?src\//, "src/"));
    const expected = [
      'src/money/index.ts imports the Node built-in "node:fs"',
      'src/money/path.ts imports the Node built-in "path"',
      'globals.ts:1: uses the Node-only global "process"',
      'globals.ts:2: uses the Node-only global "Buffer"',
      'globals.ts:3: uses the Node-only global "globalThis.process"',
      'globals.ts:4: uses the Node-only global "require"',
      'globals.ts:5: uses the Node-only global "self["__dirname"]"',
    ];
    const missing = expected.filter((e) => !found.some((f) => f.includes(e)));
    const extra = found.filter((f) => !expected.some((e) => f.includes(e)));
    if (missing.length > 0 || extra.length > 0) {
      throw new Error(
        `the guard's self-test failed: it missed ${JSON.stringify(missing)} and wrongly reported ${JSON.stringify(extra)}`,
      );
    }
    return expected.length;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** One line for .ci/run's closing count. */
function record(ok, detail) {
  mkdirSync(join(root, "reports"), { recursive: true });
  appendFileSync(
    join(root, "reports", "checks.ndjson"),
    `${JSON.stringify({ suite: "purity", name: "core has no Node-only API", ok, detail })}\n`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const started = performance.now();
  try {
    const planted = await selfTest();
    const { files, problems } = await checkPurity(join(root, "src"));
    const ms = (performance.now() - started).toFixed(0);
    if (problems.length > 0) {
      console.error("purity: FAILED: the core (src/ outside src/cli/) must not use Node-only APIs:");
      for (const p of problems) console.error(`  - ${p}`);
      if (problems.some((p) => !p.startsWith("the core does not bundle"))) {
        console.error("Move I/O into src/cli/, or use a web-standard API (globalThis.crypto, TextEncoder, Intl…).");
      }
      process.exitCode = 1;
      record(false, problems.join("; "));
    } else {
      record(true, `${files.length} files`);
      console.log(
        `purity: ok: ${files.length} core files bundle for the browser with no Node built-in and no Node-only global ` +
          `(self-test caught ${planted}/${planted} planted violations; ${ms} ms)`,
      );
    }
  } catch (error) {
    console.error(`purity: FAILED: ${error.message}`);
    process.exitCode = 1;
    record(false, error.message);
  }
}

/**
 * The architecture check: the module table of docs/architecture.md is the
 * rule, and the imports of `src/` must obey it.
 *
 *   node scripts/check-architecture.mjs
 *
 * The table (the first Markdown table after the comment
 * `<!-- architecture:modules -->` in docs/architecture.md) has one row per
 * module, in order; its columns are `#`, the module (`money/`, or `index.ts`
 * for the `ngoaivu` entry), what it holds, the modules it imports and the
 * packages it imports (names in backticks, `—` for none). The check reads
 * every import of every file under `src/` (`import`, `import type`,
 * `export … from`, `import("…")`) with the TypeScript parser and fails when:
 *
 * 1. a module imports a module that is not in a row above its own (an arrow
 *    against the order);
 * 2. a module reaches into another module's file other than its `index.ts`
 *    (modules whose name starts with `_`, such as `_lib/`, are private helpers
 *    and are imported file by file);
 * 3. a module below the `index.ts` row reaches a core module by a relative
 *    path instead of the package name (`ngoaivu`), or an import names a
 *    `ngoaivu/…` subpath that no row is;
 * 4. the imports or packages a row lists differ from what its files import,
 *    or a folder of `src/` has no row, or a row names no folder: the guide
 *    says what the code does, so a new arrow is a change to the guide too.
 *
 * Node built-ins (`node:fs`…) are not listed: the purity guard
 * (scripts/purity.mjs) keeps them out of the core. Before checking `src/`, the
 * script checks a small planted fixture and fails unless it finds exactly the
 * problems planted there.
 */

import {
  appendFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { builtinModules } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const GUIDE = join("docs", "architecture.md");
const MARKER = "<!-- architecture:modules -->";
const ENTRY = "index.ts";
const PACKAGE = "ngoaivu";
const BUILTINS = new Set(builtinModules);

/** The module table of the guide: `[{ name, line, imports: Set, packages: Set }]`, in order. */
export function readTable(markdown) {
  const lines = markdown.split("\n");
  const at = lines.findIndex((l) => l.trim() === MARKER);
  if (at < 0) throw new Error(`no "${MARKER}" line before the module table`);
  let i = at + 1;
  while (i < lines.length && !lines[i].trim().startsWith("|")) i++;
  const cells = (line) =>
    line
      .trim()
      .replace(/^\|/, "")
      .replace(/\|$/, "")
      .split("|")
      .map((c) => c.trim());
  const names = (cell) => new Set([...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]));
  const rows = [];
  for (i += 2; i < lines.length && lines[i].trim().startsWith("|"); i++) {
    const c = cells(lines[i]);
    if (c.length < 5) throw new Error(`${GUIDE}:${i + 1}: a row needs 5 columns (#, module, holds, imports, packages)`);
    const [name] = names(c[1]);
    if (name === undefined) throw new Error(`${GUIDE}:${i + 1}: the module column names no \`module/\``);
    rows.push({ name, line: i + 1, imports: names(c[3]), packages: names(c[4]) });
  }
  if (rows.length === 0) throw new Error(`no table after "${MARKER}"`);
  return rows;
}

function sourceFiles(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => {
      const path = join(dir, e.name);
      if (e.isDirectory()) return sourceFiles(path);
      return /\.(ts|tsx|mts)$/.test(e.name) && !e.name.endsWith(".d.ts") ? [path] : [];
    })
    .sort();
}

/** Every module specifier a file imports, with its line. */
function importsOf(file) {
  const text = readFileSync(file, "utf8");
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found = [];
  const add = (node) => {
    if (node !== undefined && ts.isStringLiteralLike(node)) {
      found.push({ spec: node.text, line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1 });
    }
  };
  const visit = (node) => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) add(node.moduleSpecifier);
    else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      add(node.moduleReference.expression);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      add(node.arguments[0]);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The module a path inside `srcDir` belongs to (`money/`, or `index.ts`), or `undefined` outside it. */
function moduleOf(srcDir, path) {
  const rel = relative(srcDir, path);
  if (rel.startsWith("..") || rel === "") return undefined;
  const parts = rel.split(sep);
  return parts.length === 1 ? ENTRY : `${parts[0]}/`;
}

const packageOf = (spec) => {
  const parts = spec.split("/");
  return spec.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
};

const list = (set) => (set.size === 0 ? "none" : [...set].sort().join(", "));

/** Checks `srcDir` against the table in `markdown`; returns `{ files, arrows, problems }`. */
export function checkArchitecture(srcDir, markdown) {
  const rows = readTable(markdown);
  const rank = new Map(rows.map((r, i) => [r.name, i]));
  const entryRank = rank.get(ENTRY);
  const problems = [];
  const show = (file, line) => `${relative(dirname(srcDir), file)}:${line}`;

  const present = new Set([
    ...readdirSync(srcDir, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => `${e.name}/`),
    ...(existsSync(join(srcDir, ENTRY)) ? [ENTRY] : []),
  ]);
  for (const name of present) if (!rank.has(name)) problems.push(`src/${name} has no row in the module table`);
  for (const r of rows)
    if (!present.has(r.name)) problems.push(`${GUIDE}:${r.line}: the row \`${r.name}\` names nothing in src/`);

  const actual = new Map(rows.map((r) => [r.name, { imports: new Set(), packages: new Set() }]));
  const arrows = new Set();
  const files = sourceFiles(srcDir);
  for (const file of files) {
    const from = moduleOf(srcDir, file);
    const fromRank = rank.get(from);
    if (fromRank === undefined) continue; // already reported: no row
    for (const { spec, line } of importsOf(file)) {
      let to;
      if (spec.startsWith(".")) {
        const target = resolve(dirname(file), spec);
        to = moduleOf(srcDir, target);
        if (to === undefined) {
          problems.push(`${show(file, line)} imports "${spec}", outside src/`);
          continue;
        }
        if (to === from) continue;
        const inside = relative(join(srcDir, to === ENTRY ? "" : to), target);
        if (!to.startsWith("_") && to !== ENTRY && inside !== "index.js" && inside !== "index.ts") {
          problems.push(`${show(file, line)} imports "${spec}", a private file of ${to}: import ${to}index.js`);
        }
        if (entryRank !== undefined && fromRank > entryRank && !to.startsWith("_")) {
          problems.push(`${show(file, line)} reaches ${to} by path: below ${ENTRY}, import the core as "${PACKAGE}"`);
        }
      } else if (spec === PACKAGE || spec.startsWith(`${PACKAGE}/`)) {
        to = spec === PACKAGE ? ENTRY : `${spec.slice(PACKAGE.length + 1)}/`;
        if (!rank.has(to)) {
          problems.push(`${show(file, line)} imports "${spec}", which no row of the module table is`);
          continue;
        }
        actual.get(from).imports.add(spec);
      } else {
        if (!spec.startsWith("node:") && !BUILTINS.has(packageOf(spec))) actual.get(from).packages.add(packageOf(spec));
        continue;
      }
      if (spec.startsWith(".")) actual.get(from).imports.add(to);
      arrows.add(`${from} → ${to}`);
      if (rank.get(to) >= fromRank) {
        problems.push(
          `${show(file, line)}: ${from} imports ${to}, which is not above it in the module table (an arrow against the order)`,
        );
      }
    }
  }

  for (const r of rows) {
    const got = actual.get(r.name);
    for (const [column, declared, real] of [
      ["imports", r.imports, got.imports],
      ["packages", r.packages, got.packages],
    ]) {
      const missing = new Set([...real].filter((x) => !declared.has(x)));
      const extra = new Set([...declared].filter((x) => !real.has(x)));
      if (missing.size > 0 || extra.size > 0) {
        problems.push(
          `${GUIDE}:${r.line}: the ${column} of \`${r.name}\` say ${list(declared)}; the code imports ${list(real)}`,
        );
      }
    }
  }
  return { files, arrows, problems };
}

/** Plants known problems in a scratch `src/` and demands the check finds exactly them. */
function selfTest() {
  const dir = mkdtempSync(join(tmpdir(), "ngoaivu-architecture-selftest-"));
  try {
    const src = join(dir, "src");
    for (const m of ["_lib", "errors", "money", "samples", "extra"]) mkdirSync(join(src, m), { recursive: true });
    const files = {
      "index.ts": 'export * from "./errors/index.js";\nexport * from "./money/index.js";\n',
      "_lib/show.ts": "export const show = String;\n",
      "errors/index.ts": 'import { m } from "../money/index.js";\nexport const e = m;\n',
      "money/index.ts":
        'import { show } from "../_lib/show.js";\nimport type { X } from "zod";\nexport const m = show;\n',
      "money/private.ts": "export const p = 1;\n",
      "samples/index.ts": [
        'import { m } from "ngoaivu";',
        'import { p } from "../money/private.js";',
        'export const s = [m, p, () => import("ngoaivu/nothing")];',
      ].join("\n"),
      "extra/index.ts": "export {};\n",
    };
    for (const [name, text] of Object.entries(files)) writeFileSync(join(src, name), text);
    const table = [
      MARKER,
      "",
      "| # | module | holds | imports | packages |",
      "|---|---|---|---|---|",
      "| 1 | `_lib/` | helpers | — | — |",
      "| 2 | `errors/` | errors | — | — |",
      "| 3 | `money/` | money | `_lib/` | — |",
      "| 4 | `index.ts` | entry | `errors/`, `money/` | — |",
      "| 5 | `samples/` | data | `ngoaivu` | — |",
      "| 6 | `office/` | gone | — | — |",
    ].join("\n");
    const { problems } = checkArchitecture(src, table);
    const expected = [
      "src/extra/ has no row",
      "the row `office/` names nothing",
      "src/errors/index.ts:1: errors/ imports money/, which is not above it",
      'src/samples/index.ts:2 imports "../money/private.js", a private file of money/',
      "src/samples/index.ts:2 reaches money/ by path",
      'src/samples/index.ts:3 imports "ngoaivu/nothing", which no row',
      "the imports of `errors/` say none; the code imports money/",
      "the packages of `money/` say none; the code imports zod",
      "the imports of `samples/` say ngoaivu; the code imports money/, ngoaivu",
    ];
    const found = problems.map((p) => p.replaceAll(sep, "/"));
    const missing = expected.filter((e) => !found.some((f) => f.includes(e)));
    const extra = found.filter((f) => !expected.some((e) => f.includes(e)));
    if (missing.length > 0 || extra.length > 0) {
      throw new Error(
        `the check's self-test failed: it missed ${JSON.stringify(missing)} and wrongly reported ${JSON.stringify(extra)}`,
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
    `${JSON.stringify({ suite: "architecture", name: "imports follow the module table", ok, detail })}\n`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    const planted = selfTest();
    const { files, arrows, problems } = checkArchitecture(join(root, "src"), readFileSync(join(root, GUIDE), "utf8"));
    if (problems.length > 0) {
      console.error(`architecture: FAILED: src/ and the module table of ${GUIDE} disagree:`);
      for (const p of problems) console.error(`  - ${p}`);
      console.error(
        `An arrow against the order is a design change: move the code, or change the table (and say why in ${GUIDE}).`,
      );
      process.exitCode = 1;
      record(false, problems.join("; "));
    } else {
      record(true, `${files.length} files, ${arrows.size} arrows`);
      console.log(
        `architecture: ok: ${files.length} files, ${arrows.size} module arrows, all up the table in ${GUIDE} ` +
          `(self-test caught ${planted}/${planted} planted problems)`,
      );
    }
  } catch (error) {
    console.error(`architecture: FAILED: ${error.message}`);
    process.exitCode = 1;
    record(false, error.message);
  }
}

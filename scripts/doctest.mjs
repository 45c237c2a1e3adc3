#!/usr/bin/env node
/**
 * Doc examples run. Extracts every ```ts block inside an `@example` of a doc
 * comment under src/ (the CLI excepted) and every ```ts block of README.md and
 * docs/*.md, and writes them as vitest tests into .tmp/doctest/ (run by
 * vitest.docs.config.ts against the BUILT package: "ngoaivu" resolves to dist/
 * through the package's own exports).
 *
 *   expr; //=> value        asserts expect(expr).toEqual(value)
 *   //=> value              (a line of its own) asserts the statement above
 *   const x = f(); //=> v   asserts x
 *   expr; //=> throws CODE  asserts expr throws a NgoaivuError with that code
 *
 * A markdown block can opt out only with an HTML comment on the line before
 * it, `<!-- doctest: skip (reason) -->`; skipped blocks are listed as skipped
 * (and are neither run nor type-checked).
 *
 * The written files also type-check: `npm run test:examples` runs
 * `tsc -p tsconfig.docs.json` over .tmp/doctest/ before vitest, against the
 * built package's declarations, under the library's own strict options
 * (`strict`, `exactOptionalPropertyTypes`, `noUncheckedIndexedAccess`). So
 * the names a block imports are hoisted as top-level `import type`s too (a
 * class is a type as well as a value in the block), and an example that a
 * user's compiler would refuse fails here.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const outDir = join(root, ".tmp", "doctest");

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** ```ts blocks in the @example sections of doc comments: { line, code }. */
function examplesInSource(text) {
  const blocks = [];
  for (const m of text.matchAll(/\/\*\*[\s\S]*?\*\//g)) {
    const comment = m[0];
    if (!comment.includes("@example")) continue;
    const startLine = text.slice(0, m.index).split("\n").length;
    const lines = comment.split("\n").map((l) => l.replace(/^\s*\/?\*+\/?\s?/, "").replace(/\s*\*\/$/, ""));
    let inExample = false;
    let block = null;
    lines.forEach((line, i) => {
      if (/^@example/.test(line.trim())) inExample = true;
      else if (/^@\w+/.test(line.trim()) && block === null) inExample = false;
      if (!inExample) return;
      if (block === null && /^```(ts|typescript)\b/.test(line.trim())) block = { line: startLine + i, code: [] };
      else if (block !== null && line.trim() === "```") {
        blocks.push({ line: block.line, code: block.code.join("\n"), skip: null });
        block = null;
      } else if (block !== null) block.code.push(line);
    });
  }
  return blocks;
}

/** ```ts blocks of a markdown file. */
function examplesInMarkdown(text) {
  const blocks = [];
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    if (!/^```(ts|typescript)\b/.test(lines[i].trim())) continue;
    const skip = /<!--\s*doctest:\s*skip\s*(.*?)-->/.exec(lines[i - 1] ?? "")?.[1]?.trim() || null;
    const start = i + 1;
    const code = [];
    for (i++; i < lines.length && lines[i].trim() !== "```"; i++) code.push(lines[i]);
    blocks.push({ line: start, code: code.join("\n"), skip });
  }
  return blocks;
}

/**
 * `import {a, b as c, type T} from "m"` → `const { a, b: c } = await import("m");`
 * A type cannot be imported inside the test's function, so every name a block
 * imports by name is also written into `types` (local name → `{ spec, module }`)
 * for a top-level `import type` of the file: the type-only names
 * (`import type {…}`, `type T`), and the value names too, so that a class
 * (`Figure`) is a type as well as a value, as it is in the block. A value name
 * two blocks of one file import from different places is not hoisted.
 */
function convertImports(code, types) {
  const addType = (spec, mod, typeOnly) => {
    const local = spec
      .split(/\s+as\s+/)
      .pop()
      .trim();
    const known = types.get(local);
    if (known === undefined) types.set(local, { spec, module: mod });
    else if (known === null || known.spec !== spec || known.module !== mod) {
      if (typeOnly) throw new Error(`doctest: type ${local} is imported from two places in one file`);
      types.set(local, null);
    }
  };
  return code
    .replace(/^\s*import\s+type\s+\{([^}]*)\}\s+from\s+(["'][^"']+["']);?/gm, (_, specs, mod) => {
      for (const s of specs
        .split(",")
        .map((x) => x.trim())
        .filter(Boolean))
        addType(s, mod, true);
      return "";
    })
    .replace(/^\s*import\s+\{([^}]*)\}\s+from\s+(["'][^"']+["']);?/gm, (_, specs, mod) => {
      const all = specs
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean);
      for (const s of all) addType(s.replace(/^type\s+/, ""), mod, s.startsWith("type "));
      const names = all.filter((s) => !s.startsWith("type ")).map((s) => s.replace(/\s+as\s+/, ": "));
      return names.length ? `const { ${names.join(", ")} } = await import(${mod});` : "";
    })
    .replace(/^\s*import\s+\*\s+as\s+(\w+)\s+from\s+(["'][^"']+["']);?/gm, "const $1 = await import($2);")
    .replace(/^\s*import\s+(\w+)\s+from\s+(["'][^"']+["']);?/gm, "const { default: $1 } = await import($2);");
}

/** The top-level `import type` lines for the type names the blocks of one file use. */
function typeImportLines(types) {
  const byModule = new Map();
  for (const entry of types.values()) {
    if (entry !== null) byModule.set(entry.module, [...(byModule.get(entry.module) ?? []), entry.spec]);
  }
  return [...byModule].map(([mod, specs]) => `import type { ${specs.join(", ")} } from ${mod};\n`).join("");
}

/** Net bracket depth change of a line, ignoring strings and // comments. */
function depthChange(line) {
  let depth = 0;
  let quote = null;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === "\\") i++;
      else if (c === quote) quote = null;
      continue;
    }
    if (c === "/" && line[i + 1] === "/") break;
    if (c === '"' || c === "'" || c === "`") quote = c;
    else if ("([{".includes(c)) depth++;
    else if (")]}".includes(c)) depth--;
  }
  return depth;
}

function assertion(statement, expected) {
  const s = statement.trim().replace(/;\s*$/, "");
  const thrown = /^throws\s+([A-Z_]+)\s*$/.exec(expected.trim());
  if (thrown) return `__expectThrowsCode(() => { ${s}; }, ${JSON.stringify(thrown[1])});`;
  const decl = /^(?:const|let|var)\s+(\w+)(?:\s*:[^=]+)?\s*=/.exec(s);
  if (decl) return `${s};\nexpect(${decl[1]}).toEqual(${expected.trim()});`;
  return `expect(${s}).toEqual(${expected.trim()});`;
}

/** Turns `//=>` lines into assertions; the block's type imports go to `types` (see convertImports). */
function transform(code, types) {
  const out = [];
  let current = []; // lines of the statement being read
  let depth = 0;
  let last = null; // the last complete statement, not yet emitted
  const flushLast = () => {
    if (last !== null) out.push(last);
    last = null;
  };
  for (const line of convertImports(code, types).split("\n")) {
    const only = /^\s*\/\/=>\s?(.*)$/.exec(line);
    if (only) {
      if (last === null) throw new Error(`//=> with no statement before it:\n${code}`);
      out.push(assertion(last, only[1]));
      last = null;
      continue;
    }
    const inline = /^(.*?\S.*?)\s*\/\/=>\s?(.*)$/.exec(line);
    if (inline && depth + depthChange(inline[1]) === 0) {
      flushLast();
      out.push(assertion([...current, inline[1]].join("\n"), inline[2]));
      current = [];
      depth = 0;
      continue;
    }
    if (line.trim() === "" && depth === 0 && current.length === 0) continue;
    current.push(line);
    depth += depthChange(line);
    if (depth <= 0) {
      flushLast();
      last = current.join("\n");
      current = [];
      depth = 0;
    }
  }
  flushLast();
  if (current.length) out.push(current.join("\n"));
  return out.join("\n");
}

const header = `import { describe, expect, it } from "vitest";
function __expectThrowsCode(fn: () => unknown, code: string): void {
  let caught: unknown;
  try { fn(); } catch (error) { caught = error; }
  expect(caught, "expected a throw").toBeInstanceOf(Error);
  expect((caught as { code?: unknown }).code).toBe(code);
}
`;

const sources = [
  ...walk(join(root, "src"))
    .filter((f) => f.endsWith(".ts") && !f.includes(`${join("src", "cli")}`))
    .map((f) => ({ file: f, blocks: examplesInSource(readFileSync(f, "utf8")) })),
  ...[
    "README.md",
    ...readdirSync(join(root, "docs"))
      .filter((f) => f.endsWith(".md"))
      .map((f) => join("docs", f)),
  ]
    .map((f) => join(root, f))
    .map((f) => ({ file: f, blocks: examplesInMarkdown(readFileSync(f, "utf8")) })),
];

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
let count = 0;
let skipped = 0;
for (const { file, blocks } of sources) {
  if (blocks.length === 0) continue;
  const rel = relative(root, file);
  const types = new Map();
  const tests = blocks.map((b) => {
    count++;
    if (b.skip) {
      skipped++;
      return `  it.skip(${JSON.stringify(`${rel}:${b.line} (${b.skip})`)}, () => {});`;
    }
    const body = transform(b.code, types)
      .split("\n")
      .map((l) => `    ${l}`)
      .join("\n");
    return `  it(${JSON.stringify(`${rel}:${b.line}`)}, async () => {\n${body}\n  });`;
  });
  const name = rel.replace(/[\\/]/g, "__").replace(/\.(ts|md)$/, "");
  writeFileSync(
    join(outDir, `${name}.test.ts`),
    `${header}${typeImportLines(types)}\ndescribe(${JSON.stringify(rel)}, () => {\n${tests.join("\n")}\n});\n`,
  );
}
console.log(`doctest: ${count} examples extracted (${skipped} skipped) into ${relative(root, outDir)}/`);

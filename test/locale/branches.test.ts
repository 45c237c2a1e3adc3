/**
 * The guard of the locale files: no code outside them picks its words by
 * comparing a language (`lang === "vi" ? … : …`, `locale !== "en"`,
 * `case "vi":`, `lang ? … : …`). Words live in a locale (`src/locale/`, the
 * command's `src/cli/_words.ts`) or in a table by language
 * (`Record<Lang, …>`), and the code looks them up. A test of membership that
 * names both languages (`x !== "vi" && x !== "en"`, `x === "vi" || x === "en"`)
 * checks an option and picks nothing: it is not a branch.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));

/** The files where the words live: they may hold a language's own logic. */
const LOCALE_FILES: readonly RegExp[] = [/^src\/locale\//, /^src\/cli\/_words\.ts$/];

/**
 * Branches on the language that are left, each with its reason. A stale entry
 * (one that no longer matches a line) fails the test too.
 */
const ALLOWED: readonly { readonly file: string; readonly text: string; readonly why: string }[] = [
  {
    file: "src/money/format.ts",
    text: 'options.display ?? (locale === "vi" ? "symbol" : "code")',
    why: "money/ is below locale/ in the module order: the default currency display of a number locale, not a phrase",
  },
  {
    file: "src/money/format.ts",
    text: 'if (locale === "en") {',
    why: "money/ is below locale/: the scaled style is two writers (the Vietnamese compound form); its words are in VI_SCALES and EN_SCALES",
  },
];

/** A language's code as a string literal: `"vi"`, `'en'`, `` `vi` ``. */
const LANG = String.raw`(["'\x60])(?:vi|en)`;

/** The patterns of a branch on the language, each with what it names. */
const BRANCHES: readonly { readonly name: string; readonly pattern: RegExp }[] = [
  { name: "a comparison with a language", pattern: new RegExp(String.raw`[!=]==?\s*${LANG}\1`) },
  { name: "a comparison with a language", pattern: new RegExp(String.raw`${LANG}\1\s*[!=]==?`) },
  { name: "a case of a language", pattern: new RegExp(String.raw`\bcase\s+${LANG}\1\s*:`) },
  { name: "a loose comparison of a language", pattern: /\b(?:lang|locale)\s*[!=]=(?!=)/ },
  { name: "a ternary on a language", pattern: /\b(?:lang|locale)\s*\?(?![?.:])/ },
];

/** Tests of membership that name both languages: `x !== "vi" && x !== "en"`, `x === "vi" || x === "en"`. */
const MEMBERSHIP: readonly RegExp[] = [
  /([\w.$?]+)\s*!==?\s*(["'])(vi|en)\2\s*&&\s*\1\s*!==?\s*(["'])(?!\3)(?:vi|en)\4/g,
  /([\w.$?]+)\s*===?\s*(["'])(vi|en)\2\s*\|\|\s*\1\s*===?\s*(["'])(?!\3)(?:vi|en)\4/g,
];

/** A branch found: its line (from 1), the line's text and what it is. */
interface Found {
  readonly line: number;
  readonly text: string;
  readonly what: string;
}

/**
 * The branches on the language in a TypeScript text: every line of code
 * (comment lines and trailing `// …` comments are not code) that matches one
 * of {@link BRANCHES} once its membership tests are taken out.
 */
function languageBranches(source: string): Found[] {
  const found: Found[] = [];
  let inComment = false;
  source.split("\n").forEach((raw, i) => {
    const trimmed = raw.trim();
    if (inComment) {
      if (trimmed.includes("*/")) inComment = false;
      return;
    }
    if (trimmed.startsWith("/*")) {
      inComment = !trimmed.includes("*/");
      return;
    }
    if (trimmed.startsWith("//")) return;
    let code = raw.replace(/\s\/\/\s.*$/, "");
    for (const m of MEMBERSHIP) code = code.replace(m, "");
    const hit = BRANCHES.find((b) => b.pattern.test(code));
    if (hit !== undefined) found.push({ line: i + 1, text: trimmed, what: hit.name });
  });
  return found;
}

function sourceFiles(): string[] {
  return (readdirSync(join(root, "src"), { recursive: true }) as string[])
    .filter((f) => f.endsWith(".ts"))
    .map((f) => `src/${f.split(sep).join("/")}`)
    .sort();
}

describe("no branch on the language outside the locale files", () => {
  it("finds none in src/ but the allowed ones", () => {
    const left: string[] = [];
    const used = new Set<(typeof ALLOWED)[number]>();
    for (const file of sourceFiles()) {
      if (LOCALE_FILES.some((l) => l.test(file))) continue;
      for (const f of languageBranches(readFileSync(join(root, file), "utf8"))) {
        const allowed = ALLOWED.find((a) => a.file === file && f.text.includes(a.text));
        if (allowed !== undefined) used.add(allowed);
        else left.push(`${file}:${f.line}: ${f.what}: ${f.text}`);
      }
    }
    expect(left).toEqual([]);
    expect(ALLOWED.filter((a) => !used.has(a)).map((a) => `${a.file}: ${a.text}`)).toEqual([]);
  });

  it("scans the source tree (the walk finds the files it should)", () => {
    const files = sourceFiles();
    expect(files).toContain("src/cli/report.ts");
    expect(files).toContain("src/period/_label.ts");
    expect(files).toContain("src/locale/vi.ts");
  });

  it("fails on each kind of branch, naming the line", () => {
    const planted = [
      "const a = 1;",
      'const n = x.toLocaleString(lang === "vi" ? "vi-VN" : "en-US");',
      '  return o.lang !== "en"',
      'if ("vi" === lang) return 1;',
      "const b = lang == other;",
      "  case 'vi':",
      "const c = lang ? 1 : 2;",
      'const d = options.locale === `en` ? "code" : "symbol";',
      'const e = words[lang != "vi" ? 0 : 1];',
    ].join("\n");
    expect(languageBranches(planted).map((f) => f.line)).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
    expect(languageBranches(planted)[0]).toEqual({
      line: 2,
      text: 'const n = x.toLocaleString(lang === "vi" ? "vi-VN" : "en-US");',
      what: "a comparison with a language",
    });
  });

  it("passes what picks nothing: membership tests, look-ups, optional fields, comments", () => {
    const clean = [
      'if (lang !== "en" && lang !== "vi") throw new Error("lang");',
      'if (options.locale !== undefined && options.locale !== "vi" && options.locale !== "en") fail();',
      'if (locale === "vi" || locale === "en") return locale;',
      "const words = WORDS[lang];",
      'const lang = options?.lang ?? "en";',
      "readonly lang?: Lang;",
      "  locale?: NumberLocale;",
      "/**",
      ' * lang === "vi" in a doc comment',
      " */",
      '// lang === "vi" in a comment',
      'const f = 1; // lang === "vi" after the code',
      '/* lang === "vi" */',
      'const url = "https://example.org/vi";',
    ].join("\n");
    expect(languageBranches(clean)).toEqual([]);
  });

  it("still finds a branch next to a membership test", () => {
    expect(languageBranches('if (x !== "vi" && x !== "en") y = lang === "vi" ? 1 : 2;')).toHaveLength(1);
    expect(languageBranches('if (x !== "vi" && y !== "en") fail();')).toHaveLength(1);
  });
});

/**
 * Private: reads back the Markdown that `render` writes, so the Word
 * document says exactly what the report module says (its sentences, its
 * table, its lists) without a second prose generator.
 *
 * @internal
 * @module
 */

/** A section of the rendered report: a heading with a table, or with list items. */
export type Section =
  | { readonly kind: "table"; readonly title: string; readonly head: readonly string[]; readonly rows: readonly Row[] }
  | { readonly kind: "list"; readonly title: string; readonly items: readonly string[] };

/** A table row; `total` for the bold total row. */
export interface Row {
  readonly cells: readonly string[];
  readonly total: boolean;
}

/** The rendered report, in parts. */
export interface ReportView {
  readonly title: string;
  readonly subtitle: string;
  readonly paragraphs: readonly string[];
  readonly sections: readonly Section[];
  readonly footer: string;
}

/** Undoes `render`'s Markdown escaping of inline text. */
export function unescapeMarkdown(text: string): string {
  return text
    .replace(/\\([\\`*_{}[\]#|~])/g, "$1")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/** Splits a Markdown table line into its cells (an escaped `\|` stays in its cell). */
function cellsOf(line: string): string[] {
  const inner = line.trim().replace(/^\|/, "").replace(/\|$/, "");
  const cells: string[] = [];
  let current = "";
  for (let i = 0; i < inner.length; i++) {
    const ch = inner[i] as string;
    if (ch === "\\" && i + 1 < inner.length) {
      current += ch + (inner[i + 1] as string);
      i++;
    } else if (ch === "|") {
      cells.push(current.trim());
      current = "";
    } else current += ch;
  }
  cells.push(current.trim());
  return cells;
}

function unwrap(text: string, mark: string): string | undefined {
  return text.length >= 2 * mark.length && text.startsWith(mark) && text.endsWith(mark)
    ? text.slice(mark.length, -mark.length)
    : undefined;
}

/** Parses `render(report, { format: "markdown" })`. */
export function parseRendered(markdown: string): ReportView {
  const blocks = markdown.trimEnd().split(/\n{2,}/);
  let title = "";
  let subtitle = "";
  let footer = "";
  const paragraphs: string[] = [];
  const sections: Section[] = [];
  let heading: string | undefined;
  blocks.forEach((block, i) => {
    const text = block.trim();
    if (text.startsWith("# ")) {
      title = unescapeMarkdown(text.slice(2));
    } else if (text.startsWith("## ")) {
      heading = unescapeMarkdown(text.slice(3));
    } else if (text.startsWith("|")) {
      const lines = text.split("\n").filter((l) => !/^\|(\s*-+:?\s*\|)+$/.test(l.trim()));
      const [head, ...rows] = lines.map(cellsOf);
      sections.push({
        kind: "table",
        title: heading ?? "",
        head: (head ?? []).map(unescapeMarkdown),
        rows: rows.map((cells) => {
          const total = cells.every((c) => unwrap(c, "**") !== undefined);
          return { total, cells: cells.map((c) => unescapeMarkdown(unwrap(c, "**") ?? c)) };
        }),
      });
      heading = undefined;
    } else if (heading !== undefined) {
      const items = text === "—" ? [] : text.split("\n").map((l) => unescapeMarkdown(l.replace(/^- /, "")));
      sections.push({ kind: "list", title: heading, items });
      heading = undefined;
    } else if (unwrap(text, "_") !== undefined && (i === 1 || i === blocks.length - 1)) {
      const inner = unescapeMarkdown(unwrap(text, "_") as string);
      if (i === 1) subtitle = inner;
      else footer = inner;
    } else {
      paragraphs.push(unescapeMarkdown(text));
    }
  });
  return { title, subtitle, paragraphs, sections, footer };
}

/**
 * Private: the plain-text and Markdown writers of a report view.
 *
 * @internal
 * @module
 */
import type { Table, View } from "./_view.js";

/** Display width of a text: code points, not counting combining marks. */
function width(text: string): number {
  let n = 0;
  for (const ch of text.normalize("NFC")) if (!/\p{M}/u.test(ch)) n++;
  return n;
}

function pad(text: string, size: number, right: boolean): string {
  const gap = " ".repeat(Math.max(0, size - width(text)));
  return right ? gap + text : text + gap;
}

function textTable(table: Table): string[] {
  const rows = [table.head, ...table.rows.map((r) => r.cells.map((c) => c.text))];
  const sizes = table.head.map((_, i) => Math.max(...rows.map((r) => width(r[i] ?? ""))));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => pad(c, sizes[i] ?? 0, i > 0))
      .join("  ")
      .trimEnd();
  const rule = sizes.map((s) => "-".repeat(s)).join("  ");
  const out = [line(table.head), rule];
  for (const r of table.rows) {
    if (r.total === true) out.push(rule);
    out.push(line(r.cells.map((c) => c.text)));
  }
  return out;
}

/** The plain-text report. */
export function text(view: View): string {
  const out: string[] = [view.title, "=".repeat(width(view.title)), view.subtitle, ""];
  for (const p of view.paragraphs) out.push(p);
  for (const table of view.tables) {
    if (table.rows.length === 0) continue;
    out.push("", table.caption, "", ...textTable(table));
  }
  for (const list of view.lists) {
    out.push("", `${list.title}: ${list.items.length === 0 ? "—" : list.items.join("; ")}`);
  }
  if (view.comparison.length > 0) {
    out.push("", view.comparisonTitle);
    for (const c of view.comparison) out.push(`- ${c.label}: ${c.current} (${c.previous}), ${c.text}`);
  }
  out.push("", view.footer);
  return `${out.join("\n")}\n`;
}

/** Escapes text for Markdown (inline): no raw HTML (`&`, `<`, `>` as entities), and the characters Markdown reads backslash-escaped. */
export function escapeMarkdown(value: string): string {
  return value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/[\\`*_{}[\]#|~]/g, (ch) => `\\${ch}`)
    .replace(/\r?\n/g, " ");
}

/** The Markdown report. */
export function markdown(view: View): string {
  const e = escapeMarkdown;
  const out: string[] = [`# ${e(view.title)}`, "", `_${e(view.subtitle)}_`, ""];
  for (const p of view.paragraphs) out.push(e(p), "");
  for (const table of view.tables) {
    if (table.rows.length === 0) continue;
    out.push(`## ${e(table.caption)}`, "");
    out.push(`| ${table.head.map(e).join(" | ")} |`);
    out.push(`|${table.head.map((_, i) => (i === 0 ? " --- " : " ---: ")).join("|")}|`);
    for (const r of table.rows) {
      const cells = r.cells.map((c) => e(c.text));
      out.push(`| ${(r.total === true ? cells.map((c) => `**${c}**`) : cells).join(" | ")} |`);
    }
    out.push("");
  }
  for (const list of view.lists) {
    out.push(`## ${e(list.title)}`, "");
    if (list.items.length === 0) out.push("—", "");
    else out.push(...list.items.map((i) => `- ${e(i)}`), "");
  }
  if (view.comparison.length > 0) {
    out.push(`## ${e(view.comparisonTitle)}`, "");
    for (const c of view.comparison) out.push(`- ${e(c.label)}: ${e(c.current)} (${e(c.previous)}), ${e(c.text)}`);
    out.push("");
  }
  out.push(`_${e(view.footer)}_`);
  return `${out.join("\n")}\n`;
}

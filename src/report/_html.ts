/**
 * Private: the HTML writer: one self-contained page (inline CSS and SVG, no
 * script, no network; a Content-Security-Policy that forbids loading
 * anything), every text from the data escaped.
 *
 * @internal
 * @module
 */
import type { Bar, Chart, Table, View } from "./_view.js";

const ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Escapes text for HTML content and attribute values (also inside SVG). */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (ch) => ESCAPES[ch] as string);
}

const e = escapeHtml;
const COLOURS = ["#1f6fb2", "#e07b39", "#3c9a5f"] as const;

const CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; padding: 32px 40px; font: 15px/1.55 "Noto Sans", "DejaVu Sans", "Segoe UI", Arial, sans-serif; color: #1d2733; background: #f5f7fa; }
main { max-width: 1100px; margin: 0 auto; background: #fff; padding: 32px 40px; border-radius: 10px; box-shadow: 0 1px 4px rgba(0,0,0,.08); }
h1 { font-size: 24px; margin: 0 0 4px; color: #12365a; }
h2 { font-size: 18px; margin: 28px 0 10px; color: #12365a; }
.subtitle { color: #5b6b7c; margin: 0 0 18px; }
.summary p { margin: 0 0 10px; }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(170px, 1fr)); gap: 10px; margin: 18px 0; }
.card { border: 1px solid #dde4ec; border-radius: 8px; padding: 10px 12px; background: #fafcfe; }
.card .label { font-size: 12px; color: #5b6b7c; }
.card .value { font-size: 18px; font-weight: 600; color: #12365a; }
table { border-collapse: collapse; width: 100%; font-size: 13px; }
th, td { padding: 5px 8px; border-bottom: 1px solid #e3e9ef; text-align: right; }
th:first-child, td:first-child { text-align: left; }
th { background: #eef3f8; color: #12365a; font-weight: 600; }
tr.total td { font-weight: 700; border-top: 2px solid #12365a; }
.charts { display: grid; grid-template-columns: 1fr; gap: 18px; }
figure { margin: 0; border: 1px solid #dde4ec; border-radius: 8px; padding: 12px; }
figcaption { font-weight: 600; color: #12365a; margin-bottom: 6px; }
.legend span { display: inline-block; margin-right: 14px; font-size: 12px; }
.legend i { display: inline-block; width: 10px; height: 10px; margin-right: 5px; border-radius: 2px; }
.empty { color: #5b6b7c; font-style: italic; }
ul { margin: 0; padding-left: 20px; }
footer { margin-top: 28px; font-size: 12px; color: #8a97a5; }
`;

function scaleWidth(value: Bar["value"], max: Bar["value"], width: number): number {
  // Pixel lengths only: the figures themselves stay exact decimals.
  if (max.isZero() || value.isNegative()) return 0;
  return value.div(max).times(width).toDecimalPlaces(1).toNumber();
}

/** A long name cut at word boundaries, keeping its first and last words: "Bộ phận ngoại vụ, … UBND tỉnh Bắc Ninh". */
function shorten(name: string): string {
  const words = name.split(" ");
  let head = "";
  let tail = "";
  for (const w of words) {
    if ((head === "" ? w : `${head} ${w}`).length > 18) break;
    head = head === "" ? w : `${head} ${w}`;
  }
  for (const w of [...words].reverse()) {
    if ((tail === "" ? w : `${w} ${tail}`).length > 24) break;
    tail = tail === "" ? w : `${w} ${tail}`;
  }
  return `${head} … ${tail}`;
}

function maxOf(bars: readonly Bar[]): Bar["value"] | undefined {
  let max: Bar["value"] | undefined;
  for (const b of bars) if (max === undefined || b.value.greaterThan(max)) max = b.value;
  return max;
}

function svgChart(chart: Chart): string {
  const labelWidth = 340;
  const barArea = 520;
  const barHeight = 13;
  const bars = chart.groups.reduce((n, g) => Math.max(n, g.bars.length), 1);
  const groupHeight = bars * (barHeight + 3) + 10;
  const height = chart.groups.length * groupHeight + 6;
  const width = labelWidth + barArea + 150;
  const all = chart.groups.flatMap((g) => g.bars.filter((b): b is Bar => b !== undefined));
  const chartMax = maxOf(all);
  const parts: string[] = [];
  chart.groups.forEach((group, gi) => {
    const y0 = gi * groupHeight + 4;
    const present = group.bars.filter((b): b is Bar => b !== undefined);
    const groupMax = maxOf(present);
    const max = chart.scale === "group" ? groupMax : chartMax;
    // Long names keep their start and their end (where the province is): "Bộ phận ngoại vụ, … tỉnh Bắc Ninh".
    const label = group.label.length > 44 ? shorten(group.label) : group.label;
    parts.push(
      `<text x="${labelWidth - 8}" y="${y0 + (group.bars.length * (barHeight + 3)) / 2 + 4}" text-anchor="end" font-size="12" fill="#1d2733">${e(label)}<title>${e(group.label)}</title></text>`,
    );
    group.bars.forEach((b, bi) => {
      if (b === undefined || max === undefined) return;
      const y = y0 + bi * (barHeight + 3);
      const w = scaleWidth(b.value, max, barArea);
      parts.push(
        `<rect x="${labelWidth}" y="${y}" width="${w}" height="${barHeight}" rx="2" fill="${COLOURS[bi % COLOURS.length]}" data-value="${e(b.value.toString())}"><title>${e(`${group.label} · ${b.label}: ${b.text}`)}</title></rect>`,
        `<text x="${labelWidth + w + 5}" y="${y + barHeight - 2}" font-size="11" fill="#33414f">${e(b.text)}</text>`,
      );
    });
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${e(chart.title)}" viewBox="0 0 ${width} ${height}" width="100%" preserveAspectRatio="xMinYMin meet">${parts.join("")}</svg>`;
}

function figureHtml(chart: Chart): string {
  const legend =
    chart.series.length > 1
      ? `<div class="legend">${chart.series
          .map((s, i) => `<span><i style="background:${COLOURS[i % COLOURS.length]}"></i>${e(s)}</span>`)
          .join("")}</div>`
      : "";
  const body =
    chart.groups.length === 0 ? `<p class="empty">${e(chart.empty ?? "—")}</p>` : `${legend}${svgChart(chart)}`;
  return `<figure id="${e(chart.id)}"><figcaption>${e(chart.title)}</figcaption>${body}</figure>`;
}

function tableHtml(table: Table): string {
  const head = `<tr>${table.head.map((h) => `<th scope="col">${e(h)}</th>`).join("")}</tr>`;
  const rows = table.rows
    .map((r) => {
      const attrs = `${r.total === true ? ' class="total"' : ""}${r.id === undefined ? "" : ` data-member="${e(r.id)}"`}`;
      const cells = r.cells
        .map((c, i) => {
          const tag = i === 0 ? "th" : "td";
          const scope = i === 0 ? ' scope="row"' : "";
          const key = c.key === undefined ? "" : ` data-figure="${e(c.key)}"`;
          return `<${tag}${scope}${key}>${e(c.text)}</${tag}>`;
        })
        .join("");
      return `<tr${attrs}>${cells}</tr>`;
    })
    .join("");
  return `<h2>${e(table.caption)}</h2><table><thead>${head}</thead><tbody>${rows}</tbody></table>`;
}

/** The HTML report: one self-contained page. */
export function html(view: View): string {
  const cards = view.keyFigures
    .map((c) => {
      const label = c.label ?? "";
      return `<div class="card" data-figure="${e(c.key ?? "")}"><div class="label">${e(label)}</div><div class="value">${e(c.text)}</div></div>`;
    })
    .join("");
  const lists = view.lists
    .map(
      (l) =>
        `<section class="list"><h2>${e(l.title)}</h2>${
          l.items.length === 0
            ? '<p class="empty">—</p>'
            : `<ul>${l.items.map((i) => `<li>${e(i)}</li>`).join("")}</ul>`
        }</section>`,
    )
    .join("");
  const comparison =
    view.comparison.length === 0
      ? ""
      : `<section id="comparison"><h2>${e(view.comparisonTitle)}</h2><ul>${view.comparison
          .map(
            (c) =>
              `<li data-figure="${e(c.path)}"><strong>${e(c.label)}</strong>: ${e(c.current)} (${e(c.previous)}), ${e(c.text)}</li>`,
          )
          .join("")}</ul></section>`;
  return `<!DOCTYPE html>
<html lang="${view.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="generator" content="ngoaivu">
<title>${e(view.title)}</title>
<style>${CSS}</style>
</head>
<body>
<main>
<h1>${e(view.title)}</h1>
<p class="subtitle">${e(view.subtitle)}</p>
<section class="summary">${view.paragraphs.map((p) => `<p>${e(p)}</p>`).join("")}</section>
<section class="cards">${cards}</section>
${view.tables
  .filter((t) => t.rows.length > 0)
  .map(tableHtml)
  .join("\n")}
${lists}
${comparison}
<h2>${e(view.chartsTitle)}</h2>
<section class="charts">${view.charts.map(figureHtml).join("\n")}</section>
<footer>${e(view.footer)}</footer>
</main>
</body>
</html>
`;
}

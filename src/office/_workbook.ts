/**
 * Private: a small SpreadsheetML (.xlsx) writer on fflate's zip. It writes
 * text cells (shared strings) and number cells whose XML is a decimal string
 * given by the caller, so an amount never passes through a float.
 *
 * @internal
 * @module
 */
import { strToU8, zipSync } from "fflate";

/** A cell: text, a number (its decimal string), or empty. */
export type WorkbookCell =
  | { readonly text: string; readonly bold?: boolean }
  | { readonly number: string; readonly decimals: number; readonly bold?: boolean }
  | null;

/** A sheet: its name, column widths (characters), rows of cells; the first row is a frozen header. */
export interface WorkbookSheet {
  readonly name: string;
  readonly widths: readonly number[];
  readonly rows: readonly (readonly WorkbookCell[])[];
}

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";

/** Escapes text for XML, dropping characters XML 1.0 cannot hold. */
export function xmlText(value: string): string {
  return value
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/** A1-style column letters of a zero-based column index. */
export function columnName(index: number): string {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Cell styles: (bold, number format) pairs, in the order first used. */
class Styles {
  readonly #keys: string[] = ["0:0"];
  readonly #formats = new Map<number, number>();

  /** The number format id for a count of decimals: 3 `#,##0`, 4 `#,##0.00`, or a custom one. */
  format(decimals: number): number {
    if (decimals === 0) return 3;
    if (decimals === 2) return 4;
    let id = this.#formats.get(decimals);
    if (id === undefined) {
      id = 164 + this.#formats.size;
      this.#formats.set(decimals, id);
    }
    return id;
  }

  index(bold: boolean, format: number): number {
    const key = `${bold ? 1 : 0}:${format}`;
    let i = this.#keys.indexOf(key);
    if (i < 0) {
      i = this.#keys.length;
      this.#keys.push(key);
    }
    return i;
  }

  xml(): string {
    const formats = [...this.#formats].map(
      ([decimals, id]) => `<numFmt numFmtId="${id}" formatCode="#,##0.${"0".repeat(decimals)}"/>`,
    );
    const xfs = this.#keys.map((key) => {
      const [bold, format] = key.split(":").map(Number) as [number, number];
      const applyFormat = format === 0 ? "" : ' applyNumberFormat="1"';
      const applyFont = bold === 1 ? ' applyFont="1"' : "";
      return `<xf numFmtId="${format}" fontId="${bold}" fillId="0" borderId="0" xfId="0"${applyFormat}${applyFont}/>`;
    });
    return (
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${MAIN}">` +
      (formats.length === 0 ? "" : `<numFmts count="${formats.length}">${formats.join("")}</numFmts>`) +
      `<fonts count="2"><font><sz val="12"/><name val="Times New Roman"/><family val="1"/></font>` +
      `<font><b/><sz val="12"/><name val="Times New Roman"/><family val="1"/></font></fonts>` +
      `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
      `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
      `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
      `<cellXfs count="${xfs.length}">${xfs.join("")}</cellXfs>` +
      `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
      `</styleSheet>`
    );
  }
}

function sheetXml(sheet: WorkbookSheet, strings: Map<string, number>, styles: Styles): string {
  const rows = sheet.rows.map((row, r) => {
    const cells: string[] = [];
    row.forEach((cell, c) => {
      if (cell === null) return;
      const ref = `${columnName(c)}${r + 1}`;
      const bold = cell.bold === true;
      if ("text" in cell) {
        let i = strings.get(cell.text);
        if (i === undefined) {
          i = strings.size;
          strings.set(cell.text, i);
        }
        const s = styles.index(bold, 0);
        cells.push(`<c r="${ref}"${s === 0 ? "" : ` s="${s}"`} t="s"><v>${i}</v></c>`);
      } else {
        const s = styles.index(bold, styles.format(cell.decimals));
        cells.push(`<c r="${ref}" s="${s}"><v>${cell.number}</v></c>`);
      }
    });
    return `<row r="${r + 1}">${cells.join("")}</row>`;
  });
  const cols = sheet.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`);
  const pane =
    sheet.rows.length > 1
      ? `<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>`
      : `<sheetViews><sheetView workbookViewId="0"/></sheetViews>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="${REL}">` +
    pane +
    `<sheetFormatPr defaultRowHeight="15.75"/>` +
    (cols.length === 0 ? "" : `<cols>${cols.join("")}</cols>`) +
    `<sheetData>${rows.join("")}</sheetData></worksheet>`
  );
}

/** A sheet name Excel accepts: at most 31 characters, none of `[]:*?/\`, unique. */
function sheetName(name: string, taken: Set<string>): string {
  const base =
    name
      .replace(/[[\]:*?/\\]/g, " ")
      .trim()
      .slice(0, 31) || "Sheet";
  let out = base;
  for (let i = 2; taken.has(out.toLowerCase()); i++) out = `${base.slice(0, 31 - String(i).length - 1)} ${i}`;
  taken.add(out.toLowerCase());
  return out;
}

/** Writes the workbook: a zip of SpreadsheetML parts. */
export function writeWorkbook(sheets: readonly WorkbookSheet[]): Uint8Array {
  const strings = new Map<string, number>();
  const styles = new Styles();
  const taken = new Set<string>();
  const names = sheets.map((s) => sheetName(s.name, taken));
  const files: Record<string, Uint8Array> = {};
  const xmlHead = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`;
  sheets.forEach((sheet, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(sheetXml(sheet, strings, styles));
  });
  const sst = [...strings.keys()].map((s) => `<si><t xml:space="preserve">${xmlText(s)}</t></si>`);
  files["xl/sharedStrings.xml"] = strToU8(
    `${xmlHead}<sst xmlns="${MAIN}" count="${sst.length}" uniqueCount="${sst.length}">${sst.join("")}</sst>`,
  );
  files["xl/styles.xml"] = strToU8(styles.xml());
  files["xl/workbook.xml"] = strToU8(
    `${xmlHead}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><bookViews><workbookView/></bookViews><sheets>` +
      names.map((n, i) => `<sheet name="${xmlText(n)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("") +
      `</sheets></workbook>`,
  );
  const n = sheets.length;
  files["xl/_rels/workbook.xml.rels"] = strToU8(
    `${xmlHead}<Relationships xmlns="${PKG_REL}">` +
      sheets
        .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
        .join("") +
      `<Relationship Id="rId${n + 1}" Type="${REL}/styles" Target="styles.xml"/>` +
      `<Relationship Id="rId${n + 2}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` +
      `</Relationships>`,
  );
  files["_rels/.rels"] = strToU8(
    `${xmlHead}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  const ct = "application/vnd.openxmlformats-officedocument.spreadsheetml";
  files["[Content_Types].xml"] = strToU8(
    `${xmlHead}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
      `<Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="${ct}.sheet.main+xml"/>` +
      sheets
        .map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${ct}.worksheet+xml"/>`)
        .join("") +
      `<Override PartName="/xl/styles.xml" ContentType="${ct}.styles+xml"/>` +
      `<Override PartName="/xl/sharedStrings.xml" ContentType="${ct}.sharedStrings+xml"/>` +
      `</Types>`,
  );
  // Content types first, as Office writes them; a fixed date keeps the bytes reproducible.
  const ordered: Record<string, [Uint8Array, { mtime: Date }]> = {};
  const mtime = new Date(Date.UTC(2000, 0, 1));
  for (const name of ["[Content_Types].xml", "_rels/.rels", ...Object.keys(files)]) {
    const data = files[name];
    if (data !== undefined && !(name in ordered)) ordered[name] = [data, { mtime }];
  }
  return zipSync(ordered, { level: 6 });
}

import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from "docx";
import {
  type AnyKindView,
  type AnyReport,
  buildReportView,
  type ClusterReport,
  type Comparison,
  type DocumentWords,
  documentLang,
  isLocaleLang,
  isNationalReport,
  kindParam,
  type Lang,
  localeOf,
  type MemberNames,
  NgoaivuError,
  quoteInput,
  type ReportView,
} from "ngoaivu";
import { placeAndDate } from "./_date.js";

/** A part of the report's body after its sentences: a heading with a table, or with list items. */
type Section =
  | {
      readonly kind: "table";
      readonly title: string;
      readonly head: readonly string[];
      readonly rows: ReadonlyArray<{ readonly cells: readonly string[]; readonly total: boolean }>;
    }
  | { readonly kind: "list"; readonly title: string; readonly items: readonly string[] };

/** A text of the view on one line, as a paragraph of the document holds it. */
function oneLine(text: string): string {
  return text.replace(/\r?\n/g, " ");
}

/** The parts of the view's body in the order every format lays them out: the tables that have rows, the lists, the comparison. */
function sectionsOfView(view: ReportView): Section[] {
  const out: Section[] = [];
  for (const table of view.tables) {
    if (table.rows.length === 0) continue;
    out.push({
      kind: "table",
      title: oneLine(table.caption).trim(),
      head: table.head.map((h) => oneLine(h).trim()),
      rows: table.rows.map((r) => ({ total: r.total === true, cells: r.cells.map((c) => oneLine(c.text).trim()) })),
    });
  }
  for (const list of view.lists) {
    out.push({ kind: "list", title: oneLine(list.title).trim(), items: list.items.map(oneLine) });
  }
  if (view.comparison.length > 0) {
    out.push({
      kind: "list",
      title: oneLine(view.comparisonTitle).trim(),
      items: view.comparison.map((c) => oneLine(`${c.label}: ${c.current} (${c.previous}), ${c.text}`)),
    });
  }
  return out;
}

/** The issuing agency, as the header block names it. */
export interface OfficeAgency {
  /** The superior body, written above the agency: `"UBND THÀNH PHỐ HÀ NỘI"`. */
  readonly superior?: string;
  /** The issuing agency, in bold: `"SỞ NGOẠI VỤ"`. */
  readonly name: string;
}

/** Who signs the document. */
export interface OfficeSigner {
  /** The signing authority when signing for someone else: `"KT. GIÁM ĐỐC"`, `"TM. ỦY BAN NHÂN DÂN"`. */
  readonly authority?: string;
  /** The signer's position: `"PHÓ GIÁM ĐỐC"`. */
  readonly position: string;
  /** The signer's full name: `"Nguyễn Văn A"`. */
  readonly name: string;
}

/** Options for {@link toDocx}. */
export interface DocxOptions {
  /** Language: `"vi"` (the administrative layout of Decree 30/2020/NĐ-CP) or `"en"` (laid out plainly); by default the configured one (`configureNgoaivu`), else `"vi"`. */
  readonly lang?: Lang;
  /** The members' names (e.g. the `Member` records); without them rows show member ids. */
  readonly members?: readonly MemberNames[];
  /** The comparison with the previous period, from `compare(report, previous)`. */
  readonly comparison?: Comparison;
  /** Extra figures said as a share of another extra figure (as for `render`). */
  readonly shares?: Readonly<Record<string, string>>;
  /** The issuing agency; by default the member's (or the cluster's) name. */
  readonly agency?: OfficeAgency;
  /** The document's number and symbol, `"123/BC-SNgV"`; left blank for registration when absent. */
  readonly number?: string;
  /** The place of issue: `"Hà Nội"`. */
  readonly place?: string;
  /** The date of issue, `YYYY-MM-DD`; without it the day and month are left blank for the signing day. */
  readonly date?: string;
  /** The summary line under "BÁO CÁO": by default "Sơ kết công tác đối ngoại 6 tháng đầu năm 2024" and the like. */
  readonly summary?: string;
  /** The recipients ("Nơi nhận"), one a line; by default the archive, `"Lưu: VT"`. */
  readonly recipients?: readonly string[];
  /** The signature block. */
  readonly signer?: OfficeSigner;
  /** The record kinds whose sections the report's figures have (the built-in kinds by default), as for `render`. */
  readonly kinds?: readonly AnyKindView[];
}

/** A4 portrait, in twips (1/1440 inch). */
const A4 = { width: 11906, height: 16838 } as const;
/** Page margins in twips: top and bottom 20 mm, left 30 mm, right 15 mm (Decree 30/2020/NĐ-CP, Annex I). */
const MARGINS = { top: 1134, bottom: 1134, left: 1701, right: 850, header: 567, footer: 567 } as const;
const TEXT_WIDTH = A4.width - MARGINS.left - MARGINS.right;
const FONT = "Times New Roman";
const BODY = 28; // 14 pt, in half-points

function isCluster(report: AnyReport): report is ClusterReport {
  return "rows" in report && "totals" in report && !isNationalReport(report);
}

// Advance widths of Times New Roman (= Liberation Serif), per 1000 em: a–z, then A–Z.
const REGULAR = [
  444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389, 278, 500, 500, 722,
  500, 500, 444, 722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611,
  722, 722, 944, 722, 722, 611,
];
const BOLD = [
  500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500, 556, 556, 444, 389, 333, 556, 500, 722,
  500, 500, 444, 722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778, 611, 778, 722, 556, 667,
  722, 722, 1000, 722, 722, 667,
];
const OTHER: Readonly<Record<string, number>> = {
  " ": 250,
  ",": 250,
  ".": 250,
  ":": 278,
  ";": 278,
  "/": 278,
  "-": 333,
};

/** The width of a line of Times New Roman in twips (Vietnamese letters as their base letters). */
function textWidth(text: string, halfPoints: number, bold: boolean): number {
  const table = bold ? BOLD : REGULAR;
  let units = 0;
  for (const ch of text.replace(/đ/g, "d").replace(/Đ/g, "D").normalize("NFD").replace(/\p{M}/gu, "")) {
    const code = ch.charCodeAt(0);
    if (code >= 97 && code <= 122) units += table[code - 97] as number;
    else if (code >= 65 && code <= 90) units += table[code - 65 + 26] as number;
    else if (code >= 48 && code <= 57) units += 500;
    else units += OTHER[ch] ?? 333;
  }
  return Math.ceil((units * halfPoints) / 100); // units/1000 em × (halfPoints/2) pt × 20 twips/pt
}

interface RunStyle {
  readonly size?: number;
  readonly bold?: boolean;
  readonly italics?: boolean;
}

function run(text: string, style: RunStyle = {}): TextRun {
  return new TextRun({
    text,
    font: FONT,
    size: style.size ?? BODY,
    bold: style.bold ?? false,
    italics: style.italics ?? false,
  });
}

function line(
  text: string,
  style: RunStyle & {
    align?: (typeof AlignmentType)[keyof typeof AlignmentType];
    after?: number;
    before?: number;
  } = {},
): Paragraph {
  return new Paragraph({
    alignment: style.align ?? AlignmentType.CENTER,
    spacing: { before: style.before ?? 0, after: style.after ?? 0 },
    children: [run(text, style)],
  });
}

/** A short horizontal rule, `width` twips long, centred in a column `columnWidth` wide. */
function rule(width: number, columnWidth: number): Paragraph {
  const side = Math.max(0, Math.round((columnWidth - width) / 2));
  return new Paragraph({
    indent: { left: side, right: side },
    spacing: { before: 0, after: 0, line: 100, lineRule: LineRuleType.EXACT },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 1 } },
    children: [],
  });
}

function cell(children: Paragraph[], width: number, borders = false): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    children,
    ...(borders ? {} : { borders: TableBorders.NONE }),
  });
}

function plainTable(rows: TableCell[][], widths: number[]): Table {
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: rows.map((cells) => new TableRow({ children: cells })),
  });
}

/** The header block: agency left, national title and motto right, then number and place-date. */
function headerBlock(agency: OfficeAgency, number: string, dateLine: string, words: DocumentWords): Table {
  const left = 3855;
  const right = TEXT_WIDTH - left;
  const title = words.nationalTitle;
  const motto = words.motto;
  const agencyName = agency.name.toUpperCase();
  const leftTop = [
    ...(agency.superior === undefined ? [] : [line(agency.superior.toUpperCase(), { size: 26 })]),
    line(agencyName, { size: 26, bold: true }),
    rule(Math.round(Math.min(textWidth(agencyName, 26, true), left) * 0.4), left),
  ];
  const rightTop = [
    line(title, { size: 24, bold: true }),
    line(motto, { size: 26, bold: true }),
    rule(textWidth(motto, 26, true), right),
  ];
  return plainTable(
    [
      [cell(leftTop, left), cell(rightTop, right)],
      [
        cell([line(words.numberLine(number), { size: 26, before: 120 })], left),
        cell([line(dateLine, { size: 28, italics: true, before: 120 })], right),
      ],
    ],
    [left, right],
  );
}

function bodyParagraph(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: 567 },
    spacing: { before: 0, after: 120, line: 288, lineRule: LineRuleType.AUTO },
    children: [run(text)],
  });
}

function heading(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.LEFT,
    indent: { firstLine: 567 },
    spacing: { before: 120, after: 120 },
    keepNext: true,
    children: [run(text, { bold: true })],
  });
}

const CELL_MARGIN = 60;

/**
 * Column widths in twips for a font size, or `undefined` when the longest
 * words do not fit: every column at least as wide as its longest word (a
 * word never breaks), the first (names) at least a fifth of the line, the
 * room left shared by what each column would need on two lines.
 */
function columnWidths(
  head: readonly string[],
  rows: readonly (readonly string[])[],
  size: number,
  whole: boolean,
): number[] | undefined {
  const columns = head.map((h, i) => [h, ...rows.map((r) => r[i] ?? "")]);
  const pad = 2 * CELL_MARGIN + 40;
  // A short figure ("khoảng 110", "gần 60") on one line when the line has room; else no word broken.
  const min = columns.map((texts, i) => {
    const parts = texts.flatMap((t, j) =>
      (whole && i > 0 && j > 0 && t.split(" ").length <= 2 ? [t] : t.split(" ")).map((w) =>
        textWidth(w, size, j === 0),
      ),
    );
    return Math.max(...parts) + pad;
  });
  min[0] = Math.max(min[0] as number, Math.round(TEXT_WIDTH * (head.length === 2 ? 0.5 : 0.2)));
  const want = columns.map((texts, i) =>
    Math.max(min[i] as number, ...texts.map((t, j) => Math.ceil(textWidth(t, size, j === 0) / 2) + pad)),
  );
  const base = min.reduce((a, b) => a + b, 0);
  if (base > TEXT_WIDTH) return undefined;
  const extra = want.map((w, i) => w - (min[i] as number));
  const more = extra.reduce((a, b) => a + b, 0);
  const slack = TEXT_WIDTH - base;
  const widths = min.map((m, i) =>
    more === 0 ? m + Math.floor(slack / head.length) : m + Math.floor((slack * (extra[i] as number)) / more),
  );
  widths[0] = (widths[0] as number) + TEXT_WIDTH - widths.reduce((a, b) => a + b, 0);
  return widths;
}

function statisticsTable(section: Extract<Section, { kind: "table" }>): Table {
  const cells = section.rows.map((r) => r.cells);
  let size = section.head.length > 4 ? 20 : 24;
  let widths = columnWidths(section.head, cells, size, true) ?? columnWidths(section.head, cells, size, false);
  while (widths === undefined && size > 14) {
    size -= 2;
    widths = columnWidths(section.head, cells, size, true) ?? columnWidths(section.head, cells, size, false);
  }
  if (widths === undefined) widths = section.head.map(() => Math.floor(TEXT_WIDTH / section.head.length));
  const w = widths;
  const border = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
  const tableCell = (text: string, i: number, bold: boolean) =>
    new TableCell({
      width: { size: w[i] as number, type: WidthType.DXA },
      verticalAlign: VerticalAlign.CENTER,
      margins: { left: 60, right: 60, top: 20, bottom: 20 },
      children: [
        new Paragraph({
          alignment: bold && i > 0 ? AlignmentType.CENTER : i === 0 ? AlignmentType.LEFT : AlignmentType.RIGHT,
          children: [run(text, { size, bold })],
        }),
      ],
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: w,
    layout: TableLayoutType.FIXED,
    borders: {
      top: border,
      bottom: border,
      left: border,
      right: border,
      insideHorizontal: border,
      insideVertical: border,
    },
    rows: [
      new TableRow({
        tableHeader: true,
        children: section.head.map(
          (h, i) =>
            new TableCell({
              width: { size: w[i] as number, type: WidthType.DXA },
              verticalAlign: VerticalAlign.CENTER,
              margins: { left: 60, right: 60, top: 20, bottom: 20 },
              children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [run(h, { size, bold: true })] })],
            }),
        ),
      }),
      ...section.rows.map(
        (r) => new TableRow({ cantSplit: true, children: r.cells.map((c, i) => tableCell(c, i, r.total)) }),
      ),
    ],
  });
}

function sectionsOf(view: ReportView, words: DocumentWords): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  const subtitle = oneLine(view.subtitle).trim();
  for (const section of sectionsOfView(view)) {
    if (section.kind === "table") {
      out.push(heading(section.title), statisticsTable(section));
      if (subtitle !== "")
        out.push(
          line(`(${subtitle.replace(/ · /g, "; ")})`, {
            size: 24,
            italics: true,
            align: AlignmentType.LEFT,
            before: 60,
            after: 120,
          }),
        );
    } else if (section.items.length === 0 || section.items.every((i) => !i.includes(":"))) {
      const items = section.items.length === 0 ? words.none : section.items.join("; ");
      out.push(
        new Paragraph({
          alignment: AlignmentType.JUSTIFIED,
          indent: { firstLine: 567 },
          spacing: { before: 120, after: 120 },
          children: [run(`${section.title}: `, { bold: true }), run(`${items}.`)],
        }),
      );
    } else {
      out.push(heading(section.title), ...section.items.map((i) => bodyParagraph(`- ${i}.`)));
    }
  }
  return out;
}

/** The recipients and the signature block, side by side. */
function closing(recipients: readonly string[], signer: OfficeSigner | undefined, words: DocumentWords): Table {
  const left = 4200;
  const right = TEXT_WIDTH - left;
  const items = recipients.map((r, i) => {
    const text = r.replace(/[;.,]\s*$/, "");
    return new Paragraph({
      children: [run(`- ${text}${i === recipients.length - 1 ? "." : ";"}`, { size: 22 })],
    });
  });
  const recipientsCell = [
    new Paragraph({
      spacing: { before: 240 },
      children: [run(words.recipients, { size: 24, bold: true, italics: true })],
    }),
    ...items,
  ];
  const sign: Paragraph[] = [];
  if (signer !== undefined) {
    if (signer.authority !== undefined) sign.push(line(signer.authority.toUpperCase(), { bold: true, before: 240 }));
    sign.push(line(signer.position.toUpperCase(), { bold: true, before: signer.authority === undefined ? 240 : 0 }));
    sign.push(line("", { after: 1440 }));
    sign.push(line(signer.name, { bold: true }));
  } else sign.push(line(""));
  return plainTable([[cell(recipientsCell, left), cell(sign, right)]], [left, right]);
}

/** The cluster's name as the report's sentences say it. */
function clusterName(report: ClusterReport, lang: Lang): string {
  return localeOf(lang).report.clusterName(report.cluster);
}

function defaultSummary(report: AnyReport, lang: Lang): string {
  const cluster = isNationalReport(report)
    ? localeOf(lang).report.national.subject
    : isCluster(report)
      ? clusterName(report, lang)
      : undefined;
  return localeOf(lang).document.summary(report.period.label(lang), report.period.kind, cluster);
}

function defaultAgency(report: AnyReport, options: DocxOptions, lang: Lang): OfficeAgency {
  if (isNationalReport(report)) return { name: localeOf(lang).report.national.agency };
  if (isCluster(report)) return { name: clusterName(report, lang) };
  const member = (options.members ?? []).find((m) => m.id === report.member);
  return { name: member?.names[lang] ?? report.member };
}

function checkOptions(options: DocxOptions): void {
  const texts: [string, unknown][] = [
    ["number", options.number],
    ["place", options.place],
    ["summary", options.summary],
    ["agency.name", options.agency?.name],
    ["agency.superior", options.agency?.superior],
    ["signer.name", options.signer?.name],
    ["signer.position", options.signer?.position],
    ["signer.authority", options.signer?.authority],
  ];
  for (const [name, value] of texts) {
    if (value !== undefined && typeof value !== "string") {
      throw new NgoaivuError(
        "INVALID_TYPE",
        { expected: { en: "a string", vi: "chuỗi ký tự" }, received: kindParam(value) },
        { path: name.split(".") },
      );
    }
  }
  if (options.agency !== undefined && options.agency.name.trim() === "") {
    throw new NgoaivuError("REQUIRED", {}, { path: ["agency", "name"] });
  }
}

/**
 * Writes a cluster's (or one member's) report as a Word document (`.docx`)
 * laid out as a Vietnamese administrative report under Decree 30/2020/NĐ-CP,
 * Annex I: A4 portrait, margins 20 mm top and bottom, 30 mm left, 15 mm
 * right; Times New Roman, body 14 pt; the header block with the superior
 * body and the issuing agency (bold, a short rule under it) on the left and
 * the national title "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" with the motto
 * "Độc lập - Tự do - Hạnh phúc" (bold, ruled) on the right; the number and
 * symbol ("Số: 123/BC-SNgV") and the place and date in italics ("Hà Nội,
 * ngày 15 tháng 6 năm 2024"); "BÁO CÁO" and the summary line; the body (the
 * report's own view, as `render` lays it out: its sentences, its table with
 * figures with their qualifiers and money in the scaled style, its lists and
 * its comparison); the recipients ("Nơi nhận:") and the signature
 * block; page numbers from the second page, centred in the top margin.
 *
 * With `lang: "en"` the same content is laid out plainly (agency, number,
 * place and date, title, body, table, distribution, signature).
 *
 * @param report - a `ClusterReport` (from `compile`), a `MemberReport`, or a `NationalReport` (from `compileNational`)
 * @param options - the issuing `agency`, `number`, `place`, `date`, `summary`, `recipients`, `signer`, and as for `render`: `lang`, `members`, `comparison`, `shares`
 * @returns a promise of the `.docx` file's bytes
 * @throws `INVALID_ENUM` for an unknown language, `INVALID_DATE` for a date that is not `YYYY-MM-DD`, `INVALID_TYPE` for a non-text option
 *
 * @example
 * ```ts
 * import { Figure, parsePeriod } from "ngoaivu";
 * import { toDocx } from "ngoaivu/office";
 * const report = {
 *   member: "so-ngoai-vu-cao-bang", period: parsePeriod("2020-2025"), basis: "submitted",
 *   figures: { delegations: { outgoing: Figure.count(120), incoming: Figure.count(190, "about") } },
 * } as const;
 * const bytes = await toDocx(report, {
 *   agency: { superior: "UBND tỉnh Cao Bằng", name: "Sở Ngoại vụ" },
 *   number: "45/BC-SNgV", place: "Cao Bằng", date: "2025-06-20",
 *   signer: { position: "Giám đốc", name: "Nguyễn Văn A" },
 * });
 * String.fromCharCode(bytes[0] ?? 0, bytes[1] ?? 0); //=> "PK"
 * ```
 */
export async function toDocx(report: AnyReport, options: DocxOptions = {}): Promise<Uint8Array> {
  const lang = options.lang ?? documentLang();
  if (!isLocaleLang(lang)) {
    throw new NgoaivuError(
      "INVALID_ENUM",
      { options: "vi, en", received: quoteInput(lang, { quotes: false }) },
      { path: ["lang"] },
    );
  }
  if (typeof report !== "object" || report === null || !("period" in report)) {
    throw new NgoaivuError("INVALID_TYPE", {
      expected: {
        en: "a ClusterReport, a MemberReport or a NationalReport",
        vi: "ClusterReport, MemberReport hoặc NationalReport",
      },
      received: kindParam(report),
    });
  }
  checkOptions(options);
  const view = buildReportView(report, {
    lang,
    ...(options.members === undefined ? {} : { members: options.members }),
    ...(options.comparison === undefined ? {} : { comparison: options.comparison }),
    ...(options.shares === undefined ? {} : { shares: options.shares }),
    ...(options.kinds === undefined ? {} : { kinds: options.kinds }),
  });
  const words = localeOf(lang).document;
  const agency = options.agency ?? defaultAgency(report, options, lang);
  const number = options.number ?? words.blankNumber;
  const dateLine = placeAndDate(options.place ?? "", options.date, report.period.endYear, lang);
  const summary = options.summary ?? defaultSummary(report, lang);
  const recipients = options.recipients ?? [words.archive];
  const children: (Paragraph | Table)[] = [];
  if (words.layout === "administrative") {
    children.push(headerBlock(agency, number, dateLine, words));
    children.push(line(words.heading, { bold: true, before: 360 }));
    children.push(line(summary, { bold: true }));
    children.push(rule(Math.round(Math.min(textWidth(summary, BODY, true), TEXT_WIDTH) * 0.4), TEXT_WIDTH));
    children.push(line("", { after: 120 }));
  } else {
    if (agency.superior !== undefined) children.push(line(agency.superior, { size: 26, align: AlignmentType.LEFT }));
    children.push(line(agency.name, { size: 26, bold: true, align: AlignmentType.LEFT }));
    children.push(line(words.numberLine(number), { size: 26, align: AlignmentType.LEFT, before: 60 }));
    children.push(line(dateLine, { size: 26, align: AlignmentType.LEFT, after: 240 }));
    children.push(line(words.heading, { bold: true }));
    children.push(line(summary, { bold: true, after: 240 }));
  }
  children.push(...view.paragraphs.map((p) => bodyParagraph(oneLine(p).trim())));
  children.push(...sectionsOf(view, words));
  children.push(closing(recipients, options.signer, words));
  const pageNumber = new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: 26 })],
      }),
    ],
  });
  const doc = new Document({
    creator: "ngoaivu",
    title: words.title(summary),
    styles: { default: { document: { run: { font: FONT, size: BODY } } } },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: A4.width, height: A4.height, orientation: PageOrientation.PORTRAIT },
            margin: MARGINS,
          },
        },
        headers: { default: pageNumber, first: new Header({ children: [] }) },
        children,
      },
    ],
  });
  return Packer.pack(doc, "uint8array");
}

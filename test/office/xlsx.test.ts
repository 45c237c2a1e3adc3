/**
 * toXlsx: the number-or-text rule, the workbook's XML, and the file read
 * back independently by read-excel-file (numbers taken as their cell text,
 * never through a float) and by LibreOffice converting every sheet to CSV:
 * every count and amount exact, VND 1,576,566,000,000 a number, an amount
 * above 2^53 text.
 */

import { readFileSync } from "node:fs";
import * as fc from "fast-check";
import readXlsxFile from "read-excel-file/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ClusterReport, Figure, figureCatalog, listFigures, type MemberReport, Money } from "../../src/index.js";
import { canonicalDecimal, numberCellText } from "../../src/office/_cells.js";
import { columnName, writeWorkbook } from "../../src/office/_workbook.js";
import { toXlsx } from "../../src/office/index.js";
import { caught } from "../_caught.js";
import { ABOVE_2_53, caoBangWithEdges, clusterIIReport } from "./_reports.js";
import { ensureOfficeTools, filesIn, parseCsv, soffice, unzipText, workDir, writeFiles } from "./_tools.js";

type Grid = readonly (readonly string[])[];

/** What the totals sheet must say: one line per figure path (currency apart), qualifier, count, amounts. */
function expectedTotals(
  figures: MemberReport["figures"],
): Map<string, { qualifier: string; values: Map<string, string> }> {
  const out = new Map<string, { qualifier: string; values: Map<string, string> }>();
  for (const { path, figure } of listFigures(figures)) {
    const json = figure.toJSON();
    const currency = "amount" in json ? json.currency : "";
    const key =
      currency !== "" && path.endsWith(`.${currency}`) && !path.startsWith("extra.") ? path.slice(0, -4) : path;
    const line = out.get(key) ?? { qualifier: json.qualifier, values: new Map<string, string>() };
    line.values.set(currency, canonicalDecimal("amount" in json ? json.amount : json.count));
    out.set(key, line);
  }
  return out;
}

const QUALIFIER_WORDS: Record<string, string> = { exact: "", about: "khoảng", nearly: "gần", over: "hơn" };

/** Checks a totals sheet (as strings) against the report: every figure, every value, exactly. */
function checkTotals(grid: Grid, figures: MemberReport["figures"]): number {
  const [head, ...rows] = grid;
  expect(head?.slice(0, 4)).toEqual(["Chỉ tiêu", "Mã chỉ tiêu", "Mức độ", "Số lượng"]);
  const expected = expectedTotals(figures);
  expect(rows.map((r) => r[1])).toEqual([...expected.keys()]);
  let checked = 0;
  for (const row of rows) {
    const line = expected.get(row[1] as string);
    if (line === undefined) throw new Error(`unexpected row ${row[1]}`);
    expect(row[2] ?? "").toBe(QUALIFIER_WORDS[line.qualifier]);
    head?.forEach((column, i) => {
      if (i < 3) return;
      const currency = column === "Số lượng" ? "" : column;
      expect(row[i] ?? "", `${row[1]} ${column}`).toBe(line.values.get(currency) ?? "");
      if (line.values.has(currency)) checked++;
    });
  }
  return checked;
}

/** Checks the per-member sheet against the rows and the totals of a cluster report; the labels come from the totals sheet. */
function checkMembers(grid: Grid, report: ClusterReport, totals: Grid): number {
  const [head, ...rows] = grid;
  if (head === undefined) throw new Error("no header");
  let checked = 0;
  const lines: [string, MemberReport["figures"] | undefined][] = [
    ...report.rows.map((r) => [r.member, r.figures] as [string, MemberReport["figures"]]),
    ["", report.totals],
    ...report.notReported.map((id) => [id, undefined] as [string, undefined]),
  ];
  expect(rows.length).toBe(lines.length);
  lines.forEach(([id, figures], n) => {
    const row = rows[n] as readonly string[];
    expect(row[1] ?? "").toBe(id);
    const expected = figures === undefined ? new Map() : expectedTotals(figures);
    head.forEach((column, i) => {
      if (i < 2 || column === "Ghi chú" || column.endsWith(": mức độ")) return;
      const m = /^(.*?)(?: \(([A-Z]{3})\))?$/.exec(column) as RegExpExecArray;
      const key = totals.find((r) => r[0] === m[1])?.[1];
      if (key === undefined) throw new Error(`no figure for column ${column}`);
      const want = expected.get(key);
      expect(row[i] ?? "", `${id} ${column}`).toBe(want?.values.get(m[2] ?? "") ?? "");
      if (want !== undefined) checked++;
      if (head[i + 1] === `${column}: mức độ`)
        expect(row[i + 1] ?? "").toBe(QUALIFIER_WORDS[want?.qualifier ?? "exact"]);
    });
  });
  return checked;
}

const cluster = clusterIIReport();
const caoBang = caoBangWithEdges();
const clusterXlsx = toXlsx(cluster.report, { members: cluster.members });
const caoBangXlsx = toXlsx(caoBang.report, { members: caoBang.members });

describe("the number-or-text rule", () => {
  it("whole VND and cents that a double and a spreadsheet hold exactly are numbers; the rest text", () => {
    expect(numberCellText("1576566000000")).toBe("1576566000000");
    expect(numberCellText("52000000.00")).toBe("52000000");
    expect(numberCellText("12345.67")).toBe("12345.67");
    expect(numberCellText("0.10")).toBe("0.1");
    expect(numberCellText("-0.50")).toBe("-0.5");
    expect(numberCellText("999999999999999")).toBe("999999999999999"); // 15 digits
    expect(numberCellText("9007199254740991")).toBeUndefined(); // 2^53 − 1: 16 digits, Excel keeps 15
    expect(numberCellText(ABOVE_2_53)).toBeUndefined();
    expect(numberCellText("12345678901234.56")).toBeUndefined();
    expect(numberCellText("100000000000000000000")).toBeUndefined();
    expect(numberCellText("0.0000001")).toBeUndefined(); // String(1e-7) is "1e-7"
    expect(() => canonicalDecimal("1e5")).toThrow();
  });

  it("a number cell's text always reads back as the same value (property)", () => {
    const decimal = fc
      .tuple(fc.bigInt({ min: 0n, max: 10n ** 20n }), fc.nat({ max: 6 }), fc.boolean())
      .map(([units, scale, negative]) => {
        const digits = units.toString().padStart(scale + 1, "0");
        const text = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
        return negative ? `-${text}` : text;
      });
    fc.assert(
      fc.property(decimal, (s) => {
        const cell = numberCellText(s);
        if (cell === undefined) return;
        expect(cell).toBe(canonicalDecimal(s));
        expect(String(Number(cell))).toBe(cell);
        expect(cell.replace(/[-.]/g, "").replace(/^0+/, "").length).toBeLessThanOrEqual(15);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("toXlsx: the workbook's XML", () => {
  const files = unzipText(caoBangXlsx);
  const strings = [...(files["xl/sharedStrings.xml"] as string).matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map((m) => m[1]);
  const sheet = files["xl/worksheets/sheet1.xml"] as string;
  const rowOf = (path: string) => {
    const i = strings.indexOf(path);
    const row = [...sheet.matchAll(/<row r="(\d+)">([\s\S]*?)<\/row>/g)].find((r) =>
      r[2]?.includes(`t="s"><v>${i}</v>`),
    );
    return row?.[2] ?? "";
  };

  it("two sheets, Vietnamese names, a frozen header", () => {
    expect(files["xl/workbook.xml"]).toContain('<sheet name="Tổng hợp" sheetId="1" r:id="rId1"/>');
    expect(files["xl/workbook.xml"]).toContain('<sheet name="Theo thành viên" sheetId="2" r:id="rId2"/>');
    expect(sheet).toContain('state="frozen"');
  });

  it("VND 1,576,566,000,000 is a number cell holding the decimal itself; 2^53 + 1 is a text cell", () => {
    expect(rowOf("oda.capital")).toMatch(/<c r="E\d+" s="\d+"><v>1576566000000<\/v><\/c>/);
    expect(rowOf("oda.completedCapital")).toMatch(/<v>1451355000000<\/v>/);
    expect(rowOf("extra.aboveDoublePrecision")).toMatch(
      new RegExp(`<c r="E\\d+" t="s"><v>${strings.indexOf(ABOVE_2_53)}</v></c>`),
    );
    expect(rowOf("extra.withCents")).toMatch(/<c r="F\d+" s="\d+"><v>12345.67<\/v><\/c>/);
    expect(rowOf("extra.sixteenDigitCents")).toContain(`<v>${strings.indexOf("12345678901234.56")}</v>`);
  });

  it("column names past Z", () => {
    expect([0, 25, 26, 51, 52, 701, 702].map(columnName)).toEqual(["A", "Z", "AA", "AZ", "BA", "ZZ", "AAA"]);
  });

  it("English sheet names and headings", () => {
    const en = unzipText(toXlsx(cluster.report, { members: cluster.members, lang: "en" }));
    expect(en["xl/workbook.xml"]).toContain('<sheet name="Totals"');
    expect(en["xl/workbook.xml"]).toContain('<sheet name="By member"');
    expect(en["xl/sharedStrings.xml"]).toContain('<t xml:space="preserve">about</t>');
  });

  it("refuses a bad language or report", () => {
    expect(caught(() => toXlsx(cluster.report, { lang: "fr" as "vi" })).code).toBe("INVALID_ENUM");
    // @ts-expect-error a number is not a report
    expect(caught(() => toXlsx(42)).code).toBe("INVALID_TYPE");
  });
});

describe("toXlsx: labels, formats, members that have not reported, non-members", () => {
  it("labels every kind of figure path", () => {
    const catalog = figureCatalog();
    const figureLabel = (path: string, lang: "vi" | "en") => catalog.label(path, lang);
    const isBreakdown = (path: string) => catalog.isBreakdown(path);
    expect(figureLabel("delegations.byCountry.CN.outgoing", "vi")).toBe("Đoàn ra: Trung Quốc");
    expect(figureLabel("delegations.byCountry.ZZ.incoming", "en")).toBe("Incoming: ZZ");
    expect(figureLabel("delegations.byLevel.people-committee-chair.incoming", "vi")).toBe("Đoàn vào: Chủ tịch UBND");
    expect(figureLabel("oda.byStatus.closed", "en")).toBe("ODA projects: closed");
    expect(figureLabel("consular.other.visa-support", "vi")).toBe("Vụ việc lãnh sự khác: visa-support");
    expect(figureLabel("extra.tradeFairsHosted", "en")).toBe("Trade fairs hosted");
    expect(figureLabel("extra.borderGateRevenue", "vi")).toBe("Thu ngân sách qua các cửa khẩu");
    expect(figureLabel("something.else", "vi")).toBe("something.else");
    expect(isBreakdown("oda.byStatus.closed")).toBe(true);
    expect(isBreakdown("oda.capital")).toBe(false);
  });

  it("a currency with three minor digits gets a #,##0.000 number format", () => {
    const { report } = caoBangWithEdges();
    const kwd = { ...report, figures: { extra: { deposit: Figure.money(Money.of("1.5", "KWD")) } } };
    const files = unzipText(toXlsx(kwd));
    expect(files["xl/styles.xml"]).toContain('<numFmt numFmtId="164" formatCode="#,##0.000"/>');
    expect(files["xl/worksheets/sheet1.xml"]).toMatch(/<c r="E2" s="\d+"><v>1.5<\/v><\/c>/);
  });

  it("lists the members that have not reported and the non-members' reports, with a note", async () => {
    const [first, second, ...rest] = cluster.report.rows;
    if (first === undefined || second === undefined) throw new Error("no rows");
    const report: ClusterReport = {
      ...cluster.report,
      rows: [second, ...rest],
      notReported: [first.member],
      nonMemberReports: [{ ...second, member: "so-ngoai-vu-lang-son" }],
    };
    const sheets = await readXlsxFile(Buffer.from(toXlsx(report, { members: cluster.members })));
    const rows = sheets[1]?.data ?? [];
    const note = (rows[0] ?? []).indexOf("Ghi chú");
    expect(rows.slice(-2).map((r) => [r[1], r[note]])).toEqual([
      [first.member, "chưa báo cáo"],
      ["so-ngoai-vu-lang-son", "không thuộc cụm, không tính vào tổng"],
    ]);
    expect(
      rows
        .at(-2)
        ?.slice(2, note)
        .every((c) => c === null),
    ).toBe(true);
    expect(rows.at(-1)?.[2]).toBe(second.figures.delegations?.outgoing?.value.toNumber());
  });

  it("a workbook writer sheet name is cut to 31 characters, without []:*?/\\, unique", () => {
    const files = unzipText(
      writeWorkbook([
        { name: "A very long sheet name [with] odd: characters?", widths: [], rows: [[{ text: "x" }]] },
        { name: "A very long sheet name [with] odd: characters?", widths: [], rows: [] },
        { name: "", widths: [], rows: [] },
      ]),
    );
    const names = [...(files["xl/workbook.xml"] as string).matchAll(/<sheet name="([^"]*)"/g)].map((m) => m[1]);
    expect(names).toEqual(["A very long sheet name  with  o", "A very long sheet name  with  2", "Sheet"]);
    expect(names.every((n) => (n as string).length <= 31)).toBe(true);
  });
});

describe("toXlsx read back by read-excel-file", () => {
  it("Cluster II: every count and amount of the totals and of every member, exactly", async () => {
    const sheets = await readXlsxFile(Buffer.from(clusterXlsx), { parseNumber: (s) => s });
    expect(sheets.map((s) => s.sheet)).toEqual(["Tổng hợp", "Theo thành viên"]);
    const grid = (i: number): Grid => (sheets[i]?.data ?? []).map((r) => r.map((c) => (c === null ? "" : String(c))));
    expect(checkTotals(grid(0), cluster.report.totals)).toBe(listFigures(cluster.report.totals).length);
    expect(checkMembers(grid(1), cluster.report, grid(0))).toBeGreaterThan(17 * 9);
    const line = (path: string) => grid(0).find((r) => r[1] === path);
    expect(line("delegations.outgoing")?.slice(2, 4)).toEqual(["khoảng", "400"]);
    expect(line("delegations.incoming")?.slice(2, 4)).toEqual(["gần", "360"]);
    expect(line("agreements.new")?.[3]).toBe("14");
    expect(line("ngo.committed")?.slice(2)).toEqual(["hơn", "", "", "1000000"]);
  });

  it("Cao Bằng with edge amounts: numbers where exact, the rest text, nothing rounded", async () => {
    const sheets = await readXlsxFile(Buffer.from(caoBangXlsx));
    const totals = sheets[0]?.data ?? [];
    const line = (path: string) => totals.find((r) => r[1] === path);
    expect(line("oda.capital")?.[4]).toBe(1576566000000);
    expect(line("oda.completedCapital")?.[4]).toBe(1451355000000);
    expect(line("extra.aboveDoublePrecision")?.[4]).toBe(ABOVE_2_53);
    expect(line("extra.sixteenDigits")?.[4]).toBe("9007199254740991");
    expect(line("extra.fifteenDigits")?.[4]).toBe(999999999999999);
    expect(line("extra.withCents")?.slice(2)).toEqual(["hơn", null, null, 12345.67]);
    expect(line("extra.tenCents")?.[5]).toBe(0.1);
    expect(line("extra.sixteenDigitCents")?.[5]).toBe("12345678901234.56");
    const asText = await readXlsxFile(Buffer.from(caoBangXlsx), { parseNumber: (s) => s });
    const grid = (asText[0]?.data ?? []).map((r) => r.map((c) => (c === null ? "" : String(c))));
    expect(checkTotals(grid, caoBang.report.figures)).toBe(listFigures(caoBang.report.figures).length);
  });
});

describe("toXlsx read back by LibreOffice (every sheet to CSV)", () => {
  const work = workDir("ngoaivu-xlsx-");
  let csv: Record<string, Grid> = {};
  beforeAll(() => {
    ensureOfficeTools();
    const files = writeFiles(work.dir, { "cluster-ii.xlsx": clusterXlsx, "cao-bang.xlsx": caoBangXlsx });
    // UTF-8, comma, quote; full precision (not "as shown"); every sheet (-1) to its own file.
    soffice(work.dir, "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", files);
    csv = Object.fromEntries(
      filesIn(work.dir, /\.csv$/).map((f) => [f.replace(/^.*\//, ""), parseCsv(readFileSync(f, "utf8"))]),
    );
  }, 600_000);
  afterAll(() => work.dispose());

  it("one CSV per sheet", () => {
    expect(Object.keys(csv)).toEqual([
      "cao-bang-Theo thành viên.csv",
      "cao-bang-Tổng hợp.csv",
      "cluster-ii-Theo thành viên.csv",
      "cluster-ii-Tổng hợp.csv",
    ]);
  });

  it("Cluster II: every count and amount exactly", () => {
    const totals = csv["cluster-ii-Tổng hợp.csv"] as Grid;
    expect(checkTotals(totals, cluster.report.totals)).toBe(listFigures(cluster.report.totals).length);
    expect(checkMembers(csv["cluster-ii-Theo thành viên.csv"] as Grid, cluster.report, totals)).toBeGreaterThan(17 * 9);
  });

  it("Cao Bằng: VND 1,576,566,000,000, and 2^53 + 1 as its exact digits", () => {
    const grid = csv["cao-bang-Tổng hợp.csv"] as Grid;
    expect(checkTotals(grid, caoBang.report.figures)).toBe(listFigures(caoBang.report.figures).length);
    const line = (path: string) => grid.find((r) => r[1] === path);
    expect(line("oda.capital")?.[4]).toBe("1576566000000");
    expect(line("extra.aboveDoublePrecision")?.[4]).toBe(ABOVE_2_53);
    const member = csv["cao-bang-Theo thành viên.csv"] as Grid;
    expect(member.length).toBe(2);
    const column = (member[0] ?? []).indexOf("Vốn ODA (VND)");
    expect(member[1]?.[column]).toBe("1576566000000");
  });
});

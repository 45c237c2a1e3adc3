/**
 * The Word and Excel outputs say only what the records say: a member that
 * sent nothing is listed as not reported, an unknown member id is named with
 * its record count, and the money totals of the records appear.
 */
import readXlsxFile from "read-excel-file/node";
import { describe, expect, it } from "vitest";
import { compile, Money, summarize } from "../../src/index.js";
import { toDocx, toXlsx } from "../../src/office/index.js";
import { clusterII } from "../../src/samples/index.js";
import { delegation } from "../rollup/_records.js";
import { unzipText } from "./_tools.js";

function fiveOfSeventeen() {
  const { cluster, members } = clusterII();
  const five = [
    "so-ngoai-vu-hai-phong",
    "so-ngoai-vu-ha-noi",
    "so-ngoai-vu-bac-giang",
    "so-ngoai-vu-phu-tho",
    "vp-ubnd-ha-nam",
  ];
  const summary = summarize(
    {
      delegations: [
        ...five.map((member) => delegation({ member, cost: Money.of("120000000", "VND") })),
        delegation({ member: "so-ngoai-vu-ha-nol" }),
      ],
    },
    { period: "2024-H1", members },
  );
  return { report: compile(summary, cluster, "2024-H1", { members }), members };
}

const text = (xml: string) => xml.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");

describe("office outputs never overclaim", () => {
  it("docx: 5/17 reported, the twelve others listed, the unknown id named, the delegation costs shown", async () => {
    const { report, members } = fiveOfSeventeen();
    const doc = text(unzipText(await toDocx(report, { members }))["word/document.xml"] as string);
    expect(doc).toContain("5/17 thành viên đã báo cáo");
    expect(doc).toContain("Bộ phận ngoại vụ, Văn phòng UBND tỉnh Thái Bình");
    expect(doc).toContain("so-ngoai-vu-ha-nol: 1 bản ghi");
    expect(doc).toContain("Kinh phí đoàn");
    expect(doc).toContain("600 triệu đồng");
  });

  it("xlsx: the twelve others marked not reported, the unknown id with its count", async () => {
    const { report, members } = fiveOfSeventeen();
    const sheets = await readXlsxFile(Buffer.from(toXlsx(report, { members })));
    const rows = sheets[1]?.data ?? [];
    const note = (rows[0] ?? []).indexOf("Ghi chú");
    expect(rows.filter((r) => r[note] === "chưa báo cáo")).toHaveLength(12);
    expect(rows.filter((r) => r[note] === "").length + rows.filter((r) => r[note] === null).length).toBe(6);
    expect(rows.at(-1)?.[1]).toBe("so-ngoai-vu-ha-nol");
    expect(rows.at(-1)?.[note]).toBe("mã thành viên không xác định, 1 bản ghi, không tính vào tổng");
  });
});

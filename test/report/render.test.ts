import { describe, expect, it } from "vitest";
import type { z } from "zod";
import {
  ClusterReportSchema,
  compare,
  compile,
  Figure,
  type MemberReport,
  MemberReportSchema,
  MemberSchema,
  Money,
  MoneyBag,
  parse,
  parsePeriod,
  RENDER_FORMATS,
  render,
  summarize,
} from "../../src/index.js";
import { CAO_BANG_MEMBER_JSON, clusterII } from "../../src/samples/index.js";
import { delegation } from "../rollup/_records.js";
import { caoBangReport, clusterIIReport } from "./_sample.js";

const cluster = clusterIIReport();
const caoBang = caoBangReport();

describe("render: Cluster II, first half of 2024 (the sample, through summarize and compile)", () => {
  const vi = render(cluster.report, { members: cluster.members });
  const en = render(cluster.report, { members: cluster.members, lang: "en" });

  it("reads like the cluster's mid-year review in Vietnamese", () => {
    expect(vi).toContain(
      "Trong 6 tháng đầu năm 2024, Cụm thi đua số II đã tổ chức khoảng 400 đoàn ra, đón gần 360 đoàn vào, " +
        "ký kết 14 thỏa thuận quốc tế mới; tiếp nhận gần 100 dự án phi chính phủ nước ngoài với tổng giá trị cam kết " +
        "hơn 1 triệu USD; giải quyết 52 vụ việc lãnh sự, 38 vụ việc bảo hộ công dân và 12 hồ sơ xin phép sử dụng thẻ ABTC.",
    );
  });

  it("and in English", () => {
    expect(en).toContain(
      "In the first half of 2024, Emulation Cluster II organised about 400 outgoing delegations, received nearly 360 " +
        "incoming delegations and signed 14 new international agreements; took in nearly 100 foreign NGO projects with a " +
        "committed value of over USD 1 million; handled 52 consular cases, 38 citizen-protection cases and 12 ABTC applications.",
    );
  });

  it("has a per-member table with every member, the qualifiers they wrote, and the total", () => {
    const lines = vi.split("\n");
    const row = (name: string) => lines.find((l) => l.startsWith(name)) ?? "";
    expect(row("Sở Ngoại vụ thành phố Hà Nội")).toMatch(/khoảng 110 +96 +4 +14 +9 +4 +25 +hơn 400 nghìn USD/);
    expect(row("Sở Ngoại vụ thành phố Hải Phòng")).toMatch(/42 +gần 60 +2/);
    expect(row("Bộ phận ngoại vụ, Văn phòng UBND tỉnh Bắc Ninh")).toMatch(/ 24 +22 +2 +4 +3 +1 +5 +41 nghìn 500 USD/);
    expect(row("Tổng cộng")).toMatch(/khoảng 400 +gần 360 +14 +52 +38 +12 +gần 100 +hơn 1 triệu USD/);
    expect(lines.filter((l) => /^(Sở Ngoại vụ|Bộ phận ngoại vụ)/.test(l))).toHaveLength(17);
    expect(vi).toContain("17/17 thành viên đã báo cáo");
    expect(vi).toContain("Thành viên chưa báo cáo: —");
  });

  it("leaves a total out of the summary when some members did not give the figure (the table still shows it)", () => {
    // Two members did not report their NGO partners, so the cluster's 8 distinct donors are not its figure.
    expect(vi).not.toContain("vận động 8 tổ chức");
    expect(vi).toMatch(/Tổng cộng .* 8 +91 tỷ 798 triệu đồng$/m);
  });

  it("shows no key-figure card or money bar for a cluster total some reporting members did not give", () => {
    // Hải Phòng and Hà Nội gave no delegation costs and no NGO partners: those totals cover 15 members only.
    const page = render(cluster.report, { members: cluster.members, format: "html" });
    const start = page.indexOf('<section class="cards">');
    const cards = page.slice(start, page.indexOf("</section>", start));
    expect(cards).not.toContain('data-figure="delegationCost"');
    expect(cards).not.toContain('data-figure="ngoDonors"');
    expect(cards).toContain('data-figure="outgoing"');
    expect(page).not.toContain('id="chart-money-VND"');
    expect(page).toMatch(/Kinh phí đoàn/); // the table still shows the column
  });

  it("lists the members that have not reported, by name, never as zero", () => {
    const { cluster: c, members } = clusterII();
    const rows = cluster.report.rows.filter((r) => r.member !== "vp-ubnd-ha-nam" && r.member !== "vp-ubnd-bac-kan");
    const partial = compile(rows, c, "2024-H1", { members });
    const text = render(partial, { members });
    expect(text).toContain(
      "Thành viên chưa báo cáo: Bộ phận ngoại vụ, Văn phòng UBND tỉnh Bắc Kạn; Bộ phận ngoại vụ, Văn phòng UBND tỉnh Hà Nam",
    );
    expect(text).toContain("15/17 thành viên đã báo cáo");
    expect(render(partial, { members, lang: "en" })).toContain("Members that have not reported: Foreign-affairs unit");
    // Without names, ids.
    expect(render(partial)).toContain("Thành viên chưa báo cáo: vp-ubnd-bac-kan; vp-ubnd-ha-nam");
  });

  it("flags reports from non-members, out of the totals", () => {
    const { cluster: c, members } = clusterII();
    const outsider: MemberReport = {
      member: "so-ngoai-vu-cao-bang",
      period: parsePeriod("2024-H1"),
      basis: "submitted",
      figures: { delegations: { outgoing: Figure.count(30) } },
    };
    const caoBang = parse(MemberSchema, CAO_BANG_MEMBER_JSON);
    const report = compile([...cluster.report.rows, outsider], c, "2024-H1", { members: [...members, caoBang] });
    const md = render(report, { members, format: "markdown" });
    expect(md).toContain("## Báo cáo của đơn vị không thuộc cụm (không tính vào tổng)");
    expect(md).toContain("- so-ngoai-vu-cao-bang");
    expect(md).toContain("khoảng 400");
  });

  it("never claims a member reported when nothing came from it (records of 5 members, summarized with all 17)", () => {
    const { cluster: c, members } = clusterII();
    const five = new Set(cluster.report.rows.slice(0, 5).map((r) => r.member));
    const summary = summarize(
      { delegations: [...five].map((member) => delegation({ member })) },
      { period: "2024-H1", members },
    );
    const report = compile(summary, c, "2024-H1", { members });
    expect(report.rows.map((r) => r.member)).toEqual([...five]);
    expect(report.notReported).toHaveLength(12);
    const vi = render(report, { members });
    expect(vi).toContain("5/17 thành viên đã báo cáo");
    expect(vi).not.toContain("Thành viên chưa báo cáo: —");
    expect(render(report, { members, lang: "en" })).toContain("5 of 17 members reported");
    const json = JSON.parse(render(report, { members, format: "json" })) as { report: { notReported: string[] } };
    expect(json.report.notReported).toHaveLength(12);
    expect(render(report, { members, format: "html" })).toContain("5/17 thành viên đã báo cáo");
  });

  it("lists unknown member ids with their record counts, out of the totals", () => {
    const { cluster: c, members } = clusterII();
    const summary = summarize(
      {
        delegations: [
          delegation({ member: "so-ngoai-vu-ha-noi" }),
          delegation({ member: "so-ngoai-vu-ha-nol" }),
          delegation({ member: "so-ngoai-vu-ha-nol" }),
        ],
      },
      { period: "2024-H1", members },
    );
    const report = compile(summary, c, "2024-H1", { members });
    expect(report.unknownMembers).toEqual([{ member: "so-ngoai-vu-ha-nol", records: 2 }]);
    expect(report.totals.delegations?.outgoing?.toString()).toBe("1");
    const md = render(report, { members, format: "markdown" });
    expect(md).toContain("## Hồ sơ của mã thành viên không xác định (không tính vào tổng)");
    expect(md).toContain("- so-ngoai-vu-ha-nol: 2 bản ghi");
    expect(render(report, { members, lang: "en" })).toContain("so-ngoai-vu-ha-nol: 2 records");
  });

  it("shows the money totals the records hold (delegation costs) in the table, as the workbook does", () => {
    const summary = summarize(
      {
        delegations: [
          delegation({ member: "so-ngoai-vu-ha-noi", cost: Money.of("350000000", "VND") }),
          delegation({ member: "vp-ubnd-ha-nam" }),
        ],
      },
      { period: "2024-H1" },
    );
    const vi = render(summary.reports[0] as MemberReport);
    expect(vi).toMatch(/Kinh phí đoàn +350 triệu đồng/);
    const { cluster: c, members } = clusterII();
    const report = compile(summary, c, "2024-H1", { members });
    expect(render(report, { members })).toMatch(/Kinh phí đoàn/);
    expect(render(report, { members, lang: "en", format: "html" })).toContain("Delegation costs");
  });

  it("compares with a previous half-year: growth per figure, up, down and unchanged", () => {
    const previous = compile(
      cluster.report.rows.map((r) => ({
        ...r,
        period: parsePeriod("2023-H2"),
        figures: {
          delegations: { outgoing: r.figures.delegations?.outgoing as Figure, incoming: Figure.count(10) },
          agreements: { new: Figure.count(1) },
          consular: { consularCases: Figure.count(0) },
        },
      })),
      clusterII().cluster,
      "2023-H2",
      { year: 2024 },
    );
    const comparison = compare(cluster.report, previous, { digits: 1 });
    const text = render(cluster.report, { members: cluster.members, comparison });
    expect(text).toContain("So sánh với 6 tháng cuối năm 2023");
    expect(text).toContain("- Đoàn ra: khoảng 400 (khoảng 400), không đổi so với 6 tháng cuối năm 2023");
    expect(text).toContain("- Đoàn vào: gần 360 (170), tăng gần 111,8% so với 6 tháng cuối năm 2023");
    expect(text).toContain("- Lãnh sự: 52 (0), không tính được tỷ lệ: 6 tháng cuối năm 2023 không có số liệu");
    const en = render(cluster.report, { members: cluster.members, comparison, lang: "en" });
    expect(en).toContain("- Incoming: nearly 360 (170), up nearly 111.8% on the second half of 2023");
    const down = compare(previous, cluster.report);
    expect(render(previous, { comparison: down, lang: "en" })).toContain(
      "- New agreements: 17 (14), up 21.4% on the first half of 2024",
    );
    expect(render(previous, { comparison: down })).toContain("- Đoàn vào: 170 (gần 360), giảm");
  });
});

describe("render: Cao Bằng, 2020–2025 term (records merged with the department's own figures)", () => {
  const vi = render(caoBang.report, { members: caoBang.members, comparison: caoBang.comparison });
  const en = render(caoBang.report, { members: caoBang.members, comparison: caoBang.comparison, lang: "en" });

  it("states the ODA figures exactly, in the scaled style", () => {
    expect(vi).toContain(
      "thực hiện 9 dự án ODA và vốn vay ưu đãi với tổng vốn 1.576 tỷ 566 triệu đồng, trong đó 7 dự án đã hoàn thành với tổng vốn 1.451 tỷ 355 triệu đồng.",
    );
    expect(en).toContain(
      "implemented 9 ODA and concessional-loan projects with total capital of VND 1,576.566 billion, of which 7 completed with VND 1,451.355 billion.",
    );
  });

  it("reads like the department's term summary", () => {
    expect(vi).toContain(
      "Trong giai đoạn 2020–2025, Sở Ngoại vụ tỉnh Cao Bằng đã tổ chức 120 đoàn ra, đón khoảng 190 đoàn vào, ký kết 69 thỏa thuận quốc tế mới, " +
        "duy trì 10 quan hệ kết nghĩa, hữu nghị với địa phương nước ngoài; " +
        "vận động hơn 40 tổ chức phi chính phủ nước ngoài và nhà tài trợ với tổng giá trị viện trợ 52 triệu USD;",
    );
    expect(vi).toContain(
      "Thu ngân sách qua các cửa khẩu đạt gần 6.900 tỷ đồng, tăng gần 249% so với giai đoạn 2016–2020, chiếm khoảng 46% tổng thu ngân sách nhà nước của tỉnh.",
    );
    // The 10 twinned hamlets, communes and border districts come from the twinning records.
    expect(vi).toContain("duy trì 10 quan hệ kết nghĩa, hữu nghị với địa phương nước ngoài");
    expect(en).toContain(
      "Border-gate budget revenue reached nearly VND 6,900 billion, up nearly 249% on the 2016–2020 term, about 46% of the province's state budget revenue.",
    );
  });

  it("says where the figures come from", () => {
    expect(vi).toContain("số liệu tổng hợp từ hồ sơ và do đơn vị báo cáo");
    const submitted = MemberReportSchema.decode({
      member: "so-ngoai-vu-cao-bang",
      period: "2024",
      basis: "submitted",
      figures: { delegations: { outgoing: { qualifier: "exact", count: "1" } } },
    });
    expect(render(submitted, { lang: "en" })).toContain("figures reported by the member");
    expect(render(submitted, { lang: "en" })).toContain(
      "In 2024, so-ngoai-vu-cao-bang organised 1 outgoing delegation.",
    );
    expect(render({ ...submitted, basis: "records" })).toContain("số liệu tổng hợp từ hồ sơ");
  });

  it("can say another share, or none", () => {
    const none = render(caoBang.report, { members: caoBang.members, shares: {} });
    expect(none).not.toContain("46%");
    const report: MemberReport = {
      ...caoBang.report,
      figures: {
        extra: {
          tradeFairs: Figure.count(3),
          visitors: Figure.count(50, "about"),
          borderGateRevenue: Figure.money(Money.of("100", "VND")),
          stateBudgetRevenue: Figure.count(5),
        },
      },
    };
    const text = render(report, { shares: { tradeFairs: "visitors", borderGateRevenue: "stateBudgetRevenue" } });
    expect(text).toContain("Trade fairs đạt 3, chiếm khoảng 6% visitors.");
    expect(text).toContain("Thu ngân sách qua các cửa khẩu đạt 100 đồng.");
  });
});

describe("render: formats and edge cases", () => {
  it("knows four formats", () => {
    expect(RENDER_FORMATS).toEqual(["text", "markdown", "json", "html"]);
  });

  it("refuses an unknown language, format or report", () => {
    expect(() => render(caoBang.report, { lang: "fr" as "vi" })).toThrow(
      expect.objectContaining({ code: "INVALID_ENUM" }),
    );
    expect(() => render(caoBang.report, { format: "pdf" as "text" })).toThrow(
      expect.objectContaining({ code: "INVALID_ENUM" }),
    );
    // @ts-expect-error null is not a report
    expect(() => render(null)).toThrow(expect.objectContaining({ code: "INVALID_TYPE" }));
  });

  it("JSON: the report's wire form (decodes back), the summary sentences and the comparison", () => {
    const out = JSON.parse(render(cluster.report, { format: "json", members: cluster.members })) as {
      kind: string;
      summary: string[];
      report: z.input<typeof ClusterReportSchema>;
    };
    expect(out.kind).toBe("cluster-report");
    expect(out.summary[0]).toContain("khoảng 400 đoàn ra");
    const back = ClusterReportSchema.decode(out.report);
    expect(back.totals.delegations?.outgoing?.toString()).toBe("about 400");
    expect(ClusterReportSchema.encode(back)).toEqual(out.report);
    const cb = JSON.parse(render(caoBang.report, { format: "json", comparison: caoBang.comparison, lang: "en" })) as {
      kind: string;
      comparison: { previousPeriod: string; figures: { path: string; growth: unknown }[] };
    };
    expect(cb.kind).toBe("member-report");
    expect(cb.comparison.previousPeriod).toBe("2016-2020");
    expect(cb.comparison.figures.find((f) => f.path.startsWith("extra.borderGateRevenue"))?.growth).toEqual({
      percent: "249",
      qualifier: "nearly",
    });
  });

  it("Markdown: a heading, the summary, a table and the lists", () => {
    const md = render(cluster.report, { members: cluster.members, format: "markdown", lang: "en" });
    expect(md.startsWith("# Foreign affairs report, first half of 2024: Emulation Cluster II\n")).toBe(true);
    expect(md).toContain("| Member | Outgoing | Incoming |");
    expect(md).toContain("| **Total** | **about 400** | **nearly 360** |");
    expect(md).toContain("## Members that have not reported\n\n—");
    const cb = render(caoBang.report, { comparison: caoBang.comparison, format: "markdown" });
    expect(cb).toContain("## So sánh với giai đoạn 2016–2020");
  });

  it("Markdown escapes text from the data", () => {
    const names = [{ id: "vp-ubnd-ha-nam", names: { vi: "<img src=x onerror=alert(1)> | *x*", en: "x" } }];
    const md = render(cluster.report, { members: names, format: "markdown" });
    expect(md).toContain("&lt;img src=x onerror=alert(1)&gt; \\| \\*x\\*");
    expect(md).not.toContain("<img");
  });

  it("a title of your own, and a report with nothing to say", () => {
    const empty: MemberReport = {
      member: "vp-ubnd-ha-nam",
      period: parsePeriod("2024-H1"),
      basis: "submitted",
      figures: {},
    };
    const text = render(empty, { title: "Báo cáo nhanh" });
    expect(text.split("\n").slice(0, 2)).toEqual(["Báo cáo nhanh", "============="]);
    expect(text).not.toContain("Trong 6 tháng");
    const html = render(empty, { format: "html", lang: "en" });
    expect(html).toContain("No previous period given");
    expect(html).toContain("No money totals");
  });

  it("money in several currencies is written currency by currency", () => {
    const report: MemberReport = {
      member: "vp-ubnd-ha-nam",
      period: parsePeriod("2024-H1"),
      basis: "records",
      figures: {
        ngo: {
          projects: Figure.count(2),
          committed: {
            qualifier: "exact",
            amounts: MoneyBag.of(Money.of("1000000", "USD"), Money.of("2500000000", "VND")),
          },
        },
      },
    };
    expect(render(report)).toContain(
      "tiếp nhận 2 dự án phi chính phủ nước ngoài với tổng giá trị cam kết 1 triệu USD và 2 tỷ 500 triệu đồng",
    );
    expect(render(report, { lang: "en" })).toContain("with a committed value of USD 1 million and VND 2.5 billion");
    const html = render(report, { format: "html" });
    expect(html).toContain('id="chart-money-USD"');
    expect(html).toContain('id="chart-money-VND"');
  });

  it("compares money totals currency by currency, and lists non-reporting members in HTML", () => {
    const self = compare(caoBang.report, caoBang.report, { digits: 0 });
    const text = render(caoBang.report, { comparison: self, lang: "en" });
    expect(text).toContain(
      "- ODA capital (VND): VND 1,576.566 billion (VND 1,576.566 billion), unchanged from the 2020–2025 term",
    );
    expect(text).toContain("- NGO committed (USD): USD 52 million (USD 52 million), unchanged from the 2020–2025 term");
    const { cluster: c, members } = clusterII();
    const partial = compile(cluster.report.rows.slice(1), c, "2024-H1", { members });
    const html = render(partial, { members, format: "html" });
    expect(html).toContain("<li>Sở Ngoại vụ thành phố Hải Phòng</li>");
  });

  it("aligns text columns by what is seen: combining marks take no width", () => {
    const decomposed = "Ha\u0300 Nô\u0323i";
    const names = [{ id: "vp-ubnd-ha-nam", names: { vi: decomposed, en: decomposed } }];
    const lines = render(cluster.report, { members: names }).split("\n");
    const row = lines.find((l) => l.startsWith(decomposed));
    const header = lines.find((l) => l.startsWith("Thành viên"));
    expect(row).toBeDefined();
    expect(row?.normalize("NFC").length).toBe(header?.length);
  });
});

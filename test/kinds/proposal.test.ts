/**
 * The proposal kind (src/kinds/proposal.ts), proposals and recommendations
 * to the Ministry, through every step and output as the built-in kinds go:
 * placed in a period when sent in it, answered in it or open at its end
 * (the boundaries: sent before and answered in it, sent on its last day,
 * answered the day after); summarized, merged, compiled into a cluster's
 * totals, compared, restated onto merged units; worded in both languages
 * (labels, columns, breakdowns, its part of the summary sentence), rendered
 * as text, Markdown, HTML and JSON, and written to docx and xlsx. Property
 * laws: merging summaries of split batches is summarizing them all, and the
 * figures of two half-years add up to the year's.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type * as z from "zod";
import { type Proposal, ProposalAreaSchema } from "../../src/entities/proposal.js";
import {
  addCalendarDays,
  type CalendarDate,
  compare,
  compile,
  type Delegation,
  Figure,
  merge,
  parseBatch,
  parsePeriod,
  RECORD_KIND_DECLARATIONS,
  render,
  reportSchemas,
  restate,
  summarize,
} from "../../src/index.js";
import { ProposalFiguresSchema, proposalKind, proposalView } from "../../src/kinds/proposal.js";
import { toDocx, toXlsx } from "../../src/office/index.js";
import { clusterII } from "../../src/samples/index.js";
import { englishWords } from "../_english.js";
import { runs } from "../fuzz/_hostile.js";
import { unzipText } from "../office/_tools.js";
import { tools } from "./_tools.js";

/** The other built-in kinds (the proposal kind is listed once, whether or not it is built in yet), and with it. */
const others = RECORD_KIND_DECLARATIONS.filter((k) => k.name !== (proposalKind.name as string));
const kinds = [...others, proposalKind] as const;
const schemas = reportSchemas(kinds);
const { cluster, members } = clusterII();
const H1 = parsePeriod("2024-H1");
const H2 = parsePeriod("2024-H2");

type Section = NonNullable<z.output<typeof ProposalFiguresSchema>>;
const sectionOf = (figures: object | undefined): Section | undefined =>
  (figures as { proposals?: Section } | undefined)?.proposals;

const ministry = { body: "ministry" } as const;
const unit = { body: "ministry-unit", unit: "Cục Ngoại vụ và Ngoại giao văn hóa" } as const;

/** The records, as a file would hold them; each named by where it falls in 2024-H1. */
const wire = [
  // sent before the period, answered in it (21 days)
  {
    member: "so-ngoai-vu-ha-noi",
    sent: "2023-12-20",
    addressee: ministry,
    area: "consular",
    text: "Đề nghị hướng dẫn bảo hộ lao động tại Malaysia",
    status: "answered",
    answered: "2024-01-10",
  },
  // sent on the period's last day, still open at its end
  {
    member: "so-ngoai-vu-ha-noi",
    sent: "2024-06-30",
    addressee: ministry,
    area: "economic-diplomacy",
    text: "Đề nghị hỗ trợ xúc tiến đầu tư tại Hàn Quốc",
    status: "sent",
  },
  // sent in the period, answered the day after its end (12 days, counted in H2): open at the end of H1
  {
    member: "so-ngoai-vu-ha-noi",
    sent: "2024-06-20",
    addressee: unit,
    area: "economic-diplomacy",
    text: "Đề nghị giới thiệu đối tác Nhật Bản",
    status: "answered",
    answered: "2024-07-02",
  },
  // sent on the period's first day, answered on its last (181 days: 2024 is a leap year)
  {
    member: "so-ngoai-vu-hai-phong",
    sent: "2024-01-01",
    addressee: ministry,
    area: "international-conferences",
    text: "Đề nghị hướng dẫn tổ chức hội thảo quốc tế",
    status: "answered",
    answered: "2024-06-30",
  },
  // sent before the period, still considered at its end
  {
    member: "so-ngoai-vu-hai-phong",
    sent: "2023-11-01",
    addressee: unit,
    area: "overseas-vietnamese",
    text: "Đề nghị hỗ trợ kết nối cộng đồng người Việt",
    status: "considering",
  },
  // sent and answered before the period: outside it
  {
    member: "so-ngoai-vu-hai-phong",
    sent: "2023-10-01",
    addressee: ministry,
    area: "other",
    text: "Đề nghị cung cấp tài liệu",
    status: "answered",
    answered: "2023-12-31",
  },
  // sent the day after the period: outside it
  {
    member: "so-ngoai-vu-ha-noi",
    sent: "2024-07-01",
    addressee: ministry,
    area: "cultural-diplomacy",
    text: "Đề nghị hỗ trợ tổ chức tuần văn hóa",
    status: "sent",
  },
  // Bắc Giang and Bắc Ninh, merged into the new Bắc Ninh on 1 July 2025
  {
    member: "so-ngoai-vu-bac-giang",
    sent: "2024-03-10",
    addressee: unit,
    area: "consular",
    text: "Đề nghị hướng dẫn thủ tục thẻ ABTC",
    status: "answered",
    answered: "2024-03-25",
    answer: "Đã hướng dẫn bằng văn bản",
  },
  {
    member: "vp-ubnd-bac-ninh",
    sent: "2024-04-01",
    addressee: ministry,
    area: "border-territory",
    text: "Đề nghị hỗ trợ công tác biên giới",
    status: "sent",
  },
];

function decoded(): Proposal[] {
  const batch = parseBatch(proposalKind.schema, wire);
  expect(batch.invalid).toEqual([]);
  return [...batch.values];
}

const delegation: Delegation = {
  member: "so-ngoai-vu-ha-noi",
  direction: "outgoing",
  start: "2024-03-04",
  end: "2024-03-08",
  countries: ["JP"],
  ledBy: "people-committee-vice-chair",
  headcount: 8,
  purpose: "Trade promotion",
  status: "completed",
};

function summary(records: readonly Proposal[] = decoded(), period = H1) {
  return summarize({ delegations: [delegation], proposals: records }, { period, members, kinds });
}

/** A section's figures as text, absent ones left out. */
function figures(section: Section | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of ["sent", "answered", "open", "answerDays"] as const) {
    const f = section?.[key];
    if (f !== undefined) out[key] = f.toString();
  }
  for (const [area, f] of Object.entries(section?.byArea ?? {})) out[`byArea.${area}`] = String(f);
  return out;
}

describe("the proposal kind's declaration", () => {
  it("names its entity, bucket, section, aliases and signature; its view is what it carries", () => {
    expect([proposalKind.name, proposalKind.bucket, proposalKind.section]).toEqual([
      "proposal",
      "proposals",
      "proposals",
    ]);
    expect(proposalKind.aliases).toEqual(["proposals", "recommendation", "recommendations"]);
    expect(proposalKind.signature).toEqual(["addressee", "area"]);
    for (const [key, value] of Object.entries(proposalView))
      expect((proposalKind as unknown as Record<string, unknown>)[key], key).toBe(value);
  });

  it("has a signature no built-in kind shares, and columns after every built-in one", () => {
    const fields = others.flatMap((k) => [...k.signature]);
    for (const field of proposalKind.signature) expect(fields).not.toContain(field);
    const orders = others.flatMap((k) => k.words.figures.flatMap((f) => f.column?.order ?? []));
    const own = proposalKind.words.figures.flatMap((f) => (f.column === undefined ? [] : [f.column]));
    expect(own).toEqual([
      { key: "proposals", order: 30 },
      { key: "proposalsAnswered", order: 31 },
    ]);
    for (const { order } of own) expect(order).toBeGreaterThan(Math.max(...orders));
  });

  it("labels every figure of its section in both languages, without an English word in the Vietnamese", () => {
    const paths = proposalKind.words.figures.map((f) => f.path);
    expect(paths).toEqual(["proposals.sent", "proposals.answered", "proposals.open", "proposals.answerDays"]);
    for (const f of proposalKind.words.figures) {
      expect(f.label.vi.length).toBeGreaterThan(0);
      expect(f.label.en.length).toBeGreaterThan(0);
      expect(englishWords(f.label.vi)).toEqual([]);
    }
  });

  it("labels the sent proposals of each area, and no other path", () => {
    const breakdown = proposalKind.words.breakdown;
    if (breakdown === undefined) throw new Error("no breakdowns");
    const label = (path: string) => proposalKind.words.figures.find((f) => f.path === path)?.label.en;
    const labelVi = (path: string) => proposalKind.words.figures.find((f) => f.path === path)?.label.vi;
    expect(breakdown(["byArea", "economic-diplomacy"], "en", label)).toBe("Proposals sent: economic diplomacy");
    expect(breakdown(["byArea", "border-territory"], "vi", labelVi)).toBe(
      "Kiến nghị, đề xuất đã gửi: biên giới, lãnh thổ",
    );
    expect(breakdown(["byArea", "tourism"], "en", label)).toBe("Proposals sent: tourism");
    expect(breakdown(["byArea", "consular"], "en", () => undefined)).toBe(": consular work and citizen protection");
    const areas = (lang: "vi" | "en") =>
      ProposalAreaSchema.options.map((area) => breakdown(["byArea", area], lang, () => "")?.slice(2));
    expect(areas("en")).toEqual([
      "economic diplomacy",
      "political diplomacy",
      "cultural diplomacy",
      "foreign information",
      "consular work and citizen protection",
      "overseas Vietnamese",
      "border and territory",
      "international agreements",
      "international conferences and seminars",
      "delegations",
      "organisation and staffing",
      "other areas",
    ]);
    expect(areas("vi")).toEqual([
      "ngoại giao kinh tế",
      "ngoại giao chính trị",
      "ngoại giao văn hóa",
      "thông tin đối ngoại",
      "công tác lãnh sự, bảo hộ công dân",
      "công tác người Việt Nam ở nước ngoài",
      "biên giới, lãnh thổ",
      "ký kết và thực hiện thỏa thuận quốc tế",
      "quản lý hội nghị, hội thảo quốc tế",
      "quản lý đoàn ra, đoàn vào",
      "tổ chức bộ máy, cán bộ",
      "lĩnh vực khác",
    ]);
    for (const vi of areas("vi")) expect(englishWords(vi ?? "")).toEqual([]);
    expect(breakdown(["byArea"], "en", label)).toBeUndefined();
    expect(breakdown(["byArea", "consular", "x"], "en", label)).toBeUndefined();
    expect(breakdown(["sent"], "en", label)).toBeUndefined();
    expect(breakdown(["byCountry", "CN"], "en", label)).toBeUndefined();
  });
});

describe("the proposal kind's sentence", () => {
  const say = (section: Section, t: ReturnType<typeof tools>) => {
    const sentence = proposalKind.words.sentence;
    if (sentence === undefined) throw new Error("no sentence");
    return sentence.say(section, t);
  };
  const n = (count: number) => Figure.count(count);

  it("states the sent ones as an action and the answered ones as a clause, singular and plural", () => {
    expect(say({ sent: n(267), answered: n(120) }, tools("vi"))).toEqual({
      actions: ["gửi 267 kiến nghị, đề xuất tới Bộ Ngoại giao"],
      clause: "nhận được trả lời của Bộ Ngoại giao đối với 120 kiến nghị, đề xuất",
    });
    expect(say({ sent: n(267), answered: n(120) }, tools("en"))).toEqual({
      actions: ["sent 267 proposals and recommendations to the Ministry"],
      clause: "received the Ministry's answers to 120 proposals and recommendations",
    });
    expect(say({ sent: n(1), answered: n(1) }, tools("en"))).toEqual({
      actions: ["sent 1 proposal or recommendation to the Ministry"],
      clause: "received the Ministry's answer to 1 proposal or recommendation",
    });
    expect(say({ sent: Figure.count(267, "about") }, tools("en"))).toEqual({
      actions: ["sent about 267 proposals and recommendations to the Ministry"],
    });
  });

  it("has no English word in its Vietnamese", () => {
    const parts = say({ sent: n(2), answered: n(3) }, tools("vi"));
    for (const text of [...(parts.actions ?? []), parts.clause ?? ""]) expect(englishWords(text)).toEqual([]);
  });

  it("leaves out a figure whose column the tools refuse, and says nothing of zeros or absent figures", () => {
    const p = { sent: n(5), answered: n(2) };
    expect(say(p, tools("en", { skip: ["proposals"] }))).toEqual({
      actions: [],
      clause: "received the Ministry's answers to 2 proposals and recommendations",
    });
    expect(say(p, tools("en", { skip: ["proposalsAnswered"] }))).toEqual({
      actions: ["sent 5 proposals and recommendations to the Ministry"],
    });
    expect(say({ sent: n(0), answered: n(0), open: n(4) }, tools("en"))).toEqual({ actions: [] });
    expect(say({}, tools("en", { allowAll: true }))).toEqual({ actions: [] });
    expect(say({ open: n(3), answerDays: n(40) }, tools("en", { allowAll: true }))).toEqual({ actions: [] });
  });
});

describe("summarizing proposals", () => {
  it("places a proposal sent in the period, answered in it, or open at its end; counts the rest outside", () => {
    const s = summary();
    expect(s.byKind.proposals).toEqual({ input: 9, counted: 7, outsidePeriod: 2, unknownMember: 0 });
    const of = (member: string) => figures(sectionOf(s.reports.find((r) => r.member === member)?.figures));
    expect(of("so-ngoai-vu-ha-noi")).toEqual({
      sent: "2",
      answered: "1",
      open: "2",
      answerDays: "21",
      "byArea.economic-diplomacy": "2",
    });
    expect(of("so-ngoai-vu-hai-phong")).toEqual({
      sent: "1",
      answered: "1",
      open: "1",
      answerDays: "181",
      "byArea.international-conferences": "1",
    });
    expect(of("so-ngoai-vu-bac-giang")).toEqual({
      sent: "1",
      answered: "1",
      open: "0",
      answerDays: "15",
      "byArea.consular": "1",
    });
    expect(of("vp-ubnd-bac-ninh")).toEqual({
      sent: "1",
      answered: "0",
      open: "1",
      answerDays: "0",
      "byArea.border-territory": "1",
    });
  });

  it("counts the second half-year from the same records: what was open at the end of the first is answered or open", () => {
    const s = summary(decoded(), H2);
    const hanoi = figures(sectionOf(s.reports.find((r) => r.member === "so-ngoai-vu-ha-noi")?.figures));
    expect(hanoi).toEqual({
      sent: "1",
      answered: "1",
      open: "2",
      answerDays: "12",
      "byArea.cultural-diplomacy": "1",
    });
    const haiphong = figures(sectionOf(s.reports.find((r) => r.member === "so-ngoai-vu-hai-phong")?.figures));
    expect(haiphong).toEqual({ sent: "0", answered: "0", open: "1", answerDays: "0" });
  });

  it("counts on the day sent in Vietnam: an instant late on 30 June UTC is 1 July", () => {
    const late = parseBatch(proposalKind.schema, [{ ...wire[1], sent: "2024-06-30T18:30:00Z" }]).values;
    const s = summarize({ proposals: late }, { period: H1, kinds });
    expect(s.byKind.proposals).toEqual({ input: 1, counted: 0, outsidePeriod: 1, unknownMember: 0 });
  });

  it("summarizes the same in shards: merge(summarize(A), summarize(B)) = summarize(A ∪ B)", () => {
    const all = decoded();
    const whole = schemas.summary.encode(summary(all));
    for (let cut = 0; cut <= all.length; cut++) {
      const a = summarize({ proposals: all.slice(0, cut) }, { period: H1, members, kinds });
      const b = summarize({ delegations: [delegation], proposals: all.slice(cut) }, { period: H1, members, kinds });
      expect(schemas.summary.encode(merge(a, b))).toEqual(whole);
    }
  });

  it("keeps the mean days to an answer exact through a merge: answerDays / answered", () => {
    const all = decoded();
    const merged = merge(
      summarize({ proposals: all.slice(0, 4) }, { period: H1, kinds }),
      summarize({ proposals: all.slice(4) }, { period: H1, kinds }),
    );
    const mean = (section: Section | undefined) =>
      section?.answerDays === undefined || section.answered === undefined
        ? undefined
        : section.answerDays.value.div(section.answered.value).toFixed(2);
    const haiphong = sectionOf(merged.reports.find((r) => r.member === "so-ngoai-vu-hai-phong")?.figures);
    expect(mean(haiphong)).toBe("181.00");
    // The cluster's mean is the total days over the total answered: (21 + 181 + 15) / 3.
    const report = compile(merged, cluster, H1, { members });
    expect(mean(sectionOf(report.totals))).toBe("72.33");
  });

  it("decodes and encodes its section with its own schema", () => {
    const section = sectionOf(summary().reports.find((r) => r.member === "so-ngoai-vu-ha-noi")?.figures);
    const wireSection = ProposalFiguresSchema.encode(section);
    expect(wireSection?.sent).toEqual({ qualifier: "exact", count: "2" });
    expect(ProposalFiguresSchema.decode(wireSection)?.answerDays?.toString()).toBe("21");
    expect(ProposalFiguresSchema.safeParse({ byArea: { tourism: { qualifier: "exact", count: "1" } } }).success).toBe(
      false,
    );
  });
});

describe("proposals in a cluster's report", () => {
  it("are compiled into the cluster's totals", () => {
    const report = compile(summary(), cluster, H1, { members });
    expect(figures(sectionOf(report.totals))).toEqual({
      sent: "5",
      answered: "3",
      open: "4",
      answerDays: "217",
      "byArea.border-territory": "1",
      "byArea.consular": "1",
      "byArea.economic-diplomacy": "2",
      "byArea.international-conferences": "1",
    });
    expect(report.notReported).not.toContain("so-ngoai-vu-bac-giang");
    expect(report.notReported).toContain("so-ngoai-vu-phu-tho");
  });

  it("are compared with the previous half-year", () => {
    const previous = compile(summary(), cluster, H1, { members });
    const current = compile(summary(decoded(), H2), cluster, H2, { members });
    expect(figures(sectionOf(current.totals))).toEqual({
      sent: "1",
      answered: "1",
      open: "4",
      answerDays: "12",
      "byArea.cultural-diplomacy": "1",
    });
    const c = compare(current, previous);
    const line = (path: string) => {
      const f = c.figures.find((x) => x.path === path);
      return [f?.current.toString(), f?.previous?.toString(), f?.growth?.percent];
    };
    expect(line("proposals.sent")).toEqual(["1", "5", "-80"]);
    expect(line("proposals.open")).toEqual(["4", "4", "0"]);
    expect(line("proposals.answerDays")).toEqual(["12", "217", expect.any(String)]);
  });

  it("are restated onto the successor of merged units", () => {
    const { reports } = restate(summary().reports, { to: "2025-07-01", members });
    const bacNinh = reports.find((r) => r.member === "ngoai-vu-bac-ninh");
    expect(bacNinh?.mergedFrom).toEqual(["so-ngoai-vu-bac-giang", "vp-ubnd-bac-ninh"]);
    expect(figures(sectionOf(bacNinh?.figures))).toEqual({
      sent: "2",
      answered: "1",
      open: "1",
      answerDays: "15",
      "byArea.border-territory": "1",
      "byArea.consular": "1",
    });
  });
});

describe("rendering proposals", () => {
  const report = compile(summary(), cluster, H1, { members });
  // HTML writes an apostrophe as &#39;: read it back as text.
  const out = (lang: "vi" | "en", format: "text" | "markdown" | "html" | "json") =>
    render(report, { lang, format, members, kinds }).replaceAll("&#39;", "'");

  it("gives them their columns and their part of the sentence, in every format and both languages", () => {
    for (const format of ["text", "markdown", "html"] as const) {
      const vi = out("vi", format);
      const en = out("en", format);
      expect(vi).toContain("Kiến nghị, đề xuất đã gửi");
      expect(vi).toContain("Kiến nghị, đề xuất được trả lời");
      expect(vi).toContain("gửi 5 kiến nghị, đề xuất tới Bộ Ngoại giao");
      expect(vi).toContain("nhận được trả lời của Bộ Ngoại giao đối với 3 kiến nghị, đề xuất");
      expect(en).toContain("Proposals sent");
      expect(en).toContain("Proposals answered");
      expect(en).toContain("sent 5 proposals and recommendations to the Ministry");
      expect(en).toContain("received the Ministry's answers to 3 proposals and recommendations");
    }
    expect(out("en", "text").split("\n")[4]).toBe(
      "In the first half of 2024, Emulation Cluster II organised 1 outgoing delegation and sent 5 proposals and recommendations to the Ministry; received the Ministry's answers to 3 proposals and recommendations.",
    );
    expect(out("vi", "text").split("\n")[4]).toBe(
      "Trong 6 tháng đầu năm 2024, Cụm thi đua số II đã tổ chức 1 đoàn ra, gửi 5 kiến nghị, đề xuất tới Bộ Ngoại giao; nhận được trả lời của Bộ Ngoại giao đối với 3 kiến nghị, đề xuất.",
    );
    expect(out("en", "html")).toContain('data-figure="total.proposals"');
    expect(out("en", "html")).toContain('data-figure="total.proposalsAnswered"');
  });

  it("writes no English word in the Vietnamese text and Markdown", () => {
    expect(englishWords(out("vi", "text"))).toEqual([]);
    expect(englishWords(out("vi", "markdown"))).toEqual([]);
  });

  it("says nothing of them with a list of kinds without it", () => {
    const en = render(report, { lang: "en", members, kinds: others });
    expect(en).not.toContain("proposal");
    expect(en).not.toContain("Proposals");
  });

  it("writes them to JSON with their own schema, which decodes back", () => {
    const json = JSON.parse(out("en", "json")) as {
      summary: string[];
      report: { totals: { proposals?: Record<string, unknown> } };
    };
    expect(json.report.totals.proposals?.sent).toEqual({ qualifier: "exact", count: "5" });
    expect(json.report.totals.proposals?.answerDays).toEqual({ qualifier: "exact", count: "217" });
    expect(json.summary.join(" ")).toContain("sent 5 proposals and recommendations to the Ministry");
    const back = schemas.clusterReport.decode(
      JSON.parse(out("vi", "json")).report as z.input<typeof schemas.clusterReport>,
    );
    expect(sectionOf(back.totals)?.open?.toString()).toBe("4");
  });

  it("renders a member's own report with its figures and sentence", () => {
    const hanoi = summary().reports.find((r) => r.member === "so-ngoai-vu-ha-noi");
    if (hanoi === undefined) throw new Error("no report for Hanoi");
    const vi = render(hanoi, { lang: "vi", members, kinds });
    expect(vi).toContain("gửi 2 kiến nghị, đề xuất tới Bộ Ngoại giao");
    expect(vi).toContain("nhận được trả lời của Bộ Ngoại giao đối với 1 kiến nghị, đề xuất");
    expect(englishWords(vi)).toEqual([]);
    expect(render(hanoi, { lang: "en", members, kinds })).toContain(
      "received the Ministry's answer to 1 proposal or recommendation",
    );
  });

  it("writes them to a Word document and an Excel workbook, every figure labelled", async () => {
    const docx = unzipText(await toDocx(report, { members, kinds }))["word/document.xml"] ?? "";
    expect(docx).toContain("Kiến nghị, đề xuất đã gửi");
    expect(docx).toContain("gửi 5 kiến nghị, đề xuất tới Bộ Ngoại giao");
    const docxEn = unzipText(await toDocx(report, { lang: "en", members, kinds }))["word/document.xml"] ?? "";
    expect(docxEn).toContain("Proposals sent");

    for (const [lang, labels] of [
      [
        "en",
        [
          "Proposals sent",
          "Proposals answered",
          "Proposals awaiting an answer at the period",
          "Days from sending to answer, summed",
          "Proposals sent: economic diplomacy",
          "Proposals sent: border and territory",
        ],
      ],
      [
        "vi",
        [
          "Kiến nghị, đề xuất đã gửi",
          "Kiến nghị, đề xuất chờ trả lời cuối kỳ",
          "Tổng số ngày từ khi gửi đến khi được trả lời",
          "Kiến nghị, đề xuất đã gửi: ngoại giao kinh tế",
        ],
      ],
    ] as const) {
      const xlsx = unzipText(toXlsx(report, { lang, members, kinds }));
      const strings = Object.values(xlsx).join("");
      for (const label of labels) expect(strings, label).toContain(label);
      expect(strings).toContain("proposals.answerDays");
    }
  });
});

// ── laws ────────────────────────────────────────────────────────────────────

const MEMBERS = ["so-ngoai-vu-ha-noi", "so-ngoai-vu-hai-phong", "vp-ubnd-bac-ninh"] as const;

/** A valid decoded proposal: sent between October 2023 and March 2025, perhaps answered up to 200 days later. */
const proposalArb: fc.Arbitrary<Proposal> = fc
  .record({
    member: fc.constantFrom(...MEMBERS),
    offset: fc.nat({ max: 547 }),
    status: fc.constantFrom("sent", "considering", "answered"),
    after: fc.nat({ max: 200 }),
    area: fc.constantFrom(...ProposalAreaSchema.options),
    toUnit: fc.boolean(),
  })
  .map(({ member, offset, status, after, area, toUnit }): Proposal => {
    const sent: CalendarDate = addCalendarDays("2023-10-01", offset);
    return {
      member,
      sent,
      addressee: toUnit ? unit : ministry,
      area,
      text: "Kiến nghị",
      status,
      ...(status === "answered" ? { answered: addCalendarDays(sent, after) } : {}),
    };
  });

describe("laws of the proposal figures", () => {
  it("generates only records the schema accepts", () => {
    fc.assert(
      fc.property(fc.array(proposalArb, { maxLength: 20 }), (records) => {
        expect(parseBatch(proposalKind.schema, records).invalid).toEqual([]);
      }),
      runs(50),
    );
  });

  it("property: merging the summaries of split batches is summarizing them all", () => {
    fc.assert(
      fc.property(
        fc.array(proposalArb, { maxLength: 30 }),
        fc.nat(),
        fc.constantFrom("2024-H1", "2024-H2", "2024", "2023-H2"),
        (records, at, period) => {
          const cut = records.length === 0 ? 0 : at % (records.length + 1);
          const whole = summarize({ proposals: records }, { period, kinds });
          const a = summarize({ proposals: records.slice(0, cut) }, { period, kinds });
          const b = summarize({ proposals: records.slice(cut) }, { period, kinds });
          expect(schemas.summary.encode(merge(a, b))).toEqual(schemas.summary.encode(whole));
          expect(schemas.summary.encode(merge(b, a))).toEqual(schemas.summary.encode(whole));
        },
      ),
      runs(200),
    );
  });

  it("property: the sent, answered and answer days of two half-years add up to the year's; open is the year-end's", () => {
    const totals = (records: readonly Proposal[], period: string) => {
      const s = summarize({ proposals: records }, { period, kinds });
      const out = { sent: 0, answered: 0, open: 0, answerDays: 0, byArea: 0 };
      for (const r of s.reports) {
        const p = sectionOf(r.figures);
        out.sent += Number(p?.sent?.value ?? 0);
        out.answered += Number(p?.answered?.value ?? 0);
        out.open += Number(p?.open?.value ?? 0);
        out.answerDays += Number(p?.answerDays?.value ?? 0);
        for (const f of Object.values(p?.byArea ?? {})) out.byArea += Number(f?.value ?? 0);
      }
      return out;
    };
    fc.assert(
      fc.property(fc.array(proposalArb, { maxLength: 30 }), (records) => {
        const first = totals(records, "2024-H1");
        const second = totals(records, "2024-H2");
        const year = totals(records, "2024");
        expect(first.sent + second.sent).toBe(year.sent);
        expect(first.answered + second.answered).toBe(year.answered);
        expect(first.answerDays + second.answerDays).toBe(year.answerDays);
        expect(second.open).toBe(year.open);
        for (const t of [first, second, year]) expect(t.byArea).toBe(t.sent);
        // Counted by hand: sent in 2024, answered in 2024, open at its end.
        const inYear = (d: string | undefined) => d !== undefined && d >= "2024-01-01" && d <= "2024-12-31";
        expect(year.sent).toBe(records.filter((p) => inYear(p.sent)).length);
        expect(year.answered).toBe(records.filter((p) => inYear(p.answered)).length);
        expect(year.open).toBe(
          records.filter((p) => p.sent <= "2024-12-31" && (p.answered === undefined || p.answered > "2024-12-31"))
            .length,
        );
      }),
      runs(200),
    );
  });
});

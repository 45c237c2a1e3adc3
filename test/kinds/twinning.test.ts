/**
 * The twinning kind (src/kinds/twinning.ts) through every step: its figures
 * at the edges of a period (established on the first and last day, ended on
 * them, established the day after), under both cut-off conventions; merged
 * from shards; compiled into Cluster II's report and compared with another
 * period; restated onto the units of 1 July 2025; rendered as text,
 * Markdown, HTML and JSON in both languages (no English in the Vietnamese),
 * written to docx and xlsx; and a property: summaries of split batches merge
 * to the summary of all, with `inForce + ended = active` and every
 * breakdown summing to `active`.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type * as z from "zod";
import type { TwinningRelation, TwinningRelationInput } from "../../src/entities/twinning.js";
import {
  type AnyRecordKind,
  compare,
  compile,
  type EmulationCluster,
  type Figure,
  merge,
  parseBatch,
  parsePeriod,
  RECORD_KIND_DECLARATIONS,
  type RENDER_FORMATS,
  render,
  reportSchemas,
  restate,
  summarize,
} from "../../src/index.js";
import { TwinningFiguresSchema, twinningKind, twinningView } from "../../src/kinds/twinning.js";
import { toDocx, toXlsx } from "../../src/office/index.js";
import { clusterII } from "../../src/samples/index.js";
import { englishWords } from "../_english.js";
import { runs } from "../fuzz/_hostile.js";
import { unzipText } from "../office/_tools.js";

/** The built-in kinds with this one (added once, whether or not the built-in list has it yet). */
const kinds = [...RECORD_KIND_DECLARATIONS.filter((k) => (k.name as string) !== twinningKind.name), twinningKind];

type Section = NonNullable<z.output<typeof TwinningFiguresSchema>>;
const twinningOf = (figures: object | undefined): Section | undefined =>
  (figures as { twinning?: Section } | undefined)?.twinning;
/** A section's figures as text, for comparing in one look. */
function text(section: Section | undefined): Record<string, unknown> | undefined {
  if (section === undefined) return undefined;
  const group = (g: Readonly<Record<string, Figure | undefined>> | undefined) =>
    g === undefined ? undefined : Object.fromEntries(Object.entries(g).map(([k, f]) => [k, f?.toString()]));
  return {
    inForce: section.inForce?.toString(),
    new: section.new?.toString(),
    active: section.active?.toString(),
    ended: section.ended?.toString(),
    byCountry: group(section.byCountry),
    byLevel: group(section.byLevel),
  };
}

const { cluster, members } = clusterII();
const H1 = parsePeriod("2024-H1");

const base = {
  localParty: { level: "commune", name: "xã Đàm Thủy" },
  foreignLocality: { name: "Shuolong Town", country: "CN", level: "town" },
  kind: "twinning",
  status: "in-force",
} as const;

/** Relations of Cluster II's members at the edges of the first half of 2024. */
const wire: TwinningRelationInput[] = [
  // Hà Nội: long in force, established on the first day, on the last day, and the day after.
  {
    ...base,
    member: "so-ngoai-vu-ha-noi",
    localParty: { level: "province", name: "thành phố Hà Nội" },
    foreignLocality: { name: "Seoul", country: "KR", level: "city" },
    kind: "friendship-cooperation",
    established: "2013-10-28",
  },
  {
    ...base,
    member: "so-ngoai-vu-ha-noi",
    localParty: { level: "province", name: "thành phố Hà Nội" },
    foreignLocality: { name: "Fukuoka Prefecture", country: "JP", level: "prefecture" },
    established: "2024-01-01",
    agreementId: "TTQT-2024-01",
  },
  {
    ...base,
    member: "so-ngoai-vu-ha-noi",
    localParty: { level: "ward", name: "phường Hoàn Kiếm" },
    foreignLocality: { name: "Vientiane", country: "LA", level: "city" },
    established: "2024-06-30",
  },
  {
    ...base,
    member: "so-ngoai-vu-ha-noi",
    localParty: { level: "province", name: "thành phố Hà Nội" },
    foreignLocality: { name: "Île-de-France", country: "FR", level: "region" },
    established: "2024-07-01",
  },
  // Bắc Giang: a district relation ending on the last day, one ending on the first, one ended the day before.
  {
    ...base,
    member: "so-ngoai-vu-bac-giang",
    localParty: { level: "district", name: "huyện Lục Ngạn" },
    foreignLocality: { name: "Pingxiang", country: "CN", level: "city" },
    established: "2016-05-01",
    ended: "2024-06-30",
    status: "ended",
  },
  {
    ...base,
    member: "so-ngoai-vu-bac-giang",
    foreignLocality: { name: "Aiding Town", country: "CN", level: "town" },
    established: "2019-03-01",
    ended: "2024-01-01",
    status: "ended",
  },
  {
    ...base,
    member: "so-ngoai-vu-bac-giang",
    foreignLocality: { name: "Xiashi Town", country: "CN", level: "town" },
    established: "2019-03-01",
    ended: "2023-12-31",
    status: "ended",
  },
  // Bắc Ninh: a suspended relation (it stands: in force) and a people-to-people one of a hamlet.
  {
    ...base,
    member: "vp-ubnd-bac-ninh",
    localParty: { level: "province", name: "tỉnh Bắc Ninh" },
    foreignLocality: { name: "Gyeonggi Province", country: "KR", level: "province" },
    kind: "friendship-cooperation",
    established: "2011-09-01",
    status: "suspended",
  },
  {
    ...base,
    member: "vp-ubnd-bac-ninh",
    localParty: { level: "hamlet", name: "thôn Đông Hồ" },
    foreignLocality: { name: "Mashan Village", country: "CN", level: "village" },
    kind: "people-to-people",
    established: "2023-12-20",
  },
  // Hà Nam: one relation, so that its merger into Ninh Bình shows.
  {
    ...base,
    member: "vp-ubnd-ha-nam",
    localParty: { level: "province", name: "tỉnh Hà Nam" },
    foreignLocality: { name: "Gunma Prefecture", country: "JP", level: "prefecture" },
    established: "2018-04-12",
  },
];

function decoded(): readonly TwinningRelation[] {
  const batch = parseBatch(twinningKind.schema, wire);
  expect(batch.invalid).toEqual([]);
  return batch.values;
}

function summary(records: readonly TwinningRelation[] = decoded(), period = H1) {
  return summarize({ twinnings: records }, { period, members, kinds });
}

const reportOf = (s: ReturnType<typeof summary>, member: string) =>
  twinningOf(s.reports.find((r) => r.member === member)?.figures);

describe("the twinning kind: its declaration", () => {
  it("has its names, bucket, section, aliases and signature, unique among the kinds", () => {
    expect([twinningKind.name, twinningKind.bucket, twinningKind.section]).toEqual([
      "twinning-relation",
      "twinnings",
      "twinning",
    ]);
    expect(twinningKind.aliases).toEqual(expect.arrayContaining(["twinning", "twinnings", "sister-city"]));
    for (const other of kinds.filter((k) => k !== twinningKind)) {
      expect(other.name).not.toBe(twinningKind.name);
      expect(other.bucket).not.toBe(twinningKind.bucket);
      expect(other.section).not.toBe(twinningKind.section);
      expect(other.signature.filter((f) => twinningKind.signature.includes(f))).toEqual([]);
      expect(other.aliases.filter((a) => twinningKind.aliases.includes(a))).toEqual([]);
    }
  });

  it("carries its view, field by field", () => {
    for (const [key, value] of Object.entries(twinningView))
      expect((twinningKind as unknown as Record<string, unknown>)[key], key).toBe(value);
  });

  it("gives its column after the columns of the kinds before it in the list, and before those after it", () => {
    const column = twinningView.words.figures.find((f) => f.column !== undefined);
    expect(column?.path).toBe("twinning.inForce");
    const at = RECORD_KIND_DECLARATIONS.findIndex((k) => k.name === twinningKind.name);
    const columns = (list: readonly AnyRecordKind[]) =>
      list.flatMap((k) => k.words.figures.flatMap((f) => (f.column === undefined ? [] : [f.column])));
    const order = column?.column?.order ?? 0;
    expect(columns(RECORD_KIND_DECLARATIONS.slice(0, at)).every((c) => c.order < order)).toBe(true);
    expect(columns(RECORD_KIND_DECLARATIONS.slice(at + 1)).every((c) => c.order > order)).toBe(true);
    expect(columns(RECORD_KIND_DECLARATIONS).filter((c) => c.key === column?.column?.key)).toHaveLength(1);
  });
});

describe("the twinning kind: its figures at the edges of a period", () => {
  it("counts in force at the close, new, active and ended, every record accounted for", () => {
    const s = summary();
    // Out of the period: established on 1 July; ended on 31 December 2023.
    expect(s.byKind.twinnings).toEqual({ input: 10, counted: 8, outsidePeriod: 2, unknownMember: 0 });
    expect(text(reportOf(s, "so-ngoai-vu-ha-noi"))).toEqual({
      inForce: "3",
      new: "2",
      active: "3",
      ended: "0",
      byCountry: { JP: "1", KR: "1", LA: "1" },
      byLevel: { province: "2", ward: "1" },
    });
    expect(text(reportOf(s, "so-ngoai-vu-bac-giang"))).toEqual({
      inForce: "0",
      new: "0",
      active: "2",
      ended: "2",
      byCountry: { CN: "2" },
      byLevel: { commune: "1", district: "1" },
    });
    expect(text(reportOf(s, "vp-ubnd-bac-ninh"))).toEqual({
      inForce: "2",
      new: "0",
      active: "2",
      ended: "0",
      byCountry: { CN: "1", KR: "1" },
      byLevel: { hamlet: "1", province: "1" },
    });
  });

  it("reads the administrative cut-off: 15 December to 14 June", () => {
    const s = summarize({ twinnings: decoded() }, { period: H1, convention: "administrative", members, kinds });
    // Bắc Ninh's hamlet relation of 20 December 2023 is new in the administrative first half of 2024.
    expect(reportOf(s, "vp-ubnd-bac-ninh")?.new?.toString()).toBe("1");
    // Hà Nội's relation of 30 June is not in it: in the period of 15 June to 14 December.
    expect(text(reportOf(s, "so-ngoai-vu-ha-noi"))?.active).toBe("2");
    // Bắc Giang's relations that ended on 31 December 2023 and 1 January 2024 ended in it; the one ending on 30 June is in force on 14 June.
    expect(text(reportOf(s, "so-ngoai-vu-bac-giang"))).toMatchObject({ inForce: "1", active: "3", ended: "2" });
  });

  it("counts a relation that ended on 30 June as neither in force nor active in the second half-year", () => {
    const s = summary(decoded(), parsePeriod("2024-H2"));
    expect(s.byKind.twinnings).toEqual({ input: 10, counted: 7, outsidePeriod: 3, unknownMember: 0 });
    expect(text(reportOf(s, "so-ngoai-vu-bac-giang"))).toMatchObject({ inForce: "0", active: "0", ended: "0" });
    expect(text(reportOf(s, "so-ngoai-vu-ha-noi"))).toMatchObject({ inForce: "4", new: "1", active: "4" });
  });

  it("fills its section beside the built-in ones, and only with the kinds given", () => {
    const s = summary();
    expect(s.records).toEqual({ input: 10, counted: 8, outsidePeriod: 2, unknownMember: 0 });
    const builtIn = summarize({}, { period: H1, members });
    expect(builtIn.records.input).toBe(0);
  });
});

describe("the twinning kind: merge, compile, compare, restate", () => {
  it("merges shards figure by figure: merge(summarize(A), summarize(B)) = summarize(A ∪ B)", () => {
    const all = decoded();
    const schema = reportSchemas(kinds).summary;
    const whole = schema.encode(summary(all));
    for (let cut = 0; cut <= all.length; cut++) {
      const merged = merge(summary(all.slice(0, cut)), summary(all.slice(cut)));
      expect(schema.encode(merged)).toEqual(whole);
      expect(JSON.stringify(schema.encode(merged))).toBe(JSON.stringify(whole));
    }
  });

  it("is compiled into Cluster II's totals, its breakdowns keyed in order", () => {
    const report = compile(summary(), cluster, H1, { members });
    const totals = twinningOf(report.totals);
    expect(text(totals)).toEqual({
      inForce: "6",
      new: "2",
      active: "8",
      ended: "2",
      byCountry: { CN: "3", JP: "2", KR: "2", LA: "1" },
      byLevel: { commune: "1", district: "1", hamlet: "1", province: "4", ward: "1" },
    });
    expect(Object.keys(totals?.byCountry ?? {})).toEqual(["CN", "JP", "KR", "LA"]);
    expect(report.notReported).not.toContain("so-ngoai-vu-bac-giang");
    expect(report.notReported).toContain("so-ngoai-vu-hai-phong");
  });

  it("is compared with another period: growth of the relations in force", () => {
    const then = compile(summary(), cluster, H1, { members });
    const now = compile(summary(decoded(), parsePeriod("2024-H2")), cluster, "2024-H2", { members });
    expect(text(twinningOf(now.totals))).toMatchObject({ inForce: "7", new: "1", active: "7", ended: "0" });
    const inForce = compare(now, then).figures.find((f) => f.path === "twinning.inForce");
    expect(inForce?.current.toString()).toBe("7");
    expect(inForce?.previous?.toString()).toBe("6");
    expect(inForce?.growth?.percent).toBe("16.7");
    const fewer = compile(summary(decoded().slice(0, 2)), cluster, H1, { members });
    const grown = compare(then, fewer).figures.find((f) => f.path === "twinning.inForce");
    expect(grown?.growth?.percent).toBe("200");
  });

  it("is restated onto the units of 1 July 2025: Bắc Giang and Bắc Ninh into the new Bắc Ninh, Hà Nam into Ninh Bình", () => {
    const { reports } = restate(summary().reports, { to: "2025-07-01", members });
    const bacNinh = reports.find((r) => r.member === "ngoai-vu-bac-ninh");
    expect(bacNinh?.mergedFrom).toEqual(["so-ngoai-vu-bac-giang", "vp-ubnd-bac-ninh"]);
    expect(text(twinningOf(bacNinh?.figures))).toEqual({
      inForce: "2",
      new: "0",
      active: "4",
      ended: "2",
      byCountry: { CN: "3", KR: "1" },
      // The levels are the parties' as they were: a district stays a district in a restated half-year.
      byLevel: { commune: "1", district: "1", hamlet: "1", province: "1" },
    });
    const ninhBinh = reports.find((r) => r.member === "vp-ubnd-ninh-binh");
    expect(ninhBinh?.mergedFrom).toEqual(["vp-ubnd-ha-nam"]);
    expect(twinningOf(ninhBinh?.figures)?.inForce?.toString()).toBe("1");

    // The restated half-year is comparable with one of the new units.
    const y2026: EmulationCluster = { ...cluster, years: [{ year: 2026, members: reports.map((r) => r.member) }] };
    const then = compile(reports, y2026, "2024-H1", { year: 2026 });
    expect(twinningOf(then.totals)?.inForce?.toString()).toBe("6");
  });
});

describe("the twinning kind: its words", () => {
  const report = () => compile(summary(), cluster, H1, { members });
  const out = (lang: "vi" | "en", format: (typeof RENDER_FORMATS)[number]) =>
    render(report(), { lang, format, members, kinds });
  const stripTags = (html: string) => html.replace(/<style[\s\S]*?<\/style>/g, " ").replace(/<[^>]*>/g, " ");

  it("is rendered in every format and both languages: its column and its part of the sentence", () => {
    for (const format of ["text", "markdown", "html"] as const) {
      expect(out("vi", format)).toContain("Quan hệ kết nghĩa, hữu nghị đang duy trì");
      expect(out("vi", format)).toContain("duy trì 6 quan hệ kết nghĩa, hữu nghị với địa phương nước ngoài");
      expect(out("en", format)).toContain("Twinning and friendship relations in force");
      expect(out("en", format)).toContain("kept 6 twinning and friendship relations with foreign localities");
    }
    expect(out("en", "html")).toContain('data-figure="total.twinnings"');
  });

  it("joins its action into the first clause after the agreements, with English plurals", () => {
    const en = render(report(), { lang: "en", members, kinds }).split("\n")[4];
    expect(en).toBe(
      "In the first half of 2024, Emulation Cluster II kept 6 twinning and friendship relations with foreign localities.",
    );
    const one = compile(summary(decoded().slice(0, 1)), cluster, H1, { members });
    expect(render(one, { lang: "en", members, kinds })).toContain(
      "kept 1 twinning or friendship relation with a foreign locality.",
    );
    expect(render(one, { lang: "vi", members, kinds })).toContain(
      "đã duy trì 1 quan hệ kết nghĩa, hữu nghị với địa phương nước ngoài.",
    );
  });

  it("writes no English word in Vietnamese, in any format", () => {
    for (const format of ["text", "markdown"] as const) expect(englishWords(out("vi", format))).toEqual([]);
    expect(englishWords(stripTags(out("vi", "html")))).toEqual([]);
    const json = JSON.parse(out("vi", "json")) as { summary: string[] };
    expect(englishWords(json.summary.join(" "))).toEqual([]);
    for (const f of twinningView.words.figures) expect(englishWords(f.label.vi), f.path).toEqual([]);
    for (const path of ["byCountry.CN", "byLevel.district", "byLevel.special-zone", "byLevel.hamlet"]) {
      const label = twinningView.words.breakdown?.(path.split("."), "vi", () => "Quan hệ kết nghĩa, hữu nghị trong kỳ");
      expect(englishWords(label ?? "x"), path).toEqual([]);
    }
  });

  it("labels its breakdowns by country name and local level, and no other path", () => {
    const label = (path: string, lang: "vi" | "en") =>
      twinningView.words.breakdown?.(path.split("."), lang, (p) =>
        p === "twinning.active" ? twinningView.words.figures[2]?.label[lang] : undefined,
      );
    expect(label("byCountry.CN", "vi")).toBe("Quan hệ kết nghĩa, hữu nghị trong kỳ: Trung Quốc");
    expect(label("byCountry.CN", "en")).toBe("Twinning and friendship relations in the period: China");
    expect(label("byLevel.special-zone", "vi")).toBe("Quan hệ kết nghĩa, hữu nghị trong kỳ: đặc khu");
    expect(label("byLevel.district", "en")).toBe("Twinning and friendship relations in the period: district level");
    expect(label("byCountry.ZZ", "en")).toBe("Twinning and friendship relations in the period: ZZ");
    // A level of a submitted report the kind does not know, and a catalog without the active figure's label.
    expect(label("byLevel.borough", "en")).toBe("Twinning and friendship relations in the period: borough");
    expect(twinningView.words.breakdown?.(["byCountry", "LA"], "en", () => undefined)).toBe("byCountry: Laos");
    expect(label("inForce", "en")).toBeUndefined();
    expect(label("byCountry", "en")).toBeUndefined();
    expect(label("byCountry.CN.extra", "en")).toBeUndefined();
    expect(label("newBy.CN", "en")).toBeUndefined();
  });

  it("says nothing of a section with no relation in force, and nothing the column may not state", () => {
    const sentence = twinningView.words.sentence;
    const none = twinningKind.figures(twinningKind.start());
    const t = {
      lang: "en" as const,
      count: (f: Figure) => f.toString(),
      money: () => "",
      plural: () => true,
      says: (key: string, value: unknown) => key !== "twinnings" && value !== undefined,
      joinList: (items: readonly string[]) => items.join(" and "),
    };
    expect(sentence?.say(none, { ...t, says: () => false })).toEqual({});
    expect(sentence?.say({ ...none }, t)).toEqual({});
    expect(sentence?.say({}, { ...t, says: () => true })).toEqual({});
  });

  it("encodes its section in the report's JSON, which decodes back with the kinds' schemas", () => {
    const json = JSON.parse(out("en", "json")) as {
      summary: string[];
      report: { totals: { twinning?: { inForce: unknown; byCountry: Record<string, unknown> } } };
    };
    expect(json.report.totals.twinning?.inForce).toEqual({ qualifier: "exact", count: "6" });
    expect(Object.keys(json.report.totals.twinning?.byCountry ?? {})).toEqual(["CN", "JP", "KR", "LA"]);
    expect(json.summary.join(" ")).toContain("kept 6 twinning and friendship relations");
    const back = reportSchemas(kinds).clusterReport.decode(
      JSON.parse(out("vi", "json")).report as z.input<ReturnType<typeof reportSchemas<typeof kinds>>["clusterReport"]>,
    );
    expect(twinningOf(back.totals)?.active?.toString()).toBe("8");
    expect(TwinningFiguresSchema.safeParse({ byCountry: { cn: { qualifier: "exact", count: "1" } } }).success).toBe(
      false,
    );
  });

  it("is written to a Word document and an Excel workbook in both languages, with its labels", async () => {
    const docxVi = unzipText(await toDocx(report(), { members, kinds }))["word/document.xml"] ?? "";
    expect(docxVi).toContain("Quan hệ kết nghĩa, hữu nghị đang duy trì");
    expect(docxVi).toContain("duy trì 6 quan hệ kết nghĩa, hữu nghị với địa phương nước ngoài");
    const docxEn = unzipText(await toDocx(report(), { lang: "en", members, kinds }))["word/document.xml"] ?? "";
    expect(docxEn).toContain("Twinning and friendship relations in force");
    expect(docxEn).toContain("kept 6 twinning and friendship relations with foreign localities");

    const strings = (lang: "vi" | "en") => {
      const xlsx = unzipText(toXlsx(report(), { lang, members, kinds }));
      return xlsx["xl/sharedStrings.xml"] ?? Object.values(xlsx).join("");
    };
    const en = strings("en");
    for (const label of [
      "Twinning and friendship relations in force",
      "New twinning and friendship relations",
      "Twinning and friendship relations in the period",
      "Twinning and friendship relations ended",
      "Twinning and friendship relations in the period: China",
      "Twinning and friendship relations in the period: hamlet",
      "twinning.inForce",
      "twinning.byCountry.CN",
    ])
      expect(en, label).toContain(label);
    const vi = strings("vi");
    for (const label of [
      "Quan hệ kết nghĩa, hữu nghị đang duy trì",
      "Quan hệ kết nghĩa, hữu nghị mới thiết lập",
      "Quan hệ kết nghĩa, hữu nghị chấm dứt",
      "Quan hệ kết nghĩa, hữu nghị trong kỳ: Hàn Quốc",
      "Quan hệ kết nghĩa, hữu nghị trong kỳ: cấp huyện",
    ])
      expect(vi, label).toContain(label);
  });
});

// ── a law: summaries of split batches merge to the summary of all ──────────

const MEMBERS = ["so-ngoai-vu-ha-noi", "so-ngoai-vu-bac-giang", "vp-ubnd-bac-ninh", "vp-ubnd-ha-nam"] as const;
const day = fc.integer({ min: 0, max: 2200 }).map((n) => new Date(Date.UTC(2021, 0, 1 + n)).toISOString().slice(0, 10));

/** A valid wire relation: any member, level, country and status, its days anywhere from 2021 to 2026. */
const relationArb: fc.Arbitrary<TwinningRelationInput> = fc
  .record({
    member: fc.constantFrom(...MEMBERS),
    level: fc.constantFrom("province", "district", "commune", "ward", "special-zone", "hamlet"),
    country: fc.constantFrom("CN", "LA", "KH", "KR", "JP"),
    established: day,
    length: fc.integer({ min: 0, max: 900 }),
    status: fc.constantFrom("in-force", "suspended", "ended"),
  })
  .map(({ member, level, country, established, length, status }) => ({
    member,
    // A district only before districts ended.
    localParty: { level: level === "district" && established >= "2025-07-01" ? "commune" : level, name: "Đàm Thủy" },
    foreignLocality: { name: "Shuolong Town", country, level: "town" },
    kind: "twinning",
    established,
    status,
    ...(status === "ended"
      ? { ended: new Date(Date.parse(established) + length * 86_400_000).toISOString().slice(0, 10) }
      : {}),
  }));

describe("the twinning kind: a property", () => {
  it("merge of the summaries of split batches = the summary of all; inForce + ended = active, new ≤ active, every breakdown sums to active", () => {
    const schema = reportSchemas(kinds).summary;
    fc.assert(
      fc.property(
        fc.array(relationArb, { maxLength: 30 }),
        fc.nat(),
        fc.constantFrom("2024-H1", "2024-H2", "2025", "2021-2025", "2026-H1"),
        (batch, at, p) => {
          const parsed = parseBatch(twinningKind.schema, batch);
          expect(parsed.invalid).toEqual([]);
          const records = parsed.values;
          const cut = records.length === 0 ? 0 : at % (records.length + 1);
          const period = parsePeriod(p);
          const all = summary(records, period);
          const merged = merge(summary(records.slice(0, cut), period), summary(records.slice(cut), period));
          expect(JSON.stringify(schema.encode(merged))).toBe(JSON.stringify(schema.encode(all)));
          let placed = 0;
          for (const r of all.reports) {
            const s = twinningOf(r.figures) as Section;
            const n = (f: Figure | undefined) => Number(f?.value ?? 0);
            const sum = (g: Readonly<Record<string, Figure | undefined>> | undefined) =>
              Object.values(g ?? {}).reduce((acc, f) => acc + n(f), 0);
            expect(n(s.inForce)).toBeLessThanOrEqual(n(s.active));
            expect(n(s.inForce) + n(s.ended)).toBe(n(s.active));
            expect(n(s.new)).toBeLessThanOrEqual(n(s.active));
            expect(sum(s.byCountry)).toBe(n(s.active));
            expect(sum(s.byLevel)).toBe(n(s.active));
            placed += n(s.active);
          }
          expect(placed).toBe(all.byKind.twinnings?.counted);
        },
      ),
      runs(150),
    );
  });
});

/**
 * Growth by a file: a record kind that exists only in this test, declared
 * with the same `declareKind` the built-in kinds use, goes through every
 * step and every output with no file under `src/` knowing of it: validated,
 * summarized, merged, compiled, compared, restated, rendered as text,
 * Markdown, HTML and JSON in both languages, and written to docx and xlsx.
 */
import { describe, expect, it } from "vitest";
import * as z from "zod";
import {
  CountFigureSchema,
  compare,
  compile,
  type Delegation,
  declareKind,
  Figure,
  Money,
  MoneyBag,
  MoneyTotalSchema,
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
import { toDocx, toXlsx } from "../../src/office/index.js";
import { clusterII } from "../../src/samples/index.js";
import { unzipText } from "../office/_tools.js";

/** A foreign press delegation received by a member (đoàn phóng viên nước ngoài): a kind the library does not have. */
const PressVisitSchema = z.object({
  member: z.string().min(1),
  arrived: z.iso.date(),
  country: z.string().regex(/^[A-Z]{2}$/),
  journalists: z.int().min(1).max(200),
  cost: z
    .object({ amount: z.string(), currency: z.string() })
    .transform((m) => Money.of(m.amount, m.currency))
    .optional(),
});
type PressVisit = z.output<typeof PressVisitSchema>;

const WORDS = {
  vi: { received: (f: string) => `đón ${f} đoàn phóng viên nước ngoài` },
  en: { received: (f: string, plural: boolean) => `hosted ${f} foreign press delegation${plural ? "s" : ""}` },
} as const;

const pressVisitKind = declareKind({
  name: "press-visit",
  bucket: "pressVisits",
  section: "press",
  title: "Foreign press delegation",
  aliases: ["press-visits"],
  signature: ["journalists"],
  schema: PressVisitSchema,
  figuresSchema: z
    .object({
      visits: CountFigureSchema.optional(),
      journalists: CountFigureSchema.optional(),
      cost: MoneyTotalSchema.optional(),
      byCountry: z.record(z.string(), CountFigureSchema).optional(),
    })
    .optional(),
  member: (v: PressVisit) => v.member,
  place: (v: PressVisit, range) => (v.arrived >= range.start && v.arrived <= range.end ? true : undefined),
  start: () => ({ visits: 0, journalists: 0, costs: [] as Money[], countries: new Map<string, number>() }),
  add(acc, v: PressVisit) {
    acc.visits++;
    acc.journalists += v.journalists;
    if (v.cost !== undefined) acc.costs.push(v.cost);
    acc.countries.set(v.country, (acc.countries.get(v.country) ?? 0) + 1);
  },
  figures: (acc) => ({
    visits: Figure.count(acc.visits),
    journalists: Figure.count(acc.journalists),
    cost: { qualifier: "exact" as const, amounts: MoneyBag.from(acc.costs) },
    byCountry: Object.fromEntries([...acc.countries].sort().map(([c, n]) => [c, Figure.count(n)])),
  }),
  words: {
    figures: [
      {
        path: "press.visits",
        label: { vi: "Đoàn phóng viên", en: "Press delegations" },
        column: { key: "pressVisits", order: 20 },
      },
      { path: "press.journalists", label: { vi: "Số phóng viên", en: "Journalists" } },
      { path: "press.cost", label: { vi: "Kinh phí đón phóng viên", en: "Press costs" } },
    ],
    breakdown: ([group, key], lang) =>
      group === "byCountry" && key !== undefined ? `${{ vi: "Phóng viên", en: "Press" }[lang]}: ${key}` : undefined,
    sentence: {
      order: 6,
      say: (s, t) =>
        s.visits !== undefined && t.says("pressVisits", s.visits)
          ? { actions: [WORDS[t.lang].received(t.count(s.visits), t.plural(s.visits))] }
          : {},
    },
  },
});

const kinds = [...RECORD_KIND_DECLARATIONS, pressVisitKind] as const;

/** The kind's section of figures that compile and restate pass through (typed by the built-in list). */
type PressFigures = NonNullable<z.output<typeof pressVisitKind.figuresSchema>>;
const pressOf = (figures: object | undefined): PressFigures | undefined =>
  (figures as { press?: PressFigures } | undefined)?.press;
const { cluster, members } = clusterII();
const H1 = parsePeriod("2024-H1");

const wire = [
  {
    member: "so-ngoai-vu-ha-noi",
    arrived: "2024-02-10",
    country: "JP",
    journalists: 6,
    cost: { amount: "12000000", currency: "VND" },
  },
  { member: "so-ngoai-vu-ha-noi", arrived: "2024-05-03", country: "KR", journalists: 4 },
  {
    member: "so-ngoai-vu-hai-phong",
    arrived: "2024-03-21",
    country: "JP",
    journalists: 3,
    cost: { amount: "800", currency: "USD" },
  },
  { member: "so-ngoai-vu-bac-giang", arrived: "2024-04-02", country: "CN", journalists: 5 },
  { member: "vp-ubnd-bac-ninh", arrived: "2024-06-30", country: "CN", journalists: 2 },
  { member: "so-ngoai-vu-hai-phong", arrived: "2024-08-01", country: "FR", journalists: 9 },
];

function decoded(): PressVisit[] {
  const batch = parseBatch(pressVisitKind.schema, wire);
  expect(batch.invalid).toEqual([]);
  return batch.valid.map((v) => v.value);
}

const delegation: Delegation = {
  member: "so-ngoai-vu-ha-noi",
  direction: "outgoing",
  start: "2024-03-04",
  end: "2024-03-08",
  countries: ["JP"],
  ledBy: "people-committee-vice-chair",
  headcount: 8,
  purpose: "Press cooperation",
  status: "completed",
};

function summary(records: readonly PressVisit[] = decoded()) {
  return summarize({ delegations: [delegation], pressVisits: records }, { period: H1, members, kinds });
}

describe("a record kind declared outside the library", () => {
  it("is validated by its own schema, with coded issues for a bad record", () => {
    const batch = parseBatch(pressVisitKind.schema, [...wire, { ...wire[0], journalists: 0 }]);
    expect(batch.valid).toHaveLength(wire.length);
    expect(batch.invalid).toHaveLength(1);
    expect(batch.invalid[0]?.index).toBe(wire.length);
    expect(batch.invalid[0]?.issues.map((i) => [i.code, i.path])).toEqual([["OUT_OF_RANGE", ["journalists"]]]);
  });

  it("is summarized in its own bucket and section, every record accounted for", () => {
    const s = summary();
    expect(s.byKind.pressVisits).toEqual({ input: 6, counted: 5, outsidePeriod: 1, unknownMember: 0 });
    expect(s.records).toEqual({ input: 7, counted: 6, outsidePeriod: 1, unknownMember: 0 });
    const hanoi = s.reports.find((r) => r.member === "so-ngoai-vu-ha-noi");
    const press = hanoi?.figures.press;
    expect(press?.visits?.toString()).toBe("2");
    expect(press?.journalists?.toString()).toBe("10");
    expect(press?.cost?.amounts.toString()).toBe("12000000 VND");
    // The built-in sections are filled beside it.
    expect(hanoi?.figures.delegations?.outgoing?.toString()).toBe("1");
  });

  it("summarizes the same in shards: merge(summarize(A), summarize(B)) = summarize(A ∪ B)", () => {
    const all = decoded();
    const schema = reportSchemas(kinds).summary;
    const whole = schema.encode(summary(all));
    for (let cut = 0; cut <= all.length; cut++) {
      const a = summarize({ pressVisits: all.slice(0, cut) }, { period: H1, members, kinds });
      const b = summarize({ delegations: [delegation], pressVisits: all.slice(cut) }, { period: H1, members, kinds });
      expect(schema.encode(merge(a, b))).toEqual(whole);
    }
  });

  it("is compiled into a cluster's totals and compared with another period", () => {
    const report = compile(summary(), cluster, H1, { members });
    const totals = pressOf(report.totals);
    expect(totals?.visits?.toString()).toBe("5");
    expect(Object.keys(totals?.byCountry ?? {})).toEqual(["CN", "JP", "KR"]);
    expect(totals?.byCountry?.CN?.toString()).toBe("2");
    expect(report.notReported).not.toContain("so-ngoai-vu-bac-giang");

    const fewer = compile(summary(decoded().slice(0, 2)), cluster, H1, { members });
    const visits = compare(report, fewer).figures.find((f) => f.path === "press.visits");
    expect(visits?.current.toString()).toBe("5");
    expect(visits?.previous?.toString()).toBe("2");
    expect(visits?.growth?.percent).toBe("150");
  });

  it("is restated onto the successor of merged units", () => {
    const { reports } = restate(summary().reports, { to: "2025-07-01", members });
    const bacNinh = reports.find((r) => r.member === "ngoai-vu-bac-ninh");
    expect(bacNinh?.mergedFrom).toEqual(["so-ngoai-vu-bac-giang", "vp-ubnd-bac-ninh"]);
    const press = pressOf(bacNinh?.figures);
    expect(press?.visits?.toString()).toBe("2");
    expect(press?.journalists?.toString()).toBe("7");
  });

  it("is rendered in every format and both languages: its column, its labels, its part of the sentence", () => {
    const report = compile(summary(), cluster, H1, { members });
    const out = (lang: "vi" | "en", format: (typeof RENDER_FORMATS)[number]) =>
      render(report, { lang, format, members, kinds });
    for (const format of ["text", "markdown", "html"] as const) {
      expect(out("vi", format)).toContain("Đoàn phóng viên");
      expect(out("vi", format)).toContain("đón 5 đoàn phóng viên nước ngoài");
      expect(out("en", format)).toContain("Press delegations");
      expect(out("en", format)).toContain("hosted 5 foreign press delegations");
    }
    expect(out("en", "html")).toContain('data-figure="total.pressVisits"');
    // Without the kinds, the section is not worded (the built-in list does not know it).
    expect(render(report, { lang: "en", members })).not.toContain("press");
    // JSON: the report's wire form, with the kind's section encoded by its own schema.
    const json = JSON.parse(out("en", "json")) as {
      summary: string[];
      report: { totals: { press?: { visits: unknown; cost: unknown } } };
    };
    expect(json.report.totals.press?.visits).toEqual({ qualifier: "exact", count: "5" });
    expect(json.summary.join(" ")).toContain("hosted 5 foreign press delegations");
    const back = reportSchemas(kinds).clusterReport.decode(
      JSON.parse(out("vi", "json")).report as z.input<ReturnType<typeof reportSchemas<typeof kinds>>["clusterReport"]>,
    );
    expect(back.totals.press?.journalists?.toString()).toBe("20");
  });

  it("is written to a Word document and an Excel workbook", async () => {
    const report = compile(summary(), cluster, H1, { members });
    const docx = unzipText(await toDocx(report, { members, kinds }))["word/document.xml"] ?? "";
    expect(docx).toContain("Đoàn phóng viên");
    expect(docx).toContain("đón 5 đoàn phóng viên nước ngoài");

    const xlsx = unzipText(toXlsx(report, { lang: "en", members, kinds }));
    const strings = xlsx["xl/sharedStrings.xml"] ?? Object.values(xlsx).join("");
    expect(strings).toContain("Press delegations");
    expect(strings).toContain("Journalists");
    expect(strings).toContain("Press costs (USD)");
    expect(strings).toContain("Press: KR");
    expect(strings).toContain("press.visits");
  });
});

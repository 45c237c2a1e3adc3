/**
 * The international-conference kind (src/kinds/conference.ts), passed as
 * `kinds` beside the built-in ones: placed in a period by its first day,
 * counted by status (held, planned, cancelled apart) and the held ones by
 * authority, form and participant country, with participants and funding;
 * merged from shards (a law checked on generated records), compiled into a
 * cluster's report, compared, restated onto merged units, rendered in every
 * format and both languages (no English in the Vietnamese), and written to
 * Word and Excel with its labels.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type * as z from "zod";
import {
  type InternationalConference,
  type InternationalConferenceInput,
  InternationalConferenceSchema,
} from "../../src/entities/conference.js";
import {
  compare,
  compile,
  type Delegation,
  Figure,
  figureCatalog,
  merge,
  parse,
  parseBatch,
  parsePeriod,
  RECORD_KIND_DECLARATIONS,
  render,
  reportSchemas,
  restate,
  summarize,
} from "../../src/index.js";
import { ConferenceFiguresSchema, conferenceKind, conferenceView } from "../../src/kinds/conference.js";
import { toDocx, toXlsx } from "../../src/office/index.js";
import { clusterII } from "../../src/samples/index.js";
import { englishWords } from "../_english.js";
import { runs } from "../fuzz/_hostile.js";
import { unzipText } from "../office/_tools.js";
import { tools } from "./_tools.js";

// Built in: the list of the built-in kinds holds it.
const kinds = RECORD_KIND_DECLARATIONS;
type Section = NonNullable<z.output<typeof ConferenceFiguresSchema>>;
const sectionOf = (figures: object | undefined): Section | undefined =>
  (figures as { conferences?: Section } | undefined)?.conferences;

const { cluster, members } = clusterII();
const H1 = parsePeriod("2024-H1");

function conference(over: Partial<Record<keyof InternationalConferenceInput, unknown>>): InternationalConferenceInput {
  return {
    member: "so-ngoai-vu-hai-phong",
    title: "Hội thảo quốc tế",
    form: "in-person",
    start: "2024-03-12",
    end: "2024-03-13",
    coOrganisers: [],
    participantCountries: [],
    participants: { foreign: 1, total: 10 },
    approval: { authority: "provincial-people-committee-chair", date: "2024-01-02" },
    status: "held",
    ...over,
  } as InternationalConferenceInput;
}

const pm = { authority: "prime-minister", date: "2024-01-02" } as const;
const wire: readonly InternationalConferenceInput[] = [
  conference({
    title: "Hội thảo quốc tế về kinh tế biển",
    province: "31",
    participantCountries: ["KR", "JP"],
    participants: { foreign: 40, total: 160 },
    funding: [
      { source: "state-budget", amount: { amount: "350000000", currency: "VND" } },
      { source: "foreign", amount: { amount: "12000.00", currency: "USD" } },
    ],
  }),
  // Opens on the period's last day and ends in the next: counted by its first day.
  conference({
    form: "online",
    start: "2024-06-30",
    end: "2024-07-01",
    participantCountries: ["LA", "KH"],
    participants: { foreign: 25, total: 60 },
    approval: pm,
  }),
  conference({
    member: "so-ngoai-vu-ha-noi",
    form: "hybrid",
    province: "01",
    start: "2024-04-20",
    end: "2024-04-21",
    participantCountries: ["JP", "FR"],
    participants: { foreign: 100, total: 400 },
    funding: [{ source: "sponsorship", amount: { amount: "5000.50", currency: "USD" } }],
  }),
  conference({ member: "so-ngoai-vu-ha-noi", status: "planned", start: "2024-06-10", end: "2024-06-10" }),
  conference({ member: "so-ngoai-vu-bac-giang", status: "cancelled", start: "2024-02-01", end: "2024-02-01" }),
  conference({
    member: "vp-ubnd-bac-ninh",
    province: "27",
    start: "2024-05-05",
    end: "2024-05-05",
    participantCountries: ["KR"],
    participants: { foreign: 5, total: 30 },
  }),
  // 18:30 UTC on 30 June is 1 July in Vietnam: the second half-year.
  conference({ start: "2024-06-30T18:30:00Z", end: "2024-07-01" }),
  conference({ member: "so-ngoai-vu-ha-noi", start: "2024-08-15", end: "2024-08-16" }),
];

function decoded(): InternationalConference[] {
  const batch = parseBatch(InternationalConferenceSchema, wire);
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
  purpose: "Investment promotion",
  status: "completed",
};

function summary(records: readonly InternationalConference[] = decoded()) {
  return summarize({ delegations: [delegation], conferences: records }, { period: H1, members, kinds });
}

const report = () => compile(summary(), cluster, H1, { members });
const str = (f: Figure | null | undefined) => f?.toString();

describe("the conference kind's declaration", () => {
  it("names its entity, bucket, section, aliases and detection fields", () => {
    expect([conferenceKind.name, conferenceKind.bucket, conferenceKind.section]).toEqual([
      "international-conference",
      "conferences",
      "conferences",
    ]);
    expect(conferenceKind.aliases).toEqual(
      expect.arrayContaining(["conference", "conferences", "international-conferences", "seminar"]),
    );
    expect(conferenceKind.signature).toEqual(["participants", "approval"]);
    expect(conferenceKind.schema).toBe(InternationalConferenceSchema);
  });

  it("has detection fields and names no other built-in kind has", () => {
    expect(RECORD_KIND_DECLARATIONS.filter((k) => k.name === conferenceKind.name)).toEqual([conferenceKind]);
    for (const k of RECORD_KIND_DECLARATIONS.filter((other) => other !== conferenceKind)) {
      for (const field of conferenceKind.signature) expect(k.signature, k.name).not.toContain(field);
      for (const name of [conferenceKind.name, ...conferenceKind.aliases]) {
        expect([k.name, ...k.aliases], k.name).not.toContain(name);
        expect(k.bucket).not.toBe(conferenceKind.bucket);
        expect(k.section).not.toBe(conferenceKind.section);
      }
    }
  });

  it("tells its records apart by its detection fields: every one of them is a required field of its schema", () => {
    const shape = InternationalConferenceSchema.shape;
    for (const field of conferenceKind.signature)
      expect(shape[field as keyof typeof shape].safeParse(undefined).success).toBe(false);
  });

  it("carries its view, field by field", () => {
    for (const [key, value] of Object.entries(conferenceView))
      expect((conferenceKind as unknown as Record<string, unknown>)[key], key).toBe(value);
  });

  it("puts its column after the columns of the kinds before it, and before those of the kinds after it", () => {
    const keys = figureCatalog(kinds).columns.map((c) => c.key);
    expect(figureCatalog(kinds).columns.find((c) => c.key === "conferences")).toEqual({
      key: "conferences",
      path: "conferences.held",
      label: { vi: "Hội nghị, hội thảo quốc tế", en: "International conferences" },
    });
    expect(keys.indexOf("conferences")).toBe(keys.indexOf("ngoDisbursements") + 1);
    expect(keys.indexOf("twinnings")).toBe(keys.indexOf("conferences") + 1);
  });

  it("labels every figure of its section in both languages, with no English in the Vietnamese", () => {
    const catalog = figureCatalog(kinds);
    const paths = Object.keys(ConferenceFiguresSchema.unwrap().shape).filter((k) => !k.startsWith("by"));
    for (const key of paths) {
      const words = catalog.words(`conferences.${key}`);
      expect(words, key).toBeDefined();
      expect(englishWords(words?.label.vi ?? "")).toEqual([]);
    }
  });

  it("labels its breakdowns by authority, form and country in both languages", () => {
    const label = (path: string, lang: "vi" | "en") => figureCatalog(kinds).label(`conferences.${path}`, lang);
    expect(label("byAuthority.prime-minister", "vi")).toBe(
      "Hội nghị, hội thảo quốc tế: do Thủ tướng Chính phủ cho phép",
    );
    expect(label("byAuthority.provincial-people-committee-chair", "vi")).toBe(
      "Hội nghị, hội thảo quốc tế: do Chủ tịch UBND tỉnh cho phép",
    );
    expect(label("byAuthority.prime-minister", "en")).toBe(
      "International conferences: permitted by the Prime Minister",
    );
    expect(label("byForm.hybrid", "vi")).toBe("Hội nghị, hội thảo quốc tế: kết hợp trực tiếp và trực tuyến");
    expect(label("byForm.in-person", "en")).toBe("International conferences: in person");
    expect(label("byCountry.JP", "vi")).toBe("Hội nghị, hội thảo quốc tế: có đại biểu Nhật Bản");
    expect(label("byCountry.JP", "en")).toBe("International conferences: with participants from Japan");
    expect(label("byCountry.ZZ", "en")).toBe("International conferences: with participants from ZZ");
    expect(figureCatalog(kinds).isBreakdown("conferences.byForm.online")).toBe(true);
    expect(figureCatalog(kinds).isBreakdown("conferences.held")).toBe(false);
    expect(conferenceKind.words.breakdown?.(["byForm"], "en", () => undefined)).toBeUndefined();
    expect(conferenceKind.words.breakdown?.(["byCountry"], "en", () => undefined)).toBeUndefined();
    expect(conferenceKind.words.breakdown?.(["byAuthority"], "vi", () => undefined)).toBeUndefined();
    // Without a label for the held figure, the breakdown's own words alone.
    expect(conferenceKind.words.breakdown?.(["byForm", "online"], "en", () => undefined)).toBe(": online");
    expect(conferenceKind.words.breakdown?.(["other", "x"], "en", () => undefined)).toBeUndefined();
  });
});

describe("the conference kind's sentence", () => {
  const say = (section: Section, t: ReturnType<typeof tools>) => conferenceKind.words.sentence?.say(section, t);

  it("says the held conferences as an action, singular and plural, in both languages", () => {
    expect(say({ held: Figure.count(5) }, tools("vi"))).toEqual({ actions: ["tổ chức 5 hội nghị, hội thảo quốc tế"] });
    expect(say({ held: Figure.count(5) }, tools("en"))).toEqual({
      actions: ["held 5 international conferences and seminars"],
    });
    expect(say({ held: Figure.count(1) }, tools("en"))).toEqual({
      actions: ["held 1 international conference or seminar"],
    });
    expect(say({ held: Figure.count(1, "about") }, tools("en"))).toEqual({
      actions: ["held about 1 international conferences and seminars"],
    });
  });

  it("says nothing of no conferences, of planned or cancelled ones alone, or of a column the tools refuse", () => {
    expect(say({ held: Figure.count(0), planned: Figure.count(3), cancelled: Figure.count(1) }, tools("en"))).toEqual(
      {},
    );
    expect(say({}, tools("en", { allowAll: true }))).toEqual({});
    expect(say({ held: Figure.count(4) }, tools("en", { skip: ["conferences"] }))).toEqual({});
  });
});

describe("summarizing conferences", () => {
  it("places each conference by its first day and accounts for every record", () => {
    const s = summary();
    expect(s.byKind.conferences).toEqual({ input: 8, counted: 6, outsidePeriod: 2, unknownMember: 0 });
    expect(s.records).toEqual({ input: 9, counted: 7, outsidePeriod: 2, unknownMember: 0 });
  });

  it("counts held, planned and cancelled conferences apart, and the held ones by authority, form and country", () => {
    const report = summary().reports;
    const haiPhong = sectionOf(report.find((r) => r.member === "so-ngoai-vu-hai-phong")?.figures);
    expect(str(haiPhong?.held)).toBe("2");
    expect(str(haiPhong?.planned)).toBe("0");
    expect(str(haiPhong?.cancelled)).toBe("0");
    expect(Object.entries(haiPhong?.byAuthority ?? {}).map(([k, v]) => [k, str(v)])).toEqual([
      ["prime-minister", "1"],
      ["provincial-people-committee-chair", "1"],
    ]);
    expect(Object.entries(haiPhong?.byForm ?? {}).map(([k, v]) => [k, str(v)])).toEqual([
      ["in-person", "1"],
      ["online", "1"],
    ]);
    expect(Object.entries(haiPhong?.byCountry ?? {}).map(([k, v]) => [k, str(v)])).toEqual([
      ["JP", "1"],
      ["KH", "1"],
      ["KR", "1"],
      ["LA", "1"],
    ]);
    expect(str(haiPhong?.participants)).toBe("220");
    expect(str(haiPhong?.foreignParticipants)).toBe("65");
    expect(haiPhong?.funding?.qualifier).toBe("exact");
    expect(haiPhong?.funding?.amounts.toString()).toBe("12000.00 USD + 350000000 VND");

    const haNoi = sectionOf(report.find((r) => r.member === "so-ngoai-vu-ha-noi")?.figures);
    expect([str(haNoi?.held), str(haNoi?.planned), str(haNoi?.cancelled)]).toEqual(["1", "1", "0"]);
    // The planned conference adds nothing but itself.
    expect(str(haNoi?.participants)).toBe("400");
    expect(Object.keys(haNoi?.byCountry ?? {})).toEqual(["FR", "JP"]);

    const bacGiang = sectionOf(report.find((r) => r.member === "so-ngoai-vu-bac-giang")?.figures);
    expect([str(bacGiang?.held), str(bacGiang?.cancelled)]).toEqual(["0", "1"]);
    expect(bacGiang?.byAuthority).toEqual({});
    expect(bacGiang?.funding?.amounts.isEmpty()).toBe(true);
  });

  it("counts the second half-year's conferences there, the instant's included", () => {
    const s = summarize({ conferences: decoded() }, { period: "2024-H2", members, kinds });
    expect(s.byKind.conferences).toEqual({ input: 8, counted: 2, outsidePeriod: 6, unknownMember: 0 });
    const haiPhong = sectionOf(s.reports.find((r) => r.member === "so-ngoai-vu-hai-phong")?.figures);
    expect(str(haiPhong?.held)).toBe("1");
  });

  it("counts a conference of a member outside the cluster's list as of an unknown member", () => {
    const stranger = parse(InternationalConferenceSchema, conference({ member: "so-ngoai-vu-da-nang" }));
    const s = summarize({ conferences: [stranger] }, { period: H1, members, kinds });
    expect(s.byKind.conferences).toEqual({ input: 1, counted: 0, outsidePeriod: 0, unknownMember: 1 });
  });

  it("sums shards: merge(summarize(A), summarize(B)) = summarize(A ∪ B) at every cut", () => {
    const all = decoded();
    const schema = reportSchemas(kinds).summary;
    const whole = schema.encode(summary(all));
    for (let cut = 0; cut <= all.length; cut++) {
      const a = summarize({ conferences: all.slice(0, cut) }, { period: H1, members, kinds });
      const b = summarize({ delegations: [delegation], conferences: all.slice(cut) }, { period: H1, members, kinds });
      expect(schema.encode(merge(a, b))).toEqual(whole);
      expect(schema.encode(merge(b, a))).toEqual(whole);
    }
  });
});

describe("property: generated conferences", () => {
  const MEMBERS = ["so-ngoai-vu-hai-phong", "so-ngoai-vu-ha-noi", "vp-ubnd-bac-ninh", "vp-ubnd-ha-nam"] as const;
  const day = fc
    .integer({ min: 0, max: 365 })
    .map((n) => new Date(Date.UTC(2024, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
  const record: fc.Arbitrary<InternationalConference> = fc
    .record({
      member: fc.constantFrom(...MEMBERS),
      form: fc.constantFrom("in-person", "online", "hybrid"),
      status: fc.constantFrom("planned", "held", "cancelled"),
      authority: fc.constantFrom("prime-minister", "provincial-people-committee-chair"),
      start: day,
      countries: fc.uniqueArray(fc.constantFrom("JP", "KR", "CN", "LA", "FR"), { maxLength: 4 }),
      total: fc.integer({ min: 1, max: 500 }),
      share: fc.double({ min: 0, max: 1, noNaN: true }),
      funding: fc.array(
        fc.tuple(
          fc.constantFrom("state-budget", "foreign", "sponsorship", "other"),
          fc.oneof(
            fc.bigInt({ min: 0n, max: 10n ** 13n }).map((n) => ({ amount: String(n), currency: "VND" })),
            fc.bigInt({ min: 0n, max: 10n ** 9n }).map((n) => ({
              amount: `${n / 100n}.${String(n % 100n).padStart(2, "0")}`,
              currency: "USD",
            })),
          ),
        ),
        { maxLength: 3 },
      ),
    })
    .map((r) =>
      parse(
        InternationalConferenceSchema,
        conference({
          member: r.member,
          form: r.form,
          status: r.status,
          start: r.start,
          end: r.start,
          approval: { authority: r.authority, date: "2024-01-01" },
          participantCountries: r.countries,
          participants: { foreign: Math.floor(r.total * r.share), total: r.total },
          funding: r.funding.map(([source, amount]) => ({ source, amount })),
        }),
      ),
    );

  it("merge of the summaries of any split = the summary of all (and either order)", () => {
    const schema = reportSchemas(kinds).summary;
    fc.assert(
      fc.property(fc.array(fc.tuple(record, fc.boolean()), { maxLength: 25 }), (pairs) => {
        const all = pairs.map(([r]) => r);
        const a = pairs.filter(([, left]) => left).map(([r]) => r);
        const b = pairs.filter(([, left]) => !left).map(([r]) => r);
        const of = (rs: InternationalConference[]) => summarize({ conferences: rs }, { period: H1, members, kinds });
        const whole = schema.encode(of(all));
        expect(schema.encode(merge(of(a), of(b)))).toEqual(whole);
        expect(schema.encode(merge(of(b), of(a)))).toEqual(whole);
      }),
      runs(60),
    );
  });

  it("held = the sum by authority = the sum by form, and held + planned + cancelled = the records counted", () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 25 }), (rs) => {
        const s = summarize({ conferences: rs }, { period: H1, members, kinds });
        let counted = 0;
        for (const r of s.reports) {
          const c = sectionOf(r.figures);
          if (c === undefined) continue;
          const sum = (g: Partial<Record<string, Figure>> | undefined) =>
            Object.values(g ?? {}).reduce((n, f) => n + Number(f?.toString() ?? 0), 0);
          const held = Number(str(c.held));
          expect(sum(c.byAuthority)).toBe(held);
          expect(sum(c.byForm)).toBe(held);
          expect(Number(str(c.foreignParticipants))).toBeLessThanOrEqual(Number(str(c.participants)));
          counted += held + Number(str(c.planned)) + Number(str(c.cancelled));
        }
        expect(counted).toBe(s.byKind.conferences?.counted);
      }),
      runs(60),
    );
  });
});

describe("a cluster's report with conferences", () => {
  it("totals the members' conferences, figure by figure, and lists who reported", () => {
    const r = report();
    const totals = sectionOf(r.totals);
    expect([str(totals?.held), str(totals?.planned), str(totals?.cancelled)]).toEqual(["4", "1", "1"]);
    expect(Object.entries(totals?.byAuthority ?? {}).map(([k, v]) => [k, str(v)])).toEqual([
      ["prime-minister", "1"],
      ["provincial-people-committee-chair", "3"],
    ]);
    expect(str(totals?.byForm?.["in-person"])).toBe("2");
    expect(Object.entries(totals?.byCountry ?? {}).map(([k, v]) => [k, str(v)])).toEqual([
      ["FR", "1"],
      ["JP", "2"],
      ["KH", "1"],
      ["KR", "2"],
      ["LA", "1"],
    ]);
    expect([str(totals?.participants), str(totals?.foreignParticipants)]).toEqual(["650", "170"]);
    expect(totals?.funding?.amounts.toString()).toBe("17000.50 USD + 350000000 VND");
    for (const id of ["so-ngoai-vu-hai-phong", "so-ngoai-vu-ha-noi", "so-ngoai-vu-bac-giang", "vp-ubnd-bac-ninh"])
      expect(r.notReported).not.toContain(id);
  });

  it("is compared with a period of fewer conferences, growth per figure", () => {
    const fewer = compile(summary(decoded().slice(0, 1)), cluster, H1, { members });
    const comparison = compare(report(), fewer);
    const held = comparison.figures.find((f) => f.path === "conferences.held");
    expect([str(held?.current), str(held?.previous), held?.growth?.percent]).toEqual(["4", "1", "300"]);
    const participants = comparison.figures.find((f) => f.path === "conferences.participants");
    expect([str(participants?.current), str(participants?.previous)]).toEqual(["650", "160"]);
  });

  it("is restated onto the successor of the units merged on 1 July 2025", () => {
    const { reports } = restate(summary().reports, { to: "2025-07-01", members });
    const bacNinh = reports.find((r) => r.member === "ngoai-vu-bac-ninh");
    expect(bacNinh?.mergedFrom).toEqual(["so-ngoai-vu-bac-giang", "vp-ubnd-bac-ninh"]);
    const c = sectionOf(bacNinh?.figures);
    expect([str(c?.held), str(c?.cancelled), str(c?.participants)]).toEqual(["1", "1", "30"]);
    expect(Object.keys(c?.byCountry ?? {})).toEqual(["KR"]);
  });
});

describe("rendering a report with conferences", () => {
  const out = (lang: "vi" | "en", format: "text" | "markdown" | "html" | "json") =>
    render(report(), { lang, format, members, kinds });

  it("gives its column, its labels and its part of the sentence in text, Markdown and HTML, in both languages", () => {
    for (const format of ["text", "markdown", "html"] as const) {
      const vi = out("vi", format);
      expect(vi).toContain("Hội nghị, hội thảo quốc tế");
      expect(vi).toContain("tổ chức 4 hội nghị, hội thảo quốc tế");
      const en = out("en", format);
      expect(en).toContain("International conferences");
      expect(en).toContain("held 4 international conferences and seminars");
    }
    expect(out("en", "html")).toContain('data-figure="total.conferences"');
    expect(out("en", "text").split("\n")[4]).toBe(
      "In the first half of 2024, Emulation Cluster II organised 1 outgoing delegation and held 4 international conferences and seminars.",
    );
    expect(out("vi", "text").split("\n")[4]).toBe(
      "Trong 6 tháng đầu năm 2024, Cụm thi đua số II đã tổ chức 1 đoàn ra, tổ chức 4 hội nghị, hội thảo quốc tế.",
    );
  });

  it("has no English word in the Vietnamese text and Markdown", () => {
    for (const format of ["text", "markdown"] as const) {
      const found = out("vi", format)
        .split("\n")
        .filter((line) => englishWords(line).length > 0);
      expect(found).toEqual([]);
    }
  });

  it("says a single conference in the singular", () => {
    const one = compile(summary(decoded().slice(0, 1)), cluster, H1, { members });
    expect(render(one, { lang: "en", members, kinds })).toContain("held 1 international conference or seminar.");
  });

  it("is worded by default: the built-in list holds it", () => {
    expect(render(report(), { lang: "en", members })).toContain("held 4 international conferences and seminars");
  });

  it("writes the report's wire form as JSON, its section encoded by its own schema, both languages", () => {
    for (const lang of ["vi", "en"] as const) {
      const json = JSON.parse(out(lang, "json")) as {
        summary: string[];
        report: { totals: { conferences?: { held: unknown; funding: unknown } } };
      };
      expect(json.report.totals.conferences?.held).toEqual({ qualifier: "exact", count: "4" });
      expect(json.report.totals.conferences?.funding).toEqual({
        qualifier: "exact",
        amounts: [
          { amount: "17000.50", currency: "USD" },
          { amount: "350000000", currency: "VND" },
        ],
      });
      expect(json.summary.join(" ")).toContain(
        lang === "vi" ? "tổ chức 4 hội nghị, hội thảo quốc tế" : "held 4 international conferences and seminars",
      );
      const back = reportSchemas(kinds).clusterReport.decode(
        json.report as z.input<ReturnType<typeof reportSchemas<typeof kinds>>["clusterReport"]>,
      );
      expect(str(back.totals.conferences?.foreignParticipants)).toBe("170");
      expect(str(back.totals.conferences?.byAuthority?.["prime-minister"])).toBe("1");
    }
  });
});

describe("Word and Excel with conferences", () => {
  it("writes the label and the sentence into the Word document", async () => {
    const docx = unzipText(await toDocx(report(), { members, kinds }))["word/document.xml"] ?? "";
    expect(docx).toContain("Hội nghị, hội thảo quốc tế");
    expect(docx).toContain("tổ chức 4 hội nghị, hội thảo quốc tế");
  });

  it("writes every figure's label, its breakdowns and the funding per currency into the workbook, in both languages", () => {
    const strings = (lang: "vi" | "en") => {
      const xlsx = unzipText(toXlsx(report(), { lang, members, kinds }));
      return xlsx["xl/sharedStrings.xml"] ?? Object.values(xlsx).join("");
    };
    const en = strings("en");
    for (const text of [
      "International conferences",
      "Planned international conferences",
      "Cancelled international conferences",
      "Conference participants",
      "Foreign conference participants",
      "Conference funding (VND)",
      "Conference funding (USD)",
      "International conferences: permitted by the Prime Minister",
      "International conferences: online",
      "International conferences: with participants from Japan",
      "conferences.held",
    ])
      expect(en, text).toContain(text);
    const vi = strings("vi");
    for (const text of [
      "Hội nghị, hội thảo quốc tế dự kiến",
      "Hội nghị, hội thảo quốc tế bị hủy",
      "Đại biểu nước ngoài dự hội nghị, hội thảo quốc tế",
      "Kinh phí hội nghị, hội thảo quốc tế (VND)",
      "Hội nghị, hội thảo quốc tế: do Chủ tịch UBND tỉnh cho phép",
      "Hội nghị, hội thảo quốc tế: trực tuyến",
    ])
      expect(vi, text).toContain(text);
  });
});

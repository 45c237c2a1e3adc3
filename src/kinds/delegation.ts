/**
 * Delegations (đoàn ra, đoàn vào): placed in a period by their start day;
 * counted by direction, by country and by leader level, with people and
 * cost; a cancelled delegation is counted apart.
 * @module
 */
import * as z from "zod";
import { byKey } from "../_lib/order.js";
import { type Delegation, DelegationSchema, LeaderLevelSchema } from "../entities/index.js";
import type { Lang } from "../errors/index.js";
import { Figure } from "../figure/index.js";
import { type Money, MoneyBag } from "../money/index.js";
import { CountryKeySchema, countryName } from "./_country.js";
import { CountFigureSchema, type DirectionCounts, DirectionCountsSchema, MoneyTotalSchema } from "./_figures.js";
import { kindOf, kindView } from "./_kind.js";

type LeaderLevel = z.output<typeof LeaderLevelSchema>;

/** The delegations section of a report's figures. */
export const DelegationFiguresSchema = z
  .object({
    outgoing: CountFigureSchema.optional(),
    incoming: CountFigureSchema.optional(),
    cancelled: CountFigureSchema.optional(),
    people: CountFigureSchema.optional(),
    cost: MoneyTotalSchema.optional(),
    byCountry: z.record(CountryKeySchema, DirectionCountsSchema).optional(),
    byLevel: z.partialRecord(LeaderLevelSchema, DirectionCountsSchema).optional(),
  })
  .optional();

interface Directions {
  o: number;
  i: number;
}

interface Acc {
  out: number;
  inc: number;
  cancelled: number;
  people: number;
  costs: Money[];
  countries: Map<string, Directions>;
  levels: Map<string, Directions>;
}

function directions(map: Map<string, Directions>): Record<string, DirectionCounts> {
  const out: Record<string, DirectionCounts> = {};
  for (const key of [...map.keys()].sort(byKey)) {
    const d = map.get(key) as Directions;
    out[key] = { outgoing: Figure.count(d.o), incoming: Figure.count(d.i) };
  }
  return out;
}

function bump(map: Map<string, Directions>, key: string, outgoing: boolean): void {
  let dir = map.get(key);
  if (dir === undefined) {
    dir = { o: 0, i: 0 };
    map.set(key, dir);
  }
  if (outgoing) dir.o++;
  else dir.i++;
}

/** Its words in each language: sentence fragments and the leader levels' names. */
const WORDS: Readonly<
  Record<
    Lang,
    {
      readonly outgoing: (f: string, plural: boolean) => string;
      readonly incoming: (f: string, plural: boolean) => string;
      readonly levels: Readonly<Record<LeaderLevel, string>>;
    }
  >
> = {
  vi: {
    outgoing: (f) => `tổ chức ${f} đoàn ra`,
    incoming: (f) => `đón ${f} đoàn vào`,
    levels: {
      "party-secretary": "Bí thư Tỉnh ủy",
      "people-committee-chair": "Chủ tịch UBND",
      "people-committee-vice-chair": "Phó Chủ tịch UBND",
      "department-head": "lãnh đạo sở, ngành",
      other: "cấp khác",
    },
  },
  en: {
    outgoing: (f, plural) => `organised ${f} outgoing delegation${plural ? "s" : ""}`,
    incoming: (f, plural) => `received ${f} incoming delegation${plural ? "s" : ""}`,
    levels: {
      "party-secretary": "party secretary",
      "people-committee-chair": "People's Committee chair",
      "people-committee-vice-chair": "People's Committee vice-chair",
      "department-head": "department head",
      other: "other level",
    },
  },
};

const directionsOrder = Object.keys(DirectionCountsSchema.shape);

/** The delegation kind's view: its names, its section of a report's figures and their words (no schema). */
export const delegationView = kindView({
  name: "delegation",
  bucket: "delegations",
  section: "delegations",
  title: "Delegation (outgoing or incoming)",
  figuresSchema: DelegationFiguresSchema,
  keyOrder: { byCountry: "sorted", "byCountry.*": directionsOrder, byLevel: "sorted", "byLevel.*": directionsOrder },
  words: {
    figures: [
      { path: "delegations.outgoing", label: { vi: "Đoàn ra", en: "Outgoing" }, column: { key: "outgoing", order: 1 } },
      {
        path: "delegations.incoming",
        label: { vi: "Đoàn vào", en: "Incoming" },
        column: { key: "incoming", order: 2 },
      },
      { path: "delegations.cancelled", label: { vi: "Đoàn hủy", en: "Cancelled delegations" } },
      { path: "delegations.people", label: { vi: "Số người trong các đoàn", en: "People in the delegations" } },
      {
        path: "delegations.cost",
        label: { vi: "Kinh phí đoàn", en: "Delegation costs" },
        column: { key: "delegationCost", order: 14 },
      },
    ],
    breakdown([group, key, dir], lang, label) {
      if ((group !== "byCountry" && group !== "byLevel") || key === undefined || dir === undefined) return undefined;
      const direction = label(`delegations.${dir}`) ?? dir;
      const of = group === "byCountry" ? countryName(key, lang) : (WORDS[lang].levels[key as LeaderLevel] ?? key);
      return `${direction}: ${of}`;
    },
    sentence: {
      order: 1,
      say(d, t) {
        const w = WORDS[t.lang];
        const actions: string[] = [];
        if (d.outgoing !== undefined && t.says("outgoing", d.outgoing))
          actions.push(w.outgoing(t.count(d.outgoing), t.plural(d.outgoing)));
        if (d.incoming !== undefined && t.says("incoming", d.incoming))
          actions.push(w.incoming(t.count(d.incoming), t.plural(d.incoming)));
        return { actions };
      },
    },
  },
});

/** The delegation kind. */
export const delegationKind = /* @__PURE__ */ kindOf(delegationView, {
  aliases: ["delegations"],
  signature: ["direction"],
  schema: DelegationSchema,
  member: (d: Delegation) => d.member,
  place: (d: Delegation, range) => (d.start >= range.start && d.start <= range.end ? true : undefined),
  start: (): Acc => ({ out: 0, inc: 0, cancelled: 0, people: 0, costs: [], countries: new Map(), levels: new Map() }),
  add(acc: Acc, d: Delegation) {
    if (d.status === "cancelled") {
      acc.cancelled++;
      return;
    }
    const outgoing = d.direction === "outgoing";
    if (outgoing) acc.out++;
    else acc.inc++;
    acc.people += d.headcount;
    if (d.cost !== undefined) acc.costs.push(d.cost);
    const countries = d.countries;
    for (let j = 0; j < countries.length; j++) bump(acc.countries, countries[j] as string, outgoing);
    bump(acc.levels, d.ledBy, outgoing);
  },
  figures: (acc: Acc) => ({
    outgoing: Figure.count(acc.out),
    incoming: Figure.count(acc.inc),
    cancelled: Figure.count(acc.cancelled),
    people: Figure.count(acc.people),
    cost: { qualifier: "exact" as const, amounts: MoneyBag.from(acc.costs) },
    byCountry: directions(acc.countries),
    byLevel: directions(acc.levels),
  }),
});

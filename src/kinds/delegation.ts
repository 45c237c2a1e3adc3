/**
 * Delegations (đoàn ra, đoàn vào): placed in a period by their start day;
 * counted by direction, by country and by leader level, with people and
 * cost; a cancelled delegation is counted apart.
 * @module
 */
import * as z from "zod";
import { type Delegation, DelegationSchema, LeaderLevelSchema } from "../entities/index.js";
import { Figure } from "../figure/index.js";
import { type Money, MoneyBag } from "../money/index.js";
import { CountFigureSchema, type DirectionCounts, DirectionCountsSchema, MoneyTotalSchema } from "./_figures.js";
import { byKey, declareKind } from "./_kind.js";

const CountryKeySchema = z.string().regex(/^[A-Z]{2}$/, { message: "an ISO 3166-1 alpha-2 code" });

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

/** The delegation kind. */
export const delegationKind = declareKind({
  name: "delegation",
  bucket: "delegations",
  section: "delegations",
  title: "Delegation (outgoing or incoming)",
  aliases: ["delegations"],
  signature: ["direction"],
  schema: DelegationSchema,
  figuresSchema: DelegationFiguresSchema,
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

/**
 * Twinning and friendship relations with foreign localities: placed in a
 * period when active in it (in force on at least one of its days); counted
 * as in force at its close, new (established in it), active and ended in
 * it, the active ones by the foreign locality's country and by the level of
 * the Vietnamese party. Every active relation is either in force at the
 * close or ended in the period, so `active = inForce + ended`.
 * @module
 */
import * as z from "zod";
import { byKey } from "../_lib/order.js";
import {
  isNewTwinning,
  isTwinningActive,
  isTwinningEndedIn,
  isTwinningInForce,
  type LocalPartyLevel,
  LocalPartyLevelSchema,
  type TwinningRelation,
  TwinningRelationSchema,
} from "../entities/index.js";
import type { Lang } from "../errors/index.js";
import { Figure } from "../figure/index.js";
import { CountryKeySchema, countryName } from "./_country.js";
import { CountFigureSchema } from "./_figures.js";
import { kindOf, kindView } from "./_kind.js";

/**
 * The twinning section of a report's figures: relations in force at the
 * period's close (`inForce`), established in it (`new`), active in it
 * (`active`: in force on at least one of its days), ended in it (`ended`),
 * and the active ones by the foreign locality's country (`byCountry`) and
 * by the level of the Vietnamese party (`byLevel`).
 *
 * @example
 * ```ts
 * import { FiguresSchema } from "ngoaivu";
 * const figures = FiguresSchema.decode({ twinning: { inForce: { qualifier: "about", count: "10" } } });
 * figures.twinning?.inForce?.toString(); //=> "about 10"
 * ```
 */
export const TwinningFiguresSchema = z
  .object({
    inForce: CountFigureSchema.optional(),
    new: CountFigureSchema.optional(),
    active: CountFigureSchema.optional(),
    ended: CountFigureSchema.optional(),
    byCountry: z.record(CountryKeySchema, CountFigureSchema).optional(),
    byLevel: z.partialRecord(LocalPartyLevelSchema, CountFigureSchema).optional(),
  })
  .optional();

interface Acc {
  inForce: number;
  new: number;
  active: number;
  ended: number;
  countries: Map<string, number>;
  levels: Map<string, number>;
}

interface Placed {
  readonly isNew: boolean;
  readonly inForce: boolean;
  readonly ended: boolean;
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

function counts(map: Map<string, number>): Record<string, Figure> {
  const out: Record<string, Figure> = {};
  for (const key of [...map.keys()].sort(byKey)) out[key] = Figure.count(map.get(key) as number);
  return out;
}

/** Its words in each language: its part of the sentence and the local levels' names. */
const WORDS: Readonly<
  Record<
    Lang,
    {
      readonly kept: (f: string, plural: boolean) => string;
      readonly levels: Readonly<Record<LocalPartyLevel, string>>;
    }
  >
> = {
  vi: {
    kept: (f) => `duy trì ${f} quan hệ kết nghĩa, hữu nghị với địa phương nước ngoài`,
    levels: {
      province: "cấp tỉnh",
      district: "cấp huyện",
      commune: "xã",
      ward: "phường",
      "special-zone": "đặc khu",
      hamlet: "thôn, bản",
    },
  },
  en: {
    kept: (f, plural) =>
      plural
        ? `kept ${f} twinning and friendship relations with foreign localities`
        : `kept ${f} twinning or friendship relation with a foreign locality`,
    levels: {
      province: "province level",
      district: "district level",
      commune: "commune",
      ward: "ward",
      "special-zone": "special zone",
      hamlet: "hamlet",
    },
  },
};

/**
 * The twinning kind's view: its names, its section of a report's figures
 * and their words (no schema).
 *
 * @example
 * ```ts
 * import { figureCatalog } from "ngoaivu";
 * figureCatalog().label("twinning.inForce", "en"); //=> "Twinning and friendship relations in force"
 * figureCatalog().label("twinning.byCountry.CN", "vi"); //=> "Quan hệ kết nghĩa, hữu nghị trong kỳ: Trung Quốc"
 * figureCatalog().label("twinning.byLevel.special-zone", "en"); //=> "Twinning and friendship relations in the period: special zone"
 * ```
 */
export const twinningView = kindView({
  name: "twinning-relation",
  bucket: "twinnings",
  section: "twinning",
  title: "Twinning or friendship relation with a foreign locality",
  figuresSchema: TwinningFiguresSchema,
  keyOrder: { byCountry: "sorted", byLevel: "sorted" },
  words: {
    figures: [
      {
        path: "twinning.inForce",
        label: { vi: "Quan hệ kết nghĩa, hữu nghị đang duy trì", en: "Twinning and friendship relations in force" },
        column: { key: "twinnings", order: 21 },
      },
      {
        path: "twinning.new",
        label: { vi: "Quan hệ kết nghĩa, hữu nghị mới thiết lập", en: "New twinning and friendship relations" },
      },
      {
        path: "twinning.active",
        label: {
          vi: "Quan hệ kết nghĩa, hữu nghị trong kỳ",
          en: "Twinning and friendship relations in the period",
        },
      },
      {
        path: "twinning.ended",
        label: { vi: "Quan hệ kết nghĩa, hữu nghị chấm dứt", en: "Twinning and friendship relations ended" },
      },
    ],
    breakdown([group, key, ...more], lang, label) {
      if ((group !== "byCountry" && group !== "byLevel") || key === undefined || more.length > 0) return undefined;
      const of = group === "byCountry" ? countryName(key, lang) : (WORDS[lang].levels[key as LocalPartyLevel] ?? key);
      return `${label("twinning.active") ?? group}: ${of}`;
    },
    sentence: {
      order: 7,
      say: (s, t) =>
        s.inForce !== undefined && t.says("twinnings", s.inForce)
          ? { actions: [WORDS[t.lang].kept(t.count(s.inForce), t.plural(s.inForce))] }
          : {},
    },
  },
});

/**
 * The twinning kind: a relation is placed in a period when it is active in
 * it (`isTwinningActive`), and counted as in force at the period's close
 * (`isTwinningInForce` on its last day), new, active and ended in it. A
 * relation that ends on the period's last day is active and ended in it,
 * not in force at its close.
 *
 * @example
 * ```ts
 * import { summarize } from "ngoaivu";
 * const relation = {
 *   member: "so-ngoai-vu-cao-bang", localParty: { level: "district", name: "huyện Trùng Khánh" },
 *   foreignLocality: { name: "Daxin County", country: "CN", level: "county" },
 *   kind: "twinning", established: "2016-03-02", ended: "2025-06-30", status: "ended",
 * } as const;
 * const [h1, h2] = ["2025-H1", "2025-H2"].map((period) => summarize({ twinnings: [relation] }, { period }));
 * const section = h1?.reports[0]?.figures.twinning;
 * [section?.active, section?.ended, section?.inForce].map(String); //=> ["1", "1", "0"]
 * h2?.byKind.twinnings; //=> { input: 1, counted: 0, outsidePeriod: 1, unknownMember: 0 }
 * ```
 */
export const twinningKind = /* @__PURE__ */ kindOf(twinningView, {
  aliases: ["twinning", "twinnings", "twinning-relations", "sister-city", "sister-cities"],
  signature: ["localParty", "foreignLocality"],
  schema: TwinningRelationSchema,
  member: (r: TwinningRelation) => r.member,
  place(r: TwinningRelation, range): Placed | undefined {
    if (!isTwinningActive(r, range)) return undefined;
    return {
      isNew: isNewTwinning(r, range),
      inForce: isTwinningInForce(r, range.end),
      ended: isTwinningEndedIn(r, range),
    };
  },
  start: (): Acc => ({ inForce: 0, new: 0, active: 0, ended: 0, countries: new Map(), levels: new Map() }),
  add(acc: Acc, r: TwinningRelation, placed: Placed) {
    acc.active++;
    if (placed.isNew) acc.new++;
    if (placed.inForce) acc.inForce++;
    if (placed.ended) acc.ended++;
    bump(acc.countries, r.foreignLocality.country);
    bump(acc.levels, r.localParty.level);
  },
  figures: (acc: Acc) => ({
    inForce: Figure.count(acc.inForce),
    new: Figure.count(acc.new),
    active: Figure.count(acc.active),
    ended: Figure.count(acc.ended),
    byCountry: counts(acc.countries),
    byLevel: counts(acc.levels),
  }),
});

/**
 * International conferences and seminars (hội nghị, hội thảo quốc tế):
 * placed in a period by their first day; counted by status (held, planned,
 * cancelled apart), and the held ones by who permitted them, by form and by
 * participant country, with their participants and funding.
 * @module
 */
import * as z from "zod";
import { byKey } from "../_lib/order.js";
import {
  ConferenceAuthoritySchema,
  ConferenceFormSchema,
  conferenceCountedIn,
  type InternationalConference,
  InternationalConferenceSchema,
} from "../entities/index.js";
import type { Lang } from "../errors/index.js";
import { Figure } from "../figure/index.js";
import { type Money, MoneyBag } from "../money/index.js";
import { CountryKeySchema, countryName } from "./_country.js";
import { CountFigureSchema, MoneyTotalSchema } from "./_figures.js";
import { kindOf, kindView } from "./_kind.js";

type Authority = z.output<typeof ConferenceAuthoritySchema>;
type Form = z.output<typeof ConferenceFormSchema>;

/**
 * The conferences section of a report's figures: `held`, `planned` and
 * `cancelled` conferences (each by its first day), and of the held ones:
 * `byAuthority` (who permitted them), `byForm`, `byCountry` (conferences
 * with participants from a country), `participants`, `foreignParticipants`
 * and `funding` (per currency). Every figure optional.
 */
export const ConferenceFiguresSchema = z
  .object({
    held: CountFigureSchema.optional(),
    planned: CountFigureSchema.optional(),
    cancelled: CountFigureSchema.optional(),
    byAuthority: z.partialRecord(ConferenceAuthoritySchema, CountFigureSchema).optional(),
    byForm: z.partialRecord(ConferenceFormSchema, CountFigureSchema).optional(),
    byCountry: z.record(CountryKeySchema, CountFigureSchema).optional(),
    participants: CountFigureSchema.optional(),
    foreignParticipants: CountFigureSchema.optional(),
    funding: MoneyTotalSchema.optional(),
  })
  .optional();

interface Acc {
  held: number;
  planned: number;
  cancelled: number;
  authorities: Map<Authority, number>;
  forms: Map<Form, number>;
  countries: Map<string, number>;
  participants: number;
  foreign: number;
  funding: Money[];
}

function bump<K>(map: Map<K, number>, key: K): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/** Counts by key, in the order of `keys` (keys never counted left out). */
function counts<K extends string>(map: Map<K, number>, keys: readonly K[]): Partial<Record<K, Figure>> {
  const out: Partial<Record<K, Figure>> = {};
  for (const key of keys) {
    const n = map.get(key);
    if (n !== undefined) out[key] = Figure.count(n);
  }
  return out;
}

/** Its words in each language: the sentence's action and the breakdowns' names. */
const WORDS: Readonly<
  Record<
    Lang,
    {
      readonly held: (f: string, plural: boolean) => string;
      readonly authorities: Readonly<Record<Authority, string>>;
      readonly forms: Readonly<Record<Form, string>>;
      readonly from: (country: string) => string;
    }
  >
> = {
  vi: {
    held: (f) => `tổ chức ${f} hội nghị, hội thảo quốc tế`,
    authorities: {
      "prime-minister": "do Thủ tướng Chính phủ cho phép",
      "provincial-people-committee-chair": "do Chủ tịch UBND tỉnh cho phép",
    },
    forms: { "in-person": "trực tiếp", online: "trực tuyến", hybrid: "kết hợp trực tiếp và trực tuyến" },
    from: (c) => `có đại biểu ${c}`,
  },
  en: {
    held: (f, plural) =>
      plural ? `held ${f} international conferences and seminars` : `held ${f} international conference or seminar`,
    authorities: {
      "prime-minister": "permitted by the Prime Minister",
      "provincial-people-committee-chair": "permitted by the provincial People's Committee chair",
    },
    forms: { "in-person": "in person", online: "online", hybrid: "hybrid" },
    from: (c) => `with participants from ${c}`,
  },
};

/** The conference kind's view: its names, its section of a report's figures and their words (no schema). */
export const conferenceView = kindView({
  name: "international-conference",
  bucket: "conferences",
  section: "conferences",
  title: "International conference or seminar",
  figuresSchema: ConferenceFiguresSchema,
  keyOrder: {
    byAuthority: ConferenceAuthoritySchema.options,
    byForm: ConferenceFormSchema.options,
    byCountry: "sorted",
  },
  words: {
    figures: [
      {
        path: "conferences.held",
        label: { vi: "Hội nghị, hội thảo quốc tế", en: "International conferences" },
        column: { key: "conferences", order: 18 },
      },
      {
        path: "conferences.planned",
        label: { vi: "Hội nghị, hội thảo quốc tế dự kiến", en: "Planned international conferences" },
      },
      {
        path: "conferences.cancelled",
        label: { vi: "Hội nghị, hội thảo quốc tế bị hủy", en: "Cancelled international conferences" },
      },
      {
        path: "conferences.participants",
        label: { vi: "Đại biểu dự hội nghị, hội thảo quốc tế", en: "Conference participants" },
      },
      {
        path: "conferences.foreignParticipants",
        label: { vi: "Đại biểu nước ngoài dự hội nghị, hội thảo quốc tế", en: "Foreign conference participants" },
      },
      {
        path: "conferences.funding",
        label: { vi: "Kinh phí hội nghị, hội thảo quốc tế", en: "Conference funding" },
      },
    ],
    breakdown([group, key], lang, label) {
      if (key === undefined) return undefined;
      const w = WORDS[lang];
      let of: string | undefined;
      if (group === "byAuthority") of = w.authorities[key as Authority] ?? key;
      else if (group === "byForm") of = w.forms[key as Form] ?? key;
      else if (group === "byCountry") of = w.from(countryName(key, lang));
      return of === undefined ? undefined : `${label("conferences.held") ?? ""}: ${of}`;
    },
    sentence: {
      order: 6,
      say: (c, t) =>
        c.held !== undefined && t.says("conferences", c.held)
          ? { actions: [WORDS[t.lang].held(t.count(c.held), t.plural(c.held))] }
          : {},
    },
  },
});

/** The conference kind. */
export const conferenceKind = /* @__PURE__ */ kindOf(conferenceView, {
  aliases: ["conference", "conferences", "international-conferences", "seminar", "seminars"],
  signature: ["participants", "approval"],
  schema: InternationalConferenceSchema,
  member: (c: InternationalConference) => c.member,
  place: (c: InternationalConference, range) => (conferenceCountedIn(c, range) ? true : undefined),
  start: (): Acc => ({
    held: 0,
    planned: 0,
    cancelled: 0,
    authorities: new Map(),
    forms: new Map(),
    countries: new Map(),
    participants: 0,
    foreign: 0,
    funding: [],
  }),
  add(acc: Acc, c: InternationalConference) {
    if (c.status === "planned") {
      acc.planned++;
      return;
    }
    if (c.status === "cancelled") {
      acc.cancelled++;
      return;
    }
    acc.held++;
    bump(acc.authorities, c.approval.authority);
    bump(acc.forms, c.form);
    for (const code of c.participantCountries) bump(acc.countries, code);
    acc.participants += c.participants.total;
    acc.foreign += c.participants.foreign;
    for (const f of c.funding ?? []) acc.funding.push(f.amount);
  },
  figures(acc: Acc) {
    const byCountry: Record<string, Figure> = {};
    for (const code of [...acc.countries.keys()].sort(byKey))
      byCountry[code] = Figure.count(acc.countries.get(code) as number);
    return {
      held: Figure.count(acc.held),
      planned: Figure.count(acc.planned),
      cancelled: Figure.count(acc.cancelled),
      byAuthority: counts(acc.authorities, ConferenceAuthoritySchema.options),
      byForm: counts(acc.forms, ConferenceFormSchema.options),
      byCountry,
      participants: Figure.count(acc.participants),
      foreignParticipants: Figure.count(acc.foreign),
      funding: { qualifier: "exact" as const, amounts: MoneyBag.from(acc.funding) },
    };
  },
});

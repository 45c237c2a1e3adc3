/**
 * Consular cases: placed in a period by their opening day, counted per type
 * (general consular cases, citizen protection, ABTC applications, and any
 * registered type under `other`).
 * @module
 */
import * as z from "zod";
import { byKey } from "../_lib/order.js";
import { type ConsularCase, ConsularCaseSchema, isDateInRange } from "../entities/index.js";
import { formatRule, type Lang } from "../errors/index.js";
import { Figure } from "../figure/index.js";
import { CountFigureSchema } from "./_figures.js";
import { kindOf, kindView } from "./_kind.js";

const CaseTypeKeySchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, formatRule({ en: "a consular case type", vi: "loại vụ việc lãnh sự" }));

/** The consular section of a report's figures. */
export const ConsularFiguresSchema = z
  .object({
    consularCases: CountFigureSchema.optional(),
    citizenProtection: CountFigureSchema.optional(),
    abtcApplications: CountFigureSchema.optional(),
    other: z.record(CaseTypeKeySchema, CountFigureSchema).optional(),
  })
  .optional();

// The built-in types, and the figure each one is counted in.
const FIELDS: Readonly<Record<string, "consularCases" | "citizenProtection" | "abtcApplications">> = {
  consular: "consularCases",
  "citizen-protection": "citizenProtection",
  "abtc-application": "abtcApplications",
};

type Phrase = (f: string, plural: boolean) => string;

const WORDS: Readonly<
  Record<
    Lang,
    {
      readonly handled: string;
      readonly consular: Phrase;
      readonly protection: Phrase;
      readonly abtc: Phrase;
      readonly other: string;
    }
  >
> = {
  vi: {
    handled: "giải quyết",
    consular: (f) => `${f} vụ việc lãnh sự`,
    protection: (f) => `${f} vụ việc bảo hộ công dân`,
    abtc: (f) => `${f} hồ sơ xin phép sử dụng thẻ ABTC`,
    other: "Vụ việc lãnh sự khác",
  },
  en: {
    handled: "handled",
    consular: (f, plural) => `${f} consular case${plural ? "s" : ""}`,
    protection: (f, plural) => `${f} citizen-protection case${plural ? "s" : ""}`,
    abtc: (f, plural) => `${f} ABTC application${plural ? "s" : ""}`,
    other: "Other consular cases",
  },
};

/** The consularCase kind's view: its names, its section of a report's figures and their words (no schema). */
export const consularCaseView = kindView({
  name: "consular-case",
  bucket: "consularCases",
  section: "consular",
  title: "Consular case",
  figuresSchema: ConsularFiguresSchema,
  keyOrder: { other: "sorted" },
  words: {
    figures: [
      {
        path: "consular.consularCases",
        label: { vi: "Lãnh sự", en: "Consular" },
        column: { key: "consular", order: 4 },
      },
      {
        path: "consular.citizenProtection",
        label: { vi: "Bảo hộ công dân", en: "Citizen protection" },
        column: { key: "protection", order: 5 },
      },
      { path: "consular.abtcApplications", label: { vi: "ABTC", en: "ABTC" }, column: { key: "abtc", order: 6 } },
    ],
    breakdown: ([group, key], lang) =>
      group === "other" && key !== undefined ? `${WORDS[lang].other}: ${key}` : undefined,
    sentence: {
      order: 4,
      say(c, t) {
        const w = WORDS[t.lang];
        const parts: string[] = [];
        if (c.consularCases !== undefined && t.says("consular", c.consularCases))
          parts.push(w.consular(t.count(c.consularCases), t.plural(c.consularCases)));
        if (c.citizenProtection !== undefined && t.says("protection", c.citizenProtection))
          parts.push(w.protection(t.count(c.citizenProtection), t.plural(c.citizenProtection)));
        if (c.abtcApplications !== undefined && t.says("abtc", c.abtcApplications))
          parts.push(w.abtc(t.count(c.abtcApplications), t.plural(c.abtcApplications)));
        return parts.length > 0 ? { clause: `${w.handled} ${t.joinList(parts)}` } : {};
      },
    },
  },
});

/** The consularCase kind. */
export const consularCaseKind = /* @__PURE__ */ kindOf(consularCaseView, {
  aliases: ["consular-cases", "consular"],
  signature: ["opened"],
  schema: ConsularCaseSchema,
  member: (x: ConsularCase) => x.member,
  place: (x: ConsularCase, range) => (isDateInRange(x.opened, range) ? true : undefined),
  start: () => new Map<string, number>(),
  add(cases: Map<string, number>, x: ConsularCase) {
    cases.set(x.type, (cases.get(x.type) ?? 0) + 1);
  },
  figures(cases: Map<string, number>) {
    const other: Record<string, Figure> = {};
    for (const type of [...cases.keys()].sort(byKey)) {
      if (FIELDS[type] === undefined) other[type] = Figure.count(cases.get(type) as number);
    }
    return {
      consularCases: Figure.count(cases.get("consular") ?? 0),
      citizenProtection: Figure.count(cases.get("citizen-protection") ?? 0),
      abtcApplications: Figure.count(cases.get("abtc-application") ?? 0),
      other,
    };
  },
});

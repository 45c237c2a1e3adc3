/**
 * Consular cases: placed in a period by their opening day, counted per type
 * (general consular cases, citizen protection, ABTC applications, and any
 * registered type under `other`).
 * @module
 */
import * as z from "zod";
import { type ConsularCase, ConsularCaseSchema, isDateInRange } from "../entities/index.js";
import { Figure } from "../figure/index.js";
import { CountFigureSchema } from "./_figures.js";
import { byKey, declareKind } from "./_kind.js";

const CaseTypeKeySchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: "a consular case type" });

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

/** The consular case kind. */
export const consularCaseKind = declareKind({
  name: "consular-case",
  bucket: "consularCases",
  section: "consular",
  title: "Consular case",
  aliases: ["consular-cases", "consular"],
  signature: ["opened"],
  schema: ConsularCaseSchema,
  figuresSchema: ConsularFiguresSchema,
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

/**
 * Foreign NGO projects: placed in a period by their status on its last day
 * (`statusInPeriod`); counted with their committed value, disbursements
 * dated in the period, and distinct NGOs and donors (their keys kept, so
 * partial reports merge exactly).
 * @module
 */
import * as z from "zod";
import { isDateInRange, type NgoProject, NgoProjectSchema, statusInPeriod } from "../entities/index.js";
import { Figure } from "../figure/index.js";
import { type Money, MoneyBag } from "../money/index.js";
import { foldVietnamese } from "../reference/index.js";
import { CountFigureSchema, MoneyTotalSchema } from "./_figures.js";
import { byKey, declareKind } from "./_kind.js";

/** The NGO section of a report's figures. */
export const NgoFiguresSchema = z
  .object({
    projects: CountFigureSchema.optional(),
    committed: MoneyTotalSchema.optional(),
    disbursements: MoneyTotalSchema.optional(),
    donors: CountFigureSchema.optional(),
    donorKeys: z.array(z.string().max(1100)).optional(),
  })
  .optional();

interface Acc {
  projects: number;
  committed: Money[];
  disbursements: Money[];
  donors: Set<string>;
}

/** A donor's identity across records: country and folded name (`GB:plan international`). */
function donorKey(donor: NgoProject["donor"]): string {
  return `${donor.country}:${foldVietnamese(donor.name)}`;
}

const exact = (amounts: readonly Money[]) => ({ qualifier: "exact" as const, amounts: MoneyBag.from(amounts) });

/** The foreign NGO project kind. */
export const ngoProjectKind = declareKind({
  name: "ngo-project",
  bucket: "ngoProjects",
  section: "ngo",
  title: "Foreign NGO project",
  aliases: ["ngo", "ngo-projects"],
  signature: ["committed", "donor", "aidForm"],
  schema: NgoProjectSchema,
  figuresSchema: NgoFiguresSchema,
  member: (p: NgoProject) => p.member,
  place: (p: NgoProject, range) => statusInPeriod(p, range),
  start: (): Acc => ({ projects: 0, committed: [], disbursements: [], donors: new Set() }),
  add(acc: Acc, p: NgoProject, status, range) {
    for (const d of p.disbursements ?? []) if (isDateInRange(d.date, range)) acc.disbursements.push(d.value);
    if (status === "cancelled") return;
    acc.projects++;
    acc.committed.push(p.committed);
    acc.donors.add(donorKey(p.donor));
  },
  figures: (acc: Acc) => ({
    projects: Figure.count(acc.projects),
    committed: exact(acc.committed),
    disbursements: exact(acc.disbursements),
    donors: Figure.count(acc.donors.size),
    donorKeys: [...acc.donors].sort(byKey),
  }),
});

/**
 * ODA and concessional-loan projects: placed in a period by their status on
 * its last day (`statusInPeriod`); counted with their capital, completed
 * ones apart, commitments and disbursements dated in the period in separate
 * bags. Cancelled projects appear only in `byStatus`.
 * @module
 */
import * as z from "zod";
import {
  type ActivityStatus,
  ActivityStatusSchema,
  type OdaProject,
  OdaProjectSchema,
  statusInPeriod,
  transactionTotals,
} from "../entities/index.js";
import { Figure } from "../figure/index.js";
import { type Money, MoneyBag } from "../money/index.js";
import { CountFigureSchema, MoneyTotalSchema } from "./_figures.js";
import { declareKind } from "./_kind.js";

/** The ODA section of a report's figures. */
export const OdaFiguresSchema = z
  .object({
    projects: CountFigureSchema.optional(),
    byStatus: z.partialRecord(ActivityStatusSchema, CountFigureSchema).optional(),
    capital: MoneyTotalSchema.optional(),
    completed: CountFigureSchema.optional(),
    completedCapital: MoneyTotalSchema.optional(),
    commitments: MoneyTotalSchema.optional(),
    disbursements: MoneyTotalSchema.optional(),
  })
  .optional();

interface Acc {
  status: Map<ActivityStatus, number>;
  projects: number;
  capital: Money[];
  completed: number;
  completedCapital: Money[];
  commitments: MoneyBag;
  disbursements: MoneyBag;
}

const exact = (amounts: MoneyBag) => ({ qualifier: "exact" as const, amounts });

/** The ODA project kind. */
export const odaProjectKind = declareKind({
  name: "oda-project",
  bucket: "odaProjects",
  section: "oda",
  title: "ODA project",
  aliases: ["oda", "oda-projects"],
  signature: ["capitalType", "donors", "capital"],
  schema: OdaProjectSchema,
  figuresSchema: OdaFiguresSchema,
  member: (p: OdaProject) => p.member,
  place: (p: OdaProject, range) => statusInPeriod(p, range),
  start: (): Acc => ({
    status: new Map(),
    projects: 0,
    capital: [],
    completed: 0,
    completedCapital: [],
    commitments: MoneyBag.empty(),
    disbursements: MoneyBag.empty(),
  }),
  add(acc: Acc, p: OdaProject, status: ActivityStatus, range) {
    acc.status.set(status, (acc.status.get(status) ?? 0) + 1);
    const totals = transactionTotals(p, range);
    acc.commitments = acc.commitments.merge(totals.commitments);
    acc.disbursements = acc.disbursements.merge(totals.disbursements);
    if (status === "cancelled") return;
    acc.projects++;
    acc.capital.push(p.capital.total);
    if (status === "finalisation" || status === "closed") {
      acc.completed++;
      acc.completedCapital.push(p.capital.total);
    }
  },
  figures(acc: Acc) {
    const byStatus: Partial<Record<ActivityStatus, Figure>> = {};
    for (const status of ActivityStatusSchema.options) {
      const n = acc.status.get(status);
      if (n !== undefined) byStatus[status] = Figure.count(n);
    }
    return {
      projects: Figure.count(acc.projects),
      byStatus,
      capital: exact(MoneyBag.from(acc.capital)),
      completed: Figure.count(acc.completed),
      completedCapital: exact(MoneyBag.from(acc.completedCapital)),
      commitments: exact(acc.commitments),
      disbursements: exact(acc.disbursements),
    };
  },
});

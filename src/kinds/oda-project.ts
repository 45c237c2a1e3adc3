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
import type { Lang } from "../errors/index.js";
import { Figure } from "../figure/index.js";
import { type Money, MoneyBag } from "../money/index.js";
import { CountFigureSchema, MoneyTotalSchema } from "./_figures.js";
import { kindOf, kindView } from "./_kind.js";

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

const WORDS: Readonly<
  Record<
    Lang,
    {
      readonly implemented: (f: string, plural: boolean, capital: string) => string;
      readonly completed: (f: string, capital: string) => string;
      readonly statuses: Readonly<Record<ActivityStatus, string>>;
    }
  >
> = {
  vi: {
    implemented: (f, _plural, capital) => `thực hiện ${f} dự án ODA và vốn vay ưu đãi với tổng vốn ${capital}`,
    completed: (f, capital) => `, trong đó ${f} dự án đã hoàn thành với tổng vốn ${capital}`,
    statuses: {
      pipeline: "chuẩn bị",
      implementation: "đang thực hiện",
      finalisation: "đang kết thúc",
      closed: "đã đóng",
      cancelled: "đã hủy",
      suspended: "tạm dừng",
    },
  },
  en: {
    implemented: (f, plural, capital) =>
      `implemented ${f} ODA and concessional-loan project${plural ? "s" : ""} with total capital of ${capital}`,
    completed: (f, capital) => `, of which ${f} completed with ${capital}`,
    statuses: {
      pipeline: "pipeline",
      implementation: "implementation",
      finalisation: "finalisation",
      closed: "closed",
      cancelled: "cancelled",
      suspended: "suspended",
    },
  },
};

/** The odaProject kind's view: its names, its section of a report's figures and their words (no schema). */
export const odaProjectView = kindView({
  name: "oda-project",
  bucket: "odaProjects",
  section: "oda",
  title: "ODA project",
  figuresSchema: OdaFiguresSchema,
  keyOrder: { byStatus: ActivityStatusSchema.options },
  words: {
    figures: [
      {
        path: "oda.projects",
        label: { vi: "Dự án ODA", en: "ODA projects" },
        column: { key: "odaProjects", order: 10 },
      },
      { path: "oda.capital", label: { vi: "Vốn ODA", en: "ODA capital" }, column: { key: "odaCapital", order: 11 } },
      {
        path: "oda.completed",
        label: { vi: "Dự án ODA hoàn thành", en: "ODA completed" },
        column: { key: "odaCompleted", order: 12 },
      },
      {
        path: "oda.completedCapital",
        label: { vi: "Vốn dự án hoàn thành", en: "Completed capital" },
        column: { key: "odaCompletedCapital", order: 13 },
      },
      {
        path: "oda.commitments",
        label: { vi: "Vốn ODA cam kết trong kỳ", en: "ODA commitments" },
        column: { key: "odaCommitments", order: 15 },
      },
      {
        path: "oda.disbursements",
        label: { vi: "Vốn ODA giải ngân trong kỳ", en: "ODA disbursements" },
        column: { key: "odaDisbursements", order: 16 },
      },
    ],
    breakdown: ([group, key], lang, label) =>
      group === "byStatus" && key !== undefined
        ? `${label("oda.projects") ?? ""}: ${WORDS[lang].statuses[key as ActivityStatus] ?? key}`
        : undefined,
    sentence: {
      order: 5,
      say(oda, t) {
        if (oda.projects === undefined || !t.says("odaProjects", oda.projects)) return {};
        const w = WORDS[t.lang];
        const capital = oda.capital !== undefined && t.says("odaCapital", oda.capital) ? t.money(oda.capital) : "—";
        let text = w.implemented(t.count(oda.projects), t.plural(oda.projects), capital);
        if (oda.completed !== undefined && t.says("odaCompleted", oda.completed)) {
          const done = oda.completedCapital !== undefined ? t.money(oda.completedCapital) : "—";
          text += w.completed(t.count(oda.completed), done);
        }
        return { clause: text };
      },
    },
  },
});

/** The odaProject kind. */
export const odaProjectKind = /* @__PURE__ */ kindOf(odaProjectView, {
  aliases: ["oda", "oda-projects"],
  signature: ["capitalType", "donors", "capital"],
  schema: OdaProjectSchema,
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

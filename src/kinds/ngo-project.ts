/**
 * Foreign NGO projects: placed in a period by their status on its last day
 * (`statusInPeriod`); counted with their committed value, disbursements
 * dated in the period, and distinct NGOs and donors (their keys kept, so
 * partial reports merge exactly).
 * @module
 */
import * as z from "zod";
import { byKey } from "../_lib/order.js";
import { isDateInRange, type NgoProject, NgoProjectSchema, statusInPeriod } from "../entities/index.js";
import type { Lang } from "../errors/index.js";
import { Figure } from "../figure/index.js";
import { type Money, MoneyBag } from "../money/index.js";
import { foldVietnamese } from "../reference/index.js";
import { CountFigureSchema, MoneyTotalSchema } from "./_figures.js";
import { kindOf, kindView } from "./_kind.js";

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

const WORDS: Readonly<
  Record<
    Lang,
    {
      readonly projects: (f: string, plural: boolean) => string;
      readonly committed: (f: string) => string;
      readonly donors: (f: string) => string;
      readonly aid: (f: string) => string;
    }
  >
> = {
  vi: {
    projects: (f) => `tiếp nhận ${f} dự án phi chính phủ nước ngoài`,
    committed: (f) => ` với tổng giá trị cam kết ${f}`,
    donors: (f) => `vận động ${f} tổ chức phi chính phủ nước ngoài và nhà tài trợ`,
    aid: (f) => ` với tổng giá trị viện trợ ${f}`,
  },
  en: {
    projects: (f, plural) => `took in ${f} foreign NGO project${plural ? "s" : ""}`,
    committed: (f) => ` with a committed value of ${f}`,
    donors: (f) => `mobilised ${f} foreign NGOs and donors`,
    aid: (f) => ` with total aid of ${f}`,
  },
};

type Section = NonNullable<z.output<typeof NgoFiguresSchema>>;

/** The donors beyond the known key set: `donors − |donorKeys|`, with the donors' qualifier. */
function uncountedDonors(ngo: Section): Figure | undefined {
  if (ngo.donors === undefined) return undefined;
  return Figure.count(ngo.donors.value.minus(ngo.donorKeys?.length ?? 0), ngo.donors.qualifier);
}

/** The ngoProject kind's view: its names, its section of a report's figures and their words (no schema). */
export const ngoProjectView = kindView({
  name: "ngo-project",
  bucket: "ngoProjects",
  section: "ngo",
  title: "Foreign NGO project",
  figuresSchema: NgoFiguresSchema,
  // Distinct donors are the union of the donor keys plus the donors each
  // side counted without keys, so the merge stays associative.
  mergeSection(merged: Section, a: Section, b: Section): Section {
    if (a.donors === undefined && b.donors === undefined) return merged;
    let donors = Figure.count(merged.donorKeys?.length ?? 0);
    for (const side of [a, b]) {
      const extra = uncountedDonors(side);
      if (extra !== undefined) donors = donors.add(extra);
    }
    return { ...merged, donors };
  },
  words: {
    figures: [
      {
        path: "ngo.projects",
        label: { vi: "Dự án PCPNN", en: "NGO projects" },
        column: { key: "ngoProjects", order: 7 },
      },
      {
        path: "ngo.committed",
        label: { vi: "Giá trị cam kết PCPNN", en: "NGO committed" },
        column: { key: "ngoCommitted", order: 8 },
      },
      {
        path: "ngo.disbursements",
        label: { vi: "Giải ngân PCPNN trong kỳ", en: "NGO disbursements" },
        column: { key: "ngoDisbursements", order: 17 },
      },
      {
        path: "ngo.donors",
        label: { vi: "Tổ chức PCPNN, nhà tài trợ", en: "NGOs and donors" },
        column: { key: "ngoDonors", order: 9 },
      },
    ],
    sentence: {
      order: 3,
      say(ngo, t) {
        const w = WORDS[t.lang];
        const parts: string[] = [];
        const committed =
          ngo.committed !== undefined && t.says("ngoCommitted", ngo.committed) ? t.money(ngo.committed) : undefined;
        if (ngo.projects !== undefined && t.says("ngoProjects", ngo.projects))
          parts.push(
            w.projects(t.count(ngo.projects), t.plural(ngo.projects)) +
              (committed === undefined ? "" : w.committed(committed)),
          );
        if (ngo.donors !== undefined && t.says("ngoDonors", ngo.donors)) {
          const aid = parts.length === 0 && committed !== undefined ? w.aid(committed) : "";
          parts.push(w.donors(t.count(ngo.donors)) + aid);
        }
        return parts.length > 0 ? { clause: t.joinList(parts) } : {};
      },
    },
  },
});

/** The ngoProject kind. */
export const ngoProjectKind = /* @__PURE__ */ kindOf(ngoProjectView, {
  aliases: ["ngo", "ngo-projects"],
  signature: ["committed", "donor", "aidForm"],
  schema: NgoProjectSchema,
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

/**
 * International agreements: new when signed in the period, and in force on
 * its last day (a record may be both).
 * @module
 */
import * as z from "zod";
import {
  type InternationalAgreement,
  InternationalAgreementSchema,
  isAgreementInForce,
  isNewAgreement,
} from "../entities/index.js";
import type { Lang } from "../errors/index.js";
import { Figure } from "../figure/index.js";
import { CountFigureSchema } from "./_figures.js";
import { kindOf, kindView } from "./_kind.js";

/** The agreements section of a report's figures. */
export const AgreementFiguresSchema = z
  .object({
    new: CountFigureSchema.optional(),
    inForce: CountFigureSchema.optional(),
  })
  .optional();

interface Acc {
  new: number;
  inForce: number;
}

interface Placed {
  readonly isNew: boolean;
  readonly inForce: boolean;
}

const WORDS: Readonly<Record<Lang, { readonly signed: (f: string, plural: boolean) => string }>> = {
  vi: { signed: (f) => `ký kết ${f} thỏa thuận quốc tế mới` },
  en: { signed: (f, plural) => `signed ${f} new international agreement${plural ? "s" : ""}` },
};

/** The agreement kind's view: its names, its section of a report's figures and their words (no schema). */
export const agreementView = kindView({
  name: "international-agreement",
  bucket: "agreements",
  section: "agreements",
  title: "International agreement",
  figuresSchema: AgreementFiguresSchema,
  words: {
    figures: [
      {
        path: "agreements.new",
        label: { vi: "Thỏa thuận mới", en: "New agreements" },
        column: { key: "agreements", order: 3 },
      },
      { path: "agreements.inForce", label: { vi: "Thỏa thuận còn hiệu lực", en: "Agreements in force" } },
    ],
    sentence: {
      order: 2,
      say: (a, t) =>
        a.new !== undefined && t.says("agreements", a.new)
          ? { actions: [WORDS[t.lang].signed(t.count(a.new), t.plural(a.new))] }
          : {},
    },
  },
});

/** The agreement kind. */
export const agreementKind = /* @__PURE__ */ kindOf(agreementView, {
  aliases: ["agreement", "agreements", "international-agreements"],
  signature: ["foreignParties", "signatory"],
  schema: InternationalAgreementSchema,
  member: (a: InternationalAgreement) => a.member,
  place(a: InternationalAgreement, range): Placed | undefined {
    const isNew = isNewAgreement(a, range);
    const inForce = isAgreementInForce(a, range.end);
    return isNew || inForce ? { isNew, inForce } : undefined;
  },
  start: (): Acc => ({ new: 0, inForce: 0 }),
  add(acc: Acc, _a: InternationalAgreement, placed: Placed) {
    if (placed.isNew) acc.new++;
    if (placed.inForce) acc.inForce++;
  },
  figures: (acc: Acc) => ({ new: Figure.count(acc.new), inForce: Figure.count(acc.inForce) }),
});

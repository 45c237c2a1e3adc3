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
import { Figure } from "../figure/index.js";
import { CountFigureSchema } from "./_figures.js";
import { declareKind } from "./_kind.js";

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

/** The international agreement kind. */
export const agreementKind = declareKind({
  name: "international-agreement",
  bucket: "agreements",
  section: "agreements",
  title: "International agreement",
  aliases: ["agreement", "agreements", "international-agreements"],
  signature: ["foreignParties", "signatory"],
  schema: InternationalAgreementSchema,
  figuresSchema: AgreementFiguresSchema,
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

/**
 * Private: what the kinds with a breakdown by country share: the schema of
 * its keys and the country's name in a report's language.
 * @internal
 * @module
 */
import * as z from "zod";
import { formatRule, type Lang } from "../errors/index.js";
import { country } from "../reference/index.js";

/** @internal The key of a breakdown by country: an ISO 3166-1 alpha-2 code. */
export const CountryKeySchema = /* @__PURE__ */ (() =>
  z
    .string()
    .regex(/^[A-Z]{2}$/, formatRule({ en: "an ISO 3166-1 alpha-2 code", vi: "mã ISO 3166-1 gồm 2 chữ cái" })))();

/** @internal A country's name in a language, or its code when the library does not know it. */
export function countryName(code: string, lang: Lang): string {
  try {
    const c = country(code);
    return { vi: c.nameVi, en: c.nameEn }[lang];
  } catch {
    return code;
  }
}

/**
 * Private: the Vietnamese and English names of periods. Every label is read
 * back by `parsePeriod` (a tested law).
 *
 * @module
 */
import type { Lang } from "../errors/index.js";
import type { Period } from "./period.js";

/** English month names, index 1–12. */
export const MONTH_NAMES_EN = [
  "",
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

const ROMAN = ["", "I", "II", "III", "IV"] as const;
const ORDINAL_EN = ["", "first", "second", "third", "fourth"] as const;

function dayVi(date: string): string {
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}

function dayEn(date: string): string {
  return `${Number(date.slice(8, 10))} ${MONTH_NAMES_EN[Number(date.slice(5, 7))]} ${date.slice(0, 4)}`;
}

/** The label of a period in a language. */
export function periodLabel(p: Period, lang: Lang): string {
  const y = String(p.year).padStart(4, "0");
  const last = String(p.endYear).padStart(4, "0");
  const vi = lang === "vi";
  switch (p.kind) {
    case "half-year":
      if (vi) return `6 tháng ${p.half === 1 ? "đầu" : "cuối"} năm ${y}`;
      return `${p.half === 1 ? "first" : "second"} half of ${y}`;
    case "quarter":
      return vi ? `quý ${ROMAN[p.quarter ?? 0]}/${y}` : `${ORDINAL_EN[p.quarter ?? 0]} quarter of ${y}`;
    case "year":
      return vi ? `năm ${y}` : y;
    case "month":
      return vi ? `tháng ${p.month}/${y}` : `${MONTH_NAMES_EN[p.month ?? 0]} ${y}`;
    case "term":
      return vi ? `giai đoạn ${y}–${last}` : `${y}–${last} term`;
    case "range":
      return vi ? `từ ngày ${dayVi(p.start)} đến ngày ${dayVi(p.end)}` : `from ${dayEn(p.start)} to ${dayEn(p.end)}`;
  }
}

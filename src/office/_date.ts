/**
 * Private: the place-and-date line of an administrative document.
 *
 * @internal
 * @module
 */
import { type Lang, localeOf, parseCalendarDate } from "ngoaivu";

/**
 * "Hà Nội, ngày 15 tháng 6 năm 2024" (Decree 30/2020/NĐ-CP: a day below 10
 * and the months 1 and 2 take a leading zero: "ngày 05 tháng 02 năm 2024");
 * "Hà Nội, 15 June 2024" in English. Without a date, the day and month are
 * left blank for the signing day, in the year given. The words are the
 * locale's (`document.dateLine`); the date is checked here.
 */
export function placeAndDate(place: string, date: string | undefined, year: number, lang: Lang): string {
  const words = localeOf(lang).document;
  if (date === undefined) return words.dateLine(place, undefined, year);
  const [y, m, d] = parseCalendarDate(date).split("-").map(Number) as [number, number, number];
  return words.dateLine(place, { year: y, month: m, day: d }, year);
}

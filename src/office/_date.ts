/**
 * Private: the place-and-date line of an administrative document.
 *
 * @internal
 * @module
 */
import { type Lang, parseCalendarDate } from "ngoaivu";

const MONTHS_EN = [
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
];

/**
 * "Hà Nội, ngày 15 tháng 6 năm 2024" (Decree 30/2020/NĐ-CP: a day below 10
 * and the months 1 and 2 take a leading zero: "ngày 05 tháng 02 năm 2024");
 * "Hà Nội, 15 June 2024" in English. Without a date, the day and month are
 * left blank for the signing day, in the year given.
 */
export function placeAndDate(place: string, date: string | undefined, year: number, lang: Lang): string {
  const at = place === "" ? "" : `${place}, `;
  if (date === undefined) {
    return lang === "vi" ? `${at}ngày      tháng      năm ${year}` : `${at}…… ${year}`;
  }
  const [y, m, d] = parseCalendarDate(date).split("-").map(Number) as [number, number, number];
  if (lang === "en") return `${at}${d} ${MONTHS_EN[m - 1]} ${y}`;
  const day = d < 10 ? `0${d}` : String(d);
  const month = m <= 2 ? `0${m}` : String(m);
  return `${at}ngày ${day} tháng ${month} năm ${y}`;
}

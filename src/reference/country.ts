import { showValue } from "../_lib/show.js";
import { NgoaivuError } from "../errors/index.js";
import { COUNTRY_ALIASES, COUNTRY_NAMES } from "./data/countries.generated.js";
import { checkQueryLength, nameKey } from "./fold.js";

/** A country or territory with an ISO 3166-1 alpha-2 code. */
export interface Country {
  /** ISO 3166-1 alpha-2 code (`"CN"`). */
  readonly code: string;
  /** English short name (`"China"`). */
  readonly nameEn: string;
  /** Vietnamese name (`"Trung Quốc"`). */
  readonly nameVi: string;
}

const cache = new Map<string, Country>();
let byName: Map<string, string> | undefined;

/**
 * Tells whether a string is an ISO 3166-1 alpha-2 code the library knows
 * (upper case, as the standard writes it).
 *
 * @param value - anything
 * @returns `true` for a known code
 *
 * @example
 * ```ts
 * import { isCountryCode } from "ngoaivu";
 * isCountryCode("KR"); //=> true
 * isCountryCode("kr"); //=> false
 * isCountryCode("XX"); //=> false
 * ```
 */
export function isCountryCode(value: unknown): value is string {
  return typeof value === "string" && Object.hasOwn(COUNTRY_NAMES, value);
}

/**
 * A country by its ISO 3166-1 alpha-2 code, with its English and Vietnamese
 * names (from the `i18n-iso-countries` data, generated into a table, with the
 * short names reports use: Laos / Lào, United States / Hoa Kỳ, Russia / Nga).
 *
 * @param code - the two-letter code, upper case
 * @returns the country
 * @throws NgoaivuError `UNKNOWN_COUNTRY` for an unknown code
 *
 * @example
 * ```ts
 * import { country } from "ngoaivu";
 * country("CN"); //=> { code: "CN", nameEn: "China", nameVi: "Trung Quốc" }
 * country("LA").nameVi; //=> "Lào"
 * country("US").nameVi; //=> "Hoa Kỳ"
 * country("ZZ"); //=> throws UNKNOWN_COUNTRY
 * ```
 */
export function country(code: string): Country {
  const cached = cache.get(code);
  if (cached !== undefined) return cached;
  if (!isCountryCode(code)) throw new NgoaivuError("UNKNOWN_COUNTRY", { value: showValue(code) });
  const names = COUNTRY_NAMES[code] as readonly [string, string];
  // An empty Vietnamese name in the table is the English one.
  const result = Object.freeze({ code, nameEn: names[0], nameVi: names[1] === "" ? names[0] : names[1] });
  cache.set(code, result);
  return result;
}

/**
 * Every country the library knows, by code.
 *
 * @returns the countries
 *
 * @example
 * ```ts
 * import { countries } from "ngoaivu";
 * countries().length; //=> 250
 * countries()[0]; //=> { code: "AD", nameEn: "Andorra", nameVi: "Andorra" }
 * ```
 */
export function countries(): Country[] {
  return Object.keys(COUNTRY_NAMES)
    .sort()
    .map((code) => country(code));
}

/**
 * Finds a country by a name in English or Vietnamese (with or without
 * diacritics; formal and short names alike) or by its code in any case.
 *
 * @param query - a name or a code, at most {@link MAX_NAME_QUERY_LENGTH} (100) characters
 * @returns the country
 * @throws NgoaivuError `TOO_LONG` for a query past 100 characters;
 * `UNKNOWN_COUNTRY` when nothing matches
 *
 * @example
 * ```ts
 * import { findCountry } from "ngoaivu";
 * findCountry("Han Quoc").code; //=> "KR"
 * findCountry("Republic of Korea").code; //=> "KR"
 * findCountry("Mỹ").code; //=> "US"
 * findCountry("jp").nameVi; //=> "Nhật Bản"
 * findCountry("x".repeat(101)); //=> throws TOO_LONG
 * ```
 */
export function findCountry(query: string): Country {
  if (typeof query !== "string") throw new NgoaivuError("UNKNOWN_COUNTRY", { value: showValue(query) });
  checkQueryLength(query);
  const trimmed = query.trim();
  if (/^[a-z]{2}$/i.test(trimmed) && isCountryCode(trimmed.toUpperCase())) return country(trimmed.toUpperCase());
  if (byName === undefined) {
    byName = new Map();
    // Chosen names first, so that an alias shared by two countries ("Congo")
    // never hides the country whose name it is.
    for (const table of [COUNTRY_NAMES, COUNTRY_ALIASES]) {
      for (const [code, names] of Object.entries(table)) {
        for (const name of names) {
          if (name === "") continue;
          const key = nameKey(name);
          if (!byName.has(key)) byName.set(key, code);
        }
      }
    }
  }
  const code = byName.get(nameKey(trimmed));
  if (code === undefined) throw new NgoaivuError("UNKNOWN_COUNTRY", { value: showValue(query) });
  return country(code);
}

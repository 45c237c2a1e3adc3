import { NgoaivuError, type PathSegment } from "../errors/index.js";
import { describe } from "./_num.js";

/** A currency: its ISO 4217 code and the number of digits of its minor unit. */
export interface Currency {
  /** ISO 4217 alphabetic code, three capital letters, e.g. `"VND"`. */
  readonly code: string;
  /** Digits of the minor unit: 0 for VND and JPY, 2 for USD, 3 for KWD. */
  readonly minorDigits: number;
  /** Name in English, e.g. `"US dollar"`. */
  readonly nameEn?: string;
  /** Name in Vietnamese, e.g. `"đô la Mỹ"`; for VND, `"đồng"` is what scaled formatting writes. */
  readonly nameVi?: string;
}

/** What {@link registerCurrency} takes. */
export interface CurrencyDefinition {
  /** Three capital letters. */
  readonly code: string;
  /** Digits of the minor unit, an integer 0..6. */
  readonly minorDigits: number;
  /** Name in English. */
  readonly nameEn?: string;
  /** Name in Vietnamese. */
  readonly nameVi?: string;
}

// ISO 4217 (list one, as maintained by SIX): code, minor digits, English name, Vietnamese name.
const BUILT_IN: ReadonlyArray<readonly [string, number, string, string?]> = [
  ["VND", 0, "Vietnamese đồng", "đồng"],
  ["USD", 2, "US dollar", "đô la Mỹ"],
  ["EUR", 2, "euro", "euro"],
  ["JPY", 0, "Japanese yen", "yên Nhật"],
  ["KRW", 0, "South Korean won", "won Hàn Quốc"],
  ["CNY", 2, "Chinese yuan renminbi", "nhân dân tệ"],
  ["GBP", 2, "pound sterling", "bảng Anh"],
  ["AUD", 2, "Australian dollar", "đô la Úc"],
  ["THB", 2, "Thai baht", "baht Thái"],
  ["LAK", 2, "Lao kip", "kíp Lào"],
  ["KHR", 2, "Cambodian riel", "riel Campuchia"],
  ["SGD", 2, "Singapore dollar", "đô la Singapore"],
  ["CAD", 2, "Canadian dollar", "đô la Canada"],
  ["CHF", 2, "Swiss franc", "franc Thụy Sĩ"],
  ["HKD", 2, "Hong Kong dollar", "đô la Hồng Kông"],
  ["INR", 2, "Indian rupee", "rupee Ấn Độ"],
  ["IDR", 2, "Indonesian rupiah", "rupiah Indonesia"],
  ["MYR", 2, "Malaysian ringgit", "ringgit Malaysia"],
  ["PHP", 2, "Philippine peso", "peso Philippines"],
  ["TWD", 2, "New Taiwan dollar", "đô la Đài Loan"],
  ["NZD", 2, "New Zealand dollar", "đô la New Zealand"],
  ["SEK", 2, "Swedish krona", "krona Thụy Điển"],
  ["NOK", 2, "Norwegian krone", "krone Na Uy"],
  ["DKK", 2, "Danish krone", "krone Đan Mạch"],
  ["RUB", 2, "Russian ruble", "rúp Nga"],
  ["MMK", 2, "Myanmar kyat", "kyat Myanmar"],
  ["BND", 2, "Brunei dollar", "đô la Brunei"],
  ["MOP", 2, "Macanese pataca", "pataca Ma Cao"],
  ["MNT", 2, "Mongolian tögrög", "tögrög Mông Cổ"],
  ["BDT", 2, "Bangladeshi taka", "taka Bangladesh"],
  ["PKR", 2, "Pakistani rupee", "rupee Pakistan"],
  ["LKR", 2, "Sri Lankan rupee", "rupee Sri Lanka"],
  ["NPR", 2, "Nepalese rupee", "rupee Nepal"],
  ["AED", 2, "UAE dirham", "dirham UAE"],
  ["SAR", 2, "Saudi riyal", "riyal Ả Rập Xê Út"],
  ["QAR", 2, "Qatari riyal", "riyal Qatar"],
  ["ILS", 2, "Israeli new shekel", "shekel Israel"],
  ["TRY", 2, "Turkish lira", "lira Thổ Nhĩ Kỳ"],
  ["ZAR", 2, "South African rand", "rand Nam Phi"],
  ["BRL", 2, "Brazilian real", "real Brazil"],
  ["MXN", 2, "Mexican peso", "peso Mexico"],
  ["ARS", 2, "Argentine peso", "peso Argentina"],
  ["PLN", 2, "Polish złoty", "złoty Ba Lan"],
  ["CZK", 2, "Czech koruna", "koruna Séc"],
  ["HUF", 2, "Hungarian forint", "forint Hungary"],
  ["UAH", 2, "Ukrainian hryvnia", "hryvnia Ukraina"],
  ["KZT", 2, "Kazakhstani tenge", "tenge Kazakhstan"],
  ["EGP", 2, "Egyptian pound", "bảng Ai Cập"],
  ["NGN", 2, "Nigerian naira", "naira Nigeria"],
  ["KES", 2, "Kenyan shilling", "shilling Kenya"],
  ["KPW", 2, "North Korean won", "won Triều Tiên"],
  ["CUP", 2, "Cuban peso", "peso Cuba"],
  ["KWD", 3, "Kuwaiti dinar", "dinar Kuwait"],
  ["BHD", 3, "Bahraini dinar", "dinar Bahrain"],
  ["OMR", 3, "Omani rial", "rial Oman"],
  ["JOD", 3, "Jordanian dinar", "dinar Jordan"],
  ["IQD", 3, "Iraqi dinar", "dinar Iraq"],
  ["LYD", 3, "Libyan dinar", "dinar Libya"],
  ["TND", 3, "Tunisian dinar", "dinar Tunisia"],
  ["CLP", 0, "Chilean peso", "peso Chile"],
  ["ISK", 0, "Icelandic króna", "króna Iceland"],
  ["PYG", 0, "Paraguayan guaraní", "guaraní Paraguay"],
  ["UGX", 0, "Ugandan shilling", "shilling Uganda"],
  ["RWF", 0, "Rwandan franc", "franc Rwanda"],
  ["XAF", 0, "CFA franc BEAC", "franc CFA Trung Phi"],
  ["XOF", 0, "CFA franc BCEAO", "franc CFA Tây Phi"],
  ["XPF", 0, "CFP franc", "franc CFP"],
  ["VUV", 0, "Vanuatu vatu", "vatu Vanuatu"],
  ["KMF", 0, "Comorian franc", "franc Comoros"],
  ["GNF", 0, "Guinean franc", "franc Guinea"],
  ["DJF", 0, "Djiboutian franc", "franc Djibouti"],
  ["BIF", 0, "Burundian franc", "franc Burundi"],
  ["CLF", 4, "Unidad de Fomento", "Unidad de Fomento"],
  ["UYW", 4, "Unidad Previsional", "Unidad Previsional"],
];

function define(code: string, minorDigits: number, nameEn?: string, nameVi?: string): Currency {
  return Object.freeze({
    code,
    minorDigits,
    ...(nameEn === undefined ? {} : { nameEn }),
    ...(nameVi === undefined ? {} : { nameVi }),
  });
}

const registry = /* @__PURE__ */ new Map<string, Currency>(
  /* @__PURE__ */ BUILT_IN.map(([c, d, en, vi]) => [c, define(c, d, en, vi)]),
);

function isCode(value: unknown): value is string {
  return typeof value === "string" && /^[A-Z]{3}$/.test(value);
}

/**
 * Looks a currency up by its ISO 4217 code.
 *
 * @param code - three capital letters, e.g. `"VND"`
 * @param path - where the code sits in the input, for the error
 * @returns the currency
 * @throws `INVALID_CURRENCY_CODE` when `code` is not three capital letters,
 *   `UNKNOWN_CURRENCY` when it is not registered
 *
 * @example
 * ```ts
 * import { getCurrency } from "ngoaivu";
 * getCurrency("VND").minorDigits; //=> 0
 * getCurrency("USD").minorDigits; //=> 2
 * getCurrency("KWD").minorDigits; //=> 3
 * getCurrency("XYZ"); //=> throws UNKNOWN_CURRENCY
 * getCurrency("usd"); //=> throws INVALID_CURRENCY_CODE
 * ```
 */
export function getCurrency(code: string, path: readonly PathSegment[] = []): Currency {
  const found = registry.get(code);
  if (found !== undefined) return found;
  if (!isCode(code)) throw new NgoaivuError("INVALID_CURRENCY_CODE", { code: describe(code) }, { path });
  throw new NgoaivuError("UNKNOWN_CURRENCY", { code }, { path });
}

/** @internal A registered currency by its code, or `undefined` (no error built: the hot path of {@link Money.of}). */
export function findCurrency(code: unknown): Currency | undefined {
  return typeof code === "string" ? registry.get(code) : undefined;
}

/**
 * Tells whether a currency code is registered.
 *
 * @param code - any value
 * @returns `true` when `code` names a registered currency
 *
 * @example
 * ```ts
 * import { isCurrencyCode } from "ngoaivu";
 * isCurrencyCode("THB"); //=> true
 * isCurrencyCode("ABC"); //=> false
 * ```
 */
export function isCurrencyCode(code: unknown): code is string {
  return typeof code === "string" && registry.has(code);
}

/**
 * Adds a currency to the registry (for codes the built-in list lacks).
 * Registering a known code again with the same minor digits does nothing;
 * changing the minor digits of a registered code is refused, since amounts
 * already made would change meaning.
 *
 * @param definition - the code, its minor digits and optional names
 * @returns the registered currency
 * @throws `INVALID_CURRENCY_CODE` for a malformed code, `OUT_OF_RANGE` for bad
 *   minor digits, `INVALID_ARGUMENT` when the code is registered with other digits
 *
 * @example
 * ```ts
 * import { registerCurrency, getCurrency } from "ngoaivu";
 * registerCurrency({ code: "XDR", minorDigits: 2, nameEn: "special drawing right" }).code; //=> "XDR"
 * getCurrency("XDR").minorDigits; //=> 2
 * registerCurrency({ code: "VND", minorDigits: 2 }); //=> throws INVALID_ARGUMENT
 * ```
 */
export function registerCurrency(definition: CurrencyDefinition): Currency {
  const { code, minorDigits, nameEn, nameVi } = definition;
  if (!isCode(code)) throw new NgoaivuError("INVALID_CURRENCY_CODE", { code: describe(code) }, { path: ["code"] });
  if (!Number.isInteger(minorDigits) || minorDigits < 0 || minorDigits > 6) {
    throw new NgoaivuError(
      "OUT_OF_RANGE",
      { value: describe(minorDigits), range: { en: "an integer 0..6", vi: "số nguyên từ 0 đến 6" } },
      { path: ["minorDigits"] },
    );
  }
  const existing = registry.get(code);
  if (existing !== undefined) {
    if (existing.minorDigits !== minorDigits) {
      throw new NgoaivuError(
        "INVALID_ARGUMENT",
        {
          name: "minorDigits",
          detail: {
            en: `${code} is already registered with ${existing.minorDigits} minor digits`,
            vi: `${code} đã được đăng ký với ${existing.minorDigits} chữ số thập phân`,
          },
        },
        { path: ["minorDigits"] },
      );
    }
    return existing;
  }
  const currency = define(code, minorDigits, nameEn, nameVi);
  registry.set(code, currency);
  return currency;
}

/**
 * Every registered currency, sorted by code.
 *
 * @returns the currencies
 *
 * @example
 * ```ts
 * import { listCurrencies } from "ngoaivu";
 * listCurrencies().some((c) => c.code === "LAK"); //=> true
 * ```
 */
export function listCurrencies(): Currency[] {
  return [...registry.values()].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

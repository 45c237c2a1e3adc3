/**
 * Money: currencies, exact amounts, totals per currency, dated exchange
 * rates, allocation, percentages, and formatting and parsing in Vietnamese
 * and English.
 *
 * @module
 */
export { type DecimalInput, ExactDecimal, MAX_DECIMAL_LENGTH, ROUNDING_MODES, type RoundingMode } from "./_num.js";
export { allocate, allocateEvenly } from "./allocate.js";
export { type BagConversion, MoneyBag } from "./bag.js";
export {
  type Currency,
  type CurrencyDefinition,
  getCurrency,
  isCurrencyCode,
  listCurrencies,
  registerCurrency,
} from "./currency.js";
export { type FormatMoneyOptions, formatMoney, type NumberLocale } from "./format.js";
export { Money, type MoneyJSON, money, type RoundOptions, sum } from "./money.js";
export {
  type FormatNumberOptions,
  formatNumber,
  type ParseNumberOptions,
  parseNumber,
  toDecimal,
} from "./number.js";
export { MAX_MONEY_TEXT_LENGTH, type ParseMoneyOptions, parseMoney } from "./parse.js";
export { growth, type RatioInput, type RatioOptions, share } from "./percent.js";
export {
  type Conversion,
  type ConvertOptions,
  convertMoney,
  type RateEntry,
  type RateQuote,
  RateTable,
} from "./rates.js";
export {
  AMOUNT_PATTERN,
  AmountStringSchema,
  MoneyBagSchema,
  MoneyJSONSchema,
  MoneySchema,
  moneyIssueCode,
} from "./schema.js";

/**
 * The library's one error type, its codes and their messages in English and
 * Vietnamese.
 *
 * @module
 */
export {
  ERROR_MESSAGES,
  type ErrorCode,
  type ErrorParams,
  type ErrorParamsOf,
  type Lang,
  type MessageTemplate,
  type ParamsArg,
  type ParamsByCode,
  type ParamValue,
  type PlaceholdersOf,
  type TemplateParams,
  type Words,
} from "./codes.js";
export {
  createIssue,
  type ErrorArgs,
  formatMessage,
  type IssueArgs,
  isNgoaivuError,
  type MessageArgs,
  type MessageOptions,
  NgoaivuError,
  type NgoaivuErrorOptions,
  type NgoaivuIssue,
  type PathSegment,
  translateIssue,
  type WithParams,
  type ZodIssueLike,
} from "./error.js";
export { kindParam, MAX_QUOTED_LENGTH, type QuoteOptions, quoteInput } from "./quote.js";
export {
  formatRule,
  type MarkedRule,
  RULE_PREFIX,
  readRule,
  ruleMessage,
  typeRule,
} from "./rules.js";
export {
  documentLang,
  duringOwnParse,
  isOwnParse,
  messageLang,
  setConfiguredLang,
} from "./settings.js";
export { codedParams, isErrorCode, PARAMS_BY_LANG, stampIssue } from "./stamp.js";

/**
 * Reported figures: a count or an amount with its qualifier (exact, about,
 * nearly, over, at least, under), the arithmetic that keeps the qualifier
 * honest, and formatting and parsing in Vietnamese and English.
 *
 * @module
 */
export {
  type CountFigureJSON,
  Figure,
  type FigureJSON,
  type MoneyFigureJSON,
  sumFigures,
} from "./figure.js";
export { combineQualifiers, isQualifier, QUALIFIERS, type Qualifier } from "./qualifier.js";
export { FigureJSONSchema, FigureSchema, QualifierSchema } from "./schema.js";
export {
  type FormatFigureOptions,
  formatFigure,
  MAX_FIGURE_TEXT_LENGTH,
  type ParseFigureOptions,
  parseFigure,
} from "./text.js";

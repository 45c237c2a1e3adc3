/**
 * Record kinds: one declaration per kind of record (delegations,
 * international agreements, consular cases, ODA projects, foreign NGO
 * projects, international conferences, twinning relations, proposals to the
 * Ministry), each in its own file, and the one list of them. Everything
 * that depends on the kinds — the buckets of a record set and of a summary,
 * the sections of a report's figures, `summarize`, the published JSON
 * Schemas and the command's `--type` names and detection — derives from
 * {@link RECORD_KIND_DECLARATIONS}.
 * @module
 */

export {
  CountFigureSchema,
  type DirectionCounts,
  DirectionCountsSchema,
  type MoneyTotal,
  MoneyTotalSchema,
} from "./_figures.js";
export {
  type AnyKindView,
  type AnyRecordKind,
  type Bilingual,
  declareKind,
  type FigureWords,
  type KindWords,
  type RecordKindDeclaration,
  type RecordKindView,
  type SentenceParts,
  type SentenceTools,
} from "./_kind.js";

export { type BuiltInRecordKind, RECORD_KIND_DECLARATIONS, RECORD_KIND_VIEWS } from "./_list.js";
export {
  ENTITY_SCHEMAS,
  type EntityName,
  entityJsonSchema,
  type JsonSchemaDocument,
} from "./json-schema.js";

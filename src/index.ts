/**
 * ngoaivu: typed records, exact money and half-year reports for Vietnam's
 * local foreign-affairs agencies.
 *
 * This entry re-exports the public API of every core module. The core is pure:
 * it does no I/O and uses no Node-only API, so it runs in Node, browsers, Deno,
 * Bun and edge runtimes. Only the `ngoaivu` command does I/O.
 *
 * @packageDocumentation
 */

export * from "./entities/index.js";
export * from "./errors/index.js";
export * from "./figure/index.js";
export {
  type AnyKindView,
  type AnyRecordKind,
  type BuiltInRecordKind,
  declareKind,
  ENTITY_SCHEMAS,
  type EntityName,
  entityJsonSchema,
  type JsonSchemaDocument,
  type KindWords,
  RECORD_KIND_DECLARATIONS,
  type RecordKindDeclaration,
  type RecordKindView,
  type SentenceParts,
  type SentenceTools,
} from "./kinds/index.js";
export * from "./money/index.js";
export * from "./period/index.js";
export * from "./reference/index.js";
export * from "./report/index.js";
export * from "./rollup/index.js";

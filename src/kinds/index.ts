/**
 * Record kinds: one declaration per kind of record (delegations,
 * international agreements, consular cases, ODA projects, foreign NGO
 * projects), each in its own file, and the one list of them. Everything
 * that depends on the kinds — the buckets of a record set and of a summary,
 * the sections of a report's figures, `summarize`, the published JSON
 * Schemas and the command's `--type` names and detection — derives from
 * {@link RECORD_KIND_DECLARATIONS}.
 * @module
 */
import { agreementKind } from "./agreement.js";
import { consularCaseKind } from "./consular-case.js";
import { delegationKind } from "./delegation.js";
import { ngoProjectKind } from "./ngo-project.js";
import { odaProjectKind } from "./oda-project.js";

export {
  CountFigureSchema,
  type DirectionCounts,
  DirectionCountsSchema,
  type MoneyTotal,
  MoneyTotalSchema,
} from "./_figures.js";
export type { RecordKindDeclaration } from "./_kind.js";

/**
 * The record kinds, in the order reports list them: each one's entity
 * name, bucket, report section, schema, JSON Schema title, the command's
 * names and detection fields, and how its records are placed in a period
 * and counted. The only list of the kinds.
 *
 * @example
 * ```ts
 * import { RECORD_KIND_DECLARATIONS } from "ngoaivu";
 * RECORD_KIND_DECLARATIONS.map((k) => [k.name, k.bucket, k.section]);
 * //=> [["delegation", "delegations", "delegations"], ["international-agreement", "agreements", "agreements"], ["consular-case", "consularCases", "consular"], ["oda-project", "odaProjects", "oda"], ["ngo-project", "ngoProjects", "ngo"]]
 * ```
 */
export const RECORD_KIND_DECLARATIONS = [
  delegationKind,
  agreementKind,
  consularCaseKind,
  odaProjectKind,
  ngoProjectKind,
] as const;

/** One built-in record kind's declaration. */
export type BuiltInRecordKind = (typeof RECORD_KIND_DECLARATIONS)[number];

/**
 * Private: the one list of the record kinds (re-exported by `index.ts`).
 * @internal
 * @module
 */
import { agreementKind } from "./agreement.js";
import { consularCaseKind } from "./consular-case.js";
import { delegationKind } from "./delegation.js";
import { ngoProjectKind } from "./ngo-project.js";
import { odaProjectKind } from "./oda-project.js";

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

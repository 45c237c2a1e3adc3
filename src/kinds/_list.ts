/**
 * Private: the one list of the record kinds (re-exported by `index.ts`).
 * @internal
 * @module
 */
import { agreementKind, agreementView } from "./agreement.js";
import { conferenceKind, conferenceView } from "./conference.js";
import { consularCaseKind, consularCaseView } from "./consular-case.js";
import { delegationKind, delegationView } from "./delegation.js";
import { ngoProjectKind, ngoProjectView } from "./ngo-project.js";
import { odaProjectKind, odaProjectView } from "./oda-project.js";
import { proposalKind, proposalView } from "./proposal.js";
import { twinningKind, twinningView } from "./twinning.js";

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
 * //=> [["delegation", "delegations", "delegations"], ["international-agreement", "agreements", "agreements"], ["consular-case", "consularCases", "consular"], ["oda-project", "odaProjects", "oda"], ["ngo-project", "ngoProjects", "ngo"], ["international-conference", "conferences", "conferences"], ["twinning-relation", "twinnings", "twinning"], ["proposal", "proposals", "proposals"]]
 * ```
 */
export const RECORD_KIND_DECLARATIONS = [
  delegationKind,
  agreementKind,
  consularCaseKind,
  odaProjectKind,
  ngoProjectKind,
  conferenceKind,
  twinningKind,
  proposalKind,
] as const;

/** One built-in record kind's declaration. */
export type BuiltInRecordKind = (typeof RECORD_KIND_DECLARATIONS)[number];

/**
 * @internal The views of the built-in kinds, in the same order: what reports
 * need of them (names, sections, words), without their schemas. What
 * rendering, the report schemas and merging default to, so a bundle that
 * only renders reports carries no record schema.
 */
export const RECORD_KIND_VIEWS = [
  delegationView,
  agreementView,
  consularCaseView,
  odaProjectView,
  ngoProjectView,
  conferenceView,
  twinningView,
  proposalView,
] as const;

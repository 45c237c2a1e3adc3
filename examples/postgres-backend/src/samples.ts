/**
 * Loads the library's built-in samples through the same path as
 * `POST /records/:entity`: the members of Cluster II and Cao Bằng, the
 * cluster, Cluster II's records of 2024-H1 and Cao Bằng's of 2020–2025.
 */

import type { EntityName } from "ngoaivu";
import {
  CAO_BANG_MEMBER_JSON,
  CLUSTER_II_JSON,
  CLUSTER_II_MEMBERS_JSON,
  caoBangRecords,
  clusterIIRecords2024H1,
} from "ngoaivu/samples";
import type pg from "pg";
import { type StoreResult, storeRecords } from "./store.js";

/** Stores every sample; returns the answer for each batch. */
export async function loadSamples(pool: pg.Pool): Promise<Partial<Record<string, StoreResult>>> {
  const cluster = clusterIIRecords2024H1();
  const caoBang = caoBangRecords();
  const batches: [string, EntityName, readonly unknown[]][] = [
    ["members", "member", [...CLUSTER_II_MEMBERS_JSON, CAO_BANG_MEMBER_JSON]],
    ["cluster", "emulation-cluster", [CLUSTER_II_JSON]],
    ["delegations", "delegation", [...cluster.delegations, ...caoBang.delegations]],
    ["agreements", "international-agreement", [...cluster.agreements, ...caoBang.agreements]],
    ["consularCases", "consular-case", cluster.consularCases],
    ["odaProjects", "oda-project", caoBang.odaProjects],
    ["ngoProjects", "ngo-project", cluster.ngoProjects],
  ];
  const out: Partial<Record<string, StoreResult>> = {};
  for (const [name, entity, records] of batches) out[name] = await storeRecords(pool, entity, records);
  return out;
}

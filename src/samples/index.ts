/**
 * Built-in datasets (the `ngoaivu/samples` entry): Cluster II of the
 * emulation clusters for local foreign affairs, its members, and the agency
 * two of them became in 2025. Each comes as wire JSON (`…_JSON`) and decoded.
 *
 * @module
 */
import { type EmulationCluster, EmulationClusterSchema, type Member, MemberSchema, parse } from "ngoaivu";
import { CLUSTER_II_JSON, CLUSTER_II_MEMBERS_JSON } from "./cluster-ii.js";

export { CLUSTER_II_JSON, CLUSTER_II_MEMBERS_JSON } from "./cluster-ii.js";

/** A cluster and its members, decoded. */
export interface ClusterSample {
  /** The members (every member the cluster names, and their successors). */
  readonly members: readonly Member[];
  /** The cluster. */
  readonly cluster: EmulationCluster;
}

/**
 * Cluster II, decoded and validated: its members and the cluster with its
 * 2024 (17 members) and 2017 (10 members, 3 of them named) years.
 *
 * @returns the members and the cluster
 *
 * @example
 * ```ts
 * import { clusterII } from "ngoaivu/samples";
 * const { cluster, members } = clusterII();
 * cluster.years[0]?.members.length; //=> 17
 * cluster.years[1]?.head; //=> "so-ngoai-vu-hai-phong"
 * members.find((m) => m.id === "vp-ubnd-bac-ninh")?.successor; //=> "ngoai-vu-bac-ninh"
 * ```
 */
export function clusterII(): ClusterSample {
  return {
    members: CLUSTER_II_MEMBERS_JSON.map((m) => parse(MemberSchema, m)),
    cluster: parse(EmulationClusterSchema, CLUSTER_II_JSON),
  };
}

export {
  CAO_BANG_MEMBER_ID,
  CAO_BANG_MEMBER_JSON,
  type CaoBangRecordsJSON,
  caoBangPrevious,
  caoBangRecords,
  caoBangSubmitted,
} from "./cao-bang.js";
export { clusterIIRecords2024H1, clusterIISubmitted2024H1, type SampleRecordsJSON } from "./cluster-ii-2024-h1.js";

/**
 * Built-in datasets (the `ngoaivu/samples` entry): synthetic records and
 * submitted reports of Cluster II for the first half of 2024, Cao Bằng
 * 2020–2025, and, for them, Cluster II of the emulation clusters for local
 * foreign affairs with its members. Each comes as wire JSON (`…_JSON`) and
 * decoded.
 *
 * The clusters and their yearly memberships are not samples: they are
 * reference data in the core, with their sources (`knownClusters()`,
 * `knownCluster("II")`, `KNOWN_CLUSTERS_JSON` of `ngoaivu`). `clusterII()`,
 * `CLUSTER_II_JSON` and `CLUSTER_II_MEMBERS_JSON` give that data.
 *
 * @module
 */
import { type EmulationCluster, knownCluster, type Member } from "ngoaivu";

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
 * 2024 (17 members) and 2017 (10 members, 3 of them named) years. The same as
 * `knownCluster("II")` of `ngoaivu`, without the sources.
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
  const { members, cluster } = knownCluster("II")!;
  return { members, cluster };
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
export { NATIONAL_PROPOSALS, NATIONAL_SAMPLE_PERIOD, type NationalSampleJSON, nationalSample } from "./national.js";

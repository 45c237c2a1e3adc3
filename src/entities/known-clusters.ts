/**
 * The known emulation clusters, decoded: the reference data of
 * `KNOWN_CLUSTERS_JSON` (Cluster II in 2024 and 2017, Cluster 3 in 2025)
 * through the entity schemas, with their sources and what they leave out.
 *
 * @module
 */
import { type ClusterGap, type ClusterSource, KNOWN_CLUSTERS_JSON, type KnownClusterData } from "../reference/index.js";
import { type EmulationCluster, EmulationClusterSchema } from "./cluster.js";
import { type Member, MemberSchema } from "./member.js";
import { parse } from "./validate.js";

/** A known cluster, decoded: the cluster, its members, its sources and what is not known. */
export interface KnownCluster {
  /** The cluster with its known years. */
  readonly cluster: EmulationCluster;
  /** Every member its years name, and the members they became. */
  readonly members: readonly Member[];
  /** Where the data comes from: at least one source for every year. */
  readonly sources: readonly ClusterSource[];
  /** What the sources leave out. */
  readonly unknown: readonly ClusterGap[];
}

function decode(data: KnownClusterData): KnownCluster {
  return {
    cluster: parse(EmulationClusterSchema, data.cluster),
    members: data.members.map((m) => parse(MemberSchema, m)),
    sources: data.sources,
    unknown: data.unknown,
  };
}

/**
 * The emulation clusters the library knows from published sources, decoded
 * and validated: Cluster II (2024: 17 members; 2017: 10 members, 3 named) and
 * Cluster 3 (2025: 7 members). Each call decodes afresh.
 *
 * @returns the known clusters, each with its members, sources and gaps
 *
 * @example
 * ```ts
 * import { checkCluster, knownClusters } from "ngoaivu";
 * const known = knownClusters();
 * known.map((k) => [k.cluster.id, k.cluster.years.map((y) => [y.year, y.memberCount ?? y.members.length])]);
 * //=> [["II", [[2024, 17], [2017, 10]]], ["3", [[2025, 7]]]]
 * known.every((k) => checkCluster(k.cluster, k.members).length === 0); //=> true
 * ```
 */
export function knownClusters(): KnownCluster[] {
  return KNOWN_CLUSTERS_JSON.map(decode);
}

/**
 * One known emulation cluster by its id (`"II"`, `"3"`), decoded and
 * validated, or `undefined` when the library knows no cluster of that id.
 *
 * @param id - the cluster id, as the cluster is numbered
 * @returns the cluster with its members, sources and gaps, or `undefined`
 *
 * @example
 * ```ts
 * import { clusterMembers, knownCluster } from "ngoaivu";
 * const three = knownCluster("3")!;
 * three.cluster.years[0]?.head; //=> "so-ngoai-vu-thanh-hoa"
 * clusterMembers(three.cluster, 2025)?.length; //=> 7
 * three.sources[0]?.url?.startsWith("https://baothanhhoa.vn/"); //=> true
 * knownCluster("II")?.unknown.some((g) => g.what.startsWith("The head")); //=> true
 * knownCluster("IX"); //=> undefined
 * ```
 */
export function knownCluster(id: string): KnownCluster | undefined {
  const data = KNOWN_CLUSTERS_JSON.find((c) => c.cluster.id === id);
  return data === undefined ? undefined : decode(data);
}

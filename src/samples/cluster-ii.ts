/**
 * Cluster II as wire records (plain JSON), for the samples: its members and
 * the cluster with its 2024 and 2017 years.
 *
 * The memberships are reference data in the core, with their sources and
 * what they leave out (`KNOWN_CLUSTERS_JSON`, decoded by `knownCluster("II")`
 * of `ngoaivu`): these constants are that data, not a copy of it.
 *
 * @module
 */
import { type EmulationClusterInput, KNOWN_CLUSTERS_JSON, type MemberInput } from "ngoaivu";

const CLUSTER_II = KNOWN_CLUSTERS_JSON.find((c) => c.cluster.id === "II")!;

/**
 * The members of Cluster II (2024), and the agency of the new Bắc Ninh that
 * two of them became, as wire records: the `members` of the reference data.
 *
 * @example
 * ```ts
 * import { CLUSTER_II_MEMBERS_JSON } from "ngoaivu/samples";
 * CLUSTER_II_MEMBERS_JSON.length; //=> 18
 * CLUSTER_II_MEMBERS_JSON.filter((m) => m.kind === "department").length; //=> 7
 * CLUSTER_II_MEMBERS_JSON.filter((m) => m.kind === "office-unit").length; //=> 10
 * ```
 */
export const CLUSTER_II_MEMBERS_JSON: readonly MemberInput[] = CLUSTER_II.members;

/**
 * Cluster II with its 2024 and 2017 years, as a wire record: the `cluster`
 * of the reference data.
 *
 * @example
 * ```ts
 * import { CLUSTER_II_JSON } from "ngoaivu/samples";
 * CLUSTER_II_JSON.years.map((y) => [y.year, y.members.length, y.memberCount ?? y.members.length]);
 * //=> [[2024, 17, 17], [2017, 3, 10]]
 * ```
 */
export const CLUSTER_II_JSON: EmulationClusterInput = CLUSTER_II.cluster;

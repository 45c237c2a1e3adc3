/**
 * Reference data: Vietnam's province-level units across the 2025
 * reorganisation (lookups by code and date, successors, name search), the
 * kinds of member agency, the known emulation clusters with their yearly
 * memberships, and ISO 3166-1 countries with vi/en names.
 *
 * Sources: the General Statistics Office list of administrative units dated
 * 01/03/2025 (as mirrored in `daohoangson/dvhcvn` v20250301); the 34 codes of
 * GSO letter 915/CTK-CSCL (Decision 19/2025/QĐ-TTg); successors from the annex
 * of Party Resolution 60-NQ/TW and NA Resolution 202/2025/QH15 (in force 12
 * June 2025, new authorities from 1 July 2025); Huế a centrally-run city from
 * 1 January 2025 (NA Resolution 175/2024/QH15); ISO 3166-2:VN codes from the
 * Debian `iso-codes` data; English names after
 * `thanglequoc/vietnamese-provinces-database` v2.4.1 with the conventional
 * forms Hanoi, Haiphong, Ho Chi Minh City, Hue; country names from
 * `i18n-iso-countries`. The emulation clusters and their yearly memberships
 * carry their own sources (`KNOWN_CLUSTERS_JSON`).
 *
 * @module
 */
export type {
  ProvinceAmendment,
  ProvinceChange,
  ProvinceKind,
  ProvinceMerger,
  ProvinceUnit,
} from "./_types.js";
export {
  type ClusterData,
  type ClusterGap,
  type ClusterMemberData,
  type ClusterNameData,
  type ClusterReviewData,
  type ClusterSource,
  type ClusterYearData,
  KNOWN_CLUSTERS_JSON,
  type KnownClusterData,
} from "./clusters.js";
export { type Country, countries, country, findCountry, isCountryCode } from "./country.js";
export { PROVINCE_CHANGES } from "./data/changes.js";
export { UNITS_BEFORE_2025 } from "./data/provinces.generated.js";
export { foldVietnamese, MAX_NAME_QUERY_LENGTH } from "./fold.js";
export {
  isMemberKind,
  MEMBER_KIND_LABELS,
  MEMBER_KINDS,
  type MemberKind,
  memberKindLabel,
  PROVINCE_KIND_LABELS,
  PROVINCE_KINDS,
} from "./member-kind.js";
export {
  findProvince,
  type Province,
  predecessors,
  province,
  provinceHistory,
  provinces,
  type SuccessorOptions,
  successor,
} from "./province.js";

/**
 * The domain entities: members, emulation clusters, delegations,
 * international agreements, consular cases, ODA and foreign NGO projects.
 * Each has a zod schema (the single source of truth, a Standard Schema
 * validator), its inferred type, its domain rules, and a JSON Schema of its
 * wire form; `parse` / `safeParse` / `parseBatch` validate with coded,
 * bilingual issues.
 *
 * @module
 */
export {
  AgreementFormSchema,
  AgreementStatusSchema,
  DISTRICTS_ENDED,
  ForeignPartyKindSchema,
  ForeignPartySchema,
  type InternationalAgreement,
  type InternationalAgreementInput,
  InternationalAgreementSchema,
  isAgreementInForce,
  isNewAgreement,
  SignatoryLevelSchema,
} from "./agreement.js";
export {
  type ClusterYear,
  ClusterYearSchema,
  checkCluster,
  clusterMembers,
  type EmulationCluster,
  type EmulationClusterInput,
  EmulationClusterSchema,
  ReviewKindSchema,
  type ReviewMeeting,
  ReviewMeetingSchema,
} from "./cluster.js";
export {
  AmountSchema,
  type BilingualName,
  BilingualNameSchema,
  CountryCodeSchema,
  type DateRange,
  DateSchema,
  type DeepReadonly,
  isDateInRange,
  MEMBER_ID_PATTERN,
  type MemberId,
  MemberIdSchema,
  NameSchema,
  RecordIdSchema,
  TextSchema,
} from "./common.js";
export {
  AbtcApplicationSchema,
  AbtcDecisionSchema,
  BUILT_IN_CONSULAR_CASE_TYPES,
  type ConsularCase,
  type ConsularCaseInput,
  ConsularCaseSchema,
  ConsularCaseStatusSchema,
  ConsularCaseTypeSchema,
  isConsularCaseType,
  registerConsularCaseType,
} from "./consular-case.js";
export {
  type Delegation,
  DelegationDirectionSchema,
  type DelegationInput,
  DelegationSchema,
  DelegationStatusSchema,
  delegationCountedIn,
  LeaderLevelSchema,
} from "./delegation.js";
export { type KnownCluster, knownCluster, knownClusters } from "./known-clusters.js";
export {
  checkMembers,
  isMemberActive,
  isMemberActiveDuring,
  type Member,
  type MemberDays,
  type MemberInput,
  MemberKindSchema,
  MemberSchema,
  memberOn,
  ProvinceCodeSchema,
} from "./member.js";
export {
  ApprovalDecisionSchema,
  DisbursementSchema,
  NgoAidFormSchema,
  NgoDonorSchema,
  type NgoProject,
  type NgoProjectInput,
  NgoProjectSchema,
} from "./ngo-project.js";
export {
  type ActivityStatus,
  ActivityStatusSchema,
  DonorKindSchema,
  DonorSchema,
  IATI_ACTIVITY_STATUS,
  OdaCapitalSchema,
  OdaCapitalTypeSchema,
  OdaModalitySchema,
  type OdaProject,
  type OdaProjectInput,
  OdaProjectSchema,
  type StatusChange,
  StatusChangeSchema,
  type StatusDay,
  statusInPeriod,
  statusOn,
  type Transaction,
  TransactionSchema,
  type TransactionTotals,
  transactionTotals,
} from "./oda-project.js";
export {
  type AnySchema,
  type BatchResult,
  DEFAULT_LIMITS,
  encode,
  type InputLimits,
  type InvalidRecord,
  type ParseOptions,
  parse,
  parseBatch,
  type SafeParseResult,
  safeParse,
  type ValidRecord,
} from "./validate.js";
export {
  configureNgoaivu,
  type FromZodIssuesOptions,
  fromZodIssues,
  type NgoaivuConfig,
  type StandardIssue,
  type ZodIssues,
  zodErrorMap,
} from "./zod.js";

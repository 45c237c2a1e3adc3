/**
 * EmulationCluster: a numbered emulation cluster (cụm thi đua) of the
 * Ministry of Foreign Affairs, with its members, head (cụm trưởng), deputies
 * (cụm phó), theme and review meetings, year by year.
 *
 * @module
 */
import * as z from "zod";
import { createIssue, formatRule, type Lang, type NgoaivuIssue } from "../errors/index.js";
import { addDomainIssue } from "./_issues.js";
import { BilingualNameSchema, DateSchema, type DeepReadonly, MemberIdSchema, TextSchema } from "./common.js";
import { isMemberActiveDuring, type Member } from "./member.js";

/**
 * The two review meetings of a cluster year: `mid-year` (sơ kết 6 tháng) and
 * `year-end` (tổng kết năm).
 *
 * @example
 * ```ts
 * import { ReviewKindSchema } from "ngoaivu";
 * ReviewKindSchema.options; //=> ["mid-year", "year-end"]
 * ```
 */
export const ReviewKindSchema = /* @__PURE__ */ (() => z.enum(["mid-year", "year-end"]))();

/**
 * A review meeting: its kind, and when known its day, hosts and a note.
 *
 * @example
 * ```ts
 * import { ReviewMeetingSchema } from "ngoaivu";
 * ReviewMeetingSchema.parse({ kind: "mid-year", hosts: ["so-ngoai-vu-ha-noi"] }).hosts; //=> ["so-ngoai-vu-ha-noi"]
 * ```
 */
export const ReviewMeetingSchema = /* @__PURE__ */ (() =>
  z.object({
    kind: ReviewKindSchema,
    date: DateSchema.optional(),
    hosts: z.array(MemberIdSchema).max(100).optional().describe("Members that hosted the meeting"),
    note: TextSchema.optional(),
  }))();

/** A review meeting of a cluster. */
export interface ReviewMeeting extends z.output<typeof ReviewMeetingSchema> {}

/**
 * One year of a cluster. `members` lists the members that year; when only
 * some are known, `memberCount` gives how many there were (the list may not
 * be longer). `head` and `deputies` are optional: leave them out when the
 * source does not name them.
 *
 * @example
 * ```ts
 * import { ClusterYearSchema } from "ngoaivu";
 * ClusterYearSchema.parse({ year: 2017, members: ["so-ngoai-vu-hai-phong"], memberCount: 10 }).memberCount; //=> 10
 * ```
 */
export const ClusterYearSchema = /* @__PURE__ */ (() =>
  z.object({
    year: z.int().min(1990).max(2100),
    members: z.array(MemberIdSchema).max(100),
    memberCount: z.int().min(1).max(100).optional().describe("Number of members, when the list is not complete"),
    head: MemberIdSchema.optional().describe("Cụm trưởng: the member that heads the cluster that year"),
    deputies: z.array(MemberIdSchema).max(10).optional().describe("Cụm phó: the deputy heads that year"),
    theme: TextSchema.optional().describe("The emulation theme of the year"),
    reviews: z.array(ReviewMeetingSchema).max(10).optional(),
  }))();

/** One year of a cluster. */
export interface ClusterYear extends z.output<typeof ClusterYearSchema> {}

/**
 * An emulation cluster: an id (`"II"`), a name in Vietnamese and English, and
 * its years.
 *
 * Domain rules: no year twice, no member twice in a year (`DUPLICATE_ID`); the
 * head, the deputies and the review hosts are members that year
 * (`NOT_A_CLUSTER_MEMBER`); the list is no longer than `memberCount`
 * (`MEMBER_COUNT_MISMATCH`).
 *
 * @example
 * ```ts
 * import { safeParse, EmulationClusterSchema } from "ngoaivu";
 * const result = safeParse(EmulationClusterSchema, {
 *   id: "II", name: { vi: "Cụm thi đua II", en: "Emulation Cluster II" },
 *   years: [{ year: 2017, members: ["so-ngoai-vu-thai-nguyen"], memberCount: 10, head: "so-ngoai-vu-hai-phong" }],
 * });
 * result.success ? [] : result.issues.map((i) => [i.code, i.path.join(".")]);
 * //=> [["NOT_A_CLUSTER_MEMBER", "years.0.head"]]
 * ```
 */
export const EmulationClusterSchema = /* @__PURE__ */ (() =>
  z
    .object({
      id: z
        .string()
        .regex(
          /^[A-Z0-9]{1,10}$/,
          formatRule({ en: "capital letters or digits, e.g. II", vi: "chữ in hoa hoặc chữ số, ví dụ II" }),
        )
        .describe("Cluster id, e.g. II"),
      name: BilingualNameSchema,
      years: z.array(ClusterYearSchema).min(1).max(200),
    })
    .check((payload) => {
      // Cross-field rules run once every field is valid (a field may still be in its wire form).
      if (payload.issues.length > 0) return;
      const cluster = payload.value;
      const years = new Set<number>();
      cluster.years.forEach((y, i) => {
        if (years.has(y.year)) addDomainIssue(payload, "DUPLICATE_ID", { id: String(y.year) }, ["years", i, "year"]);
        years.add(y.year);
        const members = new Set<string>();
        y.members.forEach((m, j) => {
          if (members.has(m)) addDomainIssue(payload, "DUPLICATE_ID", { id: m }, ["years", i, "members", j]);
          members.add(m);
        });
        if (y.memberCount !== undefined && y.members.length > y.memberCount)
          addDomainIssue(payload, "MEMBER_COUNT_MISMATCH", { count: y.members.length, expected: y.memberCount }, [
            "years",
            i,
            "memberCount",
          ]);
        const notMember = (member: string, path: (string | number)[]) => {
          if (!members.has(member))
            addDomainIssue(payload, "NOT_A_CLUSTER_MEMBER", { member, cluster: cluster.id, year: y.year }, path);
        };
        if (y.head !== undefined) notMember(y.head, ["years", i, "head"]);
        y.deputies?.forEach((d, j) => {
          notMember(d, ["years", i, "deputies", j]);
        });
        y.reviews?.forEach((r, j) => {
          r.hosts?.forEach((h, k) => {
            notMember(h, ["years", i, "reviews", j, "hosts", k]);
          });
        });
      });
    }))();

/** An emulation cluster, decoded. */
export interface EmulationCluster extends z.output<typeof EmulationClusterSchema> {}
/**
 * An emulation cluster on the wire (JSON): dates as strings, arrays and properties
 * readonly at any depth, so a hand-built `as const` record or a
 * database row (its days as `string`) is one without a cast.
 */
export interface EmulationClusterInput extends DeepReadonly<z.input<typeof EmulationClusterSchema>> {}

/**
 * The members of a cluster in a year, or `undefined` when the cluster has no
 * data for that year.
 *
 * @param cluster - the cluster
 * @param year - the calendar year
 * @returns the member ids that year
 *
 * @example
 * ```ts
 * import { clusterMembers } from "ngoaivu";
 * import { clusterII } from "ngoaivu/samples";
 * const { members, cluster } = clusterII();
 * clusterMembers(cluster, 2024)?.length; //=> 17
 * clusterMembers(cluster, 2020); //=> undefined
 * ```
 */
export function clusterMembers(cluster: EmulationCluster, year: number): readonly string[] | undefined {
  return cluster.years.find((y) => y.year === year)?.members;
}

/**
 * Checks a cluster against the members it names: each is known
 * (`UNKNOWN_MEMBER`) and operates at some time during the year
 * (`MEMBER_NOT_ACTIVE`).
 *
 * @param cluster - the decoded cluster
 * @param members - the decoded members
 * @param options - `lang` of the messages
 * @returns the issues, with paths into the cluster (empty when all is well)
 *
 * @example
 * ```ts
 * import { checkCluster } from "ngoaivu";
 * import { clusterII } from "ngoaivu/samples";
 * const { members, cluster } = clusterII();
 * checkCluster(cluster, members); //=> []
 * checkCluster(cluster, []).length; //=> 20
 * ```
 */
export function checkCluster(
  cluster: EmulationCluster,
  members: readonly Member[],
  options: { readonly lang?: Lang } = {},
): NgoaivuIssue[] {
  const byId = new Map(members.map((m) => [m.id, m] as const));
  const issues: NgoaivuIssue[] = [];
  cluster.years.forEach((y, i) => {
    y.members.forEach((id, j) => {
      const member = byId.get(id);
      if (member === undefined)
        issues.push(createIssue("UNKNOWN_MEMBER", { member: id }, ["years", i, "members", j], options));
      else if (!overlapsYear(member, y.year))
        issues.push(
          createIssue("MEMBER_NOT_ACTIVE", { member: id, date: `${y.year}` }, ["years", i, "members", j], options),
        );
    });
  });
  return issues;
}

function overlapsYear(member: Member, year: number): boolean {
  return isMemberActiveDuring(member, { start: `${year}-01-01`, end: `${year}-12-31` });
}

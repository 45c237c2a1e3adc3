/** Test helper: the samples compiled through the public API (summarize → compile → compare). */
import {
  ConsularCaseSchema,
  compare,
  compile,
  DelegationSchema,
  InternationalAgreementSchema,
  MemberReportSchema,
  MemberSchema,
  mergeReports,
  NgoProjectSchema,
  OdaProjectSchema,
  parse,
  parseBatch,
  summarize,
  TwinningRelationSchema,
} from "../../src/index.js";
import {
  CAO_BANG_MEMBER_JSON,
  caoBangPrevious,
  caoBangRecords,
  caoBangSubmitted,
  clusterII,
  clusterIIRecords2024H1,
  clusterIISubmitted2024H1,
} from "../../src/samples/index.js";

function decode<S extends Parameters<typeof parseBatch>[0]>(schema: S, records: readonly unknown[]) {
  const { valid, invalid } = parseBatch(schema, records);
  if (invalid.length > 0) throw new Error(`invalid sample records: ${JSON.stringify(invalid[0])}`);
  return valid.map((v) => v.value);
}

/** Cluster II, 2024-H1: records summarized, the two members' own reports added, compiled. */
export function clusterIIReport() {
  const { cluster, members } = clusterII();
  const wire = clusterIIRecords2024H1();
  const summary = summarize(
    {
      delegations: decode(DelegationSchema, wire.delegations),
      agreements: decode(InternationalAgreementSchema, wire.agreements),
      consularCases: decode(ConsularCaseSchema, wire.consularCases),
      ngoProjects: decode(NgoProjectSchema, wire.ngoProjects),
    },
    { period: "2024-H1" },
  );
  const submitted = clusterIISubmitted2024H1().map((r) => parse(MemberReportSchema, r));
  const report = compile([...summary.reports, ...submitted], cluster, "2024-H1", { members });
  return { report, summary, members, cluster };
}

/** Cao Bằng, 2020–2025: records summarized and merged with the department's own figures; compared with 2016–2020. */
export function caoBangReport() {
  const member = parse(MemberSchema, CAO_BANG_MEMBER_JSON);
  const wire = caoBangRecords();
  const summary = summarize(
    {
      delegations: decode(DelegationSchema, wire.delegations),
      agreements: decode(InternationalAgreementSchema, wire.agreements),
      odaProjects: decode(OdaProjectSchema, wire.odaProjects),
      twinnings: decode(TwinningRelationSchema, wire.twinnings),
    },
    { period: "2020-2025", members: [member] },
  );
  const fromRecords = summary.reports[0];
  if (fromRecords === undefined) throw new Error("no report");
  const report = mergeReports(fromRecords, parse(MemberReportSchema, caoBangSubmitted()));
  const previous = parse(MemberReportSchema, caoBangPrevious());
  const comparison = compare(report, previous, { digits: 0 });
  return { report, previous, comparison, summary, members: [member] };
}

/**
 * The national sample: the proposals and recommendations (kiến nghị, đề
 * xuất) the localities sent to the Ministry for the 21st National
 * Conference on External Affairs, **267** of them (the published total, see
 * `../shared/DOMAIN.md`: "267 proposals sent by localities to the 21st
 * National Conference on External Affairs"), from the foreign-affairs
 * agencies of the 63 provinces of the time (before the reorganisation of
 * 1 July 2025).
 *
 * **Synthetic but plausible: only the total is real.** How the 267 split
 * among the provinces, their areas, texts and days, and which were answered
 * are made up: 4 or 5 a province, spread evenly in the provinces' code
 * order. The conference's own date is not in our sources (the 20th was held
 * on 13 December 2021), so the proposals are dated September to November
 * 2023 and the sample's period is the year 2023.
 *
 * The agencies of the 17 provinces of Cluster II keep their ids of the
 * Cluster II sample (`so-ngoai-vu-ha-noi`, `vp-ubnd-ha-nam`, …); the others,
 * whose kind (department or office unit) the library does not know, are
 * `co-quan-ngoai-vu-<province>` ("the foreign-affairs agency of …").
 *
 * @module
 */
import { foldVietnamese, type MemberNames, type ProposalInput, provinces } from "ngoaivu";
import { CLUSTER_II_MEMBERS_JSON } from "./cluster-ii.js";

/** The published number of proposals and recommendations from localities. */
export const NATIONAL_PROPOSALS = 267;

/** The national sample's period: the year the proposals were sent. */
export const NATIONAL_SAMPLE_PERIOD = "2023";

/** The occasion the proposals were sent for. */
const OCCASION = "Hội nghị Ngoại vụ toàn quốc lần thứ 21";

/** The national sample: the 63 agencies expected (ids and names) and their proposals, as wire JSON. */
export interface NationalSampleJSON {
  /** The period of the national report (`"2023"`). */
  readonly period: string;
  /** The foreign-affairs agency of each of the 63 provinces of 2023, in the provinces' code order, with its names. */
  readonly members: MemberNames[];
  /** The 267 proposals. */
  readonly proposals: ProposalInput[];
}

const AREAS: readonly ProposalInput["area"][] = [
  "economic-diplomacy",
  "cultural-diplomacy",
  "consular",
  "border-territory",
  "international-agreements",
  "foreign-information",
  "overseas-vietnamese",
  "delegations",
  "international-conferences",
  "organisation-staffing",
  "political-diplomacy",
  "other",
];

const TEXTS: Readonly<Record<ProposalInput["area"], string>> = {
  "economic-diplomacy": "Đề nghị Bộ hỗ trợ kết nối địa phương với các cơ quan đại diện để xúc tiến đầu tư, thương mại",
  "cultural-diplomacy": "Đề nghị Bộ hướng dẫn lập hồ sơ quảng bá di sản văn hóa của địa phương ra nước ngoài",
  consular: "Đề nghị Bộ hướng dẫn quy trình phối hợp bảo hộ công dân của địa phương ở nước ngoài",
  "border-territory": "Đề nghị Bộ hỗ trợ cơ chế giao lưu giữa các xã biên giới với địa phương bên kia biên giới",
  "international-agreements": "Đề nghị Bộ hướng dẫn thủ tục ký kết thỏa thuận quốc tế của cấp xã",
  "foreign-information": "Đề nghị Bộ cung cấp thông tin định hướng về chính sách của các đối tác lớn",
  "overseas-vietnamese": "Đề nghị Bộ hỗ trợ kết nối với cộng đồng người Việt Nam ở nước ngoài quê ở địa phương",
  delegations: "Đề nghị Bộ rút ngắn thời gian cho ý kiến về đoàn ra của lãnh đạo tỉnh",
  "international-conferences": "Đề nghị Bộ hướng dẫn thẩm quyền cho phép tổ chức hội thảo quốc tế trực tuyến",
  "organisation-staffing": "Đề nghị Bộ tổ chức bồi dưỡng nghiệp vụ đối ngoại cho cán bộ cấp tỉnh và cấp xã",
  "political-diplomacy": "Đề nghị Bộ thông báo sớm chương trình hoạt động đối ngoại cấp cao liên quan đến địa phương",
  other: "Đề nghị Bộ sớm ban hành hướng dẫn thống nhất về chế độ báo cáo công tác đối ngoại địa phương",
};

function slug(name: string): string {
  return foldVietnamese(name).replace(/[^a-z0-9]+/g, "-");
}

function day(offset: number): string {
  return new Date(Date.UTC(2023, 8, 1 + offset)).toISOString().slice(0, 10);
}

/**
 * The national sample (2023): the foreign-affairs agencies of the 63
 * provinces of the time and the 267 proposals and recommendations they sent
 * to the Ministry for the 21st National Conference on External Affairs, as
 * wire JSON, a fresh copy on each call. **Synthetic but plausible**: only
 * the total is real (see the module comment).
 *
 * @returns the period, the agencies expected and the proposals
 *
 * @example
 * ```ts
 * import { compileNational, parseBatch, ProposalSchema, render, summarize } from "ngoaivu";
 * import { nationalSample } from "ngoaivu/samples";
 * const { period, members, proposals } = nationalSample();
 * [members.length, proposals.length]; //=> [63, 267]
 * const summary = summarize({ proposals: parseBatch(ProposalSchema, proposals).values }, { period });
 * const national = compileNational(summary, period, { members: members.map((m) => m.id) });
 * national.totals.proposals?.sent?.toString(); //=> "267"
 * national.notReported; //=> []
 * ```
 */
export function nationalSample(): NationalSampleJSON {
  // Cluster II's members that operated through 2023 (not the units that succeeded them in 2025).
  const clusterII = new Map(
    CLUSTER_II_MEMBERS_JSON.filter(
      (m) =>
        (m.validFrom === undefined || m.validFrom <= "2023-01-01") &&
        (m.validTo === undefined || m.validTo >= "2023-12-31"),
    ).map((m) => [m.province, m] as const),
  );
  const units = provinces("2023-12-31");
  const members: MemberNames[] = units.map((p) => {
    const known = clusterII.get(p.code);
    if (known !== undefined) return { id: known.id, names: { vi: known.names.vi, en: known.names.en } };
    const kind = p.kind === "city" ? { vi: "thành phố", en: "City" } : { vi: "tỉnh", en: "Province" };
    return {
      id: `co-quan-ngoai-vu-${slug(p.nameVi)}`,
      names: { vi: `Cơ quan ngoại vụ ${kind.vi} ${p.nameVi}`, en: `${p.nameEn} ${kind.en} foreign-affairs agency` },
    };
  });
  const proposals: ProposalInput[] = [];
  members.forEach((m, i) => {
    const count =
      Math.floor((NATIONAL_PROPOSALS * (i + 1)) / members.length) -
      Math.floor((NATIONAL_PROPOSALS * i) / members.length);
    for (let j = 0; j < count; j++) {
      const n = proposals.length;
      const area = AREAS[n % AREAS.length] as ProposalInput["area"];
      const sent = day((n * 7) % 91); // 1 September to 30 November 2023
      const answered = n % 5 < 3;
      proposals.push({
        id: `hnnv21-${String(n + 1).padStart(3, "0")}`,
        member: m.id,
        sent,
        addressee: { body: "ministry" },
        occasion: OCCASION,
        area,
        text: TEXTS[area],
        ...(answered
          ? {
              status: "answered",
              answered: "2023-12-20",
              answer: "Bộ Ngoại giao tiếp thu, sẽ phối hợp với địa phương triển khai",
            }
          : { status: "considering" }),
      });
    }
  });
  return { period: NATIONAL_SAMPLE_PERIOD, members, proposals };
}

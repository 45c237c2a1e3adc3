/**
 * Cao Bằng Department of Foreign Affairs, 2020–2025 term, as wire JSON:
 * record-level ODA projects, outgoing delegations and international
 * agreements, the figures the department reports itself, and its report for
 * the previous term (2016–2020) to compare with.
 *
 * **The records are synthetic but plausible.** What is public is the
 * department's term summary (DOMAIN.md); the records reproduce it exactly:
 * 9 ODA / concessional-loan projects with total capital
 * VND 1,576,566,000,000, of which 7 completed with VND 1,451,355,000,000;
 * 120 outgoing delegations; 69 agreements; 10 hamlets, communes and border
 * districts twinned with towns across the border in Guangxi (China). Every
 * title, date, partner, pairing of twinned places and the split of the
 * capital among projects are made up.
 *
 * The figures no record yields are the department's own, with the
 * qualifiers it writes: about 190 incoming delegations, over 40 NGOs and
 * donors, USD 52 million of NGO aid, nearly VND 6,900 billion of border-gate
 * budget revenue.
 *
 * Two figures are not published and are chosen to be consistent with what
 * is, so that `compare` reproduces the published percentages:
 *
 * - border-gate revenue 2016–2020: **VND 1,977 billion**, so the growth is
 *   (6,900 − 1,977) / 1,977 = 4,923 / 1,977 = 2.4901… = **249%**
 *   ("tăng 249% so với giai đoạn 2016–2020");
 * - the province's state budget revenue 2020–2025: **about VND 15,000 billion**,
 *   so the share is 6,900 / 15,000 = 0.46 = **46%**.
 *
 * @module
 */
import {
  addCalendarDays,
  type DelegationInput,
  type InternationalAgreementInput,
  type MemberInput,
  type MemberReportInput,
  type OdaProjectInput,
  type TwinningRelationInput,
} from "ngoaivu";

/**
 * The member id of the Cao Bằng Department of Foreign Affairs in the samples.
 *
 * @example
 * ```ts
 * import { CAO_BANG_MEMBER_ID } from "ngoaivu/samples";
 * CAO_BANG_MEMBER_ID; //=> "so-ngoai-vu-cao-bang"
 * ```
 */
export const CAO_BANG_MEMBER_ID = "so-ngoai-vu-cao-bang";

/**
 * The Cao Bằng Department of Foreign Affairs as a wire record (province 04,
 * unchanged by the 2025 reorganisation).
 *
 * @example
 * ```ts
 * import { CAO_BANG_MEMBER_JSON } from "ngoaivu/samples";
 * CAO_BANG_MEMBER_JSON.names.vi; //=> "Sở Ngoại vụ tỉnh Cao Bằng"
 * ```
 */
export const CAO_BANG_MEMBER_JSON: MemberInput = {
  id: CAO_BANG_MEMBER_ID,
  kind: "department",
  province: "04",
  names: { vi: "Sở Ngoại vụ tỉnh Cao Bằng", en: "Cao Bang Department of Foreign Affairs" },
};

/** The record-level data of the Cao Bằng sample, as wire JSON. */
export interface CaoBangRecordsJSON {
  /** The 120 outgoing delegations of the term. */
  readonly delegations: DelegationInput[];
  /** The 69 agreements signed in the term. */
  readonly agreements: InternationalAgreementInput[];
  /** The 9 ODA and concessional-loan projects. */
  readonly odaProjects: OdaProjectInput[];
  /** The 10 hamlets, communes and border districts twinned with towns across the border in Guangxi (China). */
  readonly twinnings: TwinningRelationInput[];
}

// Title, capital type, modality, total capital (VND), foreign part, start, end (or undefined while running).
type Oda = readonly [
  string,
  OdaProjectInput["capitalType"],
  OdaProjectInput["modality"],
  string,
  string,
  string,
  string | undefined,
];
const ODA: readonly Oda[] = [
  [
    "Phát triển cơ sở hạ tầng nông thôn các xã biên giới",
    "oda-loan",
    "project",
    "412650000000",
    "350750000000",
    "2020-03-01",
    "2023-12-31",
  ],
  [
    "Cấp nước sinh hoạt thị trấn và cụm xã",
    "oda-loan",
    "project",
    "268430000000",
    "228160000000",
    "2020-06-01",
    "2024-06-30",
  ],
  [
    "Nâng cấp y tế tuyến cơ sở",
    "concessional-loan",
    "project",
    "185200000000",
    "157420000000",
    "2020-09-01",
    "2024-12-31",
  ],
  ["Trường học vùng cao", "non-refundable-oda", "project", "96575000000", "86917000000", "2021-01-15", "2023-08-31"],
  [
    "Giảm nghèo và sinh kế bền vững",
    "oda-loan",
    "programme",
    "231800000000",
    "197030000000",
    "2020-04-01",
    "2025-06-30",
  ],
  [
    "Đường kết nối cửa khẩu",
    "concessional-loan",
    "project",
    "176300000000",
    "149855000000",
    "2021-05-01",
    "2025-09-30",
  ],
  ["Thủy lợi nhỏ vùng núi", "non-refundable-oda", "project", "80400000000", "72360000000", "2021-03-01", "2024-03-31"],
  [
    "Ứng phó biến đổi khí hậu lưu vực sông Bằng",
    "oda-loan",
    "project",
    "78611000000",
    "66819000000",
    "2023-02-01",
    undefined,
  ],
  [
    "Phát triển du lịch cộng đồng Non nước Cao Bằng",
    "non-refundable-oda",
    "project",
    "46600000000",
    "41940000000",
    "2024-04-01",
    undefined,
  ],
];

const DONORS = [
  { name: "Multilateral development bank (sample)", kind: "multilateral" },
  { name: "Bilateral development agency (sample)", kind: "government", country: "JP" },
  { name: "Bilateral development agency (sample)", kind: "government", country: "KR" },
] as const;

const PARTNERS: ReadonlyArray<
  readonly [string, "foreign-locality" | "foreign-enterprise" | "international-organisation", string | undefined]
> = [
  ["Khu tự trị dân tộc Choang Quảng Tây", "foreign-locality", "CN"],
  ["Thành phố Bách Sắc", "foreign-locality", "CN"],
  ["Thành phố Sùng Tả", "foreign-locality", "CN"],
  ["Huyện Long Châu", "foreign-locality", "CN"],
  ["Huyện Tịnh Tây", "foreign-locality", "CN"],
  ["Tỉnh Hủa Phăn", "foreign-locality", "LA"],
  ["Vùng Normandy", "foreign-locality", "FR"],
  ["Công ty thương mại biên mậu (dữ liệu mẫu)", "foreign-enterprise", "CN"],
  ["Tổ chức quốc tế về công viên địa chất (dữ liệu mẫu)", "international-organisation", undefined],
];

// Local party (level, name), its Guangxi partner (level, name), the day established. Synthetic: only the count of 10 is
// published. The two districts' relations were established before district-level government ended (30 June 2025).
const TWINNINGS: ReadonlyArray<
  readonly [
    TwinningRelationInput["localParty"]["level"],
    string,
    TwinningRelationInput["foreignLocality"]["level"],
    string,
    string,
  ]
> = [
  ["district", "huyện Trùng Khánh", "county", "huyện Đại Tân", "2021-03-26"],
  ["district", "huyện Hạ Lang", "county", "huyện Long Châu", "2021-11-18"],
  ["commune", "xã Đàm Thủy", "town", "trấn Đức Thiên", "2022-04-12"],
  ["commune", "xã Đình Phong", "township", "hương Thạc Long", "2022-09-07"],
  ["commune", "xã Lý Quốc", "town", "trấn Thủy Khẩu", "2023-02-21"],
  ["hamlet", "xóm Bản Giốc (dữ liệu mẫu)", "village", "thôn Bản Giốc (dữ liệu mẫu)", "2023-06-15"],
  ["hamlet", "xóm Pò Peo (dữ liệu mẫu)", "village", "thôn Pò Peo (dữ liệu mẫu)", "2023-10-03"],
  ["hamlet", "xóm Nà Giàng (dữ liệu mẫu)", "village", "thôn Nà Giàng (dữ liệu mẫu)", "2024-03-19"],
  ["hamlet", "xóm Lũng Cải (dữ liệu mẫu)", "village", "thôn Lũng Cải (dữ liệu mẫu)", "2024-08-27"],
  ["hamlet", "xóm Cốc Chia (dữ liệu mẫu)", "village", "thôn Cốc Chia (dữ liệu mẫu)", "2025-04-10"],
];

const OUT_COUNTRIES = ["CN", "CN", "CN", "LA", "KR", "JP", "FR", "TH"] as const;

/**
 * The record-level data of the Cao Bằng sample (2020–2025): 120 outgoing
 * delegations, 69 agreements, 9 ODA projects and 10 twinning relations, as
 * wire JSON, a fresh copy on each call. **Synthetic but plausible**: only the totals are real.
 *
 * @returns the records
 *
 * @example
 * ```ts
 * import { caoBangRecords } from "ngoaivu/samples";
 * const { delegations, agreements, odaProjects, twinnings } = caoBangRecords();
 * [delegations.length, agreements.length, odaProjects.length, twinnings.length]; //=> [120, 69, 9, 10]
 * odaProjects.reduce((sum, p) => sum + BigInt(p.capital.total.amount), 0n); //=> 1576566000000n
 * ```
 */
export function caoBangRecords(): CaoBangRecordsJSON {
  const odaProjects: OdaProjectInput[] = ODA.map(([title, capitalType, modality, total, foreign, start, end], i) => {
    const domestic = (BigInt(total) - BigInt(foreign)).toString();
    const statuses: OdaProjectInput["statuses"] = [
      { status: "pipeline", from: addCalendarDays(start, -180) },
      { status: "implementation", from: start },
      ...(end === undefined ? [] : [{ status: "closed", from: addCalendarDays(end, 1) } as const]),
    ];
    return {
      id: `cb-oda-${i + 1}`,
      member: CAO_BANG_MEMBER_ID,
      title,
      donors: [{ ...DONORS[i % DONORS.length] } as OdaProjectInput["donors"][number]],
      capitalType,
      modality,
      capital: {
        total: { amount: total, currency: "VND" },
        foreign: { amount: foreign, currency: "VND" },
        domestic: { amount: domestic, currency: "VND" },
      },
      statuses,
      start,
      ...(end === undefined ? {} : { end }),
    };
  });
  // 120 outgoing delegations, fewer in the pandemic years: 2020 6, 2021 4, 2022 18, 2023 30, 2024 34, 2025 28.
  const perYear: ReadonlyArray<readonly [number, number]> = [
    [2020, 6],
    [2021, 4],
    [2022, 18],
    [2023, 30],
    [2024, 34],
    [2025, 28],
  ];
  const delegations: DelegationInput[] = [];
  for (const [year, count] of perYear) {
    for (let i = 0; i < count; i++) {
      const start = addCalendarDays(`${year}-01-08`, Math.floor((i * 350) / count));
      delegations.push({
        id: `cb-dr-${year}-${String(i + 1).padStart(2, "0")}`,
        member: CAO_BANG_MEMBER_ID,
        direction: "outgoing",
        start,
        end: addCalendarDays(start, 1 + (i % 5)),
        countries: [OUT_COUNTRIES[(year + i) % OUT_COUNTRIES.length] as string],
        ledBy: i % 4 === 0 ? "people-committee-vice-chair" : "department-head",
        headcount: 4 + (i % 8),
        purpose: i % 3 === 0 ? "Hội đàm với chính quyền địa phương biên giới" : "Xúc tiến thương mại qua cửa khẩu",
        status: "completed",
      });
    }
  }
  const agreements: InternationalAgreementInput[] = [];
  for (let i = 0; i < 69; i++) {
    const [name, kind, country] = PARTNERS[i % PARTNERS.length] as (typeof PARTNERS)[number];
    const signed = addCalendarDays("2020-02-10", Math.floor((i * 2140) / 69));
    agreements.push({
      id: `cb-tt-${String(i + 1).padStart(2, "0")}`,
      member: CAO_BANG_MEMBER_ID,
      title: `${i % 3 === 0 ? "Biên bản hội đàm" : "Thỏa thuận hợp tác"} với ${name}`,
      form: i % 3 === 0 ? "minutes" : "agreement",
      signatory: i % 4 === 0 ? "department" : "provincial-people-committee",
      foreignParties: [{ kind, name, ...(country === undefined ? {} : { country }) }],
      signed,
      status: "in-force",
    });
  }
  const twinnings: TwinningRelationInput[] = TWINNINGS.map(([level, name, foreignLevel, foreign, established], i) => ({
    id: `cb-kn-${String(i + 1).padStart(2, "0")}`,
    member: CAO_BANG_MEMBER_ID,
    localParty: { level, name },
    foreignLocality: { name: `${foreign}, Quảng Tây`, country: "CN", level: foreignLevel },
    kind: level === "hamlet" ? "people-to-people" : "twinning",
    established,
    status: "in-force",
  }));
  return { delegations, agreements, odaProjects, twinnings };
}

const count = (n: number, qualifier: "exact" | "about" | "over" = "exact") => ({ qualifier, count: String(n) });
const vnd = (amount: string, qualifier: "exact" | "about" | "nearly") => ({ qualifier, amount, currency: "VND" });

/**
 * What the Cao Bằng department reports itself for 2020–2025 (no record
 * yields these): about 190 incoming delegations, over 40 NGOs and donors
 * with USD 52 million of aid, nearly VND 6,900 billion of border-gate budget
 * revenue, about VND 15,000 billion of provincial state budget revenue
 * (chosen, see the module comment).
 *
 * @returns a `MemberReport` in its wire form (`basis: "submitted"`)
 *
 * @example
 * ```ts
 * import { caoBangSubmitted } from "ngoaivu/samples";
 * caoBangSubmitted().figures.extra?.borderGateRevenue;
 * //=> { qualifier: "nearly", amount: "6900000000000", currency: "VND" }
 * ```
 */
export function caoBangSubmitted(): MemberReportInput {
  return {
    member: CAO_BANG_MEMBER_ID,
    period: "2020-2025",
    basis: "submitted",
    figures: {
      delegations: { incoming: count(190, "about") },
      ngo: {
        donors: count(40, "over"),
        committed: { qualifier: "exact", amounts: [{ amount: "52000000.00", currency: "USD" }] },
      },
      extra: {
        borderGateRevenue: vnd("6900000000000", "nearly"),
        stateBudgetRevenue: vnd("15000000000000", "about"),
      },
    },
    note: "Số liệu do Sở Ngoại vụ tỉnh Cao Bằng báo cáo",
  };
}

/**
 * The Cao Bằng department's report for the previous term, 2016–2020, with
 * the one figure the comparison needs: border-gate budget revenue of
 * VND 1,977 billion (chosen so that "up 249%" holds, see the module comment).
 *
 * @returns a `MemberReport` in its wire form
 *
 * @example
 * ```ts
 * import { caoBangPrevious } from "ngoaivu/samples";
 * caoBangPrevious().period; //=> "2016-2020"
 * ```
 */
export function caoBangPrevious(): MemberReportInput {
  return {
    member: CAO_BANG_MEMBER_ID,
    period: "2016-2020",
    basis: "submitted",
    figures: { extra: { borderGateRevenue: vnd("1977000000000", "exact") } },
    note: "Báo cáo tổng kết giai đoạn 2016–2020 (số liệu mẫu)",
  };
}

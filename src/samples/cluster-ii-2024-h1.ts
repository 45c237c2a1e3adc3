/**
 * Cluster II, first half of 2024: record-level data for its 17 members, and
 * the two members' own reports, as wire JSON.
 *
 * **The records are synthetic but plausible.** No member publishes its
 * record-level data; what is public is the cluster's mid-year review, whose
 * totals (DOMAIN.md) these records reproduce: about 400 outgoing delegations,
 * nearly 360 incoming, 14 new international agreements, nearly 100 foreign
 * NGO projects with a committed value of over USD 1 million, 52 consular
 * cases, 38 citizen-protection cases and 12 ABTC applications. Every
 * date, country, partner, NGO name and amount below is made up (by a seeded
 * generator, so the data never changes); only the members and the totals are
 * real.
 *
 * How the published qualifiers arise: 15 members keep records, and their
 * figures are exact counts. Two members send their own figures, as members
 * do: Hà Nội writes "khoảng 110 đoàn ra" and "hơn 400.000 USD", Hải Phòng
 * "gần 60 đoàn vào" and "gần 15 dự án". Compiled with the figure module's
 * qualifier sum, the cluster's totals then read "khoảng 400", "gần 360",
 * "gần 100" and "hơn 1 triệu USD", with the values 400, 360, 100 and
 * USD 1,000,000.00:
 *
 * | figure            | Hà Nội      | Hải Phòng   | 15 members (records) | cluster           |
 * |-------------------|-------------|-------------|----------------------|-------------------|
 * | outgoing          | about 110   | 42          | 248                  | about 400         |
 * | incoming          | 96          | nearly 60   | 204                  | nearly 360        |
 * | new agreements    | 4           | 2           | 8                    | 14                |
 * | consular cases    | 14          | 6           | 32                   | 52                |
 * | citizen protection| 9           | 5           | 24                   | 38                |
 * | ABTC applications | 4           | 3           | 5                    | 12                |
 * | NGO projects      | 25          | nearly 15   | 60                   | nearly 100        |
 * | NGO committed     | over 400,000| 150,000     | 450,000              | over USD 1,000,000|
 *
 * The records also hold four that must not be counted in 2024-H1, so that a
 * rollup's accounting shows: two delegations that started in December 2023
 * and July 2024, one cancelled delegation, and one consular case opened in
 * July 2024.
 *
 * @module
 */
import {
  addCalendarDays,
  allocate,
  type ConsularCaseInput,
  type DelegationInput,
  type InternationalAgreementInput,
  type MemberReportInput,
  Money,
  type NgoProjectInput,
} from "ngoaivu";

/** The record-level data of a sample, as wire JSON, by kind of record. */
export interface SampleRecordsJSON {
  /** Outgoing and incoming delegations. */
  readonly delegations: DelegationInput[];
  /** International agreements. */
  readonly agreements: InternationalAgreementInput[];
  /** Consular cases, citizen-protection cases and ABTC applications. */
  readonly consularCases: ConsularCaseInput[];
  /** Foreign NGO projects. */
  readonly ngoProjects: NgoProjectInput[];
}

// Per member keeping records: outgoing, incoming, new agreements, consular,
// citizen protection, ABTC, NGO projects, NGO committed value (whole USD).
type Row = readonly [string, string, number, number, number, number, number, number, number, number];
const ROWS: readonly Row[] = [
  ["so-ngoai-vu-bac-giang", "bg", 22, 19, 1, 3, 2, 1, 5, 38_000],
  ["so-ngoai-vu-phu-tho", "pt", 18, 14, 1, 2, 2, 0, 4, 30_500],
  ["so-ngoai-vu-thai-nguyen", "tn", 20, 17, 1, 3, 2, 1, 5, 36_000],
  ["so-ngoai-vu-tuyen-quang", "tq", 12, 9, 0, 1, 1, 0, 4, 27_000],
  ["so-ngoai-vu-vinh-phuc", "vp", 19, 16, 1, 2, 2, 1, 3, 21_000],
  ["vp-ubnd-bac-ninh", "bn", 24, 22, 2, 4, 3, 1, 5, 41_500],
  ["vp-ubnd-bac-kan", "bk", 8, 6, 0, 1, 1, 0, 6, 46_000],
  ["vp-ubnd-hai-duong", "hd", 17, 14, 1, 3, 2, 1, 3, 22_000],
  ["vp-ubnd-ha-nam", "hn", 12, 10, 0, 2, 1, 0, 2, 14_000],
  ["vp-ubnd-hoa-binh", "hb", 13, 11, 0, 1, 1, 0, 6, 44_000],
  ["vp-ubnd-hung-yen", "hy", 16, 13, 0, 2, 2, 0, 3, 20_500],
  ["vp-ubnd-nam-dinh", "nd", 15, 12, 0, 2, 1, 0, 3, 19_000],
  ["vp-ubnd-ninh-binh", "nb", 21, 16, 1, 3, 2, 0, 4, 29_500],
  ["vp-ubnd-yen-bai", "yb", 14, 11, 0, 1, 1, 0, 5, 40_000],
  ["vp-ubnd-thai-binh", "tb", 17, 14, 0, 2, 1, 0, 2, 21_000],
];

/** A small seeded generator (mulberry32): the same data on every call. */
function generator(seed: number): (n: number) => number {
  let a = seed >>> 0;
  return (n) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) % n;
  };
}

const OUT_COUNTRIES = ["KR", "JP", "CN", "LA", "TH", "SG", "DE", "FR", "AU", "US", "IN", "CZ"] as const;
const IN_COUNTRIES = ["KR", "JP", "CN", "LA", "TW", "US", "DE", "FR", "AU", "GB", "NL", "IL", "BY", "CU"] as const;
const LEVELS = [
  "people-committee-chair",
  "people-committee-vice-chair",
  "department-head",
  "department-head",
  "other",
] as const;
const OUT_PURPOSES = [
  "Xúc tiến đầu tư, thương mại và du lịch",
  "Làm việc với địa phương kết nghĩa",
  "Học tập kinh nghiệm quản lý đô thị",
  "Dự hội chợ, triển lãm quốc tế",
  "Tham dự hội nghị hợp tác địa phương",
] as const;
const IN_PURPOSES = [
  "Tìm hiểu môi trường đầu tư",
  "Thăm và làm việc với lãnh đạo tỉnh",
  "Khảo sát dự án viện trợ",
  "Trao đổi hợp tác giáo dục, y tế",
  "Giao lưu hữu nghị nhân dân",
] as const;
const NGOS: ReadonlyArray<readonly [string, string]> = [
  ["Asia Clean Water Fund", "KR"],
  ["Nordic Child Education Trust", "NO"],
  ["Pacific Rural Health Foundation", "AU"],
  ["Green Mountains Relief", "US"],
  ["Rhein Vocational Partnership", "DE"],
  ["Sakura Community Aid", "JP"],
  ["Maple Disability Support", "CA"],
  ["Lowlands Water and Sanitation", "NL"],
] as const;
const NGO_FIELDS = ["Y tế", "Giáo dục", "Nước sạch và vệ sinh", "Sinh kế", "Hỗ trợ người khuyết tật"] as const;
const PARTNER_KINDS: ReadonlyArray<readonly [string, string]> = [
  ["Tỉnh Gyeonggi", "KR"],
  ["Tỉnh Gunma", "JP"],
  ["Khu tự trị dân tộc Choang Quảng Tây", "CN"],
  ["Tỉnh Luang Prabang", "LA"],
  ["Bang Saxony", "DE"],
  ["Vùng Normandy", "FR"],
] as const;

function pick<T>(list: readonly T[], rnd: (n: number) => number): T {
  return list[rnd(list.length)] as T;
}

function day(rnd: (n: number) => number, from: string, span: number): string {
  return addCalendarDays(from, rnd(span));
}

function serial(n: number): string {
  return String(n).padStart(3, "0");
}

/**
 * The record-level data of Cluster II for the first half of 2024: wire JSON
 * (validate it with the entity schemas, e.g. `parseBatch(DelegationSchema, …)`),
 * a fresh copy on each call. **Synthetic but plausible** (see the module
 * comment): the 15 members that keep records, plus four records that fall
 * outside the half-year or were cancelled.
 *
 * @returns the delegations, agreements, consular cases and NGO projects
 *
 * @example
 * ```ts
 * import { clusterIIRecords2024H1 } from "ngoaivu/samples";
 * const records = clusterIIRecords2024H1();
 * records.delegations.filter((d) => d.direction === "outgoing" && d.start >= "2024-01-01" && d.start <= "2024-06-30" && d.status !== "cancelled").length;
 * //=> 248
 * records.agreements.length; //=> 8
 * records.ngoProjects.length; //=> 60
 * ```
 */
export function clusterIIRecords2024H1(): SampleRecordsJSON {
  const rnd = generator(2024_06_30);
  const delegations: DelegationInput[] = [];
  const agreements: InternationalAgreementInput[] = [];
  const consularCases: ConsularCaseInput[] = [];
  const ngoProjects: NgoProjectInput[] = [];
  for (const [member, short, outgoing, incoming, newAgreements, consular, protection, abtc, ngo, committed] of ROWS) {
    let n = 0;
    for (const [direction, count] of [
      ["outgoing", outgoing],
      ["incoming", incoming],
    ] as const) {
      for (let i = 0; i < count; i++) {
        const start = day(rnd, "2024-01-02", 178);
        const out = direction === "outgoing";
        const country = pick(out ? OUT_COUNTRIES : IN_COUNTRIES, rnd);
        const record: DelegationInput = {
          id: `${short}-${out ? "dr" : "dv"}-${serial(++n)}`,
          member,
          direction,
          start,
          end: addCalendarDays(start, 1 + rnd(out ? 8 : 4)),
          countries: [country],
          ledBy: pick(LEVELS, rnd),
          headcount: 3 + rnd(out ? 10 : 20),
          purpose: pick(out ? OUT_PURPOSES : IN_PURPOSES, rnd),
          status: "completed",
        };
        if (out)
          delegations.push({ ...record, cost: { amount: String((150 + rnd(450)) * 1_000_000), currency: "VND" } });
        else delegations.push(record);
      }
    }
    for (let i = 0; i < newAgreements; i++) {
      const [partner, country] = pick(PARTNER_KINDS, rnd);
      const signed = day(rnd, "2024-01-15", 160);
      agreements.push({
        id: `${short}-tt-${serial(i + 1)}`,
        member,
        title: `Biên bản ghi nhớ hợp tác với ${partner}`,
        form: i % 2 === 0 ? "memorandum-of-understanding" : "agreement",
        signatory: "provincial-people-committee",
        foreignParties: [{ kind: "foreign-locality", name: partner, country }],
        signed,
        status: "in-force",
        field: pick(["Kinh tế, thương mại", "Giáo dục, đào tạo", "Văn hóa, du lịch"], rnd),
      });
    }
    let c = 0;
    for (const [type, count] of [
      ["consular", consular],
      ["citizen-protection", protection],
      ["abtc-application", abtc],
    ] as const) {
      for (let i = 0; i < count; i++) {
        const opened = day(rnd, "2024-01-03", 170);
        const closed = rnd(4) === 0 ? undefined : addCalendarDays(opened, 2 + rnd(8));
        const base: ConsularCaseInput = {
          id: `${short}-ls-${serial(++c)}`,
          member,
          type,
          opened,
          status: closed === undefined ? "open" : "closed",
          ...(closed === undefined ? {} : { closed }),
          persons: 1 + rnd(type === "citizen-protection" ? 6 : 3),
          country: pick(["KR", "JP", "CN", "TW", "MY", "DE"], rnd),
        };
        consularCases.push(
          type === "abtc-application"
            ? {
                ...base,
                abtc: {
                  enterprise: `Công ty TNHH ${pick(["Sản xuất", "Thương mại", "Xuất nhập khẩu"], rnd)} ${short.toUpperCase()} ${i + 1}`,
                  ...(closed === undefined
                    ? {}
                    : { decision: { outcome: "approved", number: `${100 + c}/QĐ-UBND`, date: closed } }),
                },
              }
            : base,
        );
      }
    }
    const weights = Array.from({ length: ngo }, () => 1 + rnd(4));
    allocate(Money.of(String(committed), "USD"), weights).forEach((value, i) => {
      const [name, country] = pick(NGOS, rnd);
      const approved = day(rnd, "2024-01-10", 160);
      ngoProjects.push({
        id: `${short}-pc-${serial(i + 1)}`,
        member,
        title: `Dự án ${pick(NGO_FIELDS, rnd).toLowerCase()} cộng đồng, giai đoạn 2024–2025`,
        donor: { name, country },
        aidForm: "project",
        committed: value.toJSON(),
        approval: { number: `${200 + i}/QĐ-UBND`, date: approved, authority: "Ủy ban nhân dân tỉnh" },
        sector: pick(NGO_FIELDS, rnd),
        statuses: [{ status: "implementation", from: approved }],
        start: approved,
        end: addCalendarDays(approved, 365 + rnd(365)),
      });
    });
  }
  // Records that must not be counted in 2024-H1.
  delegations.push(
    {
      id: "bg-dr-2023-12",
      member: "so-ngoai-vu-bac-giang",
      direction: "outgoing",
      start: "2023-12-27",
      end: "2024-01-03",
      countries: ["KR"],
      ledBy: "people-committee-vice-chair",
      headcount: 6,
      purpose: "Xúc tiến đầu tư tại Gyeonggi (bắt đầu năm 2023)",
      status: "completed",
    },
    {
      id: "tn-dv-2024-07",
      member: "so-ngoai-vu-thai-nguyen",
      direction: "incoming",
      start: "2024-07-02",
      end: "2024-07-04",
      countries: ["JP"],
      ledBy: "people-committee-chair",
      headcount: 12,
      purpose: "Thăm và làm việc với lãnh đạo tỉnh (6 tháng cuối năm)",
      status: "completed",
    },
    {
      id: "bn-dr-huy",
      member: "vp-ubnd-bac-ninh",
      direction: "outgoing",
      start: "2024-05-20",
      end: "2024-05-25",
      countries: ["DE"],
      ledBy: "department-head",
      headcount: 5,
      purpose: "Đoàn công tác đã hủy",
      status: "cancelled",
    },
  );
  consularCases.push({
    id: "hd-ls-2024-07",
    member: "vp-ubnd-hai-duong",
    type: "citizen-protection",
    opened: "2024-07-05",
    status: "open",
    persons: 2,
    country: "KR",
  });
  return { delegations, agreements, consularCases, ngoProjects };
}

const count = (n: number, qualifier: "exact" | "about" | "nearly" | "over" = "exact") => ({
  qualifier,
  count: String(n),
});

/**
 * The two members of Cluster II that send their own figures for the first
 * half of 2024, as members do, with the qualifiers they write: Hà Nội
 * ("khoảng 110 đoàn ra", NGO aid "hơn 400.000 USD") and Hải Phòng
 * ("gần 60 đoàn vào", "gần 15 dự án"). Synthetic but plausible, chosen so
 * that the cluster's totals are the published ones (see the module comment).
 *
 * @returns two `MemberReport`s in their wire form
 *
 * @example
 * ```ts
 * import { clusterIISubmitted2024H1 } from "ngoaivu/samples";
 * const [hanoi, haiphong] = clusterIISubmitted2024H1();
 * hanoi?.figures.delegations?.outgoing; //=> { qualifier: "about", count: "110" }
 * haiphong?.figures.delegations?.incoming; //=> { qualifier: "nearly", count: "60" }
 * ```
 */
export function clusterIISubmitted2024H1(): MemberReportInput[] {
  const usd = (amount: string, qualifier: "exact" | "over") => ({
    qualifier,
    amounts: [{ amount, currency: "USD" }],
  });
  return [
    {
      member: "so-ngoai-vu-ha-noi",
      period: "2024-H1",
      convention: "statistical",
      basis: "submitted",
      figures: {
        delegations: { outgoing: count(110, "about"), incoming: count(96) },
        agreements: { new: count(4) },
        consular: { consularCases: count(14), citizenProtection: count(9), abtcApplications: count(4) },
        ngo: { projects: count(25), committed: usd("400000.00", "over") },
      },
      note: "Số liệu do Sở Ngoại vụ Hà Nội báo cáo",
    },
    {
      member: "so-ngoai-vu-hai-phong",
      period: "2024-H1",
      convention: "statistical",
      basis: "submitted",
      figures: {
        delegations: { outgoing: count(42), incoming: count(60, "nearly") },
        agreements: { new: count(2) },
        consular: { consularCases: count(6), citizenProtection: count(5), abtcApplications: count(3) },
        ngo: { projects: count(15, "nearly"), committed: usd("150000.00", "exact") },
      },
      note: "Số liệu do Sở Ngoại vụ Hải Phòng báo cáo",
    },
  ];
}

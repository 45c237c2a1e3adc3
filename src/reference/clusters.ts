/**
 * The emulation clusters the library knows, as sourced reference data: for
 * each cluster its years (members, head, deputies, reviews) as far as the
 * sources give them, the member agencies it names (and the agencies they
 * became), the sources, and what the sources leave out. Everything is plain
 * wire JSON, in the shapes of `MemberInput` and `EmulationClusterInput`;
 * `knownClusters()` and `knownCluster(id)` give it decoded and validated.
 *
 * Member ids follow the library's scheme: `so-ngoai-vu-<province>` for a
 * Department of Foreign Affairs, `vp-ubnd-<province>` for the foreign-affairs
 * unit of a People's Committee office, `ngoai-vu-<province>` when the source
 * does not say which; the province is its name without diacritics.
 *
 * Nothing here is invented: a head, a deputy, a founding day or a member that
 * no source names is left out, and each cluster lists what is not known in
 * `unknown`.
 *
 * @module
 */
import type { MemberKind } from "./member-kind.js";

/** A name in Vietnamese and English. */
export interface ClusterNameData {
  /** Vietnamese. */
  readonly vi: string;
  /** English. */
  readonly en: string;
}

/** A member agency as wire JSON (the shape of `MemberInput`). */
export interface ClusterMemberData {
  /** Member id (`so-ngoai-vu-hai-phong`). */
  readonly id: string;
  /** `department` or `office-unit`; absent when the source does not say. */
  readonly kind?: MemberKind;
  /** General Statistics Office code of its province. */
  readonly province: string;
  /** Its names. */
  readonly names: ClusterNameData;
  /** First day it operates as this member, `YYYY-MM-DD`; absent when not known. */
  readonly validFrom?: string;
  /** Last day it operates as this member, `YYYY-MM-DD`; absent while it still does. */
  readonly validTo?: string;
  /** The member it became after a merger. */
  readonly successor?: string;
}

/** A review meeting of a cluster year as wire JSON (the shape of `ReviewMeeting`). */
export interface ClusterReviewData {
  /** `mid-year` (sơ kết 6 tháng) or `year-end` (tổng kết năm). */
  readonly kind: "mid-year" | "year-end";
  /** Its day, `YYYY-MM-DD`, when known. */
  readonly date?: string;
  /** Members that hosted it, when the source names them. */
  readonly hosts?: readonly string[];
  /** A note. */
  readonly note?: string;
}

/** One year of a cluster as wire JSON (the shape of `ClusterYear`). */
export interface ClusterYearData {
  /** The calendar year. */
  readonly year: number;
  /** The members named for that year. */
  readonly members: readonly string[];
  /** How many members there were, when `members` is not the whole list. */
  readonly memberCount?: number;
  /** Cụm trưởng, when the source names it. */
  readonly head?: string;
  /** Cụm phó, when the source names them. */
  readonly deputies?: readonly string[];
  /** The emulation theme of the year. */
  readonly theme?: string;
  /** Review meetings. */
  readonly reviews?: readonly ClusterReviewData[];
}

/** A cluster as wire JSON (the shape of `EmulationClusterInput`). */
export interface ClusterData {
  /** Cluster id (`"II"`, `"3"`), as the cluster is numbered. */
  readonly id: string;
  /** Its names. */
  readonly name: ClusterNameData;
  /** Its known years, newest first. */
  readonly years: readonly ClusterYearData[];
}

/**
 * A source of a cluster's data: which years it supports and what the library
 * takes from it, with its title, issuer, day and address when they are
 * recorded (absent when not).
 */
export interface ClusterSource {
  /** The cluster years it supports. */
  readonly years: readonly number[];
  /** What the library takes from it. */
  readonly says: string;
  /** Its title as published. */
  readonly title?: string;
  /** Who published it. */
  readonly issuer?: string;
  /** The day it was published, `YYYY-MM-DD`. */
  readonly date?: string;
  /** Its address. */
  readonly url?: string;
}

/** Something about a cluster that the sources do not say, and the years it concerns. */
export interface ClusterGap {
  /** The cluster years it concerns. */
  readonly years: readonly number[];
  /** What is not known. */
  readonly what: string;
}

/** A known cluster as reference data: the cluster, its members, its sources, what is not known. */
export interface KnownClusterData {
  /** The cluster and its years. */
  readonly cluster: ClusterData;
  /** Every member its years name, and the members they became. */
  readonly members: readonly ClusterMemberData[];
  /** Where the data comes from: at least one source for every year. */
  readonly sources: readonly ClusterSource[];
  /** What the sources leave out. */
  readonly unknown: readonly ClusterGap[];
}

/**
 * Cluster II, 2024 and 2017.
 *
 * - 2024 (17 members): the Departments of Foreign Affairs of Hải Phòng,
 *   Hà Nội, Bắc Giang, Phú Thọ, Thái Nguyên, Tuyên Quang, Vĩnh Phúc (7) and
 *   the foreign-affairs units of the People's Committee offices of Bắc Ninh,
 *   Bắc Kạn, Hải Dương, Hà Nam, Hòa Bình, Hưng Yên, Nam Định, Ninh Bình,
 *   Yên Bái, Thái Bình (10); the mid-year review hosted with the Hanoi
 *   department.
 * - 2017: 10 members, head Hải Phòng, deputies Thái Nguyên and Phú Thọ; only
 *   those three are named, so the year lists them with `memberCount: 10`.
 * - Members of the provinces that ceased on 1 July 2025 (Resolution
 *   202/2025/QH15) end on 30 June 2025. The Bắc Giang department and the
 *   Bắc Ninh unit became one agency of the new Bắc Ninh (code 24),
 *   `ngoai-vu-bac-ninh`, whose kind the sources do not say.
 */
const CLUSTER_II: KnownClusterData = {
  cluster: {
    id: "II",
    name: { vi: "Cụm thi đua II", en: "Emulation Cluster II" },
    years: [
      {
        year: 2024,
        members: [
          "so-ngoai-vu-hai-phong",
          "so-ngoai-vu-ha-noi",
          "so-ngoai-vu-bac-giang",
          "so-ngoai-vu-phu-tho",
          "so-ngoai-vu-thai-nguyen",
          "so-ngoai-vu-tuyen-quang",
          "so-ngoai-vu-vinh-phuc",
          "vp-ubnd-bac-ninh",
          "vp-ubnd-bac-kan",
          "vp-ubnd-hai-duong",
          "vp-ubnd-ha-nam",
          "vp-ubnd-hoa-binh",
          "vp-ubnd-hung-yen",
          "vp-ubnd-nam-dinh",
          "vp-ubnd-ninh-binh",
          "vp-ubnd-yen-bai",
          "vp-ubnd-thai-binh",
        ],
        reviews: [
          {
            kind: "mid-year",
            hosts: ["so-ngoai-vu-ha-noi"],
            note: "Hosted with the Hanoi Department of Foreign Affairs",
          },
        ],
      },
      {
        year: 2017,
        members: ["so-ngoai-vu-hai-phong", "so-ngoai-vu-thai-nguyen", "so-ngoai-vu-phu-tho"],
        memberCount: 10,
        head: "so-ngoai-vu-hai-phong",
        deputies: ["so-ngoai-vu-thai-nguyen", "so-ngoai-vu-phu-tho"],
      },
    ],
  },
  members: [
    {
      id: "so-ngoai-vu-hai-phong",
      kind: "department",
      province: "31",
      names: { vi: "Sở Ngoại vụ thành phố Hải Phòng", en: "Haiphong Department of Foreign Affairs" },
    },
    {
      id: "so-ngoai-vu-ha-noi",
      kind: "department",
      province: "01",
      names: { vi: "Sở Ngoại vụ thành phố Hà Nội", en: "Hanoi Department of Foreign Affairs" },
    },
    {
      id: "so-ngoai-vu-bac-giang",
      kind: "department",
      province: "24",
      names: { vi: "Sở Ngoại vụ tỉnh Bắc Giang", en: "Bac Giang Department of Foreign Affairs" },
      validTo: "2025-06-30",
      successor: "ngoai-vu-bac-ninh",
    },
    {
      id: "so-ngoai-vu-phu-tho",
      kind: "department",
      province: "25",
      names: { vi: "Sở Ngoại vụ tỉnh Phú Thọ", en: "Phu Tho Department of Foreign Affairs" },
    },
    {
      id: "so-ngoai-vu-thai-nguyen",
      kind: "department",
      province: "19",
      names: { vi: "Sở Ngoại vụ tỉnh Thái Nguyên", en: "Thai Nguyen Department of Foreign Affairs" },
    },
    {
      id: "so-ngoai-vu-tuyen-quang",
      kind: "department",
      province: "08",
      names: { vi: "Sở Ngoại vụ tỉnh Tuyên Quang", en: "Tuyen Quang Department of Foreign Affairs" },
    },
    {
      id: "so-ngoai-vu-vinh-phuc",
      kind: "department",
      province: "26",
      names: { vi: "Sở Ngoại vụ tỉnh Vĩnh Phúc", en: "Vinh Phuc Department of Foreign Affairs" },
      validTo: "2025-06-30",
    },
    {
      id: "vp-ubnd-bac-ninh",
      kind: "office-unit",
      province: "27",
      names: {
        vi: "Bộ phận ngoại vụ, Văn phòng UBND tỉnh Bắc Ninh",
        en: "Foreign-affairs unit, Office of the Bac Ninh Provincial People's Committee",
      },
      validTo: "2025-06-30",
      successor: "ngoai-vu-bac-ninh",
    },
    {
      id: "vp-ubnd-bac-kan",
      kind: "office-unit",
      province: "06",
      names: {
        vi: "Bộ phận ngoại vụ, Văn phòng UBND tỉnh Bắc Kạn",
        en: "Foreign-affairs unit, Office of the Bac Kan Provincial People's Committee",
      },
      validTo: "2025-06-30",
    },
    {
      id: "vp-ubnd-hai-duong",
      kind: "office-unit",
      province: "30",
      names: {
        vi: "Bộ phận ngoại vụ, Văn phòng UBND tỉnh Hải Dương",
        en: "Foreign-affairs unit, Office of the Hai Duong Provincial People's Committee",
      },
      validTo: "2025-06-30",
    },
    {
      id: "vp-ubnd-ha-nam",
      kind: "office-unit",
      province: "35",
      names: {
        vi: "Bộ phận ngoại vụ, Văn phòng UBND tỉnh Hà Nam",
        en: "Foreign-affairs unit, Office of the Ha Nam Provincial People's Committee",
      },
      validTo: "2025-06-30",
    },
    {
      id: "vp-ubnd-hoa-binh",
      kind: "office-unit",
      province: "17",
      names: {
        vi: "Bộ phận ngoại vụ, Văn phòng UBND tỉnh Hòa Bình",
        en: "Foreign-affairs unit, Office of the Hoa Binh Provincial People's Committee",
      },
      validTo: "2025-06-30",
    },
    {
      id: "vp-ubnd-hung-yen",
      kind: "office-unit",
      province: "33",
      names: {
        vi: "Bộ phận ngoại vụ, Văn phòng UBND tỉnh Hưng Yên",
        en: "Foreign-affairs unit, Office of the Hung Yen Provincial People's Committee",
      },
    },
    {
      id: "vp-ubnd-nam-dinh",
      kind: "office-unit",
      province: "36",
      names: {
        vi: "Bộ phận ngoại vụ, Văn phòng UBND tỉnh Nam Định",
        en: "Foreign-affairs unit, Office of the Nam Dinh Provincial People's Committee",
      },
      validTo: "2025-06-30",
    },
    {
      id: "vp-ubnd-ninh-binh",
      kind: "office-unit",
      province: "37",
      names: {
        vi: "Bộ phận ngoại vụ, Văn phòng UBND tỉnh Ninh Bình",
        en: "Foreign-affairs unit, Office of the Ninh Binh Provincial People's Committee",
      },
    },
    {
      id: "vp-ubnd-yen-bai",
      kind: "office-unit",
      province: "15",
      names: {
        vi: "Bộ phận ngoại vụ, Văn phòng UBND tỉnh Yên Bái",
        en: "Foreign-affairs unit, Office of the Yen Bai Provincial People's Committee",
      },
      validTo: "2025-06-30",
    },
    {
      id: "vp-ubnd-thai-binh",
      kind: "office-unit",
      province: "34",
      names: {
        vi: "Bộ phận ngoại vụ, Văn phòng UBND tỉnh Thái Bình",
        en: "Foreign-affairs unit, Office of the Thai Binh Provincial People's Committee",
      },
      validTo: "2025-06-30",
    },
    {
      id: "ngoai-vu-bac-ninh",
      province: "24",
      names: {
        vi: "Cơ quan ngoại vụ tỉnh Bắc Ninh (sau hợp nhất)",
        en: "Foreign-affairs agency of Bac Ninh province (after the 2025 merger)",
      },
      validFrom: "2025-07-01",
    },
  ],
  sources: [
    {
      years: [2024],
      says: "A public report of Cluster II for the first half of 2024: its 17 members (7 departments, 10 office units, named), its mid-year review hosted with the Hanoi department, and its totals for the half-year (about 400 outgoing and nearly 360 incoming delegations, 14 new international agreements…)",
    },
    {
      years: [2017],
      says: "A public account of Cluster II in 2017: 10 members, head Hải Phòng, deputies Thái Nguyên and Phú Thọ",
    },
  ],
  unknown: [
    { years: [2024, 2017], what: "The title, publisher, day and address of the sources: not recorded" },
    { years: [2024], what: "The head (cụm trưởng) and the deputies (cụm phó)" },
    { years: [2017], what: "Seven of the ten members" },
    { years: [2024, 2017], what: "The days the members were founded" },
    {
      years: [2024],
      what: "The successors of the merged agencies other than the Bắc Giang department and the Bắc Ninh unit, and the kind of the agency they became",
    },
  ],
};

/**
 * Cluster 3, 2025: after the mergers of
 * 1 July 2025, seven members, all Departments of Foreign Affairs: Thanh Hóa
 * (head), Nghệ An, Hà Tĩnh, Quảng Trị, Huế, Đà Nẵng, Quảng Ngãi. Its 2025
 * year-end review was held on 26 December 2025 in Thanh Hóa, with the
 * Ministry's Department of Local Affairs and Cultural Diplomacy.
 *
 * The Quảng Trị department is that of the new Quảng Trị (code 44, formerly
 * Quảng Bình's), from 1 July 2025; the departments of Đà Nẵng and Quảng Ngãi,
 * whose units kept their codes and names, continue (as Hải Phòng's does in
 * Cluster II).
 */
const CLUSTER_3: KnownClusterData = {
  cluster: {
    id: "3",
    name: { vi: "Cụm thi đua số 3", en: "Emulation Cluster 3" },
    years: [
      {
        year: 2025,
        members: [
          "so-ngoai-vu-thanh-hoa",
          "so-ngoai-vu-nghe-an",
          "so-ngoai-vu-ha-tinh",
          "so-ngoai-vu-quang-tri",
          "so-ngoai-vu-hue",
          "so-ngoai-vu-da-nang",
          "so-ngoai-vu-quang-ngai",
        ],
        head: "so-ngoai-vu-thanh-hoa",
        reviews: [
          {
            kind: "year-end",
            date: "2025-12-26",
            note: "Held in Thanh Hóa with the Ministry's Department of Local Affairs and Cultural Diplomacy (Cục Ngoại vụ và Ngoại giao văn hóa)",
          },
        ],
      },
    ],
  },
  members: [
    {
      id: "so-ngoai-vu-thanh-hoa",
      kind: "department",
      province: "38",
      names: { vi: "Sở Ngoại vụ tỉnh Thanh Hóa", en: "Thanh Hoa Department of Foreign Affairs" },
    },
    {
      id: "so-ngoai-vu-nghe-an",
      kind: "department",
      province: "40",
      names: { vi: "Sở Ngoại vụ tỉnh Nghệ An", en: "Nghe An Department of Foreign Affairs" },
    },
    {
      id: "so-ngoai-vu-ha-tinh",
      kind: "department",
      province: "42",
      names: { vi: "Sở Ngoại vụ tỉnh Hà Tĩnh", en: "Ha Tinh Department of Foreign Affairs" },
    },
    {
      id: "so-ngoai-vu-quang-tri",
      kind: "department",
      province: "44",
      names: { vi: "Sở Ngoại vụ tỉnh Quảng Trị", en: "Quang Tri Department of Foreign Affairs" },
      validFrom: "2025-07-01",
    },
    {
      id: "so-ngoai-vu-hue",
      kind: "department",
      province: "46",
      names: { vi: "Sở Ngoại vụ thành phố Huế", en: "Hue Department of Foreign Affairs" },
    },
    {
      id: "so-ngoai-vu-da-nang",
      kind: "department",
      province: "48",
      names: { vi: "Sở Ngoại vụ thành phố Đà Nẵng", en: "Da Nang Department of Foreign Affairs" },
    },
    {
      id: "so-ngoai-vu-quang-ngai",
      kind: "department",
      province: "51",
      names: { vi: "Sở Ngoại vụ tỉnh Quảng Ngãi", en: "Quang Ngai Department of Foreign Affairs" },
    },
  ],
  sources: [
    {
      years: [2025],
      title: "Nâng cao hiệu quả công tác đối ngoại, đẩy mạnh các phong trào thi yêu nước",
      issuer: "Báo Thanh Hóa",
      url: "https://baothanhhoa.vn/nang-cao-hieu-qua-cong-tac-doi-ngoai-day-manh-cac-phong-trao-thi-yeu-nuoc-273192.htm",
      says: "The 2025 year-end review of Cluster 3 (26 December 2025): its seven member departments, Thanh Hóa as head, the Ministry's Department of Local Affairs and Cultural Diplomacy attending, and 167 aid programmes and projects mobilised in 2025 with USD 75 million committed",
    },
  ],
  unknown: [
    { years: [2025], what: "The day the source was published" },
    { years: [2025], what: "The deputies (cụm phó) and the emulation theme" },
    { years: [2025], what: "The membership before 1 July 2025 (before the mergers)" },
    {
      years: [2025],
      what: "The days the members were founded, and the predecessors of the Quảng Trị, Đà Nẵng and Quảng Ngãi departments",
    },
  ],
};

/**
 * The emulation clusters the library knows, as sourced wire JSON: Cluster II
 * (2024, 2017) and Cluster 3 (2025). `knownClusters()` decodes them.
 *
 * @example
 * ```ts
 * import { KNOWN_CLUSTERS_JSON } from "ngoaivu";
 * KNOWN_CLUSTERS_JSON.map((c) => [c.cluster.id, c.cluster.years.map((y) => y.year)]);
 * //=> [["II", [2024, 2017]], ["3", [2025]]]
 * KNOWN_CLUSTERS_JSON[1]?.sources[0]?.issuer; //=> "Báo Thanh Hóa"
 * ```
 */
export const KNOWN_CLUSTERS_JSON: readonly KnownClusterData[] = [CLUSTER_II, CLUSTER_3];

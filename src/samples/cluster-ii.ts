/**
 * Cluster II of the Ministry of Foreign Affairs' emulation clusters for local
 * foreign affairs, as wire records (plain JSON).
 *
 * Sources and what is left out:
 * - 2024 (17 members): the Departments of Foreign Affairs of Hải Phòng,
 *   Hà Nội, Bắc Giang, Phú Thọ, Thái Nguyên, Tuyên Quang, Vĩnh Phúc (7) and the
 *   foreign-affairs units of the People's Committee offices of Bắc Ninh,
 *   Bắc Kạn, Hải Dương, Hà Nam, Hòa Bình, Hưng Yên, Nam Định, Ninh Bình,
 *   Yên Bái, Thái Bình (10). The mid-year review was hosted with the Hanoi
 *   department. The 2024 head and deputies are not known to us: left out.
 * - 2017: 10 members, head Hải Phòng, deputies Thái Nguyên and Phú Thọ. Only
 *   those three are named, so the year lists them with `memberCount: 10`.
 * - Founding days are not known: no member has `validFrom`. Members of the
 *   provinces that ceased on 1 July 2025 (Resolution 202/2025/QH15) end on
 *   30 June 2025. The Bắc Giang department and the Bắc Ninh unit became one
 *   agency of the new Bắc Ninh (code 24) in July 2025: `ngoai-vu-bac-ninh`,
 *   whose kind the sources do not say. The successors of the other merged
 *   agencies are left out.
 *
 * @module
 */
import type { EmulationClusterInput, MemberInput } from "ngoaivu";

/**
 * The members of Cluster II (2024), and the agency of the new Bắc Ninh that
 * two of them became, as wire records.
 *
 * @example
 * ```ts
 * import { CLUSTER_II_MEMBERS_JSON } from "ngoaivu/samples";
 * CLUSTER_II_MEMBERS_JSON.length; //=> 18
 * CLUSTER_II_MEMBERS_JSON.filter((m) => m.kind === "department").length; //=> 7
 * CLUSTER_II_MEMBERS_JSON.filter((m) => m.kind === "office-unit").length; //=> 10
 * ```
 */
export const CLUSTER_II_MEMBERS_JSON: readonly MemberInput[] = [
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
];

/**
 * Cluster II with its 2024 and 2017 years, as a wire record.
 *
 * @example
 * ```ts
 * import { CLUSTER_II_JSON } from "ngoaivu/samples";
 * CLUSTER_II_JSON.years.map((y) => [y.year, y.members.length, y.memberCount ?? y.members.length]);
 * //=> [[2024, 17, 17], [2017, 3, 10]]
 * ```
 */
export const CLUSTER_II_JSON: EmulationClusterInput = {
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
};

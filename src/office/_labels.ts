/**
 * Private: the words of the spreadsheet (sheet names, headings, figure
 * labels) in Vietnamese and English. The labels of the headline figures are
 * the column headings `render` uses.
 *
 * @internal
 * @module
 */
import { country, Figure, formatFigure, type Lang, type Qualifier } from "ngoaivu";

type Pair = readonly [vi: string, en: string];

const KNOWN: Readonly<Record<string, Pair>> = {
  "delegations.outgoing": ["Đoàn ra", "Outgoing"],
  "delegations.incoming": ["Đoàn vào", "Incoming"],
  "delegations.cancelled": ["Đoàn hủy", "Cancelled delegations"],
  "delegations.people": ["Số người trong các đoàn", "People in the delegations"],
  "delegations.cost": ["Kinh phí đoàn", "Delegation costs"],
  "agreements.new": ["Thỏa thuận mới", "New agreements"],
  "agreements.inForce": ["Thỏa thuận còn hiệu lực", "Agreements in force"],
  "consular.consularCases": ["Lãnh sự", "Consular"],
  "consular.citizenProtection": ["Bảo hộ công dân", "Citizen protection"],
  "consular.abtcApplications": ["ABTC", "ABTC"],
  "oda.projects": ["Dự án ODA", "ODA projects"],
  "oda.capital": ["Vốn ODA", "ODA capital"],
  "oda.completed": ["Dự án ODA hoàn thành", "ODA completed"],
  "oda.completedCapital": ["Vốn dự án hoàn thành", "Completed capital"],
  "oda.commitments": ["Vốn ODA cam kết trong kỳ", "ODA commitments"],
  "oda.disbursements": ["Vốn ODA giải ngân trong kỳ", "ODA disbursements"],
  "ngo.projects": ["Dự án PCPNN", "NGO projects"],
  "ngo.committed": ["Giá trị cam kết PCPNN", "NGO committed"],
  "ngo.disbursements": ["Giải ngân PCPNN trong kỳ", "NGO disbursements"],
  "ngo.donors": ["Tổ chức PCPNN, nhà tài trợ", "NGOs and donors"],
  "extra.borderGateRevenue": ["Thu ngân sách qua các cửa khẩu", "Border-gate budget revenue"],
  "extra.stateBudgetRevenue": ["Tổng thu ngân sách nhà nước của tỉnh", "Provincial state budget revenue"],
  "extra.twinnedLocalities": ["Địa phương kết nghĩa", "Twinned localities"],
};

const DIRECTIONS: Readonly<Record<string, Pair>> = {
  outgoing: ["Đoàn ra", "Outgoing"],
  incoming: ["Đoàn vào", "Incoming"],
};

const LEVELS: Readonly<Record<string, Pair>> = {
  "party-secretary": ["Bí thư Tỉnh ủy", "party secretary"],
  "people-committee-chair": ["Chủ tịch UBND", "People's Committee chair"],
  "people-committee-vice-chair": ["Phó Chủ tịch UBND", "People's Committee vice-chair"],
  "department-head": ["lãnh đạo sở, ngành", "department head"],
  other: ["cấp khác", "other level"],
};

const STATUSES: Readonly<Record<string, Pair>> = {
  pipeline: ["chuẩn bị", "pipeline"],
  implementation: ["đang thực hiện", "implementation"],
  finalisation: ["đang kết thúc", "finalisation"],
  closed: ["đã đóng", "closed"],
  cancelled: ["đã hủy", "cancelled"],
  suspended: ["tạm dừng", "suspended"],
};

const pick = (pair: Pair | undefined, lang: Lang, fallback: string): string =>
  pair === undefined ? fallback : pair[lang === "vi" ? 0 : 1];

function countryName(code: string, lang: Lang): string {
  try {
    const c = country(code);
    return lang === "vi" ? c.nameVi : c.nameEn;
  } catch {
    return code;
  }
}

/** The label of a figure path (without its currency): a known one, or one built from the path's parts. */
export function figureLabel(path: string, lang: Lang): string {
  const known = KNOWN[path];
  if (known !== undefined) return pick(known, lang, path);
  const parts = path.split(".");
  const [group, kind, key, dir] = parts;
  if (
    group === "delegations" &&
    (kind === "byCountry" || kind === "byLevel") &&
    key !== undefined &&
    dir !== undefined
  ) {
    const direction = pick(DIRECTIONS[dir], lang, dir);
    const of = kind === "byCountry" ? countryName(key, lang) : pick(LEVELS[key], lang, key);
    return `${direction}: ${of}`;
  }
  if (group === "oda" && kind === "byStatus" && key !== undefined) {
    return `${pick(KNOWN["oda.projects"], lang, "")}: ${pick(STATUSES[key], lang, key)}`;
  }
  if (group === "consular" && kind === "other" && key !== undefined) {
    return `${lang === "vi" ? "Vụ việc lãnh sự khác" : "Other consular cases"}: ${key}`;
  }
  if (group === "extra" && kind !== undefined) {
    const spaced = kind.replace(/([A-Z])/g, " $1").toLowerCase();
    return spaced.charAt(0).toUpperCase() + spaced.slice(1);
  }
  return path;
}

/** Whether a figure path is a breakdown (by country, level, status, other case type) rather than a headline figure. */
export function isBreakdown(path: string): boolean {
  return /^(delegations\.by(Country|Level)|oda\.byStatus|consular\.other)\./.test(path);
}

/** The qualifier word of a figure, as `formatFigure` writes it: `""` for exact, `"khoảng"`, `"about"`… */
export function qualifierWord(qualifier: Qualifier, lang: Lang): string {
  if (qualifier === "exact") return "";
  const text = formatFigure(Figure.count(1, qualifier), { locale: lang });
  return text.slice(0, -2);
}

/** The words of the workbook. */
export const WORDS = {
  vi: {
    totals: "Tổng hợp",
    byMember: "Theo thành viên",
    figure: "Chỉ tiêu",
    path: "Mã chỉ tiêu",
    qualifier: "Mức độ",
    count: "Số lượng",
    member: "Thành viên",
    memberId: "Mã thành viên",
    total: "Tổng cộng",
    note: "Ghi chú",
    notReported: "chưa báo cáo",
    nonMember: "không thuộc cụm, không tính vào tổng",
    unknownMember: (records: number) => `mã thành viên không xác định, ${records} bản ghi, không tính vào tổng`,
  },
  en: {
    totals: "Totals",
    byMember: "By member",
    figure: "Figure",
    path: "Figure path",
    qualifier: "Qualifier",
    count: "Count",
    member: "Member",
    memberId: "Member id",
    total: "Total",
    note: "Note",
    notReported: "not reported",
    nonMember: "not a member: not in the totals",
    unknownMember: (records: number) =>
      `unknown member id, ${records} record${records === 1 ? "" : "s"}: not in the totals`,
  },
} as const;

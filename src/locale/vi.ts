/**
 * Vietnamese: every phrase of a report, a Word document (the administrative
 * layout of Decree 30/2020/NĐ-CP) and a workbook.
 *
 * @module
 */
import { joinWith } from "./_join.js";
import type { DocumentWords, Locale, ReportWords, WorkbookWords } from "./types.js";

/**
 * @internal The Vietnamese words of a rendered report, on their own: what `render`
 * reads, so that a bundle that renders no document carries no document words.
 */
export const viReport: ReportWords = {
  reportOf: "Báo cáo",
  title: (period, subject) => `Báo cáo kết quả công tác đối ngoại ${period} — ${subject}`,
  reported: (rows, members) => `${rows}/${members} thành viên đã báo cáo`,
  clusterName: (id) => `Cụm thi đua số ${id}`,
  periodInSentence: (label) => label,
  in: (period) => `Trong ${period}`,
  summary: (period, subject, body) => `${period}, ${subject} đã ${body}.`,
  joinActions: (clauses) => clauses.join(", "),
  joinList: (items) => joinWith(items, " và "),
  and: " và ",
  zero: "0",
  reached: (label, f) => `${label} đạt ${f}`,
  twinned: (f) => `${f} thôn, xã, huyện biên giới đã kết nghĩa với địa phương bên kia biên giới`,
  shareOf: (pct, whole) => `chiếm ${pct}% ${whole}`,
  up: (pct, period) => `tăng ${pct}% so với ${period}`,
  down: (pct, period) => `giảm ${pct}% so với ${period}`,
  same: (period) => `không đổi so với ${period}`,
  noGrowth: (period) => `không tính được tỷ lệ: ${period} không có số liệu`,
  member: "Thành viên",
  figure: "Chỉ tiêu",
  value: "Kết quả",
  total: "Tổng cộng",
  perMember: "Kết quả theo thành viên",
  figures: "Các chỉ tiêu",
  notReported: "Thành viên chưa báo cáo",
  nonMembers: "Báo cáo của đơn vị không thuộc cụm (không tính vào tổng)",
  unknownMembers: "Hồ sơ của mã thành viên không xác định (không tính vào tổng)",
  unknownMember: (id, records) => `${id}: ${records} bản ghi`,
  basisSubmitted: "số liệu do đơn vị báo cáo",
  basisMixed: "số liệu tổng hợp từ hồ sơ và do đơn vị báo cáo",
  basisRecords: "số liệu tổng hợp từ hồ sơ",
  comparison: (period) => `So sánh với ${period}`,
  charts: "Biểu đồ",
  chartDelegations: "Đoàn ra, đoàn vào theo thành viên",
  chartDelegationsMember: "Đoàn ra, đoàn vào",
  chartComparison: (period) => `Kỳ này so với ${period}`,
  chartMoney: (currency) => `Tổng giá trị (${currency})`,
  noPrevious: "Chưa có kỳ trước để so sánh",
  previousPeriod: "kỳ trước",
  samePeriodOf: (year) => `cùng kỳ năm ${year}`,
  noMoney: "Không có số liệu tiền",
  series: { outgoing: "Đoàn ra", incoming: "Đoàn vào", current: "Kỳ này", previous: "Kỳ trước" },
  national: {
    subject: "các địa phương trên cả nước",
    reportedClusters: (rows, units, reported, members) =>
      `${rows}/${units} cụm đã báo cáo (${reported}/${members} thành viên)`,
    agency: "Bộ Ngoại giao",
    perCluster: "Kết quả theo cụm thi đua",
    cluster: "Cụm thi đua",
    clustersNotReported: "Cụm chưa báo cáo",
    unexpected: "Báo cáo của đơn vị ngoài danh sách (không tính vào tổng)",
  },
  convention: {
    statistical: "số liệu theo kỳ thống kê",
    administrative: "số liệu theo kỳ báo cáo hành chính (Nghị định 09/2019/NĐ-CP)",
  },
  generated: "Lập bằng ngoaivu",
};

const viDocument: DocumentWords = {
  layout: "administrative",
  nationalTitle: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
  motto: "Độc lập - Tự do - Hạnh phúc",
  numberLine: (number) => `Số: ${number}`,
  blankNumber: "      /BC",
  // Decree 30/2020/NĐ-CP: a day below 10 and the months 1 and 2 take a leading zero.
  dateLine: (place, date, year) => {
    const at = place === "" ? "" : `${place}, `;
    if (date === undefined) return `${at}ngày      tháng      năm ${year}`;
    const day = date.day < 10 ? `0${date.day}` : String(date.day);
    const month = date.month <= 2 ? `0${date.month}` : String(date.month);
    return `${at}ngày ${day} tháng ${month} năm ${date.year}`;
  },
  heading: "BÁO CÁO",
  summary: (period, kind, cluster) => {
    const work =
      kind === "half-year"
        ? "Sơ kết công tác đối ngoại"
        : kind === "year" || kind === "term"
          ? "Tổng kết công tác đối ngoại"
          : "Kết quả công tác đối ngoại";
    return `${work} ${period}${cluster === undefined ? "" : ` của ${cluster}`}`;
  },
  title: (summary) => `Báo cáo: ${summary}`,
  recipients: "Nơi nhận:",
  archive: "Lưu: VT",
  none: "không có",
};

const viWorkbook: WorkbookWords = {
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
  unknownMember: (records) => `mã thành viên không xác định, ${records} bản ghi, không tính vào tổng`,
};

/**
 * The Vietnamese locale.
 *
 * @example
 * ```ts
 * import { localeOf } from "ngoaivu";
 * localeOf("vi").report.clusterName("II"); //=> "Cụm thi đua số II"
 * localeOf("vi").document.dateLine("Cao Bằng", { year: 2024, month: 2, day: 5 }, 2024);
 * //=> "Cao Bằng, ngày 05 tháng 02 năm 2024"
 * ```
 */
export const vi: Locale = { code: "vi", report: viReport, document: viDocument, workbook: viWorkbook };

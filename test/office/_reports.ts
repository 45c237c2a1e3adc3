/** Test helper: the sample reports, and the options of the guide's Cluster II document. */
import { Figure, Money } from "../../src/index.js";
import type { DocxOptions } from "../../src/office/index.js";
import { caoBangReport, clusterIIReport } from "../report/_sample.js";

export { caoBangReport, clusterIIReport };

/** The options the guide shows (docs/office.md). */
export function guideOptions(members: DocxOptions["members"]): DocxOptions {
  return {
    ...(members === undefined ? {} : { members }),
    agency: { superior: "UBND thành phố Hà Nội", name: "Sở Ngoại vụ" },
    number: "123/BC-SNgV",
    place: "Hà Nội",
    date: "2024-06-15",
    recipients: [
      "Bộ Ngoại giao (Cục Ngoại vụ)",
      "UBND thành phố Hà Nội",
      "Các thành viên Cụm thi đua số II",
      "Lưu: VT, TH",
    ],
    signer: { authority: "KT. Giám đốc", position: "Phó Giám đốc", name: "Nguyễn Văn An" },
  };
}

/** 2^53 + 1 đồng: no double holds it. */
export const ABOVE_2_53 = "9007199254740993";

/** Cao Bằng, with extra amounts at the edges of what a spreadsheet number holds. */
export function caoBangWithEdges() {
  const { report, members } = caoBangReport();
  const extra = {
    ...report.figures.extra,
    aboveDoublePrecision: Figure.money(Money.of(ABOVE_2_53, "VND")),
    sixteenDigits: Figure.money(Money.of("9007199254740991", "VND")),
    fifteenDigits: Figure.money(Money.of("999999999999999", "VND")),
    withCents: Figure.money(Money.of("12345.67", "USD"), "over"),
    tenCents: Figure.money(Money.of("0.1", "USD")),
    sixteenDigitCents: Figure.money(Money.of("12345678901234.56", "USD")),
  };
  return { report: { ...report, figures: { ...report.figures, extra } }, members };
}

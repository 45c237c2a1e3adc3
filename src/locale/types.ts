/**
 * The one interface of a locale: every phrase a report, a Word document or
 * a workbook prints, in one language. `vi.ts` and `en.ts` implement it; the
 * labels of the figures (a record kind's part) are in `figures.ts`, both
 * languages side by side.
 *
 * @module
 */
import type { Lang } from "../errors/index.js";
import type { PeriodKind } from "../period/index.js";

/** The words of a rendered report (text, Markdown, HTML, JSON summary, and the body of a Word document). */
export interface ReportWords {
  readonly reportOf: string;
  /** The report's title: "Báo cáo kết quả công tác đối ngoại 6 tháng đầu năm 2024 — Cụm thi đua số II". */
  readonly title: (period: string, subject: string) => string;
  /** "17/17 thành viên đã báo cáo". */
  readonly reported: (rows: number, members: number) => string;
  readonly clusterName: (id: string) => string;
  /** A period as it reads inside a sentence: "the first half of 2024", "giai đoạn 2016–2020". */
  readonly periodInSentence: (label: string, kind: PeriodKind) => string;
  readonly in: (period: string) => string;
  /** The summary sentence from its parts: "Trong …, Cụm thi đua số II đã …". */
  readonly summary: (periodPhrase: string, subject: string, body: string) => string;
  /** The actions of the record kinds (organised, received, signed …) joined into the summary's first clause. */
  readonly joinActions: (clauses: readonly string[]) => string;
  /** "A, B và C" / "A, B and C". */
  readonly joinList: (items: readonly string[]) => string;
  /** The word between amounts of two currencies, spaces included: " và ", " and ". */
  readonly and: string;
  /** A money total with nothing in it. */
  readonly zero: string;
  readonly reached: (label: string, f: string) => string;
  readonly twinned: (f: string) => string;
  readonly shareOf: (pct: string, whole: string) => string;
  readonly up: (pct: string, period: string) => string;
  readonly down: (pct: string, period: string) => string;
  readonly same: (period: string) => string;
  readonly noGrowth: (period: string) => string;
  readonly member: string;
  readonly figure: string;
  readonly value: string;
  readonly total: string;
  readonly perMember: string;
  readonly figures: string;
  readonly notReported: string;
  readonly nonMembers: string;
  readonly unknownMembers: string;
  readonly unknownMember: (id: string, records: number) => string;
  readonly basisSubmitted: string;
  readonly basisMixed: string;
  readonly basisRecords: string;
  readonly comparison: (period: string) => string;
  readonly charts: string;
  readonly chartDelegations: string;
  readonly chartDelegationsMember: string;
  readonly chartComparison: (period: string) => string;
  readonly chartMoney: (currency: string) => string;
  readonly noPrevious: string;
  readonly previousPeriod: string;
  readonly samePeriodOf: (year: string) => string;
  readonly noMoney: string;
  readonly series: {
    readonly outgoing: string;
    readonly incoming: string;
    readonly current: string;
    readonly previous: string;
  };
  /** The words of the Ministry's national report (`compileNational`). */
  readonly national: {
    /** Its subject in the title, the summary sentence and the document: "các địa phương trên cả nước". */
    readonly subject: string;
    /** Under the title, by cluster: "8/8 cụm đã báo cáo (61/63 thành viên)". */
    readonly reportedClusters: (rows: number, units: number, reported: number, members: number) => string;
    /** The agency a national document is issued by, by default: "Bộ Ngoại giao". */
    readonly agency: string;
    /** The caption of the table by cluster. */
    readonly perCluster: string;
    /** The head of the table's first column, by cluster. */
    readonly cluster: string;
    /** The list of clusters with no report. */
    readonly clustersNotReported: string;
    /** The list of units that reported but were not expected. */
    readonly unexpected: string;
  };
  readonly convention: { readonly statistical: string; readonly administrative: string };
  readonly generated: string;
}

/** A calendar day, as the date line of a document writes it. */
export interface DayParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** The words and the layout of a Word document around the report's body. */
export interface DocumentWords {
  /** `"administrative"`: the header block of Decree 30/2020/NĐ-CP; `"plain"`: agency, number, date, title. */
  readonly layout: "administrative" | "plain";
  readonly nationalTitle: string;
  readonly motto: string;
  /** "Số: 123/BC-SNgV", "No. 123/BC-SNgV". */
  readonly numberLine: (number: string) => string;
  /** The number left blank for registration. */
  readonly blankNumber: string;
  /** "Hà Nội, ngày 15 tháng 6 năm 2024"; without a day, left blank for the signing day. */
  readonly dateLine: (place: string, date: DayParts | undefined, year: number) => string;
  readonly heading: string;
  /** The summary line under the heading: "Sơ kết công tác đối ngoại 6 tháng đầu năm 2024 của Cụm thi đua số II". */
  readonly summary: (period: string, kind: PeriodKind, cluster: string | undefined) => string;
  /** The document's title property. */
  readonly title: (summary: string) => string;
  readonly recipients: string;
  readonly archive: string;
  /** An empty list, in a sentence. */
  readonly none: string;
}

/** The words of a workbook: sheet names, headings, notes, breakdown labels. */
export interface WorkbookWords {
  readonly totals: string;
  readonly byMember: string;
  readonly figure: string;
  readonly path: string;
  readonly qualifier: string;
  readonly count: string;
  readonly member: string;
  readonly memberId: string;
  readonly total: string;
  readonly note: string;
  readonly notReported: string;
  readonly nonMember: string;
  readonly unknownMember: (records: number) => string;
}

/** Every phrase the library prints in reports and documents, in one language. */
export interface Locale {
  readonly code: Lang;
  readonly report: ReportWords;
  readonly document: DocumentWords;
  readonly workbook: WorkbookWords;
}

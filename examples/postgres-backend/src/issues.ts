/**
 * Bilingual answers: every issue and every error the service sends carries
 * its stable code and its message in English and Vietnamese.
 */
import { type ErrorCode, type ErrorParams, formatMessage, type NgoaivuIssue, translateIssue } from "ngoaivu";

/** A message in both languages. */
export interface Bilingual {
  readonly en: string;
  readonly vi: string;
}

/** One issue of a record, as the service answers it. */
export interface IssueAnswer {
  readonly code: string;
  readonly path: readonly (string | number)[];
  readonly message: Bilingual;
  readonly params: ErrorParams;
}

/** A record the service refused: its index in the request and all its issues. */
export interface RecordError {
  readonly index: number;
  readonly issues: readonly IssueAnswer[];
  /** How many more issues the record had than the answer carries (absent when none were left out). */
  readonly omittedIssues?: number;
}

/** A library issue (any language) with its message in both languages. */
export function bilingualIssue(issue: NgoaivuIssue): IssueAnswer {
  return {
    code: issue.code,
    path: issue.path,
    message: { en: translateIssue(issue, "en").message, vi: translateIssue(issue, "vi").message },
    params: issue.params,
  };
}

/** A library error code as an answer (for codes the library has: MALFORMED_JSON, EMPTY_INPUT, UNKNOWN_MEMBER…). */
export function libraryIssue(
  code: ErrorCode,
  params: ErrorParams = {},
  path: readonly (string | number)[] = [],
): IssueAnswer {
  return {
    code,
    path,
    message: { en: formatMessage(code, params, "en"), vi: formatMessage(code, params, "vi") },
    params,
  };
}

const NOT_STORABLE = {
  en: "The database cannot store this record ({detail}); the other records of the batch were stored",
  vi: "Cơ sở dữ liệu không lưu được bản ghi này ({detail}); các bản ghi khác của lô đã được lưu",
} as const;

/** A record the library accepted but PostgreSQL refused (a NUL character in a text, say): `NOT_STORABLE`. */
export function storageIssue(sqlstate: string, detail: string): IssueAnswer {
  const params = { sqlstate, detail };
  return {
    code: "NOT_STORABLE",
    path: [],
    message: { en: fill(NOT_STORABLE.en, params), vi: fill(NOT_STORABLE.vi, params) },
    params,
  };
}

/** The service's own codes (HTTP-level problems the library has no word for). */
const SERVICE_MESSAGES = {
  UNKNOWN_ENTITY: {
    en: "Unknown kind of record {entity}: expected one of {options}",
    vi: "Không có loại bản ghi {entity}: cần một trong {options}",
  },
  UNSUPPORTED_MEDIA_TYPE: {
    en: "Content type {type} is not accepted: send application/json (an array) or application/x-ndjson (one record a line), in UTF-8",
    vi: "Không nhận kiểu nội dung {type}: hãy gửi application/json (một mảng) hoặc application/x-ndjson (mỗi dòng một bản ghi), mã UTF-8",
  },
  BODY_TOO_LARGE: {
    en: "The request body is larger than {max} bytes: split the batch",
    vi: "Nội dung yêu cầu lớn hơn {max} byte: hãy chia nhỏ lô dữ liệu",
  },
  NOT_AN_ARRAY: {
    en: "The body must be a JSON array of records, received {received}",
    vi: "Nội dung phải là một mảng JSON các bản ghi, nhận được {received}",
  },
  UNKNOWN_CLUSTER: { en: "Unknown cluster {cluster}", vi: "Không có cụm thi đua {cluster}" },
  NO_CLUSTER_YEAR: {
    en: "Cluster {cluster} has no member list for {year}",
    vi: "Cụm thi đua {cluster} chưa có danh sách thành viên năm {year}",
  },
  INVALID_QUERY: {
    en: "Query parameter {name} must be one of {options}, received {received}",
    vi: "Tham số {name} phải là một trong {options}, nhận được {received}",
  },
  NOT_FOUND: { en: "No such resource: {method} {path}", vi: "Không có tài nguyên: {method} {path}" },
  DATABASE_ERROR: {
    en: "The database refused the batch; nothing was stored",
    vi: "Cơ sở dữ liệu từ chối lô dữ liệu; không bản ghi nào được lưu",
  },
  COMMIT_OUTCOME_UNKNOWN: {
    en: "The connection to the database was lost while the batch was being committed: it was stored whole or not at all; check before sending it again",
    vi: "Mất kết nối tới cơ sở dữ liệu đúng lúc ghi lô dữ liệu: lô đã được lưu toàn bộ hoặc không bản ghi nào; hãy kiểm tra trước khi gửi lại",
  },
  TOO_MANY_RECORDS: {
    en: "The request holds more than {max} records: split the batch",
    vi: "Yêu cầu có hơn {max} bản ghi: hãy chia nhỏ lô dữ liệu",
  },
  TOO_MANY_ISSUES: {
    en: "The batch has more than {max} issues; nothing was stored: fix the records listed and send the batch again",
    vi: "Lô dữ liệu có hơn {max} lỗi; không bản ghi nào được lưu: hãy sửa các bản ghi được liệt kê rồi gửi lại",
  },
  INTERNAL: { en: "Internal error", vi: "Lỗi nội bộ" },
} as const satisfies Record<string, Bilingual>;

/** A code of the service's own. */
export type ServiceCode = keyof typeof SERVICE_MESSAGES;

function fill(template: string, params: ErrorParams): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/** The body of an error answer: `{ error: { code, message: { en, vi }, params } }`. */
export function serviceError(
  code: ServiceCode | ErrorCode,
  params: ErrorParams = {},
): { error: { code: string; message: Bilingual; params: ErrorParams } } {
  const own = Object.hasOwn(SERVICE_MESSAGES, code) ? SERVICE_MESSAGES[code as ServiceCode] : undefined;
  const message =
    own === undefined
      ? libraryIssue(code as ErrorCode, params).message
      : { en: fill(own.en, params), vi: fill(own.vi, params) };
  return { error: { code, message, params } };
}

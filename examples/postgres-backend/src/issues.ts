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

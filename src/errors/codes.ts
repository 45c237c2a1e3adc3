/**
 * The one table of error codes, with their messages in English and Vietnamese
 * side by side. Messages are templates: `{name}` is replaced by the value of
 * the issue's `params.name`.
 *
 * Codes are stable: they are part of the public API, and a code is never
 * renamed or reused for another meaning. New codes are added here, nowhere else.
 *
 * @module
 */

/** The languages messages are written in. */
export type Lang = "en" | "vi";

/** A message template in each supported language. */
export interface MessageTemplate {
  /** English template. */
  readonly en: string;
  /** Vietnamese template. */
  readonly vi: string;
}

/**
 * Every error code the library uses, with its message templates.
 *
 * @example
 * ```ts
 * import { ERROR_MESSAGES } from "ngoaivu";
 * ERROR_MESSAGES.CURRENCY_MISMATCH.en; //=> "Cannot combine {left} and {right} in one operation: convert one of them first, or keep them apart in a MoneyBag"
 * ```
 */
export const ERROR_MESSAGES = {
  // ── general input ──────────────────────────────────────────────────────────
  INVALID_TYPE: {
    en: "Expected {expected}, received {received}",
    vi: "Cần giá trị kiểu {expected}, nhận được {received}",
  },
  INVALID_INPUT: {
    en: "Invalid input: {detail}",
    vi: "Dữ liệu không hợp lệ: {detail}",
  },
  REQUIRED: {
    en: "A value is required",
    vi: "Trường này là bắt buộc",
  },
  UNKNOWN_KEY: {
    en: "Unknown field {key}",
    vi: "Trường không được hỗ trợ: {key}",
  },
  FORBIDDEN_KEY: {
    en: "The key {key} is not allowed (prototype pollution guard)",
    vi: "Không được dùng khóa {key} (để chống làm ô nhiễm nguyên mẫu của đối tượng)",
  },
  TOO_LONG: {
    en: "Too long: at most {max} characters, received {length}",
    vi: "Quá dài: tối đa {max} ký tự, nhận được {length}",
  },
  TOO_DEEP: {
    en: "Input is nested deeper than {max} levels",
    vi: "Dữ liệu lồng nhau sâu quá {max} cấp",
  },
  INVALID_ENUM: {
    en: "Expected one of {options}, received {received}",
    vi: "Giá trị phải là một trong {options}, nhận được {received}",
  },
  OUT_OF_RANGE: {
    en: "Value {value} is out of range ({range})",
    vi: "Giá trị {value} nằm ngoài khoảng cho phép ({range})",
  },
  INVALID_ARGUMENT: {
    en: "Invalid argument {name}: {detail}",
    vi: "Tham số {name} không hợp lệ: {detail}",
  },
  // ── money ──────────────────────────────────────────────────────────────────
  INVALID_CURRENCY_CODE: {
    en: "{code} is not a currency code: expected three capital letters (ISO 4217)",
    vi: "{code} không phải là mã tiền tệ: cần ba chữ cái in hoa (ISO 4217)",
  },
  UNKNOWN_CURRENCY: {
    en: "Unknown currency {code}: register it first with registerCurrency",
    vi: "Không biết loại tiền {code}: hãy đăng ký loại tiền này trước khi dùng",
  },
  INVALID_AMOUNT: {
    en: "{value} is not a valid amount: {detail}",
    vi: "{value} không phải là số tiền hợp lệ: {detail}",
  },
  UNSAFE_NUMBER: {
    en: "The number {value} cannot be used as an amount: pass a decimal string, a bigint or a safe integer",
    vi: "Không dùng được số {value} làm số tiền: hãy truyền chuỗi thập phân, số nguyên lớn hoặc số nguyên an toàn",
  },
  CURRENCY_MISMATCH: {
    en: "Cannot combine {left} and {right} in one operation: convert one of them first, or keep them apart in a MoneyBag",
    vi: "Không thể tính chung {left} và {right} trong một phép tính: hãy quy đổi một trong hai loại tiền trước, hoặc để riêng từng loại tiền",
  },
  PRECISION_EXCEEDED: {
    en: "{value} has more decimals than {currency} allows ({digits})",
    vi: "{value} có nhiều chữ số thập phân hơn mức {currency} cho phép ({digits})",
  },
  NO_RATE: {
    en: "No exchange rate from {from} to {to} on or before {date}",
    vi: "Không có tỷ giá từ {from} sang {to} vào hoặc trước ngày {date}",
  },
  INVALID_RATE: {
    en: "Invalid exchange rate {value}: {detail}",
    vi: "Tỷ giá {value} không hợp lệ: {detail}",
  },
  DIVISION_BY_ZERO: {
    en: "Division by zero: {detail}",
    vi: "Chia cho 0: {detail}",
  },
  INVALID_RATIOS: {
    en: "Cannot allocate by these ratios: {detail}",
    vi: "Không phân bổ được theo các tỷ lệ này: {detail}",
  },
  AMBIGUOUS_AMOUNT: {
    en: "{value} is ambiguous: say which locale it is written in (vi or en)",
    vi: "{value} không rõ nghĩa: hãy cho biết cách viết (vi hoặc en)",
  },
  UNPARSEABLE_AMOUNT: {
    en: "Cannot read an amount from {value}",
    vi: "Không đọc được số tiền từ {value}",
  },
  // ── figures ────────────────────────────────────────────────────────────────
  INVALID_QUALIFIER: {
    en: "Unknown qualifier {value}",
    vi: "Không biết từ định lượng {value}",
  },
  UNPARSEABLE_FIGURE: {
    en: "Cannot read a figure from {value}",
    vi: "Không đọc được số liệu từ {value}",
  },
  FIGURE_KIND_MISMATCH: {
    en: "Cannot add a count and an amount of money in one figure ({left} and {right})",
    vi: "Không thể cộng một số đếm với một số tiền trong cùng một số liệu ({left} và {right})",
  },
  // ── periods and dates ──────────────────────────────────────────────────────
  INVALID_DATE: {
    en: "{value} is not a valid calendar date (YYYY-MM-DD)",
    vi: "{value} không phải là ngày hợp lệ (YYYY-MM-DD)",
  },
  INVALID_INSTANT: {
    en: "{value} is not a valid instant: expected an ISO 8601 date-time with Z or an offset",
    vi: "{value} không phải là thời điểm hợp lệ: cần chuỗi ISO 8601 có Z hoặc múi giờ",
  },
  UNPARSEABLE_PERIOD: {
    en: "Cannot read a period from {value}",
    vi: "Không đọc được kỳ báo cáo từ {value}",
  },
  INVALID_PERIOD: {
    en: "Invalid period: {detail}",
    vi: "Kỳ báo cáo không hợp lệ: {detail}",
  },
  END_BEFORE_START: {
    en: "The end date {end} is before the start date {start}",
    vi: "Ngày kết thúc {end} trước ngày bắt đầu {start}",
  },
  // ── reference data ─────────────────────────────────────────────────────────
  UNKNOWN_PROVINCE: {
    en: "Unknown province code or name {value}",
    vi: "Không có tỉnh, thành phố có mã hoặc tên {value}",
  },
  PROVINCE_NOT_VALID_AT_DATE: {
    en: "Province code {code} does not name a province-level unit on {date}",
    vi: "Mã {code} không ứng với đơn vị hành chính cấp tỉnh nào vào ngày {date}",
  },
  UNKNOWN_COUNTRY: {
    en: "Unknown country code {value} (ISO 3166-1 alpha-2)",
    vi: "Không có quốc gia có mã {value} (ISO 3166-1 alpha-2)",
  },
  // ── entities ───────────────────────────────────────────────────────────────
  NOT_A_CLUSTER_MEMBER: {
    en: "{member} is not a member of cluster {cluster} in {year}",
    vi: "{member} không phải là thành viên cụm {cluster} năm {year}",
  },
  PARTS_EXCEED_TOTAL: {
    en: "The parts ({parts}) exceed the total ({total})",
    vi: "Tổng các phần ({parts}) vượt quá tổng số ({total})",
  },
  UNKNOWN_MEMBER: {
    en: "Unknown member {member}",
    vi: "Không có thành viên {member}",
  },
  DUPLICATE_ID: {
    en: "Duplicate id {id}",
    vi: "Trùng mã {id}",
  },
  TREATY_NOT_ALLOWED: {
    en: "A local international agreement is never a treaty",
    vi: "Thỏa thuận quốc tế của địa phương không phải là điều ước quốc tế",
  },
  TOO_SHORT: {
    en: "Too short: at least {min} characters, received {length}",
    vi: "Quá ngắn: cần ít nhất {min} ký tự, nhận được {length}",
  },
  TOO_FEW_ITEMS: {
    en: "At least {min} items are required, received {count}",
    vi: "Cần ít nhất {min} mục, nhận được {count}",
  },
  TOO_MANY_ITEMS: {
    en: "At most {max} items are allowed, received {count}",
    vi: "Chỉ được tối đa {max} mục, nhận được {count}",
  },
  INVALID_FORMAT: {
    en: "{value} is not in the expected form ({format})",
    vi: "{value} không đúng định dạng ({format})",
  },
  SIGNATORY_NOT_VALID_AT_DATE: {
    en: "A {level} cannot sign on {date}: that level of government did not exist then",
    vi: "Cấp ký {level} không thể ký ngày {date}: cấp chính quyền này không tồn tại vào thời điểm đó",
  },
  LEVEL_NOT_VALID_AT_DATE: {
    en: "There was no {level} on {date}: that level of local government did not exist then",
    vi: "Không có {level} vào ngày {date}: cấp chính quyền địa phương này không tồn tại vào thời điểm đó",
  },
  UNKNOWN_CASE_TYPE: {
    en: "Unknown consular case type {type}: register it first with registerConsularCaseType",
    vi: "Không biết loại vụ việc lãnh sự {type}: hãy đăng ký loại vụ việc này trước khi dùng",
  },
  NOT_APPLICABLE: {
    en: "{field} does not apply here: {reason}",
    vi: "Trường {field} không áp dụng ở đây: {reason}",
  },
  MEMBER_NOT_ACTIVE: {
    en: "Member {member} was not operating on {date}",
    vi: "Thành viên {member} không hoạt động vào ngày {date}",
  },
  MEMBER_COUNT_MISMATCH: {
    en: "The list has {count} members, but the member count says {expected}",
    vi: "Danh sách có {count} thành viên, nhưng số thành viên ghi {expected}",
  },
  DATES_OUT_OF_ORDER: {
    en: "The date {date} is before the previous date {previous}",
    vi: "Ngày {date} sớm hơn ngày trước đó {previous}",
  },
  // ── rollups ────────────────────────────────────────────────────────────────
  PERIOD_MISMATCH: {
    en: "Cannot combine reports for {left} and {right}",
    vi: "Không thể gộp báo cáo kỳ {left} với kỳ {right}",
  },
  // ── files (read by the ngoaivu command) ────────────────────────────────────
  MALFORMED_JSON: {
    en: "Line {line} is not valid JSON: {detail}",
    vi: "Dòng {line} không phải JSON hợp lệ: {detail}",
  },
  TRUNCATED_INPUT: {
    en: "The file ends in the middle of a record (line {line}): it may have been cut short",
    vi: "Tệp kết thúc giữa chừng một bản ghi (dòng {line}): có thể tệp bị cắt cụt",
  },
  EMPTY_INPUT: {
    en: "The file has no records",
    vi: "Tệp không có bản ghi nào",
  },
  CSV_BAD_HEADER: {
    en: "The CSV header names {column}, which is not a field of {entity}",
    vi: "Dòng tiêu đề CSV có cột {column}, không phải là trường của {entity}",
  },
  CSV_BAD_ROW: {
    en: "Row on line {line} has {count} cells, the header has {expected}",
    vi: "Dòng {line} có {count} ô, dòng tiêu đề có {expected} cột",
  },
  UNKNOWN_ENTITY: {
    en: "Cannot tell which kind of record {file} holds: give --type ({options})",
    vi: "Không xác định được loại bản ghi trong {file}: hãy chỉ rõ --type ({options})",
  },
  BINARY_INPUT: {
    en: "The file is not UTF-8 text (binary data at byte {offset}): records are read from JSON, NDJSON or CSV text",
    vi: "Tệp không phải văn bản UTF-8 (dữ liệu nhị phân ở byte {offset}): bản ghi được đọc từ văn bản JSON, NDJSON hoặc CSV",
  },
  UNREADABLE_INPUT: {
    en: "The file cannot be read ({reason})",
    vi: "Không đọc được tệp ({reason})",
  },
  DECODED_MONEY: {
    en: "{value} is a decoded Money, not its wire form: pass money.toJSON(), or encode the record",
    vi: "{value} là số tiền đã giải mã, không phải dạng dữ liệu gửi đi: hãy truyền dạng JSON của nó, hoặc mã hóa bản ghi",
  },
  UNCODED_ZOD_ISSUE: {
    en: "This zod issue ({code}) carries no code of the library: convert zod's issues with fromZodIssues",
    vi: "Vấn đề này của zod ({code}) không mang mã lỗi của thư viện: hãy chuyển đổi nó trước",
  },
} as const satisfies Record<string, MessageTemplate>;

/**
 * A stable error code, e.g. `"CURRENCY_MISMATCH"`: a key of
 * {@link ERROR_MESSAGES}. (`& string` changes nothing, every key being a
 * string; it keeps the name `ErrorCode` where the type is shown, which a bare
 * `keyof` loses.)
 */
export type ErrorCode = keyof typeof ERROR_MESSAGES & string;

/**
 * A text in each language, for a param whose value is words (a detail, what
 * was expected, a range): a message takes the words of its own language, so
 * a Vietnamese message has no English inside.
 *
 * @example
 * ```ts
 * import { formatMessage, type Words } from "ngoaivu";
 * const detail: Words = { en: "the ratios are all zero", vi: "mọi tỷ lệ đều bằng 0" };
 * formatMessage("INVALID_RATIOS", { detail }, "vi"); //=> "Không phân bổ được theo các tỷ lệ này: mọi tỷ lệ đều bằng 0"
 * ```
 */
export type Words = Readonly<Record<Lang, string>>;

/** A value substituted into a message template: {@link Words} are written in the message's language. */
export type ParamValue = string | number | bigint | boolean | Words;

/**
 * The values substituted into a message template, when the code is not known
 * statically (any {@link ErrorCode}): every key is a string. For one code,
 * {@link ErrorParamsOf} names exactly the keys its template uses.
 */
export type ErrorParams = Readonly<Record<string, ParamValue>>;

/**
 * The names of the `{placeholders}` of a template, as a union of string
 * literals: `PlaceholdersOf<"Expected {expected}, received {received}">` is
 * `"expected" | "received"`; `never` for a template without any.
 */
export type PlaceholdersOf<T extends string> = T extends `${string}{${infer Name}}${infer Rest}`
  ? Name | PlaceholdersOf<Rest>
  : never;

/** The params of a template: one key per placeholder; none (no key allowed) for a template without any. */
export type TemplateParams<T extends string> = [PlaceholdersOf<T>] extends [never]
  ? Readonly<Record<string, never>>
  : { readonly [Name in PlaceholdersOf<T>]: ParamValue };

/** Every code's params, by code (see {@link ErrorParamsOf}). */
export type ParamsByCode = { readonly [C in ErrorCode]: TemplateParams<(typeof ERROR_MESSAGES)[C]["en"]> };

/**
 * The params a code's message needs, derived from its template: exactly its
 * placeholders, each a string, number, bigint, boolean or {@link Words}, so
 * a missing one is a type error rather than a `{name}` printed in the
 * message.
 * `ErrorParamsOf<"END_BEFORE_START">` is `{ readonly start: ParamValue;
 * readonly end: ParamValue }`; a code without placeholders takes no key. For
 * a union of codes it is the union of their params.
 *
 * @example
 * ```ts
 * import { type ErrorParamsOf, formatMessage } from "ngoaivu";
 * const params: ErrorParamsOf<"UNKNOWN_KEY"> = { key: "colour" };
 * formatMessage("UNKNOWN_KEY", params); //=> "Unknown field colour"
 * ```
 */
export type ErrorParamsOf<C extends ErrorCode> = ParamsByCode[C];

/**
 * The params argument of a code: {@link ErrorParamsOf} that code, or any
 * {@link ErrorParams} when the code is typed only as {@link ErrorCode} (not
 * known statically, e.g. forwarded from a caught error).
 */
export type ParamsArg<C extends ErrorCode> = ErrorCode extends C ? ErrorParams : ErrorParamsOf<C>;

/** The codes whose English and Vietnamese templates name different placeholders (`never` when they all agree). */
type MismatchedCodes = {
  [C in ErrorCode]: [PlaceholdersOf<(typeof ERROR_MESSAGES)[C]["en"]>] extends [
    PlaceholdersOf<(typeof ERROR_MESSAGES)[C]["vi"]>,
  ]
    ? [PlaceholdersOf<(typeof ERROR_MESSAGES)[C]["vi"]>] extends [PlaceholdersOf<(typeof ERROR_MESSAGES)[C]["en"]>]
      ? never
      : C
    : C;
}[ErrorCode];

/**
 * Compile-time check that every code's English and Vietnamese templates name
 * the same placeholders: when one does not, this type fails to check with the
 * offending code in the error (`Type '"SOME_CODE"' does not satisfy the
 * constraint 'never'`). Types only, nothing at run time.
 *
 * @internal
 */
export type TemplatesAgree<C extends never = MismatchedCodes> = C;

/**
 * Which file is which: its format (from the name or `--format`) and the kind
 * of record it holds (from `--type`, the first record's fields, the CSV
 * header, or the file name), checked before any record is read.
 */
import { stat } from "node:fs/promises";
import { type ErrorCode, entityJsonSchema, formatMessage, type Lang } from "ngoaivu";
import { UsageError } from "./common.js";
import { detectEntity, ENTITY_NAMES, type EntityType, entityFromFileName } from "./entity.js";
import {
  csvHeader,
  type FileFormat,
  firstRecord,
  formatOf,
  type Item,
  readCsv,
  readJson,
  readNdjson,
  type SchemaNode,
  type Source,
} from "./readers.js";

/** What a file holds: records of an entity, or (for `report`) member reports. */
export type FileKind = EntityType | "member-report";

/** A file ready to read. */
export interface Plan {
  readonly file: string;
  readonly format: FileFormat;
  /**
   * The kind of record; `undefined` when the file holds no record to tell it
   * by (it is empty, not text, not readable, or holds no object): reading it
   * gives the problems that say why.
   */
  readonly type: FileKind | undefined;
  readonly size: number;
  /** Why the file cannot be read at all (e.g. it is a folder). */
  readonly unreadable?: string;
}

/**
 * Finds a file's format and kind. A usage error (exit 2) when the file is
 * missing, its format cannot be told from its name, or it holds records whose
 * kind cannot be told; a file with no record to tell it by is planned with no
 * kind (its problems are reported when it is read).
 */
export async function plan(
  file: string,
  given: { type?: EntityType; format?: FileFormat },
  options: { reports?: boolean } = {},
): Promise<Plan> {
  let size = 0;
  let unreadable: string | undefined;
  try {
    const s = await stat(file);
    if (s.isDirectory()) unreadable = "EISDIR: a folder, not a file";
    else if (!s.isFile()) unreadable = "not a regular file";
    size = s.size;
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "ENOENT" || code === "ENOTDIR") throw new UsageError(`${file}: no such file`);
    unreadable = code ?? "error";
  }
  const format = given.format ?? formatOf(file);
  if (format === undefined) {
    throw new UsageError(`${file}: cannot tell the format from the name: give --format json, ndjson or csv`);
  }
  if (unreadable !== undefined) return { file, format, type: given.type, size: 0, unreadable };
  let type: FileKind | undefined = given.type;
  let told = false; // a record (or a CSV header) was there to tell the kind by
  if (type === undefined) {
    const source: Source = { path: file };
    if (format === "csv") {
      const header = await csvHeader(source);
      told = header !== undefined;
      type = detectEntity(header ?? []);
    } else {
      const first = await firstRecord(source, format);
      if (typeof first === "object" && first !== null && !Array.isArray(first)) {
        told = true;
        const keys = Object.keys(first);
        type =
          options.reports === true && keys.includes("basis") && keys.includes("figures")
            ? "member-report"
            : detectEntity(keys);
      }
    }
    type ??= entityFromFileName(file);
  }
  if (type === undefined && told) {
    throw new UsageError(formatMessage("UNKNOWN_ENTITY", { file, options: ENTITY_NAMES.join(", ") }));
  }
  return { file, format, type, size };
}

// The schema of a CSV file of unknown kind: it has no header (its problems are reported instead).
const NO_FIELDS: SchemaNode = { type: "object", properties: {} };

async function* unreadableFile(reason: string): AsyncGenerator<Item> {
  yield { kind: "problem", line: 0, code: "UNREADABLE_INPUT", params: { reason } };
}

/** The records (or problems) of a planned file, streamed. */
export function items(p: Plan, onBytes: (bytes: number) => void = () => {}): AsyncGenerator<Item> {
  if (p.unreadable !== undefined) return unreadableFile(p.unreadable);
  const source: Source = { path: p.file, onBytes };
  if (p.format === "json") return readJson(source);
  if (p.format === "ndjson") return readNdjson(source);
  if (p.type === "member-report") throw new UsageError(`${p.file}: member reports are read from JSON, not CSV`);
  if (p.type === undefined) return readCsv(source, NO_FIELDS, "an unknown kind of record");
  return readCsv(source, entityJsonSchema(p.type) as SchemaNode, p.type);
}

/** A reader's problem as one coded line: `file: CODE: message`. */
export function problemText(file: string, item: Item & { kind: "problem" }, lang: Lang): string {
  return `${file}: ${item.code}: ${formatMessage<ErrorCode>(item.code, item.params, lang)}`;
}

/** Why a whole JSON file (a cluster, a saved report, an issuer) is not JSON, as one coded line. */
export async function jsonProblem(file: string, lang: Lang): Promise<string> {
  let records = 0;
  for await (const item of readJson({ path: file })) {
    if (item.kind === "problem") return problemText(file, item, lang);
    records++;
  }
  // Well-formed values, but more than one document: not one JSON value.
  const params = { line: 1, detail: `${records} values, expected one` };
  return `${file}: MALFORMED_JSON: ${formatMessage("MALFORMED_JSON", params, lang)}`;
}

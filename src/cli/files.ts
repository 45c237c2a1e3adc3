/**
 * Which file is which: its format (from the name or `--format`) and the kind
 * of record it holds (from `--type`, the first record's fields, the CSV
 * header, or the file name), checked before any record is read.
 */
import { stat } from "node:fs/promises";
import { type ErrorCode, entityJsonSchema, formatMessage, type Lang } from "ngoaivu";
import { cliWords } from "./_words.js";
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
  /** The language of the problems read from it (`"en"` by default). */
  readonly lang?: Lang;
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
  options: { reports?: boolean; lang?: Lang } = {},
): Promise<Plan> {
  const lang = options.lang ?? "en";
  const words = cliWords(lang);
  let size = 0;
  let unreadable: string | undefined;
  try {
    const s = await stat(file);
    if (s.isDirectory()) unreadable = words.aFolder;
    else if (!s.isFile()) unreadable = words.notAFile;
    size = s.size;
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "ENOENT" || code === "ENOTDIR") throw new UsageError(words.noSuchFile(file));
    unreadable = code ?? words.anError;
  }
  const format = given.format ?? formatOf(file);
  if (format === undefined) throw new UsageError(words.unknownFormat(file));
  if (unreadable !== undefined) return { file, format, type: given.type, size: 0, unreadable, lang };
  let type: FileKind | undefined = given.type;
  let told = false; // a record (or a CSV header) was there to tell the kind by
  if (type === undefined) {
    const source: Source = { path: file, lang };
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
    throw new UsageError(formatMessage("UNKNOWN_ENTITY", { file, options: ENTITY_NAMES.join(", ") }, lang));
  }
  return { file, format, type, size, lang };
}

// The schema of a CSV file of unknown kind: it has no header (its problems are reported instead).
const NO_FIELDS: SchemaNode = { type: "object", properties: {} };

async function* unreadableFile(reason: string): AsyncGenerator<Item> {
  yield { kind: "problem", line: 0, code: "UNREADABLE_INPUT", params: { reason } };
}

/** The records (or problems) of a planned file, streamed. */
export function items(p: Plan, onBytes: (bytes: number) => void = () => {}): AsyncGenerator<Item> {
  if (p.unreadable !== undefined) return unreadableFile(p.unreadable);
  const lang = p.lang ?? "en";
  const source: Source = { path: p.file, onBytes, lang };
  if (p.format === "json") return readJson(source);
  if (p.format === "ndjson") return readNdjson(source);
  if (p.type === "member-report") throw new UsageError(cliWords(lang).reportsFromJson(p.file));
  if (p.type === undefined) return readCsv(source, NO_FIELDS, cliWords(lang).unknownRecordKind);
  return readCsv(source, entityJsonSchema(p.type) as SchemaNode, p.type);
}

/** A reader's problem as one coded line: `file: CODE: message`. */
export function problemText(file: string, item: Item & { kind: "problem" }, lang: Lang): string {
  return `${file}: ${item.code}: ${formatMessage<ErrorCode>(item.code, item.params, lang)}`;
}

/**
 * A file that cannot be read at all, as one coded line: `file: UNREADABLE_INPUT:
 * message`, the reason being the system's code (`EACCES`, `EISDIR`…).
 */
export function unreadableLine(file: string, code: string | undefined, lang: Lang): string {
  const reason = code === "EISDIR" ? cliWords(lang).aFolder : (code ?? cliWords(lang).anError);
  return `${file}: UNREADABLE_INPUT: ${formatMessage("UNREADABLE_INPUT", { reason }, lang)}`;
}

/** Why a whole JSON file (a cluster, a saved report, an issuer) is not JSON, as one coded line. */
export async function jsonProblem(file: string, lang: Lang): Promise<string> {
  let records = 0;
  for await (const item of readJson({ path: file, lang })) {
    if (item.kind === "problem") return problemText(file, item, lang);
    records++;
  }
  // Well-formed values, but more than one document: not one JSON value.
  const params = { line: 1, detail: cliWords(lang).manyValues(records) };
  return `${file}: MALFORMED_JSON: ${formatMessage("MALFORMED_JSON", params, lang)}`;
}

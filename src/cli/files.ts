/**
 * Which file is which: its format (from the name or `--format`) and the kind
 * of record it holds (from `--type`, the first record's fields, the CSV
 * header, or the file name), checked before any record is read.
 */
import { stat } from "node:fs/promises";
import { entityJsonSchema, formatMessage } from "ngoaivu";
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
  readonly type: FileKind;
  readonly size: number;
}

/** Finds a file's format and kind; a usage error (exit 2) when the file is missing or cannot be told. */
export async function plan(
  file: string,
  given: { type?: EntityType; format?: FileFormat },
  options: { reports?: boolean } = {},
): Promise<Plan> {
  let size: number;
  try {
    const s = await stat(file);
    if (!s.isFile()) throw new UsageError(`${file} is not a file`);
    size = s.size;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as { code?: string }).code;
    throw new UsageError(code === "ENOENT" ? `${file}: no such file` : `cannot read ${file} (${code ?? "error"})`);
  }
  const format = given.format ?? formatOf(file);
  if (format === undefined) {
    throw new UsageError(`${file}: cannot tell the format from the name: give --format json, ndjson or csv`);
  }
  let type: FileKind | undefined = given.type;
  if (type === undefined) {
    const source: Source = { path: file };
    if (format === "csv") type = detectEntity((await csvHeader(source)) ?? []);
    else {
      const first = await firstRecord(source, format);
      if (typeof first === "object" && first !== null && !Array.isArray(first)) {
        const keys = Object.keys(first);
        type =
          options.reports === true && keys.includes("basis") && keys.includes("figures")
            ? "member-report"
            : detectEntity(keys);
      }
    }
    type ??= entityFromFileName(file);
  }
  if (type === undefined) {
    throw new UsageError(formatMessage("UNKNOWN_ENTITY", { file, options: ENTITY_NAMES.join(", ") }));
  }
  return { file, format, type, size };
}

/** The records (or problems) of a planned file, streamed. */
export function items(p: Plan, onBytes: (bytes: number) => void = () => {}): AsyncGenerator<Item> {
  const source: Source = { path: p.file, onBytes };
  if (p.format === "json") return readJson(source);
  if (p.format === "ndjson") return readNdjson(source);
  if (p.type === "member-report") throw new UsageError(`${p.file}: member reports are read from JSON, not CSV`);
  return readCsv(source, entityJsonSchema(p.type) as SchemaNode, p.type);
}

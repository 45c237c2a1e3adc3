/**
 * Streaming readers for the `ngoaivu` command: JSON (one record, or an array
 * of records, read element by element), NDJSON (one record a line) and CSV
 * (a header row, then one record a row). Each yields the records one by one
 * with the line they start on, so memory stays flat however large the file.
 *
 * A record that is not well-formed is yielded as a `problem` (the reader goes
 * on with the next line or element when it can); a file that ends in the
 * middle of a record, or a file with no record at all, ends with a file-level
 * problem.
 */
import { createReadStream } from "node:fs";
import type { Lang } from "ngoaivu";
import { type CliWords, cliWords } from "./_words.js";

/** A record read from a file, or a problem reading one. */
export type Item =
  | { readonly kind: "record"; readonly line: number; readonly value: unknown }
  | { readonly kind: "problem"; readonly line: number; readonly code: ReaderCode; readonly params: ReaderParams };

/** The codes a reader reports (all in the library's error table). */
export type ReaderCode =
  | "MALFORMED_JSON"
  | "TRUNCATED_INPUT"
  | "EMPTY_INPUT"
  | "CSV_BAD_HEADER"
  | "CSV_BAD_ROW"
  | "BINARY_INPUT"
  | "UNREADABLE_INPUT";

/** The file-level codes: the problem is the file's, not a record's. */
export const FILE_LEVEL_CODES: ReadonlySet<ReaderCode> = new Set([
  "EMPTY_INPUT",
  "CSV_BAD_HEADER",
  "BINARY_INPUT",
  "UNREADABLE_INPUT",
]);

/** Values for a reader code's message. */
export type ReaderParams = Readonly<Record<string, string | number>>;

/** The file formats the command reads. */
export type FileFormat = "json" | "ndjson" | "csv";

/** Reads a file as text chunks, counting bytes for a progress line. */
export interface Source {
  readonly path: string;
  /** Called with the number of bytes read so far. */
  readonly onBytes?: (bytes: number) => void;
  /** The language of the details the readers put in a problem's params (a JSON parser's message, an empty column): `"en"` by default. */
  readonly lang?: Lang;
}

function wordsOf(source: Source): CliWords {
  return cliWords(source.lang ?? "en");
}

/** A file the readers cannot go on with: not text, or not readable. */
class FileProblem extends Error {
  constructor(
    readonly code: "BINARY_INPUT" | "UNREADABLE_INPUT",
    readonly params: ReaderParams,
  ) {
    super(code);
  }
}

/**
 * The offset of the first byte that is not well-formed UTF-8; after the first
 * chunk, continuation bytes at the start are taken as the end of a character
 * begun in the chunk before.
 */
function badUtf8(buf: Uint8Array, first: boolean): number {
  let i = 0;
  while (!first && i < buf.length && i < 3 && ((buf[i] as number) & 0xc0) === 0x80) i++;
  while (i < buf.length) {
    const b = buf[i] as number;
    const n = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) {
      if (i + k >= buf.length) return buf.length; // cut at the chunk's end
      if (((buf[i + k] as number) & 0xc0) !== 0x80) return i;
    }
    i += n + 1;
  }
  return buf.length;
}

function isReadError(error: unknown): error is { code: string } {
  return (
    typeof error === "object" &&
    error !== null &&
    typeof (error as { code?: unknown }).code === "string" &&
    typeof (error as { syscall?: unknown }).syscall === "string"
  );
}

/**
 * The file's text, chunk by chunk. A file that is not UTF-8 text (a NUL byte
 * or a malformed sequence) stops with `BINARY_INPUT`, one that cannot be read
 * with `UNREADABLE_INPUT` (thrown, turned into a problem by `guarded`).
 */
async function* chunks(source: Source): AsyncGenerator<string> {
  const stream = createReadStream(source.path, { highWaterMark: 1 << 16 });
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let bytes = 0;
  let first = true;
  try {
    for await (const buf of stream as AsyncIterable<Uint8Array>) {
      let text: string;
      const nul = buf.indexOf(0);
      try {
        text = decoder.decode(buf, { stream: true });
      } catch {
        const bad = badUtf8(buf, bytes === 0);
        throw new FileProblem("BINARY_INPUT", { offset: bytes + (nul >= 0 && nul < bad ? nul : bad) });
      }
      if (nul >= 0) throw new FileProblem("BINARY_INPUT", { offset: bytes + nul });
      bytes += buf.length;
      source.onBytes?.(bytes);
      if (first) {
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1); // a byte-order mark
        first = false;
      }
      if (text !== "") yield text;
    }
    let rest: string;
    try {
      rest = decoder.decode();
    } catch {
      throw new FileProblem("BINARY_INPUT", { offset: bytes });
    }
    if (rest !== "") yield rest;
  } catch (error) {
    if (isReadError(error)) throw new FileProblem("UNREADABLE_INPUT", { reason: error.code });
    throw error;
  } finally {
    stream.destroy();
  }
}

/** A reader whose file-level failures (not text, not readable) end it with a problem instead of an exception. */
async function* guarded(items: AsyncGenerator<Item>): AsyncGenerator<Item> {
  try {
    yield* items;
  } catch (error) {
    if (!(error instanceof FileProblem)) throw error;
    yield { kind: "problem", line: 0, code: error.code, params: error.params };
  }
}

function detail(error: unknown, words: CliWords): string {
  const text = words.jsonError(error instanceof Error ? error.message : String(error));
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}

function parseJson(text: string, line: number, words: CliWords): Item {
  try {
    return { kind: "record", line, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { kind: "problem", line, code: "MALFORMED_JSON", params: { line, detail: detail(error, words) } };
  }
}

const isSpace = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

/**
 * NDJSON: one JSON record a line; blank lines are skipped. A line that is not
 * JSON is a `MALFORMED_JSON` problem and reading goes on.
 */
export function readNdjson(source: Source): AsyncGenerator<Item> {
  return guarded(ndjsonItems(source));
}

async function* ndjsonItems(source: Source): AsyncGenerator<Item> {
  let carry = "";
  let line = 0;
  let records = 0;
  let lastProblem = false;
  const words = wordsOf(source);
  const take = (text: string): Item | undefined => {
    line++;
    const body = text.endsWith("\r") ? text.slice(0, -1) : text;
    if (body.trim() === "") return undefined;
    records++;
    return parseJson(body, line, words);
  };
  for await (const chunk of chunks(source)) {
    let from = 0;
    let nl = chunk.indexOf("\n");
    while (nl >= 0) {
      const text = carry === "" ? chunk.slice(from, nl) : carry + chunk.slice(from, nl);
      carry = "";
      const item = take(text);
      if (item !== undefined) yield item;
      from = nl + 1;
      nl = chunk.indexOf("\n", from);
    }
    carry += chunk.slice(from);
  }
  if (carry !== "") {
    const item = take(carry);
    if (item !== undefined) {
      lastProblem = item.kind === "problem";
      // A last line without a newline that is not JSON: the file was cut short.
      yield lastProblem ? { kind: "problem", line, code: "TRUNCATED_INPUT", params: { line } } : item;
    }
  }
  if (records === 0) yield { kind: "problem", line: 0, code: "EMPTY_INPUT", params: {} };
}

/**
 * JSON: one record (an object) or an array of records, read element by
 * element (the whole array is never in memory). An element that is not JSON
 * is a `MALFORMED_JSON` problem; a file cut short is `TRUNCATED_INPUT`.
 */
export function readJson(source: Source): AsyncGenerator<Item> {
  return guarded(jsonItems(source));
}

async function* jsonItems(source: Source): AsyncGenerator<Item> {
  const BEFORE = 0;
  const OPEN = 1; // after "[" or ",": an element (or "]" right after "[")
  const AFTER = 2; // after an element: "," or "]"
  const ELEMENT = 3;
  const END = 4;
  let mode = BEFORE;
  let top = false; // the document is a single value, not an array
  let first = true;
  let kind: "container" | "string" | "bare" = "container";
  let depth = 0;
  let inString = false;
  let escaped = false;
  let line = 1;
  let elementLine = 1;
  let pieces: string[] = [];
  const words = wordsOf(source);
  const garbage = (ch: string, wanted: "separator" | "end"): Item => ({
    kind: "problem",
    line,
    code: "MALFORMED_JSON",
    params: { line, detail: words.jsonExpected(wanted, JSON.stringify(ch)) },
  });
  for await (const chunk of chunks(source)) {
    let start = 0;
    const emit = (end: number): Item => {
      const text = pieces.length === 0 ? chunk.slice(start, end) : pieces.join("") + chunk.slice(start, end);
      pieces = [];
      mode = AFTER;
      return parseJson(text, elementLine, words);
    };
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (mode === ELEMENT) {
        if (kind === "bare") {
          if (!(c === 0x2c || c === 0x5d || c === 0x7d || isSpace(c))) continue;
          yield emit(i); // then look at this character again, after the element
        } else if (inString) {
          if (escaped) escaped = false;
          else if (c === 0x5c) escaped = true;
          else if (c === 0x22) {
            inString = false;
            if (kind === "string") yield emit(i + 1);
          } else if (c === 0x0a) line++;
          continue;
        } else {
          if (c === 0x22) inString = true;
          else if (c === 0x7b || c === 0x5b) depth++;
          else if (c === 0x7d || c === 0x5d) {
            depth--;
            if (depth === 0) yield emit(i + 1);
          } else if (c === 0x0a) line++;
          continue;
        }
      }
      if (c === 0x0a) {
        line++;
        continue;
      }
      if (isSpace(c)) continue;
      if (mode === BEFORE || mode === OPEN) {
        if (mode === BEFORE && c === 0x5b) {
          mode = OPEN;
          continue;
        }
        if (mode === OPEN && c === 0x5d && first) {
          mode = END;
          continue;
        }
        top = mode === BEFORE;
        first = false;
        mode = ELEMENT;
        start = i;
        elementLine = line;
        kind = c === 0x7b || c === 0x5b ? "container" : c === 0x22 ? "string" : "bare";
        depth = kind === "container" ? 1 : 0;
        inString = kind === "string";
        escaped = false;
        continue;
      }
      if (mode === AFTER && !top) {
        if (c === 0x2c) mode = OPEN;
        else if (c === 0x5d) mode = END;
        else {
          yield garbage(chunk[i] as string, "separator");
          return;
        }
        continue;
      }
      yield garbage(chunk[i] as string, "end");
      return;
    }
    if (mode === ELEMENT) pieces.push(chunk.slice(start));
  }
  if (mode === ELEMENT && kind === "bare" && top) {
    yield parseJson(pieces.join(""), elementLine, words);
    mode = AFTER;
  }
  if (mode === BEFORE) yield { kind: "problem", line: 0, code: "EMPTY_INPUT", params: {} };
  else if (!(mode === END || (mode === AFTER && top)))
    yield { kind: "problem", line, code: "TRUNCATED_INPUT", params: { line } };
}

/** A CSV row with the line it starts on. */
interface Row {
  readonly line: number;
  readonly cells: string[];
}

async function* csvRows(source: Source): AsyncGenerator<Row | { readonly truncated: number }> {
  let line = 1;
  let rowLine = 1;
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
  let quoteSeen = false; // a quote inside a quoted cell: either "" or the closing quote
  let any = false;
  for await (const chunk of chunks(source)) {
    for (let i = 0; i < chunk.length; i++) {
      const ch = chunk[i] as string;
      if (quoted) {
        if (quoteSeen) {
          quoteSeen = false;
          if (ch === '"') {
            cell += '"';
            continue;
          }
          quoted = false;
          // fall through: this character follows the closing quote
        } else if (ch === '"') {
          quoteSeen = true;
          continue;
        } else {
          if (ch === "\n") line++;
          cell += ch;
          continue;
        }
      }
      if (ch === '"' && cell === "") {
        quoted = true;
        any = true;
        continue;
      }
      if (ch === ",") {
        cells.push(cell);
        cell = "";
        any = true;
        continue;
      }
      if (ch === "\r") continue;
      if (ch === "\n") {
        cells.push(cell);
        if (any || cell !== "" || cells.length > 1) yield { line: rowLine, cells };
        cells = [];
        cell = "";
        any = false;
        line++;
        rowLine = line;
        continue;
      }
      cell += ch;
      any = true;
    }
  }
  if (quoted && !quoteSeen) {
    yield { truncated: rowLine };
    return;
  }
  if (any || cell !== "" || cells.length > 0) {
    cells.push(cell);
    yield { line: rowLine, cells };
  }
}

/** The JSON Schema shape the CSV reader needs: objects, arrays and leaf types. */
export interface SchemaNode {
  readonly type?: string;
  readonly properties?: Readonly<Record<string, SchemaNode>>;
  readonly items?: SchemaNode;
}

/** How a CSV column's cells become a value. */
type Column = { readonly path: readonly (string | number)[]; readonly leaf: "string" | "number" | "list" | "boolean" };

/** Resolves a dotted header (`cost.amount`, `foreignParties.0.name`) against the schema. */
function resolveColumn(schema: SchemaNode, header: string): Column | undefined {
  const path: (string | number)[] = [];
  let node: SchemaNode | undefined = schema;
  for (const segment of header.split(".")) {
    if (node === undefined) return undefined;
    if (node.type === "array" && /^\d{1,4}$/.test(segment)) {
      path.push(Number(segment));
      node = node.items;
    } else if (node.type === "object" && node.properties !== undefined && Object.hasOwn(node.properties, segment)) {
      path.push(segment);
      node = node.properties[segment];
    } else return undefined;
  }
  if (node === undefined) return undefined;
  if (node.type === "integer" || node.type === "number") return { path, leaf: "number" };
  if (node.type === "boolean") return { path, leaf: "boolean" };
  if (node.type === "array" && node.items?.type === "string") return { path, leaf: "list" };
  if (node.type === "string" || node.type === undefined) return { path, leaf: "string" };
  return undefined; // an object or an array of objects: give its fields as columns
}

function cellValue(cell: string, leaf: Column["leaf"]): unknown {
  switch (leaf) {
    case "number":
      // Counts only (amounts are strings in the wire form): a plain integer becomes a number.
      return /^-?\d{1,15}$/.test(cell.trim()) ? Number(cell.trim()) : cell;
    case "boolean":
      return cell === "true" ? true : cell === "false" ? false : cell;
    case "list":
      return cell
        .split(";")
        .map((part) => part.trim())
        .filter((part) => part !== "");
    default:
      return cell;
  }
}

function setPath(target: Record<string, unknown>, path: readonly (string | number)[], value: unknown): void {
  let node: Record<string | number, unknown> = target;
  for (let i = 0; i < path.length - 1; i++) {
    const key = path[i] as string | number;
    const nextIsIndex = typeof path[i + 1] === "number";
    let child = node[key];
    if (typeof child !== "object" || child === null) {
      child = nextIsIndex ? [] : {};
      node[key] = child;
    }
    node = child as Record<string | number, unknown>;
  }
  node[path[path.length - 1] as string | number] = value;
}

/** Reads a CSV header row: the names of its columns. */
export async function csvHeader(source: Source): Promise<string[] | undefined> {
  try {
    for await (const row of csvRows(source)) {
      return "cells" in row ? row.cells.map((c) => c.trim()) : undefined;
    }
  } catch (error) {
    if (!(error instanceof FileProblem)) throw error;
  }
  return undefined;
}

/**
 * CSV: a header row naming fields (dotted paths for nested ones:
 * `cost.amount`, `foreignParties.0.name`; a list of strings in one cell
 * separated by `;`), then one record a row; an empty cell leaves the field
 * out. A header that names no field of the entity is `CSV_BAD_HEADER` (and
 * nothing else is read); a row with the wrong number of cells is `CSV_BAD_ROW`.
 */
export function readCsv(source: Source, schema: SchemaNode, entity: string): AsyncGenerator<Item> {
  return guarded(csvItems(source, schema, entity));
}

async function* csvItems(source: Source, schema: SchemaNode, entity: string): AsyncGenerator<Item> {
  let columns: Column[] | undefined;
  let records = 0;
  for await (const row of csvRows(source)) {
    if (!("cells" in row)) {
      yield { kind: "problem", line: row.truncated, code: "TRUNCATED_INPUT", params: { line: row.truncated } };
      return;
    }
    if (columns === undefined) {
      const resolved: Column[] = [];
      const seen = new Set<string>();
      for (const [i, raw] of row.cells.entries()) {
        const header = raw.trim();
        const column = header === "" || seen.has(header) ? undefined : resolveColumn(schema, header);
        if (column === undefined) {
          yield {
            kind: "problem",
            line: row.line,
            code: "CSV_BAD_HEADER",
            params: { column: header === "" ? wordsOf(source).emptyColumn(i + 1) : header, entity },
          };
          return;
        }
        seen.add(header);
        resolved.push(column);
      }
      columns = resolved;
      continue;
    }
    records++;
    if (row.cells.length !== columns.length) {
      yield {
        kind: "problem",
        line: row.line,
        code: "CSV_BAD_ROW",
        params: { line: row.line, count: row.cells.length, expected: columns.length },
      };
      continue;
    }
    const value: Record<string, unknown> = {};
    for (const [i, column] of columns.entries()) {
      const cell = row.cells[i] as string;
      if (cell === "") continue;
      setPath(value, column.path, cellValue(cell, column.leaf));
    }
    yield { kind: "record", line: row.line, value };
  }
  if (columns === undefined) yield { kind: "problem", line: 0, code: "EMPTY_INPUT", params: {} };
  else if (records === 0) yield { kind: "problem", line: 1, code: "EMPTY_INPUT", params: {} };
}

/** The format of a file, from its name. */
export function formatOf(path: string): FileFormat | undefined {
  const lower = path.toLowerCase();
  if (lower.endsWith(".ndjson") || lower.endsWith(".jsonl")) return "ndjson";
  if (lower.endsWith(".json")) return "json";
  if (lower.endsWith(".csv")) return "csv";
  return undefined;
}

/**
 * Reads the first record of a JSON or NDJSON file that is an object (to
 * detect its entity), going past lines that are not JSON; `undefined` when
 * the file holds none.
 */
export async function firstRecord(source: Source, format: "json" | "ndjson"): Promise<unknown> {
  const items = format === "json" ? readJson(source) : readNdjson(source);
  for await (const item of items) {
    if (item.kind === "record" && typeof item.value === "object" && item.value !== null && !Array.isArray(item.value)) {
      return item.value;
    }
  }
  return undefined;
}

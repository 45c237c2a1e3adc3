/**
 * `ngoaivu validate files…`: validates JSON, NDJSON or CSV files of one
 * entity type each, streaming (records are read, validated in chunks of 1,000
 * with `parseBatch`, reported and dropped), so memory stays flat on large
 * files. Exit 0 when every record is valid, 1 when some are not.
 */
import {
  ENTITY_SCHEMAS,
  type ErrorCode,
  formatMessage,
  type Lang,
  MemberReportSchema,
  type NgoaivuIssue,
  parseBatch,
  quoteInput,
} from "ngoaivu";
import { type CliWords, cliWords } from "./_words.js";
import {
  cap,
  escapeControls,
  megabytes,
  oneLine,
  oneOf,
  Progress,
  parseCommand,
  say,
  sayJson,
  UsageError,
} from "./common.js";
import { ENTITY_NAMES, type EntityType, entityByName } from "./entity.js";
import { type FileKind, items, type Plan, plan } from "./files.js";
import { FILE_LEVEL_CODES, type FileFormat } from "./readers.js";

export const VALIDATE_HELP = `Usage: ngoaivu validate <files…> [options]

Validates records against the entity schemas, streaming: memory stays flat
however large the files. Each file holds one entity type: JSON (one record or
an array), NDJSON (.ndjson, .jsonl: one record a line) or CSV (a header row of
field names, dotted for nested fields: cost.amount; lists separated by ";").

Options:
  --type <entity>      the entity, when it cannot be detected from the records
                       (${ENTITY_NAMES.join(", ")});
                       a JSON file of member reports is recognised by its fields
  --format <format>    json, ndjson or csv (default: from the file name)
  --lang <vi|en>       language of the messages (default en)
  --json               machine-readable output (one JSON document)
  -h, --help           this help

Prints each invalid record's line, record number (from 1), code and message;
a file that cannot be used as a whole (empty, not UTF-8 text, unreadable) is
reported with its code (EMPTY_INPUT, BINARY_INPUT, UNREADABLE_INPUT, …) and
the other files are still checked. Messages quote at most a few hundred
characters of an input, with every control character escaped.
Exit status: 0 all records valid, 1 some records or files invalid, 2 usage
error (bad option, missing file, records of a kind that cannot be told).
`;

const CHUNK = 1000;

interface FileResult {
  readonly file: string;
  readonly type: FileKind | undefined;
  readonly format: FileFormat;
  records: number;
  valid: number;
  invalid: number;
}

interface Problem {
  readonly line: number;
  readonly index?: number;
  readonly issues: readonly NgoaivuIssue[];
}

// Where a problem is, as people count: lines and records from 1 (`index` is from 0); a file's own problem has no line.
function heading(p: Problem, words: CliWords): string {
  return p.line === 0 ? "" : words.problemAt(p.line, p.index === undefined ? undefined : p.index + 1);
}

function summaryLine(r: FileResult, words: CliWords): string {
  const n = (x: number) => x.toLocaleString(words.numberLocale);
  const kind = r.type ?? words.unknownKind;
  return words.fileSummary(escapeControls(r.file, false), n(r.valid), n(r.invalid), kind, r.format.toUpperCase());
}

function where(path: readonly (string | number)[], words: CliWords): string {
  return path.length === 0 ? "" : words.at(oneLine(path.join("."), undefined, words));
}

/** Output: text lines, or one streamed JSON document. */
interface Sink {
  file(p: Plan): Promise<void> | undefined;
  problem(p: Problem): Promise<void> | undefined;
  fileDone(r: FileResult): Promise<void> | undefined;
  end(results: readonly FileResult[]): Promise<void> | undefined;
}

function textSink(lang: Lang): Sink {
  const words = cliWords(lang);
  return {
    file: () => undefined,
    problem: (p) =>
      say(
        process.stdout,
        p.issues
          .map(
            (i) => `  ${heading(p, words)}${i.code}${where(i.path, words)}: ${oneLine(i.message, undefined, words)}\n`,
          )
          .join(""),
      ),
    fileDone: (r) => say(process.stdout, `${summaryLine(r, words)}\n`),
    end: (results) => {
      if (results.length < 2) return undefined;
      const valid = results.reduce((s, r) => s + r.valid, 0);
      const invalid = results.reduce((s, r) => s + r.invalid, 0);
      return say(process.stdout, `${words.filesSummary(results.length, valid, invalid)}\n`);
    },
  };
}

function jsonSink(lang: Lang): Sink {
  const words = cliWords(lang);
  let firstFile = true;
  let firstProblem = true;
  return {
    file: (p) => {
      const head = `${firstFile ? '{"files":[' : ","}{"file":${JSON.stringify(p.file)},"type":${JSON.stringify(p.type ?? null)},"format":"${p.format}","invalid":[`;
      firstFile = false;
      firstProblem = true;
      return sayJson(process.stdout, head);
    },
    problem: (p) => {
      // `index` counts records from 0, `record` from 1 (as the text output says them).
      const entry = {
        line: p.line,
        ...(p.index === undefined ? {} : { index: p.index, record: p.index + 1 }),
        issues: p.issues.map((i) => ({ code: i.code, path: i.path, message: cap(i.message, undefined, words) })),
      };
      const text = `${firstProblem ? "" : ","}${JSON.stringify(entry)}`;
      firstProblem = false;
      return sayJson(process.stdout, text);
    },
    fileDone: (r) =>
      sayJson(
        process.stdout,
        `],"counts":${JSON.stringify({ records: r.records, valid: r.valid, invalid: r.invalid })}}`,
      ),
    end: (results) => {
      const valid = results.reduce((s, r) => s + r.valid, 0);
      const invalid = results.reduce((s, r) => s + r.invalid, 0);
      return sayJson(process.stdout, `${firstFile ? '{"files":[' : ""}],"valid":${valid},"invalid":${invalid}}\n`);
    },
  };
}

async function validateFile(p: Plan, lang: Lang, sink: Sink, progress: Progress): Promise<FileResult> {
  const result: FileResult = { file: p.file, type: p.type, format: p.format, records: 0, valid: 0, invalid: 0 };
  const schema =
    p.type === undefined ? undefined : p.type === "member-report" ? MemberReportSchema : ENTITY_SCHEMAS[p.type];
  let values: unknown[] = [];
  let lines: number[] = [];
  let indexes: number[] = [];
  let bytes = 0;
  let index = 0;
  const flush = async (): Promise<void> => {
    if (values.length === 0) return;
    const { valid, invalid } =
      schema === undefined
        ? { valid: [], invalid: values.map((v, i) => notARecord(v, i, lang)) }
        : parseBatch(schema, values, { lang });
    result.valid += valid.length;
    result.invalid += invalid.length;
    for (const bad of invalid) {
      await sink.problem({
        line: lines[bad.index] as number,
        index: indexes[bad.index] as number,
        issues: bad.issues,
      });
    }
    values = [];
    lines = [];
    indexes = [];
  };
  await sink.file(p);
  for await (const item of items(p, (b) => {
    bytes = b;
  })) {
    if (item.kind === "record") {
      result.records++;
      values.push(item.value);
      lines.push(item.line);
      indexes.push(index++);
      if (values.length >= CHUNK) {
        await flush();
        progress.update(() => cliWords(lang).validateProgress(p.file, megabytes(bytes), megabytes(p.size), index));
      }
      continue;
    }
    await flush();
    const fileLevel = FILE_LEVEL_CODES.has(item.code);
    if (!fileLevel) result.records++;
    result.invalid++;
    await sink.problem({
      line: item.line,
      ...(fileLevel ? {} : { index: index++ }),
      issues: [
        {
          code: item.code,
          path: [],
          message: formatMessage<ErrorCode>(item.code, item.params, lang),
          params: item.params,
        },
      ],
    });
  }
  await flush();
  progress.done();
  await sink.fileDone(result);
  return result;
}

/** A file of unknown kind holds no object: each of its values is not a record. */
function notARecord(value: unknown, index: number, lang: Lang): { index: number; issues: NgoaivuIssue[] } {
  const params = {
    expected: cliWords(lang).aRecord,
    received: quoteInput(value, { kind: true, lang }),
  };
  return {
    index,
    issues: [{ code: "INVALID_TYPE", path: [], message: formatMessage("INVALID_TYPE", params, lang), params }],
  };
}

/** Runs `ngoaivu validate`; returns the exit status. */
export async function runValidate(args: readonly string[]): Promise<number> {
  const { values, positionals } = parseCommand("validate", args, {
    type: { type: "string" },
    format: { type: "string" },
    lang: { type: "string" },
    json: { type: "boolean" },
  });
  if (values.help === true) {
    await say(process.stdout, VALIDATE_HELP);
    return 0;
  }
  const lang = oneOf<Lang>("lang", values.lang, ["en", "vi"], "en");
  const words = cliWords(lang);
  const format =
    values.format === undefined
      ? undefined
      : oneOf<FileFormat>("format", values.format, ["json", "ndjson", "csv"], "json", words);
  let type: EntityType | undefined;
  if (values.type !== undefined) {
    type = entityByName(String(values.type));
    if (type === undefined) {
      throw new UsageError(words.unknownEntity(JSON.stringify(values.type), ENTITY_NAMES.join(", ")));
    }
  }
  if (positionals.length === 0) throw new UsageError(words.giveFiles);
  const plans: Plan[] = [];
  for (const file of positionals) {
    plans.push(
      await plan(
        file,
        { ...(type === undefined ? {} : { type }), ...(format === undefined ? {} : { format }) },
        { reports: true, lang },
      ),
    );
  }
  const sink = values.json === true ? jsonSink(lang) : textSink(lang);
  const progress = new Progress();
  const results: FileResult[] = [];
  for (const p of plans) results.push(await validateFile(p, lang, sink, progress));
  await sink.end(results);
  return results.some((r) => r.invalid > 0) ? 1 : 0;
}

/**
 * `ngoaivu report [files…]`: compiles a cluster's report for a period from
 * record files (streamed: validated and summarized in chunks, the partial
 * summaries merged) and member reports, and renders it. With no files it
 * uses a built-in sample.
 */
import { readFile, writeFile } from "node:fs/promises";
import {
  type AnyReport,
  type ClusterReport,
  ClusterReportSchema,
  COMPARISON_RULES,
  type Comparison,
  type ComparisonRule,
  compare,
  comparisonPeriod,
  compile,
  compileNational,
  type EmulationCluster,
  EmulationClusterSchema,
  formatMessage,
  type Lang,
  type Member,
  type MemberNames,
  type MemberReport,
  MemberReportSchema,
  MemberSchema,
  merge,
  mergeReports,
  type NationalReport,
  type NgoaivuIssue,
  type Period,
  parse,
  parseBatch,
  parsePeriod,
  quoteInput,
  RECORD_KIND_DECLARATIONS,
  RENDER_FORMATS,
  type RecordSet,
  type ReportingConvention,
  render,
  type Summary,
  summarize,
} from "ngoaivu";
import { cliWords } from "./_words.js";
import {
  closest,
  escapeControls,
  escapeJson,
  InputError,
  inLanguage,
  megabytes,
  oneLine,
  oneOf,
  Progress,
  parseCommand,
  say,
  sayBytes,
  UsageError,
} from "./common.js";
import { items, jsonProblem, type Plan, plan, problemText, unreadableLine } from "./files.js";
import { checkIssuer, derivedIssuer, type Issuer, mergeIssuer, readIssuer } from "./issuer.js";

export const REPORT_HELP = `Usage: ngoaivu report [files…] [options]

Compiles a cluster's report for a period and renders it. Files hold records
(delegations, agreements, consular cases, ODA or NGO projects: JSON, NDJSON
or CSV, one entity type a file) or members' own reports (JSON). Records are
validated and summarized in chunks, so large files stay within flat memory;
a file with invalid records stops the report (run ngoaivu validate on it).
With no files, the built-in sample is used.

Options:
  --period <period>        the period, e.g. 2024-H1, 2024, 2021-2025
                           (default: the sample's; required with files)
  --cluster <II|file>      the cluster: II (built in) or a JSON file (default II)
  --members <file>         member records (JSON array or NDJSON), for names and
                           kinds (default: the built-in Cluster II members)
  --convention <c>         statistical (default) or administrative (Decree
                           09/2019/NĐ-CP cut-off days)
  --lang <vi|en>           language (default vi)
  --format <f>             text (default), markdown, json, html, or the
                           office formats docx (Word, Decree 30/2020 layout)
                           and xlsx (Excel tables); these need --out FILE
                           when stdout is a terminal
  --compare <rule|file>    compare with another period from the same files:
                           previous (the period just before) or
                           same-period-last-year (cùng kỳ năm trước:
                           2024-H1 against 2023-H1); or with a report in a
                           JSON file
  --out <file>             write the report to a file instead of stdout
  --issuer <file>          docx: who issues it, a JSON file with any of
                           agency {superior, name}, number, place, date
                           (YYYY-MM-DD), summary, recipients [..], signer
                           {authority, position, name}; by default the
                           agency, its superior body ("UBND tỉnh Cao Bằng")
                           and the place come from the member (for a
                           cluster, from its head that year) when known
  --number <n>, --place <p>, --date <YYYY-MM-DD>
                           docx: the number and symbol, place and date of
                           issue (over --issuer's)
  --sample <name>          the built-in sample with no files: cluster-ii
                           (default, 2024-H1), cao-bang (2020-2025, a
                           member's term report compared with 2016-2020)
                           or national (2023: the Ministry's national report
                           of the proposals of the 63 provinces' agencies)
  -h, --help               this help

Text, Markdown, HTML and JSON output carry no control characters from the
records (they are escaped, as \x1b); docx and xlsx are written as they are.
Exit status: 0 report written, 1 invalid input (a file empty, not text, not
valid, or with invalid records: its code is in the message), 2 usage error.
`;

const CHUNK = 5000;

/** The record kinds by entity name: where a file's records go in a record set, and their schema. */
const KINDS = new Map(RECORD_KIND_DECLARATIONS.map((k) => [k.name as string, k] as const));

interface Inputs {
  readonly cluster: EmulationCluster;
  readonly members: readonly Member[];
}

async function readJsonFile(file: string, lang: Lang): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "ENOENT") throw new UsageError(cliWords(lang).noSuchFile(file));
    throw new InputError(unreadableLine(file, code, lang));
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // The file's own problem, coded: EMPTY_INPUT, BINARY_INPUT, MALFORMED_JSON (with its line), TRUNCATED_INPUT.
    throw new InputError(await jsonProblem(file, lang));
  }
}

async function readMembers(file: string, lang: Lang): Promise<Member[]> {
  const p = await plan(file, { type: "member" }, { lang });
  const values: unknown[] = [];
  for await (const item of items(p)) {
    if (item.kind === "problem") throw new InputError(problemText(file, item, lang));
    values.push(item.value);
  }
  return values.map((v) => parse(MemberSchema, v, { lang }));
}

async function inputs(values: Record<string, unknown>, lang: Lang): Promise<Inputs> {
  const wanted = typeof values.cluster === "string" ? values.cluster : "II";
  let cluster: EmulationCluster;
  let members: readonly Member[];
  if (wanted === "II") {
    const { clusterII } = await import("ngoaivu/samples");
    ({ cluster, members } = clusterII());
  } else if (wanted.toLowerCase().endsWith(".json")) {
    cluster = parse(EmulationClusterSchema, await readJsonFile(wanted, lang), { lang });
    members = [];
  } else {
    throw new UsageError(cliWords(lang).clusterFile(JSON.stringify(wanted)));
  }
  if (typeof values.members === "string") members = await readMembers(values.members, lang);
  return { cluster, members };
}

/** Summarizes record files in chunks and merges the partial summaries; collects member reports. */
async function fromFiles(
  plans: readonly Plan[],
  periods: readonly Period[],
  convention: ReportingConvention,
  lang: Lang,
): Promise<{ summaries: Summary[]; reports: MemberReport[] }> {
  const summaries: (Summary | undefined)[] = periods.map(() => undefined);
  const reports: MemberReport[] = [];
  const progress = new Progress();
  const total = plans.reduce((s, p) => s + p.size, 0);
  let done = 0;
  for (const p of plans) {
    let batch: unknown[] = [];
    let lines: number[] = [];
    let bytes = 0;
    const flush = () => {
      if (batch.length === 0) return;
      if (p.type === undefined) {
        // No record of the file was an object: nothing a report can use.
        const words = cliWords(lang);
        const params = { expected: words.aRecord, received: quoteInput(batch[0], { kind: true, lang }) };
        throw new InputError(
          `${p.file}: INVALID_TYPE: ${formatMessage("INVALID_TYPE", params, lang)}${words.onLine(lines[0] ?? 0)}`,
        );
      }
      if (p.type === "member-report") {
        const { valid, invalid } = parseBatch(MemberReportSchema, batch, { lang });
        if (invalid.length > 0) throw invalidError(p.file, lines, invalid, lang);
        reports.push(...valid.map((v) => v.value));
      } else if (KINDS.has(p.type)) {
        const kind = KINDS.get(p.type) as (typeof RECORD_KIND_DECLARATIONS)[number];
        const { valid, invalid } = parseBatch(kind.schema, batch, { lang });
        if (invalid.length > 0) throw invalidError(p.file, lines, invalid, lang);
        const records = { [kind.bucket]: valid.map((v) => v.value) } as RecordSet;
        periods.forEach((period, i) => {
          const s = summarize(records, { period, convention });
          const before = summaries[i];
          summaries[i] = before === undefined ? s : merge(before, s);
        });
      } else {
        throw new UsageError(cliWords(lang).notForReport(p.file, p.type));
      }
      batch = [];
      lines = [];
    };
    for await (const item of items(p, (b) => {
      bytes = b;
    })) {
      if (item.kind === "problem") {
        throw new InputError(`${problemText(p.file, item, lang)} (${cliWords(lang).runValidate(p.file)})`);
      }
      if (p.format === "json" && Array.isArray(item.value) && p.type === "member-report") {
        for (const v of item.value) {
          batch.push(v);
          lines.push(item.line);
        }
      } else {
        batch.push(item.value);
        lines.push(item.line);
      }
      if (batch.length >= CHUNK) {
        flush();
        progress.update(() => cliWords(lang).reportProgress(megabytes(done + bytes), megabytes(total)));
      }
    }
    flush();
    done += p.size;
  }
  progress.done();
  return { summaries: summaries.filter((s): s is Summary => s !== undefined), reports };
}

/** Invalid records stop a report: how many, and the first one's line, code and message. */
function invalidError(
  file: string,
  lines: readonly number[],
  invalid: readonly { index: number; issues: readonly NgoaivuIssue[] }[],
  lang: Lang,
): Error {
  const count = invalid.length;
  const line = lines[invalid[0]?.index ?? 0] ?? 0;
  const issue = invalid[0]?.issues[0];
  const words = cliWords(lang);
  const at = issue === undefined || issue.path.length === 0 ? "" : words.at(issue.path.join("."));
  const first = issue === undefined ? "" : `: ${issue.code}${at}: ${oneLine(issue.message, undefined, words)}`;
  return new InputError(words.invalidRecords(file, count, line, first));
}

/** Decodes a sample's wire records, bucket by bucket, through each record kind's schema. */
function decodeSample(sample: object): RecordSet {
  const wire = sample as Readonly<Record<string, readonly unknown[] | undefined>>;
  const out: Record<string, unknown[]> = {};
  for (const kind of RECORD_KIND_DECLARATIONS) {
    const list = wire[kind.bucket];
    if (list !== undefined) out[kind.bucket] = parseBatch(kind.schema, list).valid.map((v) => v.value);
  }
  return out as RecordSet;
}

async function sampleClusterII(
  period: Period,
  before: Period,
  convention: ReportingConvention,
): Promise<{ current: MemberReport[]; previous: MemberReport[] }> {
  const samples = await import("ngoaivu/samples");
  const wire = samples.clusterIIRecords2024H1();
  const records = decodeSample(wire);
  const submitted = samples.clusterIISubmitted2024H1().map((r) => parse(MemberReportSchema, r));
  const of = (p: Period) => [
    ...summarize(records, { period: p, convention }).reports,
    ...submitted.filter((r) => r.period.equals(p)),
  ];
  return { current: of(period), previous: of(before) };
}

/** The national sample: the proposals of the 63 provinces' agencies for 2023, compiled by member. */
async function sampleNational(): Promise<{ report: NationalReport; names: MemberNames[] }> {
  const samples = await import("ngoaivu/samples");
  const { period, members, proposals } = samples.nationalSample();
  const summary = summarize(decodeSample({ proposals }), { period });
  return { report: compileNational(summary, period, { members: members.map((m) => m.id) }), names: members };
}

async function sampleCaoBang(): Promise<{ report: MemberReport; previous: MemberReport; members: Member[] }> {
  const samples = await import("ngoaivu/samples");
  const member = parse(MemberSchema, samples.CAO_BANG_MEMBER_JSON);
  const wire = samples.caoBangRecords();
  const summary = summarize(decodeSample(wire), { period: "2020-2025", members: [member] });
  const fromRecords = summary.reports[0] as MemberReport;
  return {
    report: mergeReports(fromRecords, parse(MemberReportSchema, samples.caoBangSubmitted())),
    previous: parse(MemberReportSchema, samples.caoBangPrevious()),
    members: [member],
  };
}

async function previousFromFile(file: string, lang: Lang): Promise<MemberReport | ClusterReport> {
  const json = await readJsonFile(file, lang);
  const wire =
    typeof json === "object" && json !== null && "report" in json ? (json as { report: unknown }).report : json;
  if (typeof wire === "object" && wire !== null && "rows" in wire) return parse(ClusterReportSchema, wire, { lang });
  return parse(MemberReportSchema, wire, { lang });
}

/** The formats `render` writes, and the office formats of `ngoaivu/office`. */
const OUTPUT_FORMATS = [...RENDER_FORMATS, "docx", "xlsx"] as const;
type OutputFormat = (typeof OUTPUT_FORMATS)[number];

interface WriteOptions {
  readonly lang: Lang;
  readonly format: OutputFormat;
  readonly members: readonly Member[];
  /** The names of the report's units, when they are no `Member` records (the national sample's agencies). */
  readonly names?: readonly MemberNames[];
  readonly comparison: Comparison | undefined;
  readonly out: string | undefined;
  /** The issuer details given (`--issuer`, `--number`, `--place`, `--date`), for docx. */
  readonly issuer?: Issuer;
  /** The cluster (for its head, who issues a cluster's report). */
  readonly cluster?: EmulationCluster;
}

/** Renders a report in the asked format (office formats loaded only when asked for) and writes it. */
async function write(report: AnyReport, o: WriteOptions): Promise<void> {
  const extra = o.comparison === undefined ? {} : { comparison: o.comparison };
  const members = o.names ?? o.members;
  if (o.format === "docx" || o.format === "xlsx") {
    const office = await import("ngoaivu/office");
    let bytes: Uint8Array;
    if (o.format === "docx") {
      const derived = "scope" in report ? {} : derivedIssuer(report, o.members, o.cluster, o.lang);
      const issuer = mergeIssuer(derived, o.issuer ?? {});
      if (issuer.signer === undefined) {
        await say(process.stderr, cliWords(o.lang).noSigner);
      }
      bytes = await office.toDocx(report, { ...issuer, lang: o.lang, members, ...extra });
    } else bytes = office.toXlsx(report, { lang: o.lang, members });
    await output(bytes, o.out, o.lang);
    return;
  }
  const text = render(report, { lang: o.lang, format: o.format, members, ...extra });
  // Records are input: no control character of theirs reaches a terminal (or a file someone will cat).
  await output(o.format === "json" ? escapeJson(text) : escapeControls(text, true), o.out, o.lang);
}

async function output(text: string | Uint8Array, out: string | undefined, lang: Lang): Promise<void> {
  if (out === undefined) {
    await (typeof text === "string" ? say(process.stdout, text) : sayBytes(process.stdout, text));
    return;
  }
  const words = cliWords(lang);
  try {
    await writeFile(out, text);
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new UsageError(words.cannotWrite(out, code ?? words.anError));
  }
  await say(process.stderr, words.wrote(oneLine(out, undefined, words)));
}

/** Runs `ngoaivu report`; returns the exit status. */
export async function runReport(args: readonly string[]): Promise<number> {
  const { values, positionals } = parseCommand("report", args, {
    period: { type: "string" },
    cluster: { type: "string" },
    members: { type: "string" },
    convention: { type: "string" },
    lang: { type: "string" },
    format: { type: "string" },
    compare: { type: "string" },
    out: { type: "string" },
    sample: { type: "string" },
    issuer: { type: "string" },
    number: { type: "string" },
    place: { type: "string" },
    date: { type: "string" },
  });
  if (values.help === true) {
    await say(process.stdout, REPORT_HELP);
    return 0;
  }
  const lang = oneOf<Lang>("lang", values.lang, ["vi", "en"], "vi");
  try {
    return await reportIn(values, positionals, lang);
  } catch (error) {
    throw inLanguage(error, lang);
  }
}

/** `ngoaivu report` once its language is known. */
async function reportIn(
  values: Record<string, string | boolean | string[] | undefined>,
  positionals: readonly string[],
  lang: Lang,
): Promise<number> {
  const words = cliWords(lang);
  const format = oneOf<OutputFormat>("format", values.format, OUTPUT_FORMATS, "text", words);
  const convention = oneOf<ReportingConvention>(
    "convention",
    values.convention,
    ["statistical", "administrative"],
    "statistical",
    words,
  );
  const out = typeof values.out === "string" ? values.out : undefined;
  if ((format === "docx" || format === "xlsx") && out === undefined && process.stdout.isTTY === true) {
    throw new UsageError(words.binaryNeedsOut(format));
  }
  const issuer = await issuerOf(values, format, lang);
  const compareWith = typeof values.compare === "string" ? values.compare : undefined;
  if (
    compareWith !== undefined &&
    !(COMPARISON_RULES as readonly string[]).includes(compareWith) &&
    !compareWith.toLowerCase().endsWith(".json")
  ) {
    const near = closest(compareWith, COMPARISON_RULES);
    throw new UsageError(words.compareMustBe(COMPARISON_RULES, JSON.stringify(compareWith), near));
  }
  const readPeriod = (text: string): Period => {
    try {
      return parsePeriod(text);
    } catch {
      throw new UsageError(words.badPeriod(JSON.stringify(text)));
    }
  };
  if (positionals.length === 0) {
    const sample = oneOf("sample", values.sample, ["cluster-ii", "cao-bang", "national"], "cluster-ii", words);
    if (sample === "national") {
      if (values.period !== undefined && values.period !== "2023") throw new UsageError(words.nationalPeriod);
      if (compareWith !== undefined) throw new UsageError(words.nationalCompare);
      const { report, names } = await sampleNational();
      await write(report, { lang, format, members: [], names, comparison: undefined, out, issuer });
      return 0;
    }
    if (sample === "cao-bang") {
      if (values.period !== undefined && values.period !== "2020-2025") {
        throw new UsageError(words.caoBangPeriod);
      }
      const { report, previous, members } = await sampleCaoBang();
      if (compareWith === "same-period-last-year") {
        throw new UsageError(words.noSamePeriodForTerm);
      }
      const against =
        compareWith === undefined
          ? undefined
          : compareWith === "previous"
            ? previous
            : await previousFromFile(compareWith, lang);
      const comparison = against === undefined ? undefined : compare(report, against, { digits: 0 });
      await write(report, { lang, format, members, comparison, out, issuer });
      return 0;
    }
    const period = readPeriod(typeof values.period === "string" ? values.period : "2024-H1");
    const { cluster, members } = await inputs(values, lang);
    const before = comparedPeriod(period, compareWith, lang);
    const { current, previous } = await sampleClusterII(period, before ?? period.previous(), convention);
    return finish(current, previous, period, before, { cluster, members }, { lang, format, out, compareWith, issuer });
  }
  if (values.sample !== undefined) throw new UsageError(words.sampleWithFiles);
  if (typeof values.period !== "string") throw new UsageError(words.givePeriod);
  const period = readPeriod(values.period);
  const plans: Plan[] = [];
  for (const file of positionals) plans.push(await plan(file, {}, { reports: true, lang }));
  const ctx = await inputs(values, lang);
  const before = comparedPeriod(period, compareWith, lang);
  const periods = before === undefined ? [period] : [period, before];
  const { summaries, reports } = await fromFiles(plans, periods, convention, lang);
  const reportsOf = (p: Period) => [
    ...(summaries.find((s) => s.period.equals(p))?.reports ?? []),
    ...reports.filter((r) => r.period.equals(p)),
  ];
  return finish(reportsOf(period), before === undefined ? [] : reportsOf(before), period, before, ctx, {
    lang,
    format,
    out,
    compareWith,
    issuer,
  });
}

/** The issuer details given on the command line (docx only). */
async function issuerOf(
  values: Record<string, string | boolean | string[] | undefined>,
  format: OutputFormat,
  lang: Lang,
): Promise<Issuer> {
  const given = (["issuer", "number", "place", "date"] as const).filter((k) => typeof values[k] === "string");
  if (given.length === 0) return {};
  if (format !== "docx") throw new UsageError(cliWords(lang).docxOnly(given[0] as string));
  const file = typeof values.issuer === "string" ? await readIssuer(values.issuer, lang) : {};
  const options: Record<string, unknown> = {};
  for (const key of ["number", "place", "date"] as const)
    if (typeof values[key] === "string") options[key] = values[key];
  return mergeIssuer(file, checkIssuer(options, undefined, lang));
}

/** The period a `--compare` rule names (`previous`, `same-period-last-year`), or `undefined` for a file or none. */
function comparedPeriod(period: Period, compareWith: string | undefined, lang: Lang): Period | undefined {
  if (compareWith === undefined || !(COMPARISON_RULES as readonly string[]).includes(compareWith)) return undefined;
  try {
    return comparisonPeriod(period, compareWith as ComparisonRule);
  } catch {
    throw new UsageError(cliWords(lang).noSuchPeriod(compareWith, period.kind, period.toString()));
  }
}

async function finish(
  current: readonly MemberReport[],
  previous: readonly MemberReport[],
  period: Period,
  before: Period | undefined,
  ctx: Inputs,
  o: { lang: Lang; format: OutputFormat; out: string | undefined; compareWith: string | undefined; issuer: Issuer },
): Promise<number> {
  const year = period.endYear;
  // Without member records (a cluster file and no --members), no id can be called unknown.
  const options = ctx.members.length === 0 ? { year } : { members: [...ctx.members], year };
  const report = compile(current, ctx.cluster, period, options);
  warnUnknown(report, o.lang);
  let comparison: Comparison | undefined;
  if (before !== undefined) {
    // The previous period is compiled with this year's membership, so like is compared with like.
    comparison = compare(report, compile(previous, ctx.cluster, before, options));
  } else if (o.compareWith !== undefined) {
    comparison = compare(report, await previousFromFile(o.compareWith, o.lang));
  }
  await write(report, {
    lang: o.lang,
    format: o.format,
    members: ctx.members,
    comparison,
    out: o.out,
    issuer: o.issuer,
    cluster: ctx.cluster,
  });
  return 0;
}

/** Names the unknown member ids of a report on stderr, with their record counts: never silently summed. */
function warnUnknown(report: ClusterReport, lang: Lang): void {
  const unknown = report.unknownMembers ?? [];
  if (unknown.length === 0) return;
  const words = cliWords(lang);
  const list = unknown.map((u) => words.unknownMember(u.member, u.records)).join(", ");
  say(process.stderr, words.unknownMembers(list));
}

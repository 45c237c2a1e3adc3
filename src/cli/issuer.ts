/**
 * Who issues a Word report (`ngoaivu report --format docx`): the agency and
 * its superior body, the number, place and date, the recipients and the
 * signer. Read from `--issuer FILE` (JSON, checked with coded errors) and the
 * `--number`, `--place`, `--date` options, with defaults derived from the
 * data where it knows them: for a member's report, the superior body from the
 * member's province ("UBND tỉnh Cao Bằng") and the place from it ("Cao Bằng");
 * for a cluster's report, the same from the cluster head, when the cluster
 * names one that year.
 */
import { readFile } from "node:fs/promises";
import {
  type ClusterReport,
  type EmulationCluster,
  type ErrorCode,
  formatMessage,
  isCalendarDate,
  type Lang,
  type Member,
  type MemberReport,
  type ParamsArg,
  province,
  quoteInput,
} from "ngoaivu";
import type { DocxOptions, OfficeAgency, OfficeSigner } from "ngoaivu/office";
import { cliWords } from "./_words.js";
import { InputError, UsageError } from "./common.js";
import { jsonProblem, unreadableLine } from "./files.js";

/** The issuer details `toDocx` takes. */
export type Issuer = Pick<DocxOptions, "agency" | "number" | "place" | "date" | "summary" | "recipients" | "signer">;

const MAX_TEXT = 200;
const MAX_SUMMARY = 500;
const MAX_RECIPIENTS = 30;

/**
 * A field of the issuer file that is wrong: its code, params and path, and
 * for a value of the wrong kind the value itself (its kind is worded in the
 * message's language when the message is written).
 */
class Refused<C extends ErrorCode = ErrorCode> extends Error {
  constructor(
    readonly code: C,
    readonly params: ParamsArg<C>,
    readonly path: readonly (string | number)[],
    readonly received?: { readonly value: unknown },
  ) {
    super(code);
  }
}

/** A value of the wrong kind: `expected` is the check's own word (`object`, `string`, `strings`), worded by language later. */
function wrongKind(
  code: "INVALID_TYPE" | "REQUIRED",
  expected: string,
  value: unknown,
  path: readonly (string | number)[],
): Refused<"INVALID_TYPE" | "REQUIRED"> {
  return new Refused<"INVALID_TYPE" | "REQUIRED">(
    code,
    { expected, received: quoteInput(value, { kind: true }) },
    path,
    { value },
  );
}

function object(value: unknown, path: readonly (string | number)[], keys: readonly string[]): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw wrongKind("INVALID_TYPE", "object", value, path);
  }
  for (const key of Object.keys(value)) {
    if (!keys.includes(key)) throw new Refused("UNKNOWN_KEY", { key: JSON.stringify(key) }, [...path, key]);
  }
  return value as Record<string, unknown>;
}

function text(value: unknown, path: readonly (string | number)[], max = MAX_TEXT): string {
  if (typeof value !== "string") {
    throw wrongKind(value === undefined ? "REQUIRED" : "INVALID_TYPE", "string", value, path);
  }
  const trimmed = value.trim();
  if (trimmed === "") throw new Refused("REQUIRED", {}, path);
  if (trimmed.length > max) throw new Refused("TOO_LONG", { max, length: trimmed.length }, path);
  return trimmed;
}

function optionalText(o: Record<string, unknown>, key: string, path: readonly (string | number)[]): string | undefined {
  return o[key] === undefined ? undefined : text(o[key], [...path, key]);
}

function agencyOf(value: unknown): OfficeAgency {
  const o = object(value, ["agency"], ["superior", "name"]);
  const superior = optionalText(o, "superior", ["agency"]);
  return { name: text(o.name, ["agency", "name"]), ...(superior === undefined ? {} : { superior }) };
}

function signerOf(value: unknown): OfficeSigner {
  const o = object(value, ["signer"], ["authority", "position", "name"]);
  const authority = optionalText(o, "authority", ["signer"]);
  return {
    position: text(o.position, ["signer", "position"]),
    name: text(o.name, ["signer", "name"]),
    ...(authority === undefined ? {} : { authority }),
  };
}

function recipientsOf(value: unknown): string[] {
  if (!Array.isArray(value)) {
    throw wrongKind("INVALID_TYPE", "strings", value, ["recipients"]);
  }
  if (value.length > MAX_RECIPIENTS) {
    throw new Refused("TOO_MANY_ITEMS", { max: MAX_RECIPIENTS, count: value.length }, ["recipients"]);
  }
  return value.map((v, i) => text(v, ["recipients", i]));
}

function issuerOf(value: unknown): Issuer {
  const o = object(value, [], ["agency", "number", "place", "date", "summary", "recipients", "signer"]);
  const out: { -readonly [K in keyof Issuer]: Issuer[K] } = {};
  if (o.agency !== undefined) out.agency = agencyOf(o.agency);
  const number = optionalText(o, "number", []);
  if (number !== undefined) out.number = number;
  const place = optionalText(o, "place", []);
  if (place !== undefined) out.place = place;
  if (o.date !== undefined) {
    const date = text(o.date, ["date"]);
    if (!isCalendarDate(date)) throw new Refused("INVALID_DATE", { value: JSON.stringify(date) }, ["date"]);
    out.date = date;
  }
  if (o.summary !== undefined) out.summary = text(o.summary, ["summary"], MAX_SUMMARY);
  if (o.recipients !== undefined) out.recipients = recipientsOf(o.recipients);
  if (o.signer !== undefined) out.signer = signerOf(o.signer);
  return out;
}

/**
 * Checks issuer details (from a file or the options): an object with any of
 * `agency` {`superior`, `name`}, `number`, `place`, `date` (YYYY-MM-DD),
 * `summary`, `recipients` (strings) and `signer` {`authority`, `position`,
 * `name`}, texts of at most 200 characters. An `InputError` naming `source`,
 * the code and the field otherwise (a `UsageError` when there is no source:
 * the values are the command's options).
 */
export function checkIssuer(value: unknown, source: string | undefined, lang: Lang): Issuer {
  try {
    return issuerOf(value);
  } catch (error) {
    if (!(error instanceof Refused)) throw error;
    const words = cliWords(lang);
    const expected = error.params.expected;
    const params =
      typeof expected === "string" && error.received !== undefined
        ? {
            ...error.params,
            expected: words.expected[expected] ?? expected,
            received: quoteInput(error.received.value, { kind: true, lang }),
          }
        : error.params;
    const message = `${error.code}: ${formatMessage(error.code, params, lang)}`;
    // Without a source, the values are the command's options (--number, --place, --date): a usage error.
    if (source === undefined) throw new UsageError(`--${error.path[0] ?? "issuer"}: ${message}`);
    const at = error.path.length === 0 ? "" : words.at(error.path.join("."));
    throw new InputError(`${source}: ${error.code}${at}: ${formatMessage(error.code, params, lang)}`);
  }
}

/** Reads `--issuer FILE`. */
export async function readIssuer(file: string, lang: Lang): Promise<Issuer> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    const code = (error as { code?: string }).code;
    const words = cliWords(lang);
    if (code === "ENOENT") throw new UsageError(`--issuer: ${words.noSuchFile(file)}`);
    throw new InputError(unreadableLine(file, code, lang));
  }
  let json: unknown;
  try {
    json = JSON.parse(text) as unknown;
  } catch {
    throw new InputError(await jsonProblem(file, lang));
  }
  return checkIssuer(json, file, lang);
}

function isCluster(report: ClusterReport | MemberReport): report is ClusterReport {
  return "rows" in report && "totals" in report;
}

/** The superior body and the place of a member, from its province on the report's last day. */
function fromMember(member: Member, lastDay: string, lang: Lang): Issuer {
  const day = member.validTo !== undefined && member.validTo < lastDay ? member.validTo : lastDay;
  let p: ReturnType<typeof province>;
  try {
    p = province(member.province, day);
  } catch {
    return { agency: { name: member.names[lang] } };
  }
  const words = cliWords(lang);
  return { agency: { superior: words.superior(p), name: member.names[lang] }, place: words.place(p) };
}

/**
 * The issuer details the data knows: for a member's report, from the member
 * (when its record is known); for a cluster's report, from the cluster head
 * that year (when the cluster names one and its record is known). Empty
 * otherwise (`toDocx` then names the cluster or the member id).
 */
export function derivedIssuer(
  report: ClusterReport | MemberReport,
  members: readonly Member[],
  cluster: EmulationCluster | undefined,
  lang: Lang,
): Issuer {
  const lastDay = report.period.end;
  let id: string | undefined;
  if (isCluster(report)) {
    id = cluster?.years.find((y) => y.year === report.year)?.head;
  } else id = report.member;
  const member = id === undefined ? undefined : members.find((m) => m.id === id);
  return member === undefined ? {} : fromMember(member, lastDay, lang);
}

/** Defaults, then the file, then the options: a later one wins (the agency as a whole). */
export function mergeIssuer(...layers: readonly Issuer[]): Issuer {
  let out: Issuer = {};
  for (const layer of layers) out = { ...out, ...layer };
  return out;
}

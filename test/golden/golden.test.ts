/**
 * Golden files: every output of the library, byte for byte, so that a
 * redesign (issue 17) can show that nothing changed for users.
 *
 * Compare (the default, part of `npm run test:unit`):
 *
 *     npx vitest run test/golden
 *
 * fails on any byte of difference and prints the first differing line.
 * (Re)write the files after a change that is meant to change an output (and
 * say so in the changelog), then review the diff of `test/golden/files/`:
 *
 *     GOLDEN_UPDATE=1 npx vitest run test/golden
 *
 * Inputs, each compiled through the public API:
 * - `cluster-ii`: the Cluster II 2024-H1 sample (test/report/_sample.ts),
 *   compared with 2023-H2 compiled from the same records;
 * - `cao-bang`: the Cao Bằng 2020–2025 sample, compared with 2016–2020;
 * - `generated`: 10,000 records from the seeded generator in `_generate.ts`,
 *   summarized and compiled for 2024-H1, compared with 2023-H2 from the same
 *   records.
 *
 * Outputs, each in vi and en: `render` as text, Markdown, HTML and JSON
 * (`files/<input>/render.<lang>.<format>.golden`: a suffix that no formatter
 * touches), and `toDocx` / `toXlsx` unzipped into their parts
 * (`files/<input>/<lang>.docx/<part>`, `files/<input>/<lang>.xlsx/<part>`).
 * The list of parts is compared too: a part added or dropped fails. The
 * Word documents take the guide's options for Cluster II (docs/office.md),
 * a place and date for Cao Bằng, and the defaults for the generated set.
 *
 * Normalised, and nothing else: in a Word document, `docProps/core.xml`
 * holds `dcterms:created` and `dcterms:modified`, the time the file was
 * written (the only bytes that differ between two runs); each is replaced by
 * `NORMALISED` after checking it is a W3CDTF instant. The workbook's parts
 * carry no time (its zip dates are fixed) and no random id.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import {
  type ClusterReport,
  type Comparison,
  ConsularCaseSchema,
  compare,
  compile,
  DelegationSchema,
  InternationalAgreementSchema,
  type Lang,
  type Member,
  type MemberReport,
  NgoProjectSchema,
  OdaProjectSchema,
  parseBatch,
  RENDER_FORMATS,
  render,
  summarize,
} from "../../src/index.js";
import { type DocxOptions, toDocx, toXlsx } from "../../src/office/index.js";
import { clusterII, clusterIIRecords2024H1 } from "../../src/samples/index.js";
import { guideOptions } from "../office/_reports.js";
import { caoBangReport, clusterIIReport } from "../report/_sample.js";
import { COUNTS, generateRecords, NIL_RETURN_MEMBER, UNKNOWN_MEMBER } from "./_generate.js";

const UPDATE = process.env.GOLDEN_UPDATE === "1";
const ROOT = join(dirname(fileURLToPath(import.meta.url)), "files");
const LANGS: readonly Lang[] = ["vi", "en"];

/** One input: a report, what `render` and the office writers are given with it. */
interface Input {
  readonly report: ClusterReport | MemberReport;
  readonly members: readonly Member[];
  readonly comparison: Comparison;
  /** Options of `toDocx` besides `lang`, `members` and `comparison`. */
  readonly docx: DocxOptions;
}

function decode<S extends Parameters<typeof parseBatch>[0]>(schema: S, records: readonly unknown[]) {
  const { valid, invalid } = parseBatch(schema, records);
  if (invalid.length > 0) throw new Error(`invalid record: ${JSON.stringify(invalid[0])}`);
  return valid.map((v) => v.value);
}

const BUILD: Record<string, () => Input> = {
  "cluster-ii": () => {
    const { report, members, cluster } = clusterIIReport();
    const previous = compile(summarize(sampleRecords(), { period: "2023-H2" }), cluster, "2023-H2", {
      members,
      year: 2024,
    });
    return { report, members, comparison: compare(report, previous), docx: guideOptions(members) };
  },
  "cao-bang": () => {
    const { report, members, comparison } = caoBangReport();
    return { report, members, comparison, docx: { place: "Cao Bằng", date: "2025-06-20" } };
  },
  generated: () => {
    const { cluster, members } = clusterII();
    const wire = generateRecords();
    const records = {
      delegations: decode(DelegationSchema, wire.delegations),
      agreements: decode(InternationalAgreementSchema, wire.agreements),
      consularCases: decode(ConsularCaseSchema, wire.consularCases),
      odaProjects: decode(OdaProjectSchema, wire.odaProjects),
      ngoProjects: decode(NgoProjectSchema, wire.ngoProjects),
    };
    const options = { members, complete: [NIL_RETURN_MEMBER] };
    const report = compile(summarize(records, { ...options, period: "2024-H1" }), cluster, "2024-H1", { members });
    const previous = compile(summarize(records, { ...options, period: "2023-H2" }), cluster, "2023-H2", {
      members,
      year: 2024,
    });
    return { report, members, comparison: compare(report, previous), docx: {} };
  },
};

/** The Cluster II sample records, decoded as test/report/_sample.ts does (for the previous half-year). */
function sampleRecords() {
  const wire = clusterIIRecords2024H1();
  return {
    delegations: decode(DelegationSchema, wire.delegations),
    agreements: decode(InternationalAgreementSchema, wire.agreements),
    consularCases: decode(ConsularCaseSchema, wire.consularCases),
    ngoProjects: decode(NgoProjectSchema, wire.ngoProjects),
  };
}

// Built inside the tests (a mutant is active only once the tests start), once per input.
const built = new Map<string, Input>();
function input(name: string): Input {
  let found = built.get(name);
  if (found === undefined) {
    found = (BUILD[name] as () => Input)();
    built.set(name, found);
  }
  return found;
}

const W3CDTF = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/;

/** `docProps/core.xml` with its two times (the moment the file was written) replaced by `NORMALISED`. */
function normaliseCore(xml: string): string {
  return xml.replace(
    /(<dcterms:(created|modified)\b[^>]*>)([^<]*)(<\/dcterms:\2>)/g,
    (_all, open: string, _tag: string, time: string, close: string) => {
      if (!W3CDTF.test(time)) throw new Error(`docProps/core.xml: ${time} is not a W3CDTF instant`);
      return `${open}NORMALISED${close}`;
    },
  );
}

/** The parts of a zip, as bytes, the parts that carry a time normalised. */
function parts(zip: Uint8Array): Map<string, Uint8Array> {
  const files = unzipSync(zip);
  const out = new Map<string, Uint8Array>();
  for (const name of Object.keys(files).sort()) {
    const bytes = files[name] as Uint8Array;
    out.set(
      name,
      name === "docProps/core.xml" ? new TextEncoder().encode(normaliseCore(new TextDecoder().decode(bytes))) : bytes,
    );
  }
  return out;
}

/** Where two texts first differ: the line number, and both lines cut around the first differing column. */
function firstDifference(expected: string, actual: string): string {
  const a = expected.split("\n");
  const b = actual.split("\n");
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (x === undefined) return `line ${i + 1}: the output has more lines than the golden file:\n+ ${cut(y ?? "", 0)}`;
    if (y === undefined) return `line ${i + 1}: the output has fewer lines than the golden file:\n- ${cut(x, 0)}`;
    let col = 0;
    while (col < x.length && x[col] === y[col]) col++;
    return `line ${i + 1}, column ${col + 1}:\n- ${cut(x, col)}\n+ ${cut(y, col)}`;
  }
  return "the texts are equal but the bytes differ (encoding)";
}

function cut(line: string, col: number): string {
  if (line.length <= 200) return JSON.stringify(line);
  const from = Math.max(0, col - 80);
  return `${from > 0 ? "…" : ""}${JSON.stringify(line.slice(from, col + 120))}${col + 120 < line.length ? "…" : ""}`;
}

/** Compares `bytes` with the golden file at `relative` (or writes it when updating). */
function golden(relative: string, bytes: Uint8Array | string): void {
  const path = join(ROOT, relative);
  const actual = typeof bytes === "string" ? Buffer.from(bytes, "utf8") : Buffer.from(bytes);
  if (UPDATE) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  if (!existsSync(path)) {
    expect.fail(`missing golden file ${relative}: write it with GOLDEN_UPDATE=1 npx vitest run test/golden`);
  }
  const expected = readFileSync(path);
  if (!expected.equals(actual)) {
    expect.fail(
      `${relative} differs from its golden file at ${firstDifference(expected.toString("utf8"), actual.toString("utf8"))}\n` +
        "(if the change is meant, rewrite with GOLDEN_UPDATE=1 npx vitest run test/golden and name it in the changelog)",
    );
  }
}

/** Every file under `dir`, relative to it, sorted. */
function listFiles(dir: string, prefix = ""): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? listFiles(join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]))
    .sort();
}

/** Compares a document's parts with its folder of golden parts: the same names, each byte for byte. */
function goldenZip(relative: string, zip: Uint8Array): void {
  const files = parts(zip);
  if (UPDATE) rmSync(join(ROOT, relative), { recursive: true, force: true });
  else expect(listFiles(join(ROOT, relative)), `the parts of ${relative}`).toEqual([...files.keys()].sort());
  for (const [name, bytes] of files) golden(`${relative}/${name}`, bytes);
}

const EXTENSION = { text: "txt", markdown: "md", html: "html", json: "json" } as const;

describe.each(Object.keys(BUILD))("golden files: %s", (name) => {
  for (const lang of LANGS) {
    it.each(RENDER_FORMATS)(`render, ${lang}, %s`, (format) => {
      const { report, members, comparison } = input(name);
      golden(
        `${name}/render.${lang}.${EXTENSION[format]}.golden`,
        render(report, { lang, format, members, comparison }),
      );
    });

    it(`toDocx, ${lang}`, async () => {
      const { report, members, comparison, docx } = input(name);
      goldenZip(`${name}/${lang}.docx`, await toDocx(report, { ...docx, lang, members, comparison }));
    });

    it(`toXlsx, ${lang}`, () => {
      const { report, members } = input(name);
      goldenZip(`${name}/${lang}.xlsx`, toXlsx(report, { lang, members }));
    });
  }
});

describe("golden files: the generated set", () => {
  it("holds 10,000 valid records, the same on every call", () => {
    const wire = generateRecords();
    const sizes = Object.fromEntries(Object.entries(wire).map(([kind, list]) => [kind, list.length]));
    expect(sizes).toEqual(COUNTS);
    expect(Object.values(COUNTS).reduce((a, b) => a + b, 0)).toBe(10_000);
    expect(JSON.stringify(generateRecords())).toBe(JSON.stringify(wire));
  });

  it("reports every member of the cluster but one nil return, and flags the unknown member", () => {
    const { report } = input("generated");
    const cluster = report as ClusterReport;
    expect(cluster.rows.length).toBe(17);
    expect(cluster.rows.find((r) => r.member === NIL_RETURN_MEMBER)?.nilReturn).toBe(true);
    expect(cluster.unknownMembers?.map((u) => u.member)).toEqual([UNKNOWN_MEMBER]);
  });
});

/**
 * Oracle test: the built-in samples and 100,000 generated records go into
 * PostgreSQL through the service's own path (validated by the library,
 * written with COPY); every count and every money total of the library's
 * reports must equal what PostgreSQL computes on its own, to the last đồng
 * and cent, compared as decimal strings.
 */
import { parsePeriod, type RecordSet, type ReportingConvention, SummarySchema, summarize } from "ngoaivu";
import { CAO_BANG_MEMBER_ID, clusterII } from "ngoaivu/samples";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadRecords } from "../src/load.js";
import { summarizeSharded } from "../src/reports.js";
import { loadSamples } from "../src/samples.js";
import { storeRecords } from "../src/store.js";
import { freshDatabase, type TestDatabase } from "./_db.js";
import { type RunningService, startService } from "./_server.js";
import { generate } from "./generate.js";
import { cutOff, differences, type FigureMap, flattenReports, type Json, splitUnstored, sqlFigures } from "./oracle.js";

const GENERATED = 100_000;
const SEED = 20240630;
const { cluster, members } = clusterII();
const CLUSTER_2024 = cluster.years.find((y) => y.year === 2024)?.members ?? [];
const ALL_MEMBERS = [...members.map((m) => m.id), CAO_BANG_MEMBER_ID];
const CONVENTIONS: ReportingConvention[] = ["statistical", "administrative"];
const timings: Record<string, number> = {};

let db: TestDatabase;
let service: RunningService;

async function timed<T>(name: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await work();
  } finally {
    timings[name] = Math.round(performance.now() - started);
  }
}

beforeAll(async () => {
  db = await freshDatabase("oracle");
  service = await startService(db.pool);
  await timed("load samples", () => loadSamples(db.pool));
  const g = generate(SEED, GENERATED, ALL_MEMBERS);
  await timed("validate + COPY 100,000 records", async () => {
    for (const [entity, records] of [
      ["delegation", g.delegations],
      ["international-agreement", g.agreements],
      ["consular-case", g.consularCases],
      ["oda-project", g.odaProjects],
      ["ngo-project", g.ngoProjects],
    ] as const) {
      const result = await storeRecords(db.pool, entity, records);
      expect(result.invalid).toEqual([]);
      expect(result.stored).toBe(records.length);
    }
  });
});

afterAll(async () => {
  await service?.close();
  await db?.drop();
  console.log("oracle timings (ms):", timings);
});

describe("the data", () => {
  it("holds the samples and the 100,000 generated records, nothing more, nothing less", async () => {
    const { rows } = await db.pool.query<{ n: string }>(
      `SELECT (SELECT count(*) FROM delegations) + (SELECT count(*) FROM agreements) + (SELECT count(*) FROM consular_cases)
            + (SELECT count(*) FROM oda_projects) + (SELECT count(*) FROM ngo_projects) AS n`,
    );
    // Samples: Cluster II 2024-H1 (455 + 8 + 62 + 60) and Cao Bằng 2020–2025 (120 + 69 + 9).
    expect(rows[0]?.n).toBe(String(GENERATED + 455 + 8 + 62 + 60 + 120 + 69 + 9));
  });

  it("puts instants across Vietnam's midnight: many land on another day than their UTC date", async () => {
    const { rows } = await db.pool.query<{ instants: string; shifted: string }>(
      `SELECT count(*) AS instants, count(*) FILTER (WHERE (start_given::timestamptz AT TIME ZONE 'UTC')::date <> start_day) AS shifted
         FROM delegations WHERE start_given IS NOT NULL`,
    );
    expect(Number(rows[0]?.instants)).toBeGreaterThan(10_000);
    expect(Number(rows[0]?.shifted)).toBeGreaterThan(2_000);
  });

  it("has money totals past 2^53 đồng and USD amounts with cents", async () => {
    const { rows } = await db.pool.query<{ vnd: string; cents: string }>(
      `SELECT (SELECT sum(total_amount) FROM oda_projects WHERE total_currency = 'VND') AS vnd,
              (SELECT count(*) FROM ngo_projects WHERE committed_currency = 'USD' AND committed_amount <> trunc(committed_amount)) AS cents`,
    );
    expect(BigInt(rows[0]?.vnd ?? "0")).toBeGreaterThan(2n ** 53n);
    expect(Number(rows[0]?.cents)).toBeGreaterThan(1_000);
  });
});

describe("Cluster II's report over HTTP equals PostgreSQL's sums", () => {
  for (const period of ["2024-H1"])
    for (const convention of CONVENTIONS)
      it(`${period}, ${convention} cut-off`, async () => {
        const response = await timed(`GET ${period} ${convention}`, () =>
          fetch(`${service.url}/reports/II/${period}?format=json&lang=en&convention=${convention}`),
        );
        expect(response.status).toBe(200);
        const body = (await response.json()) as { report: { rows: Json[]; totals: Json; notReported: string[] } };
        expect(body.report.notReported).toEqual([]);
        const { stored: library, unstored } = splitUnstored(flattenReports(body.report.rows, body.report.totals));
        expect(Object.keys(unstored).length).toBeGreaterThan(0);
        expect(Object.values(unstored).filter((v) => v !== "0")).toEqual([]);
        const sql = await sqlFigures(db.pool, CLUSTER_2024, cutOff(period, convention));
        expect(differences(library, sql)).toEqual([]);
        expect(Object.keys(library).length).toBeGreaterThan(500);

        // The oracle bites: the cluster's money totals added up from the same rows as JS numbers
        // (what `compile` would give if it summed floats) no longer match PostgreSQL's.
        const float: FigureMap = { ...library };
        for (const key of Object.keys(float).filter((k) => /^\*\|.*\.(USD|VND)$/.test(k))) {
          const path = key.slice(2);
          const rows = Object.entries(library).filter(([k]) => !k.startsWith("*|") && k.endsWith(`|${path}`));
          float[key] = String(rows.reduce((sum, [, value]) => sum + Number(value), 0));
        }
        const bitten = differences(float, sql);
        expect(bitten.length).toBeGreaterThan(0);
        expect(bitten.every((d) => /^\*\|.*\.(USD|VND)$/.test(d.key))).toBe(true);
      });
});

describe("every member, other periods, both conventions, read back once", () => {
  let records: RecordSet;
  beforeAll(async () => {
    records = await timed("read back + decode all records", () => loadRecords(db.pool, ALL_MEMBERS));
  });

  it("summarize over the records read back equals PostgreSQL, member by member and kind by kind", async () => {
    let compared = 0;
    for (const period of ["2023-H2", "2024-H2", "2025-H1", "2024", "2021-2025"])
      for (const convention of CONVENTIONS) {
        const summary = summarize(records, { period, convention, members: ALL_MEMBERS });
        const wire = SummarySchema.encode(summary);
        const all: FigureMap = flattenReports(wire.reports as Json[]);
        for (const [kind, c] of Object.entries(wire.byKind)) {
          all[`#|${kind}.input`] = String(c.input);
          all[`#|${kind}.counted`] = String(c.counted);
        }
        const { stored: library, unstored } = splitUnstored(all);
        expect(Object.values(unstored).filter((v) => v !== "0")).toEqual([]);
        const sql = await sqlFigures(db.pool, ALL_MEMBERS, cutOff(period, convention), {
          totals: false,
          byKind: true,
        });
        expect({ period, convention, differences: differences(library, sql) }).toEqual({
          period,
          convention,
          differences: [],
        });
        expect(summary.records.unknownMember).toBe(0);
        compared += Object.keys(sql).length;
      }
    expect(compared).toBeGreaterThan(5_000);
  });

  it("shard-and-merge: per-member queries summarized apart and merged equal one summarize of everything", async () => {
    const options = { period: parsePeriod("2024-H1"), convention: "administrative" } as const;
    const sharded = await timed("sharded (19 per-member queries + merge)", () =>
      summarizeSharded(db.pool, ALL_MEMBERS, options),
    );
    const single = summarize(records, { ...options, members: ALL_MEMBERS });
    expect(SummarySchema.encode(sharded)).toEqual(SummarySchema.encode(single));
    expect(sharded.reports).toHaveLength(ALL_MEMBERS.length);
    expect(sharded.records.input).toBe(GENERATED + 455 + 8 + 62 + 60 + 120 + 69 + 9);
    expect(sharded.records.counted).toBeGreaterThan(10_000);
  });
});

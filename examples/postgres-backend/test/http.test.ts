/**
 * The service over HTTP on loopback, against a real PostgreSQL: the samples
 * posted as JSON and NDJSON, reports in JSON and HTML, and bad input of every
 * kind. After each request the database is counted: it holds exactly the
 * valid records.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  CAO_BANG_MEMBER_JSON,
  CLUSTER_II_JSON,
  CLUSTER_II_MEMBERS_JSON,
  caoBangRecords,
  clusterIIRecords2024H1,
} from "ngoaivu/samples";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_MAX_BODY_BYTES } from "../src/app.js";
import { MIGRATIONS_DIR, migrate } from "../src/migrate.js";
import { freshDatabase, type TestDatabase } from "./_db.js";
import { type RunningService, startService } from "./_server.js";
import { generate } from "./generate.js";

let db: TestDatabase;
let service: RunningService;

interface Answer {
  entity?: string;
  received?: number;
  stored?: number;
  invalid?: {
    index: number;
    issues: { code: string; path: (string | number)[]; message: { en: string; vi: string } }[];
  }[];
  error?: { code: string; message: { en: string; vi: string } };
}

async function post(
  entity: string,
  body: string,
  type = "application/json",
): Promise<{ status: number; body: Answer }> {
  const response = await fetch(`${service.url}/records/${entity}`, {
    method: "POST",
    headers: type === "" ? {} : { "content-type": type },
    body,
  });
  const text = await response.text();
  return { status: response.status, body: JSON.parse(text) as Answer };
}

const postJson = (entity: string, records: unknown) => post(entity, JSON.stringify(records));
const ndjson = (records: readonly unknown[]) => `${records.map((r) => JSON.stringify(r)).join("\n")}\n`;

async function count(table: string): Promise<number> {
  const { rows } = await db.pool.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`);
  return Number(rows[0]?.n);
}

const samples = clusterIIRecords2024H1();
const caoBang = caoBangRecords();
const aDelegation = samples.delegations[0] as (typeof samples.delegations)[number];

beforeAll(async () => {
  db = await freshDatabase("http");
  service = await startService(db.pool);
});

afterAll(async () => {
  await service?.close();
  await db?.drop();
});

describe("migrations and the driver", () => {
  it("applies each SQL file once, in order, and refuses a file changed after it was applied", async () => {
    const applied = await db.pool.query<{ name: string }>("SELECT name FROM schema_migrations ORDER BY name");
    expect(applied.rows.map((r) => r.name)).toEqual([
      "0001_members_and_clusters.sql",
      "0002_records.sql",
      "0003_instants_as_given.sql",
    ]);
    expect(await migrate(db.pool)).toEqual([]);
    const dir = mkdtempSync("/tmp/ngoaivu-migrations-");
    try {
      cpSync(MIGRATIONS_DIR, dir, { recursive: true });
      writeFileSync(join(dir, "0002_records.sql"), "-- edited\n", { flag: "a" });
      await expect(migrate(db.pool, dir)).rejects.toThrow(/0002_records.sql changed after it was applied/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("reads NUMERIC, INT8 and NUMERIC[] as strings and DATE as YYYY-MM-DD, never a float or a Date", async () => {
    const { rows } = await db.pool.query(
      `SELECT 0.1::numeric + 0.2 AS n, 1576566000000.01::numeric * 1000 AS big, 9007199254740993::int8 AS i8,
              ARRAY[1.10, 2]::numeric[] AS a, '2024-06-30'::date AS d`,
    );
    expect(rows[0]).toEqual({
      n: "0.3",
      big: "1576566000000010.00",
      i8: "9007199254740993",
      a: ["1.10", "2"],
      d: "2024-06-30",
    });
  });
});

describe("the samples over HTTP", () => {
  it("stores members and the cluster (JSON), records as JSON and NDJSON: every one, 200", async () => {
    expect(await postJson("member", [...CLUSTER_II_MEMBERS_JSON, CAO_BANG_MEMBER_JSON])).toMatchObject({
      status: 200,
      body: { stored: 19, invalid: [] },
    });
    expect(await postJson("emulation-cluster", [CLUSTER_II_JSON])).toMatchObject({ status: 200, body: { stored: 1 } });
    const batches = [
      ["delegation", samples.delegations],
      ["international-agreement", samples.agreements],
      ["consular-case", samples.consularCases],
      ["ngo-project", samples.ngoProjects],
      ["oda-project", caoBang.odaProjects],
    ] as const;
    for (const [i, [entity, records]] of batches.entries()) {
      const answer =
        i % 2 === 0 ? await postJson(entity, records) : await post(entity, ndjson(records), "application/x-ndjson");
      expect(answer).toMatchObject({
        status: 200,
        body: { entity, received: records.length, stored: records.length, invalid: [] },
      });
    }
    expect(await count("delegations")).toBe(samples.delegations.length);
    expect(await count("ngo_projects")).toBe(60);
    expect(await count("oda_projects")).toBe(9);
  });

  it("reports Cluster II's 2024-H1 from its records: the figures of the sample's 15 record-keeping members", async () => {
    const response = await fetch(`${service.url}/reports/II/2024-H1?format=json&lang=vi`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    const body = (await response.json()) as {
      summary: string[];
      report: { totals: Record<string, Record<string, unknown>>; rows: unknown[] };
    };
    const t = body.report.totals;
    const count = (section: string, name: string) => (t[section]?.[name] as { count: string } | undefined)?.count;
    // The sample's table (src/samples/cluster-ii-2024-h1.ts): 248 outgoing, 204 incoming, 8 new agreements,
    // 32 consular cases, 24 citizen protection, 5 ABTC, 60 NGO projects worth USD 450,000.
    expect([count("delegations", "outgoing"), count("delegations", "incoming"), count("agreements", "new")]).toEqual([
      "248",
      "204",
      "8",
    ]);
    expect([
      count("consular", "consularCases"),
      count("consular", "citizenProtection"),
      count("consular", "abtcApplications"),
    ]).toEqual(["32", "24", "5"]);
    expect(count("ngo", "projects")).toBe("60");
    expect(t.ngo?.committed).toEqual({ qualifier: "exact", amounts: [{ amount: "450000.00", currency: "USD" }] });
    // 17 members in the cluster, 15 with records: a member with no record gets no row (not a zero report).
    expect(body.report.rows).toHaveLength(15);
    expect(body.summary.join(" ")).toContain("248 đoàn ra");
  });

  it("renders HTML (self-contained, with its charts) in Vietnamese and English", async () => {
    const vi = await fetch(`${service.url}/reports/II/2024-H1?format=html&lang=vi`);
    expect(vi.status).toBe(200);
    expect(vi.headers.get("content-type")).toMatch(/^text\/html/);
    const html = await vi.text();
    expect(html).toMatch(/^<!DOCTYPE html>/i);
    expect(html).toContain("<svg");
    expect(html).toContain("Cụm thi đua");
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href="http/);
    const en = await (await fetch(`${service.url}/reports/II/2024-H1?format=html&lang=en`)).text();
    expect(en).toContain("248 outgoing delegations");
  });

  it("keeps the instant a sender gave: 30 June 17:00 UTC is 1 July in Hanoi, so the second half-year", async () => {
    const before = await count("delegations");
    const late = { ...aDelegation, id: "instant-1", start: "2024-06-30T17:00:00Z", end: "2024-07-02" };
    expect(await postJson("delegation", [late])).toMatchObject({ status: 200, body: { stored: 1 } });
    const { rows } = await db.pool.query(
      "SELECT start_day, start_given FROM delegations WHERE record_id = 'instant-1'",
    );
    expect(rows).toEqual([{ start_day: "2024-07-01", start_given: "2024-06-30T17:00:00Z" }]);
    expect(await count("delegations")).toBe(before + 1);
  });
});

describe("bad input: a clear 4xx, never a crash, nothing invalid stored", () => {
  it("malformed JSON: 400 MALFORMED_JSON in English and Vietnamese", async () => {
    const before = await count("delegations");
    const answer = await post("delegation", '[{"member": "vp-ubnd-ha-nam",');
    expect(answer.status).toBe(400);
    expect(answer.body.error?.code).toBe("MALFORMED_JSON");
    expect(answer.body.error?.message.en).toMatch(/not valid JSON/);
    expect(answer.body.error?.message.vi).toMatch(/không phải JSON hợp lệ/);
    expect(await count("delegations")).toBe(before);
  });

  it("a body that is not an array, or an empty one: 400", async () => {
    expect((await postJson("delegation", aDelegation)).body.error?.code).toBe("NOT_AN_ARRAY");
    expect((await postJson("delegation", [])).status).toBe(400);
    expect((await post("delegation", "\n\n", "application/x-ndjson")).body.error?.code).toBe("EMPTY_INPUT");
  });

  it("a body over the size limit: 413, stored nothing", async () => {
    const before = await count("delegations");
    const big = `[${" ".repeat(DEFAULT_MAX_BODY_BYTES)}]`;
    const answer = await post("delegation", big);
    expect(answer.status).toBe(413);
    expect(answer.body.error?.code).toBe("BODY_TOO_LARGE");
    expect(await count("delegations")).toBe(before);
  });

  it("an unknown entity, including prototype names: 404 UNKNOWN_ENTITY", async () => {
    for (const entity of ["treaty", "__proto__", "constructor", "toString"]) {
      const answer = await postJson(entity, [aDelegation]);
      expect([entity, answer.status, answer.body.error?.code]).toEqual([entity, 404, "UNKNOWN_ENTITY"]);
    }
  });

  it("a wrong or missing content type, or a charset other than UTF-8: 415", async () => {
    for (const type of [
      "text/plain",
      "",
      "multipart/form-data; boundary=x",
      "application/json; charset=latin1",
      "text/csv",
    ]) {
      const answer = await post("delegation", JSON.stringify([aDelegation]), type);
      expect([type, answer.status, answer.body.error?.code]).toEqual([type, 415, "UNSUPPORTED_MEDIA_TYPE"]);
    }
    expect((await post("delegation", JSON.stringify([aDelegation]), "application/json; charset=UTF-8")).status).toBe(
      200,
    );
  });

  it("hostile keys (__proto__, constructor, prototype) refuse their record, store the others: 207", async () => {
    const before = await count("delegations");
    const body = `[${JSON.stringify(aDelegation)},
      {"__proto__": {"polluted": true}, "member": "vp-ubnd-ha-nam"},
      ${JSON.stringify({ ...aDelegation, constructor: { prototype: { polluted: true } } })},
      ${JSON.stringify({ ...aDelegation, partners: [] }).replace('"partners":[]', '"partners":[],"nested":{"prototype":1}')}]`;
    const answer = await post("delegation", body);
    expect(answer.status).toBe(207);
    expect(answer.body.stored).toBe(1);
    expect(answer.body.invalid?.map((r) => [r.index, r.issues[0]?.code])).toEqual([
      [1, "FORBIDDEN_KEY"],
      [2, "FORBIDDEN_KEY"],
      [3, "FORBIDDEN_KEY"],
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(await count("delegations")).toBe(before + 1);
  });

  it("NDJSON with a broken line: that line is refused with its line number, the others stored", async () => {
    const before = await count("delegations");
    const text = `${JSON.stringify(aDelegation)}\n\n{"member": oops}\r\n${JSON.stringify(aDelegation)}\n`;
    const answer = await post("delegation", text, "application/x-ndjson");
    expect(answer.status).toBe(207);
    expect(answer.body.received).toBe(3);
    expect(answer.body.stored).toBe(2);
    const issue = answer.body.invalid?.[0]?.issues[0];
    expect([answer.body.invalid?.[0]?.index, issue?.code, issue?.message.en]).toEqual([
      1,
      "MALFORMED_JSON",
      expect.stringMatching(/^Line 3 is not valid JSON/),
    ]);
    expect(await count("delegations")).toBe(before + 2);
  });

  it("a record of a member the database does not know: UNKNOWN_MEMBER, bilingual", async () => {
    const answer = await postJson("consular-case", [{ ...samples.consularCases[0], member: "so-ngoai-vu-atlantis" }]);
    expect(answer.status).toBe(422);
    expect(answer.body.invalid?.[0]?.issues[0]).toMatchObject({
      code: "UNKNOWN_MEMBER",
      path: ["member"],
      message: { en: "Unknown member so-ngoai-vu-atlantis", vi: "Không có thành viên so-ngoai-vu-atlantis" },
    });
  });

  it("10,000 records with 10% invalid: 207, the 9,000 valid stored, each of the 1,000 answered by index", async () => {
    const before = await count("delegations");
    const members = CLUSTER_II_MEMBERS_JSON.map((m) => m.id);
    const records: unknown[] = generate(7, 10_000, members).delegations.slice(0, 10_000);
    while (records.length < 10_000) records.push({ ...aDelegation, id: `pad-${records.length}` });
    const broken = new Set<number>();
    for (let i = 3; i < 10_000; i += 10) {
      const r = records[i] as Record<string, unknown>;
      broken.add(i);
      const k = ((i - 3) / 10) % 4;
      records[i] =
        k === 0
          ? { ...r, cost: { amount: "12.5", currency: "VND" } } // PRECISION_EXCEEDED
          : k === 1
            ? { ...r, end: "2020-01-01" } // END_BEFORE_START
            : k === 2
              ? { ...r, countries: ["XX"] } // UNKNOWN_COUNTRY
              : { ...r, cost: { amount: 0.1, currency: "USD" } }; // a float amount
    }
    const started = performance.now();
    const answer = await postJson("delegation", records);
    const elapsed = performance.now() - started;
    expect(answer.status).toBe(207);
    expect(answer.body.stored).toBe(9_000);
    expect(answer.body.invalid?.map((r) => r.index)).toEqual([...broken]);
    for (const r of answer.body.invalid ?? []) {
      expect(r.issues.length).toBeGreaterThan(0);
      for (const issue of r.issues) {
        expect(issue.message.en).not.toBe("");
        expect(issue.message.vi).not.toBe(issue.message.en);
      }
    }
    const codes = new Set(answer.body.invalid?.flatMap((r) => r.issues.map((i) => i.code)));
    expect([...codes].sort()).toEqual(["END_BEFORE_START", "PRECISION_EXCEEDED", "UNKNOWN_COUNTRY", "UNSAFE_NUMBER"]);
    expect(await count("delegations")).toBe(before + 9_000);
    console.log(`10,000-record batch: ${Math.round(elapsed)} ms`);
  });

  it("the database refusing the batch stores none of it (one transaction): 503", async () => {
    const before = await count("delegations");
    await db.pool.query(`
      CREATE FUNCTION refuse_boom() RETURNS trigger LANGUAGE plpgsql AS
        $$ BEGIN IF NEW.record_id = 'boom' THEN RAISE EXCEPTION 'refused by the test'; END IF; RETURN NEW; END $$;
      CREATE TRIGGER refuse_boom BEFORE INSERT ON delegations FOR EACH ROW EXECUTE FUNCTION refuse_boom();`);
    try {
      const records = [aDelegation, { ...aDelegation, id: "boom" }, aDelegation];
      const answer = await postJson("delegation", records);
      expect([answer.status, answer.body.error?.code]).toEqual([503, "DATABASE_ERROR"]);
      expect(await count("delegations")).toBe(before);
    } finally {
      await db.pool.query("DROP TRIGGER refuse_boom ON delegations; DROP FUNCTION refuse_boom()");
    }
    service.errors.length = 0;
  });

  it("concurrent posts (200 batches, 8 at a time, within 60 s): each answered, the database holds exactly the valid ones", async () => {
    const before = await count("delegations");
    const members = CLUSTER_II_MEMBERS_JSON.map((m) => m.id);
    const pool = generate(11, 10_000, members).delegations;
    const BATCHES = 200;
    const SIZE = 25;
    const deadline = performance.now() + 60_000;
    let next = 0;
    let expected = 0;
    const statuses: number[] = [];
    const worker = async () => {
      while (next < BATCHES && performance.now() < deadline) {
        const b = next++;
        const batch = pool.slice(b * SIZE, (b + 1) * SIZE).map((r, i) => (i === b % SIZE ? { ...r, headcount: 0 } : r));
        const answer =
          b % 2 === 0
            ? await postJson("delegation", batch)
            : await post("delegation", ndjson(batch), "application/x-ndjson");
        statuses.push(answer.status);
        expected += answer.body.stored ?? 0;
        expect(answer.body.invalid?.map((r) => [r.index, r.issues[0]?.code])).toEqual([[b % SIZE, "OUT_OF_RANGE"]]);
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));
    expect(statuses).toHaveLength(BATCHES);
    expect(new Set(statuses)).toEqual(new Set([207]));
    expect(expected).toBe(BATCHES * (SIZE - 1));
    expect(await count("delegations")).toBe(before + expected);
    expect((await fetch(`${service.url}/health`)).status).toBe(200);
    expect(service.errors).toEqual([]);
  });
});

describe("report requests that cannot be served: 4xx with the reason", () => {
  it.each([
    ["/reports/XV/2024-H1", 404, "UNKNOWN_CLUSTER"],
    ["/reports/II/2025-H1", 404, "NO_CLUSTER_YEAR"],
    ["/reports/II/first-half", 400, "UNPARSEABLE_PERIOD"],
    ["/reports/II/2024-H1?lang=fr", 400, "INVALID_QUERY"],
    ["/reports/II/2024-H1?format=pdf", 400, "INVALID_QUERY"],
    ["/reports/II/2024-H1?convention=fiscal", 400, "INVALID_QUERY"],
    ["/nowhere", 404, "NOT_FOUND"],
  ])("%s → %i %s", async (path, status, code) => {
    const response = await fetch(`${service.url}${path}`);
    const body = (await response.json()) as Answer;
    expect([response.status, body.error?.code]).toEqual([status, code]);
    expect(body.error?.message.vi).not.toBe(body.error?.message.en);
  });
});

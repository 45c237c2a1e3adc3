/**
 * Hostile bodies, each against the bound it meets (README, "Bounds"), and
 * records the library accepts that PostgreSQL would not have stored as
 * given: every such record is stored with the library's day, or answered
 * alone by index, never failing its batch.
 */
import { DateSchema } from "ngoaivu";
import { CLUSTER_II_MEMBERS_JSON } from "ngoaivu/samples";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_MAX_DEPTH, DEFAULT_MAX_RECORDS } from "../src/app.js";
import { DEFAULT_STORE_LIMITS } from "../src/store.js";
import { freshDatabase, type TestDatabase } from "./_db.js";
import { type RunningService, startService } from "./_server.js";

let db: TestDatabase;
let service: RunningService;

const aDelegation = {
  member: "vp-ubnd-ninh-binh",
  direction: "incoming",
  start: "2024-02-20",
  end: "2024-02-22",
  countries: ["JP"],
  ledBy: "people-committee-chair",
  headcount: 12,
  purpose: "Investment",
  status: "completed",
};

interface Answer {
  stored?: number;
  invalid?: { index: number; issues: { code: string }[]; omittedIssues?: number }[];
  error?: { code: string; params: Record<string, unknown> };
}

async function post(
  url: string,
  entity: string,
  body: string,
  type = "application/json",
): Promise<{ status: number; body: Answer; bytes: number; ms: number }> {
  const started = performance.now();
  const response = await fetch(`${url}/records/${entity}`, {
    method: "POST",
    headers: { "content-type": type },
    body,
  });
  const text = await response.text();
  return {
    status: response.status,
    body: JSON.parse(text) as Answer,
    bytes: text.length,
    ms: performance.now() - started,
  };
}

async function count(): Promise<number> {
  const { rows } = await db.pool.query<{ n: string }>("SELECT count(*) AS n FROM delegations");
  return Number(rows[0]?.n);
}

beforeAll(async () => {
  db = await freshDatabase("hostile");
  service = await startService(db.pool);
  const members = await post(service.url, "member", JSON.stringify(CLUSTER_II_MEMBERS_JSON));
  expect(members.status).toBe(200);
});

afterAll(async () => {
  await service?.close();
  await db?.drop();
});

describe("bounds on a body", () => {
  it("two million {} in 5.9 MB: 413 TOO_MANY_RECORDS at once, before parsing (JSON and NDJSON)", async () => {
    const body = `[${"{},".repeat(1_999_999)}{}]`;
    expect(body.length).toBeGreaterThan(5_900_000);
    const before = await count();
    const heap = process.memoryUsage().heapUsed;
    const json = await post(service.url, "delegation", body);
    expect([json.status, json.body.error?.code, json.body.error?.params.max]).toEqual([
      413,
      "TOO_MANY_RECORDS",
      DEFAULT_MAX_RECORDS,
    ]);
    expect(json.ms).toBeLessThan(2_000);
    const ndjson = await post(service.url, "delegation", "{}\n".repeat(2_000_000), "application/x-ndjson");
    expect([ndjson.status, ndjson.body.error?.code]).toEqual([413, "TOO_MANY_RECORDS"]);
    // Two million parsed objects would take well over 100 MB of heap.
    expect(process.memoryUsage().heapUsed - heap).toBeLessThan(80 * 1024 * 1024);
    expect(await count()).toBe(before);
  });

  it(`${DEFAULT_MAX_RECORDS} {} (the most records a request may hold): 422 TOO_MANY_ISSUES, a bounded answer, nothing stored`, async () => {
    const before = await count();
    const answer = await post(service.url, "delegation", JSON.stringify(Array.from({ length: 10_000 }, () => ({}))));
    expect([answer.status, answer.body.error?.code, answer.body.stored]).toEqual([422, "TOO_MANY_ISSUES", 0]);
    const issues = (answer.body.invalid ?? []).reduce((n, r) => n + r.issues.length, 0);
    expect(issues).toBeLessThanOrEqual(DEFAULT_STORE_LIMITS.maxIssuesPerAnswer);
    expect(issues).toBeGreaterThan(DEFAULT_STORE_LIMITS.maxIssuesPerAnswer / 2);
    expect(answer.bytes).toBeLessThan(8 * 1024 * 1024);
    expect(answer.ms).toBeLessThan(10_000);
    expect(await count()).toBe(before);
  });

  it("a record with more issues than an answer carries per record: the first ones, and how many were left out", async () => {
    const noisy = Object.fromEntries(Array.from({ length: 25 }, (_, i) => [`extra${i}`, i]));
    const answer = await post(service.url, "delegation", JSON.stringify([aDelegation, { ...aDelegation, ...noisy }]));
    expect([answer.status, answer.body.stored]).toEqual([207, 1]);
    const refused = answer.body.invalid?.[0];
    expect(refused?.index).toBe(1);
    expect(refused?.issues).toHaveLength(DEFAULT_STORE_LIMITS.maxIssuesPerRecord);
    expect(refused?.omittedIssues).toBe(25 - DEFAULT_STORE_LIMITS.maxIssuesPerRecord);
  });

  it("five million levels of nesting: 400 TOO_DEEP from the byte scan, before JSON.parse (JSON and NDJSON)", async () => {
    const deep = `${"[".repeat(5_000_000)}${"]".repeat(5_000_000)}`;
    const json = await post(service.url, "delegation", deep);
    expect([json.status, json.body.error?.code, json.body.error?.params.max]).toEqual([
      400,
      "TOO_DEEP",
      DEFAULT_MAX_DEPTH,
    ]);
    expect(json.ms).toBeLessThan(1_500);
    const inString = await post(
      service.url,
      "delegation",
      JSON.stringify([{ ...aDelegation, purpose: "[".repeat(100_000) }]),
    );
    expect(inString.body.error?.code).not.toBe("TOO_DEEP"); // brackets inside a string are text
    const nd = await post(
      service.url,
      "delegation",
      `${JSON.stringify(aDelegation)}\n${'{"a":'.repeat(100)}1${"}".repeat(100)}\n`,
      "application/x-ndjson",
    );
    expect([nd.status, nd.body.error?.code]).toEqual([400, "TOO_DEEP"]);
  });

  it("a record nested past the library's 16 levels but within the body's cap: refused alone (TOO_DEEP), the others stored", async () => {
    let nested: unknown = "x";
    for (let i = 0; i < 20; i++) nested = [nested];
    const answer = await post(
      service.url,
      "delegation",
      JSON.stringify([aDelegation, { ...aDelegation, partners: nested }, aDelegation]),
    );
    expect([answer.status, answer.body.stored]).toEqual([207, 2]);
    expect(answer.body.invalid?.map((r) => [r.index, r.issues[0]?.code])).toEqual([[1, "TOO_DEEP"]]);
  });

  it("/health keeps answering while a batch of the largest size is validated (validation yields to the event loop)", async () => {
    // A service that validates the whole batch (no early stop on the issue cap), to make validation long.
    const patient = await startService(db.pool, { maxIssuesPerAnswer: 1_000_000 });
    try {
      const body = JSON.stringify(
        Array.from({ length: DEFAULT_MAX_RECORDS }, (_, i) => ({ ...aDelegation, id: `h${i}`, headcount: 0 })),
      );
      let posting = true;
      const during: number[] = [];
      const healthLoop = async (): Promise<void> => {
        while (posting) {
          const started = performance.now();
          const r = await fetch(`${patient.url}/health`);
          await r.arrayBuffer();
          if (posting) during.push(performance.now() - started);
        }
      };
      const polling = healthLoop();
      const answer = await post(patient.url, "delegation", body);
      posting = false;
      await polling;
      expect([answer.status, answer.body.invalid?.length]).toEqual([422, DEFAULT_MAX_RECORDS]);
      // Validation held the event loop for at most a chunk at a time: /health answered many times meanwhile.
      expect(
        during.length,
        `post ${Math.round(answer.ms)} ms, health ${during.map(Math.round).join(" ")}`,
      ).toBeGreaterThanOrEqual(5);
      console.log(
        `health during a ${DEFAULT_MAX_RECORDS}-record validation (${Math.round(answer.ms)} ms): ${during.length} answers, slowest ${Math.round(Math.max(...during))} ms`,
      );
    } finally {
      await patient.close();
    }
  });
});

describe("records the library accepts are stored with the library's day, or refused alone", () => {
  it("instants PostgreSQL reads otherwise (7 fractional digits, +16:00, before 1975): 200, each on the library's day", async () => {
    const instants = [
      ["given-frac", "2024-06-30T16:59:59.9999999Z", "2024-07-02"],
      ["given-offset", "2024-02-20T00:00:00+16:00", "2024-02-22"],
      ["given-1970", "1970-01-01T16:30:00Z", "1970-01-03"],
      ["given-comma", "2024-06-30T16:59:59,5Z", "2024-07-02"],
    ] as const;
    // What PostgreSQL's own reading says, for the record: these differ from the library's day, or fail.
    const pg = await db.pool.query<{ frac: string; y1970: string }>(
      `SELECT ('2024-06-30T16:59:59.9999999Z'::timestamptz AT TIME ZONE 'Asia/Ho_Chi_Minh')::date::text AS frac,
              ('1970-01-01T16:30:00Z'::timestamptz AT TIME ZONE 'Asia/Ho_Chi_Minh')::date::text AS y1970`,
    );
    expect(pg.rows[0]).toEqual({ frac: "2024-07-01", y1970: "1970-01-02" });
    await expect(db.pool.query("SELECT '2024-02-20T00:00:00+16:00'::timestamptz")).rejects.toThrow();

    const records = instants.map(([id, start, end]) => ({ ...aDelegation, id, start, end }));
    const answer = await post(service.url, "delegation", JSON.stringify([aDelegation, ...records]));
    expect([answer.status, answer.body.stored, answer.body.invalid]).toEqual([200, 5, []]);
    const { rows } = await db.pool.query<{ record_id: string; start_day: string; start_given: string }>(
      "SELECT record_id, start_day, start_given FROM delegations WHERE record_id LIKE 'given-%' ORDER BY record_id",
    );
    expect(rows).toEqual(
      instants
        .map(([id, start]) => ({ record_id: id, start_day: DateSchema.parse(start), start_given: start }))
        .sort((a, b) => a.record_id.localeCompare(b.record_id)),
    );
    expect(rows.find((r) => r.record_id === "given-frac")?.start_day).toBe("2024-06-30");
    expect(rows.find((r) => r.record_id === "given-1970")?.start_day).toBe("1970-01-01");
  });

  it("a record PostgreSQL cannot hold (a NUL character in a text): NOT_STORABLE by index, the rest of the batch stored", async () => {
    const before = await count();
    const batch = [aDelegation, { ...aDelegation, purpose: "Invest\u0000ment" }, aDelegation, aDelegation];
    const answer = await post(service.url, "delegation", JSON.stringify(batch));
    expect([answer.status, answer.body.stored]).toEqual([207, 3]);
    expect(answer.body.invalid?.map((r) => [r.index, r.issues[0]?.code])).toEqual([[1, "NOT_STORABLE"]]);
    expect(await count()).toBe(before + 3);
    expect(service.errors).toEqual([]);
  });
});

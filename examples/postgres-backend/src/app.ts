/**
 * The HTTP service (Hono). Two routes:
 *
 * - `POST /records/:entity`: a batch of records as a JSON array
 *   (`application/json`) or one record a line (`application/x-ndjson`).
 *   200 when every record was stored, 207 when some were refused (the valid
 *   ones are stored), 422 when all were; every refused record comes back with
 *   its index and its issues in English and Vietnamese. 400 for a body that
 *   is not JSON or not an array, 404 for an unknown entity, 413 for a body
 *   over the limit, 415 for another content type.
 * - `GET /reports/:cluster/:period?lang=vi|en&format=json|html|text|markdown&convention=statistical|administrative`.
 */

import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { isNgoaivuError, parsePeriod, type ReportingConvention } from "ngoaivu";
import type pg from "pg";
import { scanBody } from "./body.js";
import { CommitOutcomeUnknown } from "./db.js";
import { libraryIssue, type RecordError, serviceError } from "./issues.js";
import { clusterReport, renderReport } from "./reports.js";
import { ENTITY_NAMES, isEntityName, type StoreLimits, storeRecords, TooManyIssues } from "./store.js";

/** Options of the service. */
export interface AppOptions extends StoreLimits {
  /** Largest accepted request body, in bytes (16 MiB by default; 10,000 delegations take about 3 MB). */
  readonly maxBodyBytes?: number;
  /** Most records in one request (10,000 by default): more is `413 TOO_MANY_RECORDS`, before parsing. */
  readonly maxRecords?: number;
  /**
   * Deepest nesting of arrays and objects in a body (64 by default; a JSON
   * array of records is 1, its records 2): deeper is `400 TOO_DEEP`, found by
   * a byte scan before parsing. A record nested deeper than the library's
   * own limit (16) is refused alone, by index.
   */
  readonly maxDepth?: number;
  /** Called with unexpected errors (logged to stderr by default). */
  readonly onInternalError?: (error: unknown) => void;
}

/** The default body limit. */
export const DEFAULT_MAX_BODY_BYTES = 16 * 1024 * 1024;
/** The default most records per request. */
export const DEFAULT_MAX_RECORDS = 10_000;
/** The default deepest nesting of a body. */
export const DEFAULT_MAX_DEPTH = 64;
/** How long `/health` waits for the database before answering without it. */
const HEALTH_DATABASE_WAIT_MS = 2_000;

type BodyKind = "json" | "ndjson";

/** The kind of body a content type announces, or `undefined` when it is not accepted. */
function bodyKind(contentType: string | undefined): BodyKind | undefined {
  if (contentType === undefined) return undefined;
  const [type = "", ...params] = contentType
    .toLowerCase()
    .split(";")
    .map((s) => s.trim());
  const charset = params
    .find((p) => p.startsWith("charset="))
    ?.slice("charset=".length)
    .replace(/"/g, "");
  if (charset !== undefined && charset !== "utf-8" && charset !== "utf8") return undefined;
  if (type === "application/json") return "json";
  if (type === "application/x-ndjson" || type === "application/ndjson" || type === "application/jsonl") return "ndjson";
  return undefined;
}

function describe(value: unknown): string {
  return value === null ? "null" : Array.isArray(value) ? "an array" : typeof value;
}

/** Splits an NDJSON body into records; a line that is not JSON becomes a refused record (MALFORMED_JSON). */
function parseNdjson(text: string): { inputs: unknown[]; refused: RecordError[] } {
  const inputs: unknown[] = [];
  const refused: RecordError[] = [];
  const lines = text.split("\n");
  lines.forEach((raw, i) => {
    const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    if (line.trim() === "") return;
    try {
      inputs.push(JSON.parse(line));
    } catch (error) {
      refused.push({
        index: inputs.length,
        issues: [libraryIssue("MALFORMED_JSON", { line: i + 1, detail: (error as Error).message })],
      });
      inputs.push(undefined);
    }
  });
  return { inputs, refused };
}

const LANGS = ["vi", "en"] as const;
const FORMATS = ["json", "html", "text", "markdown"] as const;
const CONVENTIONS = ["statistical", "administrative"] as const;

function oneOf<T extends string>(options: readonly T[], value: string | undefined, fallback: T): T | undefined {
  if (value === undefined) return fallback;
  return (options as readonly string[]).includes(value) ? (value as T) : undefined;
}

/** Builds the service on a pool (the pool must read NUMERIC as text: see `createPool`). */
export function createApp(pool: pg.Pool, options: AppOptions = {}): Hono {
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const maxRecords = options.maxRecords ?? DEFAULT_MAX_RECORDS;
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  const limits: StoreLimits = {
    ...(options.maxIssuesPerRecord === undefined ? {} : { maxIssuesPerRecord: options.maxIssuesPerRecord }),
    ...(options.maxIssuesPerAnswer === undefined ? {} : { maxIssuesPerAnswer: options.maxIssuesPerAnswer }),
    ...(options.chunk === undefined ? {} : { chunk: options.chunk }),
  };
  const onInternalError =
    options.onInternalError ??
    ((error: unknown) => {
      console.error(error);
    });
  const app = new Hono();

  // The process answers as long as its event loop turns; the database is asked with a short wait.
  app.get("/health", async (c) => {
    let timer: NodeJS.Timeout | undefined;
    const database = await Promise.race([
      pool.query("SELECT 1").then(
        () => "up" as const,
        () => "down" as const,
      ),
      new Promise<"busy">((resolve) => {
        timer = setTimeout(() => resolve("busy"), HEALTH_DATABASE_WAIT_MS);
      }),
    ]);
    clearTimeout(timer);
    return c.json({ ok: database !== "down", database }, database === "down" ? 503 : 200);
  });

  // Cheap checks first (entity, content type), then the body limit, then the body.
  app.post(
    "/records/:entity",
    async (c, next) => {
      const entity = c.req.param("entity");
      if (!isEntityName(entity))
        return c.json(serviceError("UNKNOWN_ENTITY", { entity, options: ENTITY_NAMES.join(", ") }), 404);
      if (bodyKind(c.req.header("content-type")) === undefined)
        return c.json(serviceError("UNSUPPORTED_MEDIA_TYPE", { type: c.req.header("content-type") ?? "(none)" }), 415);
      return next();
    },
    bodyLimit({
      maxSize: maxBodyBytes,
      onError: (c) => c.json(serviceError("BODY_TOO_LARGE", { max: maxBodyBytes }), 413),
    }),
    async (c) => {
      const entity = c.req.param("entity");
      if (!isEntityName(entity)) throw new Error("unreachable: entity checked above");
      const kind = bodyKind(c.req.header("content-type")) as BodyKind;
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      const shape = scanBody(bytes, kind, { maxDepth, maxRecords });
      if (shape.depth > maxDepth) return c.json(serviceError("TOO_DEEP", { max: maxDepth }), 400);
      if (shape.records > maxRecords) return c.json(serviceError("TOO_MANY_RECORDS", { max: maxRecords }), 413);
      const text = new TextDecoder().decode(bytes);
      let inputs: unknown[];
      let refused: RecordError[] = [];
      if (kind === "json") {
        let body: unknown;
        try {
          body = JSON.parse(text);
        } catch (error) {
          return c.json(serviceError("MALFORMED_JSON", { line: 1, detail: (error as Error).message }), 400);
        }
        if (!Array.isArray(body)) return c.json(serviceError("NOT_AN_ARRAY", { received: describe(body) }), 400);
        inputs = body;
      } else {
        ({ inputs, refused } = parseNdjson(text));
      }
      if (inputs.length === 0) return c.json(serviceError("EMPTY_INPUT"), 400);
      let result: Awaited<ReturnType<typeof storeRecords>>;
      try {
        result = await storeRecords(pool, entity, inputs, refused, limits);
      } catch (error) {
        if (error instanceof TooManyIssues)
          return c.json(
            {
              ...serviceError("TOO_MANY_ISSUES", { max: error.max }),
              entity,
              received: inputs.length,
              stored: 0,
              invalid: error.invalid,
            },
            422,
          );
        onInternalError(error);
        if (error instanceof CommitOutcomeUnknown) return c.json(serviceError("COMMIT_OUTCOME_UNKNOWN"), 503);
        return c.json(serviceError("DATABASE_ERROR"), 503);
      }
      const status = result.invalid.length === 0 ? 200 : result.stored > 0 ? 207 : 422;
      return c.json({ entity, ...result }, status);
    },
  );

  app.get("/reports/:cluster/:period", async (c) => {
    const lang = oneOf(LANGS, c.req.query("lang"), "vi");
    if (lang === undefined)
      return c.json(
        serviceError("INVALID_QUERY", { name: "lang", options: LANGS.join(", "), received: c.req.query("lang") ?? "" }),
        400,
      );
    const format = oneOf(FORMATS, c.req.query("format"), "json");
    if (format === undefined)
      return c.json(
        serviceError("INVALID_QUERY", {
          name: "format",
          options: FORMATS.join(", "),
          received: c.req.query("format") ?? "",
        }),
        400,
      );
    const convention = oneOf<ReportingConvention>(CONVENTIONS, c.req.query("convention"), "statistical");
    if (convention === undefined)
      return c.json(
        serviceError("INVALID_QUERY", {
          name: "convention",
          options: CONVENTIONS.join(", "),
          received: c.req.query("convention") ?? "",
        }),
        400,
      );
    let period: ReturnType<typeof parsePeriod>;
    try {
      period = parsePeriod(c.req.param("period"));
    } catch (error) {
      if (isNgoaivuError(error)) return c.json(serviceError(error.code, error.params), 400);
      throw error;
    }
    const cluster = c.req.param("cluster");
    const built = await clusterReport(pool, cluster, { period, convention });
    if ("kind" in built) {
      return built.kind === "unknown-cluster"
        ? c.json(serviceError("UNKNOWN_CLUSTER", { cluster }), 404)
        : c.json(serviceError("NO_CLUSTER_YEAR", { cluster, year: built.year }), 404);
    }
    const body = renderReport(built.report, built.members, lang, format);
    const type =
      format === "json"
        ? "application/json; charset=utf-8"
        : format === "html"
          ? "text/html; charset=utf-8"
          : format === "markdown"
            ? "text/markdown; charset=utf-8"
            : "text/plain; charset=utf-8";
    return c.body(body, 200, { "content-type": type });
  });

  app.notFound((c) => c.json(serviceError("NOT_FOUND", { method: c.req.method, path: c.req.path }), 404));
  app.onError((error, c) => {
    onInternalError(error);
    return c.json(serviceError("INTERNAL"), 500);
  });
  return app;
}

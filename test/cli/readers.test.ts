/** The streaming readers of the command, on awkward inputs (run in-process: they are private to src/cli). */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { Progress } from "../../src/cli/common.js";
import { detectEntity, entityByName, entityFromFileName } from "../../src/cli/entity.js";
import { type Item, readCsv, readJson, readNdjson, type SchemaNode } from "../../src/cli/readers.js";
import { entityJsonSchema } from "../../src/index.js";

const dir = mkdtempSync(join(tmpdir(), "ngoaivu-readers-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
function file(text: string): string {
  const path = join(dir, `f${n++}`);
  writeFileSync(path, text);
  return path;
}

async function all(gen: AsyncGenerator<Item>): Promise<unknown[]> {
  const out: unknown[] = [];
  for await (const item of gen) out.push(item.kind === "record" ? [item.line, item.value] : [item.line, item.code]);
  return out;
}

const json = (text: string) => all(readJson({ path: file(text) }));
const nd = (text: string) => all(readNdjson({ path: file(text) }));

describe("readJson", () => {
  it("reads an array element by element, with the line each starts on", async () => {
    expect(await json('[\n {"a": 1},\n {"b": "x]}{"},\n [1, 2]\n]\n')).toEqual([
      [2, { a: 1 }],
      [3, { b: "x]}{" }],
      [4, [1, 2]],
    ]);
  });

  it("reads scalars, strings with escaped quotes, one top-level object, an empty array", async () => {
    expect(await json('[1, "a\\"]b", true, null, -2.5e3]')).toEqual([
      [1, 1],
      [1, 'a"]b'],
      [1, true],
      [1, null],
      [1, -2500],
    ]);
    expect(await json('\ufeff{"one": {"nested": [1]}}')).toEqual([[1, { one: { nested: [1] } }]]);
    expect(await json("[]")).toEqual([]);
    expect(await json("42")).toEqual([[1, 42]]);
  });

  it("reads an element larger than a chunk (64 KB)", async () => {
    const big = "x".repeat(200_000);
    expect(await json(`[{"a":"${big}"},{"b":2}]`)).toEqual([
      [1, { a: big }],
      [1, { b: 2 }],
    ]);
  });

  it("problems: a bad element, a missing comma, garbage after the document, a cut, nothing", async () => {
    expect(await json('[{"a": tru}, {"b": 1}]')).toEqual([
      [1, "MALFORMED_JSON"],
      [1, { b: 1 }],
    ]);
    expect(await json('[{"a": 1} {"b": 1}]')).toEqual([
      [1, { a: 1 }],
      [1, "MALFORMED_JSON"],
    ]);
    expect(await json('{"a": 1} x')).toEqual([
      [1, { a: 1 }],
      [1, "MALFORMED_JSON"],
    ]);
    expect(await json('[{"a": 1},\n{"b"')).toEqual([
      [1, { a: 1 }],
      [2, "TRUNCATED_INPUT"],
    ]);
    expect(await json("[1,")).toEqual([
      [1, 1],
      [1, "TRUNCATED_INPUT"],
    ]);
    expect(await json("")).toEqual([[0, "EMPTY_INPUT"]]);
  });
});

describe("readNdjson", () => {
  it("reads one record a line, CRLF too, skipping blank lines", async () => {
    expect(await nd('{"a":1}\r\n\r\n{"b":2}\n')).toEqual([
      [1, { a: 1 }],
      [3, { b: 2 }],
    ]);
    expect(await nd('{"a":1}')).toEqual([[1, { a: 1 }]]);
  });

  it("a bad line is malformed; a bad last line without a newline is a cut", async () => {
    expect(await nd('{"a":1}\n{x}\n{"a":2')).toEqual([
      [1, { a: 1 }],
      [2, "MALFORMED_JSON"],
      [3, "TRUNCATED_INPUT"],
    ]);
    expect(await nd("\n\n")).toEqual([[0, "EMPTY_INPUT"]]);
  });
});

describe("readCsv", () => {
  const schema = entityJsonSchema("delegation") as SchemaNode;
  const csv = (text: string) => all(readCsv({ path: file(text) }, schema, "delegation"));

  it("reads dotted columns, numbers, lists, quoted cells with commas, quotes and new lines", async () => {
    const rows = await csv(
      'member,headcount,countries,purpose,cost.amount,cost.currency\nvp-ubnd-ha-nam,4,KR; JP,"Trade, ""invest""\nand tour",1000,VND\n' +
        "vp-ubnd-ha-nam,x,,,,\n",
    );
    expect(rows).toEqual([
      [
        2,
        {
          member: "vp-ubnd-ha-nam",
          headcount: 4,
          countries: ["KR", "JP"],
          purpose: 'Trade, "invest"\nand tour',
          cost: { amount: "1000", currency: "VND" },
        },
      ],
      [4, { member: "vp-ubnd-ha-nam", headcount: "x" }],
    ]);
  });

  it("array items by index (foreignParties.0.name)", async () => {
    const agreement = entityJsonSchema("international-agreement") as SchemaNode;
    const out = await all(
      readCsv({ path: file("foreignParties.0.name,foreignParties.0.kind\nGunma,foreign-locality") }, agreement, "x"),
    );
    expect(out).toEqual([[2, { foreignParties: [{ name: "Gunma", kind: "foreign-locality" }] }]]);
  });

  it("problems: an unknown, empty or repeated header, an object column, a short row, a cut quote, no rows", async () => {
    expect(await csv("member,colour\na,b\n")).toEqual([[1, "CSV_BAD_HEADER"]]);
    expect(await csv("member,,status\n")).toEqual([[1, "CSV_BAD_HEADER"]]);
    expect(await csv("member,member\n")).toEqual([[1, "CSV_BAD_HEADER"]]);
    expect(await csv("cost\n")).toEqual([[1, "CSV_BAD_HEADER"]]);
    expect(await csv("member,status\nx\n")).toEqual([[2, "CSV_BAD_ROW"]]);
    expect(await csv('member,purpose\nx,"open')).toEqual([[2, "TRUNCATED_INPUT"]]);
    expect(await csv("member,status\n")).toEqual([[1, "EMPTY_INPUT"]]);
    expect(await csv("")).toEqual([[0, "EMPTY_INPUT"]]);
  });
});

describe("entity detection", () => {
  it("from fields, from names, from file names", () => {
    expect(detectEntity(["member", "direction"])).toBe("delegation");
    expect(detectEntity(["foreignParties.0.name"])).toBe("international-agreement");
    expect(detectEntity(["opened"])).toBe("consular-case");
    expect(detectEntity(["capitalType"])).toBe("oda-project");
    expect(detectEntity(["committed"])).toBe("ngo-project");
    expect(detectEntity(["names", "province"])).toBe("member");
    expect(detectEntity(["years"])).toBe("emulation-cluster");
    expect(detectEntity(["colour"])).toBeUndefined();
    expect(entityByName("oda")).toBe("oda-project");
    expect(entityByName("treaty")).toBeUndefined();
    expect(entityFromFileName("/x/cao-bang-oda-projects-2020.csv")).toBe("oda-project");
    expect(entityFromFileName("/x/consular_cases.ndjson")).toBe("consular-case");
    expect(entityFromFileName("/x/data.json")).toBeUndefined();
  });
});

describe("Progress", () => {
  it("writes a line only when enabled, after a second, and clears it", () => {
    vi.useFakeTimers();
    const write = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    try {
      const off = new Progress(false);
      vi.advanceTimersByTime(2000);
      off.update(() => "x");
      off.done();
      expect(write).not.toHaveBeenCalled();
      const on = new Progress(true);
      on.update(() => "early");
      expect(write).not.toHaveBeenCalled();
      vi.advanceTimersByTime(1500);
      on.update(() => "validated 1,000 records");
      on.update(() => "too soon");
      expect(write).toHaveBeenCalledTimes(1);
      expect(String(write.mock.calls[0]?.[0])).toContain("validated 1,000 records");
      on.done();
      expect(write).toHaveBeenCalledTimes(2);
    } finally {
      write.mockRestore();
      vi.useRealTimers();
    }
  });
});

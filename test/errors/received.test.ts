/**
 * One description of a received value: every public entry that reports what
 * it received describes the same odd value the same way, through quoteInput
 * (its kind where a message says which type it got, in each language; the
 * value itself, cut and escaped, where a message echoes it).
 */
import { describe, expect, it } from "vitest";
import {
  type ClusterReport,
  Figure,
  formatFigure,
  formatMoney,
  Money,
  MoneyBag,
  type NumberLocale,
  parseMoney,
  parsePeriod,
  quoteInput,
  render,
} from "../../src/index.js";
import { caughtParams, unchecked } from "../_caught.js";

const ODD: readonly [string, unknown][] = [
  ["null", null],
  ["an array", []],
  ["a function", () => 1],
  ["NaN", Number.NaN],
  ["a 500-character string", "x".repeat(500)],
  ["a symbol", Symbol("s")],
];

// Entries whose message says which type they received (INVALID_TYPE `received`, in each language).
const KIND_ENTRIES: readonly [string, (value: unknown) => unknown][] = [
  ["Money.fromJSON", (v) => Money.fromJSON(v)],
  ["Money#add", (v) => Money.of("1", "VND").add(unchecked<Money>(v))],
  ["MoneyBag.of", (v) => MoneyBag.of(unchecked<Money>(v))],
  ["Figure.money", (v) => Figure.money(unchecked<Money>(v))],
  ["Figure.fromJSON", (v) => Figure.fromJSON(v)],
  ["formatFigure", (v) => formatFigure(unchecked<Figure>(v))],
  ["parseMoney", (v) => parseMoney(unchecked<string>(v))],
  ["render", (v) => render(unchecked<ClusterReport>(v))],
];

// Entries whose message echoes the value they received (INVALID_ENUM `received`, `value`).
const VALUE_ENTRIES: readonly [string, (value: unknown) => unknown][] = [
  ["formatMoney locale", (v) => formatMoney(Money.of("1", "VND"), { locale: unchecked<NumberLocale>(v) })],
  ["parsePeriod", (v) => parsePeriod(unchecked<string>(v))],
];

// formatMoney reads a null locale as the default one: it is not refused.
const ACCEPTS_NULL = new Set(["formatMoney locale"]);
// parseMoney takes a string: a long one is refused for its length, not its type.
const TAKES_STRING = new Set(["parseMoney"]);

function described(fn: () => unknown): unknown {
  const { params } = caughtParams(fn);
  return params.received ?? params.value;
}

describe("a received value is described by one helper", () => {
  it("gives each odd value one description across every entry that reports it", () => {
    for (const [name, value] of ODD) {
      const kind = quoteInput(value, { kind: true });
      const kinds = { en: kind, vi: quoteInput(value, { kind: true, lang: "vi" }) };
      for (const [entry, call] of KIND_ENTRIES) {
        if (typeof value === "string" && TAKES_STRING.has(entry)) continue;
        expect(
          described(() => call(value)),
          `${entry}: ${name}`,
        ).toEqual(kinds);
      }
      if (typeof value === "string") continue;
      // Anything but a string reads the same whether a message names its kind or echoes it.
      expect(quoteInput(value), name).toBe(kind);
      for (const [entry, call] of VALUE_ENTRIES) {
        if (value === null && ACCEPTS_NULL.has(entry)) continue;
        expect(
          described(() => call(value)),
          `${entry}: ${name}`,
        ).toBe(kind);
      }
    }
  });

  it("reads null as null and an array as array, never object", () => {
    for (const [entry, call] of KIND_ENTRIES) {
      expect(
        described(() => call(null)),
        entry,
      ).toEqual({ en: "null", vi: "giá trị null" });
      expect(
        described(() => call([1])),
        entry,
      ).toEqual({ en: "array", vi: "danh sách" });
    }
    for (const [entry, call] of VALUE_ENTRIES) {
      if (!ACCEPTS_NULL.has(entry))
        expect(
          described(() => call(null)),
          entry,
        ).toBe("null");
      expect(
        described(() => call([1])),
        entry,
      ).toBe("array");
    }
  });

  it("cuts a long string it echoes after 80 characters, with its length", () => {
    const long = "x".repeat(500);
    // (parsePeriod refuses a text over 100 characters as TOO_LONG, with its length.)
    for (const [entry, call] of VALUE_ENTRIES.filter(([entry]) => entry !== "parsePeriod"))
      expect(
        described(() => call(long)),
        entry,
      ).toBe(quoteInput(long, { quotes: false }));
    expect(quoteInput(long, { quotes: false })).toBe(`${"x".repeat(80)}… (500)`);
  });
});

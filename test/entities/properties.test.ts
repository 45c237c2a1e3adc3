import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DelegationSchema, encode, parse, parseBatch, safeParse } from "../../src/index.js";

const day = fc
  .date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2099-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const vnd = fc.bigInt({ min: 0n, max: 10n ** 15n }).map((n) => ({ amount: n.toString(), currency: "VND" }));
const usd = fc
  .tuple(fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.integer({ min: 0, max: 99 }))
  .map(([units, cents]) => ({ amount: `${units}.${String(cents).padStart(2, "0")}`, currency: "USD" }));

const delegation = fc
  .record({
    member: fc.constantFrom("so-ngoai-vu-hai-phong", "vp-ubnd-bac-ninh", "so-ngoai-vu-ha-noi"),
    direction: fc.constantFrom("outgoing", "incoming"),
    start: day,
    days: fc.integer({ min: 0, max: 30 }),
    countries: fc.uniqueArray(fc.constantFrom("KR", "JP", "CN", "LA", "FR", "US"), { minLength: 1, maxLength: 3 }),
    ledBy: fc.constantFrom("party-secretary", "people-committee-chair", "department-head", "other"),
    headcount: fc.integer({ min: 1, max: 200 }),
    purpose: fc.constantFrom("Trade promotion", "Xúc tiến đầu tư", "Courtesy call"),
    status: fc.constantFrom("planned", "completed", "cancelled"),
    cost: fc.option(fc.oneof(vnd, usd), { nil: undefined }),
  })
  .map(({ days, cost, ...rest }) => {
    const end = new Date(`${rest.start}T00:00:00Z`);
    end.setUTCDate(end.getUTCDate() + days);
    return { ...rest, end: end.toISOString().slice(0, 10), ...(cost === undefined ? {} : { cost }) };
  });

describe("delegation properties", () => {
  it("encode(parse(wire)) gives the wire record back, amounts to the last đồng and cent", () => {
    fc.assert(
      fc.property(delegation, (wire) => {
        expect(encode(DelegationSchema, parse(DelegationSchema, wire))).toEqual(wire);
      }),
      { numRuns: 300 },
    );
  });

  it("swapping start and end of a multi-day visit is always END_BEFORE_START at end", () => {
    fc.assert(
      fc.property(
        delegation.filter((d) => d.end !== d.start),
        (wire) => {
          const result = safeParse(DelegationSchema, { ...wire, start: wire.end, end: wire.start });
          expect(result.success ? [] : result.issues.map((i) => [i.code, i.path])).toEqual([
            ["END_BEFORE_START", ["end"]],
          ]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("parseBatch loses nothing: every index once, valid + invalid = inputs, whatever the mix", () => {
    const junk = fc.oneof(
      fc.anything(),
      delegation.map((d) => ({ ...d, headcount: 0 })),
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(delegation, junk), { maxLength: 40 }), (inputs) => {
        const { valid, invalid } = parseBatch(DelegationSchema, inputs);
        const indexes = [...valid.map((v) => v.index), ...invalid.map((r) => r.index)].sort((a, b) => a - b);
        expect(indexes).toEqual(inputs.map((_, i) => i));
        for (const r of invalid) expect(r.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

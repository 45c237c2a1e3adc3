import { describe, expect, it } from "vitest";
import { DelegationSchema, ENTITY_SCHEMAS, type EntityName } from "../../src/index.js";
import { loadFixtures } from "./_fixtures.js";

/** The Standard Schema v1 interface, as adapters declare it (https://standardschema.dev). */
interface StandardSchemaV1<Output = unknown> {
  readonly "~standard": {
    readonly version: 1;
    readonly vendor: string;
    readonly validate: (value: unknown) => StandardResult<Output> | Promise<StandardResult<Output>>;
  };
}

type StandardResult<Output> =
  | { readonly value: Output; readonly issues?: undefined }
  | {
      readonly issues: ReadonlyArray<{
        readonly message: string;
        readonly path?: ReadonlyArray<PropertyKey | { readonly key: PropertyKey }> | undefined;
      }>;
    };

/** What a tRPC / Hono / form-library adapter does with any Standard Schema. */
function validateWith<T>(schema: StandardSchemaV1<T>, input: unknown) {
  const result = schema["~standard"].validate(input);
  if (result instanceof Promise) throw new Error("entity schemas validate synchronously");
  return result;
}

describe("Standard Schema", () => {
  it.each(Object.keys(ENTITY_SCHEMAS) as EntityName[])(
    "%s is a Standard Schema validator (zod, version 1)",
    (entity) => {
      const schema: StandardSchemaV1 = ENTITY_SCHEMAS[entity];
      expect(schema["~standard"].version).toBe(1);
      expect(schema["~standard"].vendor).toBe("zod");
      for (const { record } of loadFixtures(entity).valid) expect(validateWith(schema, record).issues).toBeUndefined();
      for (const { record } of loadFixtures(entity).invalid)
        expect(validateWith(schema, record).issues?.length).toBeGreaterThan(0);
    },
  );

  it("hands a decoded delegation to the adapter, and the domain code in the issue params", () => {
    const [trip] = loadFixtures("delegation").valid;
    const ok = validateWith(DelegationSchema, trip?.record);
    expect(ok.issues).toBeUndefined();
    expect("value" in ok && ok.value.cost?.toString()).toBe("350000000 VND");
    const bad = validateWith(DelegationSchema, { ...(trip?.record as object), end: "2024-01-01" });
    expect(bad.issues?.[0]?.path).toEqual(["end"]);
    expect((bad.issues?.[0] as { params?: { ngoaivu?: string } } | undefined)?.params?.ngoaivu).toBe(
      "END_BEFORE_START",
    );
  });
});

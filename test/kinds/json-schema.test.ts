/**
 * The JSON Schema of an entity's wire form: named by the library's entity
 * names only, with the draft, its address and its title first.
 */
import { describe, expect, it } from "vitest";
import { ENTITY_SCHEMAS, type EntityName, entityJsonSchema } from "../../src/index.js";
import { caughtError, unchecked } from "../_caught.js";

const NAMES =
  "member, emulation-cluster, delegation, international-agreement, consular-case, oda-project, ngo-project, international-conference, twinning-relation, proposal";

function refusal(name: unknown) {
  const { code, params, message } = caughtError(() => entityJsonSchema(unchecked<EntityName>(name)));
  return { code, params: { ...params }, message };
}

describe("entityJsonSchema", () => {
  it("refuses an unknown name with INVALID_ARGUMENT, listing the names it knows", () => {
    const detail = { en: `expected one of ${NAMES}`, vi: `cần một trong ${NAMES}` };
    for (const name of ["treaty", "", "toString", "__proto__"])
      expect(refusal(name)).toEqual({
        code: "INVALID_ARGUMENT",
        params: { name: "name", detail },
        message: `Invalid argument name: ${detail.en}`,
      });
  });

  it("refuses a name that is not a string, even one that reads as an entity name", () => {
    expect(refusal(["member"]).code).toBe("INVALID_ARGUMENT");
    expect(refusal({ toString: () => "delegation" }).code).toBe("INVALID_ARGUMENT");
    expect(refusal(undefined).code).toBe("INVALID_ARGUMENT");
  });

  it("gives every entity's schema, the draft, its address and its title first", () => {
    for (const name of Object.keys(ENTITY_SCHEMAS) as EntityName[]) {
      const schema = entityJsonSchema(name);
      expect(Object.keys(schema).slice(0, 3)).toEqual(["$schema", "$id", "title"]);
      expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
      expect(schema.$id).toBe(`https://unpkg.com/ngoaivu/dist/schemas/${name}.json`);
      expect(schema.type).toBe("object");
    }
  });
});

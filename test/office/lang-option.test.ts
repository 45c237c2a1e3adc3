/**
 * A `lang` that is not a string (an object without a prototype, as some
 * query-string parsers make) is refused with INVALID_ENUM by every entry that
 * takes it, never with the TypeError `String(lang)` threw while wording the
 * message.
 */
import { describe, expect, it } from "vitest";
import { isNgoaivuError, type Lang, render } from "../../src/index.js";
import { toDocx, toXlsx } from "../../src/office/index.js";
import { caoBangReport } from "./_reports.js";

function codeOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return isNgoaivuError(error) ? `${error.code}: ${error.message}` : `raw ${String(error)}`;
  }
  return "no error";
}

async function codeOfAsync(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
  } catch (error) {
    return isNgoaivuError(error) ? `${error.code}: ${error.message}` : `raw ${String(error)}`;
  }
  return "no error";
}

const odd = [
  Object.create(null) as Lang,
  {
    toString: () => {
      throw new Error("boom");
    },
  } as unknown as Lang,
  5 as unknown as Lang,
];

describe("a lang that is not a string", () => {
  it("toXlsx refuses it with INVALID_ENUM", () => {
    for (const lang of odd) {
      expect(codeOf(() => toXlsx(caoBangReport().report, { lang }))).toMatch(
        /^INVALID_ENUM: Expected one of vi, en, received /,
      );
    }
  });

  it("toDocx refuses it with INVALID_ENUM", async () => {
    for (const lang of odd) {
      expect(await codeOfAsync(() => toDocx(caoBangReport().report, { lang }))).toMatch(
        /^INVALID_ENUM: Expected one of vi, en, received /,
      );
    }
  });

  it("render refuses it with INVALID_ENUM too", () => {
    for (const lang of odd) {
      expect(codeOf(() => render(caoBangReport().report, { lang }))).toMatch(
        /^INVALID_ENUM: Expected one of vi, en, received /,
      );
    }
  });
});

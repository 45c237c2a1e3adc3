/**
 * A `lang` that is not a string (an object without a prototype, as some
 * query-string parsers make) is refused with INVALID_ENUM by every entry that
 * takes it, never with the TypeError `String(lang)` threw while wording the
 * message.
 */
import { describe, expect, it } from "vitest";
import { type Lang, type NgoaivuError, render } from "../../src/index.js";
import { toDocx, toXlsx } from "../../src/office/index.js";
import { caughtError, caughtErrorAsync, unchecked } from "../_caught.js";
import { caoBangReport } from "./_reports.js";

/** What a refusal says: its code and its English message. */
const said = (error: NgoaivuError) => `${error.code}: ${error.message}`;

const odd = [
  unchecked<Lang>(Object.create(null)),
  unchecked<Lang>({
    toString: () => {
      throw new Error("boom");
    },
  }),
  unchecked<Lang>(5),
];

describe("a lang that is not a string", () => {
  it("toXlsx refuses it with INVALID_ENUM", () => {
    for (const lang of odd) {
      expect(said(caughtError(() => toXlsx(caoBangReport().report, { lang })))).toMatch(
        /^INVALID_ENUM: Expected one of vi, en, received /,
      );
    }
  });

  it("toDocx refuses it with INVALID_ENUM", async () => {
    for (const lang of odd) {
      expect(said(await caughtErrorAsync(() => toDocx(caoBangReport().report, { lang })))).toMatch(
        /^INVALID_ENUM: Expected one of vi, en, received /,
      );
    }
  });

  it("render refuses it with INVALID_ENUM too", () => {
    for (const lang of odd) {
      expect(said(caughtError(() => render(caoBangReport().report, { lang })))).toMatch(
        /^INVALID_ENUM: Expected one of vi, en, received /,
      );
    }
  });
});

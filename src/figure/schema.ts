/**
 * zod schema for figures on the wire. The only file in `figure/` that imports
 * zod. Errors the library detects while decoding are reported like those of
 * `MoneySchema`: a zod `"custom"` issue whose `params.ngoaivu` holds the
 * library's error code (read it with `moneyIssueCode`).
 *
 * @module
 */
import * as z from "zod";
import { formatRule, isNgoaivuError, typeRule } from "../errors/index.js";
import { AmountStringSchema } from "../money/index.js";
import { Figure, type FigureJSON } from "./figure.js";
import type { QUALIFIERS } from "./qualifier.js";

/**
 * The qualifier of a figure: one of {@link QUALIFIERS}.
 *
 * @example
 * ```ts
 * import { QualifierSchema } from "ngoaivu";
 * QualifierSchema.options; //=> ["exact", "about", "nearly", "under", "over", "at-least"]
 * ```
 */
export const QualifierSchema = /* @__PURE__ */ (() =>
  z.enum(["exact", "about", "nearly", "under", "over", "at-least"]))();

/**
 * The plain-JSON form of a figure: `{ qualifier, count }` or
 * `{ qualifier, amount, currency }`, amounts and counts as decimal strings.
 *
 * @example
 * ```ts
 * import { FigureJSONSchema } from "ngoaivu";
 * FigureJSONSchema.safeParse({ qualifier: "about", count: "400" }).success; //=> true
 * FigureJSONSchema.safeParse({ qualifier: "roughly", count: "400" }).success; //=> false
 * ```
 */
export const FigureJSONSchema = /* @__PURE__ */ (() =>
  z.union([
    z.object({ qualifier: QualifierSchema, count: AmountStringSchema.max(100) }),
    z.object({
      qualifier: QualifierSchema,
      amount: AmountStringSchema,
      currency: z
        .string()
        .regex(
          /^[A-Z]{3}$/,
          formatRule({ en: "an ISO 4217 code (three capital letters)", vi: "mã ISO 4217 (ba chữ cái in hoa)" }),
        ),
    }),
  ]))();

/**
 * The zod codec between a figure's plain-JSON form and {@link Figure}.
 *
 * @example
 * ```ts
 * import { Figure, FigureSchema } from "ngoaivu";
 * FigureSchema.decode({ qualifier: "nearly", count: "360" }).toString(); //=> "nearly 360"
 * FigureSchema.encode(Figure.count(400, "about")); //=> { qualifier: "about", count: "400" }
 * ```
 */
export const FigureSchema = /* @__PURE__ */ (() =>
  z.codec(
    FigureJSONSchema,
    z.custom<Figure>((value) => Figure.isFigure(value), typeRule({ en: "a Figure", vi: "chỉ tiêu (Figure)" })),
    {
      decode: (json, payload) => {
        try {
          return Figure.fromJSON(json);
        } catch (error) {
          if (!isNgoaivuError(error)) throw error;
          payload.issues.push({
            code: "custom",
            message: error.message,
            input: json,
            path: [...error.path],
            params: { ...error.params, ngoaivu: error.code },
          });
          return z.NEVER;
        }
      },
      encode: (figure): FigureJSON => figure.toJSON(),
    },
  ))();

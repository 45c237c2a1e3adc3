/**
 * The figure schemas every record kind builds its section of a report from:
 * a count figure, a money total (one qualifier for a bag of currencies) and
 * outgoing/incoming counts.
 * @module
 */
import * as z from "zod";
import { typeRule } from "../errors/index.js";
import { Figure, QualifierSchema } from "../figure/index.js";
import { AmountStringSchema, MoneyBagSchema } from "../money/index.js";

/**
 * A count figure (`{ qualifier: "about", count: "400" }` on the wire),
 * decoded to a {@link Figure} of kind `"count"`.
 *
 * @example
 * ```ts
 * import { CountFigureSchema } from "ngoaivu";
 * CountFigureSchema.decode({ qualifier: "about", count: "400" }).toString(); //=> "about 400"
 * CountFigureSchema.safeParse({ qualifier: "about", amount: "1", currency: "USD" }).success; //=> false
 * ```
 */
export const CountFigureSchema = z.codec(
  z.object({ qualifier: QualifierSchema, count: AmountStringSchema.max(100) }),
  z.custom<Figure>(
    (value) => Figure.isFigure(value) && value.kind === "count",
    typeRule({ en: "a count Figure", vi: "chỉ tiêu dạng số lượng (Figure)" }),
  ),
  {
    decode: (json) => Figure.count(json.count, json.qualifier),
    encode: (figure) => figure.toJSON() as { qualifier: z.infer<typeof QualifierSchema>; count: string },
  },
);

/**
 * Money totals kept per currency, with one qualifier for the whole bag:
 * `{ qualifier: "over", amounts: [{ amount: "1000000.00", currency: "USD" }] }`
 * on the wire, decoded to `{ qualifier, amounts: MoneyBag }`. The qualifier
 * of a record-based total is `"exact"`.
 *
 * @example
 * ```ts
 * import { MoneyTotalSchema } from "ngoaivu";
 * const total = MoneyTotalSchema.decode({ qualifier: "over", amounts: [{ amount: "1000000", currency: "USD" }] });
 * total.amounts.toString(); //=> "1000000.00 USD"
 * ```
 */
export const MoneyTotalSchema = z.object({
  qualifier: QualifierSchema,
  amounts: MoneyBagSchema,
});

/** Money totals per currency with one qualifier, decoded. */
export interface MoneyTotal extends z.output<typeof MoneyTotalSchema> {}

/**
 * Outgoing and incoming counts (of delegations of one country or one leader level).
 *
 * @example
 * ```ts
 * import { DirectionCountsSchema } from "ngoaivu";
 * const d = DirectionCountsSchema.decode({ outgoing: { qualifier: "exact", count: "3" }, incoming: { qualifier: "exact", count: "5" } });
 * d.incoming.toString(); //=> "5"
 * ```
 */
export const DirectionCountsSchema = z.object({
  outgoing: CountFigureSchema,
  incoming: CountFigureSchema,
});

/** Outgoing and incoming counts, decoded. */
export interface DirectionCounts extends z.output<typeof DirectionCountsSchema> {}

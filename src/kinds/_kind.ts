/**
 * Private: the shape of a record kind's declaration. Everything the library
 * knows about one kind of record sits in one object of this shape, in one
 * file (`delegation.ts`, `agreement.ts`, …); the list in `_list.ts` is the
 * only place the built-in kinds are named, and `summarize`, the schemas of a
 * report, its words, the JSON Schemas and the command derive from it.
 *
 * @internal
 * @module
 */
import type * as z from "zod";
import type { DateRange } from "../entities/index.js";
import type { Lang } from "../errors/index.js";
import type { Figure } from "../figure/index.js";
import type { MoneyTotal } from "./_figures.js";

/** A text in both languages. */
export type Bilingual = Readonly<Record<Lang, string>>;

/** One figure of a report: where it is, what it is called, and whether it is a table column. */
export interface FigureWords {
  /** Dotted path in a report's figures: `delegations.outgoing`. */
  readonly path: string;
  /** Its label (a column heading, a row of the figures table, a workbook row). */
  readonly label: Bilingual;
  /** Shown as a column of the report's tables: the column's key (`data-figure`) and its place among the columns. */
  readonly column?: { readonly key: string; readonly order: number };
  /** How a sentence names the figure as the whole of a share. */
  readonly whole?: Bilingual;
}

/** What a kind's sentence is written with, in the report's language. */
export interface SentenceTools {
  /** The report's language: a kind picks its own words by it (`WORDS[t.lang]`). */
  readonly lang: Lang;
  /** A count or amount figure in words: "khoảng 400", "about 400". */
  count(figure: Figure): string;
  /** A money total in words, currencies joined: "1.576 tỷ 566 triệu đồng". */
  money(total: MoneyTotal): string;
  /** Whether a figure reads as plural ("1 delegation", "2 delegations"). */
  plural(figure: Figure): boolean;
  /**
   * Whether the sentence may state a figure: it says something (present, not
   * an exact zero) and its column (`key`) is not a cluster total that some
   * reporting member did not give.
   */
  says(key: string, value: Figure | MoneyTotal | undefined): boolean;
  /** "A, B và C" / "A, B and C". */
  joinList(items: readonly string[]): string;
}

/** What a kind's figures add to a report's summary sentence. */
export interface SentenceParts {
  /** Actions ("tổ chức 40 đoàn ra"), joined with every kind's actions into the sentence's first clause. */
  readonly actions?: readonly string[];
  /** A clause of its own ("giải quyết 12 vụ việc lãnh sự"), after the actions. */
  readonly clause?: string;
}

/**
 * The words of a kind: the labels of its figures, the label of a breakdown
 * figure, and its part of a report's summary sentence.
 */
export interface KindWords<Section = unknown> {
  /** Every figure of the section that has a label, with its place as a table column. */
  readonly figures: readonly FigureWords[];
  /**
   * The label of a breakdown figure (one row of a group keyed by country,
   * level, status…), given its path inside the section
   * (`["byCountry", "CN", "outgoing"]`); `undefined` for a path that is not
   * one of its breakdowns. A breakdown is a row of the workbook's totals,
   * never a column.
   */
  breakdown?(parts: readonly string[], lang: Lang, label: (path: string) => string | undefined): string | undefined;
  /** Its part of the summary sentence: the clauses' place (`order`, lowest first) and what it says. */
  readonly sentence?: {
    readonly order: number;
    say(section: Section, t: SentenceTools): SentenceParts;
  };
}

/**
 * What a report needs of a record kind: its names, its section of a
 * report's figures, how that section merges, and the words of its figures;
 * not its schema, nor how its records are counted. `render`, `toDocx`,
 * `toXlsx` and the report schemas take these, so a bundle that only
 * renders reports carries no record schema. Every {@link RecordKindDeclaration}
 * is one.
 */
export interface RecordKindView<
  Name extends string = string,
  Bucket extends string = string,
  Section extends string = string,
  FS extends z.ZodType = z.ZodType,
> {
  /** The entity name, e.g. `"delegation"` (the command's `--type`, the JSON Schema's file name). */
  readonly name: Name;
  /** The bucket of a record set and of `Summary.byKind`, e.g. `"delegations"`. */
  readonly bucket: Bucket;
  /** The section of a report's figures the kind fills, e.g. `"delegations"`. */
  readonly section: Section;
  /** The title of its published JSON Schema. */
  readonly title: string;
  /** The schema of its section of a report's figures (optional, every figure optional). */
  readonly figuresSchema: FS;
  /**
   * The order of the keys of the section's groups when reports merge, by
   * path inside the section (`"byCountry"`, `"byCountry.*"` for every
   * group under it): a list (known keys first, in its order; others after,
   * sorted) or `"sorted"`. The section's own keys follow its schema; a
   * group with no rule is sorted.
   */
  readonly keyOrder?: Readonly<Record<string, readonly string[] | "sorted">>;
  /**
   * Mends a merged section where adding figure by figure is not the whole
   * rule (distinct NGOs: the union of the keys plus the donors each side
   * counted without keys). Given the merged section and both sides.
   */
  mergeSection?(
    merged: NonNullable<z.output<FS>>,
    a: NonNullable<z.output<FS>>,
    b: NonNullable<z.output<FS>>,
  ): NonNullable<z.output<FS>>;
  /** The words of its figures, in Vietnamese and English. */
  readonly words: KindWords<NonNullable<z.output<FS>>>;
}

/** Any record kind's view, seen from the code that renders reports. */
export type AnyKindView = RecordKindView<string, string, string, z.ZodType>;

/**
 * @internal Declares a built-in kind's view (its literal types kept), kept
 * apart from its declaration so that rendering bundles no record schema.
 */
export function kindView<Name extends string, Bucket extends string, Section extends string, FS extends z.ZodType>(
  view: RecordKindView<Name, Bucket, Section, FS>,
): RecordKindView<Name, Bucket, Section, FS> {
  return view;
}

/**
 * @internal A built-in kind from its view and the rest of its declaration,
 * checked as {@link declareKind} checks one. Two arguments rather than a
 * spread, so that a bundle that never reads the kind drops it, schema and
 * all (a bundler keeps a spread of a variable: it could run a getter).
 */
export function kindOf<
  Name extends string,
  Bucket extends string,
  Section extends string,
  S extends z.ZodType,
  FS extends z.ZodType,
  Acc,
  Placed,
>(
  view: RecordKindView<Name, Bucket, Section, FS>,
  rest: Omit<RecordKindDeclaration<Name, Bucket, Section, S, FS, Acc, Placed>, keyof RecordKindView>,
): RecordKindDeclaration<Name, Bucket, Section, S, FS> {
  return { ...view, ...rest } as RecordKindDeclaration<Name, Bucket, Section, S, FS>;
}

/**
 * One record kind: its schema and names, where its records go in a record
 * set and in a report, how a record is placed in a period, what it adds to
 * a member's figures, and the words of those figures (its
 * {@link RecordKindView}).
 *
 * `place` and `add` split the work as dinero's safe/unsafe pairs do: `place`
 * tells whether a record belongs to the period (and what `add` needs to
 * know, computed once), `add` counts it.
 */
export interface RecordKindDeclaration<
  Name extends string = string,
  Bucket extends string = string,
  Section extends string = string,
  S extends z.ZodType = z.ZodType,
  FS extends z.ZodType = z.ZodType,
  Acc = unknown,
  Placed = unknown,
> extends RecordKindView<Name, Bucket, Section, FS> {
  /** Short names the command accepts for `--type` and finds in file names. */
  readonly aliases: readonly string[];
  /** Top-level fields only this kind has: the command tells a file's kind by them. */
  readonly signature: readonly string[];
  /** The record's zod schema (wire → domain). */
  readonly schema: S;
  /** The member a record belongs to. */
  member(record: z.output<S>): string;
  /** Whether a record belongs to the period, and what `add` needs: `undefined` when outside. */
  place(record: z.output<S>, range: DateRange): Placed | undefined;
  /** A fresh accumulator of one member's figures. */
  start(): Acc;
  /** Adds a record placed in the period. */
  add(acc: Acc, record: z.output<S>, placed: Placed, range: DateRange): void;
  /** The section of figures from an accumulator (every figure exact). */
  figures(acc: Acc): NonNullable<z.output<FS>>;
}

/** Any record kind's declaration, seen from the code that loops over kinds. */
export type AnyRecordKind = RecordKindDeclaration<string, string, string, z.ZodType, z.ZodType>;

/**
 * Declares a record kind: one object holding its schema, names, placement
 * in a period, figures and words, checked with every type inferred (its
 * accumulator and placement included); the declaration it returns keeps
 * only the public types, the accumulator and placement becoming opaque.
 * The built-in kinds are declared with it (`RECORD_KIND_DECLARATIONS`),
 * and so is a kind of an app's own: pass the list with it as `kinds` to
 * `summarize`, `render`, `toDocx` and `toXlsx` (see the entities guide,
 * "A record kind of your own").
 *
 * @example
 * ```ts
 * import { declareKind, Figure, CountFigureSchema, summarize, RECORD_KIND_DECLARATIONS } from "ngoaivu";
 * import * as z from "zod";
 * const VisitSchema = z.object({ member: z.string(), day: z.iso.date() });
 * const visitKind = declareKind({
 *   name: "port-visit", bucket: "portVisits", section: "portVisits", title: "Port visit",
 *   aliases: ["port-visits"], signature: ["day"],
 *   schema: VisitSchema,
 *   figuresSchema: z.object({ visits: CountFigureSchema.optional() }).optional(),
 *   member: (v) => v.member,
 *   place: (v, range) => (v.day >= range.start && v.day <= range.end ? true : undefined),
 *   start: () => ({ n: 0 }),
 *   add: (acc) => { acc.n++; },
 *   figures: (acc) => ({ visits: Figure.count(acc.n) }),
 *   words: { figures: [{ path: "portVisits.visits", label: { vi: "Tàu thăm", en: "Port visits" } }] },
 * });
 * const kinds = [...RECORD_KIND_DECLARATIONS, visitKind];
 * const summary = summarize({ portVisits: [{ member: "so-ngoai-vu-hai-phong", day: "2024-03-02" }] },
 *   { period: "2024-H1", kinds });
 * summary.byKind.portVisits?.counted; //=> 1
 * ```
 */
export function declareKind<
  Name extends string,
  Bucket extends string,
  Section extends string,
  S extends z.ZodType,
  FS extends z.ZodType,
  Acc,
  Placed,
>(
  kind: RecordKindDeclaration<Name, Bucket, Section, S, FS, Acc, Placed>,
): RecordKindDeclaration<Name, Bucket, Section, S, FS> {
  return kind as RecordKindDeclaration<Name, Bucket, Section, S, FS>;
}

/**
 * Private: the shape of a record kind's declaration. Everything the library
 * knows about one kind of record sits in one object of this shape, in one
 * file (`delegation.ts`, `agreement.ts`, …); the list in `index.ts` is the
 * only place the kinds are named, and `summarize`, the schemas of a report,
 * the JSON Schemas and the command derive from it.
 *
 * @internal
 * @module
 */
import type * as z from "zod";
import type { DateRange } from "../entities/index.js";

/**
 * One record kind: its schema and names, where its records go in a record
 * set and in a report, how a record is placed in a period, and what it adds
 * to a member's figures.
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
> {
  /** The entity name, e.g. `"delegation"` (the command's `--type`, the JSON Schema's file name). */
  readonly name: Name;
  /** The bucket of a record set and of `Summary.byKind`, e.g. `"delegations"`. */
  readonly bucket: Bucket;
  /** The section of a report's figures the kind fills, e.g. `"delegations"`. */
  readonly section: Section;
  /** The title of its published JSON Schema. */
  readonly title: string;
  /** Short names the command accepts for `--type` and finds in file names. */
  readonly aliases: readonly string[];
  /** Top-level fields only this kind has: the command tells a file's kind by them. */
  readonly signature: readonly string[];
  /** The record's zod schema (wire → domain). */
  readonly schema: S;
  /** The schema of its section of a report's figures (optional, every figure optional). */
  readonly figuresSchema: FS;
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

/**
 * Declares a kind: its object is checked with every type inferred (its
 * accumulator and placement included); the declaration it returns keeps
 * only the public types, the accumulator and placement becoming opaque.
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

/** Sorts keys as summarize always has (code-unit order). */
export function byKey(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

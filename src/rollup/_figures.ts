/**
 * Private: the generic walk over a report's figures. A figures object is a
 * tree whose leaves are `Figure`s, money totals (`{ qualifier, amounts }`)
 * and the donor key set; merging adds leaves that sit at the same path, and
 * flattening lists every leaf with its dotted path.
 *
 * @internal
 * @module
 */
import { byKey } from "../_lib/order.js";

import { kindParam, NgoaivuError, type Words } from "../errors/index.js";
import { combineQualifiers, Figure } from "../figure/index.js";
import { RECORD_KIND_VIEWS } from "../kinds/index.js";
import { MoneyBag } from "../money/index.js";
import { type Figures, FiguresSchema, type MoneyTotal } from "./schema.js";

type Tree = { readonly [key: string]: unknown };

function isMoneyTotal(value: unknown): value is MoneyTotal {
  return (
    typeof value === "object" &&
    value !== null &&
    "amounts" in value &&
    MoneyBag.isMoneyBag((value as { amounts: unknown }).amounts)
  );
}

/** A group of figures: an object that is no figure, list or money total. */
function isTree(value: unknown): value is Tree {
  return (
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    !Figure.isFigure(value) &&
    !isMoneyTotal(value)
  );
}

function describe(value: unknown): Words {
  if (Figure.isFigure(value)) return { en: "a figure", vi: "số liệu" };
  if (isMoneyTotal(value)) return { en: "a money total", vi: "tổng số tiền" };
  if (Array.isArray(value)) return { en: "a list", vi: "danh sách" };
  if (isTree(value)) return { en: "a group of figures", vi: "nhóm số liệu" };
  return kindParam(value);
}

/** Sorted union of two string lists (either may be absent). */
export function unionKeys(a: readonly string[] | undefined, b: readonly string[] | undefined): string[] | undefined {
  if (a === undefined && b === undefined) return undefined;
  return [...new Set([...(a ?? []), ...(b ?? [])])].sort(byKey);
}

/** Adds two money totals: the bags merge, the qualifiers combine. */
export function addMoneyTotals(a: MoneyTotal, b: MoneyTotal): MoneyTotal {
  return { qualifier: combineQualifiers(a.qualifier, b.qualifier), amounts: a.amounts.merge(b.amounts) };
}

/**
 * The canonical key order of each group of figures, so that a merge gives
 * the same JSON however the records were split: the sections in the kinds'
 * order (extra figures last), each section's keys in its schema's order,
 * and the groups inside a section as its kind declares them (`keyOrder`);
 * any other group (extra figures, a kind's keyed maps without a rule) sorted.
 */
let order: ReadonlyMap<string, readonly string[] | "sorted"> | undefined;

function keyOrder(): ReadonlyMap<string, readonly string[] | "sorted"> {
  if (order !== undefined) return order;
  const out = new Map<string, readonly string[] | "sorted">();
  out.set("", Object.keys(FiguresSchema.shape));
  for (const kind of RECORD_KIND_VIEWS) {
    const section = (kind.figuresSchema as unknown as { unwrap(): { shape: object } }).unwrap();
    out.set(kind.section, Object.keys(section.shape));
    for (const [path, rule] of Object.entries(kind.keyOrder ?? {})) out.set(`${kind.section}.${path}`, rule);
  }
  out.set("extra", "sorted");
  order = out;
  return out;
}

function orderedKeys(path: string, keys: Set<string>): string[] {
  const parent = path.lastIndexOf(".");
  const rule = keyOrder().get(path) ?? (parent < 0 ? undefined : keyOrder().get(`${path.slice(0, parent)}.*`));
  if (rule === undefined || rule === "sorted") return [...keys].sort(byKey);
  const known = rule.filter((k) => keys.has(k));
  const rest = [...keys].filter((k) => !rule.includes(k)).sort(byKey);
  return [...known, ...rest];
}

function mergeValue(a: unknown, b: unknown, path: string): unknown {
  if (a === undefined) return b;
  if (b === undefined) return a;
  if (Figure.isFigure(a) && Figure.isFigure(b)) return a.add(b);
  if (isMoneyTotal(a) && isMoneyTotal(b)) return addMoneyTotals(a, b);
  if (Array.isArray(a) && Array.isArray(b)) return unionKeys(a as string[], b as string[]);
  if (isTree(a) && isTree(b)) return mergeTrees(a, b, path);
  throw new NgoaivuError("INVALID_TYPE", { expected: describe(a), received: describe(b) });
}

function mergeTrees(a: Tree, b: Tree, path: string): Tree {
  const out: Record<string, unknown> = {};
  for (const key of orderedKeys(path, new Set([...Object.keys(a), ...Object.keys(b)]))) {
    const value = mergeValue(a[key], b[key], path === "" ? key : `${path}.${key}`);
    if (value !== undefined) out[key] = value;
  }
  return out;
}

/**
 * Merges two figure trees: figures at the same path add (qualifiers join),
 * money totals merge per currency, a figure present on one side only is
 * kept. Where a kind's section needs more than that (distinct NGOs), its
 * declaration's `mergeSection` mends the merged section.
 */
export function mergeFigureTrees(a: Figures, b: Figures): Figures {
  const merged = mergeTrees(a as Tree, b as Tree, "") as Record<string, unknown>;
  for (const kind of RECORD_KIND_VIEWS) {
    const left = (a as Tree)[kind.section];
    const right = (b as Tree)[kind.section];
    if (kind.mergeSection === undefined || left === undefined || right === undefined) continue;
    // Each kind sees only its own section, typed by its own declaration.
    const mend = kind.mergeSection as (merged: unknown, a: unknown, b: unknown) => unknown;
    merged[kind.section] = mend(merged[kind.section], left, right);
  }
  return merged as Figures;
}

/** One figure of a report with its dotted path. */
export interface FigureEntry {
  /** Dotted path, e.g. `delegations.outgoing`, `oda.capital.VND`, `extra.borderGateRevenue`. */
  readonly path: string;
  /** The figure (a money total is listed as one amount figure per currency). */
  readonly figure: Figure;
}

function walk(value: unknown, path: string, out: FigureEntry[]): void {
  if (value === undefined || Array.isArray(value)) return;
  if (Figure.isFigure(value)) {
    out.push({ path, figure: value });
    return;
  }
  if (isMoneyTotal(value)) {
    for (const m of value.amounts.list())
      out.push({ path: `${path}.${m.currency}`, figure: Figure.money(m, value.qualifier) });
    return;
  }
  if (isTree(value)) {
    for (const key of Object.keys(value)) walk(value[key], path === "" ? key : `${path}.${key}`, out);
  }
}

/** Every figure of a tree with its dotted path, in the tree's order. */
export function flatten(figures: Figures): FigureEntry[] {
  const out: FigureEntry[] = [];
  walk(figures, "", out);
  return out;
}

import { showValue } from "../_lib/show.js";
import { NgoaivuError, type Words } from "../errors/index.js";
import { type CalendarDate, isCalendarDate, vietnamDateOf } from "../period/index.js";
import type { ProvinceChange, ProvinceKind, ProvinceUnit } from "./_types.js";
import { PROVINCE_CHANGES } from "./data/changes.js";
import { UNITS_BEFORE_2025 } from "./data/provinces.generated.js";
import { checkQueryLength, nameKey } from "./fold.js";

/**
 * A province-level unit over the interval in which it stood unchanged: its
 * General Statistics Office code, names, kind, and the days it was in force.
 * A code alone is ambiguous (since 1 July 2025, 24 is Bắc Ninh, before it was
 * Bắc Giang), so lookups take a date.
 */
export interface Province {
  /** General Statistics Office code, two digits (`"24"`). */
  readonly code: string;
  /** Vietnamese name without the word tỉnh / thành phố (`"Bắc Ninh"`, `"Hồ Chí Minh"`). */
  readonly nameVi: string;
  /** English name: Hanoi, Haiphong, Ho Chi Minh City, Hue, Da Nang, Can Tho; others without diacritics. */
  readonly nameEn: string;
  /** A centrally-run `city` or a `province`. */
  readonly kind: ProvinceKind;
  /** First day in force, or `null` for a unit older than the data (which starts from the 63 units of 2008–2025). */
  readonly validFrom: CalendarDate | null;
  /** Last day in force, or `null` while still in force. */
  readonly validTo: CalendarDate | null;
  /** ISO 3166-2:VN code (`"VN-54"`): ISO lists only the units before 1 July 2025. */
  readonly iso3166?: string;
}

interface Node {
  readonly province: Province;
  readonly from: string;
  to: string;
  successor: Node | undefined;
  readonly predecessors: Node[];
}

const OPEN_START = "";
const OPEN_END = "~";

/** @internal The units over time, indexed by code, ISO code and name. */
export interface Timeline {
  readonly nodes: readonly Node[];
  readonly byCode: ReadonlyMap<string, readonly Node[]>;
  readonly byIso: ReadonlyMap<string, readonly Node[]>;
  readonly byName: ReadonlyMap<string, readonly Node[]>;
}

function dataError(detail: Words): NgoaivuError {
  return new NgoaivuError("INVALID_INPUT", {
    detail: { en: `province data: ${detail.en}`, vi: `dữ liệu tỉnh: ${detail.vi}` },
  });
}

function dayBefore(date: string): string {
  const t = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) - 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

function makeNode(unit: ProvinceUnit, from: string, iso: string | undefined): Node {
  const province: Province = {
    code: unit.code,
    nameVi: unit.nameVi,
    nameEn: unit.nameEn,
    kind: unit.kind,
    validFrom: from === OPEN_START ? null : (from as CalendarDate),
    validTo: null,
    ...(iso === undefined ? {} : { iso3166: iso }),
  };
  return { province, from, to: OPEN_END, successor: undefined, predecessors: [] };
}

function close(node: Node, on: string): void {
  node.to = dayBefore(on);
}

const ALIASES: Readonly<Record<string, readonly string[]>> = {
  "79": ["HCM", "TP.HCM", "TPHCM", "HCMC", "Sài Gòn", "Saigon"],
  "46": ["Huế", "Thừa Thiên Huế"],
};

/**
 * @internal Builds the timeline from a base list and dated changes (applied in
 * date order). Throws `INVALID_INPUT` for inconsistent data, `INVALID_DATE`
 * for a bad date.
 */
export function buildTimeline(base: readonly ProvinceUnit[], changes: readonly ProvinceChange[]): Timeline {
  const nodes: Node[] = [];
  const current = new Map<string, Node>();
  for (const unit of base) {
    if (current.has(unit.code))
      throw dataError({ en: `code ${unit.code} is listed twice`, vi: `mã ${unit.code} được liệt kê hai lần` });
    const node = makeNode(unit, OPEN_START, unit.iso);
    nodes.push(node);
    current.set(unit.code, node);
  }
  const ordered = [...changes].sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
  for (const change of ordered) {
    if (!isCalendarDate(change.on))
      throw new NgoaivuError("INVALID_DATE", { value: showValue(change.on) }, { path: ["on"] });
    const { on } = change;
    if ("merge" in change) {
      const merged = change.merge.map((code) => {
        const node = current.get(code);
        if (node === undefined)
          throw dataError({
            en: `the merger of ${on} names ${code}, which is not in force the day before`,
            vi: `việc sáp nhập ngày ${on} nêu mã ${code}, mã này không có hiệu lực vào ngày trước đó`,
          });
        return node;
      });
      if (merged.length === 0)
        throw dataError({
          en: `the merger of ${on} merges nothing`,
          vi: `việc sáp nhập ngày ${on} không sáp nhập đơn vị nào`,
        });
      const clash = current.get(change.into.code);
      if (clash !== undefined && !merged.includes(clash)) {
        throw dataError({
          en: `the merger of ${on} forms ${change.into.code}, a code still in use`,
          vi: `việc sáp nhập ngày ${on} lập ra ${change.into.code}, mã vẫn đang được dùng`,
        });
      }
      const next = makeNode(change.into, on, change.into.iso);
      for (const node of merged) {
        close(node, on);
        node.successor = next;
        next.predecessors.push(node);
        current.delete(node.province.code);
      }
      nodes.push(next);
      current.set(change.into.code, next);
    } else {
      const node = current.get(change.code);
      if (node === undefined)
        throw dataError({
          en: `the change of ${on} names ${change.code}, which is not in force the day before`,
          vi: `việc thay đổi ngày ${on} nêu mã ${change.code}, mã này không có hiệu lực vào ngày trước đó`,
        });
      const p = node.province;
      const next = makeNode(
        {
          code: p.code,
          nameVi: change.nameVi ?? p.nameVi,
          nameEn: change.nameEn ?? p.nameEn,
          kind: change.kind ?? p.kind,
        },
        on,
        p.iso3166,
      );
      close(node, on);
      node.successor = next;
      next.predecessors.push(node);
      nodes.push(next);
      current.set(p.code, next);
    }
  }
  const byCode = new Map<string, Node[]>();
  const byIso = new Map<string, Node[]>();
  const byName = new Map<string, Node[]>();
  const add = (map: Map<string, Node[]>, key: string, node: Node) => {
    const list = map.get(key);
    if (list === undefined) map.set(key, [node]);
    else if (!list.includes(node)) list.push(node);
  };
  for (const node of nodes) {
    // Freeze the public object, filling in the end now that it is known.
    const province = Object.freeze({
      ...node.province,
      validTo: node.to === OPEN_END ? null : (node.to as CalendarDate),
    });
    (node as { province: Province }).province = province;
    add(byCode, province.code, node);
    if (province.iso3166 !== undefined) add(byIso, province.iso3166, node);
    for (const name of [province.nameVi, province.nameEn, ...(ALIASES[province.code] ?? [])]) {
      add(byName, nameKey(name), node);
    }
  }
  for (const list of [...byCode.values(), ...byIso.values(), ...byName.values()]) {
    list.sort((a, b) => (a.from < b.from ? -1 : 1));
  }
  return { nodes, byCode, byIso, byName };
}

let timeline: Timeline | undefined;

function data(): Timeline {
  timeline ??= buildTimeline(UNITS_BEFORE_2025, PROVINCE_CHANGES);
  return timeline;
}

function dayOf(at: string | Date): string {
  return vietnamDateOf(at);
}

function validAt(nodes: readonly Node[], day: string): Node | undefined {
  return nodes.find((n) => n.from <= day && day <= n.to);
}

function nodeAt(code: string, at: string | Date): Node {
  const nodes = data().byCode.get(code);
  if (nodes === undefined) throw new NgoaivuError("UNKNOWN_PROVINCE", { value: showValue(code) });
  const day = dayOf(at);
  const node = validAt(nodes, day);
  if (node === undefined) throw new NgoaivuError("PROVINCE_NOT_VALID_AT_DATE", { code, date: day });
  return node;
}

/**
 * The province-level unit a General Statistics Office code names on a day.
 *
 * @param code - the two-digit GSO code (`"24"`)
 * @param at - the day: `YYYY-MM-DD`, an ISO instant or a `Date` (placed on the Vietnam calendar)
 * @returns the unit in force that day
 * @throws NgoaivuError `UNKNOWN_PROVINCE` for a code that never named a unit;
 * `PROVINCE_NOT_VALID_AT_DATE` for a code that names no unit that day;
 * `INVALID_DATE` / `INVALID_INSTANT` for a bad day
 *
 * @example
 * ```ts
 * import { province } from "ngoaivu";
 * province("24", "2025-06-30").nameVi; //=> "Bắc Giang"
 * province("24", "2025-07-01").nameVi; //=> "Bắc Ninh"
 * province("46", "2024-12-31").nameVi; //=> "Thừa Thiên Huế"
 * province("46", "2025-01-01").kind; //=> "city"
 * province("35", "2025-07-01"); //=> throws PROVINCE_NOT_VALID_AT_DATE
 * ```
 */
export function province(code: string, at: string | Date): Province {
  return nodeAt(code, at).province;
}

/**
 * Every province-level unit in force on a day, by code.
 *
 * @param at - the day: `YYYY-MM-DD`, an ISO instant or a `Date`
 * @returns the units (63 until 30 June 2025, 34 from 1 July 2025)
 * @throws NgoaivuError `INVALID_DATE` / `INVALID_INSTANT` for a bad day
 *
 * @example
 * ```ts
 * import { provinces } from "ngoaivu";
 * provinces("2025-06-30").length; //=> 63
 * provinces("2025-07-01").length; //=> 34
 * provinces("2025-07-01").filter((p) => p.kind === "city").map((p) => p.nameEn);
 * //=> ["Hanoi", "Haiphong", "Hue", "Da Nang", "Ho Chi Minh City", "Can Tho"]
 * ```
 */
export function provinces(at: string | Date): Province[] {
  const day = dayOf(at);
  return data()
    .nodes.filter((n) => n.from <= day && day <= n.to)
    .map((n) => n.province)
    .sort((a, b) => (a.code < b.code ? -1 : 1));
}

/** Options for {@link successor}. */
export interface SuccessorOptions {
  /**
   * The day to follow the unit to (`YYYY-MM-DD`, an instant or a `Date`);
   * by default, through every recorded change to the unit in force today in the data.
   */
  readonly on?: string | Date;
}

/**
 * The unit that a unit became: the unit `code` named on `at`, followed
 * through later mergers and changes (to the unit in force on `options.on`, or
 * to the latest one). A unit that never changed is its own successor.
 *
 * @param code - the GSO code as it was on `at`
 * @param at - a day on which `code` named the unit
 * @param options - `on`, the day to follow the unit to
 * @returns the successor unit
 * @throws NgoaivuError like {@link province}; `INVALID_ARGUMENT` when `on` is before `at`
 *
 * @example
 * ```ts
 * import { successor } from "ngoaivu";
 * successor("24", "2024-01-01").nameVi; //=> "Bắc Ninh"
 * successor("35", "2024-01-01").code; //=> "37"
 * successor("46", "2024-06-01", { on: "2025-03-01" }).nameVi; //=> "Huế"
 * successor("04", "2024-01-01").nameVi; //=> "Cao Bằng"
 * ```
 */
export function successor(code: string, at: string | Date, options: SuccessorOptions = {}): Province {
  let node = nodeAt(code, at);
  const target = options.on === undefined ? undefined : dayOf(options.on);
  if (target !== undefined && target < dayOf(at)) {
    throw new NgoaivuError("INVALID_ARGUMENT", {
      name: "on",
      detail: { en: `${target} is before ${dayOf(at)}`, vi: `${target} sớm hơn ${dayOf(at)}` },
    });
  }
  while (node.successor !== undefined && (target === undefined || node.to < target)) node = node.successor;
  return node.province;
}

/**
 * The units that a unit was formed from: the units merged into it, or the
 * unit it continues under a new name or kind. Empty for a unit that never
 * changed.
 *
 * @param code - the GSO code of the unit
 * @param at - a day on which `code` named it; by default, the latest unit with that code
 * @returns the predecessors, by code
 * @throws NgoaivuError like {@link province}
 *
 * @example
 * ```ts
 * import { predecessors } from "ngoaivu";
 * predecessors("37").map((p) => p.nameVi); //=> ["Hà Nam", "Nam Định", "Ninh Bình"]
 * predecessors("24").map((p) => p.nameVi); //=> ["Bắc Giang", "Bắc Ninh"]
 * predecessors("46").map((p) => p.nameVi); //=> ["Thừa Thiên Huế"]
 * predecessors("04"); //=> []
 * ```
 */
export function predecessors(code: string, at?: string | Date): Province[] {
  let node: Node;
  if (at === undefined) {
    const nodes = data().byCode.get(code);
    if (nodes === undefined) throw new NgoaivuError("UNKNOWN_PROVINCE", { value: showValue(code) });
    node = nodes[nodes.length - 1] as Node;
  } else {
    node = nodeAt(code, at);
  }
  return node.predecessors.map((n) => n.province).sort((a, b) => (a.code < b.code ? -1 : 1));
}

/**
 * Every unit a GSO code has named, oldest first.
 *
 * @param code - the two-digit GSO code
 * @returns the units, each with the days it was in force
 * @throws NgoaivuError `UNKNOWN_PROVINCE` for a code that never named a unit
 *
 * @example
 * ```ts
 * import { provinceHistory } from "ngoaivu";
 * provinceHistory("24").map((p) => `${p.nameVi} ${p.validFrom ?? "…"}–${p.validTo ?? "…"}`);
 * //=> ["Bắc Giang …–2025-06-30", "Bắc Ninh 2025-07-01–…"]
 * ```
 */
export function provinceHistory(code: string): Province[] {
  const nodes = data().byCode.get(code);
  if (nodes === undefined) throw new NgoaivuError("UNKNOWN_PROVINCE", { value: showValue(code) });
  return nodes.map((n) => n.province);
}

const ISO_PATTERN = /^vn-?([0-9a-z]{2})$/i;

/**
 * Finds a province-level unit by name (Vietnamese or English, with or
 * without diacritics, whatever vowel carries the tone mark, with or without
 * "tỉnh", "thành phố", "TP.", "Province", "City"), by ISO 3166-2 code
 * (`VN-04`, `VN-HN`) or by GSO code (`"04"`).
 *
 * @param query - the name or code, at most {@link MAX_NAME_QUERY_LENGTH} (100) characters
 * @param at - the day the unit must be in force; without it, the latest unit that matches
 * @returns the unit
 * @throws NgoaivuError `TOO_LONG` for a query past 100 characters;
 * `UNKNOWN_PROVINCE` when nothing matches;
 * `PROVINCE_NOT_VALID_AT_DATE` when the unit that matches is not in force on `at`
 *
 * @example
 * ```ts
 * import { findProvince } from "ngoaivu";
 * findProvince("Hoa Binh").code; //=> "17"
 * findProvince("Hoà Bình").code; //=> "17"
 * findProvince("TP. Hồ Chí Minh", "2024-01-01").nameEn; //=> "Ho Chi Minh City"
 * findProvince("VN-04").nameVi; //=> "Cao Bằng"
 * findProvince("Bắc Ninh", "2024-01-01").code; //=> "27"
 * findProvince("Bắc Ninh").code; //=> "24"
 * findProvince("Atlantis"); //=> throws UNKNOWN_PROVINCE
 * findProvince("Hà Nội ".repeat(20)); //=> throws TOO_LONG
 * ```
 */
export function findProvince(query: string, at?: string | Date): Province {
  if (typeof query !== "string") throw new NgoaivuError("UNKNOWN_PROVINCE", { value: showValue(query) });
  checkQueryLength(query);
  const t = data();
  const trimmed = query.trim();
  const iso = ISO_PATTERN.exec(trimmed);
  const nodes = /^\d{2}$/.test(trimmed)
    ? t.byCode.get(trimmed)
    : iso !== null
      ? t.byIso.get(`VN-${(iso[1] ?? "").toUpperCase()}`)
      : t.byName.get(nameKey(trimmed));
  if (nodes === undefined || nodes.length === 0)
    throw new NgoaivuError("UNKNOWN_PROVINCE", { value: showValue(query) });
  if (at === undefined) return (nodes[nodes.length - 1] as Node).province;
  const day = dayOf(at);
  const node = validAt(nodes, day);
  if (node === undefined) {
    throw new NgoaivuError("PROVINCE_NOT_VALID_AT_DATE", { code: (nodes[0] as Node).province.code, date: day });
  }
  return node.province;
}

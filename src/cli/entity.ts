/**
 * Which entity a file holds: given by `--type`, or detected from the first
 * record's fields (or the CSV header), or from the file's name.
 */
import { basename } from "node:path";

/** The entity names the command knows (the library's `ENTITY_SCHEMAS` keys). */
export const ENTITY_NAMES = [
  "member",
  "emulation-cluster",
  "delegation",
  "international-agreement",
  "consular-case",
  "oda-project",
  "ngo-project",
] as const;

/** An entity name. */
export type EntityType = (typeof ENTITY_NAMES)[number];

/** Short names accepted by `--type` and recognised in file names. */
const ALIASES: Readonly<Record<string, EntityType>> = {
  members: "member",
  cluster: "emulation-cluster",
  clusters: "emulation-cluster",
  delegations: "delegation",
  agreement: "international-agreement",
  agreements: "international-agreement",
  "international-agreements": "international-agreement",
  "consular-cases": "consular-case",
  consular: "consular-case",
  oda: "oda-project",
  "oda-projects": "oda-project",
  ngo: "ngo-project",
  "ngo-projects": "ngo-project",
};

/** Reads a `--type` value (a name or one of its short forms). */
export function entityByName(name: string): EntityType | undefined {
  if ((ENTITY_NAMES as readonly string[]).includes(name)) return name as EntityType;
  return Object.hasOwn(ALIASES, name) ? ALIASES[name] : undefined;
}

// The fields that only one entity has, checked in this order.
const SIGNATURES: ReadonlyArray<readonly [EntityType, readonly string[]]> = [
  ["emulation-cluster", ["years"]],
  ["delegation", ["direction"]],
  ["international-agreement", ["foreignParties", "signatory"]],
  ["consular-case", ["opened"]],
  ["oda-project", ["capitalType", "donors", "capital"]],
  ["ngo-project", ["committed", "donor", "aidForm"]],
  ["member", ["names", "province"]],
];

/** Detects the entity from a record's (or a CSV header's) top-level field names. */
export function detectEntity(fields: Iterable<string>): EntityType | undefined {
  const have = new Set<string>();
  for (const field of fields) have.add(field.split(".")[0] as string);
  for (const [entity, keys] of SIGNATURES) if (keys.some((k) => have.has(k))) return entity;
  return undefined;
}

/** Detects the entity from a file name such as `delegations-2024.ndjson`. */
export function entityFromFileName(path: string): EntityType | undefined {
  const stem = basename(path).toLowerCase().split(".")[0] ?? "";
  const words = stem.split(/[^a-z]+/).filter((w) => w !== "");
  for (let n = 3; n >= 1; n--) {
    for (let i = 0; i + n <= words.length; i++) {
      const found = entityByName(words.slice(i, i + n).join("-"));
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

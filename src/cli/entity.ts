/**
 * Which entity a file holds: given by `--type`, or detected from the first
 * record's fields (or the CSV header), or from the file's name.
 */
import { basename } from "node:path";
import { ENTITY_SCHEMAS, type EntityName, RECORD_KIND_DECLARATIONS } from "ngoaivu";

/** The entity names the command knows (the library's `ENTITY_SCHEMAS` keys). */
export const ENTITY_NAMES = Object.keys(ENTITY_SCHEMAS) as readonly EntityName[];

/** An entity name. */
export type EntityType = EntityName;

/** Short names accepted by `--type` and recognised in file names: the record kinds' own, and the member's and cluster's. */
const ALIASES: Readonly<Record<string, EntityType>> = {
  members: "member",
  cluster: "emulation-cluster",
  clusters: "emulation-cluster",
  ...Object.fromEntries(RECORD_KIND_DECLARATIONS.flatMap((k) => k.aliases.map((alias) => [alias, k.name] as const))),
};

/** Reads a `--type` value (a name or one of its short forms). */
export function entityByName(name: string): EntityType | undefined {
  if ((ENTITY_NAMES as readonly string[]).includes(name)) return name as EntityType;
  return Object.hasOwn(ALIASES, name) ? ALIASES[name] : undefined;
}

// The fields that only one entity has, checked in this order: a cluster, the record kinds, a member.
const SIGNATURES: ReadonlyArray<readonly [EntityType, readonly string[]]> = [
  ["emulation-cluster", ["years"]],
  ...RECORD_KIND_DECLARATIONS.map((k) => [k.name, k.signature] as const),
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

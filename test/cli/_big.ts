/**
 * Writes a large NDJSON file of delegations (valid ones, with an invalid one
 * every `invalidEvery` records) without holding it in memory. Shared by the
 * memory test and bench/cli.bench.ts.
 */
import { closeSync, openSync, writeSync } from "node:fs";

const COUNTRIES = ["KR", "JP", "CN", "LA", "TH", "DE", "FR", "US"];
const MEMBERS = ["so-ngoai-vu-ha-noi", "so-ngoai-vu-hai-phong", "vp-ubnd-bac-ninh", "vp-ubnd-ha-nam"];

/** Writes about `megabytes` MB; returns the number of records and of invalid ones. */
export function writeBigNdjson(
  path: string,
  megabytes: number,
  invalidEvery = 50_000,
): { records: number; invalid: number; bytes: number } {
  const target = megabytes * 1_000_000;
  const fd = openSync(path, "w");
  let bytes = 0;
  let records = 0;
  let invalid = 0;
  let buffer = "";
  try {
    while (bytes + buffer.length < target) {
      records++;
      const day = 1 + (records % 28);
      const month = 1 + (records % 6);
      const bad = records % invalidEvery === 0;
      if (bad) invalid++;
      const date = `2024-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
      buffer += `${JSON.stringify({
        id: `big-${records}`,
        member: MEMBERS[records % MEMBERS.length],
        direction: bad ? "sideways" : records % 2 === 0 ? "outgoing" : "incoming",
        start: date,
        end: date,
        countries: [COUNTRIES[records % COUNTRIES.length]],
        ledBy: "department-head",
        headcount: 1 + (records % 20),
        purpose: "Trao đổi hợp tác kinh tế, thương mại và đầu tư giữa hai địa phương",
        cost: { amount: String(100_000_000 + records * 1000), currency: "VND" },
        status: "completed",
      })}\n`;
      if (buffer.length > 1 << 20) {
        bytes += writeSync(fd, buffer);
        buffer = "";
      }
    }
    if (buffer !== "") bytes += writeSync(fd, buffer);
  } finally {
    closeSync(fd);
  }
  return { records, invalid, bytes };
}

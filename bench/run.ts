/**
 * `npm run bench`: runs every `bench/*.bench.ts` in its own process (so one
 * bench's garbage does not slow the next) and fails if any target is missed.
 * `npm run bench -- money` runs only the files whose name contains "money".
 */
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const filter = process.argv[2] ?? "";
const files = readdirSync(here)
  .filter((f) => f.endsWith(".bench.ts") && f.includes(filter))
  .sort();
let failed = 0;
for (const file of files) {
  const result = spawnSync(process.execPath, ["--import", "tsx", "--expose-gc", join(here, file)], {
    stdio: "inherit",
  });
  if (result.status !== 0) failed++;
}
console.log(`\n${files.length - failed} bench files met their targets, ${failed} did not`);
process.exitCode = failed === 0 ? 0 : 1;

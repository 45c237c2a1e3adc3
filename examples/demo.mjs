/**
 * `npm run demo`: the README's first quick-start command, `ngoaivu report`,
 * on the built-in sample (Cluster II, first half of 2024), in Vietnamese and
 * then in English; Cao Bằng's term (its 10 twinned localities from twinning
 * records); and the national sample (267 proposals from the 63 provinces'
 * agencies), through the built command (dist/cli.js) as users run it.
 */
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const cli = join(root, "dist", "cli.js");

for (const args of [
  ["report"],
  ["report", "--lang", "en"],
  ["report", "--sample", "cao-bang", "--compare", "previous"],
  ["report", "--sample", "national"],
]) {
  console.log(`$ ngoaivu ${args.join(" ")}\n`);
  const r = spawnSync(process.execPath, [cli, ...args], { stdio: "inherit" });
  if (r.status !== 0) process.exit(r.status ?? 1);
  console.log();
}

/**
 * Installs the JavaScript runtimes of the runtime matrix into a git-ignored
 * cache folder (`.cache/runtimes/<name>/`), never into the project's
 * `node_modules`. Each runtime comes from the npm registry with its binary
 * inside the package: nothing is downloaded at run time, and install scripts
 * are not run.
 *
 *   node scripts/runtimes/install.mjs          install what is missing, print versions
 *   node scripts/runtimes/install.mjs --force  reinstall everything
 *
 * Imported by `matrix.mjs` (`ensureRuntimes`).
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** The cache folder for runtimes (git-ignored through `.cache/`). */
export const CACHE = join(root, ".cache", "runtimes");

const ARCH = { x64: { node: "x64", bun: "x64", deno: "x64" }, arm64: { node: "arm64", bun: "aarch64", deno: "arm64" } };

function platformNames() {
  const a = ARCH[process.arch];
  if (process.platform !== "linux" || a === undefined) {
    throw new Error(
      `the runtime matrix installs Linux binaries (x64 or arm64); this machine is ${process.platform}-${process.arch}`,
    );
  }
  return a;
}

/**
 * The runtimes installed from npm. `spec` is what npm installs; `bin` is the
 * binary's path inside the install folder.
 */
export function runtimeSpecs() {
  const a = platformNames();
  return [
    { name: "node22", spec: `node-linux-${a.node}@22`, bin: `node_modules/node-linux-${a.node}/bin/node` },
    { name: "node24", spec: `node-linux-${a.node}@24`, bin: `node_modules/node-linux-${a.node}/bin/node` },
    { name: "bun", spec: `@oven/bun-linux-${a.bun}@1`, bin: `node_modules/@oven/bun-linux-${a.bun}/bin/bun` },
    // The `deno` package brings the binary as an optional dependency; its postinstall is not needed.
    { name: "deno", spec: "deno@2", bin: `node_modules/@deno/linux-${a.deno}-glibc/deno` },
  ];
}

function run(cmd, args, options = {}) {
  return new Promise((resolvePromise) => {
    const child = spawn(cmd, args, { stdio: ["ignore", "pipe", "pipe"], ...options });
    let out = "";
    child.stdout.on("data", (d) => {
      out += d;
    });
    child.stderr.on("data", (d) => {
      out += d;
    });
    child.on("error", (error) => resolvePromise({ code: -1, out: `${out}${error.message}` }));
    child.on("close", (code) => resolvePromise({ code, out }));
  });
}

function versionOf(bin) {
  const r = spawnSync(bin, ["--version"], { encoding: "utf8", timeout: 30_000 });
  if (r.status !== 0) return undefined;
  const first = r.stdout.trim().split("\n")[0];
  return /\d+\.\d+\.\d+/.exec(first)?.[0] ?? first;
}

async function installOne(rt, force) {
  const dir = join(CACHE, rt.name);
  const bin = join(dir, rt.bin);
  if (force) rmSync(dir, { recursive: true, force: true });
  let installed = false;
  const started = performance.now();
  if (!existsSync(bin)) {
    rmSync(dir, { recursive: true, force: true });
    const npm = process.platform === "win32" ? "npm.cmd" : "npm";
    const r = await run(npm, [
      "install",
      "--prefix",
      dir,
      "--no-audit",
      "--no-fund",
      "--no-package-lock",
      "--ignore-scripts",
      "--loglevel=error",
      rt.spec,
    ]);
    if (r.code !== 0) throw new Error(`npm install ${rt.spec} into ${dir} failed (exit ${r.code}):\n${r.out}`);
    if (!existsSync(bin)) throw new Error(`npm installed ${rt.spec} but ${bin} is missing`);
    installed = true;
  }
  const version = versionOf(bin);
  if (version === undefined) throw new Error(`${bin} --version failed: the ${rt.name} binary does not run here`);
  return { ...rt, bin, version, installed, ms: performance.now() - started };
}

/**
 * Makes sure every runtime is in the cache (installing the missing ones in
 * parallel) and returns `{ name, bin, version, installed }` for each.
 */
export async function ensureRuntimes({ force = false, log = console.log } = {}) {
  const specs = runtimeSpecs();
  const missing = specs.filter((rt) => force || !existsSync(join(CACHE, rt.name, rt.bin)));
  if (missing.length > 0) log(`installing ${missing.map((rt) => rt.spec).join(", ")} into ${CACHE} …`);
  const settled = await Promise.allSettled(specs.map((rt) => installOne(rt, force)));
  const errors = settled.filter((s) => s.status === "rejected").map((s) => s.reason.message);
  if (errors.length > 0) throw new Error(`could not install runtimes:\n- ${errors.join("\n- ")}`);
  return settled.map((s) => s.value);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    const runtimes = await ensureRuntimes({ force: process.argv.includes("--force") });
    for (const rt of runtimes) {
      const how = rt.installed ? `installed in ${(rt.ms / 1000).toFixed(1)} s` : "cached";
      console.log(`${rt.name.padEnd(7)} ${rt.version.padEnd(28)} ${how}  ${rt.bin}`);
    }
  } catch (error) {
    console.error(`runtimes: ${error.message}`);
    process.exitCode = 1;
  }
}

/**
 * The project's one headless-Chromium harness, shared by the runtime matrix
 * (the browser leg) and the HTML report tests: make sure a Chromium is there,
 * launch it with a fresh profile, load an HTML string or file, evaluate code in
 * the page, take screenshots, collect page errors, close.
 *
 * Chromium is Debian's (`/usr/bin/chromium`, installed with apt when missing),
 * driven by `playwright-core` (no browser download). Override the binary with
 * `CHROMIUM_PATH`.
 *
 * @example
 *   import { loadHtml, withPage } from "../scripts/browser/index.mjs";
 *   const title = await withPage(async (page) => {
 *     await loadHtml(page, { html: "<title>Báo cáo</title>" });
 *     return page.title();
 *   });
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

/** Where Debian's chromium package puts the browser. */
export const DEFAULT_CHROMIUM = "/usr/bin/chromium";

/** The flags every launch uses: headless, no sandbox (we run as root), no background traffic. */
export const CHROMIUM_FLAGS = Object.freeze([
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-sync",
  "--disable-quic",
]);

function runOrThrow(cmd, args, what) {
  const r = spawnSync(cmd, args, {
    encoding: "utf8",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.error) throw new Error(`${what}: could not run ${cmd}: ${r.error.message}`);
  if (r.status !== 0) {
    const tail = `${r.stdout}\n${r.stderr}`.trim().split("\n").slice(-15).join("\n");
    throw new Error(`${what} failed (exit ${r.status}):\n${tail}`);
  }
}

/**
 * Returns the path of a Chromium binary, installing Debian's `chromium` with
 * apt when it is missing (about 40 s, once per machine).
 *
 * @param {{ log?: (line: string) => void }} [options]
 * @returns {string} the executable path
 */
export function ensureChromium({ log = console.log } = {}) {
  const wanted = process.env.CHROMIUM_PATH || DEFAULT_CHROMIUM;
  if (existsSync(wanted)) return wanted;
  if (process.env.CHROMIUM_PATH) throw new Error(`CHROMIUM_PATH=${wanted} does not exist`);
  if (process.platform !== "linux" || !existsSync("/usr/bin/apt-get")) {
    throw new Error(`${DEFAULT_CHROMIUM} is missing and there is no apt-get to install it: set CHROMIUM_PATH`);
  }
  if (typeof process.getuid === "function" && process.getuid() !== 0) {
    throw new Error(`${DEFAULT_CHROMIUM} is missing: install it with "sudo apt-get install -y chromium"`);
  }
  log(`${DEFAULT_CHROMIUM} is missing: installing Debian's chromium with apt (about a minute, once) …`);
  const started = performance.now();
  const wait = ["-o", "DPkg::Lock::Timeout=300"];
  runOrThrow("apt-get", [...wait, "update", "-qq"], "apt-get update");
  runOrThrow("apt-get", [...wait, "install", "-y", "-qq", "chromium"], "apt-get install chromium");
  if (!existsSync(DEFAULT_CHROMIUM)) throw new Error(`apt installed chromium but ${DEFAULT_CHROMIUM} is missing`);
  log(`chromium installed in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  return DEFAULT_CHROMIUM;
}

/**
 * Launches headless Chromium with a fresh, temporary profile.
 *
 * @param {{ log?: (line: string) => void, viewport?: { width: number, height: number },
 *   timezoneId?: string, locale?: string }} [options]
 * @returns {Promise<{ context: import("playwright-core").BrowserContext, version: string,
 *   newPage: () => Promise<import("playwright-core").Page>, close: () => Promise<void> }>}
 */
export async function launch({ log = console.log, viewport = { width: 1280, height: 900 }, timezoneId, locale } = {}) {
  const executablePath = ensureChromium({ log });
  const { chromium } = await import("playwright-core");
  const profile = mkdtempSync(join(tmpdir(), "ngoaivu-chromium-"));
  let context;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless: true,
      args: [...CHROMIUM_FLAGS],
      viewport,
      ...(timezoneId === undefined ? {} : { timezoneId }),
      ...(locale === undefined ? {} : { locale }),
      timeout: 60_000,
    });
  } catch (error) {
    rmSync(profile, { recursive: true, force: true });
    throw new Error(`could not launch ${executablePath}: ${error.message}`);
  }
  const version = context.browser()?.version() ?? (await versionOf(context));
  return {
    context,
    version,
    newPage: () => context.newPage(),
    close: async () => {
      await context.close().catch(() => {});
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

async function versionOf(context) {
  const page = context.pages()[0] ?? (await context.newPage());
  const ua = await page.evaluate(() => navigator.userAgent);
  return /Chrome\/([\d.]+)/.exec(ua)?.[1] ?? ua;
}

/**
 * Launches a browser, opens one page, runs `fn(page)`, and always closes the
 * browser. Errors thrown in the page (`pageerror`) and console errors are
 * collected in `page.errors` (an array of strings) for `fn` to check.
 *
 * @template T
 * @param {(page: import("playwright-core").Page & { errors: string[] }, browser: { version: string }) => Promise<T>} fn
 * @param {{ log?: (line: string) => void, viewport?: { width: number, height: number } }} [options]
 * @returns {Promise<T>}
 */
export async function withPage(fn, options = {}) {
  const browser = await launch(options);
  try {
    const page = await browser.newPage();
    collectErrors(page);
    return await fn(page, { version: browser.version });
  } finally {
    await browser.close();
  }
}

/**
 * Starts collecting the page's uncaught errors and console errors into
 * `page.errors`.
 *
 * @param {import("playwright-core").Page} page
 * @returns {string[]} the (live) list
 */
export function collectErrors(page) {
  if (Array.isArray(page.errors)) return page.errors;
  const errors = [];
  page.errors = errors;
  page.on("pageerror", (error) => errors.push(`uncaught: ${error.stack ?? error.message}`));
  page.on("console", (msg) => {
    if (msg.type() === "error") errors.push(`console.error: ${msg.text()}`);
  });
  return errors;
}

/**
 * Loads HTML into the page: `{ html }` (a string, set as the page's content) or
 * `{ file }` (a path, opened as a file: URL so relative links resolve).
 *
 * @param {import("playwright-core").Page} page
 * @param {{ html: string } | { file: string }} source
 * @param {{ timeout?: number }} [options]
 */
export async function loadHtml(page, source, { timeout = 30_000 } = {}) {
  if ("html" in source) await page.setContent(source.html, { waitUntil: "load", timeout });
  else await page.goto(pathToFileURL(source.file).href, { waitUntil: "load", timeout });
}

/**
 * Evaluates a function in the page and returns its (serializable) result.
 *
 * @template T, A
 * @param {import("playwright-core").Page} page
 * @param {(arg: A) => T | Promise<T>} fn
 * @param {A} [arg]
 * @returns {Promise<T>}
 */
export function evaluate(page, fn, arg) {
  return page.evaluate(fn, arg);
}

/**
 * Takes a screenshot of the page (the whole page by default) and writes it to
 * `path` (PNG).
 *
 * @param {import("playwright-core").Page} page
 * @param {string} path
 * @param {{ fullPage?: boolean }} [options]
 * @returns {Promise<Buffer>}
 */
export function screenshot(page, path, { fullPage = true } = {}) {
  return page.screenshot({ path, fullPage });
}

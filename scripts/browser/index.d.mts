/**
 * Types for the shared headless-Chromium harness (`index.mjs`), so TypeScript
 * tests (e.g. the HTML report tests) can import it.
 */
import type { BrowserContext, Page } from "playwright-core";

/** Where Debian's chromium package puts the browser. */
export declare const DEFAULT_CHROMIUM: string;
/** The flags every launch uses. */
export declare const CHROMIUM_FLAGS: readonly string[];

export interface HarnessOptions {
  /** Where progress lines go (default `console.log`). */
  readonly log?: (line: string) => void;
  /** The page size (default 1280 × 900). */
  readonly viewport?: { readonly width: number; readonly height: number };
  /** The page's time zone, e.g. "Asia/Ho_Chi_Minh" (default: the machine's). */
  readonly timezoneId?: string;
  /** The page's locale, e.g. "vi-VN" (default: the machine's). */
  readonly locale?: string;
}

/** A page whose uncaught errors and console errors are collected in `errors`. */
export type HarnessPage = Page & { errors: string[] };

/** A launched browser with a fresh temporary profile. */
export interface LaunchedBrowser {
  readonly context: BrowserContext;
  /** Chromium's version, e.g. "156.0.8078.79". */
  readonly version: string;
  newPage(): Promise<Page>;
  /** Closes the browser and deletes its profile. */
  close(): Promise<void>;
}

/** Returns the Chromium binary's path, installing Debian's `chromium` with apt when missing. */
export declare function ensureChromium(options?: Pick<HarnessOptions, "log">): string;
/** Launches headless Chromium with a fresh, temporary profile. */
export declare function launch(options?: HarnessOptions): Promise<LaunchedBrowser>;
/** Launches, opens one page (errors collected), runs `fn`, always closes. */
export declare function withPage<T>(
  fn: (page: HarnessPage, browser: { readonly version: string }) => Promise<T>,
  options?: HarnessOptions,
): Promise<T>;
/** Starts collecting the page's uncaught errors and console errors into `page.errors`. */
export declare function collectErrors(page: Page): string[];
/** Loads `{ html }` (content) or `{ file }` (a path, opened as a file: URL). */
export declare function loadHtml(
  page: Page,
  source: { readonly html: string } | { readonly file: string },
  options?: { readonly timeout?: number },
): Promise<void>;
/** Evaluates a function in the page and returns its serializable result. */
export declare function evaluate<T, A>(page: Page, fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
/** Writes a PNG screenshot of the page (whole page by default) to `path`. */
export declare function screenshot(
  page: Page,
  path: string,
  options?: { readonly fullPage?: boolean },
): Promise<Buffer>;

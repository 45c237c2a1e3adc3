/**
 * What every command shares: usage errors (exit 2) and input errors (exit 1),
 * a progress line on stderr for long runs (only when stderr is a terminal),
 * and the one sink every byte the command prints goes through: `say` (text,
 * controls escaped), `sayJson` (JSON, the controls JSON.stringify leaves
 * escaped too) and `sayBytes` (the office formats). Nothing from an input
 * reaches the terminal raw: C0 and C1 controls, DEL and the bidirectional
 * overrides are written as `\x1b`, `\u202e`. Nothing here loads the library:
 * `ngoaivu --help` stays light.
 */
import { parseArgs } from "node:util";
import type { Lang } from "ngoaivu";
import { type CliWords, en } from "./_words.js";

/** A mistake in how the command was called: exit 2, one line on stderr. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

/** An input the command cannot use (a file that is empty, not text, not valid): exit 1, one line on stderr. */
export class InputError extends Error {
  override readonly name = "InputError";
}

/**
 * An error of the library, re-worded in the command's language (its message
 * was written in the library's default language): an `InputError`,
 * `CODE: message`, as the command prints a library error. Anything else as
 * it is.
 */
export function inLanguage(error: unknown, lang: Lang): unknown {
  // By shape, not isNgoaivuError: nothing here loads the library (see above).
  if (!(error instanceof Error) || error.name !== "NgoaivuError") return error;
  const { code, messageIn } = error as Error & { code?: unknown; messageIn?: unknown };
  if (typeof code !== "string" || typeof messageIn !== "function") return error;
  return new InputError(`${code}: ${String(messageIn.call(error, lang))}`);
}

/** C0 and C1 controls, DEL, and the bidirectional embeddings, overrides and isolates. */
function isControl(c: number): boolean {
  return c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

function escaped(c: number): string {
  return c < 0x100 ? `\\x${c.toString(16).padStart(2, "0")}` : `\\u${c.toString(16)}`;
}

/**
 * Escapes what could steer a terminal: every control (see `isControl`), but
 * newlines and tabs when `keepLines` (text made of lines, a report body).
 */
export function escapeControls(text: string, keepLines: boolean): string {
  let out: string[] | undefined;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isControl(c) || (keepLines && (c === 0x0a || c === 0x09))) continue;
    out ??= [];
    out.push(text.slice(from, i), escaped(c));
    from = i + 1;
  }
  if (out === undefined) return text;
  out.push(text.slice(from));
  return out.join("");
}

/** How much of a message (and so of any input it quotes) the command prints. */
export const MESSAGE_CAP = 300;

/** Cuts a text to `max` characters (never inside a surrogate pair), saying how much was left out in the words' language. */
export function cap(text: string, max = MESSAGE_CAP, words: CliWords = en): string {
  if (text.length <= max) return text;
  let end = max;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end)}…${words.moreCharacters(text.length - end)}`;
}

/** A message, a file name or a path as one safe line: capped, every control escaped (newlines too). */
export function oneLine(text: string, max = MESSAGE_CAP, words: CliWords = en): string {
  return escapeControls(cap(text, max, words), false);
}

/** JSON text with the characters JSON.stringify leaves raw (DEL, C1, bidirectional controls) as `\u` escapes: the same JSON value. */
export function escapeJson(text: string): string {
  let out: string[] | undefined;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isControl(c) || c === 0x0a || c === 0x09 || c === 0x0d) continue;
    out ??= [];
    out.push(text.slice(from, i), `\\u${c.toString(16).padStart(4, "0")}`);
    from = i + 1;
  }
  if (out === undefined) return text;
  out.push(text.slice(from));
  return out.join("");
}

function send(stream: NodeJS.WritableStream, data: string | Uint8Array): Promise<void> | undefined {
  if (stream.write(data)) return undefined;
  return new Promise((resolve) => stream.once("drain", () => resolve()));
}

/**
 * Writes text (lines) to a stream, waiting when its buffer is full (so output
 * never piles up in memory). Every control but newline and tab is escaped.
 */
export function say(stream: NodeJS.WritableStream, text: string): Promise<void> | undefined {
  return send(stream, escapeControls(text, true));
}

/** Writes JSON text to a stream (see `escapeJson`), with back-pressure. */
export function sayJson(stream: NodeJS.WritableStream, text: string): Promise<void> | undefined {
  return send(stream, escapeJson(text));
}

/** Writes bytes (a .docx or .xlsx file) as they are. */
export function sayBytes(stream: NodeJS.WritableStream, bytes: Uint8Array): Promise<void> | undefined {
  return send(stream, bytes);
}

/** Writes to a stream with back-pressure: the same as `say`. */
export const write = say;

/** The options of one command, for `node:util` `parseArgs`. */
export type OptionSpec = Record<string, { type: "string" | "boolean"; short?: string; multiple?: boolean }>;

/** Parses a command's arguments, turning `parseArgs` errors into one-line usage errors. */
export function parseCommand<T extends OptionSpec>(
  command: string,
  args: readonly string[],
  options: T,
): { values: Record<string, string | boolean | string[] | undefined>; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({
      args: [...args],
      options: { ...options, help: { type: "boolean", short: "h" } },
      allowPositionals: true,
      strict: true,
    });
    return { values: values as Record<string, string | boolean | string[] | undefined>, positionals };
  } catch (error) {
    const message = error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error);
    const unknown = /^Unknown option '(-{1,2}[^']*)'/.exec(message)?.[1];
    if (unknown !== undefined) {
      const names = [...Object.keys(options), "help"];
      const near = unknown.startsWith("--") ? closest(unknown.slice(2), names) : undefined;
      const hint = near === undefined ? "" : `; did you mean --${near}?`;
      throw new UsageError(`${command}: unknown option ${unknown}${hint} (try ngoaivu ${command} --help)`);
    }
    throw new UsageError(`${command}: ${message} (try ngoaivu ${command} --help)`);
  }
}

/** The edit distance of two words (insertions, deletions, substitutions and swaps of neighbours). */
function distance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row: number[] = [i];
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const above = rows[i - 1] as number[];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((above[j] as number) + 1, (row[j - 1] as number) + 1, (above[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      }
      row.push(d);
    }
    rows.push(row);
  }
  return (rows[a.length] as number[])[b.length] as number;
}

/**
 * The known name closest to a mistyped one: within two edits (one for names
 * of up to four letters), or the only name it begins; `undefined` when none
 * is close.
 */
export function closest(word: string, names: readonly string[]): string | undefined {
  const typed = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const name of names) {
    const d = distance(typed, name);
    if (d < bestDistance) {
      best = name;
      bestDistance = d;
    }
  }
  if (best !== undefined && bestDistance <= (typed.length <= 4 ? 1 : 2)) return best;
  const starts = typed.length >= 3 ? names.filter((n) => n.startsWith(typed)) : [];
  return starts.length === 1 ? starts[0] : undefined;
}

/** A string option that must be one of some values (the usage error in the words' language: English before `--lang` is read). */
export function oneOf<T extends string>(
  name: string,
  value: string | boolean | string[] | undefined,
  allowed: readonly T[],
  fallback: T,
  words: CliWords = en,
): T {
  if (value === undefined) return fallback;
  if (typeof value === "string" && (allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(words.mustBeOneOf(name, allowed.join(", "), JSON.stringify(value)));
}

/** A progress line on stderr, shown only when stderr is a terminal and the run lasts over a second. */
export class Progress {
  readonly #enabled: boolean;
  readonly #started = Date.now();
  #last = 0;
  #shown = false;

  constructor(enabled = process.stderr.isTTY === true) {
    this.#enabled = enabled;
  }

  /** Updates the line (at most four times a second). */
  update(text: () => string): void {
    if (!this.#enabled) return;
    const now = Date.now();
    if (now - this.#started < 1000 || now - this.#last < 250) return;
    this.#last = now;
    this.#shown = true;
    // The only raw control the command writes: its own line reset, before escaped text.
    process.stderr.write(`\r\u001b[K${oneLine(text())}`);
  }

  /** Clears the line. */
  done(): void {
    if (this.#shown) process.stderr.write("\r\u001b[K");
    this.#shown = false;
  }
}

/** `12.3 MB` */
export function megabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

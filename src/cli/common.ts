/**
 * What every command shares: usage errors (exit 2), a progress line on stderr
 * for long runs (only when stderr is a terminal), and writing output with
 * back-pressure. Nothing here loads the library: `ngoaivu --help` stays light.
 */
import { parseArgs } from "node:util";

/** A mistake in how the command was called: exit 2, one line on stderr. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

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
    const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw new UsageError(`${command}: ${message} (try ngoaivu ${command} --help)`);
  }
}

/** A string option that must be one of some values. */
export function oneOf<T extends string>(
  name: string,
  value: string | boolean | string[] | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if (typeof value === "string" && (allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${name} must be one of ${allowed.join(", ")} (received ${JSON.stringify(value)})`);
}

/** Writes to a stream, waiting when its buffer is full (so output never piles up in memory). */
export function write(stream: NodeJS.WritableStream, text: string): Promise<void> | undefined {
  if (stream.write(text)) return undefined;
  return new Promise((resolve) => stream.once("drain", () => resolve()));
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
    process.stderr.write(`\r\u001b[K${text()}`);
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

/**
 * The `ngoaivu` command. It reaches the library only through its public entry
 * (`ngoaivu`, `ngoaivu/samples`), like any other consumer, and loads it only
 * when a command needs it, so `ngoaivu --help` starts quickly.
 *
 * Exit status: 0 success, 1 invalid data or a failed command, 2 usage error.
 * Errors are one line on stderr, never a stack trace.
 */
import { createRequire } from "node:module";
import { closest, MESSAGE_CAP, oneLine, say, UsageError } from "./common.js";

const require = createRequire(import.meta.url);

interface PackageJson {
  readonly version: string;
}

const HELP = `ngoaivu: reports for Vietnam's local foreign-affairs agencies

Usage:
  ngoaivu report [files…] [options]   compile a half-year (year, term) report
  ngoaivu validate <files…> [options] validate JSON, NDJSON or CSV records
  ngoaivu schema [entity]             print the JSON Schema of an entity
  ngoaivu --help                      show this help
  ngoaivu --version                   print the version

Run "ngoaivu <command> --help" for a command's options.
With no files, "ngoaivu report" uses the built-in Cluster II sample (2024-H1).
`;

const COMMANDS = ["report", "validate", "schema", "help"] as const;

async function main(argv: readonly string[]): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || first === "--help" || first === "-h" || first === "help") {
    if (first === "help" && rest[0] !== undefined) return main([rest[0], "--help"]);
    await say(process.stdout, HELP);
    return 0;
  }
  if (first === "--version" || first === "-v") {
    const pkg = require("../package.json") as PackageJson;
    await say(process.stdout, `${pkg.version}\n`);
    return 0;
  }
  switch (first) {
    case "validate":
      return (await import("./validate.js")).runValidate(rest);
    case "schema":
      return (await import("./schema.js")).runSchema(rest);
    case "report":
      return (await import("./report.js")).runReport(rest);
    default: {
      const near = closest(first, COMMANDS);
      const hint = near === undefined ? "" : `; did you mean ${near}?`;
      throw new UsageError(`unknown command ${JSON.stringify(first)}${hint} (try ngoaivu --help)`);
    }
  }
}

function reportRss(): void {
  // For the memory tests and the bench: the peak resident set size, in kB.
  if (process.env.NGOAIVU_REPORT_RSS === "1") {
    say(process.stderr, `ngoaivu: maxRSS ${process.resourceUsage().maxRSS} kB\n`);
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    const text = error.message.split("\n")[0] ?? "";
    if (code === "EPIPE") return "";
    return error.name === "NgoaivuError" && typeof code === "string" ? `${code}: ${text}` : text;
  }
  return String(error);
}

process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  // The reader went away (e.g. `ngoaivu validate big.ndjson | head`): stop quietly.
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
});

main(process.argv.slice(2)).then(
  (status) => {
    reportRss();
    process.exitCode = status;
  },
  (error: unknown) => {
    reportRss();
    const message = describe(error);
    // One line, capped: an error may quote an input (a file name, a value, a parser's message).
    if (message !== "") say(process.stderr, `ngoaivu: ${oneLine(message, 2 * MESSAGE_CAP)}\n`);
    process.exitCode = error instanceof UsageError ? 2 : 1;
  },
);

/**
 * The `ngoaivu` command. It reaches the library only through its public entry
 * (`ngoaivu`), like any other consumer.
 */
import { createRequire } from "node:module";
import { isNgoaivuError } from "ngoaivu";

const require = createRequire(import.meta.url);

interface PackageJson {
  readonly version: string;
}

const HELP = `ngoaivu: reports for Vietnam's local foreign-affairs agencies

Usage:
  ngoaivu --help       show this help
  ngoaivu --version    print the version

Commands (validate, report, schema) arrive with their modules; see CHANGELOG.md.
`;

function main(argv: readonly string[]): number {
  const [first] = argv;
  if (first === undefined || first === "--help" || first === "-h" || first === "help") {
    process.stdout.write(HELP);
    return 0;
  }
  if (first === "--version" || first === "-v") {
    const pkg = require("../package.json") as PackageJson;
    process.stdout.write(`${pkg.version}\n`);
    return 0;
  }
  process.stderr.write(`ngoaivu: unknown command "${first}" (try ngoaivu --help)\n`);
  return 2;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  const message = isNgoaivuError(error) || error instanceof Error ? error.message : String(error);
  process.stderr.write(`ngoaivu: ${message}\n`);
  process.exitCode = 1;
}

// @ts-check
const MODULES = ["money", "figure", "period", "kinds", "rollup", "entities"];
/** `STRYKER_MODULE=money npx stryker run` mutates one module, with its own incremental file and reports. */
const only = process.env.STRYKER_MODULE;
if (only !== undefined && !MODULES.includes(only))
  throw new Error(`STRYKER_MODULE must be one of ${MODULES.join(", ")}`);
const tag = only ?? "all";

/**
 * Mutation testing (StrykerJS 9.6.1, the last release on Node 20):
 * `npm run mutation` runs the six modules one after the other; one module:
 *   STRYKER_MODULE=money npx stryker run
 * Not part of `npm test` (a full run takes well over an hour on two cores).
 * Incremental: results are kept in reports/mutation/incremental-<module>.json and
 * only mutants in changed code (or covered by changed tests) run again.
 * Scores per module: docs/quality.md ("Mutation score").
 *
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: "vitest",
  vitest: { configFile: "vitest.stryker.config.ts", related: false },
  plugins: ["@stryker-mutator/vitest-runner", "@stryker-mutator/typescript-checker"],
  // The type checker triples the run time; opt in with `--checkers typescript`.
  checkers: [],
  tsconfigFile: "tsconfig.json",
  coverageAnalysis: "perTest",
  // A static mutant (in a module-level constant: word tables, patterns) can
  // only be tested by re-running the whole suite; on two cores they take 94% of
  // the run time. They are reported as "Ignored" and left out of the score;
  // `--ignoreStatic false` tests them too.
  ignoreStatic: true,
  incremental: true,
  incrementalFile: `reports/mutation/incremental-${tag}.json`,
  concurrency: 2,
  timeoutMS: 10000,
  timeoutFactor: 2,
  mutate: [
    ...(only ? [only] : MODULES).map((m) => `src/${m}/**/*.ts`),
    // Re-exports only, and generated data.
    "!src/**/index.ts",
    "!src/**/*.generated.ts",
  ],
  ignorePatterns: ["dist", "coverage", "reports", "docs/api", ".cache", ".tmp", "*.tgz", "samples/package.json"],
  reporters: ["progress-append-only", "html", "json", "clear-text"],
  htmlReporter: { fileName: `reports/mutation/${tag}.html` },
  jsonReporter: { fileName: `reports/mutation/${tag}.json` },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  tempDirName: ".stryker-tmp",
  cleanTempDir: "always",
};

/**
 * The unit-test configuration that mutation testing (stryker.config.mjs) runs
 * against each mutant: the ordinary one, without the tests that exercise the
 * BUILT package (the CLI runs dist/cli.js, which Stryker does not mutate), a
 * browser, the reference-data generator, the fuzz properties, or time bounds (a mutant may make code slower without making it
 * wrong), and without coverage or JSON reports.
 */
import { defineConfig, mergeConfig } from "vitest/config";
import base from "./vitest.config.js";

// With STRYKER_MODULE set (one module's run), only that module's own tests
// (the tests written against its mutants among them, in its behaviour files)
// and the fuzz regressions run against
// each mutant: on two shared cores, loading every test file that happens to
// cover a line (the entity and rollup suites cover most of money and period)
// made a run of one module take hours. A mutant only the other modules' tests
// would kill counts as survived: the scores are for the module's own tests.
const only = process.env.STRYKER_MODULE;
// A record kind's declaration is exercised through summarize, merge, the
// report's words in every output and the published JSON Schemas: the kinds'
// run takes the rollup, report and golden-file tests, and the schema
// generator's, too.
const alsoFor: Readonly<Record<string, readonly string[]>> = {
  kinds: [
    "test/rollup/**/*.test.ts",
    "test/report/**/*.test.ts",
    "test/golden/**/*.test.ts",
    "test/entities/gen-schemas.test.ts",
  ],
};
const include =
  only === undefined
    ? ["test/**/*.test.ts"]
    : [`test/${only}/**/*.test.ts`, ...(alsoFor[only] ?? []), "test/fuzz/odd-values.test.ts"];

const config = mergeConfig(
  base,
  defineConfig({
    test: {
      exclude: [
        "**/node_modules/**",
        "test/cli/**",
        "test/runtime/**",
        // Regenerates the reference tables from sources outside the sandbox.
        "test/reference/countries.test.ts",
        "test/report/html.browser.test.ts",
        // The fuzz properties run hundreds of cases per test and cover almost
        // every line, so every mutant would pay for them; the regression tests
        // they led to (odd-values) stay in.
        "test/fuzz/*.fuzz.test.ts",
        // Loads a second copy of the library inside a test: every module-level
        // constant would count as covered by that one test (not as static).
        "test/money/copies.test.ts",
      ],
      // The machine is shared: a property test that takes 2 s alone can take 10 under load.
      testTimeout: 60_000,
      reporters: ["default"],
      outputFile: {},
      coverage: { enabled: false },
    },
  }),
);

// mergeConfig concatenates arrays: replace the base config's include instead.
config.test = { ...config.test, include };
export default config;

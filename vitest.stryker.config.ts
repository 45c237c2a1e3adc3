/**
 * The unit-test configuration that mutation testing (stryker.config.mjs) runs
 * against each mutant: the ordinary one, without the tests that exercise the
 * BUILT package (the CLI runs dist/cli.js, which Stryker does not mutate), a
 * browser, the reference-data generator, or time bounds (a mutant may make code slower without making it
 * wrong), and without coverage or JSON reports.
 */
import { defineConfig, mergeConfig } from "vitest/config";
import base from "./vitest.config.js";

export default mergeConfig(
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
        "test/fuzz/cli.fuzz.test.ts",
        "test/fuzz/linear-time.fuzz.test.ts",
      ],
      reporters: ["default"],
      outputFile: {},
      coverage: { enabled: false },
    },
  }),
);

import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    // Modules that reach the core through its public name (samples, cli) get the source in tests.
    alias: [
      { find: /^ngoaivu$/, replacement: new URL("./src/index.ts", import.meta.url).pathname },
      { find: /^ngoaivu\/samples$/, replacement: new URL("./src/samples/index.ts", import.meta.url).pathname },
      { find: /^ngoaivu\/office$/, replacement: new URL("./src/office/index.ts", import.meta.url).pathname },
    ],
  },
  test: {
    include: ["test/**/*.test.ts"],
    environment: "node",
    // Type tests (test/**/*.test-d.ts, expectTypeOf): `npm run typecheck`
    // compiles them with the rest of test/ (tsconfig.test.json), so a wrong
    // type fails `npm test`; `npx vitest run --typecheck.only
    // --reporter=default` reports them test by test.
    typecheck: { include: ["test/**/*.test-d.ts"], tsconfig: "./tsconfig.test.json" },
    // The console report, and a JSON report that .ci/run counts.
    reporters: ["default", "json"],
    outputFile: { json: "reports/vitest-unit.json" },
    coverage: {
      provider: "v8",
      include: ["src/**/*.ts"],
      exclude: ["src/cli/**", "src/**/index.ts"],
      reporter: ["text-summary", "json-summary"],
      // Thresholds start at what is real and only go up: a global floor just
      // under the measured totals, and ≥ 95% lines / ≥ 90% branches per core module.
      thresholds: {
        lines: 98,
        branches: 94,
        functions: 98,
        statements: 98,
        "src/errors/**": { lines: 95, branches: 90 },
        "src/money/**": { lines: 95, branches: 90 },
        "src/figure/**": { lines: 95, branches: 90 },
        "src/period/**": { lines: 95, branches: 90 },
        "src/reference/**": { lines: 95, branches: 90 },
        "src/entities/**": { lines: 95, branches: 90 },
        "src/rollup/**": { lines: 95, branches: 90 },
        "src/report/**": { lines: 95, branches: 90 },
      },
    },
  },
});

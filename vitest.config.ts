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
    // The console report, and a JSON report that .ci/run counts.
    reporters: ["default", "json"],
    outputFile: { json: "reports/vitest-unit.json" },
    coverage: {
      provider: "v8",
      include: ["src/**/*.ts"],
      exclude: ["src/cli/**", "src/**/index.ts"],
      reporter: ["text-summary", "json-summary"],
      // Thresholds start at what is real and only go up.
      thresholds: {
        lines: 90,
        branches: 85,
        functions: 90,
        statements: 90,
      },
    },
  },
});

import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// The PostgreSQL example's tests: one throwaway server for the run (global
// setup), a database of its own per test file. They import the library as
// "ngoaivu", i.e. the BUILT package (run `npm run build` first).
const here = fileURLToPath(new URL(".", import.meta.url));
const root = fileURLToPath(new URL("../..", import.meta.url));

export default defineConfig({
  root: here,
  resolve: {
    alias: [
      { find: /^ngoaivu$/, replacement: `${root}dist/index.js` },
      { find: /^ngoaivu\/samples$/, replacement: `${root}dist/samples/index.js` },
    ],
  },
  test: {
    include: ["test/**/*.test.ts"],
    environment: "node",
    globalSetup: ["test/global-setup.ts"],
    testTimeout: 90_000,
    hookTimeout: 90_000,
    reporters: ["default", "json"],
    outputFile: { json: `${root}reports/vitest-postgres.json` },
  },
});

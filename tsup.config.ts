import { defineConfig } from "tsup";

export default defineConfig([
  {
    // The library: ESM + CJS, each with its own declaration file.
    entry: { index: "src/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    clean: true,
    treeshake: true,
    splitting: false,
    target: "es2022",
    platform: "neutral",
    outDir: "dist",
  },
  {
    // Built-in datasets (`ngoaivu/samples`): they reach the core through the
    // package's public entry, so both entries share one copy of every class.
    entry: { samples: "src/samples/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    clean: false,
    treeshake: true,
    target: "es2022",
    platform: "neutral",
    outDir: "dist",
    external: ["ngoaivu"],
  },
  {
    // The `ngoaivu` command: ESM only, Node, imports the library through its public entry.
    entry: { cli: "src/cli/index.ts" },
    format: ["esm"],
    dts: false,
    sourcemap: true,
    clean: false,
    target: "node20",
    platform: "node",
    outDir: "dist",
    banner: { js: "#!/usr/bin/env node" },
    external: ["ngoaivu"],
  },
]);

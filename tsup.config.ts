import { defineConfig } from "tsup";

const common = { sourcemap: true, target: "es2022", platform: "neutral", outDir: "dist" } as const;

export default defineConfig([
  {
    // ESM: one output file per source file, so a consumer's bundler keeps only
    // the modules an app imports ("sideEffects": false does the rest).
    ...common,
    entry: ["src/**/*.ts", "!src/cli/**", "!src/office/docx.ts"],
    format: ["esm"],
    bundle: false,
  },
  {
    // The Word writer, ESM, with docx bundled in: installing ngoaivu installs
    // no docx (whose nanoid 6 refuses Node 20 in its engines). A file of its
    // own, so that an app that imports only toXlsx bundles none of it.
    ...common,
    entry: { "office/docx": "src/office/docx.ts" },
    format: ["esm"],
    external: ["ngoaivu", "fflate"],
    noExternal: ["docx"],
  },
  {
    // ESM declarations (.d.ts), bundled per public entry.
    ...common,
    entry: { index: "src/index.ts", "samples/index": "src/samples/index.ts", "office/index": "src/office/index.ts" },
    format: ["esm"],
    dts: { only: true },
    external: ["ngoaivu"],
  },
  {
    // CommonJS: one bundled file per public entry with its .d.cts. The
    // samples entry reaches the core through the package name, so both
    // entries share one copy of every class.
    ...common,
    entry: { index: "src/index.ts", "samples/index": "src/samples/index.ts", "office/index": "src/office/index.ts" },
    format: ["cjs"],
    dts: true,
    external: ["ngoaivu", "fflate"],
    noExternal: ["docx"],
  },
  {
    // The `ngoaivu` command: ESM, Node, through the package's public entry.
    entry: { cli: "src/cli/index.ts" },
    format: ["esm"],
    sourcemap: true,
    target: "node20",
    platform: "node",
    outDir: "dist",
    banner: { js: "#!/usr/bin/env node" },
    external: ["ngoaivu"],
  },
]);

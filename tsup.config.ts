import { defineConfig } from "tsup";

export default defineConfig([
  {
    // The npm package: ESM + CJS + declarations for both entries.
    entry: { index: "src/index.ts", spreadsheet: "src/spreadsheet/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    clean: true,
    treeshake: true,
    target: "node20",
  },
  {
    // The command `npx servicelov satser` (ESM, Node only).
    entry: { cli: "src/cli.ts" },
    format: ["esm"],
    dts: false,
    clean: false,
    treeshake: true,
    target: "node20",
  },
  {
    // Excel custom functions runtime (dist/excel/functions.js), associates every function.
    entry: { functions: "src/spreadsheet/excel.ts" },
    outDir: "dist/excel",
    format: ["iife"],
    platform: "browser",
    target: "es2020",
    minify: true,
    outExtension: () => ({ js: ".js" }),
  },
  {
    // The library as one IIFE for Google Apps Script; scripts/build-sheets.mjs adds the globals.
    entry: { bundle: "src/spreadsheet/apps-script.ts" },
    outDir: "dist/apps-script",
    format: ["iife"],
    globalName: "Servicelov",
    platform: "browser",
    target: "es2020",
    minify: true,
    outExtension: () => ({ js: ".js" }),
  },
  {
    // The whole library as one script for a browser page (global `Servicelov`): examples/web.
    entry: { servicelov: "src/index.ts" },
    outDir: "dist/browser",
    format: ["iife"],
    globalName: "Servicelov",
    platform: "browser",
    target: "es2020",
    minify: true,
    outExtension: () => ({ js: ".js" }),
  },
]);

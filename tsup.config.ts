import { defineConfig, type Options } from "tsup";

/** One minified script that sets the global `Servicelov` (Apps Script, a browser page). */
function globalScript(entry: Record<string, string>, outDir: string): Options {
  return { entry, outDir, format: ["iife"], globalName: "Servicelov", platform: "browser", target: "es2020", minify: true, outExtension: () => ({ js: ".js" }) };
}

export default defineConfig([
  {
    // The npm package: ESM + CJS + declarations for both entries.
    entry: { index: "src/index.ts", spreadsheet: "src/spreadsheet/index.ts" },
    format: ["esm", "cjs"],
    // zod is bundled (only the parts the library uses): importing zod/mini at run time loads all
    // 64 of its locale files (about 55 ms of a 100 ms import). Its types stay a dependency.
    noExternal: ["zod"],
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
  // The library as one IIFE for Google Apps Script; scripts/build-sheets.mjs adds the globals.
  globalScript({ bundle: "src/spreadsheet/apps-script.ts" }, "dist/apps-script"),
  // The whole library as one script for a browser page (global `Servicelov`): examples/web.
  globalScript({ servicelov: "src/index.ts" }, "dist/browser"),
]);

import { defineConfig } from "vitest/config";

// Mutation testing runs the unit tests without coverage, without the tests of built artifacts
// (they test dist/, which Stryker does not rebuild per mutant: the Apps Script file, the Excel
// runtime page, the web page) and with fewer property runs. The spreadsheet doors' own tests
// (plain functions, HyperFormula, conversions, messages) run: the doors are mutated too.
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // doors.test.ts stays in: its expected values come from the (mutated) library, so a mutant in
    // a calculator or a door makes a door disagree; the Apps Script file it also loads is unmutated.
    exclude: ["test/spreadsheet/artifacts.test.ts", "test/spreadsheet/excel-browser.test.ts", "test/web/**"],
    setupFiles: ["test/support/stryker-setup.ts"],
    env: { FC_NUM_RUNS: "25", ROBUSTNESS_KEYS: "20000" },
  },
});

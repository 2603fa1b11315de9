import { defineConfig } from "vitest/config";

// Mutation testing runs the unit tests without coverage, without the built-artifact tests
// (they test dist/, which Stryker does not rebuild per mutant) and with fewer property runs.
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    exclude: ["test/spreadsheet/**"],
    setupFiles: ["test/support/stryker-setup.ts"],
    env: { FC_NUM_RUNS: "25" },
  },
});

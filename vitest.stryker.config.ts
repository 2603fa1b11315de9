import { defineConfig } from "vitest/config";

// Mutation testing runs the unit tests without coverage and without the built-artifact tests
// (they test dist/, which Stryker does not rebuild per mutant).
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    exclude: ["test/spreadsheet/artifacts.test.ts"],
  },
});

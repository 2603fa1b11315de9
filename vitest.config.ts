import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Build dist/ first: the artifact tests read it (see the file).
    globalSetup: ["test/support/global-setup.ts"],
    coverage: {
      enabled: true,
      provider: "v8",
      include: ["src/**/*.ts"],
      // Re-export files hold no logic. The Excel and Apps Script entries are tested on their own
      // (test/spreadsheet/excel-entry.test.ts) and inside their bundles (artifacts, excel-browser).
      exclude: ["src/**/index.ts"],
      reporter: ["text-summary"],
      thresholds: { lines: 95, branches: 95, functions: 95, statements: 95 },
    },
  },
});

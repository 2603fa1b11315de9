import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    coverage: {
      enabled: true,
      provider: "v8",
      include: ["src/**/*.ts"],
      // Re-export files hold no logic; the Excel and Apps Script entries run only inside their
      // bundles and are tested there (test/spreadsheet/artifacts.test.ts loads the built files).
      exclude: ["src/**/index.ts", "src/spreadsheet/excel.ts", "src/spreadsheet/apps-script.ts"],
      reporter: ["text-summary"],
      thresholds: { lines: 95, branches: 95, functions: 95, statements: 95 },
    },
  },
});

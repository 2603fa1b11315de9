import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { withRatesTable } from "../../scripts/rates-table.js";

describe("README", () => {
  it("the rates table is the one rateCoverage() generates (npm run readme:rates)", () => {
    const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
    expect(withRatesTable(readme)).toBe(readme);
  });
  it("names no internal working document", () => {
    const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
    expect(readme).not.toMatch(/seed 00|FACTS\.md/);
  });
});

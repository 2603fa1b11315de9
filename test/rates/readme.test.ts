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

describe("README rule-id table", () => {
  it("is the one RULES generates (npm run readme:rules), and lists every rule id", async () => {
    const { withRulesTable } = await import("../../scripts/rules-table.js");
    const readme = readFileSync("README.md", "utf8");
    expect(withRulesTable(readme)).toBe(readme);
    const { RULES } = await import("../../src/index.js");
    for (const id of Object.keys(RULES)) expect(readme).toContain(`| \`${id}\` |`);
  });
  it("the issue-code table is the one ISSUE_CODES generates (npm run readme:rules)", async () => {
    const { withCodesTable } = await import("../../scripts/rules-table.js");
    const readme = readFileSync("README.md", "utf8");
    expect(withCodesTable(readme)).toBe(readme);
  });
  it("the API list of module functions is the one MODULES generates (npm run readme:rules)", async () => {
    const { withApiList } = await import("../../scripts/rules-table.js");
    const readme = readFileSync("README.md", "utf8");
    expect(withApiList(readme)).toBe(readme);
  });
  it("the service-level tables are the ones the shipped documents generate (npm run readme:rules)", async () => {
    const { withLevelsTable } = await import("../../scripts/rules-table.js");
    const readme = readFileSync("README.md", "utf8");
    expect(withLevelsTable(readme)).toBe(readme);
  });
});

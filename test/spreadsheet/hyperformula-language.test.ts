// The order of registration does not matter: a Danish language registered before or after
// registerHyperFormula knows the functions (vitest gives each test file its own HyperFormula).
import { describe, expect, it } from "vitest";
import * as hf from "hyperformula";
import daDK from "hyperformula/i18n/languages/daDK";
import svSE from "hyperformula/i18n/languages/svSE";
import { registerHyperFormula } from "../../src/spreadsheet/index.js";

const danishSheet = (language: string) =>
  hf.HyperFormula.buildFromArray([[1800, "2024-03-01", "=MERUDGIFT(A1;B1)", "=EXTRACOST(A1;B1)", "=SUM(A1;A1)", '=OPHOLD.DØGN(109;"2024-03-01 14:00";"2024-03-03 13:00")']], {
    licenseKey: "gpl-v3",
    language,
    functionArgSeparator: ";",
    decimalSeparator: ",",
    thousandSeparator: ".",
  });

describe("HyperFormula languages, in either order", () => {
  it("a language registered before registerHyperFormula (svSE) and one registered after (daDK) both know MERUDGIFT", () => {
    hf.HyperFormula.registerLanguage("svSE", svSE);
    registerHyperFormula(hf);
    hf.HyperFormula.registerLanguage("daDK", daDK);
    for (const language of ["daDK", "svSE"]) {
      const s = danishSheet(language);
      expect([0, 1, 2, 3].map((col) => s.getCellValue({ sheet: 0, row: 0, col: col + 2 }))).toEqual([2277, 2277, 3600, 2]);
    }
  });
  it("calling registerHyperFormula again (new rates) keeps the names in every language", () => {
    registerHyperFormula(hf, {});
    expect(danishSheet("daDK").getCellValue({ sheet: 0, row: 0, col: 2 })).toBe(2277);
  });
});

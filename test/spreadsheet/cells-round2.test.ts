// Issue 23.3, 23.5, 23.21: what a cell holds is read as what it is — a date-typed cell is a date,
// never an amount; a serial date-time never rounds into the next day; float noise from a sheet
// sum is read as the øre it stands for.
import { afterAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import * as hf from "hyperformula";
import { appealDeadline, extraCostSubsidy, residentialCarePayment } from "../../src/index.js";
import { BOTILBUD_BETALING, KLAGEFRIST, MERUDGIFT, registerHyperFormula, serialToTime, SheetError } from "../../src/spreadsheet/index.js";
import { sheetMoney } from "../../src/spreadsheet/values.js";
import { runs } from "../support/runs.js";

afterAll(() => registerHyperFormula(hf));
const cell = (s: hf.HyperFormula, col: number, row = 0) => s.getCellValue({ sheet: 0, row, col });

describe("a date-typed cell in HyperFormula is a date (issue 23.3)", () => {
  it("§ 107 (Holbæk 2024 rådighedsbeløb 2.078 kr. as input): a date in the approved-expenses range is refused, not deducted as 45.352 kr.", () => {
    registerHyperFormula(hf);
    const s = hf.HyperFormula.buildFromArray([[20000, 4000, "01/03/2024", "=BOTILBUD.BETALING(20000, 4000, 2900, A1:C1, 2078)", "=BOTILBUD.BETALING(20000, 4000, 2900, A1:B1, 2078)"]], { licenseKey: "gpl-v3" });
    expect(cell(s, 3)).toMatchObject({ type: "VALUE", message: "godkendte_udgifter række 1, kolonne 3: skal være et beløb eller en tekst, ikke en dato" });
    // Without the date cell: 20.000 − 24.000 − 2.078 < 0 … the library's own answer for the same input.
    const lib = residentialCarePayment({ income: 20000, price: { housing: 4000, services: { other: 2900 } }, approvedExpenses: [{ label: "godkendte_udgifter", monthly: 20000 }, { label: "godkendte_udgifter", monthly: 4000 }], disposableAmount: 2078 });
    expect(cell(s, 4)).toBe(Number(lib.payment));
    // The JavaScript door refuses a Date in the same place with the same words.
    expect((BOTILBUD_BETALING(20000, 4000, 2900, [[20000, 4000, new Date(Date.UTC(2024, 1, 29, 23))]], 2078) as SheetError).message).toBe((cell(s, 3) as { message: string }).message);
  });
  it("a date-typed cell given as a date still reads the same day (MERUDGIFT, KLAGEFRIST)", () => {
    registerHyperFormula(hf);
    const s = hf.HyperFormula.buildFromArray([["01/03/2024", "=MERUDGIFT(1800, A1)", "=KLAGEFRIST(A1)", "=MERUDGIFT(A1, \"2024-03-01\")"]], { licenseKey: "gpl-v3" });
    expect(cell(s, 1)).toBe(Number(extraCostSubsidy({ date: "2024-03-01", monthlyCosts: 1800 }).monthlyAmount));
    expect(cell(s, 2)).toBe(appealDeadline({ decisionReceived: "2024-03-01" }).date);
    expect(cell(s, 3)).toMatchObject({ type: "VALUE", message: "udgifter_pr_md skal være et beløb" });
  });
});

describe("an Excel serial date-time never rounds into the next day (issue 23.5)", () => {
  const lastSeconds = 45291 + (23 * 3600 + 59 * 60 + 40) / 86400; // 31-12-2023 23:59:40
  it("MERUDGIFT on 31-12-2023 23:59:40 uses the 2023 level, as the same instant as a date does; KLAGEFRIST counts from 31 December", () => {
    expect(serialToTime(lastSeconds, "dato")).toBe("2023-12-31T23:59");
    expect(MERUDGIFT(1800, lastSeconds)).toBe(Number(extraCostSubsidy({ date: "2023-12-31", monthlyCosts: 1800 }).monthlyAmount));
    expect(KLAGEFRIST(lastSeconds)).toBe(appealDeadline({ decisionReceived: "2023-12-31" }).date);
  });
  it("property: the date part of a serial is its whole days, whatever the time of day (up to float noise of 10⁻⁹ day below the next day)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2_958_464 }), fc.double({ min: 0, max: 1 - 2e-9, noNaN: true }), (day, frac) => {
        expect(serialToTime(day + frac, "x").slice(0, 10)).toBe(serialToTime(day, "x").slice(0, 10));
        expect(serialToTime(day + 1 - 1e-7, "x").slice(0, 10)).toBe(serialToTime(day, "x").slice(0, 10));
      }),
      { numRuns: runs(500) },
    );
  });
});

describe("float noise from a sheet sum is read as whole øre; other decimals are refused (issue 23.21)", () => {
  it("=SUM(1000,1;1000,2) and =0,07*100 are amounts; 12,345 is refused", () => {
    expect(MERUDGIFT(1000.1 + 1000.2, "2024-03-01")).toBe(2277);
    expect(sheetMoney(0.07 * 100)).toBe(7);
    expect(sheetMoney(1000.1 + 1000.2)).toBe(2000.3);
    expect((MERUDGIFT(12.345, "2024-03-01") as SheetError).message).toBe("udgifter_pr_md må højst have 2 decimaler (øre)");
    // The library's own API keeps refusing noisy money.
    expect(() => extraCostSubsidy({ date: "2024-03-01", monthlyCosts: 1000.1 + 1000.2 })).toThrow(/at most 2 decimals/);
    registerHyperFormula(hf);
    const s = hf.HyperFormula.buildFromArray([["=0.07*100", "=BOTILBUD.BETALING(20000, 4000, 2900, A1, 2078)"]], { licenseKey: "gpl-v3" });
    expect(cell(s, 1)).toBe(Number(residentialCarePayment({ income: 20000, price: { housing: 4000, services: { other: 2900 } }, approvedExpenses: [{ label: "godkendte_udgifter", monthly: 7 }], disposableAmount: 2078 }).payment));
  });
  it("property: a whole number of øre plus noise below 10⁻⁶ kr. is that øre; anything further from an øre is left for the library to refuse", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000_000 }), fc.double({ min: -9e-7, max: 9e-7, noNaN: true }), (ore, noise) => {
        expect(sheetMoney(ore / 100 + noise)).toBe(ore / 100);
      }),
      { numRuns: runs(500) },
    );
    expect(sheetMoney(1.004)).toBe(1.004);
    expect(sheetMoney(1.00001)).toBe(1.00001);
  });
});

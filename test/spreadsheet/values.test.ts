import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { serialToTime, MERUDGIFT, OPHOLD_BETALING, OPHOLD_DOEGN, LEDSAGE, BOTILBUD_BETALING, FORKLARING, SheetError } from "../../src/spreadsheet/index.js";
import { extraCostSubsidy, residentialCarePayment, shelterFee } from "../../src/index.js";
import { kroner } from "../support/arb.js";

describe("spreadsheet values", () => {
  it("Excel 1900 date system: serial 1 = 1900-01-01, 59 = 1900-02-28, 61 = 1900-03-01, 45352 = 2024-03-01", () => {
    expect(serialToTime(1, "d")).toBe("1900-01-01T00:00");
    expect(serialToTime(59, "d")).toBe("1900-02-28T00:00");
    expect(serialToTime(61, "d")).toBe("1900-03-01T00:00");
    expect(serialToTime(45352, "d")).toBe("2024-03-01T00:00");
    expect(serialToTime(45352.583333333, "d")).toBe("2024-03-01T14:00");
    // The date part never rounds into the next day (issue 23.5).
    expect(serialToTime(45352.9999999, "d")).toBe("2024-03-01T23:59");
  });
  it("serial 60 is Excel's 29 February 1900, which does not exist: a clear error", () => {
    expect(() => serialToTime(60, "dato")).toThrow(/29. februar 1900/);
    expect(MERUDGIFT(1800, 60)).toBeInstanceOf(SheetError);
  });
  it("months as whole numbers (serials), ISO months and ISO dates all work", () => {
    const byText = LEDSAGE([["2024-04", 20]], "2024-01", "2024-04");
    expect(LEDSAGE([[45383, 20]], 45292, "2024-04-30")).toEqual(byText); // 45383 = 2024-04-01, 45292 = 2024-01-01
    expect((byText as unknown[][])[4]).toEqual(["2024-04", 15, 20, 0, 0, 40]);
  });
  it("errors are values with the InputError's words, using the sheet's parameter names", () => {
    const e = MERUDGIFT(-5, "2024-03-01") as SheetError;
    expect(e).toMatchObject({ code: "#VALUE!", message: "udgifter_pr_md skal være mindst 0 kr." });
    expect((MERUDGIFT(1000, "2026-03-01") as SheetError).code).toBe("#N/A");
    expect((OPHOLD_DOEGN(109, "2024-03-02 14:00", "2024-03-01 14:00") as SheetError).message).toMatch(/^afrejse må ikke ligge før ankomst/);
    expect(FORKLARING("NOPE")).toBeInstanceOf(SheetError);
  });
  it("FORKLARING gives the explanation as a vertical array", () => {
    const lines = FORKLARING("MERUDGIFT", 1800, "2024-03-01") as string[][];
    expect(lines.every((row) => row.length === 1)).toBe(true);
    expect(lines.map((r) => r[0])).toEqual(extraCostSubsidy({ date: "2024-03-01", monthlyCosts: 1800 }).explanation.map((s) => s.text));
  });
  it("property: MERUDGIFT agrees exactly with extraCostSubsidy", () => {
    fc.assert(
      fc.property(kroner(6000), fc.constantFrom("2018-05-01", "2021-01-31", "2024-12-01", "2025-10-01"), fc.boolean(), (costs, date, documented) => {
        const lib = extraCostSubsidy({ date, monthlyCosts: costs, ...(date < "2025-09-01" ? { documented } : {}) });
        expect(MERUDGIFT(costs, date, date < "2025-09-01" ? documented : null)).toBe(Number(lib.monthlyAmount));
      }),
    );
  });
  it("property: OPHOLD.BETALING / OPHOLD.DØGN agree with shelterFee; BOTILBUD.BETALING with residentialCarePayment", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 300 * 1440 }), fc.integer({ min: 0, max: 60 * 1440 }), kroner(30000), kroner(8000), (start, len, income, housing) => {
        const a = new Date(Date.UTC(2023, 0, 1) + start * 60000).toISOString().slice(0, 16);
        const d = new Date(Date.UTC(2023, 0, 1) + (start + len) * 60000).toISOString().slice(0, 16);
        const lib = shelterFee({ section: "110", arrival: a, departure: d });
        expect(OPHOLD_BETALING("110", a, d)).toBe(Number(lib.amount));
        expect(OPHOLD_DOEGN(110, a, d)).toBe(lib.days);
        const r = residentialCarePayment({ income, price: { housing, services: { other: 2500 } }, approvedExpenses: [{ label: "x", monthly: 300 }], disposableAmount: 2078 });
        expect(BOTILBUD_BETALING(income, housing, 2500, [[300]], 2078)).toBe(Number(r.payment));
      }),
    );
  });
});

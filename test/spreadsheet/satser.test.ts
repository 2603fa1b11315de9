// Rates per workbook: a caseworker gives the rows the library lacks once, in a "Satser" range
// (tabel | fra | til | felt | værdi | kilde) or at HyperFormula registration. The figures below
// are test input standing for a municipality's own rows, not published rates.
import { afterAll, describe, expect, it } from "vitest";
import * as hf from "hyperformula";
import { BPA_TILSKUD, FORKLARING, MERUDGIFT, OPHOLD_BETALING, registerHyperFormula, SheetError } from "../../src/spreadsheet/index.js";
import { satserInput } from "../../src/spreadsheet/satser.js";

const HEAD = ["tabel", "fra", "til", "felt", "værdi", "kilde"];
const SHELTER_2030 = [HEAD, ["SHELTER_109_RATES", "2030-01-01", "2030-12-31", "", "105.00", "Testkommune, satsblad 2030 (testinput)"]];

describe("the Satser range", () => {
  it("rows become withRates input; a composite value is one row per field", () => {
    expect(
      satserInput([
        HEAD,
        ["KOMPENSATION_LEVELS", "2026-01-01", "2026-12-31", "group1YearlyThreshold", 7000, "k"],
        ["KOMPENSATION_LEVELS", "2026-01-01", "2026-12-31", "group1Amount", "1150", "k"],
        ["BPA_WAGES", "2026-01-01", "2026-12-31", "supplements.evening", "0.3", "w"],
        [null, null, null, null, null, null],
      ]),
    ).toEqual({
      KOMPENSATION_LEVELS: [{ from: "2026-01-01", until: "2026-12-31", value: { group1YearlyThreshold: 7000, group1Amount: "1150" }, source: "k" }],
      BPA_WAGES: [{ from: "2026-01-01", until: "2026-12-31", value: { supplements: { evening: 0.3 } }, source: "w" }],
    });
    expect(() => satserInput("x")).toThrow(/6 kolonner/);
    expect(() => satserInput([["SHELTER_109_RATES", "2030-01-01"]])).toThrow(/6 kolonner/);
  });
  it("a 2030 shelter stay computes with the range as last argument, and its explanation cites the row's kilde", () => {
    const args = [109, "2030-03-01 12:00", "2030-03-03 12:00", null, null, SHELTER_2030] as const;
    expect(OPHOLD_BETALING(...args)).toBe(210);
    expect((FORKLARING("OPHOLD.BETALING", ...args) as string[][]).flat().join(" ")).toMatch(/Takst for 2030: 105,00 kr/);
  });
  it("§ 100 in 2026 with the workbook's kompensation row; BPA with the workbook's wage basis", () => {
    const komp = [HEAD, ...["group1YearlyThreshold:7000", "group1Amount:1150", "group2YearlyLimit:25000", "group2Amount:520"].map((fv) => ["KOMPENSATION_LEVELS", "2026-01-01", "2026-12-31", fv.split(":")[0], Number(fv.split(":")[1]), "Testkommune (testinput)"])];
    expect(MERUDGIFT(700, "2026-11-15", null, null, komp)).toBe(1150);
    const wages = [HEAD, ...["hourly:150.00", "pensionRate:0.13", "holidayPayRate:0.125"].map((fv) => ["BPA_WAGES", "2026-01-01", "2026-12-31", fv.split(":")[0], fv.split(":")[1], "Testkommune løn (testinput)"])];
    expect(BPA_TILSKUD([["sektion", 96], ["dato", "2026-01-01"], ["arbejdsgiver", "borger"], ["dagtimer", 40]], wages)).toBe(391560); // 40 × 52 × 150 = 312.000 kr. × (1 + 13 % + 12,5 %)
  });
  it("without the row, the cell says in Danish which table and year are missing and how to add it", () => {
    const r = OPHOLD_BETALING(109, "2030-03-01 12:00", "2030-03-03 12:00") as SheetError;
    expect(r.code).toBe("#N/A");
    expect(r.message).toMatch(/^Satsen mangler: SHELTER_109_RATES har ingen sats for 2030\..*Tilføj den i dit satser-område \(kolonnerne tabel \| fra \| til \| felt \| værdi \| kilde\)/);
  });
});

describe("HyperFormula: rates given once at registration or in a Satser range", () => {
  afterAll(() => registerHyperFormula(hf));
  it("a 2030 shelter stay computes with a 2030 rate given at registration, and its explanation cites that row's source", () => {
    registerHyperFormula(hf, { rates: { SHELTER_109_RATES: [{ from: "2030-01-01", until: "2030-12-31", value: "105.00", source: "Testkommune, satsblad 2030 (testinput)" }] } });
    const s = hf.HyperFormula.buildFromArray([['=OPHOLD.BETALING(109, "2030-03-01 12:00", "2030-03-03 12:00")', '=FORKLARING("OPHOLD.BETALING", 109, "2030-03-01 12:00", "2030-03-03 12:00")']], { licenseKey: "gpl-v3" });
    expect(s.getCellValue({ sheet: 0, row: 0, col: 0 })).toBe(210);
    const lines = Array.from({ length: 6 }, (_, i) => s.getCellValue({ sheet: 0, row: i, col: 1 }));
    expect(lines.join(" ")).toMatch(/Takst for 2030: 105,00 kr/);
  });
  it("a Satser range in the workbook works the same", () => {
    registerHyperFormula(hf);
    const s = hf.HyperFormula.buildFromArray([["SHELTER_109_RATES", "2030-01-01", "2030-12-31", null, "105.00", "Testkommune 2030", '=OPHOLD.BETALING(109, "2030-03-01 12:00", "2030-03-03 12:00", , , A1:F1)']], { licenseKey: "gpl-v3" });
    expect(s.getCellValue({ sheet: 0, row: 0, col: 6 })).toBe(210);
  });
});

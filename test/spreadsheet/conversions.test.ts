import { describe, expect, it } from "vitest";
import { BPA_SPECIFIKATION, BPA_TILSKUD, BOTILBUD_BETALING, callSheetFunction, LEDSAGE, MERUDGIFT, OPHOLD_BETALING, OPHOLD_DOEGN, SheetError, bpaInputFromRange } from "../../src/spreadsheet/index.js";
import { sheetAmount, sheetBool, sheetDate, sheetMonth, sheetRows, sheetTime, guard } from "../../src/spreadsheet/values.js";
import { InputError } from "../../src/index.js";

const msg = (r: unknown) => (r as SheetError).message;

describe("spreadsheet argument conversion", () => {
  it("dates, months and times from every kind of cell", () => {
    expect(sheetDate(new Date("2024-03-01T00:00:00+01:00"), "d")).toBe("2024-03-01");
    expect(sheetDate(" 2024-03-01 ", "d")).toBe("2024-03-01");
    expect(() => sheetDate(true, "dato")).toThrow(/dato skal være en dato/);
    expect(sheetMonth(new Date("2024-03-09T00:00:00+01:00"), "m")).toBe("2024-03");
    expect(sheetMonth("2024-03", "m")).toBe("2024-03");
    expect(() => sheetMonth(false, "fra_md")).toThrow(/fra_md skal være en måned/);
    // A Date is passed on as the instant it is (issue 23.4: two instants are measured as instants).
    expect(sheetTime(new Date("2024-03-01T09:30:00+01:00"), "t")).toEqual(new Date("2024-03-01T09:30:00+01:00"));
    expect(() => sheetTime(new Date(Number.NaN), "ankomst")).toThrow("ankomst skal være en gyldig dato (cellen indeholder en ugyldig dato)");
    expect(sheetTime(45352.25, "t")).toBe("2024-03-01T06:00");
    expect(() => sheetTime(null, "ankomst")).toThrow(/ankomst skal være en dato og et klokkeslæt/);
    expect(() => sheetDate(0, "dato")).toThrow(/Excel-serienummer/);
    expect(() => sheetDate(Number.NaN, "dato")).toThrow(/Excel-serienummer/);
  });
  it("booleans and amounts", () => {
    expect([sheetBool(true, "b"), sheetBool(0, "b"), sheetBool(1, "b"), sheetBool("Nej", "b"), sheetBool("SAND", "b"), sheetBool("falsk", "b")]).toEqual([true, false, true, false, true, false]);
    expect(() => sheetBool("måske", "dokumenteret")).toThrow(/dokumenteret skal være SAND eller FALSK/);
    expect(() => sheetBool(2, "b")).toThrow();
    expect(sheetAmount(" 12.50 ", "x")).toBe("12.50");
    expect(() => sheetAmount(true, "indtægt")).toThrow(/indtægt skal være et beløb/);
  });
  it("ranges: empty rows are skipped, too-narrow rows and non-row values refused", () => {
    expect(sheetRows([["a", 1], [null, ""], ["b", 2]], "r", 2)).toHaveLength(2);
    expect(sheetRows("x", "r", 1)).toEqual([["x"]]);
    expect(() => sheetRows([["a"]], "forbrug", 2)).toThrow(/forbrug skal være et område med 2 kolonner/);
    expect(() => sheetRows(["a" as never], "forbrug", 2)).toThrow(/forbrug skal være et område/);
  });
  it("guard: unexpected errors become #VALUE! rather than escaping", () => {
    expect(guard({}, () => {
      throw new Error("boom");
    })).toMatchObject({ code: "#VALUE!", message: "boom" });
    expect(guard({}, () => {
      throw "odd";
    })).toMatchObject({ code: "#VALUE!", message: "odd" });
    expect(guard({ x: "y" }, () => {
      throw new InputError([{ path: "", message: "The input must be an object with named fields.", code: "not-an-object", says: "core.input" }]);
    })).toMatchObject({ message: "Inddata skal være et objekt med navngivne felter." });
  });
});

describe("spreadsheet functions: options and errors", () => {
  it("MERUDGIFT: ordning and dokumenteret", () => {
    expect(MERUDGIFT(3000, "2024-03-01", "ja")).toBe(3000);
    expect(MERUDGIFT(600, "2026-02-01", null, "merudgift")).toBeInstanceOf(SheetError);
    expect(msg(MERUDGIFT(600, "2024-03-01", null, "ny"))).toMatch(/^ordning skal være en af/);
  });
  it("LEDSAGE: dates in the range, order words, bad hours and bad order", () => {
    const t = LEDSAGE([[45383, 20], ["2024-03-15", 1]], "2024-01", "2024-04", "nyeste først") as unknown[][];
    expect(t[3]).toEqual(["2024-03", 15, 1, 0, 0, 44]);
    expect(msg(LEDSAGE([["2024-03", "mange"]], "2024-01", "2024-04"))).toMatch(/timer skal være et tal/);
    expect(msg(LEDSAGE([["2024-03", 1]], "2024-01", "2024-04", "tilfældig"))).toMatch(/rækkefølge skal være/);
    expect(msg(LEDSAGE([["2024-09", 1]], "2024-01", "2024-04"))).toMatch(/^forbrug række 1 ligger i 2024-09, uden for perioden fra_md..til_md/);
  });
  it("BPA: every parameter name is read; bad arbejdsgiver or lønadministration is refused", () => {
    const range = [
      ["sektion", 96], ["dato", "2021-10-01"], ["lønforudsætning", "aarhus-lt11"], ["timeløn", 140], ["dagtimer", 30], ["aftentimer", 5], ["nattetimer", 5],
      ["lørdagstimer", 2], ["søndagstimer", 2], ["helligdagstimer", 1], ["tillæg_helligdag", 0.5], ["rådighedstimer", 3], ["rådighedsandel", 0.7], ["puljetimer", 20],
      ["arbejdsgiver", "borger"], ["lønadministration", "forening"], ["hjælpere", 3], ["serviceniveau", "albertslund-2018"], ["hjælperudgifter", 600],
      ["bistandstillæg", "ja"], ["plejetillæg", false], ["pension", 0.12], ["feriegodtgørelse", 0.125], ["tillæg_aften", 0.3], ["tillæg_nat", 0.4],
      ["tillæg_lørdag", 0.3], ["tillæg_søndag", 0.5], ["administration_pr_time", ""], ["nærtstående_timer", 10], ["uger", 52],
    ];
    const input = bpaInputFromRange(range);
    expect(input).toMatchObject({ section: "96", employer: "citizen", payroll: "association", helpers: 3, wage: { hourly: 140, onCallFraction: 0.7 }, allowances: { attendance: true, care: false } });
    expect(typeof BPA_TILSKUD(range)).toBe("number");
    expect((BPA_SPECIFIKATION(range) as unknown[][]).length).toBe(11);
    expect(msg(BPA_TILSKUD([["sektion", 96], ["arbejdsgiver", "chef"]]))).toMatch(/arbejdsgiver skal være/);
    expect(msg(BPA_TILSKUD([["sektion", 96], ["arbejdsgiver", "borger"], ["lønadministration", "bank"]]))).toMatch(/lønadministration skal være/);
  });
  it("BOTILBUD.BETALING: own home kept, a single expense, a labelled 2-column range", () => {
    expect(BOTILBUD_BETALING(12000, 4000, 2900, 300, 2800, 5500)).toBe(2900);
    expect(BOTILBUD_BETALING(8000, 4000, 2900, [["Telefon", 196], ["Forsikring", 285]], 2078, 0)).toBe(5441);
    expect(BOTILBUD_BETALING(8000, 4000, 2900, null, 2078)).toBe(5922); // 8.000 − 2.078, capped
    expect(msg(BOTILBUD_BETALING(8000, 4000, 2900, ["x" as never], 2078))).toMatch(/godkendte_udgifter skal være et område/);
  });
  it("OPHOLD: counting words and bad words", () => {
    expect(OPHOLD_DOEGN(109, "2024-03-01 22:00", "2024-03-04 08:00", null, "nætter")).toBe(3);
    expect(OPHOLD_BETALING(110, "2024-03-01 22:00", "2024-03-04 08:00", "ja", "kalenderdage")).toBe(403.08);
    expect(msg(OPHOLD_DOEGN(109, "2024-03-01 22:00", "2024-03-04 08:00", null, "uger"))).toMatch(/optælling skal være/);
  });
  it("callSheetFunction by Danish name, English alias or id", () => {
    expect(callSheetFunction("EXTRACOST", [1800, "2024-03-01"])).toBe(2277);
    expect(callSheetFunction("OPHOLD.DØGN", [109, "2024-03-01 14:00", "2024-03-03 13:00"])).toBe(2);
    expect(callSheetFunction("explain", ["OPHOLD.DOEGN", 109, "2024-03-01 14:00", "2024-03-03 13:00"])).toBeInstanceOf(Array);
    expect(callSheetFunction("NOPE", [])).toBeInstanceOf(SheetError);
  });
});

describe("OPHOLD.DØGN counts døgn without a rate", () => {
  it("a 2030 stay (no rate published) still counts: 2 døgn", () => {
    expect(OPHOLD_DOEGN(110, "2030-03-01 14:00", "2030-03-03 13:00")).toBe(2);
    expect(OPHOLD_BETALING(110, "2030-03-01 14:00", "2030-03-03 13:00")).toBeInstanceOf(SheetError);
  });
});

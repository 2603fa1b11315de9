// Exact behaviour of the spreadsheet door's readers and messages (aimed at the survivors of the
// first mutation run over src/spreadsheet): every label, word and message a caseworker sees.
import { describe, expect, it } from "vitest";
import { BPA_SPECIFIKATION, BOTILBUD_BETALING, LEDSAGE, OPHOLD_DOEGN, SAGSFRIST, SHEET_DECLARATIONS, SheetError, serialToTime } from "../../src/spreadsheet/index.js";
import { looksLikeAmount, sheetBool, sheetDate, sheetMonth, sheetRows, sheetTime } from "../../src/spreadsheet/values.js";
import { satserInput } from "../../src/spreadsheet/satser.js";

const msg = (r: unknown) => (r instanceof SheetError ? r.message : `no error: ${JSON.stringify(r)}`);
const BPA = [["sektion", 96], ["dato", "2021-10-01"], ["lønforudsætning", "aarhus-lt11"], ["arbejdsgiver", "borger"], ["dagtimer", 40]];

describe("declarations are complete", () => {
  it("every function and parameter has a description; every name is set", () => {
    for (const d of SHEET_DECLARATIONS) {
      expect(d.description.length, d.name).toBeGreaterThan(20);
      expect(d.name.length).toBeGreaterThan(2);
      for (const p of d.params) {
        expect(p.name.length, `${d.name}.${p.name}`).toBeGreaterThan(2);
        expect(p.description.length, `${d.name}.${p.name}`).toBeGreaterThan(5);
      }
    }
  });
});

describe("BPA.SPECIFIKATION", () => {
  it("spills the eleven components in order, the offset negative", () => {
    const t = BPA_SPECIFIKATION([...BPA, ["plejetillæg", true], ["tillæg_timer", 9]]) as (string | number)[][];
    expect(t.map((r) => r[0])).toEqual(["Grundløn", "Tidstillæg", "Rådighedstimer", "Pension", "Feriegodtgørelse", "Arbejdsgiverudgifter", "Administration", "Hjælperudgifter", "Modregning", "I alt pr. år", "Pr. måned"]);
    expect(t[8]?.[1]).toBeLessThan(0);
    const sum = t.slice(0, 8).reduce((s, r) => s + (r[1] as number), 0) + (t[8]?.[1] as number);
    expect(Math.round(sum * 100) / 100).toBe(t[9]?.[1]);
    expect((BPA_SPECIFIKATION(BPA) as (string | number)[][])[8]).toEqual(["Modregning", 0]);
  });
});

describe("LEDSAGE: rows, dates and order words", () => {
  it("a date in the month column counts in its month; a month text as YYYY-MM", () => {
    const a = LEDSAGE([["2024-02-10", 3]], "2024-01", "2024-03") as (string | number)[][];
    const b = LEDSAGE([["2024-02", 3]], "2024-01", "2024-03") as (string | number)[][];
    expect(a).toEqual(b);
    expect(a[2]).toEqual(["2024-02", 15, 3, 0, 0, 27]);
  });
  it("hours that are not a number name the row (rows counted from 1, empty rows skipped)", () => {
    expect(msg(LEDSAGE([["2024-01", 1], ["2024-02", "mange"]], "2024-01", "2024-03"))).toBe("forbrug række 2: timer skal være et tal");
    expect(msg(LEDSAGE([["2024-01", 1], ["x", 2]], "2024-01", "2024-03"))).toMatch(/^forbrug række 2 skal være en dato/);
  });
  it("order words in Danish and English, any case; another word is refused", () => {
    const newest = LEDSAGE([["2024-03", 20]], "2024-01", "2024-03");
    const oldest = LEDSAGE([["2024-03", 20]], "2024-01", "2024-03", "ÆLDSTE FØRST");
    expect(LEDSAGE([["2024-03", 20]], "2024-01", "2024-03", "oldest-first")).toEqual(oldest);
    expect(LEDSAGE([["2024-03", 20]], "2024-01", "2024-03", " nyeste først ")).toEqual(newest);
    expect(msg(LEDSAGE([["2024-03", 20]], "2024-01", "2024-03", "tilfældig"))).toBe('rækkefølge skal være "nyeste først" eller "ældste først"');
  });
});

describe("BOTILBUD.BETALING: the range of approved expenses", () => {
  it("a label with amounts, amounts alone, and the three refusals by name", () => {
    expect(BOTILBUD_BETALING(8000, 4000, 2900, [["Telefon", 196], ["", "145.00"], [140, ""]], 2078)).toBe(5441);
    expect(msg(BOTILBUD_BETALING(8000, 4000, 2900, [["Telefon", true]], 2078))).toBe("godkendte_udgifter række 1, kolonne 2: skal være et beløb eller en tekst, ikke SAND/FALSK");
    expect(msg(BOTILBUD_BETALING(8000, 4000, 2900, [["Telefon", "Internet"]], 2078))).toBe("godkendte_udgifter række 1, kolonne 2: skal være et beløb eller en tekst, ikke endnu en tekst");
    expect(msg(BOTILBUD_BETALING(8000, 4000, 2900, [[new Date(2024, 0, 1), 100]], 2078))).toBe("godkendte_udgifter række 1, kolonne 1: skal være et beløb eller en tekst, ikke en dato");
    expect(msg(BOTILBUD_BETALING(8000, 4000, 2900, [[1], 2] as never, 2078))).toBe("godkendte_udgifter skal være et område");
  });
  it("a label whose amount cell is empty is refused, not read as 0 (found by the invalid-cell door property: HyperFormula passed a one-cell range)", () => {
    expect(msg(BOTILBUD_BETALING(8000, 4000, 2900, [["Telefon", 196], [" Husleje ", ""]], 2078))).toBe('godkendte_udgifter række 2: teksten "Husleje" har intet beløb i rækken');
    expect(msg(BOTILBUD_BETALING(8000, 4000, 2900, [["abc"]], 2078))).toBe('godkendte_udgifter række 1: teksten "abc" har intet beløb i rækken');
    expect(BOTILBUD_BETALING(8000, 4000, 2900, [["", ""], ["Telefon", 196]], 2078)).toBe(5726);
  });
  it("a single amount is one expense; the own home's cost only when given", () => {
    expect(BOTILBUD_BETALING(8000, 4000, 2900, 481, 2078)).toBe(5441);
    expect(BOTILBUD_BETALING(12000, 4000, 2500, null, 2800, 5000)).toBe(2500);
  });
});

describe("OPHOLD.* counting words and SAGSFRIST", () => {
  it("counting words in Danish and English; another is refused", () => {
    const args = [110, "2024-05-01 12:00", "2024-05-03 10:00"] as const;
    expect(OPHOLD_DOEGN(...args)).toBe(2);
    expect(OPHOLD_DOEGN(...args, null, "kalenderdage")).toBe(3);
    expect(OPHOLD_DOEGN(...args, null, "NÆTTER")).toBe(2);
    expect(OPHOLD_DOEGN(...args, null, "calendar-days")).toBe(3);
    expect(msg(OPHOLD_DOEGN(...args, null, "uger"))).toBe('optælling skal være "påbegyndte døgn", "kalenderdage" eller "nætter"');
  });
  it("SAGSFRIST takes § in the paragraph, a preset in any case, or weeks", () => {
    expect(SAGSFRIST("§ 100", "2024-03-01", "ALBERTSLUND-2018")).toBe("2024-04-26");
    expect(SAGSFRIST(100, "2024-03-01", null, 2)).toBe("2024-03-15");
  });
});

describe("readers", () => {
  it("serial dates: bounds, the 1900 leap-year bug, minutes rounding to the next day", () => {
    expect(serialToTime(1, "d")).toBe("1900-01-01T00:00");
    expect(serialToTime(59, "d")).toBe("1900-02-28T00:00");
    expect(serialToTime(61, "d")).toBe("1900-03-01T00:00");
    expect(() => serialToTime(60, "d")).toThrow(/29. februar 1900/);
    expect(serialToTime(2_958_465, "d")).toBe("9999-12-31T00:00");
    expect(() => serialToTime(2_958_466, "d")).toThrow(/fra 1 til 2958465/);
    expect(() => serialToTime(0.5, "d")).toThrow(/fra 1 til 2958465/);
    // The date part never rounds into the next day (issue 23.5); only noise under 10⁻⁹ day does.
    expect(serialToTime(45351.9999999, "d")).toBe("2024-02-29T23:59");
    expect(serialToTime(45352 - 1e-10, "d")).toBe("2024-03-01T00:00");
  });
  it("months, times, booleans", () => {
    expect(sheetMonth(" 2024-03-15 ", "m")).toBe("2024-03");
    expect(sheetMonth("2024-03-15 10:00", "m")).toBe("2024-03-15 10:00");
    expect(sheetMonth("x2024-03-15", "m")).toBe("x2024-03-15");
    expect(sheetMonth(45352, "m")).toBe("2024-03");
    expect(() => sheetMonth(true, "m")).toThrow(/m skal være en måned/);
    expect(sheetTime(" 2024-03-01 14:00 ", "t")).toBe("2024-03-01T14:00");
    expect(() => sheetTime(true, "t")).toThrow(/t skal være en dato og et klokkeslæt/);
    expect(sheetBool(" JA ", "b")).toBe(true);
    expect(sheetBool("Falsk", "b")).toBe(false);
    expect(sheetBool(0, "b")).toBe(false);
    expect(() => sheetBool(2, "b")).toThrow(/b skal være SAND eller FALSK/);
    expect(sheetDate(45352, "d")).toBe("2024-03-01");
  });
  it("amount-shaped texts", () => {
    for (const t of ["145", " 145.00 ", "-1", "+2", "1.234,50"]) expect(looksLikeAmount(t), t).toBe(true);
    for (const t of ["x145", "145x", "kr 145", "", " ", "-", "Telefon 2"]) expect(looksLikeAmount(t), t).toBe(false);
  });
  it("ranges: wholly empty rows are skipped, a partly empty row is kept, a short row is refused", () => {
    expect(sheetRows([["a", 1], ["", null], ["b", ""]], "r", 2)).toEqual([["a", 1], ["b", ""]]);
    expect(() => sheetRows([["a"]], "r", 2)).toThrow(/r skal være et område med 2 kolonner/);
    expect(() => sheetRows([1] as never, "r", 2)).toThrow(/r skal være et område$/);
    expect(sheetRows(5, "r", 1)).toEqual([[5]]);
  });
});

describe("Satser range", () => {
  const HEAD = ["tabel", "fra", "til", "felt", "værdi", "kilde"];
  it("a header row is skipped (any case), empty rows too; rows with the same table and period are one row with fields", () => {
    const r = satserInput([[" Tabel ", "fra", "til", "felt", "værdi", "kilde"], ["", "", "", "", "", ""], ["BPA_WAGES", "2026-01-01", "2026-12-31", "hourly", "150.00", " Testkommune "], ["BPA_WAGES", "2026-01-01", "2026-12-31", "supplements.evening", "0.3", "Testkommune"], ["BPA_WAGES", "2026-01-01", "2026-12-31", "pensionRate", " ", "Testkommune"]]);
    expect(r).toEqual({ BPA_WAGES: [{ from: "2026-01-01", until: "2026-12-31", value: { hourly: "150.00", supplements: { evening: 0.3 }, pensionRate: "" }, source: "Testkommune" }] });
  });
  it("an open-ended row has no until; a single amount has no field", () => {
    expect(satserInput([HEAD, ["SHELTER_109_RATES", "2030-01-01", "", "", 105, "Kilde"]])).toEqual({ SHELTER_109_RATES: [{ from: "2030-01-01", value: 105, source: "Kilde" }] });
  });
  it("refusals name the row", () => {
    expect(() => satserInput([HEAD, ["X", "2030-01-01"]])).toThrow("satser række 2 skal have 6 kolonner: tabel, fra, til, felt, værdi, kilde");
    expect(() => satserInput([HEAD, [1, "2030-01-01", "", "", 1, "k"]])).toThrow("satser række 2: tabel skal være navnet på en satstabel, fx SHELTER_109_RATES");
    expect(() => satserInput([HEAD, ["SHELTER_109_RATES", true, "", "", 1, "k"]])).toThrow(/^satser række 2 fra skal være en dato/);
    expect(() => satserInput([HEAD, ["SHELTER_109_RATES", "2030-01-01", false, "", 1, "k"]])).toThrow(/^satser række 2 til skal være en dato/);
    expect(() => satserInput([HEAD, ["X", "2030-01-01", "", "", 1, "k"]])).toThrow(/^satser række 2: «X» er ikke en satstabel; tabellerne er MERUDGIFT_LEVELS, /);
    // Date texts pass as written; withRates checks them and names the row.
    expect(satserInput([HEAD, ["SHELTER_109_RATES", 47484, "2030-13-01", "", 1, "k"]]).SHELTER_109_RATES?.[0]).toMatchObject({ from: "2030-01-01", until: "2030-13-01" });
    expect(() => satserInput("x")).toThrow("satser skal være et område med 6 kolonner: tabel, fra, til, felt, værdi, kilde");
  });
});

describe("argument readers inside the functions (aimed at the mutation run's survivors)", () => {
  it("LEDSAGE: a month text is trimmed; a bad date is named by its row", () => {
    expect(LEDSAGE([[" 2024-03 ", 20]], "2024-01", "2024-03")).toEqual(LEDSAGE([["2024-03", 20]], "2024-01", "2024-03"));
    expect(msg(LEDSAGE([["2024-03", 20], ["marts", 5]], "2024-01", "2024-03"))).toMatch(/^forbrug række 2 skal være en dato/);
    expect(msg(LEDSAGE([["2024-03", "tyve"]], "2024-01", "2024-03"))).toMatch(/^forbrug række 1: /);
  });
  it("OPHOLD.DØGN: the counting word is trimmed and case-free", () => {
    expect(OPHOLD_DOEGN(110, "2024-03-01 14:00", "2024-03-03 13:00", null, "  NÆTTER ")).toBe(OPHOLD_DOEGN(110, "2024-03-01 14:00", "2024-03-03 13:00", null, "nætter"));
    expect(OPHOLD_DOEGN(110, "2024-03-01 14:00", "2024-03-03 13:00", null, "nætter")).toBe(2);
  });
  it("SAGSFRIST: weeks left empty take the preset's published deadline", () => {
    expect(SAGSFRIST(100, "2024-03-01", "albertslund-2018", null)).toBe("2024-04-26");
    expect(SAGSFRIST(100, "2024-03-01", "albertslund-2018")).toBe("2024-04-26");
    expect(msg(SAGSFRIST(100, "2024-03-01", "holbaek-2024"))).toBe("uger skal udfyldes: holbaek-2024 offentliggør ingen sagsbehandlingsfrist for § 100 i sit dokument; angiv fristen i uger");
    expect(msg(SAGSFRIST(100, "2024-03-01"))).toMatch(/^uger skal udfyldes/);
  });
});

import { beforeEach, describe, expect, it } from "vitest";
import * as hf from "hyperformula";
import { HF_EXPLANATION_ROWS, HF_LEDGER_FALLBACK_ROWS, registerHyperFormula } from "../../src/spreadsheet/index.js";
import { fit } from "../../src/spreadsheet/hyperformula.js";
import { bpaGrant, escortLedger, extraCostSubsidy, residentialCarePayment, shelterFee } from "../../src/index.js";

const cell = (s: hf.HyperFormula, a1: string) => s.getCellValue(s.simpleCellAddressFromString(a1, 0) as hf.SimpleCellAddress);
const build = (rows: unknown[][]) => hf.HyperFormula.buildFromArray(rows as hf.RawCellContent[][], { licenseKey: "gpl-v3" });

// Registered before each test, so the plugin is built inside the test (mutation testing attributes
// the plugin's code to the tests that use it).
beforeEach(() => registerHyperFormula(hf));

describe("HyperFormula: real formulas in a real engine agree with the library", () => {
  it("MERUDGIFT(A1;B1) with a DATE cell, a text date, documented and the English alias EXTRACOST", () => {
    const s = build([[1800, "=DATE(2024,3,1)", "=MERUDGIFT(A1, B1)", "=MERUDGIFT(3000, \"2024-03-01\", TRUE())", "=EXTRACOST(A1, B1)", "=MERUDGIFT(700, \"2025-10-01\")"]]);
    expect(cell(s, "C1")).toBe(Number(extraCostSubsidy({ date: "2024-03-01", monthlyCosts: 1800 }).monthlyAmount));
    expect(cell(s, "D1")).toBe(3000);
    expect(cell(s, "E1")).toBe(2277);
    expect(cell(s, "F1")).toBe(1105);
  });
  it("bad input gives an error cell with the message; a year not found gives #N/A", () => {
    const s = build([[-5, "2024-03-01", "=MERUDGIFT(A1, B1)", "=MERUDGIFT(1000, \"2026-03-01\")", "=MERUDGIFT(1000, \"2024-02-30\")"]]);
    expect(cell(s, "C1")).toMatchObject({ type: "VALUE", message: "udgifter_pr_md skal være mindst 0 kr." });
    expect(cell(s, "D1")).toMatchObject({ type: "NA" });
    expect(cell(s, "E1")).toMatchObject({ type: "VALUE", message: expect.stringMatching(/^dato skal være en gyldig dato/) });
  });
  it("LEDSAGE spills the ledger from a range of months and hours, months given in cells", () => {
    const s = build([
      ["2024-01", "2024-04", "=LEDSAGE(A2:B4, A1, B1, \"ældste først\")"],
      ["2024-02", 3],
      ["2024-04", 20],
      [null, null],
    ]);
    const lib = escortLedger({ from: "2024-01", to: "2024-04", usage: [{ month: "2024-02", hours: 3 }, { month: "2024-04", hours: 20 }], policy: { order: "oldest-first" } });
    const values = s.getSheetValues(0);
    expect(values[0]?.slice(2)).toEqual(["måned", "bevilget", "brugt", "bortfaldet", "overforbrug", "til rådighed"]);
    lib.months.forEach((m, i) => expect(values[i + 1]?.slice(2, 8)).toEqual([m.month, m.granted, m.used, m.lapsed, m.overuse, m.availableAtEnd]));
  });
  it("BPA.TILSKUD and BPA.SPECIFIKATION read a name/value range", () => {
    const s = build([
      ["sektion", 96, "=BPA.TILSKUD(A1:B8)", "=BPA.SPECIFIKATION(A1:B8)"],
      ["dato", "2021-10-01"],
      ["lønforudsætning", "aarhus-lt11"],
      ["arbejdsgiver", "forening"],
      ["serviceniveau", "albertslund-2018"],
      ["dagtimer", 40],
      ["aftentimer", 10],
      ["plejetillæg", true],
    ]);
    const lib = bpaGrant({ section: "96", date: "2021-10-01", preset: "aarhus-lt11", employer: "association", servicePreset: "albertslund-2018", weeklyHours: { day: 40, evening: 10 }, allowances: { care: true } });
    expect(cell(s, "C1")).toBe(Number(lib.yearly.total));
    expect(cell(s, "D1")).toBe("Grundløn");
    expect(cell(s, "E1")).toBe(Number(lib.yearly.wages));
    expect(cell(s, "D9")).toBe("Modregning");
    expect(cell(s, "E9")).toBe(-Number(lib.yearly.offset));
    expect(cell(s, "E11")).toBe(Number(lib.monthly));
  });
  it("BPA.TILSKUD refuses an unknown parameter name", () => {
    const s = build([["sektoin", 96, "=BPA.TILSKUD(A1:B1)"]]);
    expect(cell(s, "C1")).toMatchObject({ type: "VALUE", message: expect.stringMatching(/ukendt navn "sektoin"/) });
  });
  it("BOTILBUD.BETALING with a range of approved expenses (Holbæk 2024)", () => {
    const s = build([[8000, 4000, 2900, 196, 2078, "=BOTILBUD.BETALING(A1, B1, C1, D1:D3, E1)"], [null, null, null, 145], [null, null, null, 140]]);
    const lib = residentialCarePayment({ income: 8000, price: { housing: 4000, services: { other: 2900 } }, approvedExpenses: [{ label: "a", monthly: 196 }, { label: "b", monthly: 145 }, { label: "c", monthly: 140 }], disposableAmount: 2078 });
    expect(cell(s, "F1")).toBe(Number(lib.payment));
    expect(cell(s, "F1")).toBe(5441);
  });
  it("OPHOLD.BETALING and OPHOLD.DØGN with date-time cells (seed 004: 194,60 kr. for 2 started døgn)", () => {
    const s = build([[109, "=DATE(2024,3,1)+TIME(14,0,0)", "=DATE(2024,3,3)+TIME(13,0,0)", "=OPHOLD.BETALING(A1, B1, C1)", "=OPHOLD.DØGN(A1, B1, C1)", "=OPHOLD.DØGN(A1, B1, C1, TRUE(), \"kalenderdage\")", "=SHELTER.FEE(A1, B1, C1, FALSE())"]]);
    expect(cell(s, "D1")).toBe(194.6);
    expect(cell(s, "E1")).toBe(shelterFee({ section: "109", arrival: "2024-03-01T14:00", departure: "2024-03-03T13:00" }).days);
    expect(cell(s, "F1")).toBe(3);
    expect(cell(s, "G1")).toBe(0);
  });
  it("FORKLARING spills the explanation lines (padded to a fixed height in HyperFormula)", () => {
    const s = build([[1800, "2024-03-01", "=FORKLARING(\"MERUDGIFT\", A1, B1)"]]);
    const lines = extraCostSubsidy({ date: "2024-03-01", monthlyCosts: 1800 }).explanation.map((x) => x.text);
    lines.forEach((text, i) => expect(cell(s, `C${i + 1}`)).toBe(text));
    expect(cell(s, `C${lines.length + 1}`)).toBe("");
  });
});

describe("HyperFormula: the date functions", () => {
  it("=SAGSFRIST, =KLAGEFRIST, =FOLKEPENSIONSALDER, =FOLKEPENSIONSDATO, =ARBEJDSDAGE.LÆG.TIL", () => {
    const s = build([['=SAGSFRIST(100, "2024-03-01", "albertslund-2018")', '=KLAGEFRIST("2024-03-01")', '=FOLKEPENSIONSALDER("1954-03-10")', '=FOLKEPENSIONSDATO("1954-03-10")', '=ARBEJDSDAGE.LÆG.TIL("2024-03-27", 1)']]);
    expect(["A1", "B1", "C1", "D1", "E1"].map((a) => cell(s, a))).toEqual(["2024-04-26", "2024-04-02", 65.5, "2019-09-10", "2024-04-02"]);
  });
});

describe("HyperFormula: a table cut to its fixed size says so in its last row", () => {
  it("FORKLARING of a five-year § 97 ledger (61 lines) shows 39 lines and then “… 22 linjer mere”", () => {
    const s = build([["2020-02", 3, '=FORKLARING("LEDSAGE", A1:B1, "2020-01", "2024-12")']]);
    const all = escortLedger({ from: "2020-01", to: "2024-12", usage: [{ month: "2020-02", hours: 3 }] }).explanation.map((x) => x.text);
    expect(all.length).toBe(61);
    for (let i = 0; i < HF_EXPLANATION_ROWS - 1; i++) expect(cell(s, `C${i + 1}`)).toBe(all[i]);
    expect(cell(s, `C${HF_EXPLANATION_ROWS}`)).toBe(`… ${all.length - HF_EXPLANATION_ROWS + 1} linjer mere`);
  });
  it("LEDSAGE whose months are computed (size unknown before) spills 121 rows; 181 rows are cut with “… 61 linjer mere”", () => {
    const s = build([["2010-02", 3, '=LEDSAGE(A1:B1, "20"&"10-01", "2024-12")']]);
    expect(cell(s, "C2")).toBe("2010-01");
    expect(cell(s, `C${HF_LEDGER_FALLBACK_ROWS - 1}`)).toBe("2019-11");
    expect(cell(s, `C${HF_LEDGER_FALLBACK_ROWS}`)).toBe("… 61 linjer mere");
    expect(cell(s, `D${HF_LEDGER_FALLBACK_ROWS}`)).toBe("");
  });
  it("a short result is padded with empty cells, never with a “mere” line", () => {
    const s = build([["2024-02", 3, '=LEDSAGE(A1:B1, "20"&"24-01", "2024-03")']]);
    expect(cell(s, "C5")).toBe("");
    expect(cell(s, `C${HF_LEDGER_FALLBACK_ROWS}`)).toBe("");
  });
});

describe("HyperFormula: LEDSAGE sizes itself exactly from its months (a cell just below the table stays free)", () => {
  it("months as text literals or serial-number literals", () => {
    for (const [from, to] of [['"2024-01"', '"2024-03"'], ["45292", "45352"]] as const) {
      const s = build([["2024-02", 3, `=LEDSAGE(A1:B1, ${from}, ${to})`], [], [], [], [null, null, "under tabellen"]]);
      expect(cell(s, "C1"), `${from}..${to}`).toBe("måned");
      expect(cell(s, "C4"), `${from}..${to}`).toBe("2024-03");
      expect(cell(s, "C5")).toBe("under tabellen");
    }
  });
  it("months in cells spill the fixed 121 rows (a cell's value can change after HyperFormula has fixed the size)", () => {
    for (const months of [["2024-01", "2024-03"], [45292, 45352]]) {
      const s = build([[...months, "2024-02", 3, "=LEDSAGE(C1:D1, A1, B1)"]]);
      expect(cell(s, "E1")).toBe("måned");
      expect(cell(s, "E4")).toBe("2024-03");
      expect(cell(s, "E5")).toBe("");
      expect(cell(s, `E${HF_LEDGER_FALLBACK_ROWS}`)).toBe("");
    }
  });
  it("issue 23.8: a month cell changed to a longer period, or cells spanning more than 120 months, never throw out of the edit; a long ledger is cut with its marker", () => {
    const s = build([["2024-01", "2024-03", "2024-02", 3, "=LEDSAGE(C1:D1, A1, B1)"]]);
    expect(() => s.setCellContents({ sheet: 0, row: 0, col: 0 }, "2010-01")).not.toThrow();
    expect(cell(s, "E2")).toBe("2010-01");
    expect(cell(s, `E${HF_LEDGER_FALLBACK_ROWS}`)).toMatch(/^… \d+ linjer mere$/);
    expect(() => s.setCellContents({ sheet: 0, row: 0, col: 0 }, "2024-02")).not.toThrow();
    expect(cell(s, "E2")).toBe("2024-02");
    expect(cell(s, "E4")).toBe("");
    const wide = build([["2010-01", "2024-12", "2024-02", 3, "=LEDSAGE(C1:D1, A1, B1)"]]);
    expect(cell(wide, `E${HF_LEDGER_FALLBACK_ROWS}`)).toBe("… 61 linjer mere");
  });
  it("a month that cannot be read gives the error in the first cell", () => {
    const s = build([["2024-02", 3, '=LEDSAGE(A1:B1, "januar", "2024-03")']]);
    expect(cell(s, "C1")).toMatchObject({ type: "VALUE" });
  });
});

describe("HyperFormula: the fixed size and the registration (aimed at the mutation run's survivors)", () => {
  it("fit pads short rows and tables with empty cells and cuts a long table with a marker row of the table's width", () => {
    expect(fit([["a"], ["b", 2]], 3, 3)).toEqual([["a", "", ""], ["b", 2, ""], ["", "", ""]]);
    expect(fit([["a"], ["b"], ["c"]], 2, 2)).toEqual([["a", ""], ["… 2 linjer mere", ""]]);
    expect(fit([["a"], ["b"], ["c"], ["d"]], 3, 1)).toEqual([["a"], ["b"], ["… 2 linjer mere"]]);
    expect(fit([["a", "b", "c"]], 1, 3)).toEqual([["a", "b", "c"]]);
  });
  it("registering twice wraps registerLanguage once", () => {
    const once = hf.HyperFormula.registerLanguage;
    registerHyperFormula(hf);
    expect(hf.HyperFormula.registerLanguage).toBe(once);
  });
  it("a date computed in the formula (DATE(…), a date-typed number) is read as a date", () => {
    const s = build([[1800, "=MERUDGIFT(A1, DATE(2024, 3, 1))", "=FOLKEPENSIONSALDER(DATE(1954, 3, 10))"]]);
    expect([cell(s, "B1"), cell(s, "C1")]).toEqual([2277, 65.5]);
  });
  it("LEDSAGE months as plain literals: the size is exact (header + one row a month), also for three years", () => {
    const s = build([['=LEDSAGE({"2024-03",20}, "2024-01", "2024-03")'], [], [], [], ["under"]]);
    expect([cell(s, "A4"), cell(s, "A5")]).toEqual(["2024-03", "under"]);
    const long = build([['=LEDSAGE({"2024-03",20}, "2022-01", "2024-12")']]);
    const values = long.getSheetValues(0);
    expect(values.length).toBe(37);
    expect(values[36]?.[0]).toBe("2024-12");
  });
});

describe("HyperFormula: calls that are wrong in shape", () => {
  it("LEDSAGE with too few arguments is an error cell; the workbook keeps working", () => {
    const s = build([["=LEDSAGE()", "=1+1"], ['=LEDSAGE({"2024-03",20})']]);
    expect(cell(s, "A1")).toBeInstanceOf(hf.DetailedCellError);
    expect(cell(s, "A2")).toBeInstanceOf(hf.DetailedCellError);
    expect(cell(s, "B1")).toBe(2);
  });
  it("a range where LEDSAGE asks for one month is an error cell, not one ledger per cell", () => {
    const s = build([['=LEDSAGE({"2024-03",20}, C1:C2, "2024-03")', null, "2024-01"], [null, null, "2024-02"]]);
    expect(cell(s, "A1")).toBeInstanceOf(hf.DetailedCellError);
  });
  it("FORKLARING takes any number of arguments after the function's name", () => {
    const s = build([['=FORKLARING("MERUDGIFT", 1800, "2024-03-01", FALSE(), "merudgift")']]);
    expect(String(cell(s, "A1"))).toMatch(/^Merudgiftsydelse|^[A-ZÆØÅ]/);
  });
});

// The one way every door runs a function: what is an argument, what is refused, and how.
import { describe, expect, it } from "vitest";
import { callSheetFunction, MERUDGIFT, SheetError } from "../../src/spreadsheet/index.js";
import { notSheetValues } from "../../src/spreadsheet/invoke.js";

describe("notSheetValues: only spreadsheet values pass", () => {
  it("scalars, dates, error values and ranges (2-D) pass", () => {
    expect(notSheetValues([1, "x", true, null, undefined, new Date(0), new SheetError("#N/A", "x"), [[1, "a"], [true, null]]])).toBeUndefined();
  });
  it("a 3-deep array, a plain object or a function is refused, naming the argument's position", () => {
    expect(notSheetValues([1, [[[1]]]])).toMatchObject({ code: "#VALUE!", message: "argument 2 er ikke en regnearksværdi (tal, tekst, SAND/FALSK, dato eller område)" });
    expect(notSheetValues([{ a: 1 }])?.message).toMatch(/^argument 1 er ikke/);
    expect(notSheetValues(["a", "b", () => 1])?.message).toMatch(/^argument 3 er ikke/);
    expect(notSheetValues([[1, [2, [3]]]])?.message).toMatch(/^argument 1 er ikke/);
    expect(notSheetValues([[[{}]]])?.message).toMatch(/^argument 1 er ikke/);
  });
  it("an argument that throws when read gives a clear error, never an exception", () => {
    const hostile = new Proxy([], { get() { throw new Error("boom"); } });
    expect(notSheetValues([hostile])).toMatchObject({ code: "#VALUE!", message: "et argument kunne ikke læses" });
  });
});

describe("invoke through the plain functions", () => {
  it("omitted trailing arguments are not arguments; one too many is refused with the parameter list", () => {
    expect(MERUDGIFT(1800, "2024-03-01", undefined, undefined)).toBe(2277);
    expect(MERUDGIFT(1800, "2024-03-01", undefined, undefined, undefined, undefined, undefined)).toBe(2277);
    const r = MERUDGIFT(1800, "2024-03-01", false, "merudgift", null, 1) as SheetError;
    expect(r.message).toBe("MERUDGIFT tager højst 5 argumenter (udgifter_pr_md; dato; dokumenteret; ordning; satser); 6 er angivet");
  });
  it("an omitted argument in the middle stays (and is read as empty)", () => {
    expect(MERUDGIFT(1800, "2024-03-01", undefined, "merudgift")).toBe(2277);
  });
  it("an error value among the arguments is passed on unchanged", () => {
    const e = new SheetError("#DIV/0!", "fra en anden celle");
    expect(MERUDGIFT(e, "2024-03-01")).toBe(e);
  });
});

describe("callSheetFunction (the Excel and Apps Script adapters' entry)", () => {
  it("finds a function by Danish name, English alias or id; FORKLARING and EXPLAIN explain", () => {
    expect(callSheetFunction("MERUDGIFT", [1800, "2024-03-01"])).toBe(2277);
    expect(callSheetFunction("extracost", [1800, "2024-03-01"])).toBe(2277);
    expect(callSheetFunction("OPHOLD.DOEGN", [109, "2024-03-01 14:00", "2024-03-03 13:00"])).toBe(2);
    expect((callSheetFunction("explain", ["MERUDGIFT", 1800, "2024-03-01"]) as string[][])[0]?.[0]).toMatch(/^Merudgiftsydelse/);
    expect((callSheetFunction("FORKLARING", ["MERUDGIFT", 1800, "2024-03-01"]) as string[][]).length).toBe(4);
  });
  it("refuses a name that is not a text, arguments that are not a list, and an unknown function — in Danish", () => {
    expect(callSheetFunction(1 as never, [])).toMatchObject({ code: "#VALUE!", message: 'funktionens navn skal være en tekst, fx "MERUDGIFT"' });
    expect(callSheetFunction("MERUDGIFT", "x" as never)).toMatchObject({ code: "#VALUE!", message: "argumenterne skal være en liste" });
    const r = callSheetFunction("MERUDGIFTX", []) as SheetError;
    expect(r.message).toMatch(/^ukendt funktion MERUDGIFTX; funktion skal være en af: MERUDGIFT, LEDSAGE, BPA\.TILSKUD/);
  });
});

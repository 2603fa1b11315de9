// The two door entry files on their own, without the bundles: the Excel entry (src/spreadsheet/excel.ts,
// bundled into dist/excel/functions.js) against a stand-in for Excel's CustomFunctions runtime, and
// the Apps Script entry (src/spreadsheet/apps-script.ts, the `Servicelov` global). The bundles
// themselves are tested in a real browser (excel-browser.test.ts) and in a VM (artifacts.test.ts).
import { beforeAll, describe, expect, it } from "vitest";
import { callSheetFunction, SHEET_DECLARATIONS, SheetError } from "../../src/spreadsheet/index.js";
import { call } from "../../src/spreadsheet/apps-script.js";

class ExcelError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message);
  }
}
const associated = new Map<string, (...args: unknown[]) => unknown>();

beforeAll(async () => {
  (globalThis as { CustomFunctions?: unknown }).CustomFunctions = {
    associate: (id: string, fn: (...args: unknown[]) => unknown) => associated.set(id, fn),
    Error: ExcelError,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" },
  };
  await import("../../src/spreadsheet/excel.js");
});

const excel = (id: string, ...args: unknown[]) => (associated.get(id) as (...a: unknown[]) => unknown)(...args);
const thrown = (f: () => unknown): ExcelError => {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(ExcelError);
    return e as ExcelError;
  }
  throw new Error("expected an Excel error");
};

describe("Excel entry: every function associated, arguments as Excel passes them", () => {
  it("associates every declared id once", () => {
    expect([...associated.keys()].sort()).toEqual(SHEET_DECLARATIONS.map((d) => d.id).sort());
  });
  it("the trailing invocation context is not an argument; omitted optionals arrive as null (MERUDGIFT, merudgiftsydelse 2024)", () => {
    const expected = callSheetFunction("MERUDGIFT", [1800, "2024-03-01"]);
    expect(excel("MERUDGIFT", 1800, "2024-03-01", null, null, null, { address: "A1" })).toBe(expected);
    expect(excel("MERUDGIFT", 1800, "2024-03-01", null, null, null)).toBe(expected);
  });
  it("a Date, a range or an empty cell last is an argument, not the context", () => {
    // A sixth argument is one too many: kept, it is refused, so it was not taken for the context.
    expect(thrown(() => excel("MERUDGIFT", 1800, "2024-03-01", null, null, null, new Date(2024, 2, 1))).code).toBe("#VALUE!");
    expect(thrown(() => excel("MERUDGIFT", 1800, "2024-03-01", null, null, null, [[1]])).code).toBe("#VALUE!");
    expect(thrown(() => excel("MERUDGIFT", 1800, "2024-03-01", null, null, null, null)).message).toMatch(/^MERUDGIFT tager højst 5 argumenter/);
  });
  it("only FORKLARING unwraps its second argument: another function's range there is passed as it is (BPA.TILSKUD, Aarhus 2021-10 løntrin 11)", () => {
    const params = [["sektion", 96], ["dato", "2021-10-01"], ["lønforudsætning", "aarhus-lt11"], ["arbejdsgiver", "borger"], ["dagtimer", 40]];
    const satser = [["tabel", "fra", "til", "felt", "værdi", "kilde"], ["", "", "", "", "", ""]];
    const expected = callSheetFunction("BPA.TILSKUD", [params, satser]);
    expect(typeof expected).toBe("number");
    expect(excel("BPA.TILSKUD", params, satser, {})).toBe(expected);
  });
  it("an error cell is thrown as Excel's error: #N/A as notAvailable, the rest as invalidValue, with the Danish message", () => {
    const missing = callSheetFunction("MERUDGIFT", [1800, "2090-03-01"]) as SheetError;
    const na = thrown(() => excel("MERUDGIFT", 1800, "2090-03-01", null, null, null, {}));
    expect([na.code, na.message]).toEqual(["#N/A", missing.message]);
    const bad = thrown(() => excel("MERUDGIFT", -1, "2024-03-01", {}));
    expect([bad.code, bad.message]).toEqual(["#VALUE!", "udgifter_pr_md skal være mindst 0 kr."]);
  });
  it("FORKLARING: the repeated arguments arrive as one list of matrices; a 1×1 matrix is the cell's value unless the parameter is a range", () => {
    const expected = callSheetFunction("FORKLARING", ["MERUDGIFT", 1800, "2024-03-01"]);
    expect(expected).not.toBeInstanceOf(SheetError);
    expect(excel("FORKLARING", "MERUDGIFT", [[[1800]], [["2024-03-01"]]], {})).toEqual(expected);
    // BOTILBUD.BETALING's godkendte_udgifter is a range: a one-cell range stays a range.
    const care = callSheetFunction("FORKLARING", ["BOTILBUD.BETALING", 8000, 4000, 2900, [[300]], 2078]);
    expect(care).not.toBeInstanceOf(SheetError);
    expect(excel("FORKLARING", "BOTILBUD.BETALING", [[[8000]], [[4000]], [[2900]], [[300]], [[2078]]], {})).toEqual(care);
    // A one-cell range with a label only: kept as a range, it is refused as a label without an amount.
    expect(thrown(() => excel("FORKLARING", "BOTILBUD.BETALING", [[[8000]], [[4000]], [[2900]], [["Medicin"]], [[2078]]], {})).message).toBe('godkendte_udgifter række 1: teksten "Medicin" har intet beløb i rækken');
    // Two rows or two columns are not one cell: kept, and refused where one value is asked.
    expect(thrown(() => excel("FORKLARING", "MERUDGIFT", [[[1800], [1]], [["2024-03-01"]]], {})).code).toBe("#VALUE!");
    // A larger matrix and a plain value pass as they are; an unknown name unwraps nothing.
    expect(excel("FORKLARING", "MERUDGIFT", [1800, [["2024-03-01"]]], {})).toEqual(expected);
    expect(thrown(() => excel("FORKLARING", "MERUDGIFT", [[[1800, 1]], "2024-03-01"], {})).code).toBe("#VALUE!");
    expect(thrown(() => excel("FORKLARING", "UKENDT", [[[1]]], {})).message).toMatch(/^funktion skal være en af: MERUDGIFT/);
  });
});

describe("Apps Script entry: Servicelov.call", () => {
  it("returns the value, or throws the error code and the Danish message", () => {
    expect(call("MERUDGIFT", [1800, "2024-03-01"])).toBe(callSheetFunction("MERUDGIFT", [1800, "2024-03-01"]));
    expect(() => call("MERUDGIFT", [-1, "2024-03-01"])).toThrow(new Error("#VALUE! udgifter_pr_md skal være mindst 0 kr."));
  });
});

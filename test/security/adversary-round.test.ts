// Issue 23, found by an independent adversarial run after the first fixes: each case below
// failed before its fix.
import { afterAll, describe, expect, it } from "vitest";
import * as hf from "hyperformula";
import { renderTemplate, shelterFee, translateExplanation, InputError } from "../../src/index.js";
import { BOTILBUD_BETALING, callSheetFunction, FORKLARING, LEDSAGE, MERUDGIFT, OPHOLD_BETALING, OPHOLD_DOEGN, registerHyperFormula, SheetError } from "../../src/spreadsheet/index.js";
import { issuesOf } from "../support/issues.js";

afterAll(() => registerHyperFormula(hf));
const sparse = () => {
  const a: unknown[] = [];
  a.length = 2 ** 32 - 1;
  return a;
};

describe("huge ranges and argument lists are refused from their lengths, before a cell is read", () => {
  it("a sparse range of 2³²−1 rows through every kind of door answers at once", () => {
    for (const r of [LEDSAGE(sparse() as never, "2024-01", "2024-04"), BOTILBUD_BETALING(8000, 4000, 2900, sparse() as never, 2078), MERUDGIFT(5000, "2024-03-01", null, null, sparse() as never), callSheetFunction("MERUDGIFT", sparse() as never), FORKLARING("MERUDGIFT", [sparse()] as never)]) {
      expect(r).toBeInstanceOf(SheetError);
      expect((r as SheetError).message).toMatch(/højst/);
    }
  });
  it("FORKLARING with 200.000 arguments is an error value, not a stack overflow", () => {
    expect(callSheetFunction("FORKLARING", new Array(200_000).fill(1))).toBeInstanceOf(SheetError);
  });
  it("translateExplanation of a list of 2³²−1 steps is one too-large issue", () => {
    expect(issuesOf(() => translateExplanation(sparse() as never, "da"))[0]).toMatchObject({ code: "too-large" });
  });
});

describe("dates in the sheet doors", () => {
  it("two Date instants across the autumn clock change are one døgn at the 2024 rate (SEL § 109), as in the library", () => {
    const a = new Date("2024-10-27T00:45:00Z");
    const b = new Date("2024-10-27T01:45:00Z");
    expect(OPHOLD_DOEGN(109, a, b)).toBe(shelterFee({ section: "109", arrival: a, departure: b }).days);
    expect(OPHOLD_DOEGN(109, a, b)).toBe(1);
    expect(OPHOLD_BETALING(109, a, b)).toBe(97.3);
  });
  it("an invalid Date gives a Danish message, never 'Invalid time value'", () => {
    const r = MERUDGIFT(5000, new Date(Number.NaN)) as SheetError;
    expect(r.message).toBe("dato skal være en gyldig dato (cellen indeholder en ugyldig dato)");
  });
  it("HyperFormula: a time-of-day cell is neither an amount nor a date", () => {
    registerHyperFormula(hf);
    const s = hf.HyperFormula.buildFromArray([["12:00", "2024-03-01", "=MERUDGIFT(A1,B1)"]], { licenseKey: "gpl-v3" });
    expect(s.getCellValue({ sheet: 0, row: 0, col: 2 })).toMatchObject({ type: "VALUE" });
  });
});

describe("Satser values and rows", () => {
  const HEAD = ["tabel", "fra", "til", "felt", "værdi", "kilde"];
  it('"0x64" and "1e2" are not read as 100 kr.', () => {
    for (const v of ["0x64", "1e2", "0x96"]) {
      expect(OPHOLD_BETALING(109, "2030-03-01 12:00", "2030-03-03 12:00", null, null, [HEAD, ["SHELTER_109_RATES", "2030-01-01", "2030-12-31", "", v, "k"]]), v).toBeInstanceOf(SheetError);
    }
  });
  it("a row that is not a row is refused, not skipped", () => {
    expect((OPHOLD_BETALING(109, "2030-03-01 12:00", "2030-03-03 12:00", null, null, ["SHELTER_109_RATES"] as never) as SheetError).message).toMatch(/^satser række 1 skal være en række med 6 celler/);
  });
  it("two kilder for one rate are refused, not one silently dropped", () => {
    const r = MERUDGIFT(700, "2026-03-01", null, null, [HEAD, ["KOMPENSATION_LEVELS", "2026-01-01", "2026-12-31", "group1YearlyThreshold", 7000, "Kilde A"], ["KOMPENSATION_LEVELS", "2026-01-01", "2026-12-31", "group1Amount", 1150, "Kilde B"]]) as SheetError;
    expect(r.message).toMatch(/^satser række 3: kilde «Kilde B» er en anden end række 2s «Kilde A»/);
  });
  it("a 100.000-character label in an amount range is echoed cut", () => {
    const r = BOTILBUD_BETALING(8000, 4000, 2900, [["y".repeat(100_000)]], 2078) as SheetError;
    expect(r.message.length).toBeLessThan(200);
  });
});

describe("renderTemplate writes nothing wrong", () => {
  it("an inherited name is never a word (hourKind, counting)", () => {
    expect(renderTemplate("{a:hourKind}", { a: "constructor" }, "da")).toBe("constructor");
    expect(renderTemplate("{a:counting}", { a: "__proto__" }, "da")).toBe("__proto__");
  });
  it("extreme numbers, negative hours and impossible dates are refused", () => {
    for (const [t, v] of [["{a:int}", 1e21], ["{a:num}", 1e300], ["{a:hours}", -0.5], ["{a:hours}", 1e300], ["{a:hours}", "9".repeat(30)], ["{a:age}", -5.5], ["{a:date}", "2024-02-30"], ["{a:date}", "2023-02-29"]] as const) {
      expect(() => renderTemplate(t, { a: v }, "da"), `${t} ${String(v)}`).toThrow(InputError);
    }
    expect(renderTemplate("{a:date}", { a: "2024-02-29" }, "da")).toBe("29. februar 2024");
  });
  it("a 9.000-character closing tag is echoed cut", () => {
    const m = issuesOf(() => renderTemplate(`[[/${"k".repeat(9000)}]]`, {}, "da"))[0]?.message ?? "";
    expect(m.length).toBeLessThan(300);
  });
});

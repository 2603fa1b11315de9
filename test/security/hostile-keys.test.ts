// Issue 23.1, 23.2, 23.19: no text a caller or a cell gives becomes a property name on a shared
// object. Every door that turns caller text into a key — a Satser range's tabel and felt, a BPA
// parameter name, a function name (callSheetFunction, FORKLARING), a template placeholder, a
// withRates table name — is tried with the names that reach Object.prototype, and Object.prototype
// must be unchanged afterwards; a later § 100 call still pays the band amount.
import { afterAll, afterEach, describe, expect, it } from "vitest";
import * as hf from "hyperformula";
import { extraCostSubsidy, renderTemplate, withRates, InputError } from "../../src/index.js";
import { BPA_TILSKUD, callSheetFunction, FORKLARING, MERUDGIFT, OPHOLD_BETALING, registerHyperFormula, SheetError } from "../../src/spreadsheet/index.js";

export const HOSTILE = ["__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "__proto__.documented", "constructor.prototype.x", "hasOwnProperty.x", "prototype.documented", "valueOf", "__defineGetter__"];
const PROTO_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();

/** Object.prototype has exactly its own built-in properties, none added or replaced. */
function expectPrototypeClean(): void {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTO_KEYS);
  expect(({} as Record<string, unknown>).documented).toBeUndefined();
  expect(({} as Record<string, unknown>).x).toBeUndefined();
}

afterEach(() => expectPrototypeClean());
afterAll(() => registerHyperFormula(hf));

const HEAD = ["tabel", "fra", "til", "felt", "værdi", "kilde"];

describe("Satser range: tabel and felt cells", () => {
  it("Excel/JS door (Albertslund 2018 § 100 band 2): a felt that walks the prototype is refused, and a later § 100 call still pays 2.277 kr., not the actual costs", () => {
    for (const felt of HOSTILE) {
      const range = [HEAD, ["MERUDGIFT_LEVELS", "2030-01-01", "2030-12-31", felt, "true", "Testkommune (testinput)"]];
      const r = MERUDGIFT(1800, "2030-03-01", null, null, range);
      expect(r, felt).toBeInstanceOf(SheetError);
      expect((r as SheetError).message, felt).toMatch(/^satser række 2: felt «.*» er ikke et felt i MERUDGIFT_LEVELS; felterne er yearlyThreshold, band1To, band1Amount, band2To, band2Amount$/);
      expectPrototypeClean();
    }
    // SEL § 100 (2024-niveau): 5.000 kr. of undocumented costs pay the band-2 standard amount.
    expect(extraCostSubsidy({ date: "2024-03-01", monthlyCosts: 5000 }).monthlyAmount).toBe("2277.00");
  });
  it("a felt on a table of single amounts is refused; a felt on a composite table must be one of its fields", () => {
    const r = OPHOLD_BETALING(109, "2030-03-01 12:00", "2030-03-03 12:00", null, null, [HEAD, ["SHELTER_109_RATES", "2030-01-01", "2030-12-31", "__proto__", "105.00", "k"]]) as SheetError;
    expect(r.message).toBe("satser række 2: SHELTER_109_RATES har ét beløb pr. periode, så felt skal være tomt (ikke «__proto__»)");
  });
  it("a tabel that names a prototype property is not a table (never 'push is not a function')", () => {
    for (const table of HOSTILE) {
      const r = OPHOLD_BETALING(109, "2030-03-01 12:00", "2030-03-03 12:00", null, null, [HEAD, [table, "2030-01-01", "2030-12-31", "", "105.00", "k"]]) as SheetError;
      expect(r, table).toBeInstanceOf(SheetError);
      expect(r.message, table).toMatch(/^satser række 2: «.*» er ikke en satstabel; tabellerne er MERUDGIFT_LEVELS, /);
      expect(r.message).not.toMatch(/is not a function/);
    }
  });
  it("a 100.000-character tabel or felt is echoed cut to 40 characters", () => {
    const long = "X".repeat(100_000);
    const a = OPHOLD_BETALING(109, "2030-03-01 12:00", "2030-03-03 12:00", null, null, [HEAD, [long, "2030-01-01", "2030-12-31", "", "105.00", "k"]]) as SheetError;
    expect(a.message.length).toBeLessThan(400);
    expect(a.message).toContain(`«${"X".repeat(40)}…»`);
    const b = MERUDGIFT(1800, "2030-03-01", null, null, [HEAD, ["MERUDGIFT_LEVELS", "2030-01-01", "2030-12-31", long, "1", "k"]]) as SheetError;
    expect(b.message.length).toBeLessThan(300);
  });
  it("two rows for the same table, period and field are refused naming both sheet rows (not merged, last one winning)", () => {
    const range = [HEAD, ["SHELTER_109_RATES", "2030-01-01", "2030-12-31", "", "105.00", "Kilde A"], ["SHELTER_109_RATES", "2030-01-01", "2030-12-31", "", "99.00", "Kilde B"]];
    const r = OPHOLD_BETALING(109, "2030-03-01 12:00", "2030-03-03 12:00", null, null, range) as SheetError;
    expect(r.code).toBe("#VALUE!");
    expect(r.message).toBe("satser række 3 overlapper række 2: begge giver SHELTER_109_RATES for 2030-01-01–2030-12-31; slet den ene (to rækker for samme tabel og periode lægges ikke sammen)");
    const fields = [HEAD, ["BPA_WAGES", "2030-01-01", "2030-12-31", "hourly", "150.00", "A"], ["BPA_WAGES", "2030-01-01", "2030-12-31", "hourly", "160.00", "B"]];
    expect((BPA_TILSKUD([["sektion", 96], ["dato", "2030-01-01"], ["arbejdsgiver", "borger"], ["dagtimer", 40]], fields) as SheetError).message).toBe(
      "satser række 3 overlapper række 2: begge giver BPA_WAGES felt hourly for 2030-01-01–2030-12-31; slet den ene (to rækker for samme tabel og periode lægges ikke sammen)",
    );
  });
  it("two periods of one table that share days are refused naming both sheet rows", () => {
    const range = [HEAD, ["SHELTER_109_RATES", "2030-01-01", "2030-12-31", "", "105.00", "A"], ["SHELTER_109_RATES", "2030-06-01", "", "", "99.00", "B"]];
    expect((OPHOLD_BETALING(109, "2030-03-01 12:00", "2030-03-03 12:00", null, null, range) as SheetError).message).toBe(
      "satser række 3 overlapper række 2: SHELTER_109_RATES 2030-06-01–… og 2030-01-01–2030-12-31 dækker de samme dage; ret perioderne eller slet den ene",
    );
  });
  it("a problem withRates finds in a row is named by its sheet row", () => {
    const range = [HEAD, ["SHELTER_109_RATES", "2030-01-01", "2030-12-31", "", "105.00", "A"], ["SHELTER_109_RATES", "2031-01-01", "2031-12-31", "", "-5", "B"]];
    expect((OPHOLD_BETALING(109, "2030-03-01 12:00", "2030-03-03 12:00", null, null, range) as SheetError).message).toMatch(/^satser række 3 \(SHELTER_109_RATES\) value /);
  });
});

describe("HyperFormula: rows registered once and a Satser range both count (issue 23.19)", () => {
  const REGISTERED = { SHELTER_109_RATES: [{ from: "2090-01-01", until: "2090-12-31", value: "101.00", source: "Testkommune, satsblad 2090 (testinput)" }] };
  it("a 2090 stay still computes from the registered row when the workbook's range adds 2091", () => {
    registerHyperFormula(hf, { rates: REGISTERED });
    const s = hf.HyperFormula.buildFromArray(
      [
        ["SHELTER_109_RATES", "2091-01-01", "2091-12-31", null, "105.00", "Testkommune 2091", '=OPHOLD.BETALING(109, "2090-03-01 12:00", "2090-03-03 12:00", , , A1:F1)', '=OPHOLD.BETALING(109, "2091-03-01 12:00", "2091-03-03 12:00", , , A1:F1)'],
      ],
      { licenseKey: "gpl-v3" },
    );
    expect(s.getCellValue({ sheet: 0, row: 0, col: 6 })).toBe(202);
    expect(s.getCellValue({ sheet: 0, row: 0, col: 7 })).toBe(210);
  });
  it("a workbook row that covers a registered row's days with another value is refused as a clash; the same value is accepted", () => {
    registerHyperFormula(hf, { rates: REGISTERED });
    const clash = OPHOLD_BETALING(109, "2090-03-01 12:00", "2090-03-03 12:00", null, null, [HEAD, ["SHELTER_109_RATES", "2090-01-01", "2090-12-31", "", "99.00", "Anden kilde"]]);
    // The plain JavaScript door has no registration: there the row simply counts.
    expect(clash).toBe(198);
    const s = hf.HyperFormula.buildFromArray(
      [
        ["SHELTER_109_RATES", "2090-01-01", "2090-12-31", null, "99.00", "Anden kilde", '=OPHOLD.BETALING(109, "2090-03-01 12:00", "2090-03-03 12:00", , , A1:F1)'],
        ["SHELTER_109_RATES", "2090-01-01", "2090-12-31", null, "101.00", "Samme tal", '=OPHOLD.BETALING(109, "2090-03-01 12:00", "2090-03-03 12:00", , , A2:F2)'],
      ],
      { licenseKey: "gpl-v3" },
    );
    const bad = s.getCellValue({ sheet: 0, row: 0, col: 6 }) as { type: string; message: string };
    expect(bad.type).toBe("VALUE");
    expect(bad.message).toMatch(/^satser række 1 overlapper satsen registreret for hele projektmappen \(SHELTER_109_RATES 2090-01-01–2090-12-31: "101\.00"\)/);
    expect(s.getCellValue({ sheet: 0, row: 1, col: 6 })).toBe(202);
  });
  it("hostile felt and tabel texts in a workbook leave Object.prototype alone and later workbooks build", () => {
    registerHyperFormula(hf);
    for (const bad of HOSTILE) {
      const s = hf.HyperFormula.buildFromArray([["MERUDGIFT_LEVELS", "2030-01-01", "2030-12-31", bad, "true", "k", "=MERUDGIFT(5000, \"2030-03-01\", , , A1:F1)"], [bad, "2030-01-01", "", "", "1", "k", "=MERUDGIFT(5000, \"2030-03-01\", , , A2:F2)"]], { licenseKey: "gpl-v3" });
      expect((s.getCellValue({ sheet: 0, row: 0, col: 6 }) as { type: string }).type, bad).toBe("VALUE");
      expect((s.getCellValue({ sheet: 0, row: 1, col: 6 }) as { type: string }).type, bad).toBe("VALUE");
      expectPrototypeClean();
    }
    const after = hf.HyperFormula.buildFromArray([[5000, "2024-03-01", "=MERUDGIFT(A1, B1)"]], { licenseKey: "gpl-v3" });
    expect(after.getCellValue({ sheet: 0, row: 0, col: 2 })).toBe(2277);
  });
});

describe("the other doors that turn text into a key", () => {
  it("BPA parameter names: a prototype name is an unknown parameter", () => {
    for (const name of HOSTILE) {
      const r = BPA_TILSKUD([["sektion", 96], ["arbejdsgiver", "borger"], ["dagtimer", 40], [name, 1]]) as SheetError;
      expect(r, name).toBeInstanceOf(SheetError);
      expect(r.message, name).toMatch(/ukendt navn/);
    }
  });
  it("callSheetFunction and FORKLARING: a prototype name is an unknown function", () => {
    for (const name of HOSTILE) {
      expect(callSheetFunction(name, [1]), name).toBeInstanceOf(SheetError);
      expect(FORKLARING(name, 1), name).toBeInstanceOf(SheetError);
    }
  });
  it("withRates: a prototype name is not a rate table", () => {
    for (const name of HOSTILE) {
      const tables = JSON.parse(`{${JSON.stringify(name)}: [{ "from": "2030-01-01", "value": "1", "source": "k" }]}`) as Record<string, unknown>;
      let err: unknown;
      try {
        withRates(tables);
      } catch (e) {
        err = e;
      }
      expect(err, name).toBeInstanceOf(InputError);
      expect((err as InputError).issues[0]?.code, name).toBe("unknown-table");
    }
  });
  it("renderTemplate: a placeholder naming a prototype property has no value (an InputError, not '[object Object]' or a function's text)", () => {
    for (const name of ["__proto__", "constructor", "toString", "hasOwnProperty", "valueOf"]) {
      expect(() => renderTemplate(`{${name}}`, {}, "da"), name).toThrow(InputError);
      expect(() => renderTemplate(`{a:${name}}`, { a: 1 }, "da"), name).toThrow(InputError);
      expect(() => renderTemplate(`[[*${name}|,]]x[[/${name}]]`, {}, "da"), name).toThrow(InputError);
    }
  });
});

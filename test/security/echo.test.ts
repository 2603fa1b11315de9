// Issue 23.20: echoed input is cut to 40 characters everywhere — values, field names and table
// names — so a 100.000-character key cannot make a 100.000-character message (or path).
import { describe, expect, it } from "vitest";
import * as lib from "../../src/index.js";
import { BPA_TILSKUD, MERUDGIFT, OPHOLD_BETALING, callSheetFunction, SheetError } from "../../src/spreadsheet/index.js";

const K = "x".repeat(100_000);
function issues(f: () => unknown): readonly lib.InputIssue[] {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(lib.InputError);
    return (e as lib.InputError).issues;
  }
  throw new Error("expected an InputError");
}

describe("a 100.000-character key, table name or value is echoed cut", () => {
  const cases: [string, () => unknown][] = [
    ["an unknown field of a calculator", () => lib.extraCostSubsidy({ date: "2024-03-01", monthlyCosts: 1, [K]: 1 } as never)],
    ["an unknown field deep in an input", () => lib.bpaGrant({ section: "96", date: "2021-10-01", preset: "aarhus-lt11", employer: "citizen", weeklyHours: { day: 40, [K]: 1 } } as never)],
    ["an unknown rate table", () => lib.withRates({ [K]: [] })],
    ["an unknown field of a table block", () => lib.withRates({ SHELTER_109_RATES: { rows: [], [K]: 1 } })],
    ["an unknown field of a rate row", () => lib.withRates({ SHELTER_109_RATES: [{ from: "2030-01-01", value: "1", source: "x", [K]: 1 }] })],
    ["an unknown option", () => lib.withRates({}, { [K]: 1 } as never)],
    ["a huge value", () => lib.extraCostSubsidy({ date: K, monthlyCosts: K } as never)],
    ["a huge word", () => lib.escortLedger({ from: "2024-01", to: "2024-02", policy: { order: K } } as never)],
    ["a huge placeholder name", () => lib.renderTemplate(`{${K}}`, {}, "da")],
  ];
  for (const [what, f] of cases) {
    it(what, () => {
      for (const i of issues(f)) {
        expect(i.path.length, i.path.slice(0, 60)).toBeLessThanOrEqual(200);
        expect(i.message.length, i.message.slice(0, 80)).toBeLessThan(700);
        expect(i.message).not.toContain("x".repeat(41));
      }
    });
  }
  it("in the sheet doors: a parameter name, an amount text, a function name, a Satser table", () => {
    const cells = [
      BPA_TILSKUD([[K, 1]]),
      MERUDGIFT(K, "2024-01-01"),
      callSheetFunction(K, []),
      OPHOLD_BETALING(109, "2030-03-01 12:00", "2030-03-03 12:00", null, null, [[K, "2030-01-01", "", "", 1, "k"]]),
    ];
    for (const c of cells) {
      expect(c).toBeInstanceOf(SheetError);
      expect((c as SheetError).message).not.toContain("x".repeat(41));
    }
  });
});

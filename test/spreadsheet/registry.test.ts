import { describe, expect, it } from "vitest";
import * as sheet from "../../src/spreadsheet/index.js";
import { BPA_PARAMETERS, BPA_PARAMETER_NAMES, bpaInputFromRange, SHEET_DECLARATIONS, SHEET_FUNCTIONS, SheetError } from "../../src/spreadsheet/index.js";
import { bpaGrant, InputError } from "../../src/index.js";

describe("one registry: every door reads names, exports and shapes from it", () => {
  it("sheetFunctions has every Danish name; a declaration's named export, where the package has one, is that same plain function", () => {
    let named = 0;
    for (const d of SHEET_DECLARATIONS) {
      if (!(d.exportName in sheet)) continue;
      named++;
      expect((sheet as Record<string, unknown>)[d.exportName]).toBe(sheet.sheetFunctions[d.name]);
    }
    expect(named).toBeGreaterThanOrEqual(12);
    expect(Object.keys(sheet.sheetFunctions).sort()).toEqual(SHEET_DECLARATIONS.map((d) => d.name).sort());
  });
  it("every table result declares its shape; no other result does", () => {
    for (const d of SHEET_DECLARATIONS) expect(d.shape !== undefined).toBe(d.result === "table");
  });
  it("names, ids, English aliases and export names are unique", () => {
    for (const key of ["name", "id", "english", "exportName"] as const) expect(new Set(SHEET_DECLARATIONS.map((d) => d[key])).size).toBe(SHEET_DECLARATIONS.length);
  });
  it("FORKLARING is declared once, last, with a repeating argument", () => {
    expect(SHEET_DECLARATIONS.filter((d) => d.name === "FORKLARING").length).toBe(1);
    expect(SHEET_FUNCTIONS.some((d) => d.name === "FORKLARING")).toBe(false);
    expect(SHEET_DECLARATIONS.at(-1)?.params.at(-1)?.repeating).toBe(true);
  });
});

describe("the BPA range: every parameter written once and accepted by the library", () => {
  const sample: Record<string, unknown> = { sektion: 96, dato: "2021-10-01", lønforudsætning: "aarhus-lt11", arbejdsgiver: "borger", lønadministration: "kommune", serviceniveau: "holbaek-2024", bistandstillæg: true, plejetillæg: false, overført_bevilling: false };
  it("each parameter fills the field it names: bpaGrant accepts it (no unknown key)", () => {
    for (const p of BPA_PARAMETERS) {
      const value = sample[p.name] ?? (p.name === "pension_måneder" || p.name === "hjælpere" ? 6 : p.name === "uger" ? 52 : p.field.startsWith("wage.") && p.kind === "number" ? 0.1 : 1);
      const base = [["sektion", 96], ["dato", "2021-10-01"], ["lønforudsætning", "aarhus-lt11"], ["arbejdsgiver", "borger"], ["dagtimer", 10]].filter(([k]) => k !== p.name);
      const input = bpaInputFromRange([...base, [p.name, value]] as never);
      const path = p.field.split(".");
      let v: unknown = input;
      for (const part of path) v = (v as Record<string, unknown>)[part];
      expect(v, p.name).not.toBeUndefined();
      try {
        bpaGrant(input);
      } catch (e) {
        // A combination may be refused by a rule (e.g. a cap with no expense), never as an unknown field.
        expect(e).toBeInstanceOf(InputError);
        expect((e as InputError).message, p.name).not.toMatch(/unknown|not a field|unrecognized/i);
      }
    }
  });
  it("BPA_PARAMETER_NAMES is derived from the same table", () => {
    expect(Object.keys(BPA_PARAMETER_NAMES)).toEqual(BPA_PARAMETERS.map((p) => p.name));
    expect(BPA_PARAMETER_NAMES.dagtimer).toBe("weeklyHours.day");
  });
  it("an error about a BPA field names the sheet parameter, not the library path", () => {
    const r = sheet.BPA_TILSKUD([["sektion", 96], ["dato", "2021-10-01"], ["lønforudsætning", "aarhus-lt11"], ["arbejdsgiver", "borger"], ["dagtimer", -1]]) as SheetError;
    expect(r).toBeInstanceOf(SheetError);
    expect(r.message).toMatch(/^dagtimer /);
    expect(r.message).not.toMatch(/weeklyHours/);
  });
});

describe("sheet functions are read by their parameter tables (issue 24 § 2)", () => {
  it("every parameter but satser (and BPA's name/value range) names the calculator field it fills, and the error names come from the table", async () => {
    const { SHEET_FUNCTIONS } = await import("../../src/spreadsheet/index.js");
    const { sheetInput } = await import("../../src/spreadsheet/sheet-types.js");
    for (const f of SHEET_FUNCTIONS.filter((x) => !x.name.startsWith("BPA."))) {
      for (const p of f.params.filter((x) => x.name !== "satser")) {
        expect(p.path, `${f.name} ${p.name}`).toBeTypeOf("string");
        expect(f.names[p.path as string], `${f.name} ${p.name}`).toBe(p.name);
      }
    }
    expect(sheetInput([{ name: "a", description: "", type: "any", path: "x.y" }, { name: "b", description: "", type: "any", optional: true, path: "z" }], [1, ""])).toEqual({ x: { y: 1 } });
    const hostile = sheetInput([{ name: "a", description: "", type: "any", path: "__proto__.polluted" }], [1]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(hostile)).toEqual(["__proto__"]);
  });
});

// Issue 23.6: every export of every entry that is data (tables, presets, declarations, parameter
// lists, rule catalogues) is deeply frozen, so no caller can re-route a later calculation by
// writing into it. The exports are walked, not listed: a new export is checked the day it is added.
import { describe, expect, it } from "vitest";
import * as main from "../../src/index.js";
import * as sheet from "../../src/spreadsheet/index.js";

/** Paths under `value` that are not frozen (objects and arrays; functions are code, not data). */
function unfrozen(value: unknown, path: string, seen = new Set<unknown>()): string[] {
  if (value === null || typeof value !== "object" || seen.has(value)) return [];
  seen.add(value);
  const out = Object.isFrozen(value) ? [] : [path];
  if (value instanceof Map || value instanceof Set) {
    // A Map or Set cannot be frozen by Object.freeze: its entries could be changed with set/add.
    out.push(`${path} (a ${value.constructor.name}: its entries can be changed)`);
  }
  for (const key of Reflect.ownKeys(value)) {
    const d = Object.getOwnPropertyDescriptor(value, key);
    if (d && "value" in d) out.push(...unfrozen(d.value, `${path}.${String(key)}`, seen));
  }
  return out;
}

describe("every data export of every entry is deeply frozen (walked, not listed)", () => {
  for (const [entry, mod] of [["servicelov", main], ["servicelov/spreadsheet", sheet]] as const) {
    it(entry, () => {
      const data = Object.entries(mod).filter(([, v]) => v !== null && typeof v === "object");
      expect(data.length).toBeGreaterThan(0);
      const bad = data.flatMap(([name, v]) => unfrozen(v, name));
      expect(bad).toEqual([]);
    });
  }
  it("writing into BPA_PARAMETERS, SHEET_DECLARATIONS or EXPLAIN_DECLARATION throws and changes no result", () => {
    const before = sheet.BPA_TILSKUD([["sektion", 96], ["dato", "2021-10-01"], ["lønforudsætning", "aarhus-lt11"], ["arbejdsgiver", "borger"], ["dagtimer", 40]]);
    const p = sheet.BPA_PARAMETERS.find((x) => x.name === "dagtimer") as { field: string };
    expect(() => {
      p.field = "weeklyHours.night";
    }).toThrow(TypeError);
    const d = sheet.SHEET_DECLARATIONS[0] as unknown as { params: { name: string }[] };
    expect(() => {
      (d.params[0] as { name: string }).name = "x";
    }).toThrow(TypeError);
    expect(() => {
      (sheet.EXPLAIN_DECLARATION as unknown as { name: string }).name = "x";
    }).toThrow(TypeError);
    expect(sheet.BPA_TILSKUD([["sektion", 96], ["dato", "2021-10-01"], ["lønforudsætning", "aarhus-lt11"], ["arbejdsgiver", "borger"], ["dagtimer", 40]])).toBe(before);
  });
});

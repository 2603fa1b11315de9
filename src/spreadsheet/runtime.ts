import { findSheetFunction, unknownFunction } from "./registry.js";
import { FORKLARING } from "./functions.js";
import { SheetError, type SheetResult, type SheetValue } from "./values.js";
import { invoke, notSheetValues } from "./invoke.js";

/**
 * Calls a spreadsheet function by name (Danish, English or id) with spreadsheet values;
 * used by the generated Excel and Apps Script adapters. Returns the cell value or a
 * {@link SheetError}.
 *
 * @example
 * callSheetFunction("MERUDGIFT", [1800, "2024-03-01"]) //=> 2277
 */
export function callSheetFunction(name: string, args: SheetValue[]): SheetResult | SheetError {
  if (typeof name !== "string") return new SheetError("#VALUE!", "funktionens navn skal være en tekst, fx \"MERUDGIFT\"");
  if (!Array.isArray(args)) return new SheetError("#VALUE!", "argumenterne skal være en liste");
  const big = notSheetValues(args);
  if (big) return big;
  if (name.toUpperCase() === "FORKLARING" || name.toUpperCase() === "EXPLAIN") return FORKLARING(...args);
  const f = findSheetFunction(name);
  if (!f) return new SheetError("#VALUE!", `ukendt funktion ${name.slice(0, 40)}; ${unknownFunction()}`);
  return invoke(f, args, "value");
}

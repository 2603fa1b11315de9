import { findSheetFunction } from "./registry.js";
import { FORKLARING } from "./functions.js";
import { SheetError, type SheetResult, type SheetValue } from "./values.js";
import { invoke } from "./invoke.js";

/**
 * Calls a spreadsheet function by name (Danish, English or id) with spreadsheet values;
 * used by the generated Excel and Apps Script adapters. Returns the cell value or a
 * {@link SheetError}.
 *
 * @example
 * callSheetFunction("MERUDGIFT", [1800, "2024-03-01"]) //=> 2277
 */
export function callSheetFunction(name: string, args: SheetValue[]): SheetResult | SheetError {
  if (typeof name !== "string") return new SheetError("#VALUE!", "the function name must be a text, e.g. \"MERUDGIFT\"");
  if (!Array.isArray(args)) return new SheetError("#VALUE!", "the arguments must be a list");
  if (name.toUpperCase() === "FORKLARING" || name.toUpperCase() === "EXPLAIN") return FORKLARING(...args);
  const f = findSheetFunction(name);
  if (!f) return new SheetError("#VALUE!", `unknown function ${name.slice(0, 40)}`);
  return invoke(f, args, "value");
}

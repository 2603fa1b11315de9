import { findSheetFunction } from "./registry.js";
import { FORKLARING } from "./functions.js";
import { guard, SheetError, type SheetResult, type SheetValue } from "./values.js";

/**
 * Calls a spreadsheet function by name (Danish, English or id) with spreadsheet values;
 * used by the generated Excel and Apps Script adapters. Returns the cell value or a
 * {@link SheetError}.
 *
 * @example
 * callSheetFunction("MERUDGIFT", [1800, "2024-03-01"]) //=> 2277
 */
export function callSheetFunction(name: string, args: SheetValue[]): SheetResult | SheetError {
  if (name.toUpperCase() === "FORKLARING" || name.toUpperCase() === "EXPLAIN") return FORKLARING(...args);
  const f = findSheetFunction(name);
  if (!f) return new SheetError("#VALUE!", `unknown function ${name}`);
  return guard(f.names, () => f.run(args).value);
}

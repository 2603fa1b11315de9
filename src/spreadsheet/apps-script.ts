// Entry of the IIFE bundled into dist/apps-script/servicelov.gs (global `Servicelov`).
import { callSheetFunction } from "./runtime.js";
import { SheetError, type SheetValue } from "./values.js";

/** Runs a function for Google Sheets: errors are thrown, so the cell shows #ERROR! with the message. */
export function call(name: string, args: SheetValue[]): unknown {
  const r = callSheetFunction(name, args);
  if (r instanceof SheetError) throw new Error(`${r.code} ${r.message}`);
  return r;
}

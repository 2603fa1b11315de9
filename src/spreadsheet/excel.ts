// Entry of dist/excel/functions.js: associates every function with Excel's CustomFunctions runtime.
import { findSheetFunction, SHEET_DECLARATIONS } from "./registry.js";
import { callSheetFunction } from "./runtime.js";
import { SheetError, type SheetValue } from "./values.js";

interface ExcelCustomFunctions {
  associate(id: string, fn: (...args: unknown[]) => unknown): void;
  Error: new (code: string, message?: string) => Error;
  ErrorCode: { invalidValue: string; notAvailable: string };
}
declare const CustomFunctions: ExcelCustomFunctions;

for (const { id } of SHEET_DECLARATIONS) {
  CustomFunctions.associate(id, (...args: unknown[]) => {
    // Excel passes omitted optional parameters as null; the last argument may be the invocation context.
    // FORKLARING's repeating parameter arrives as one array of the repeated values.
    // Its arguments may be ranges, so each arrives as a matrix: a 1×1 matrix is the single cell's
    // value where the explained function takes a scalar.
    const values = id === "FORKLARING" && Array.isArray(args[1]) ? [args[0], ...explainArgs(args[0], args[1] as unknown[])] : args;
    // A trailing invocation context (a plain object) is not an argument.
    const last = values[values.length - 1];
    const plainArgs = last !== null && typeof last === "object" && !Array.isArray(last) && Object.prototype.toString.call(last) !== "[object Date]" ? values.slice(0, -1) : values;
    const r = callSheetFunction(id, plainArgs as SheetValue[]);
    if (r instanceof SheetError) throw new CustomFunctions.Error(r.code === "#N/A" ? CustomFunctions.ErrorCode.notAvailable : CustomFunctions.ErrorCode.invalidValue, r.message);
    return r;
  });
}

function explainArgs(name: unknown, repeated: unknown[]): unknown[] {
  const f = typeof name === "string" ? findSheetFunction(name) : undefined;
  return repeated.map((a, i) => {
    const single = Array.isArray(a) && a.length === 1 && Array.isArray(a[0]) && (a[0] as unknown[]).length === 1;
    return single && f?.params[i]?.range !== true ? (a as unknown[][])[0]?.[0] : a;
  });
}

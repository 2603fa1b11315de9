// Entry of dist/excel/functions.js: associates every function with Excel's CustomFunctions runtime.
import { SHEET_FUNCTIONS } from "./registry.js";
import { callSheetFunction } from "./runtime.js";
import { SheetError, type SheetValue } from "./values.js";

interface ExcelCustomFunctions {
  associate(id: string, fn: (...args: unknown[]) => unknown): void;
  Error: new (code: string, message?: string) => Error;
  ErrorCode: { invalidValue: string; notAvailable: string };
}
declare const CustomFunctions: ExcelCustomFunctions;

for (const id of [...SHEET_FUNCTIONS.map((f) => f.id), "FORKLARING"]) {
  CustomFunctions.associate(id, (...args: unknown[]) => {
    // Excel passes omitted optional parameters as null; the last argument may be the invocation context.
    // FORKLARING's repeating parameter arrives as one array of the repeated values.
    const values = id === "FORKLARING" && Array.isArray(args[1]) ? [args[0], ...(args[1] as unknown[])] : args;
    // A trailing invocation context (a plain object) is not an argument.
    const last = values[values.length - 1];
    const plainArgs = last !== null && typeof last === "object" && !Array.isArray(last) && Object.prototype.toString.call(last) !== "[object Date]" ? values.slice(0, -1) : values;
    const r = callSheetFunction(id, plainArgs as SheetValue[]);
    if (r instanceof SheetError) throw new CustomFunctions.Error(r.code === "#N/A" ? CustomFunctions.ErrorCode.notAvailable : CustomFunctions.ErrorCode.invalidValue, r.message);
    return r;
  });
}

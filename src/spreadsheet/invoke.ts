import type { SheetContext, SheetFunction } from "./registry.js";
import { firstError, guard, SheetError, type SheetResult, type SheetValue } from "./values.js";
import { isDate } from "../core/time.js";
import { withNamedLevels } from "../service-levels/scope.js";

/**
 * Runs one spreadsheet function the way every door does: an error value among the arguments
 * is passed on (never dropped), more arguments than the function takes are refused, and what
 * the calculation refuses becomes an error value. `what`: the cell value, or the explanation
 * as a column (FORKLARING).
 *
 * @example
 * invoke(MERUDGIFT_FN, [1800, "2024-03-01"], "value") //=> 2277
 */
export function invoke(f: SheetFunction, args: readonly SheetValue[], what: "value" | "explanation", ctx?: SheetContext): SheetResult | SheetError {
  const bad = notSheetValues(args);
  if (bad) return bad;
  const given = trimOmitted(args);
  const passed = firstError(given);
  if (passed) return passed;
  if (given.length > f.params.length) {
    return new SheetError("#VALUE!", `${f.name} tager højst ${f.params.length} argumenter (${f.params.map((p) => p.name).join("; ")}); ${given.length} er angivet`);
  }
  // The workbook's own service levels are known by name for this call only (and a document
  // given in a cell joins them for the call).
  return guard(f.names, () =>
    withNamedLevels(ctx?.levels ?? [], () => {
      const r = f.run(given, ctx);
      return what === "value" ? r.value : r.explanation.map((s) => [s.text]);
    }),
  );
}

/**
 * An error for arguments that are not spreadsheet values (a number, text, boolean, empty, date,
 * error value, or a range of them), read inside a guard so an odd object cannot throw.
 *
 * @example
 * notSheetValues([1, "x"]) //=> undefined
 */
export function notSheetValues(args: readonly unknown[]): SheetError | undefined {
  // Sizes first, before a single cell is read: a range with a huge length (a sparse array) must
  // not be walked cell by cell.
  const big = tooLarge(args);
  if (big) return big;
  const ok = (v: unknown, depth: number): boolean => {
    if (v === null || v === undefined || typeof v === "number" || typeof v === "string" || typeof v === "boolean") return true;
    if (v instanceof SheetError || isDate(v)) return true;
    return depth < 2 && Array.isArray(v) && v.every((x) => ok(x, depth + 1));
  };
  try {
    const i = args.findIndex((a) => !ok(a, 0));
    return i < 0 ? undefined : new SheetError("#VALUE!", `argument ${i + 1} er ikke en regnearksværdi (tal, tekst, SAND/FALSK, dato eller område)`);
  } catch {
    return new SheetError("#VALUE!", "et argument kunne ikke læses");
  }
}

/** Omitted trailing arguments (`undefined`) are not arguments. */
function trimOmitted(args: readonly SheetValue[]): readonly SheetValue[] {
  let n = args.length;
  // Stryker disable next-line EqualityOperator: with every argument omitted, `n >= 0` leaves some omitted arguments in; omitted and absent read the same
  while (n > 0 && args[n - 1] === undefined) n--;
  return args.slice(0, n);
}

/** At most this many arguments, rows in a range and cells in a row are read. */
export const MAX_SHEET_ARGS = 64;
export const MAX_RANGE_ROWS = 100_000;
export const MAX_RANGE_COLUMNS = 1_000;

/** An error for arguments or ranges larger than any sheet function reads, found from lengths alone. */
function tooLarge(args: readonly unknown[]): SheetError | undefined {
  try {
    if (!Array.isArray(args)) return new SheetError("#VALUE!", "argumenterne skal være en liste");
    if (args.length > MAX_SHEET_ARGS) return new SheetError("#VALUE!", `højst ${MAX_SHEET_ARGS} argumenter læses; ${args.length} er angivet`);
    for (let i = 0; i < args.length; i++) {
      const a: unknown = args[i];
      if (!Array.isArray(a)) continue;
      if (a.length > MAX_RANGE_ROWS) return new SheetError("#VALUE!", `argument ${i + 1} er et område med ${a.length} rækker; højst ${MAX_RANGE_ROWS} læses`);
      for (let r = 0; r < a.length; r++) {
        const row: unknown = a[r];
        if (Array.isArray(row) && row.length > MAX_RANGE_COLUMNS) return new SheetError("#VALUE!", `argument ${i + 1}, række ${r + 1} har ${row.length} kolonner; højst ${MAX_RANGE_COLUMNS} læses`);
      }
    }
    return undefined;
  } catch {
    return new SheetError("#VALUE!", "et argument kunne ikke læses");
  }
}

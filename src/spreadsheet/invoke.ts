import type { SheetContext, SheetFunction } from "./registry.js";
import { firstError, guard, SheetError, type SheetResult, type SheetValue } from "./values.js";
import { isDate } from "../core/time.js";

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
  return guard(f.names, () => {
    const r = f.run(given, ctx);
    return what === "value" ? r.value : r.explanation.map((s) => [s.text]);
  });
}

/**
 * An error for arguments that are not spreadsheet values (a number, text, boolean, empty, date,
 * error value, or a range of them), read inside a guard so an odd object cannot throw.
 *
 * @example
 * notSheetValues([1, "x"]) //=> undefined
 */
export function notSheetValues(args: readonly unknown[]): SheetError | undefined {
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

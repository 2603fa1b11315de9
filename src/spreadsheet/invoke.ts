import type { SheetFunction } from "./registry.js";
import { firstError, guard, SheetError, type SheetResult, type SheetValue } from "./values.js";

/**
 * Runs one spreadsheet function the way every door does: an error value among the arguments
 * is passed on (never dropped), more arguments than the function takes are refused, and what
 * the calculation refuses becomes an error value. `what`: the cell value, or the explanation
 * as a column (FORKLARING).
 *
 * @example
 * invoke(MERUDGIFT_FN, [1800, "2024-03-01"], "value") //=> 2277
 */
export function invoke(f: SheetFunction, args: readonly SheetValue[], what: "value" | "explanation"): SheetResult | SheetError {
  const given = trimOmitted(args);
  const passed = firstError(given);
  if (passed) return passed;
  if (given.length > f.params.length) {
    return new SheetError("#VALUE!", `${f.name} takes at most ${f.params.length} arguments (${f.params.map((p) => p.name).join("; ")}); ${given.length} were given`);
  }
  return guard(f.names, () => {
    const r = f.run(given);
    return what === "value" ? r.value : r.explanation.map((s) => [s.text]);
  });
}

/** Omitted trailing arguments (`undefined`) are not arguments. */
function trimOmitted(args: readonly SheetValue[]): readonly SheetValue[] {
  let n = args.length;
  while (n > 0 && args[n - 1] === undefined) n--;
  return n === args.length ? args : args.slice(0, n);
}

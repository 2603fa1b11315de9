// Runs a calculation with the whole-øre arithmetic on or off (issue 26 § 2), giving its result or its refusal.
import { InputError } from "../../src/index.js";
import { orePath } from "../../src/core/arith.js";

/**
 * The result of `f(input)` — or `{ refused: issues }` — with the øre path on or off; the switch is put back.
 *
 * @example
 * expect(through(true, input, extraCostSubsidy)).toEqual(through(false, input, extraCostSubsidy));
 */
export function through<I>(on: boolean, input: I, f: (i: I) => unknown): unknown {
  orePath.on = on;
  try {
    return f(input);
  } catch (e) {
    if (e instanceof InputError) return { refused: e.issues };
    throw e;
  } finally {
    orePath.on = true;
  }
}

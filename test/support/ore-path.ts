// Runs a calculation with the whole-øre arithmetic on or off (issue 26 § 2), giving its result or its refusal.
import fc from "fast-check";
import { expect } from "vitest";
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

/**
 * Asserts, over `inputs`, that `f` gives the same result — or the same refusal — with the øre path on and off.
 *
 * @example
 * pathsAgree(input, extraCostSubsidy, runs(4000));
 */
export function pathsAgree<I>(inputs: fc.Arbitrary<I>, f: (i: I) => unknown, numRuns: number): void {
  fc.assert(
    fc.property(inputs, (i) => {
      expect(through(true, i, f)).toEqual(through(false, i, f));
    }),
    { numRuns },
  );
}

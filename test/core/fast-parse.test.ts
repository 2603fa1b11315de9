// Issue 26 § 2: the fast path through the common valid inputs gives exactly what zod gives — the
// same result for a valid input, the same refusal (issues, codes, messages) for an invalid one —
// for every public function, on its module's example call varied at random.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as lib from "../../src/index.js";
import { fastParse, fastPath, NO } from "../../src/core/fast-parse.js";
import { extraCostInputSchema } from "../../src/extra-cost/schema.js";
import { SAMPLES } from "../support/samples.js";
import { runs } from "../support/runs.js";

/** What a call gives: its result as JSON, or its refusal. */
function outcome(f: () => unknown): string {
  try {
    return JSON.stringify(f(), (_k, v) => (typeof v === "function" ? "fn" : v instanceof Float64Array || v instanceof Uint8Array ? [...v] : v));
  } catch (e) {
    return e instanceof lib.InputError ? `refused ${JSON.stringify(e.issues)}` : `threw ${String(e)}`;
  }
}

function both(f: () => unknown): [string, string] {
  fastPath.on = true;
  const fast = outcome(f);
  fastPath.on = false;
  try {
    return [fast, outcome(f)];
  } finally {
    fastPath.on = true;
  }
}

const JUNK = [undefined, null, -1, 0, 0.5, 1.005, 1e12, "x", "", "12,50", "2024-02-30", "2024-03", "2024-03-01", "2024-03-01T14:00", true, false, [], [1], {}, { a: 1 }, new Date(Number.NaN)];

/** The example's input varied: a field given junk, a field left out, an unknown field added, or a field set to undefined. */
const varied = (input: Record<string, unknown>) =>
  fc.oneof(
    fc.record({ key: fc.constantFrom(...Object.keys(input)), value: fc.constantFrom(...JUNK) }).map(({ key, value }) => ({ ...input, [key]: value })),
    fc.constantFrom(...Object.keys(input)).map((key) => Object.fromEntries(Object.entries(input).filter(([k]) => k !== key))),
    fc.constant({ ...input, unknownField: 1 }),
    fc.constantFrom(...Object.keys(input)).map((key) => ({ ...input, [key]: undefined })),
    fc.constant(input),
    // A field of a nested object (weeklyHours.day, price.housing) given junk.
    ...Object.entries(input)
      .filter(([, v]) => v !== null && typeof v === "object" && !Array.isArray(v) && Object.keys(v).length > 0)
      .map(([key, v]) => fc.record({ sub: fc.constantFrom(...Object.keys(v as object)), value: fc.constantFrom(...JUNK) }).map(({ sub, value }) => ({ ...input, [key]: { ...(v as object), [sub]: value } }))),
  );

describe("the fast path gives exactly what zod gives (issue 26 § 2)", () => {
  const calls = Object.entries(SAMPLES).filter(([, args]) => args[0] !== null && typeof args[0] === "object" && !Array.isArray(args[0]));
  it("covers the functions that take an input object, and takes the fast path for their common valid inputs", () => {
    expect(calls.length).toBeGreaterThan(20);
    expect(fastParse(extraCostInputSchema, { date: "2024-03-01", monthlyCosts: 1800 })).toEqual({ date: "2024-03-01", monthlyCosts: 1800 });
    expect(fastParse(extraCostInputSchema, { date: "2024-03-01", monthlyCosts: 1800, monthlyCost: 1 })).toBe(NO);
    expect(fastParse(extraCostInputSchema, { date: "2024-03-01", monthlyCosts: undefined })).toBe(NO);
  });
  for (const [name, args] of calls) {
    it(name, () => {
      const f = (lib as unknown as Record<string, (...a: unknown[]) => unknown>)[name] as (...a: unknown[]) => unknown;
      const [fast, slow] = both(() => f(...args));
      expect(fast).toBe(slow);
      fc.assert(
        fc.property(varied(args[0] as Record<string, unknown>), (input) => {
          const [a, b] = both(() => f(input, ...args.slice(1)));
          expect(a).toBe(b);
        }),
        { numRuns: runs(150) },
      );
    });
  }
});

describe("the fast path leaves inherited fields to zod", () => {
  it("an object whose prototype gives a field or an extra enumerable key is not taken by the fast path", () => {
    const proto = { documented: true };
    const input = Object.assign(Object.create(proto) as object, { date: "2024-03-01", monthlyCosts: 1800 });
    expect(fastParse(extraCostInputSchema, input)).toBe(NO);
    expect(fastParse(extraCostInputSchema, { date: "2024-03-01", monthlyCosts: 1800 })).not.toBe(NO);
  });
});

describe("the fast path and an inherited enumerable key beside every own field", () => {
  it("is left to zod even when the own keys are exactly the shape's", () => {
    const input = Object.assign(Object.create({ stray: 1 }) as object, { date: "2024-03-01", monthlyCosts: 1800 });
    expect(fastParse(extraCostInputSchema, input)).toBe(NO);
  });
});

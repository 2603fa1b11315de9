import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { extraCostSubsidy, InputError, MERUDGIFT_LEVELS } from "../../src/index.js";
import { isMoneyString, kroner, ore } from "../support/arb.js";
import { runs } from "../support/runs.js";

const dates = fc.constantFrom("2018-02-01", "2020-07-01", "2021-12-31", "2023-01-01", "2024-06-15");
const boundaries = [533, 534, 1500, 1501, 2500, 2501, 556, 1561, 1562, 2601, 2602, 608, 1707, 1708, 2846, 2847].map((k) => ({ k }));

describe("§ 100 properties", () => {
  it("the subsidy never decreases when costs rise (same date, same documentation)", () => {
    fc.assert(
      fc.property(dates, kroner(10_000), kroner(2_000), fc.boolean(), (date, a, delta, documented) => {
        const b = ((ore(a) + ore(delta)) / 100).toFixed(2);
        const ra = extraCostSubsidy({ date, monthlyCosts: a, documented });
        const rb = extraCostSubsidy({ date, monthlyCosts: b, documented });
        expect(ore(rb.monthlyAmount)).toBeGreaterThanOrEqual(ore(ra.monthlyAmount));
      }),
    );
  });
  it("every amount maps to exactly one rule; below the threshold nothing is paid; amounts ≥ threshold land in one band", () => {
    // Monthly thresholds from the shipped table (yearly / 12), so a new year's row needs no test change.
    const thresholds: Record<string, number> = Object.fromEntries(MERUDGIFT_LEVELS.map((r) => [r.from.slice(0, 4), Number(r.value.yearlyThreshold) / 12]));
    fc.assert(
      fc.property(dates, kroner(5_000), fc.boolean(), (date, costs, documented) => {
        const r = extraCostSubsidy({ date, monthlyCosts: costs, documented });
        const t = thresholds[date.slice(0, 4)] as number;
        if (Number(costs) < t) expect(r).toMatchObject({ rule: "below-threshold", eligible: false, monthlyAmount: "0.00" });
        else expect(["band-1", "band-2", "actual"]).toContain(r.rule);
        expect(r.eligible).toBe(r.monthlyAmount !== "0.00");
      }),
      { examples: boundaries.map(({ k }) => ["2018-02-01", `${k}.00`, true] as [string, string, boolean]) },
    );
  });
  it("monthly and yearly inputs agree", () => {
    fc.assert(
      fc.property(dates, fc.integer({ min: 0, max: 1_000_000 }), fc.boolean(), (date, monthlyOre, documented) => {
        const monthly = (monthlyOre / 100).toFixed(2);
        const yearly = ((monthlyOre * 12) / 100).toFixed(2);
        const a = extraCostSubsidy({ date, monthlyCosts: monthly, documented });
        const b = extraCostSubsidy({ date, yearlyCosts: yearly, documented });
        expect({ ...b, explanation: [] }).toEqual({ ...a, explanation: [] });
      }),
    );
  });
  it("a documented rise of Δ kr. above band 2 raises the subsidy by exactly Δ (cost for cost)", () => {
    fc.assert(
      fc.property(kroner(5_000), kroner(1_000), (extra, delta) => {
        const a = (2847 + Number(extra)).toFixed(2);
        const b = ((ore(a) + ore(delta)) / 100).toFixed(2);
        const ra = extraCostSubsidy({ date: "2024-01-01", monthlyCosts: a, documented: true });
        const rb = extraCostSubsidy({ date: "2024-01-01", monthlyCosts: b, documented: true });
        expect(ore(rb.monthlyAmount) - ore(ra.monthlyAmount)).toBe(ore(delta));
      }),
    );
  });
  it("kompensation: group 2 pays more than group 1 whenever it is met; amounts are two-decimal strings", () => {
    fc.assert(
      fc.property(kroner(5_000), kroner(5_000), (costs, listed) => {
        const r = extraCostSubsidy({ date: "2025-11-01", monthlyCosts: costs, documentedListedMonthlyCosts: listed });
        for (const s of [r.monthlyAmount, r.yearlyAmount, r.alternatives?.group1.monthlyAmount, r.alternatives?.group2.monthlyAmount]) {
          expect(isMoneyString(s as string)).toBe(true);
        }
        if (r.alternatives?.group2.eligible) expect(r.rule).toBe("group-2");
        expect(ore(r.yearlyAmount)).toBe(ore(r.monthlyAmount) * 12);
      }),
    );
  });
  it("any input gives a result or an InputError, never another exception", () => {
    const nearMiss = fc.record(
      {
        date: fc.oneof(fc.constant("2024-01-01"), fc.string(), fc.date(), fc.integer()),
        monthlyCosts: fc.oneof(fc.double(), fc.string(), kroner(), fc.constant(null)),
        documented: fc.oneof(fc.boolean(), fc.string()),
        regime: fc.oneof(fc.constant("merudgift"), fc.constant("kompensation"), fc.string()),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(fc.anything(), nearMiss), (input) => {
        try {
          const r = extraCostSubsidy(input as never);
          expect(isMoneyString(r.monthlyAmount)).toBe(true);
        } catch (e) {
          expect(e).toBeInstanceOf(InputError);
        }
      }),
      { numRuns: runs(300) },
    );
  });
});

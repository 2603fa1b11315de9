// Issue 23.22: an explanation never contradicts itself. Every § 100 sentence that compares an
// amount with a limit is checked against its own values: the comparison written is the one made,
// also for caller rows whose yearly figures are not multiples of 12 (a municipality's own row).
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { withRates, type Step } from "../../src/index.js";
import { runs } from "../support/runs.js";

const num = (v: unknown) => Number(v);
const SRC = { title: "Testkommune, egne satser (testinput)", href: "https://example.dk/satser" };

/** The comparison each rule's sentence states, checked on its values. */
function checkComparison(s: Step): void {
  const v = s.values as Record<string, unknown>;
  switch (s.rule) {
    case "extra-cost.threshold":
      expect(num(v.monthly), s.text).toBeLessThan(num(v.monthlyThreshold));
      expect(num(v.monthly) * 12, s.text).toBeLessThan(num(v.yearlyThreshold));
      break;
    case "extra-cost.band":
    case "extra-cost.band.undocumented":
      if (s.rule === "extra-cost.band") {
        expect(num(v.monthly), s.text).toBeGreaterThanOrEqual(num(v.from));
        expect(num(v.monthly), s.text).toBeLessThanOrEqual(num(v.to));
      } else expect(num(v.monthly), s.text).toBeGreaterThan(num(v.band2To));
      break;
    case "extra-cost.actual":
      expect(num(v.monthly), s.text).toBeGreaterThan(num(v.band2To));
      break;
    case "extra-cost.group-1.eligible":
      expect(num(v.yearly), s.text).toBeGreaterThanOrEqual(num(v.threshold));
      break;
    case "extra-cost.group-1.none":
      expect(num(v.yearly), s.text).toBeLessThan(num(v.threshold));
      break;
    case "extra-cost.group-2.eligible":
      expect(num(v.yearly), s.text).toBe(Math.round(num(v.listed) * 1200) / 100);
      expect(num(v.yearly), s.text).toBeGreaterThan(num(v.yearlyLimit));
      break;
    case "extra-cost.group-2.none":
      expect(num(v.yearly), s.text).toBe(Math.round(num(v.listed) * 1200) / 100);
      expect(num(v.yearly), s.text).toBeLessThanOrEqual(num(v.yearlyLimit));
      break;
    default:
  }
}

const money = (max: number) => fc.integer({ min: 0, max: max * 100 }).map((o) => (o / 100).toFixed(2));

describe("§ 100: every comparison sentence agrees with its own values", () => {
  it("kompensationsydelse with caller rows whose yearly figures are not multiples of 12 (e.g. group 2 over 24.500 kr. a year)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 5000, max: 9000 }), fc.integer({ min: 20000, max: 30000 }), money(4000), money(4000), (g1, g2, costs, listed) => {
        const calc = withRates({ KOMPENSATION_LEVELS: [{ from: "2090-01-01", until: "2090-12-31", value: { group1YearlyThreshold: g1, group1Amount: 1100, group2YearlyLimit: g2, group2Amount: 500 }, source: SRC }] });
        const r = calc.extraCostSubsidy({ date: "2090-03-01", monthlyCosts: costs, documentedListedMonthlyCosts: listed });
        r.explanation.forEach(checkComparison);
      }),
      { numRuns: runs(400) },
    );
  });
  it("the reported case: group 2 with a yearly limit of 24.500 kr. and 2.041,67 kr. a month says 24.500,04 kr. a year is over 24.500 kr.", () => {
    const calc = withRates({ KOMPENSATION_LEVELS: [{ from: "2090-01-01", until: "2090-12-31", value: { group1YearlyThreshold: 6660, group1Amount: 1105, group2YearlyLimit: 24500, group2Amount: 500 }, source: SRC }] });
    const step = calc.extraCostSubsidy({ date: "2090-03-01", monthlyCosts: 2041.67, documentedListedMonthlyCosts: 2041.67 }).explanation.find((s) => s.rule === "extra-cost.group-2.eligible");
    expect(step?.text).toMatch(/på 2\.041,67 kr\. pr\. måned, svarende til 24\.500,04 kr\. pr\. år, er over 24\.500 kr\. pr\. år\./);
  });
  it("merudgiftsydelse (band system) with caller rows whose threshold is not a multiple of 12, and amounts with øre around the band edges", () => {
    fc.assert(
      fc.property(fc.integer({ min: 6000, max: 8000 }), fc.integer({ min: 1500, max: 2000 }), fc.integer({ min: 100, max: 1500 }), fc.boolean(), fc.integer({ min: -300, max: 300 }), fc.constantFrom("threshold", "band1", "band2"), (threshold, band1To, width, documented, delta, edge) => {
        const band2To = band1To + width;
        const calc = withRates({ MERUDGIFT_LEVELS: [{ from: "2019-01-01", until: "2019-12-31", value: { yearlyThreshold: threshold, band1To, band1Amount: Math.ceil(threshold / 12) + 300, band2To, band2Amount: band2To }, source: SRC }] });
        const at = edge === "threshold" ? threshold / 12 : edge === "band1" ? band1To : band2To;
        const costs = Math.max(0, Math.round(at * 100 + delta) / 100).toFixed(2);
        const r = calc.extraCostSubsidy({ date: "2019-03-01", monthlyCosts: costs, documented }); // 2019: a year the library ships no band row for
        r.explanation.forEach(checkComparison);
      }),
      { numRuns: runs(600) },
    );
  });
});

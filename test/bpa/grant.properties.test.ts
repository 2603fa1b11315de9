import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { bpaGrant, InputError } from "../../src/index.js";
import { ore } from "../support/arb.js";
import { runs } from "../support/runs.js";

const quarter = (max: number) => fc.integer({ min: 0, max: max * 4 }).map((q) => q / 4);
const inputArb = fc.record({
  day: quarter(60),
  evening: quarter(20),
  night: quarter(20),
  saturday: quarter(10),
  sunday: quarter(10),
  onCall: quarter(20),
  hourlyOre: fc.integer({ min: 10_000, max: 30_000 }),
  extra: fc.integer({ min: 0, max: 200 }),
  expense: fc.integer({ min: 0, max: 1500 }),
  helpers: fc.integer({ min: 1, max: 6 }),
});
type In = typeof inputArb extends fc.Arbitrary<infer T> ? T : never;
const grant = (x: In, over: Partial<In> = {}) => {
  const v = { ...x, ...over };
  return bpaGrant({
    section: "96",
    date: "2021-10-01",
    preset: "aarhus-lt11",
    weeklyHours: { day: v.day, evening: v.evening, night: v.night, saturday: v.saturday, sunday: v.sunday },
    onCallWeeklyHours: v.onCall,
    yearlyExtraHours: { training: v.extra },
    wage: { hourly: (v.hourlyOre / 100).toFixed(2), employerCosts: [{ label: "ATP (test input)", perHour: "0.40" }, { label: "Forsikring (test input)", perHelperPerYear: 1000 }] },
    employer: "company",
    helpers: v.helpers,
    servicePreset: "albertslund-2018",
    helperExpensesMonthly: v.expense,
  });
};
const parts = ["wages", "supplements", "onCall", "pension", "holidayPay", "employerCosts", "admin", "helperExpenses"] as const;

describe("BPA properties", () => {
  it("components add up to the total exactly, to the øre", () => {
    fc.assert(
      fc.property(inputArb, (x) => {
        const y = grant(x).yearly;
        expect(parts.reduce((s, k) => s + ore(y[k]), 0) - ore(y.offset)).toBe(ore(y.total));
      }),
    );
  });
  it("the total never falls when any hour count or the hourly rate rises", () => {
    const fields = ["day", "evening", "night", "saturday", "sunday", "onCall", "hourlyOre", "extra", "expense", "helpers"] as const;
    fc.assert(
      fc.property(inputArb, fc.constantFrom(...fields), fc.integer({ min: 1, max: 40 }), (x, field, inc) => {
        const before = ore(grant(x).yearly.total);
        const after = ore(grant(x, { [field]: x[field] + (field === "hourlyOre" ? inc * 10 : field === "helpers" ? 1 : inc / 4) }).yearly.total);
        expect(after).toBeGreaterThanOrEqual(before);
      }),
    );
  });
  it("zero hours give only the fixed parts (per-helper costs and helper expenses)", () => {
    fc.assert(
      fc.property(inputArb, (x) => {
        const y = grant(x, { day: 0, evening: 0, night: 0, saturday: 0, sunday: 0, onCall: 0, extra: 0 }).yearly;
        expect({ wages: y.wages, supplements: y.supplements, onCall: y.onCall, pension: y.pension, admin: y.admin }).toEqual({ wages: "0.00", supplements: "0.00", onCall: "0.00", pension: "0.00", admin: "0.00" });
        expect(ore(y.total)).toBe(x.helpers * 100_000 + Math.min(x.expense, 1000) * 1200);
      }),
    );
  });
  it("weekly hours and their yearly equivalent give the same grant", () => {
    fc.assert(
      fc.property(inputArb, fc.integer({ min: 40, max: 53 }), (x, weeks) => {
        const common = { section: "96" as const, date: "2021-10-01", preset: "aarhus-lt11" as const, employer: "citizen" as const, weeksPerYear: weeks };
        const w = bpaGrant({ ...common, weeklyHours: { day: x.day, evening: x.evening, sunday: x.sunday } });
        const y = bpaGrant({ ...common, yearlyHours: { day: x.day * weeks, evening: x.evening * weeks, sunday: x.sunday * weeks } });
        expect(y.yearly).toEqual(w.yearly);
      }),
    );
  });
  it("monthly × 12 is within 6 øre of the yearly total (monthly = total / 12 rounded half up)", () => {
    fc.assert(
      fc.property(inputArb, (x) => {
        const g = grant(x);
        expect(ore(g.monthlyTimesTwelve)).toBe(ore(g.monthly) * 12);
        expect(Math.abs(ore(g.monthlyTimesTwelve) - ore(g.yearly.total))).toBeLessThanOrEqual(6);
      }),
    );
  });
  it("any input gives a result or an InputError", () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.record({ section: fc.constantFrom("95", "96"), date: fc.string(), weeklyHours: fc.anything(), employer: fc.string(), preset: fc.string() }, { requiredKeys: [] })), (input) => {
        try {
          bpaGrant(input as never);
        } catch (e) {
          expect(e).toBeInstanceOf(InputError);
        }
      }),
      { numRuns: runs(300) },
    );
  });
});

import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { InputError, shelterFee } from "../../src/index.js";
import { wallClockMinutes, timeFromWallClockMinutes } from "../../src/core/period.js";
import { isMoneyString, ore } from "../support/arb.js";
import { runs } from "../support/runs.js";

// Arrivals from 2023-01-01 to 2024-09-22, stays up to 90 days (+ 3,5 days): all within years with § 109 rates.
const start = wallClockMinutes("2023-01-01T00:00");
const arrivalArb = fc.integer({ min: 0, max: 630 * 1440 }).map((m) => timeFromWallClockMinutes(start + m));
const lengthArb = fc.integer({ min: 0, max: 90 * 1440 });
const countingArb = fc.constantFrom("started-24h" as const, "calendar-days" as const, "nights" as const);
const fee = (arrival: string, minutes: number, counting: "started-24h" | "calendar-days" | "nights", income = true) =>
  shelterFee({ section: "109", arrival, departure: timeFromWallClockMinutes(wallClockMinutes(arrival) + minutes), counting, income });

describe("§§ 109–110 properties", () => {
  it("days never fall when the stay gets longer", () => {
    fc.assert(
      fc.property(arrivalArb, lengthArb, fc.integer({ min: 0, max: 5000 }), countingArb, (a, len, more, counting) => {
        expect(fee(a, len + more, counting).days).toBeGreaterThanOrEqual(fee(a, len, counting).days);
      }),
    );
  });
  it("the amount is the sum of its segments and of its months, exactly; every amount has two decimals", () => {
    fc.assert(
      fc.property(arrivalArb, lengthArb, countingArb, (a, len, counting) => {
        const r = fee(a, len, counting);
        const all = [r.amount, ...r.segments.map((s) => s.amount), ...r.months.map((m) => m.amount)];
        expect(all.every(isMoneyString)).toBe(true);
        expect(r.segments.reduce((s, x) => s + ore(x.amount), 0)).toBe(ore(r.amount));
        expect(r.months.reduce((s, x) => s + ore(x.amount), 0)).toBe(ore(r.amount));
        expect(r.months.reduce((s, x) => s + x.days, 0)).toBe(r.days);
      }),
    );
  });
  it("started-24h days = ceil(hours / 24) for any stay", () => {
    fc.assert(
      fc.property(arrivalArb, lengthArb, (a, len) => {
        expect(fee(a, len, "started-24h").days).toBe(Math.ceil(len / 1440));
      }),
      { examples: [["2024-03-01T14:00", 1440], ["2024-03-01T14:00", 1441], ["2024-03-30T14:00", 1440]] },
    );
  });
  it("an income-less stay always pays 0", () => {
    fc.assert(
      fc.property(arrivalArb, lengthArb, countingArb, (a, len, counting) => {
        expect(fee(a, len, counting, false).amount).toBe("0.00");
      }),
    );
  });
  it("any input gives a result or an InputError, never another exception or a bad amount", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.anything(), fc.record({ section: fc.constantFrom("109", "110", 109), arrival: fc.oneof(arrivalArb, fc.string(), fc.date()), departure: fc.oneof(arrivalArb, fc.string()), income: fc.anything() }, { requiredKeys: [] })),
        (input) => {
          try {
            const r = shelterFee(input as never);
            expect(isMoneyString(r.amount)).toBe(true);
          } catch (e) {
            expect(e).toBeInstanceOf(InputError);
          }
        },
      ),
      { numRuns: runs(300) },
    );
  });
});

import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { escortExpenseSupplement, escortTripHours, shelterChildPsychology } from "../../src/index.js";
import { kroner, ore } from "../support/arb.js";

const hours = (max: number) => fc.integer({ min: 0, max: max * 100 }).map((c) => c / 100);

describe("trip, expense supplement and psychologist: the caps of the law hold", () => {
  it("Albertslund 2018, § 97: «alle ledsagerens lønnede timer medregnes» — counted trip hours = the paid hours, whatever the listed parts", () => {
    fc.assert(
      fc.property(hours(24), hours(12), hours(12), hours(12), hours(12), hours(12), hours(48), (e, t, r, w, o, b, paid) => {
        const x = escortTripHours({ escortingHours: e, travelHours: t, returnAloneHours: r, waitingHours: w, overnightHours: o, betweenTasksHours: b, paidHours: paid });
        const sum = Math.round((e + t + r + w + o) * 100);
        expect(Math.round(x.countedHours * 100)).toBe(Math.round(paid * 100));
        expect(Math.round(x.eligibleHours * 100)).toBe(sum);
        expect(x.limitedByPaidHours).toBe(sum > Math.round(paid * 100));
        expect(escortTripHours({ escortingHours: e, travelHours: t, returnAloneHours: r, waitingHours: w, overnightHours: o, paidHours: paid }).countedHours).toBe(x.countedHours);
      }),
    );
  });
  it("bek. 235/2012 § 9: the supplement is the probable expenses, at most the year's maximum (2024: 1.005 kr., seed 004)", () => {
    fc.assert(
      fc.property(kroner(3000), (probable) => {
        const r = escortExpenseSupplement({ date: "2024-06-01", probableExpenses: probable });
        expect(ore(r.amount)).toBe(Math.min(ore(probable), 100_500));
        expect(r.capped).toBe(ore(probable) > 100_500);
      }),
      { examples: [["1005.00"], ["1005.01"]] },
    );
  });
  it("SEL § 109, stk. 9 with a price cap: amount = hours × min(price, cap); the Holbæk 2024 assessment after 4 hours applies only with its preset", () => {
    fc.assert(
      fc.property(hours(10), kroner(2000), kroner(2000), (h, price, cap) => {
        const r = shelterChildPsychology({ hours: h, hourlyPrice: price, priceCap: cap });
        // exact: hundredths of an hour × øre, divided by 100 and rounded half up
        expect(ore(r.amount)).toBe(Math.round((Math.round(h * 100) * Math.min(ore(price), ore(cap))) / 100));
        expect(r.needsAssessment).toBe(false);
        const holbaek = shelterChildPsychology({ hours: h, hourlyPrice: price, preset: "holbaek-2024" });
        expect(ore(holbaek.amount)).toBe(Math.round((Math.round(h * 100) * Math.min(ore(price), 110_000)) / 100));
        expect(holbaek.needsAssessment).toBe(h > 4);
        expect(ore(shelterChildPsychology({ hours: h, hourlyPrice: price }).amount)).toBe(Math.round((Math.round(h * 100) * ore(price)) / 100));
      }),
    );
  });
});

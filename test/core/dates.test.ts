// Date rules of the source documents on Danish working days (issue 16).
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { runs } from "../support/runs.js";


describe("month periods (issue 25 § 4: «til og med 28. februar»)", () => {
  it("property: a period of n months ends the day before the same date n months later, or on that month's last day when the date does not exist there", async () => {
    const { monthPeriodEnd, plusDays, plusMonths } = await import("../../src/core/calendar.js");
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20000 }), fc.integer({ min: 1, max: 24 }), (offset, n) => {
        const start = new Date(Date.UTC(2000, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
        const end = monthPeriodEnd(start, n);
        const same = plusMonths(start, n); // the same date n months later, or that month's last day
        const clamped = Number(same.slice(8, 10)) < Number(start.slice(8, 10));
        expect(end).toBe(clamped ? same : plusDays(same, -1));
        expect(end > start).toBe(true);
        expect(end.slice(0, 7) <= same.slice(0, 7)).toBe(true);
      }),
      { numRuns: runs(500) },
    );
  });
});

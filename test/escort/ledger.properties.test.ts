import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { escortLedger, InputError } from "../../src/index.js";
import { runs } from "../support/runs.js";

const usageArb = fc.array(fc.integer({ min: 0, max: 4000 }), { minLength: 1, maxLength: 30 });
const toUsage = (centi: number[]) => centi.map((c, i) => ({ month: monthAt(i), hours: c / 100 }));
const monthAt = (i: number) => `${2020 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`;
const policyArb = fc.record({
  order: fc.constantFrom("newest-first" as const, "oldest-first" as const),
  windowMonths: fc.integer({ min: 1, max: 8 }),
  cap: fc.integer({ min: 0, max: 150 }),
  saving: fc.boolean(),
});
const ledger = (usage: number[], policy: Record<string, unknown>, monthlyHours = 15) =>
  escortLedger({ from: "2020-01", to: monthAt(usage.length - 1), usage: toUsage(usage), policy: policy as never, monthlyHours });
const c = (h: number) => Math.round(h * 100);

describe("§ 97 ledger properties", () => {
  it("hours are conserved: granted = used + lapsed + still saved; recorded = used + overuse", () => {
    fc.assert(
      fc.property(usageArb, policyArb, fc.integer({ min: 0, max: 4000 }), (usage, policy, monthly) => {
        const r = ledger(usage, policy, monthly / 100);
        const end = r.months.at(-1)!;
        expect(c(r.totals.granted)).toBe(c(r.totals.used) + c(r.totals.lapsed) + c(end.availableAtEnd));
        for (const m of r.months) expect(c(m.recorded)).toBe(c(m.used) + c(m.overuse));
      }),
    );
  });
  it("available never exceeds the cap and is never negative; no hour lives longer than its window", () => {
    fc.assert(
      fc.property(usageArb, policyArb, (usage, policy) => {
        const r = ledger(usage, policy);
        r.months.forEach((m, i) => {
          expect(m.availableAtStart).toBeLessThanOrEqual(r.policy.cap);
          expect(m.availableAtStart).toBeGreaterThanOrEqual(0);
          expect(m.availableAtEnd).toBeGreaterThanOrEqual(0);
          for (const s of m.saved) {
            const age = i - usage.findIndex((_, k) => monthAt(k) === s.from);
            expect(age).toBeLessThan(r.policy.windowMonths - 0);
            expect(s.hours).toBeGreaterThan(0);
          }
        });
      }),
    );
  });
  it("newest-first and oldest-first use the same hours each month whenever nothing lapses", () => {
    fc.assert(
      fc.property(usageArb, (usage) => {
        const a = ledger(usage, { order: "newest-first" });
        const b = ledger(usage, { order: "oldest-first" });
        if (a.totals.lapsed === 0 && b.totals.lapsed === 0) {
          expect(a.months.map((m) => m.used)).toEqual(b.months.map((m) => m.used));
        }
      }),
    );
  });
  it("more usage never increases the hours that lapse", () => {
    fc.assert(
      fc.property(usageArb, fc.nat({ max: 29 }), fc.integer({ min: 1, max: 2000 }), policyArb, (usage, at, extra, policy) => {
        const k = at % usage.length;
        const more = usage.map((u, i) => (i === k ? u + extra : u));
        expect(c(ledger(more, policy).totals.lapsed)).toBeLessThanOrEqual(c(ledger(usage, policy).totals.lapsed));
      }),
    );
  });
  it("any input gives a result or an InputError, never another exception", () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.record({ from: fc.string(), to: fc.constantFrom("2024-01", "2024-13"), usage: fc.anything() }, { requiredKeys: [] })), (input) => {
        try {
          escortLedger(input as never);
        } catch (e) {
          expect(e).toBeInstanceOf(InputError);
        }
      }),
      { numRuns: runs(300) },
    );
  });
});

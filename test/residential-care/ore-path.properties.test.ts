// Issue 26 § 2: § 107 written once over the arithmetic — whole øre where every amount is a safe
// integer, decimal.js beyond. Both give the same result and explanation on random inputs: part
// months (days / days in month, rounded to øre half up, BEK nr. 1387 af 12/12/2006), own homes with
// and without a cost, plans for moving out, income and expenses as items, service levels.
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { residentialCarePayment, type ResidentialCareInput } from "../../src/index.js";
import { DEC, ORE, orePath } from "../../src/core/arith.js";
import { runs } from "../support/runs.js";
import { pathsAgree, through as run } from "../support/ore-path.js";

afterEach(() => {
  orePath.on = true;
});


const kr = (c: number, text: boolean) => (text ? `${Math.floor(c / 100)}.${String(c % 100).padStart(2, "0")}` : c / 100);

describe("§ 107 through whole øre equals § 107 through decimal.js", () => {
  const cents = fc.oneof(fc.integer({ min: 0, max: 3_000_000 }), fc.constantFrom(0, 1, 15, 123465, 400000, 207800), fc.integer({ min: 0, max: 10_000_000_000_000 }));
  const input = fc
    .record({
      text: fc.boolean(),
      income: fc.oneof(cents, fc.array(cents, { minLength: 1, maxLength: 3 })),
      housing: cents,
      food: fc.option(cents, { nil: undefined }),
      other: fc.option(cents, { nil: undefined }),
      expenses: fc.option(fc.array(cents, { maxLength: 3 }), { nil: undefined }),
      disposable: fc.option(cents, { nil: undefined }),
      own: fc.option(cents, { nil: undefined }),
      plan: fc.option(fc.record({ debt: cents, savings: cents }), { nil: undefined }),
      month: fc.constantFrom("2024-02", "2024-06", "2025-03", "2024-07"),
      days: fc.option(fc.tuple(fc.integer({ min: 1, max: 28 }), fc.integer({ min: 0, max: 27 })), { nil: undefined }),
      preset: fc.option(fc.constantFrom("holbaek-2024", "albertslund-2018"), { nil: undefined }),
    })
    .map((r) => {
      const m = (c: number) => kr(c, r.text);
      const out: Record<string, unknown> = {
        month: r.month,
        income: Array.isArray(r.income) ? r.income.map((c, i) => ({ label: `Indtægt ${i + 1}`, monthly: m(c) })) : m(r.income),
        price: { housing: m(r.housing), ...(r.food === undefined && r.other === undefined ? {} : { services: { ...(r.food === undefined ? {} : { food: m(r.food) }), ...(r.other === undefined ? {} : { other: m(r.other) }) } }) },
      };
      if (r.expenses !== undefined) out.approvedExpenses = r.expenses.map((c, i) => ({ label: `Udgift ${i + 1}`, monthly: m(c) }));
      if (r.disposable !== undefined || r.preset === undefined) out.disposableAmount = m(r.disposable ?? 207800);
      if (r.own !== undefined) out.ownDwelling = { monthlyCost: m(r.own) };
      if (r.plan !== undefined) out.dischargePlan = { debtRepayment: m(r.plan.debt), savings: m(r.plan.savings) };
      if (r.days !== undefined) {
        const from = Math.min(r.days[0], 28);
        const to = Math.min(from + r.days[1], 28);
        out.days = { from: `${r.month}-${String(from).padStart(2, "0")}`, to: `${r.month}-${String(to).padStart(2, "0")}` };
      }
      if (r.preset !== undefined) out.preset = r.preset;
      return out as unknown as ResidentialCareInput;
    });
  it("property: the whole result — payment, charge, capacity, reason, every step — or the same refusal", () => {
    pathsAgree(input, residentialCarePayment, runs(3000));
  });
  it("a part month's charge is days / days in month of the amount, rounded half up: 1.234,65 kr. for 1 of 30 days is 41,155 → 41,16 kr. in both", () => {
    const i = { month: "2024-06", days: { from: "2024-06-10", to: "2024-06-10" }, income: 20000, price: { housing: 1234.65 }, disposableAmount: 2078 } as ResidentialCareInput;
    expect((run(true, i, residentialCarePayment) as { charged: { housing: string } }).charged.housing).toBe("41.16");
    expect(run(true, i, residentialCarePayment)).toEqual(run(false, i, residentialCarePayment));
  });
  it("a half-øre tie in a part month rounds up (BEK nr. 1387 af 12/12/2006; the calculation's rule: days / days in month, rounded to øre half up): 4.000,05 kr. for 7 of April's 30 days is 933,345 → 933,35 kr. (before this work, a 40-digit share made it 933,34)", () => {
    const i = { month: "2024-04", days: { from: "2024-04-01", to: "2024-04-07" }, income: 12000, price: { housing: "4000.05" }, disposableAmount: 2800 } as ResidentialCareInput;
    expect((run(true, i, residentialCarePayment) as { charged: { housing: string } }).charged.housing).toBe("933.35");
    expect(run(true, i, residentialCarePayment)).toEqual(run(false, i, residentialCarePayment));
  });
  it("property: the two arithmetics agree operation by operation in the safe range, and øre gives way beyond it", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e13, max: 1e13 }), fc.integer({ min: 0, max: 1e13 }), fc.integer({ min: 1, max: 31 }), fc.integer({ min: 28, max: 31 }), (x, y, n, d) => {
        const [a, b] = [ORE.of(kr(Math.abs(x), true)), ORE.of(kr(y, true))];
        const [da, db] = [DEC.of(kr(Math.abs(x), true)), DEC.of(kr(y, true))];
        expect(ORE.text(ORE.minus(a, b))).toBe(DEC.text(DEC.minus(da, db)));
        expect(ORE.text(ORE.plus(a, b))).toBe(DEC.text(DEC.plus(da, db)));
        expect(ORE.text(ORE.share(b, Math.min(n, d), d))).toBe(DEC.text(DEC.share(db, Math.min(n, d), d)));
        expect(ORE.text(ORE.atLeastZero(ORE.minus(b, a)))).toBe(DEC.text(DEC.atLeastZero(DEC.minus(db, da))));
        expect(ORE.lte(a, b)).toBe(DEC.lte(da, db));
      }),
      { numRuns: runs(3000) },
    );
    expect(() => ORE.plus(Number.MAX_SAFE_INTEGER, 1)).toThrow();
  });
});

// Issue 26 § 1: § 107 for every resident at once, equal to the per-call API on every row.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extraCostSubsidyBatch, InputError, residentialCarePayment, residentialCarePaymentBatch, withServiceLevel, SERVICE_LEVELS } from "../../src/index.js";
import { runs } from "../support/runs.js";

describe("residentialCarePaymentBatch", () => {
  it("SEL § 163: the full price while the disposable amount is left, capped when not, nothing without income", () => {
    const r = residentialCarePaymentBatch({ income: [12000, 7000, 0, 9000], housing: 4000, services: 2500, disposableAmount: 2800, ownDwellingCost: [undefined, undefined, undefined, 3000] });
    expect([...r.paymentOre]).toEqual([650000, 420000, 0, 250000]);
    expect([0, 1, 2, 3].map((i) => r.reasonOf(i))).toEqual(["full-price", "capped", "no-income", "full-price"]);
    expect(r.explain(1)).toEqual(residentialCarePayment(r.input(1)).explanation);
    // The names every batch gives (issue 26 § 1), for the same columns.
    expect(r.amountOre).toBe(r.paymentOre);
    expect(r.rule).toBe(r.reason);
    expect([0, 1, 2, 3].map((i) => r.ruleOf(i))).toEqual(["full-price", "capped", "no-income", "full-price"]);
  });
  it("a service level named per row (Holbæk 2024, § 107 pkt. 5: 2.078 kr. «(2024 niveau)») is used in its period and refused outside it", () => {
    const r = residentialCarePaymentBatch({ income: 12000, housing: 4000, services: 2500, month: ["2024-11", "2026-11"], preset: "holbaek-2024" }, { onError: "collect" });
    expect(r.paymentOre[0]).toBe(650000);
    expect(r.errors).toMatchObject([{ row: 1, issues: [{ code: "rate-missing", path: "month" }] }]);
    expect(() => residentialCarePaymentBatch({ income: 12000, housing: 4000, month: "2026-11", preset: "holbaek-2024" })).toThrow(InputError);
  });
  it("bound to a municipality's own document, its figures apply to every row", () => {
    const own = withServiceLevel({ ...SERVICE_LEVELS["albertslund-2018"], name: "egen-2018" });
    const r = own.residentialCarePaymentBatch({ income: [12000, 5000], housing: 4000, services: 2500 });
    expect([...r.paymentOre]).toEqual([650000, 220000]);
  });
  it("property: every row equals the per-call payment and reason", () => {
    const kr = fc.integer({ min: 0, max: 3_000_000 }).map((c) => c / 100);
    const row = fc.record({ income: kr, housing: kr, services: fc.option(kr, { nil: undefined }), expenses: fc.option(kr, { nil: undefined }), disposable: kr, own: fc.option(fc.oneof(kr, fc.constant(0)), { nil: undefined }) });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 30 }), (rows) => {
        const b = residentialCarePaymentBatch({ income: rows.map((r) => r.income), housing: rows.map((r) => r.housing), services: rows.map((r) => r.services), approvedExpenses: rows.map((r) => r.expenses), disposableAmount: rows.map((r) => r.disposable), ownDwellingCost: rows.map((r) => r.own) }, { onError: "collect" });
        rows.forEach((_, i) => {
          const one = residentialCarePayment(b.input(i));
          expect(b.paymentOre[i]).toBe(Math.round(Number(one.payment) * 100));
          expect(b.reasonOf(i)).toBe(one.reason);
        });
      }),
      { numRuns: runs(200) },
    );
  });
});

describe("an adversarial test's findings on the batches (this session)", () => {
  const h = SERVICE_LEVELS["holbaek-2024"];
  const rules = Object.fromEntries(Object.entries(h.rules).map(([k, rows]) => [k, (rows as unknown as { until?: string }[]).map(({ until: _, ...r }) => r)]));
  const own = withServiceLevel({ ...h, name: "egen", rules });
  it("a bound batch's row without a preset uses the bound level (its approved expenses), and its amount agrees with its explanation", () => {
    const b = own.residentialCarePaymentBatch({ income: 8000, housing: 4000, services: 2500, disposableAmount: 2000, preset: ["egen", undefined as never] });
    expect([...b.paymentOre]).toEqual([551900, 551900]);
    expect(b.explain(1).at(-1)?.text).toMatch(/5\.519,00 kr\./);
  });
  it("a bound batch keeps its options (collect)", () => {
    const b = own.residentialCarePaymentBatch({ income: [12000, -1], housing: 4000, disposableAmount: 2000, month: "2024-03" }, { onError: "collect" });
    expect(b.errors.map((e) => e.row)).toEqual([1]);
  });
  it("a value that cannot be read refuses its row (unreadable), a DataView is not a column, a row index outside the batch is refused, the options must be an object", () => {
    const a = [1800, 1800];
    Object.defineProperty(a, 1, { get: () => { throw new TypeError("x"); } });
    const b = extraCostSubsidyBatch({ date: "2024-03-01", monthlyCosts: a }, { onError: "collect" });
    expect(b.amountOre[0]).toBe(227700);
    expect(b.errors[0]).toMatchObject({ row: 1, issues: [{ code: "unreadable", path: "monthlyCosts" }] });
    expect(Object.isFrozen(b.errors[0])).toBe(true);
    expect(() => extraCostSubsidyBatch({ date: "2024-03-01", monthlyCosts: new DataView(new ArrayBuffer(16)) as never })).toThrow(InputError);
    expect(() => b.explain(5)).toThrow(InputError);
    expect(() => b.ruleOf(-1)).toThrow(InputError);
    expect(() => extraCostSubsidyBatch({ date: "2024-03-01", monthlyCosts: 1 }, "collect" as never)).toThrow(InputError);
  });
});

import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { InputError, residentialCarePayment } from "../../src/index.js";
import { isMoneyString, kroner, ore } from "../support/arb.js";
import { runs } from "../support/runs.js";

const price = { housing: 4000, services: { food: 2500, laundry: 200, cleaning: 150, windowCleaning: 50 } }; // charge 6.900

describe("§ 107 own payment — worked examples", () => {
  it("Holbæk 2024 (seed 004, pkt. 5): full price paid when income allows", () => {
    // 15.000 − (196 + 145 + 140 = 481) − 2.078 = 12.441 capacity ≥ 6.900 charge
    const r = residentialCarePayment({ month: "2024-03", income: 15000, price, preset: "holbaek-2024" });
    expect(r).toMatchObject({ payment: "6900.00", reason: "full-price", capacity: "12441.00", deductions: "481.00", disposableLeft: "7619.00" });
    expect(r.explanation.filter((s) => s.rule.startsWith("residential-care.deduction")).map((s) => s.text)).toEqual([
      "Fradrag – Telefon og internet: 196,00 kr. pr. måned.",
      "Fradrag – Indboforsikring: 145,00 kr. pr. måned.",
      "Fradrag – Ulykkesforsikring: 140,00 kr. pr. måned.",
    ]);
  });
  it("Holbæk 2024: payment capped so exactly 2.078,00 kr. is left", () => {
    // 8.000 − 481 − 2.078 = 5.441 < 6.900
    const r = residentialCarePayment({ month: "2024-03", income: 8000, price, preset: "holbaek-2024" });
    expect(r).toMatchObject({ payment: "5441.00", reason: "capped", disposableLeft: "2078.00" });
  });
  it("Albertslund 2018 (seed 001): 2.800 kr. left after fixed expenses", () => {
    const r = residentialCarePayment({ month: "2018-06", income: 9000, price, preset: "albertslund-2018", approvedExpenses: [{ label: "Forsikring", monthly: 300 }] });
    // 9.000 − 300 − 2.800 = 5.900 < 6.900
    expect(r).toMatchObject({ payment: "5900.00", disposableLeft: "2800.00", reason: "capped" });
  });
  it("own dwelling kept (SEL § 163, stk. 2; seed 001): services only, own rent deducted", () => {
    const r = residentialCarePayment({ month: "2018-06", income: 12000, price, preset: "albertslund-2018", ownDwelling: { monthlyCost: 5500 } });
    // charge = services 2.900; capacity = 12.000 − 5.500 − 2.800 = 3.700
    expect(r).toMatchObject({ payment: "2900.00", charged: { housing: "0.00", services: "2900.00" }, reason: "full-price", disposableLeft: "3600.00" });
  });
  it("no income → 0 (seed 001)", () => {
    expect(residentialCarePayment({ month: "2024-03", income: 0, price, preset: "holbaek-2024" })).toMatchObject({ payment: "0.00", reason: "no-income" });
  });
  it("discharge plan deductions (seed 001): debt repayment and savings", () => {
    const r = residentialCarePayment({ month: "2018-06", income: 10000, price, preset: "albertslund-2018", dischargePlan: { debtRepayment: 1000, savings: 500 } });
    // 10.000 − 1.500 − 2.800 = 5.700
    expect(r).toMatchObject({ payment: "5700.00", deductions: "1500.00", disposableLeft: "2800.00" });
  });
  it("a part month: 10 of 31 days → housing and services each pro rata, rounded to øre: 1.290,32 + 935,48 = 2.225,80 kr.", () => {
    const r = residentialCarePayment({ month: "2024-03", days: { from: "2024-03-22", to: "2024-03-31" }, income: 15000, price, preset: "holbaek-2024" });
    expect(r.charged).toEqual({ housing: "1290.32", services: "935.48", total: "2225.80" });
    expect(r.payment).toBe("2225.80");
  });
  it("income below deductions + disposable → pays 0, capacity negative", () => {
    expect(residentialCarePayment({ month: "2024-03", income: 2000, price, preset: "holbaek-2024" })).toMatchObject({ payment: "0.00", capacity: "-559.00", reason: "capped" });
  });
  it("income as labelled items and an explicit disposable amount", () => {
    const r = residentialCarePayment({ month: "2024-03", income: [{ label: "Førtidspension", monthly: "14000.50" }, { label: "Løn", monthly: 1000 }], price: { housing: 3000 }, disposableAmount: 2500 });
    expect(r).toMatchObject({ income: "15000.50", payment: "3000.00", disposableLeft: "12000.50" });
  });
  it("bad input: negative price or income, unknown preset, days outside month, no disposable amount", () => {
    expect(() => residentialCarePayment({ month: "2024-03", income: -1, price, preset: "holbaek-2024" })).toThrow(/income must be/);
    expect(() => residentialCarePayment({ month: "2024-03", income: 1, price: { housing: -1 }, preset: "holbaek-2024" })).toThrow(/price.housing must be ≥ 0 kr./);
    expect(() => residentialCarePayment({ month: "2024-03", income: 1, price, preset: "roskilde-2024" as never })).toThrow(/preset must be one of/);
    expect(() => residentialCarePayment({ month: "2024-03", days: { from: "2024-02-28", to: "2024-03-02" }, income: 1, price, preset: "holbaek-2024" })).toThrow(/days.from must be in 2024-03/);
    expect(() => residentialCarePayment({ month: "2024-03", days: { from: "2024-03-10", to: "2024-03-02" }, income: 1, price, preset: "holbaek-2024" })).toThrow(/must not be before/);
    expect(() => residentialCarePayment({ month: "2024-03", income: 1, price })).toThrow(/disposableAmount is required/);
  });
});

describe("§ 107 properties", () => {
  const inputArb = fc.record({
    income: kroner(40_000),
    housing: kroner(8_000),
    food: kroner(4_000),
    expense: kroner(3_000),
    disposable: kroner(4_000),
    own: fc.option(kroner(8_000), { nil: undefined }),
  });
  const run = (x: { income: string; housing: string; food: string; expense: string; disposable: string; own: string | undefined }) =>
    residentialCarePayment({
      month: "2024-03",
      income: x.income,
      price: { housing: x.housing, services: { food: x.food } },
      approvedExpenses: [{ label: "Udgift", monthly: x.expense }],
      disposableAmount: x.disposable,
      ...(x.own === undefined ? {} : { ownDwelling: { monthlyCost: x.own } }),
    });
  it("the disposable amount is left whenever income after deductions allows it, else the payment is 0", () => {
    fc.assert(
      fc.property(inputArb, (x) => {
        const r = run(x);
        const afterDeductions = ore(r.income) - ore(r.deductions);
        if (afterDeductions >= ore(r.disposableAmount)) expect(ore(r.disposableLeft)).toBeGreaterThanOrEqual(ore(r.disposableAmount));
        else expect(r.payment).toBe("0.00");
      }),
    );
  });
  it("payment never exceeds the charge, is never negative; payment + left + deductions = income when payment > 0", () => {
    fc.assert(
      fc.property(inputArb, (x) => {
        const r = run(x);
        expect(ore(r.payment)).toBeGreaterThanOrEqual(0);
        expect(ore(r.payment)).toBeLessThanOrEqual(ore(r.charged.total));
        if (ore(r.payment) > 0) expect(ore(r.payment) + ore(r.disposableLeft) + ore(r.deductions)).toBe(ore(r.income));
        for (const s of [r.payment, r.charged.total, r.disposableLeft]) expect(/^-?\d+\.\d{2}$/.test(s)).toBe(true);
        expect(isMoneyString(r.payment)).toBe(true);
      }),
    );
  });
  it("payment never falls when income rises and never rises when approved expenses rise", () => {
    fc.assert(
      fc.property(inputArb, kroner(5_000), (x, d) => {
        const base = ore(run(x).payment);
        const richer = ore(run({ ...x, income: ((ore(x.income) + ore(d)) / 100).toFixed(2) }).payment);
        const costlier = ore(run({ ...x, expense: ((ore(x.expense) + ore(d)) / 100).toFixed(2) }).payment);
        expect(richer).toBeGreaterThanOrEqual(base);
        expect(costlier).toBeLessThanOrEqual(base);
      }),
    );
  });
  it("any input gives a result or an InputError", () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.record({ month: fc.string(), income: fc.anything(), price: fc.anything(), preset: fc.string() }, { requiredKeys: [] })), (input) => {
        try {
          residentialCarePayment(input as never);
        } catch (e) {
          expect(e).toBeInstanceOf(InputError);
        }
      }),
      { numRuns: runs(300) },
    );
  });
});

describe("presets gathered by municipality", () => {
  it("presets.holbaek2024 and presets.albertslund2018 carry the documents' figures, with municipality and year", async () => {
    const { presets } = await import("../../src/index.js");
    expect(presets.holbaek2024.residentialCare?.disposableAmount).toBe("2078.00");
    expect(presets.albertslund2018.residentialCare?.disposableAmount).toBe("2800.00");
    expect(presets.albertslund2018.bpa?.adminPerMeasuredHourTransferred?.value).toBe("5.45");
    expect(presets.holbaek2024).toMatchObject({ municipality: "Holbæk Kommune", year: 2024 });
    expect(Object.isFrozen(presets.holbaek2024.residentialCare?.approvedExpenses)).toBe(true);
  });
});

describe("a service level's expense and disposable-amount lines are rendered once (issue 26 § 2)", () => {
  const base = { month: "2024-03", income: 12000, price: { housing: 4000, services: { food: 2500 } } };
  it("Holbæk 2024, § 107 pkt. 5: the kept lines read the same in every call, beside a caller's own expenses and amount", async () => {
    const { SERVICE_LEVELS, withServiceLevel } = await import("../../src/index.js");
    const first = residentialCarePayment({ ...base, preset: "holbaek-2024" }).explanation;
    const again = residentialCarePayment({ ...base, income: 9000, preset: "holbaek-2024" }).explanation;
    const lines = (e: typeof first, rule: string) => e.filter((s) => s.rule === rule).map((s) => s.text);
    expect(lines(again, "residential-care.deduction")).toEqual(lines(first, "residential-care.deduction"));
    expect(lines(first, "residential-care.deduction")).toContain("Fradrag – Telefon og internet: 196,00 kr. pr. måned.");
    expect(lines(first, "residential-care.disposable")).toEqual(["Rådighedsbeløb, som borgeren altid skal have tilbage: 2.078,00 kr. pr. måned."]);
    // The caller's own expense with a service level's label is its own line, and the caller's amount its own.
    const own = residentialCarePayment({ ...base, preset: "holbaek-2024", approvedExpenses: [{ label: "Telefon og internet", monthly: 250 }], disposableAmount: 3000 }).explanation;
    expect(lines(own, "residential-care.deduction")).toEqual(["Fradrag – Telefon og internet: 250,00 kr. pr. måned."]);
    expect(lines(own, "residential-care.disposable")).toEqual(["Rådighedsbeløb, som borgeren altid skal have tilbage: 3.000,00 kr. pr. måned."]);
    // A municipality's own document with other figures gets its own lines, never Holbæk's.
    const h = SERVICE_LEVELS["holbaek-2024"];
    const rows = h.rules["residentialCare.approvedExpenses"] as unknown as { value: { label: string; monthly: string }[] }[];
    const rules = { ...h.rules, "residentialCare.approvedExpenses": rows.map((r) => ({ ...r, value: [{ label: "Telefon og internet", monthly: "199.00" }] })) };
    const other = withServiceLevel({ ...h, name: "egen-2024", rules }).residentialCarePayment({ ...base }).explanation;
    expect(lines(other, "residential-care.deduction")).toEqual(["Fradrag – Telefon og internet: 199,00 kr. pr. måned."]);
    expect(residentialCarePayment({ ...base, preset: "holbaek-2024" }).explanation).toEqual(first);
  });
});

describe("a service level's figures are checked in force for each month, whatever came before (issue 26 § 2)", () => {
  it("Holbæk 2024, § 107 pkt. 5 («2.078,00 kr. pr. måned (2024 niveau)»): a month outside 2024 is refused before and after months inside it were computed, for every set of figures the call leaves to the document", () => {
    const base = { income: 12000, price: { housing: 4000, services: { food: 2500 } }, preset: "holbaek-2024" as const };
    const sets = [{}, { disposableAmount: 2078 }, { approvedExpenses: [{ label: "Egen", monthly: 100 }] }];
    const outcome = (month: string, own: object) => {
      try {
        return residentialCarePayment({ ...base, ...own, month }).payment;
      } catch (e) {
        if (e instanceof InputError) return e.issues.map((i) => i.code).join(",");
        throw e;
      }
    };
    for (const own of sets) {
      const first = outcome("2026-11", own);
      expect(outcome("2024-03", own)).toMatch(/^\d+\.\d\d$/);
      for (let k = 0; k < 3; k++) {
        expect(outcome("2026-11", own)).toBe(first);
        expect(outcome("2024-03", own)).toBe(outcome("2024-03", own));
      }
    }
    // Leaving the disposable amount to the document, 2026 has no figure: refused as rate-missing.
    expect(outcome("2026-11", {})).toBe("rate-missing");
  });
});

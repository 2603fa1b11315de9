// Rules an independent reading of Albertslund 2018 and Holbæk 2024 found wrong, each with the
// quoted phrase it implements, and the invariants they imply.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { bpaGrant, bpaSettlement, type BpaGrantInput } from "../../src/index.js";
import { ore } from "../support/arb.js";
import { runs } from "../support/runs.js";

const base = { section: "96" as const, date: "2024-01-01", preset: "aarhus-2021-10-lt11" as const, employer: "citizen" as const, weeklyHours: { day: 40 } };

describe("BPA settlement (Holbæk 2024, BPA pkt. 7: «ubrugte midler … skal pengene tilbagebetales»)", () => {
  it("a repayment never exceeds what was paid: a large allowance offset and nothing used repays exactly the grant paid", () => {
    const grant: BpaGrantInput = { ...base, allowances: { yearlyAmount: 300_000 } };
    const g = bpaGrant(grant);
    const s = bpaSettlement({ grant, used: {} });
    expect(ore(s.repayment)).toBe(ore(g.yearly.total));
    expect(s.paid).toBe(g.yearly.total);
  });
  it("money is settled by default: all 2.080 hours used, 100 more evening and 100 fewer day hours → nothing to repay", () => {
    const grant: BpaGrantInput = { ...base, weeklyHours: { day: 30, evening: 10 } };
    const s = bpaSettlement({ grant, used: { day: 1460, evening: 620 } });
    // 100 evening hours cost more than 100 day hours, so the money used is more than granted: no repayment
    expect(s.repayment).toBe("0.00");
    expect(s.explanation.find((x) => x.rule.startsWith("bpa.settlement.netting"))?.text).toMatch(/Overforbrug af én timeart modregnes i underforbrug af en anden/);
    // the hours-by-kind policy is named and opt-in
    expect(ore(bpaSettlement({ grant, used: { day: 1460, evening: 620 }, policy: "by-kind" }).repayment)).toBe(Math.round(100 * 135.6 * 1.255 * 100));
  });
  it("property: 0 ≤ repayment ≤ the grant's yearly total, for every grant and usage", () => {
    fc.assert(
      fc.property(
        fc.record({ day: fc.integer({ min: 21, max: 60 }), evening: fc.integer({ min: 0, max: 20 }), offset: fc.integer({ min: 0, max: 400_000 }) }),
        fc.record({ day: fc.integer({ min: 0, max: 4000 }), evening: fc.integer({ min: 0, max: 2000 }), night: fc.integer({ min: 0, max: 500 }) }),
        fc.constantFrom("money" as const, "by-kind" as const),
        (w, used, policy) => {
          const grant: BpaGrantInput = { ...base, weeklyHours: { day: w.day, evening: w.evening }, ...(w.offset > 0 ? { allowances: { yearlyAmount: Math.min(w.offset, w.day * 52 * 135) } } : {}) };
          const total = ore(bpaGrant(grant).yearly.total);
          const r = ore(bpaSettlement({ grant, used, policy }).repayment);
          expect(r).toBeGreaterThanOrEqual(0);
          expect(r).toBeLessThanOrEqual(total);
        },
      ),
      { numRuns: runs(60) },
    );
  });
  it("property: using exactly the granted hours repays nothing; using none repays min(paid, value of the hours)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 21, max: 60 }), fc.integer({ min: 0, max: 20 }), (day, evening) => {
        const grant: BpaGrantInput = { ...base, weeklyHours: { day, evening } };
        expect(bpaSettlement({ grant, used: { day: day * 52, evening: evening * 52 } }).repayment).toBe("0.00");
        const none = bpaSettlement({ grant, used: {} });
        expect(none.repayment).toBe(none.grantedValue);
      }),
      { numRuns: runs(40) },
    );
  });
});

describe("BPA presets: a municipality's figure only under its own name", () => {
  it("Holbæk 2024, pkt. 3: «Efter en individuel vurdering, kan der udmåles et særskilt beløb» — no cap on helper expenses", () => {
    expect(bpaGrant({ ...base, helperExpensesMonthly: 1500, servicePreset: "holbaek-2024" }).yearly.helperExpenses).toBe("18000.00");
  });
  it("Holbæk 2024, pkt. 6: «den del af bistandsplejetillægget, der anvendes til dækning af dine hjælpebehov» — only a caller-given amount or hours", () => {
    expect(() => bpaGrant({ ...base, allowances: { care: true }, servicePreset: "holbaek-2024" })).toThrow(/assessed offset/);
    expect(bpaGrant({ ...base, allowances: { yearlyAmount: 12_000 }, servicePreset: "holbaek-2024" }).yearly.offset).toBe("12000.00");
    expect(bpaGrant({ ...base, allowances: { weeklyHours: 2 }, servicePreset: "holbaek-2024" }).yearly.offset).toBe("14102.40"); // 2 × 52 × 135,60
  });
  it("Albertslund 2018, § 96: «Bistandstillæg omregnes til 4,5 normaltimer» — not applied to a § 95 grant", () => {
    expect(bpaGrant({ ...base, allowances: { attendance: true }, servicePreset: "albertslund-2018" }).yearly.offset).toBe("31730.40"); // 4,5 × 52 × 135,60
    expect(() => bpaGrant({ ...base, section: "95", allowances: { attendance: true }, servicePreset: "albertslund-2018" })).toThrow(/only for § 96 grants/);
  });
  it("without a preset: no cap on helper expenses (the explanation says so) and no fixed-hour offset", () => {
    const g = bpaGrant({ ...base, helperExpensesMonthly: 1500 });
    expect(g.yearly.helperExpenses).toBe("18000.00");
    expect(g.explanation.find((s) => s.rule.startsWith("bpa.helper-expenses"))?.text).toMatch(/ikke anvendt et loft/);
    expect(() => bpaGrant({ ...base, allowances: { care: true } })).toThrow(/allowances need the assessed offset/);
  });
  it("every preset states its municipality and year in the explanation when used", () => {
    expect(bpaGrant({ ...base, servicePreset: "holbaek-2024" }).explanation[0]).toMatchObject({ rule: "preset.service-level", text: "Serviceniveau: Holbæk Kommune (2024)." });
    expect(bpaGrant({ ...base, servicePreset: "albertslund-2018" }).explanation[0]?.text).toBe("Serviceniveau: Albertslund Kommune (2018).");
  });
});

describe("BPA rules read from the documents", () => {
  it("SEL § 95, stk. 3: the 48-hour limit is for a relative receiving the § 95, stk. 2 grant — not § 96, not a grant transferred under stk. 4", () => {
    expect(bpaGrant({ ...base, employer: "relative", weeklyHours: { day: 60 }, relativeWeeklyHours: 55 }).eligible).toBe(true);
    expect(() => bpaGrant({ ...base, section: "95", employer: "relative", weeklyHours: { day: 60 }, relativeWeeklyHours: 55 })).toThrow(/SEL § 95, stk. 3/);
    expect(bpaGrant({ ...base, section: "95", employer: "relative", weeklyHours: { day: 60 }, relativeWeeklyHours: 55, grantTransferred: true }).eligible).toBe(true);
  });
  it("Albertslund 2018: «efter regning op til 2.030,00 kr. årligt pr. hjælper» — the invoice is paid up to the maximum", () => {
    const g = (invoice?: number) =>
      bpaGrant({ ...base, payroll: "association", helpers: 2, servicePreset: "albertslund-2018", ...(invoice === undefined ? {} : { admin: { payrollPerHelperPerYear: 2030, payrollInvoice: invoice } }) });
    expect(g(3000).yearly.admin).toBe("3000.00");
    expect(g(5000).yearly.admin).toBe("4060.00");
    expect(g().yearly.admin).toBe("4060.00");
    expect(g().explanation.find((s) => s.rule.startsWith("bpa.admin"))?.text).toMatch(/loftet er vist som det højeste beløb/);
  });
  it("Albertslund 2018: «5,45 kr. pr udmålte BPA time»; the hours take the forms «faste ugentlige timer, puljetimer, rådighedstimer», so on-call hours count", () => {
    const g = bpaGrant({ ...base, employer: "company", onCallWeeklyHours: 10, yearlyExtraHours: { other: 100 }, servicePreset: "albertslund-2018" });
    expect(g.yearly.admin).toBe("14715.00"); // (2.080 fixed + 520 on-call + 100 pooled) × 5,45
  });
  it("BPA-handicaphjælper-overenskomsten: pension 13 % «efter 5 måneders anciennitet» — stated as an assumption, or for the months given", () => {
    const all = bpaGrant(base);
    expect(all.explanation.find((s) => s.rule.startsWith("bpa.pension"))?.text).toMatch(/antaget, at hjælperne har den hele året/);
    const seven = bpaGrant({ ...base, wage: { pensionMonths: 7 } });
    expect(ore(seven.yearly.pension)).toBe(Math.round((ore(all.yearly.pension) * 7) / 12));
    expect(bpaGrant({ ...base, wage: { pensionMonths: 0 } }).yearly.pension).toBe("0.00");
  });
});

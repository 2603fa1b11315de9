import { describe, expect, it } from "vitest";
import { residentialCarePayment } from "../../src/index.js";

describe("§ 107 own home (Albertslund 2018: «Borgere, der bevarer egen bolig og har udgifter til denne, betaler ikke for boligen»)", () => {
  const base = { month: "2024-03", income: 15000, price: { housing: 4000, services: { food: 2000 } }, preset: "albertslund-2018" as const };
  it("an own home with a monthly cost waives housing; only services are charged", () => {
    const r = residentialCarePayment({ ...base, ownDwelling: { monthlyCost: 3500 } });
    expect(r.charged).toEqual({ housing: "0.00", services: "2000.00", total: "2000.00" });
  });
  it("an own home with no cost («og har udgifter til denne» is not met) does not waive housing", () => {
    const r = residentialCarePayment({ ...base, ownDwelling: { monthlyCost: 0 } });
    expect(r.charged).toEqual({ housing: "4000.00", services: "2000.00", total: "6000.00" });
    expect(r.explanation.find((s) => s.rule.startsWith("residential-care.charge"))?.text).toMatch(/ingen udgift til den/);
  });
  it("the preset states its municipality and year", () => {
    expect(residentialCarePayment(base).explanation[0]?.text).toBe("Serviceniveau: Albertslund Kommune (2018).");
  });
});

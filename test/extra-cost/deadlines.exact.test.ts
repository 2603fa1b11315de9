// Exact refusals and step values of the § 100 payment period (Albertslund 2018, Holbæk 2024),
// each from its source. Aimed at the mutation run's survivors.
import { describe, expect, it } from "vitest";
import * as lib from "../../src/index.js";
import { issuesOf as issues } from "../support/issues.js";

describe("extraCostPaymentPeriod (Albertslund 2018 first month; Holbæk 2024 pkt. 5 last month)", () => {
  it("the first month after the month received, also from the 31st", () => {
    expect(lib.extraCostPaymentPeriod({ applicationReceived: "2024-01-31" }).firstMonth).toBe("2024-02");
    expect(lib.extraCostPaymentPeriod({ applicationReceived: "2024-12-31" }).firstMonth).toBe("2025-01");
  });
  it("born on the last legislated day: the pension month ends the payment (70 years)", () => {
    expect(lib.extraCostPaymentPeriod({ applicationReceived: "2024-03-15", birthDate: "1974-12-31" })).toMatchObject({ lastMonth: "2044-12", endReason: "pension-age" });
    expect(lib.extraCostPaymentPeriod({ applicationReceived: "2024-03-15", birthDate: "1975-01-01" }).lastMonth).toBeUndefined();
  });
  it("conditions ending in the pension month keep the pension as the reason; a month earlier, the conditions", () => {
    expect(lib.extraCostPaymentPeriod({ applicationReceived: "2024-03-15", birthDate: "1960-05-20", conditionsEndDate: "2027-05-31" })).toMatchObject({ lastMonth: "2027-05", endReason: "pension-age" });
    expect(lib.extraCostPaymentPeriod({ applicationReceived: "2024-03-15", birthDate: "1960-05-20", conditionsEndDate: "2027-04-10" })).toMatchObject({ lastMonth: "2027-04", endReason: "conditions" });
    expect(lib.extraCostPaymentPeriod({ applicationReceived: "2024-03-15", conditionsEndDate: "2025-06-10" })).toMatchObject({ lastMonth: "2025-06", endReason: "conditions" });
  });
  it("an end before the first month is refused on the field that ends it; the first month itself is allowed", () => {
    expect(issues(() => lib.extraCostPaymentPeriod({ applicationReceived: "2024-03-15", birthDate: "1950-01-01" }))).toMatchObject([{ path: "birthDate", code: "order", message: "birthDate ends the payment (2015-01) before its first month (2024-04)" }]);
    expect(issues(() => lib.extraCostPaymentPeriod({ applicationReceived: "2024-03-15", conditionsEndDate: "2024-03-20" }))).toMatchObject([{ path: "conditionsEndDate", code: "order", message: "conditionsEndDate ends the payment (2024-03) before its first month (2024-04)" }]);
    expect(lib.extraCostPaymentPeriod({ applicationReceived: "2024-03-15", conditionsEndDate: "2024-04-20" }).lastMonth).toBe("2024-04");
  });
});

describe("§ 100 payment period: each rule cites the service level in use that states it (issue 25 § 3)", () => {
  const src = (r: { explanation: { rule: string; source?: string }[] }, rule: string) => r.explanation.find((s) => s.rule === rule)?.source;
  it("Albertslund 2018: the first month from its «Leverandør», the pension end from its «Målgruppe»", () => {
    const r = lib.extraCostPaymentPeriod({ applicationReceived: "2024-03-15", birthDate: "1960-05-20", preset: "albertslund-2018" });
    expect(src(r, "extra-cost.period.first")).toBe("Albertslund Kommune, Kvalitetsstandard 2018 – Voksne med Særlige Behov, § 100 Merudgifter, Leverandør");
    expect(src(r, "extra-cost.period.pension")).toBe("Albertslund Kommune, Kvalitetsstandard 2018 – Voksne med Særlige Behov, § 100 Merudgifter, Målgruppe; lov om social pension § 1 a");
  });
  it("Holbæk 2024: its pkt. 5 for both ends, no Albertslund citation; no service level: no municipality cited", () => {
    const h = lib.extraCostPaymentPeriod({ applicationReceived: "2024-03-15", birthDate: "1960-05-20", conditionsEndDate: "2025-01-10", preset: "holbaek-2024" });
    for (const s of h.explanation) expect(s.source ?? "").not.toMatch(/Albertslund/);
    expect(src(h, "extra-cost.period.conditions")).toMatch(/Holbæk Kommune, .*Merudgifter § 100, pkt\. 5$/);
    const none = lib.extraCostPaymentPeriod({ applicationReceived: "2024-03-15", birthDate: "1960-05-20", conditionsEndDate: "2025-01-10" });
    for (const s of none.explanation) expect(s.source ?? "").not.toMatch(/Albertslund|Holbæk|Ballerup/);
    expect(src(none, "extra-cost.period.pension")).toBe("SEL § 100, stk. 1 (til folkepensionsalderen); lov om social pension § 1 a");
  });
});

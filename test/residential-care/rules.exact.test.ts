// § 107 own payment: which source each line cites (the preset's document only for the preset's own
// figures; Holbæk 2024, Albertslund 2018) and the days-in-month rules refusing exactly what is
// wrong — never a rule issue lost because another field was malformed. Aimed at the mutation
// run's survivors.
import { describe, expect, it } from "vitest";
import { InputError, residentialCarePayment } from "../../src/index.js";

const paths = (input: unknown) => {
  try {
    residentialCarePayment(input as never);
  } catch (e) {
    if (e instanceof InputError) return e.issues.map((i) => i.path).sort();
    throw e;
  }
  return [];
};
const price = { housing: 4000, services: { food: 2000 } };

describe("sources: the preset's document only for the preset's own figures (Holbæk 2024)", () => {
  it("approved expenses and the disposable amount from the preset cite it; given by the caller they cite nothing", () => {
    const preset = residentialCarePayment({ month: "2024-03", income: 15000, price, preset: "holbaek-2024" });
    const own = residentialCarePayment({ income: 15000, price, preset: "holbaek-2024", approvedExpenses: [{ label: "Forsikring", monthly: 300 }], disposableAmount: 2500 });
    const src = (r: typeof own, rule: string) => r.explanation.filter((s) => s.rule === rule).map((s) => s.source);
    expect(src(preset, "residential-care.deduction").every((s) => typeof s === "string" && s.includes("Holbæk"))).toBe(true);
    expect(src(own, "residential-care.deduction")).toEqual([undefined]);
    expect(src(preset, "residential-care.disposable")[0]).toMatch(/Holbæk/);
    expect(src(own, "residential-care.disposable")).toEqual([undefined]);
  });
});

describe("days within a month", () => {
  it("a bad month is reported once, not again as a day outside it", () => {
    expect(paths({ month: "2024-13", days: { from: "2024-03-01", to: "2024-03-05" }, income: 9000, price, disposableAmount: 2000 })).toEqual(["month"]);
  });
  it("a bad day keeps every other problem: the missing disposable amount is still reported", () => {
    expect(paths({ month: "2024-03", days: { from: "2024-02-30", to: "2024-03-05" }, income: 9000, price })).toEqual(["days.from", "disposableAmount"]);
    expect(paths({ month: "2024-03", days: { from: "2024-03-01", to: "2024-03-32" }, income: 9000, price })).toEqual(["days.to", "disposableAmount"]);
    // 31 April is no date: reported as such, not also as a day outside March.
    expect(paths({ month: "2024-03", days: { from: "2024-03-01", to: "2024-04-31" }, income: 9000, price, disposableAmount: 2000 })).toEqual(["days.to"]);
    expect(paths({ month: "2024-03", days: { from: "2024-04-31", to: "2024-03-05" }, income: 9000, price, disposableAmount: 2000 })).toEqual(["days.from"]);
  });
  it("days that are not an object are refused as days; month is not asked for then", () => {
    expect(paths({ days: "x", income: 9000, price, disposableAmount: 2000 })).toEqual(["days"]);
    expect(paths({ days: null, income: 9000, price, disposableAmount: 2000 })).toEqual(["days"]);
    expect(paths({ days: null, income: 9000, price })).toEqual(["days", "disposableAmount"]);
  });
  it("the order messages say which month and which field", () => {
    try {
      residentialCarePayment({ month: "2024-03", days: { from: "2024-04-02", to: "2024-04-01" }, income: 9000, price, disposableAmount: 2000 });
    } catch (e) {
      expect((e as InputError).issues.map((i) => [i.message, i.code])).toEqual([["days.from must be in 2024-03", "order"], ["days.to must be in 2024-03", "order"], ["days.to must not be before days.from", "order"]]);
    }
    expect.assertions(1);
  });
});

describe("§ 107 rules cite the service level in use, or the law (issue 25 § 3)", () => {
  const base = { month: "2024-03", income: 12000, price: { housing: 4000, services: { food: 2500 } }, ownDwelling: { monthlyCost: 3000 } };
  const own = (preset?: "holbaek-2024" | "albertslund-2018") => residentialCarePayment({ ...base, ...(preset ? { preset } : { disposableAmount: 2000 }) }).explanation.find((s) => s.rule === "residential-care.charge.own-home")?.source;
  it("own dwelling: SEL § 163, stk. 2 alone without a service level; with Holbæk 2024 its § 107 pkt. 5; with Albertslund 2018 its § 107 Betaling", () => {
    expect(own()).toBe("SEL § 163, stk. 2");
    expect(own("holbaek-2024")).toBe("SEL § 163, stk. 2; Holbæk Kommune, Information om serviceniveauer på det specialiserede voksenområde jf. lov om social service (vedtaget 19. juni 2024), Midlertidigt botilbud § 107, pkt. 5");
    expect(own("albertslund-2018")).toMatch(/^SEL § 163, stk\. 2; Albertslund Kommune, Kvalitetsstandard 2018 – Voksne med Særlige Behov, § 107 Midlertidigt botilbud, Betaling/);
  });
  it("no income and a discharge plan cite Albertslund only under Albertslund's service level", () => {
    const noIncome = (preset?: "albertslund-2018") => residentialCarePayment({ income: 0, price: { housing: 4000 }, disposableAmount: 2000, ...(preset ? { preset } : {}) }).explanation.find((s) => s.rule === "residential-care.payment.no-income")?.source;
    expect(noIncome()).not.toMatch(/Albertslund/);
    expect(noIncome("albertslund-2018")).toMatch(/Albertslund/);
  });
});

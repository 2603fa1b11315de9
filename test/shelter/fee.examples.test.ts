import { describe, expect, it } from "vitest";
import { InputError, shelterChildPsychology, shelterFee } from "../../src/index.js";

describe("§§ 109–110 own payment per døgn (BEK 1244/2017; seed 001; seed 004)", () => {
  it("seed 004 (Holbæk 2024): § 109 arrival 1 March 14:00, departure 3 March 13:00 → 2 started døgn × 97,30 = 194,60 kr.", () => {
    const r = shelterFee({ section: "109", arrival: "2024-03-01T14:00", departure: "2024-03-03T13:00" });
    expect(r).toMatchObject({ days: 2, amount: "194.60", segments: [{ year: 2024, days: 2, rate: "97.30", amount: "194.60" }], months: [{ month: "2024-03", days: 2, amount: "194.60" }] });
    expect(r.explanation[0]?.text).toMatch(/2 døgn, talt som hvert påbegyndt døgn/);
  });
  it("… the same with departure 14:01 → 3 døgn (291,90 kr.)", () => {
    expect(shelterFee({ section: "109", arrival: "2024-03-01T14:00", departure: "2024-03-03T14:01" })).toMatchObject({ days: 3, amount: "291.90" });
  });
  it("a stay across 31 Dec 2023 / 1 Jan 2024 is split at the two years' rates (93,38 and 97,30)", () => {
    const r = shelterFee({ section: "109", arrival: "2023-12-30T10:00", departure: "2024-01-02T09:00" });
    expect(r.segments).toEqual([
      { year: 2023, days: 2, rate: "93.38", amount: "186.76" },
      { year: 2024, days: 1, rate: "97.30", amount: "97.30" },
    ]);
    expect(r.amount).toBe("284.06");
    expect(r.months.map((m) => m.month)).toEqual(["2023-12", "2024-01"]);
  });
  it("BEK 1244/2017 § 2 and seed 001: § 110 in 2018 at 87 kr. per døgn", () => {
    expect(shelterFee({ section: "110", arrival: "2018-05-01T12:00", departure: "2018-05-11T12:00" })).toMatchObject({ days: 10, amount: "870.00" });
  });
  it("Holbæk 2024, pkt. 5: no income → no payment; Albertslund 2018: «Borgere, der har huslejudgifter til egen bolig under opholdet, betaler som udgangspunkt ikke for logi»", () => {
    const a = shelterFee({ section: "110", arrival: "2024-05-01T12:00", departure: "2024-05-04T12:00", income: false });
    expect(a).toMatchObject({ days: 3, amount: "0.00", exempt: "no-income" });
    expect(a.explanation.some((s) => s.text.includes("personlige fornødenheder"))).toBe(true);
    const b = shelterFee({ section: "110", arrival: "2024-05-01T12:00", departure: "2024-05-04T12:00", ownHomeRent: true, preset: "albertslund-2018" });
    expect(b).toMatchObject({ amount: "0.00", exempt: "own-home" });
    expect(b.explanation[0]?.text).toBe("Serviceniveau: Albertslund Kommune (2018).");
  });
  it("Holbæk 2024, pkt. 5: own home is a ground to apply for «bortfald eller nedsættelse af egenbetalingen», not an automatic zero (nor without a preset)", () => {
    for (const preset of ["holbaek-2024", undefined] as const) {
      const r = shelterFee({ section: "110", arrival: "2024-05-01T12:00", departure: "2024-05-04T12:00", ownHomeRent: true, ...(preset ? { preset } : {}) });
      expect(r.amount).toBe("302.31"); // 3 × 100,77
      expect(r.exempt).toBeUndefined();
      expect(r.explanation.find((s) => s.rule.startsWith("shelter.own-home"))?.text).toMatch(/søge kommunen om bortfald eller nedsættelse/);
    }
    const reduced = shelterFee({ section: "110", arrival: "2024-05-01T12:00", departure: "2024-05-04T12:00", ownHomeRent: true, preset: "holbaek-2024", reduction: { fraction: 1 } });
    expect(reduced.amount).toBe("0.00");
  });
  it("the three counting modes on one stay (arrival 1 March 22:00, departure 4 March 08:00)", () => {
    const stay = { section: "109" as const, arrival: "2024-03-01T22:00", departure: "2024-03-04T08:00" };
    expect(shelterFee({ ...stay, counting: "started-24h" }).days).toBe(3);
    expect(shelterFee({ ...stay, counting: "calendar-days" }).days).toBe(4);
    expect(shelterFee({ ...stay, counting: "nights" }).days).toBe(3);
    expect(shelterFee({ ...stay, counting: "calendar-days" }).amount).toBe("389.20");
  });
  it("a DST weekend (30–31 March 2024): a døgn runs to the same wall-clock time, so 24 clock hours are 1 døgn", () => {
    expect(shelterFee({ section: "109", arrival: "2024-03-30T14:00", departure: "2024-03-31T14:00" }).days).toBe(1);
    expect(shelterFee({ section: "109", arrival: "2024-03-30T14:00", departure: "2024-03-31T14:01" }).days).toBe(2);
    expect(shelterFee({ section: "109", arrival: "2024-10-26T14:00", departure: "2024-10-27T14:00" }).days).toBe(1);
  });
  it("a granted reduction: half the rate (rounded to øre) or kroner per døgn", () => {
    const stay = { section: "110" as const, arrival: "2024-05-01T12:00", departure: "2024-05-03T12:00" };
    expect(shelterFee({ ...stay, reduction: { fraction: 0.5 } })).toMatchObject({ amount: "100.78", segments: [{ rate: "50.39" }] });
    expect(shelterFee({ ...stay, reduction: { perDay: 20 } }).amount).toBe("161.54");
    expect(shelterFee({ ...stay, reduction: { perDay: 200 } }).amount).toBe("0.00");
  });
  it("an ongoing stay counted up to asOf; opted-in food and laundry are shown separately", () => {
    const r = shelterFee({ section: "110", arrival: "2024-05-01T12:00", asOf: "2024-05-02T13:00", dailyFood: 50, dailyLaundry: "10.50" });
    expect(r).toMatchObject({ days: 2, amount: "201.54", extras: { food: "100.00", laundry: "21.00", total: "121.00" } });
  });
  it("years not found fail clearly (§ 109 2019, § 110 2022, 2025) and a caller rate can be passed", () => {
    expect(() => shelterFee({ section: "109", arrival: "2019-05-01T12:00", departure: "2019-05-02T12:00" })).toThrow(/no § 109 rate per døgn covers 2019-05-01\. SHELTER_109_RATES .* has no row for 2019/);
    expect(() => shelterFee({ section: "110", arrival: "2022-05-01T12:00", departure: "2022-05-02T12:00" })).toThrow(/for 2022/);
    const r = shelterFee({ section: "110", arrival: "2025-05-01T12:00", departure: "2025-05-02T12:00", rates: [{ from: "2025-01-01", until: "2025-12-31", value: "104.40", source: "own" }] });
    expect(r.amount).toBe("104.40");
  });
  it("bad input: departure before arrival, both departure and asOf, neither, bad time, unknown section", () => {
    expect(() => shelterFee({ section: "109", arrival: "2024-03-02T14:00", departure: "2024-03-01T14:00" })).toThrow(/departure must not be before arrival/);
    expect(() => shelterFee({ section: "109", arrival: "2024-03-01T14:00" })).toThrow(/departure is required/);
    expect(() => shelterFee({ section: "109", arrival: "2024-03-01T14:00", departure: "2024-03-02T14:00", asOf: "2024-03-02T14:00" })).toThrow(InputError);
    expect(() => shelterFee({ section: "109", arrival: "2024-03-01 14:00", departure: "2024-03-02T14:00" })).toThrow(/arrival must be a local time/);
    expect(() => shelterFee({ section: "111" as never, arrival: "2024-03-01T14:00", departure: "2024-03-02T14:00" })).toThrow(/section must be one of "109", "110"/);
    expect(() => shelterFee({ section: "109", arrival: "2024-03-01T14:00", departure: "2024-03-02T14:00", reduction: { fraction: 2 } })).toThrow(/reduction\.fraction must be ≤ 1/);
    expect(() => shelterFee({ section: "109", arrival: "2024-03-01T14:00", departure: "2024-03-02T14:00", reduction: "half" as never })).toThrow(/reduction must be \{ fraction/);
  });
});

describe("SEL § 109, stk. 9: psychologist for accompanying children (Holbæk 2024, pkt. 3: «loft på timeprisen for psykologtimer på 1.100 kr. (2023)»)", () => {
  it("6 hours at 1.200 kr. → capped at 1.100 kr. = 6.600 kr.; above 4 hours needs assessment", () => {
    expect(shelterChildPsychology({ hours: 6, hourlyPrice: 1200, preset: "holbaek-2024" })).toMatchObject({ billableHours: 6, hourlyPrice: "1100.00", amount: "6600.00", needsAssessment: true });
    // No municipality's cap without its preset: the price is paid, and the explanation says no cap was given.
    const none = shelterChildPsychology({ hours: 6, hourlyPrice: 1200 });
    expect(none).toMatchObject({ hourlyPrice: "1200.00", amount: "7200.00", needsAssessment: false });
    expect(none.explanation[0]?.text).toMatch(/intet prisloft er angivet/);
  });
  it("4 hours at 950 kr. = 3.800 kr., no assessment needed; adults up to 10 hours", () => {
    expect(shelterChildPsychology({ hours: 4, hourlyPrice: 950 })).toMatchObject({ amount: "3800.00", needsAssessment: false });
    expect(shelterChildPsychology({ hours: 8, hourlyPrice: 950, person: "adult" }).needsAssessment).toBe(false);
  });
  it("hours outside 0–10 are refused", () => {
    expect(() => shelterChildPsychology({ hours: 10.5, hourlyPrice: 950 })).toThrow(/hours must be ≤ 10/);
    expect(() => shelterChildPsychology({ hours: -1, hourlyPrice: 950 })).toThrow(InputError);
  });
});

// The § 109/§ 110 fee's branches one by one, each against BEK nr. 1244 af 13/11/2017 or the
// municipal documents (Albertslund 2018, Holbæk 2024): own home, no income, extras, uncovered
// gaps, døgn counted from the 10th, exempt stays over a new year, which end field a refusal names,
// and the § 109 child psychologist cap (Holbæk 2024). Aimed at the mutation run's survivors.
import { describe, expect, it } from "vitest";
import { InputError, shelterChildPsychology, shelterFee, withRates } from "../../src/index.js";
import fc from "fast-check";
import { runs } from "../support/runs.js";

const issues = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    if (e instanceof InputError) return e.issues;
    throw e;
  }
  throw new Error("no error");
};
const row = (from: string, until: string | undefined, value: string, source: string) => ({ from, ...(until ? { until } : {}), value, source });

describe("own home and no income (BEK nr. 1244 af 13/11/2017 § 1; Albertslund 2018; Holbæk 2024 pkt. 5)", () => {
  const stay = { section: "110" as const, arrival: "2024-03-01T12:00", departure: "2024-03-03T12:00" };
  it("no income: exempt, and no own-home line even when the own home is kept", () => {
    const r = shelterFee({ ...stay, income: false, ownHomeRent: true });
    expect(r.exempt).toBe("no-income");
    expect(r.explanation.map((s) => s.rule)).not.toContain("shelter.own-home");
  });
  it("own home kept: exempt only under Albertslund 2018; Holbæk 2024 and no preset say it is a ground to apply", () => {
    expect(shelterFee({ ...stay, ownHomeRent: true, preset: "albertslund-2018" }).exempt).toBe("own-home");
    for (const preset of ["holbaek-2024", undefined] as const) {
      const r = shelterFee({ ...stay, ownHomeRent: true, ...(preset ? { preset } : {}) });
      expect(r.exempt).toBeUndefined();
      expect(r.explanation.map((s) => s.rule)).toContain("shelter.own-home");
    }
  });
  it("Albertslund 2018 without an own home kept: the fee is charged", () => {
    expect(shelterFee({ ...stay, preset: "albertslund-2018" }).exempt).toBeUndefined();
    expect(shelterFee({ ...stay, preset: "albertslund-2018", ownHomeRent: false }).exempt).toBeUndefined();
  });
  it("an exempt stay over a new year is one zero segment per year, and one per year for months within a year", () => {
    const r = shelterFee({ section: "110", arrival: "2024-11-30T12:00", departure: "2025-01-02T12:00", income: false });
    expect(r.segments).toEqual([
      { year: 2024, days: 32, rate: "0.00", amount: "0.00" },
      { year: 2025, days: 1, rate: "0.00", amount: "0.00" },
    ]);
  });
});

describe("extras (BEK nr. 1244 af 13/11/2017 § 2)", () => {
  it("laundry alone is an extra too", () => {
    const r = shelterFee({ section: "110", arrival: "2024-03-01T12:00", departure: "2024-03-03T12:00", dailyLaundry: "10.00" });
    expect(r.extras).toEqual({ food: "0.00", laundry: "20.00", total: "20.00" });
  });
});

describe("rate rows inside a stay (the rate in force on the day the døgn starts)", () => {
  it("two separate gaps are named apart", () => {
    const calc = () => shelterFee({ section: "110", arrival: "2034-03-01T12:00", departure: "2034-03-07T12:00", rates: [row("2034-03-03", "2034-03-04", "100.00", "a"), row("2034-03-06", "2034-03-06", "100.00", "b")] });
    expect(issues(calc)[0]?.message).toMatch(/^no § 110 rate per døgn covers 2034-03-01–2034-03-02, 2034-03-05\. /);
  });
  it("a stay from the 10th and one from the 9th start their døgn on the right dates", () => {
    const rates = [row("2034-03-01", "2034-03-09", "100.00", "a"), row("2034-03-10", "2034-03-31", "200.00", "b")];
    expect(shelterFee({ section: "110", arrival: "2034-03-10T12:00", departure: "2034-03-12T12:00", rates }).amount).toBe("400.00");
    expect(shelterFee({ section: "110", arrival: "2034-03-09T12:00", departure: "2034-03-11T12:00", rates }).amount).toBe("300.00");
  });
  it("a caller's row cut by a bound row that does not apply to the call is still one piece (withRates row from the 15th, the call's own row for March)", () => {
    const calc = withRates({ SHELTER_110_RATES: [row("2034-03-15", "2034-12-31", "999.00", "bound")] });
    const r = calc.shelterFee({ section: "110", arrival: "2034-03-10T12:00", departure: "2034-03-20T12:00", rates: [row("2034-03-01", "2034-03-31", "100.00", "own")] });
    expect(r.amount).toBe("1000.00");
    expect(r.months).toEqual([{ month: "2034-03", days: 10, amount: "1000.00" }]);
    expect(r.segments).toEqual([{ year: 2034, days: 10, rate: "100.00", amount: "1000.00" }]);
    expect(r.explanation.filter((s) => s.rule === "shelter.rate").map((s) => s.source)).toEqual(["own"]);
  });
});

describe("which end a refusal names", () => {
  it("departure before arrival names departure; asOf before arrival names asOf; a bad arrival is reported once", () => {
    expect(issues(() => shelterFee({ section: "110", arrival: "2024-03-03T12:00", departure: "2024-03-01T12:00" })).map((i) => [i.path, i.code])).toEqual([["departure", "order"]]);
    expect(issues(() => shelterFee({ section: "110", arrival: "2024-03-03T12:00", asOf: "2024-03-01T12:00" })).map((i) => [i.path, i.code])).toEqual([["asOf", "order"]]);
    expect(issues(() => shelterFee({ section: "110", arrival: "2024-13-03T12:00", departure: "2024-03-01T12:00" })).map((i) => i.path)).toEqual(["arrival"]);
    expect(issues(() => shelterFee({ section: "110", arrival: "2024-03-03T12:00", departure: "2024-02-30T12:00" })).map((i) => i.path)).toEqual(["departure"]);
  });
  it("too many døgn names the end field given", () => {
    expect(issues(() => shelterFee({ section: "110", arrival: "2000-01-01T12:00", asOf: "2024-01-01T12:00" }))[0]?.path).toBe("asOf");
    expect(issues(() => shelterFee({ section: "110", arrival: "2000-01-01T12:00", departure: "2024-01-01T12:00" }))[0]?.path).toBe("departure");
  });
});

describe("§ 109 psychologist for a child (Holbæk 2024: price cap, assessment after 4 hours)", () => {
  it("more than 4 hours for a child under the preset needs an assessment; exactly 4 does not; an adult never", () => {
    expect(shelterChildPsychology({ hours: 4, hourlyPrice: 1200, preset: "holbaek-2024" }).needsAssessment).toBe(false);
    expect(shelterChildPsychology({ hours: 4.5, hourlyPrice: 1200, preset: "holbaek-2024" }).needsAssessment).toBe(true);
    expect(shelterChildPsychology({ hours: 6, hourlyPrice: 1200, preset: "holbaek-2024", person: "adult" }).needsAssessment).toBe(false);
    expect(shelterChildPsychology({ hours: 6, hourlyPrice: 1200 }).needsAssessment).toBe(false);
  });
  it("a cap given by the caller is cited as the law alone, not as the preset's figure", () => {
    const own = shelterChildPsychology({ hours: 2, hourlyPrice: 1200, priceCap: 1000, preset: "holbaek-2024" });
    const preset = shelterChildPsychology({ hours: 2, hourlyPrice: 1200, preset: "holbaek-2024" });
    const source = (r: typeof own) => r.explanation.find((s) => s.rule.startsWith("shelter.psychology"))?.source ?? "";
    expect(source(preset).startsWith(source(own))).toBe(true);
    expect(source(preset).length).toBeGreaterThan(source(own).length);
    expect(source(own)).not.toContain("Holbæk");
  });
});

describe("issue 23.4: two instants across the autumn clock change (SEL § 109; BEK nr. 1244/2017 § 2: pr. påbegyndt døgn)", () => {
  // 27 Oct 2024: the clock goes from 03:00 CEST back to 02:00 CET.
  const at = (h: number, m: number) => new Date(Date.UTC(2024, 9, 27, h, m));
  it("02:45 CEST → 02:45 CET is one real hour: one started døgn at the 2024 rate, not 0 døgn and 0,00 kr.", () => {
    const r = shelterFee({ section: "109", arrival: at(0, 45), departure: at(1, 45) });
    expect(r.days).toBe(1);
    expect(r.amount).toBe("97.30");
  });
  it("two instants 30 minutes apart (02:45 CEST → 02:15 CET) are in order and one døgn; the reverse is refused", () => {
    expect(shelterFee({ section: "109", arrival: at(0, 45), departure: at(1, 15) }).days).toBe(1);
    expect(() => shelterFee({ section: "109", arrival: at(1, 15), departure: at(0, 45) })).toThrow(/departure must not be before arrival/);
  });
  it("property: two instants of positive real length are at least one døgn, and the amount is days × the rate", () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2024, 11, 20) }), fc.integer({ min: 1, max: 7 * 24 * 60 }), (start, length) => {
        const r = shelterFee({ section: "109", arrival: new Date(start), departure: new Date(start + length * 60_000) });
        expect(r.days).toBeGreaterThanOrEqual(1);
        expect(Number(r.amount)).toBeCloseTo(r.days * 97.3, 2);
      }),
      { numRuns: runs(300) },
    );
  });
});

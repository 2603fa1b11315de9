// Boundaries the mutation run showed no test pinned (each line is a legal or input limit).
import { describe, expect, it } from "vitest";
import * as lib from "../src/index.js";
import { hoursDa } from "../src/escort/hours.js";
import { moneyProblem } from "../src/core/money.js";
import { dateProblem } from "../src/core/period.js";

describe("limits, exactly at the edge", () => {
  it("§ 100 transition: kompensation from 1 Sep 2025 itself; merudgift still on 31 Aug 2027 (then rates decide)", () => {
    expect(lib.extraCostSubsidy({ date: "2025-09-01", monthlyCosts: 555, regime: "kompensation" }).monthlyAmount).toBe("1105.00");
    // The last day merudgift may be chosen: computed with the year's row when shipped, else a clear rate-missing error.
    const last = lib.rateCoverage({ through: 2027 }).find((t) => t.table === "MERUDGIFT_LEVELS");
    if (last?.years.includes(2027)) expect(lib.extraCostSubsidy({ date: "2027-08-31", monthlyCosts: 600, regime: "merudgift" }).regime).toBe("merudgift");
    else expect(() => lib.extraCostSubsidy({ date: "2027-08-31", monthlyCosts: 600, regime: "merudgift" })).toThrow(/MERUDGIFT_LEVELS .* has no row for 2027/);
    expect(lib.extraCostSubsidy({ date: "2025-08-31", monthlyCosts: 600, regime: "merudgift", rates: { merudgift: [{ from: "2025-01-01", until: "2025-12-31", value: { yearlyThreshold: 7560, band1To: 1768, band1Amount: 1179, band2To: 2948, band2Amount: 2359 }, source: "test row" }] } }).regime).toBe("merudgift");
  });
  it("money: 100.000.000.000 kr. is the largest amount accepted", () => {
    expect(moneyProblem(100_000_000_000)).toBeUndefined();
    expect(moneyProblem("100000000000.00")).toBeUndefined();
    expect(moneyProblem(100_000_000_000.01)).toMatch(/at most/);
  });
  it("dates: years 1900 and 2999 are accepted, 1899 and 3000 are not", () => {
    expect(dateProblem("1900-01-01")).toBeUndefined();
    expect(dateProblem("2999-12-31")).toBeUndefined();
    expect(dateProblem("3000-01-01")).toMatch(/year from 1900 to 2999/);
    expect(dateProblem(new Date(1899, 11, 31))).toMatch(/year from 1900/);
  });
  it("§ 97: 600 months in one ledger, usage in the first and the last month", () => {
    const r = lib.escortLedger({ from: "2000-01", to: "2049-12", usage: [{ month: "2000-01", hours: 1 }, { month: "2049-12", hours: 2 }] });
    expect(r.months).toHaveLength(600);
    expect(r.months[0]?.used).toBe(1);
    expect(r.months[599]?.used).toBe(2);
    expect(() => lib.escortLedger({ from: "2000-01", to: "2050-01" })).toThrow(/at most 600 months/);
  });
  it("§ 97: using exactly what is available is not overuse", () => {
    const r = lib.escortLedger({ from: "2024-01", to: "2024-02", usage: [{ month: "2024-02", hours: 30 }], strict: true });
    expect(r.months[1]).toMatchObject({ used: 30, overuse: 0, availableAtEnd: 0 });
    expect(r.explanation[2]?.rule).toBe("escort.month");
  });
  it("§ 97 trip: eligible hours equal to paid hours are not 'limited'", () => {
    expect(lib.escortTripHours({ escortingHours: 10, paidHours: 10 })).toMatchObject({ countedHours: 10, limitedByPaidHours: false });
    expect(lib.escortTripHours({ escortingHours: 10, paidHours: 10 }).explanation[0]?.text).not.toMatch(/kun de lønnede timer/);
  });
  it("Albertslund 2018, § 97: «alle ledsagerens lønnede timer medregnes som ledsagelse» — 6 h escorting + 2 h travel, 10 h paid → 10 h counted", () => {
    expect(lib.escortTripHours({ escortingHours: 6, travelHours: 2, paidHours: 10 })).toMatchObject({ countedHours: 10, eligibleHours: 8, limitedByPaidHours: false });
  });
  it("§ 97 hours in Danish: 4,5 timer, 4,05 timer, 1 time", () => {
    expect([hoursDa(450), hoursDa(405), hoursDa(100), hoursDa(1500)]).toEqual(["4,5 timer", "4,05 timer", "1 time", "15 timer"]);
  });
  it("§§ 109–110: 3.700 døgn are computed, 3.701 refused", () => {
    const rates = [{ from: "2000-01-01", value: "100.00", source: "test row" }];
    expect(lib.shelterFee({ section: "110", arrival: "2010-01-01T12:00", departure: "2020-02-18T12:00", rates }).days).toBe(3700);
    expect(() => lib.shelterFee({ section: "110", arrival: "2010-01-01T12:00", departure: "2020-02-19T12:00", rates })).toThrow(/at most 3700 døgn/);
  });
  it("§§ 109–110: a stay of 0 minutes is 0 døgn; departure may equal arrival", () => {
    expect(lib.shelterFee({ section: "109", arrival: "2024-03-01T14:00", departure: "2024-03-01T14:00" })).toMatchObject({ days: 0, amount: "0.00" });
  });
  it("§ 107: a one-day part month (from = to)", () => {
    const r = lib.residentialCarePayment({ month: "2024-02", days: { from: "2024-02-10", to: "2024-02-10" }, income: 20000, price: { housing: 2900 }, disposableAmount: 2000 });
    expect(r.charged.housing).toBe("100.00"); // 2.900 × 1/29
  });
  it("BPA: relatives at exactly 48 hours need no special case and get no note", () => {
    const g = lib.bpaGrant({ section: "96", date: "2021-10-01", preset: "aarhus-lt11", employer: "relative", weeklyHours: { day: 48 }, relativeWeeklyHours: 48 });
    expect(g.explanation.some((s) => s.rule.startsWith("bpa.relative-cap"))).toBe(false);
  });
  it("BPA Holbæk: the no-admin rule applies only to a relative employer; an association still gets the given admin", () => {
    const base = { section: "96" as const, date: "2024-01-01", preset: "aarhus-2021-10-lt11" as const, weeklyHours: { day: 40 }, servicePreset: "holbaek-2024" as const };
    expect(lib.bpaGrant({ ...base, employer: "association" }).explanation.some((s) => s.text.includes("nærtstående er arbejdsgiver"))).toBe(false);
    expect(lib.bpaGrant({ ...base, employer: "association", admin: { perMeasuredHour: 5 } }).yearly.admin).toBe("10400.00");
    expect(lib.bpaGrant({ ...base, employer: "relative", admin: { perMeasuredHour: 5 } }).yearly.admin).toBe("10400.00");
  });
  it("BPA Albertslund: the transferred-role admin is not charged to a citizen employer", () => {
    const g = lib.bpaGrant({ section: "96", date: "2021-10-01", preset: "aarhus-lt11", weeklyHours: { day: 40 }, servicePreset: "albertslund-2018", employer: "citizen" });
    expect(g.yearly.admin).toBe("0.00");
  });
  it("a caller rate row may cover a single day (from = until)", () => {
    const r = lib.shelterFee({ section: "109", arrival: "2025-06-01T10:00", departure: "2025-06-01T20:00", rates: [{ from: "2025-06-01", until: "2025-06-01", value: 99, source: "one day" }] });
    expect(r.amount).toBe("99.00");
  });
});

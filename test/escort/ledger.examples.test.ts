import { describe, expect, it } from "vitest";
import { escortLedger, escortExpenseSupplement, escortTripHours, InputError } from "../../src/index.js";

describe("§ 97 escort ledger — seed 001 (Albertslund 2018, § 97 Omfang) and seed 004 (Holbæk 2024, pkt. 3 og 5)", () => {
  it("no use for 7 months: month 7 starts with 75 saved + 15 new = 90; month 1's 15 lapsed at the end of month 6", () => {
    const r = escortLedger({ from: "2024-01", to: "2024-07" });
    expect(r.months.map((m) => m.availableAtStart)).toEqual([15, 30, 45, 60, 75, 90, 90]);
    expect(r.months[5]).toMatchObject({ month: "2024-06", lapsed: 15, availableAtEnd: 75 });
    expect(r.months[6]?.saved[0]).toEqual({ from: "2024-03", hours: 15 });
    expect(r.months.slice(0, 5).every((m) => m.lapsed === 0)).toBe(true);
    expect(r.explanation[6]?.text).toMatch(/15 timer bortfaldet ved månedens udgang/);
  });
  it("20 hours in month 4 after three quiet months: 15 from month 4, then 5 from month 3 (newest-first)", () => {
    const r = escortLedger({ from: "2024-01", to: "2024-04", usage: [{ month: "2024-04", hours: 20 }] });
    expect(r.months[3]).toMatchObject({ usedFromCurrent: 15, usedFromSaved: [{ from: "2024-03", hours: 5 }], used: 20, availableAtEnd: 40 });
    expect(r.months[3]?.saved).toEqual([
      { from: "2024-01", hours: 15 },
      { from: "2024-02", hours: 15 },
      { from: "2024-03", hours: 10 },
    ]);
  });
  it("… or 5 from month 1 under oldest-first", () => {
    const r = escortLedger({ from: "2024-01", to: "2024-04", usage: [{ month: "2024-04", hours: 20 }], policy: { order: "oldest-first" } });
    expect(r.months[3]?.usedFromSaved).toEqual([{ from: "2024-01", hours: 5 }]);
  });
  it("hours cannot be used in advance (seed 001): usage beyond what is available is overuse of that month", () => {
    const r = escortLedger({ from: "2024-01", to: "2024-03", usage: [{ date: "2024-02-10", hours: 40 }] });
    expect(r.months[1]).toMatchObject({ recorded: 40, used: 30, overuse: 10, availableAtEnd: 0 });
    expect(r.months[2]).toMatchObject({ availableAtStart: 15, overuse: 0 });
    expect(r.totals).toEqual({ granted: 45, used: 30, lapsed: 0, overuse: 10 });
    expect(r.explanation[2]?.rule).toBe("escort.overuse");
  });
  it("strict: overuse is an InputError naming the month", () => {
    expect(() => escortLedger({ from: "2024-01", to: "2024-02", usage: [{ month: "2024-01", hours: 15.01 }], strict: true })).toThrow(/in 2024-01 uses 15.01 hours/);
  });
  it("a residence providing 5 hours a month (seed 001, seed 004): 10 granted a month", () => {
    const r = escortLedger({ from: "2024-01", to: "2024-02", residenceHours: 5, usage: [{ month: "2024-02", hours: 12 }] });
    expect(r.months.map((m) => m.granted)).toEqual([10, 10]);
    expect(r.months[1]).toMatchObject({ usedFromCurrent: 10, usedFromSaved: [{ from: "2024-01", hours: 2 }], availableAtEnd: 8 });
    expect(r.explanation[1]?.text).toMatch(/fratrukket 5 timer ledsagelse, som botilbuddet yder/);
  });
  it("residence hours per month, never below 0", () => {
    const r = escortLedger({ from: "2024-01", to: "2024-02", residenceHours: [{ month: "2024-02", hours: 20 }] });
    expect(r.months.map((m) => m.granted)).toEqual([15, 0]);
  });
  it("the 90-hour cap cuts a grant that would pass it and reports the cut as lapsed", () => {
    const r = escortLedger({ from: "2024-01", to: "2024-04", monthlyHours: 30, policy: { cap: 90 } });
    expect(r.months.map((m) => m.availableAtStart)).toEqual([30, 60, 90, 90]);
    expect(r.months[3]).toMatchObject({ lapsed: 30 });
    expect(r.explanation[4]?.text).toMatch(/bortfaldet, fordi højst 90 timer/);
  });
  it("a saving agreement runs across the new year", () => {
    const r = escortLedger({ from: "2024-10", to: "2025-02", usage: [{ month: "2025-02", hours: 60 }] });
    expect(r.months[4]).toMatchObject({ month: "2025-02", used: 60, usedFromCurrent: 15 });
    expect(r.months[4]?.usedFromSaved.map((s) => s.from)).toEqual(["2025-01", "2024-12", "2024-11"]);
  });
  it("no saving agreement: the rest of each month lapses at its end", () => {
    const r = escortLedger({ from: "2024-01", to: "2024-02", usage: [{ month: "2024-01", hours: 4 }], policy: { saving: false } });
    expect(r.months.map((m) => m.lapsed)).toEqual([11, 15]);
    expect(r.months[1]?.availableAtStart).toBe(15);
  });
  it("several entries in a month add up; dates and months both work", () => {
    const r = escortLedger({ from: "2024-01", to: "2024-01", usage: [{ month: "2024-01", hours: 2.5 }, { date: "2024-01-31", hours: 3.25 }] });
    expect(r.months[0]?.recorded).toBe(5.75);
  });
  it("bad input: usage outside from..to, to before from, more than two decimals, both month and date", () => {
    expect(() => escortLedger({ from: "2024-01", to: "2024-02", usage: [{ month: "2024-03", hours: 1 }] })).toThrow(/usage\[0\] is in 2024-03, outside/);
    expect(() => escortLedger({ from: "2024-03", to: "2024-02" })).toThrow(/to must not be before from/);
    expect(() => escortLedger({ from: "2024-01", to: "2024-02", usage: [{ month: "2024-01", hours: 1.005 }] })).toThrow(/at most 2 decimals/);
    expect(() => escortLedger({ from: "2024-01", to: "2024-02", usage: [{ month: "2024-01", date: "2024-01-02", hours: 1 }] })).toThrow(InputError);
    expect(() => escortLedger({ from: "2024-01", to: "2024-02", usage: [{ month: "2024-01", hours: -1 }] })).toThrow(/≥ 0 hours/);
    expect(() => escortLedger({ from: "1990-01", to: "2090-01" })).toThrow(/at most 600 months/);
  });
});

describe("§ 97 trips and expense supplement", () => {
  it("Albertslund 2018, § 97: «Ved ledsagelse uden for lokalområdet skal alle ledsagerens lønnede timer medregnes som ledsagelse»", () => {
    const r = escortTripHours({ escortingHours: 6, travelHours: 4, returnAloneHours: 2, waitingHours: 3, overnightHours: 8, betweenTasksHours: 1, paidHours: 20 });
    expect(r).toMatchObject({ countedHours: 20, eligibleHours: 23, excludedHours: 1, limitedByPaidHours: true });
    expect(escortTripHours({ escortingHours: 6, travelHours: 2, paidHours: 10 }).countedHours).toBe(10);
  });
  it("supplement: 883 kr. max in 2018 (Albertslund 2018), 1.005 kr. in 2024 (Holbæk 2024); probable below max is paid in full", () => {
    expect(escortExpenseSupplement({ date: "2018-05-01", probableExpenses: 2000 })).toMatchObject({ amount: "883.00", capped: true, rateLevel: 2018 });
    expect(escortExpenseSupplement({ date: "2024-05-01", probableExpenses: 2000 }).amount).toBe("1005.00");
    expect(escortExpenseSupplement({ date: "2024-05-01", probableExpenses: "600.50" })).toMatchObject({ amount: "600.50", capped: false });
  });
  it("years not found (2019, 2025) fail clearly and can be passed", () => {
    expect(() => escortExpenseSupplement({ date: "2019-05-01", probableExpenses: 100 })).toThrow(/for 2019/);
    expect(() => escortExpenseSupplement({ date: "2025-05-01", probableExpenses: 100 })).toThrow(/for 2025/);
    expect(escortExpenseSupplement({ date: "2025-05-01", probableExpenses: 2000, rates: [{ from: "2025-01-01", until: "2025-12-31", value: 1040, source: "own" }] }).amount).toBe("1040.00");
  });
});

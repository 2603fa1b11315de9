// § 97 ledger input bounds word for word (src/escort/schema.ts): the period's order and its
// 600-month sanity bound, the 744 hours of a 31-day month, the policy limits a municipality may
// agree within (24 months, 10.000 hours), residence hours as a number or a list.
import { describe, expect, it } from "vitest";
import { escortLedger, escortTripHours } from "../../src/index.js";
import { issuesOf } from "../support/issues.js";


describe("§ 97 ledger: period and bounds", () => {
  it("to must not be before from; a one-month ledger is fine", () => {
    expect(issuesOf(() => escortLedger({ from: "2024-05", to: "2024-04" }))).toMatchObject([{ path: "to", message: "to must not be before from (2024-05)", code: "order" }]);
    expect(escortLedger({ from: "2024-05", to: "2024-05" }).months).toHaveLength(1);
  });
  it("at most 600 months (a sanity bound): 600 are computed, 601 refused", () => {
    expect(escortLedger({ from: "2000-01", to: "2049-12" }).months).toHaveLength(600);
    expect(issuesOf(() => escortLedger({ from: "2000-01", to: "2050-01" }))).toMatchObject([{ path: "to", message: "to must be at most 600 months after from", code: "out-of-range" }]);
  });
  it("a bad month is reported by itself, without an order complaint built on it", () => {
    expect(issuesOf(() => escortLedger({ from: "2024-13", to: "2024-01" })).map((i) => i.path)).toEqual(["from"]);
    expect(issuesOf(() => escortLedger({ from: "2024-01", to: "2023-13" })).map((i) => i.path)).toEqual(["to"]);
    expect(issuesOf(() => escortLedger({ from: "2024-01", to: "2023-00" })).map((i) => i.path)).toEqual(["to"]);
  });
  it("hours: at most 744 (a 31-day month) with two decimals", () => {
    expect(() => escortLedger({ from: "2024-01", to: "2024-01", monthlyHours: 744 })).not.toThrow();
    expect(issuesOf(() => escortLedger({ from: "2024-01", to: "2024-01", monthlyHours: 744.01 }))).toMatchObject([{ path: "monthlyHours", message: "monthlyHours must be ≤ 744 hours", code: "out-of-range" }]);
    expect(issuesOf(() => escortTripHours({ escortingHours: -1, paidHours: 1 }))).toMatchObject([{ path: "escortingHours", message: "escortingHours must be ≥ 0 hours", code: "out-of-range" }]);
  });
  it("policy limits: window 1–24 whole months, cap 0–10.000 hours", () => {
    const at = (policy: Record<string, unknown>) => () => escortLedger({ from: "2024-01", to: "2024-02", policy } as never);
    expect(at({ windowMonths: 24, cap: 10_000 })).not.toThrow();
    expect(issuesOf(at({ windowMonths: 25 }))).toMatchObject([{ path: "policy.windowMonths", message: "policy.windowMonths must be ≤ 24 months", code: "out-of-range" }]);
    expect(issuesOf(at({ windowMonths: 0 }))).toMatchObject([{ path: "policy.windowMonths", message: "policy.windowMonths must be ≥ 1 months", code: "out-of-range" }]);
    expect(issuesOf(at({ windowMonths: 1.5 }))).toMatchObject([{ path: "policy.windowMonths", message: "policy.windowMonths must be a whole number", code: "not-a-number" }]);
    expect(issuesOf(at({ cap: 10_000.01 }))).toMatchObject([{ path: "policy.cap", message: "policy.cap must be ≤ 10000 hours", code: "out-of-range" }]);
    expect(issuesOf(at({ order: "random" }))).toMatchObject([{ path: "policy.order", message: 'policy.order must be one of "newest-first", "oldest-first"', code: "not-one-of" }]);
  });
  it("residence hours: a number, or a list of { month, hours }; anything else says so", () => {
    expect(() => escortLedger({ from: "2024-01", to: "2024-02", residenceHours: [{ month: "2024-01", hours: 10 }] })).not.toThrow();
    expect(issuesOf(() => escortLedger({ from: "2024-01", to: "2024-02", residenceHours: "10" } as never))).toEqual([
      { path: "residenceHours", message: "residenceHours must be hours per month (a number) or a list of { month, hours }", code: "invalid-shape" },
    ]);
    expect(issuesOf(() => escortLedger({ from: "2024-01", to: "2024-02", residenceHours: [{ month: "2024-01", hours: 745 }] }))).toEqual([
      { path: "residenceHours[0].hours", message: "residenceHours[0].hours must be ≤ 744 hours", code: "out-of-range" },
    ]);
  });
});

describe("§ 97 ledger: entries outside the period", () => {
  it("usage and residence hours must lie in from..to: the first and last month are in, the months around them out", () => {
    const period = { from: "2024-02", to: "2024-04" };
    expect(() => escortLedger({ ...period, usage: [{ month: "2024-02", hours: 1 }, { month: "2024-04", hours: 1 }], residenceHours: [{ month: "2024-02", hours: 1 }, { month: "2024-04", hours: 1 }] })).not.toThrow();
    expect(issuesOf(() => escortLedger({ ...period, usage: [{ month: "2024-01", hours: 1 }, { date: "2024-05-01", hours: 1 }] }))).toEqual([
      { path: "usage[0]", code: "out-of-range", message: "usage[0] is in 2024-01, outside from..to (2024-02..2024-04)" },
      { path: "usage[1]", code: "out-of-range", message: "usage[1] is in 2024-05, outside from..to (2024-02..2024-04)" },
    ]);
    expect(issuesOf(() => escortLedger({ ...period, residenceHours: [{ month: "2024-01", hours: 1 }, { month: "2024-05", hours: 1 }] }))).toEqual([
      { path: "residenceHours[0]", code: "out-of-range", message: "residenceHours[0] is in 2024-01, outside from..to (2024-02..2024-04)" },
      { path: "residenceHours[1]", code: "out-of-range", message: "residenceHours[1] is in 2024-05, outside from..to (2024-02..2024-04)" },
    ]);
  });
});

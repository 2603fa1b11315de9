// Every refusal names its field and its rule in plain words; these snapshots keep the wording
// stable for apps that show it to caseworkers.
import { describe, expect, it } from "vitest";
import * as lib from "../src/index.js";

const bad: [string, () => unknown][] = [
  ["§ 100 no date", () => lib.extraCostSubsidy({ monthlyCosts: 1 } as never)],
  ["§ 100 bad date and negative costs", () => lib.extraCostSubsidy({ date: "2024-02-30", monthlyCosts: -1 })],
  ["§ 100 neither cost field", () => lib.extraCostSubsidy({ date: "2024-01-01" })],
  ["§ 100 both cost fields", () => lib.extraCostSubsidy({ date: "2024-01-01", monthlyCosts: 1, items: [] })],
  ["§ 100 empty items", () => lib.extraCostSubsidy({ date: "2024-01-01", items: [] })],
  ["§ 100 2022 not found", () => lib.extraCostSubsidy({ date: "2022-01-01", monthlyCosts: 1 })],
  ["§ 100 before 2018", () => lib.extraCostSubsidy({ date: "2017-01-01", monthlyCosts: 1 })],
  ["§ 100 kompensation too early", () => lib.extraCostSubsidy({ date: "2025-01-01", monthlyCosts: 1, regime: "kompensation" })],
  ["§ 100 merudgift too late", () => lib.extraCostSubsidy({ date: "2027-10-01", monthlyCosts: 1, regime: "merudgift" })],
  ["§ 100 group with merudgift", () => lib.extraCostSubsidy({ date: "2024-01-01", monthlyCosts: 1, group: 2 })],
  ["§ 100 listed with merudgift", () => lib.extraCostSubsidy({ date: "2024-01-01", monthlyCosts: 1, documentedListedMonthlyCosts: 1 })],
  ["§ 100 documented with kompensation", () => lib.extraCostSubsidy({ date: "2025-10-01", monthlyCosts: 1, documented: false })],
  ["§ 100 2026 kompensation not found", () => lib.extraCostSubsidy({ date: "2026-01-01", monthlyCosts: 1 })],
  ["§ 100 medicine cap 2021", () => lib.extraCostSubsidy({ date: "2021-01-01", items: [{ label: "m", monthly: 1, kind: "medicine" }] })],
  ["§ 100 not an object", () => lib.extraCostSubsidy(42 as never)],
  ["§ 100 wrong types", () => lib.extraCostSubsidy({ date: 20240101, monthlyCosts: "x", documented: "yes", regime: 1, group: 3, items: "x", rates: [] } as never)],
  ["§ 100 bad rate row", () => lib.extraCostSubsidy({ date: "2025-01-01", monthlyCosts: 1, rates: { merudgift: [{ from: "2025-12-31", until: "2025-01-01", value: { yearlyThreshold: 1.5 }, source: "" }] } } as never)],
  ["one-off kompensation date", () => lib.extraCostOneOff({ date: "2027-10-01", oneOffAmount: 1 })],
  ["§ 97 usage outside, to before from", () => lib.escortLedger({ from: "2024-05", to: "2024-04" })],
  ["§ 97 too long", () => lib.escortLedger({ from: "1950-01", to: "2024-04" })],
  ["§ 97 usage problems", () => lib.escortLedger({ from: "2024-01", to: "2024-02", usage: [{ hours: 1 }, { month: "2024-05", hours: 1 }], residenceHours: [{ month: "2023-01", hours: 1 }] } as never)],
  ["§ 97 strict overuse", () => lib.escortLedger({ from: "2024-01", to: "2024-02", usage: [{ month: "2024-01", hours: 16 }, { month: "2024-02", hours: 40 }], strict: true })],
  ["§ 97 bad policy", () => lib.escortLedger({ from: "2024-01", to: "2024-02", policy: { windowMonths: 0, cap: -1, order: "random", saving: "yes" } } as never)],
  ["§ 97 bad residence hours", () => lib.escortLedger({ from: "2024-01", to: "2024-02", residenceHours: "five" } as never)],
  ["§ 97 expense 2019", () => lib.escortExpenseSupplement({ date: "2019-01-01", probableExpenses: 1 })],
  ["BPA missing hours", () => lib.bpaGrant({ section: "96", date: "2021-10-01", preset: "aarhus-lt11", employer: "citizen" })],
  ["BPA missing wage", () => lib.bpaGrant({ section: "96", date: "2021-10-01", employer: "citizen", weeklyHours: { day: 1 } })],
  ["BPA missing pension", () => lib.bpaGrant({ section: "96", date: "2021-10-01", employer: "citizen", weeklyHours: { day: 1 }, wage: { hourly: 100 } })],
  ["BPA missing holiday pay", () => lib.bpaGrant({ section: "96", date: "2021-10-01", employer: "citizen", weeklyHours: { day: 1 }, wage: { hourly: 100, pensionRate: 0.1 } })],
  ["BPA missing on-call fraction", () => lib.bpaGrant({ section: "96", date: "2021-10-01", employer: "citizen", weeklyHours: { day: 1 }, onCallWeeklyHours: 1, wage: { hourly: 100, pensionRate: 0.1, holidayPayRate: 0.1 } })],
  ["BPA missing evening supplement", () => lib.bpaGrant({ section: "96", date: "2021-10-01", employer: "citizen", weeklyHours: { evening: 1 }, wage: { hourly: 100, pensionRate: 0.1, holidayPayRate: 0.1 } })],
  ["BPA preset row not found", () => lib.bpaGrant({ section: "96", date: "2019-01-01", preset: "aarhus-lt12", employer: "citizen", weeklyHours: { day: 40 } })],
  ["BPA relatives over 48 (§ 95)", () => lib.bpaGrant({ section: "95", date: "2021-10-01", preset: "aarhus-lt11", employer: "relative", weeklyHours: { day: 40 }, relativeWeeklyHours: 49 })],
  ["BPA offset too big", () => lib.bpaGrant({ section: "96", date: "2021-10-01", preset: "aarhus-lt11", employer: "citizen", weeklyHours: { day: 4 }, allowances: { attendance: true }, servicePreset: "albertslund-2018" })],
  ["BPA offset without a preset or an assessed figure", () => lib.bpaGrant({ section: "96", date: "2021-10-01", preset: "aarhus-lt11", employer: "citizen", weeklyHours: { day: 40 }, allowances: { care: true } })],
  ["BPA Holbæk offset needs the assessed amount", () => lib.bpaGrant({ section: "96", date: "2024-01-01", preset: "aarhus-2021-10-lt11", employer: "citizen", weeklyHours: { day: 40 }, allowances: { care: true }, servicePreset: "holbaek-2024" })],
  ["BPA Albertslund 4,5/9 hours are § 96 only", () => lib.bpaGrant({ section: "95", date: "2021-10-01", preset: "aarhus-lt11", employer: "citizen", weeklyHours: { day: 40 }, allowances: { care: true }, servicePreset: "albertslund-2018" })],
  ["BPA offset as hours and amount", () => lib.bpaGrant({ section: "96", date: "2021-10-01", preset: "aarhus-lt11", employer: "citizen", weeklyHours: { day: 40 }, allowances: { weeklyHours: 2, yearlyAmount: 100 } })],
  ["BPA offset amount over the grant", () => lib.bpaGrant({ section: "96", date: "2021-10-01", preset: "aarhus-lt11", employer: "citizen", weeklyHours: { day: 1 }, allowances: { yearlyAmount: 100000 } })],
  ["BPA payroll invoice without a maximum", () => lib.bpaGrant({ section: "96", date: "2021-10-01", preset: "aarhus-lt11", employer: "citizen", weeklyHours: { day: 40 }, admin: { payrollInvoice: 100 } })],
  ["BPA settlement no grant", () => lib.bpaSettlement({ used: {} } as never)],
  ["§ 107 no disposable amount", () => lib.residentialCarePayment({ income: 1, price: { housing: 1 } })],
  ["§ 107 days without month", () => lib.residentialCarePayment({ days: { from: "2024-03-01", to: "2024-03-02" }, income: 1, price: { housing: 1 }, disposableAmount: 1 })],
  ["§ 107 days.to outside month", () => lib.residentialCarePayment({ month: "2024-03", days: { from: "2024-03-01", to: "2024-04-02" }, income: 1, price: { housing: 1 }, disposableAmount: 1 })],
  ["§ 107 bad income", () => lib.residentialCarePayment({ income: "lots", price: {}, disposableAmount: 1 } as never)],
  ["§§ 109–110 no departure", () => lib.shelterFee({ section: "109", arrival: "2024-03-01T14:00" })],
  ["§§ 109–110 both ends", () => lib.shelterFee({ section: "109", arrival: "2024-03-01T14:00", departure: "2024-03-02T14:00", asOf: "2024-03-02T14:00" })],
  ["§§ 109–110 asOf before arrival", () => lib.shelterFee({ section: "110", arrival: "2024-03-01T14:00", asOf: "2024-02-01T14:00" })],
  ["§§ 109–110 too long", () => lib.shelterFee({ section: "110", arrival: "2000-03-01T14:00", departure: "2024-02-01T14:00" })],
  ["§§ 109–110 year not found", () => lib.shelterFee({ section: "109", arrival: "2020-03-01T14:00", departure: "2020-03-02T14:00" })],
  ["psychologist hours", () => lib.shelterChildPsychology({ hours: 11, hourlyPrice: 1 })],
];

describe("error messages (snapshots)", () => {
  it.each(bad)("%s", (_name, run) => {
    let caught: unknown;
    try {
      run();
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(lib.InputError);
    const e = caught as lib.InputError;
    expect({ message: e.message, issues: e.issues }).toMatchSnapshot();
  });
});

describe("an issue's params are its own (found by an independent tester)", () => {
  it("a caller who changes one error's params changes neither a later error nor its message (BPA allowances without a rule: SEL § 95–96)", async () => {
    const { bpaGrant, InputError } = await import("../src/index.js");
    const input = { section: "96" as const, date: "2021-10-01", preset: "aarhus-lt11" as const, employer: "citizen" as const, weeklyHours: { day: 40 }, allowances: { care: true } };
    const issuesOf = () => {
      try {
        bpaGrant(input);
      } catch (e) {
        if (e instanceof InputError) return e.issues;
      }
      throw new Error("expected an InputError");
    };
    const first = issuesOf();
    const before = JSON.stringify(first);
    (first[0]?.params as Record<string, unknown>).hours = "MUT";
    const again = issuesOf();
    expect(JSON.stringify(again)).toBe(before);
    expect(again[0]?.message).not.toMatch(/MUT/);
  });
});

// The Danish explanation is part of the result a caseworker pastes into a decision letter: a
// change to any line (text, rule id or source) must be a deliberate one. These snapshots cover
// every branch of every calculator's explanation.
import { describe, expect, it } from "vitest";
import * as lib from "../src/index.js";

const cases: [string, () => { explanation: lib.Step[] }][] = [
  ["§ 100 below threshold 2024", () => lib.extraCostSubsidy({ date: "2024-03-01", monthlyCosts: 607 })],
  ["§ 100 band 1 2018 (Albertslund 2018)", () => lib.extraCostSubsidy({ date: "2018-03-01", monthlyCosts: 534 })],
  ["§ 100 band 2 2024 (Holbæk 2024)", () => lib.extraCostSubsidy({ date: "2024-03-01", monthlyCosts: 1800 })],
  ["§ 100 actual, yearly input rounded", () => lib.extraCostSubsidy({ date: "2024-03-01", yearlyCosts: "40000.10", documented: true })],
  ["§ 100 above band 2, not documented", () => lib.extraCostSubsidy({ date: "2023-03-01", monthlyCosts: 3000 })],
  ["§ 100 items with medicine over the cap", () => lib.extraCostSubsidy({ date: "2024-03-01", items: [{ label: "Medicin", yearly: 6000, kind: "medicine" }, { label: "Vask", monthly: 250 }] })],
  ["§ 100 items with medicine under the cap", () => lib.extraCostSubsidy({ date: "2024-03-01", items: [{ label: "Medicin", monthly: 100, kind: "medicine" }] })],
  ["§ 100 kompensation both groups", () => lib.extraCostSubsidy({ date: "2025-10-01", monthlyCosts: 2600, documentedListedMonthlyCosts: 2150 })],
  ["§ 100 kompensation neither group", () => lib.extraCostSubsidy({ date: "2025-10-01", monthlyCosts: 100 })],
  ["§ 100 kompensation chosen group 1", () => lib.extraCostSubsidy({ date: "2025-10-01", monthlyCosts: 2600, documentedListedMonthlyCosts: 2150, group: 1 })],
  ["§ 100 one-off: recipient", () => lib.extraCostOneOff({ date: "2024-05-01", oneOffAmount: 2500, currentRecipient: true })],
  ["§ 100 one-off: only", () => lib.extraCostOneOff({ date: "2024-05-01", oneOffAmount: 8000 })],
  ["§ 100 one-off: too small", () => lib.extraCostOneOff({ date: "2024-05-01", oneOffAmount: 100 })],
  ["§ 100 one-off: running too small", () => lib.extraCostOneOff({ date: "2024-05-01", oneOffAmount: 100, runningMonthlyCosts: 100 })],
  ["§ 100 one-off: running plus one-off", () => lib.extraCostOneOff({ date: "2024-05-01", oneOffAmount: 3000, runningMonthlyCosts: 400 })],
  ["§ 97 ledger with saving, lapse, cap, overuse and residence", () => lib.escortLedger({ from: "2024-01", to: "2024-08", monthlyHours: 20, residenceHours: [{ month: "2024-02", hours: 5 }], usage: [{ month: "2024-03", hours: 3.5 }, { month: "2024-07", hours: 200 }], policy: { cap: 60 } })],
  ["§ 97 ledger without saving", () => lib.escortLedger({ from: "2024-01", to: "2024-02", usage: [{ month: "2024-01", hours: 1 }], policy: { saving: false } })],
  ["§ 97 ledger oldest first", () => lib.escortLedger({ from: "2024-01", to: "2024-04", usage: [{ month: "2024-04", hours: 20 }], policy: { order: "oldest-first" } })],
  ["§ 97 trip limited by paid hours", () => lib.escortTripHours({ escortingHours: 6, travelHours: 4, returnAloneHours: 2, waitingHours: 3, overnightHours: 8, betweenTasksHours: 1, paidHours: 20 })],
  ["§ 97 trip within paid hours", () => lib.escortTripHours({ escortingHours: 6, paidHours: 20 })],
  ["§ 97 expense supplement capped", () => lib.escortExpenseSupplement({ date: "2024-01-01", probableExpenses: 2000 })],
  ["§ 97 expense supplement in full", () => lib.escortExpenseSupplement({ date: "2018-01-01", probableExpenses: 500 })],
  ["BPA § 96 full case", () => lib.bpaGrant({ section: "96", date: "2021-10-01", preset: "aarhus-lt11", weeklyHours: { day: 30, evening: 10, night: 5, saturday: 4, sunday: 4, holiday: 1 }, onCallWeeklyHours: 7, yearlyExtraHours: { training: 10 }, employer: "association", servicePreset: "albertslund-2018", wage: { supplements: { holiday: 0.5 }, employerCosts: [{ label: "ATP", perHour: "0.50" }, { label: "AUB", rate: 0.01, source: "test" }, { label: "Forsikring", perYear: 1500 }, { label: "Kursus", perHelperPerYear: 400 }] }, helpers: 2, helperExpensesMonthly: 1200, allowances: { care: true, attendance: true }, relativeWeeklyHours: 50, relativeCapException: true })],
  ["BPA § 95 not eligible", () => lib.bpaGrant({ section: "95", date: "2021-10-01", preset: "aarhus-lt11", weeklyHours: { day: 20 }, employer: "citizen" })],
  ["BPA payroll association, yearly hours", () => lib.bpaGrant({ section: "95", date: "2021-10-01", preset: "aarhus-2021-04-lt12", yearlyHours: { day: 2000 }, employer: "citizen", payroll: "association", helpers: 3, servicePreset: "albertslund-2018", helperExpensesMonthly: 300 })],
  ["BPA Holbæk relative, explicit wage", () => lib.bpaGrant({ section: "96", date: "2024-01-01", wage: { hourly: 150, pensionRate: 0.13, holidayPayRate: 0.125 }, weeklyHours: { day: 40 }, employer: "relative", servicePreset: "holbaek-2024" })],
  ["BPA explicit admin per hour", () => lib.bpaGrant({ section: "96", date: "2021-10-01", preset: "aarhus-lt11", weeklyHours: { day: 40 }, employer: "company", admin: { perMeasuredHour: 4, payrollPerHelperPerYear: 1000 }, helpers: 1, helperExpensesMonthly: 100, helperExpensesCap: 50 })],
  ["BPA settlement", () => lib.bpaSettlement({ grant: { section: "96", date: "2021-10-01", preset: "aarhus-lt11", employer: "citizen", weeklyHours: { day: 40, evening: 1 }, onCallWeeklyHours: 1 }, used: { day: 2100, evening: 42, onCall: 10 } })],
  ["§ 107 full price, Holbæk", () => lib.residentialCarePayment({ month: "2024-03", income: 15000, price: { housing: 4000, services: { food: 2500, laundry: 200 } }, preset: "holbaek-2024" })],
  ["§ 107 capped, part month, discharge plan", () => lib.residentialCarePayment({ month: "2024-03", days: { from: "2024-03-22", to: "2024-03-31" }, income: [{ label: "Pension", monthly: 6000 }], price: { housing: 4000, services: { food: 2500 } }, preset: "albertslund-2018", dischargePlan: { debtRepayment: 500, savings: 200 } })],
  ["§ 107 capped to zero", () => lib.residentialCarePayment({ month: "2024-03", income: 2000, price: { housing: 4000 }, preset: "holbaek-2024" })],
  ["§ 107 own dwelling", () => lib.residentialCarePayment({ income: 12000, price: { housing: 4000, services: { food: 2500 } }, disposableAmount: 2800, ownDwelling: { monthlyCost: 5000 } })],
  ["§ 107 no income", () => lib.residentialCarePayment({ income: 0, price: { housing: 4000 }, preset: "holbaek-2024" })],
  ["§ 107 nothing to pay", () => lib.residentialCarePayment({ income: 9000, price: { housing: 0 }, disposableAmount: 2000 })],
  ["§ 109 across new year", () => lib.shelterFee({ section: "109", arrival: "2023-12-30T10:00", departure: "2024-01-02T09:00" })],
  ["§ 110 reduction, extras, ongoing", () => lib.shelterFee({ section: "110", arrival: "2024-05-01T12:00", asOf: "2024-05-03T13:00", reduction: { fraction: 0.25 }, dailyFood: 50, counting: "calendar-days" })],
  ["§ 110 reduction per day, nights", () => lib.shelterFee({ section: "110", arrival: "2024-05-01T12:00", departure: "2024-05-03T13:00", reduction: { perDay: 20 }, counting: "nights" })],
  ["§ 110 no income", () => lib.shelterFee({ section: "110", arrival: "2024-05-01T12:00", departure: "2024-05-03T13:00", income: false })],
  ["§ 109 own home, Albertslund 2018 (no lodging payment)", () => lib.shelterFee({ section: "109", arrival: "2024-05-01T12:00", departure: "2024-05-03T13:00", ownHomeRent: true, preset: "albertslund-2018" })],
  ["§ 109 own home, Holbæk 2024 (a ground to apply)", () => lib.shelterFee({ section: "109", arrival: "2024-05-01T12:00", departure: "2024-05-03T13:00", ownHomeRent: true, preset: "holbaek-2024" })],
  ["§ 109 own home, no preset", () => lib.shelterFee({ section: "109", arrival: "2024-05-01T12:00", departure: "2024-05-03T13:00", ownHomeRent: true })],
  ["§ 109 psychologist over the Holbæk cap", () => lib.shelterChildPsychology({ hours: 6, hourlyPrice: 1200, preset: "holbaek-2024" })],
  ["§ 109 psychologist, no cap given", () => lib.shelterChildPsychology({ hours: 6, hourlyPrice: 1200 })],
  ["BPA § 96 relative over 48 hours (the § 95 limit does not apply)", () => lib.bpaGrant({ section: "96", date: "2021-10-01", preset: "aarhus-lt11", employer: "relative", weeklyHours: { day: 60 }, relativeWeeklyHours: 55 })],
  ["BPA § 95 transferred grant, relative over 48 hours", () => lib.bpaGrant({ section: "95", date: "2021-10-01", preset: "aarhus-lt11", employer: "relative", weeklyHours: { day: 60 }, relativeWeeklyHours: 55, grantTransferred: true })],
  ["BPA helper expenses, no preset, no cap", () => lib.bpaGrant({ section: "96", date: "2021-10-01", preset: "aarhus-lt11", employer: "citizen", weeklyHours: { day: 40 }, helperExpensesMonthly: 1500 })],
  ["BPA helper expenses, Holbæk individual", () => lib.bpaGrant({ section: "96", date: "2021-10-01", preset: "aarhus-lt11", employer: "citizen", weeklyHours: { day: 40 }, helperExpensesMonthly: 1500, servicePreset: "holbaek-2024" })],
  ["BPA payroll on invoice under the Albertslund maximum; pension for 7 months", () => lib.bpaGrant({ section: "96", date: "2021-10-01", preset: "aarhus-lt11", employer: "citizen", payroll: "association", helpers: 2, weeklyHours: { day: 40 }, servicePreset: "albertslund-2018", admin: { payrollPerHelperPerYear: 2030, payrollInvoice: 3000 }, wage: { pensionMonths: 7 } })],
  ["BPA offset, assessed hours (Holbæk)", () => lib.bpaGrant({ section: "96", date: "2021-10-01", preset: "aarhus-lt11", employer: "citizen", weeklyHours: { day: 40 }, allowances: { weeklyHours: 3 }, servicePreset: "holbaek-2024" })],
  ["BPA offset, assessed amount", () => lib.bpaGrant({ section: "96", date: "2021-10-01", preset: "aarhus-lt11", employer: "citizen", weeklyHours: { day: 40 }, allowances: { yearlyAmount: 20000 } })],
  ["BPA settlement by kind", () => lib.bpaSettlement({ grant: { section: "96", date: "2021-10-01", preset: "aarhus-lt11", employer: "citizen", weeklyHours: { day: 40, evening: 2 } }, used: { day: 2100, evening: 50 }, policy: "by-kind" })],
  ["BPA settlement capped at the grant paid", () => lib.bpaSettlement({ grant: { section: "96", date: "2021-10-01", preset: "aarhus-lt11", employer: "citizen", weeklyHours: { day: 40 }, allowances: { yearlyAmount: 150000 } }, used: {} })],
  ["§ 109 psychologist own cap, adult", () => lib.shelterChildPsychology({ hours: 3, hourlyPrice: 900, priceCap: 1000, person: "adult" })],
  ["folkepensionsalder 65½", () => lib.statePensionAge({ birthDate: "1954-03-10" })],
  ["§ 100 payment period", () => lib.extraCostPaymentPeriod({ applicationReceived: "2024-12-01", conditionsEndDate: "2025-06-10", birthDate: "1960-05-20", preset: "holbaek-2024" })],
  ["case deadline, Albertslund BPA (op til)", () => lib.caseDeadline({ paragraph: "96", received: "2024-03-01", preset: "albertslund-2018" })],
  ["case deadline on a holiday, Holbæk with receipt", () => lib.caseDeadline({ paragraph: "97", received: "2024-03-01", preset: "holbaek-2024", weeks: 4 })],
  ["appeal deadline moved", () => lib.appealDeadline({ decisionReceived: "2024-03-01" })],
  ["appeal deadline not moved", () => lib.appealDeadline({ decisionReceived: "2024-03-05" })],
  ["BPA notice", () => lib.bpaNoticeDate({ decisionDate: "2024-03-01" })],
  ["§ 85 package 5", () => lib.supportPackage({ weeklyHours: 9 })],
  ["course end, group weeks", () => lib.courseEnd({ kind: "group", start: "2024-03-04", preset: "holbaek-2024" })],
  ["course attendance, Ballerup not triggered", () => lib.courseAttendance({ preset: "ballerup", lastAttendance: "2024-03-01", asOf: "2024-03-10" })],
  ["course attendance, Albertslund review", () => lib.courseAttendance({ preset: "albertslund-2024", asOf: "2024-03-10", cancellations: 4 })],
  ["§ 97 kept after pension age", () => lib.escortAgeRule({ birthDate: "1957-05-01", asOf: "2026-11-24", grantedOn: "2020-01-15" })],
  ["transport own payment capped", () => lib.transportOwnPayment({ monthlyCostWithin10Km: 450, monthlyNetEarnings: 1200, preset: "holbaek-2024" })],
];

describe("explanations (snapshots of every branch)", () => {
  it.each(cases)("%s", (_name, run) => {
    const r = run();
    expect(r.explanation.every((s) => s.text.length > 0 && /^[a-z-]+(\.[a-z0-9-]+)+$/.test(s.rule))).toBe(true);
    // An explanation goes into a decision letter: it cites public documents by their own title, never internal working names.
    for (const s of r.explanation) expect(`${s.text} ${s.source ?? ""}`).not.toMatch(/seed|FACTS/i);
    expect(r).toMatchSnapshot();
  });
});

// The BPA rules that tie fields together (src/bpa/schema.ts), each word for word with its code
// and the edge where it starts to apply: a caseworker's form shows these messages next to the
// field, so a changed word or a rule applied one hour too early is a defect.
import { describe, expect, it } from "vitest";
import { bpaGrant } from "../../src/index.js";
import { issuesOf } from "../support/issues.js";

const base = { section: "96" as const, date: "2021-10-01", preset: "aarhus-lt11" as const, employer: "citizen" as const, weeklyHours: { day: 40 } };
const grant = (extra: Record<string, unknown>) => () => bpaGrant({ ...base, ...extra } as never);
// Test input standing for a municipality's own wage basis (no preset): not a published figure.
const ownWage = { hourly: 140, pensionRate: 0.13, holidayPayRate: 0.125 };

describe("BPA cross-field rules", () => {
  it("one form of hours: weekly or yearly, not both, not neither", () => {
    expect(issuesOf(grant({ yearlyHours: { day: 2080 } }))).toMatchObject([{ path: "weeklyHours", message: "weeklyHours and yearlyHours cannot both be given", code: "exactly-one" }]);
    expect(issuesOf(grant({ weeklyHours: undefined }))).toMatchObject([{ path: "weeklyHours", message: "weeklyHours is required (or yearlyHours): the measured helper hours by time of day", code: "exactly-one" }]);
    expect(bpaGrant({ ...base, weeklyHours: undefined, yearlyHours: { day: 2080 } } as never).yearly.total).toBe(bpaGrant(base).yearly.total);
  });
  it("a wage of one's own needs its pension and holiday-pay rates, and a supplement for each kind of hours measured", () => {
    const own = (wage: Record<string, unknown>, extra: Record<string, unknown> = {}) => grant({ preset: undefined, wage, ...extra });
    expect(issuesOf(own({ hourly: 140 }))).toEqual([
      { path: "wage.pensionRate", message: "wage.pensionRate is required (e.g. 0.13), or a wage preset", code: "required-with" },
      { path: "wage.holidayPayRate", message: "wage.holidayPayRate is required (e.g. 0.125), or a wage preset", code: "required-with" },
    ]);
    expect(() => own(ownWage)()).not.toThrow();
    expect(issuesOf(own(ownWage, { weeklyHours: { day: 30, evening: 5, night: 0, sunday: 2 } }))).toEqual([
      { path: "wage.supplements.evening", message: "wage.supplements.evening is required when evening hours are measured: the supplement as a fraction of the hourly wage", code: "required-with" },
      { path: "wage.supplements.sunday", message: "wage.supplements.sunday is required when sunday hours are measured: the supplement as a fraction of the hourly wage", code: "required-with" },
    ]);
    expect(issuesOf(own(ownWage, { onCallWeeklyHours: 1 }))).toMatchObject([{ path: "wage.onCallFraction", message: "wage.onCallFraction is required when on-call hours are measured", code: "required-with" }]);
    expect(() => own(ownWage, { onCallWeeklyHours: 0 })()).not.toThrow();
  });
  it("the Aarhus presets have no holiday supplement: holiday hours need one given", () => {
    expect(issuesOf(grant({ weeklyHours: { day: 30, holiday: 1 } }))).toEqual([
      { path: "wage.supplements.holiday", message: "wage.supplements.holiday is required when holiday hours are measured (no sourced figure in the preset)", code: "required-with" },
    ]);
    expect(() => grant({ weeklyHours: { day: 30, holiday: 0 } })()).not.toThrow();
  });
  it("each employer-cost line has exactly one kind; a per-helper line needs the number of helpers", () => {
    expect(issuesOf(grant({ wage: { employerCosts: [{ label: "ATP", perHour: 1, rate: 0.01 }, { label: "Forsikring" }] } }))).toEqual([
      { path: "wage.employerCosts[0]", message: "wage.employerCosts[0] must have exactly one of perHour, rate, perYear or perHelperPerYear", code: "exactly-one" },
      { path: "wage.employerCosts[1]", message: "wage.employerCosts[1] must have exactly one of perHour, rate, perYear or perHelperPerYear", code: "exactly-one" },
    ]);
    expect(issuesOf(grant({ wage: { employerCosts: [{ label: "ATP", perHour: 1 }, { label: "Kursus", perHelperPerYear: 500 }] } }))).toEqual([
      { path: "helpers", message: "helpers is required for wage.employerCosts[1].perHelperPerYear", code: "required-with" },
    ]);
    expect(() => grant({ helpers: 2, wage: { employerCosts: [{ label: "Kursus", perHelperPerYear: 500 }] } })()).not.toThrow();
  });
  it("a payroll fee per helper needs helpers; a payroll invoice needs a payroll maximum", () => {
    expect(issuesOf(grant({ admin: { payrollPerHelperPerYear: 1000 } }))).toMatchObject([{ path: "helpers", message: "helpers is required for an administration fee per helper", code: "required-with" }]);
    expect(issuesOf(grant({ admin: { payrollInvoice: 1000 } }))).toEqual([
      { path: "admin.payrollInvoice", message: 'admin.payrollInvoice needs a payroll maximum per helper: admin.payrollPerHelperPerYear, or a service level that sets one (bpa.payrollPerHelperPerYearMax) with employer "citizen" and payroll "association"', code: "required-with" },
    ]);
    // Albertslund 2018's payroll maximum applies to a citizen employer with an association's payroll.
    expect(issuesOf(grant({ servicePreset: "albertslund-2018", payroll: "association" })).map((i) => i.path)).toEqual(["helpers"]);
    expect(issuesOf(grant({ servicePreset: "albertslund-2018", payroll: "association", admin: { payrollInvoice: 1000 } })).map((i) => i.path)).toEqual(["helpers"]);
  });
  it("the allowance offset: hours or an amount, not both; a preset's conversion only for its sections", () => {
    expect(issuesOf(grant({ allowances: { weeklyHours: 2, yearlyAmount: 1000 } }))).toEqual([
      { path: "allowances.weeklyHours", message: "allowances.weeklyHours and allowances.yearlyAmount cannot both be given: give the assessed offset as hours a week or as an amount a year", code: "exactly-one" },
    ]);
    expect(issuesOf(grant({ allowances: { care: true } }))).toEqual([
      { path: "allowances", message: "allowances need the assessed offset: allowances.weeklyHours (normal hours a week) or allowances.yearlyAmount (kr. a year), or a service level that converts the supplements to normal hours (bpa.allowanceHours)", code: "required-with" },
    ]);
    expect(issuesOf(grant({ date: "2024-01-01", preset: "aarhus-2021-10-lt11", allowances: { attendance: true }, servicePreset: "holbaek-2024" }))).toEqual([
      { path: "allowances", message: "allowances need the assessed offset: allowances.weeklyHours (normal hours a week) or allowances.yearlyAmount (kr. a year) — the service level offsets an assessed amount (Holbæk Kommune, Information om serviceniveauer på det specialiserede voksenområde jf. lov om social service (vedtaget 19. juni 2024), BPA § 96, pkt. 6)", code: "required-with" },
    ]);
    expect(issuesOf(grant({ section: "95", allowances: { care: true }, servicePreset: "albertslund-2018" }))).toEqual([
      { path: "allowances", message: "allowances: albertslund-2018 converts the supplements to normal hours only for § 96 grants; for a § 95 grant give allowances.weeklyHours or allowances.yearlyAmount", code: "only-with" },
    ]);
    expect(() => grant({ allowances: { care: false, attendance: false } })()).not.toThrow();
  });
  it("§ 95, stk. 3: close relatives at most 48 hours a week together, unless transferred (stk. 4) or excepted", () => {
    const rel = (extra: Record<string, unknown>) => grant({ section: "95", employer: "citizen", relativeWeeklyHours: 48.5, weeklyHours: { day: 60 }, ...extra });
    expect(issuesOf(rel({}))).toEqual([
      {
        path: "relativeWeeklyHours",
        message: "relativeWeeklyHours must be at most 48 hours a week for close relatives together under a § 95 grant (SEL § 95, stk. 3), unless the grant is transferred under stk. 4 (grantTransferred: true) or the municipality allows more in a special case (relativeCapException: true)",
        code: "out-of-range",
      },
    ]);
    expect(() => rel({ relativeWeeklyHours: 48 })()).not.toThrow();
    expect(() => rel({ grantTransferred: true })()).not.toThrow();
    expect(() => rel({ relativeCapException: true })()).not.toThrow();
    expect(() => rel({ section: "96" })()).not.toThrow();
  });
});

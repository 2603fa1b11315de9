import { BPA_ISSUES as W } from "./messages.js";
import { problem } from "../core/errors.js";
import * as z from "zod/mini";
import { bool, withRules, date, list, money, num, obj, oneOf, text, type CrossIssue, says } from "../core/validate.js";
import { WAGE_PRESETS } from "./rates.js";
import { BPA_SERVICE_PRESETS } from "./presets.js";
import { presetName } from "../service-levels/scope.js";
import { resolvePreset } from "../service-levels/preset-view.js";
import { dateProblem, toIsoDate, type DateInput } from "../core/period.js";

const has = (v: unknown) => v !== undefined;
type Rec = Record<string, unknown>;
const rec = (v: unknown): Rec => (v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Rec) : {});

/**
 * The BPA rules that tie fields together, all reported at once: one form of hours; the wage
 * fields a grant without a wage preset needs; one kind per employer-cost line; helpers where a
 * per-helper figure is used; the allowance offset's form; the 48-hour limit of SEL § 95, stk. 3.
 */
/** The service level's view on a day, or none when the date or the level cannot be read here (their own checks report it). */
function attemptView(name: string, day: string | undefined) {
  try {
    return resolvePreset(name, { date: day, path: "date", uses: [] });
  } catch {
    return undefined;
  }
}

/** The two offset fields, named in the offset messages. */
const OFFSET_FIELDS = { hours: "allowances.weeklyHours", amount: "allowances.yearlyAmount" };

function bpaRules(v: Rec): CrossIssue[] {
  const out: CrossIssue[] = [];
  if (has(v.weeklyHours) === has(v.yearlyHours)) {
    out.push({ path: "weeklyHours", words: has(v.weeklyHours) ? W.hoursBoth : W.hours, params: { other: "yearlyHours" } });
  }
  const hours = rec(v.weeklyHours ?? v.yearlyHours);
  const wage = rec(v.wage);
  const supp = rec(wage.supplements);
  // Without a wage preset, an hourly wage given in the call needs the rest of its basis too.
  if (!has(v.preset) && has(wage.hourly)) {
    if (!has(wage.pensionRate)) out.push({ path: "wage.pensionRate", words: W.rate, params: { example: 0.13 } });
    if (!has(wage.holidayPayRate)) out.push({ path: "wage.holidayPayRate", words: W.rate, params: { example: 0.125 } });
    for (const k of ["evening", "night", "saturday", "sunday", "holiday"]) {
      if (typeof hours[k] === "number" && (hours[k] as number) > 0 && !has(supp[k])) out.push({ path: `wage.supplements.${k}`, words: W.supplement, params: { kind: k } });
    }
    if (typeof v.onCallWeeklyHours === "number" && v.onCallWeeklyHours > 0 && !has(wage.onCallFraction)) out.push({ path: "wage.onCallFraction", words: W.onCall });
  }
  // The Aarhus presets carry no holiday supplement.
  if (has(v.preset) && typeof hours.holiday === "number" && hours.holiday > 0 && !has(supp.holiday)) {
    out.push({ path: "wage.supplements.holiday", words: W.holidayPreset });
  }
  const costs = Array.isArray(wage.employerCosts) ? wage.employerCosts : [];
  costs.forEach((c: unknown, i: number) => {
    const o = rec(c);
    if ([o.perHour, o.rate, o.perYear, o.perHelperPerYear].filter(has).length !== 1) out.push({ path: `wage.employerCosts[${i}]`, words: W.employerCost });
    else if (has(o.perHelperPerYear) && !has(v.helpers)) out.push({ path: "helpers", words: W.helpersFor, params: { other: `wage.employerCosts[${i}].perHelperPerYear` } });
  });
  // The service level's BPA figures on the grant's date (when the date is one; its own check reports it otherwise).
  const day = dateProblem(v.date) === undefined ? toIsoDate(v.date as DateInput) : undefined;
  const preset = typeof v.servicePreset === "string" ? attemptView(v.servicePreset, day)?.bpa : undefined;
  const admin = rec(v.admin);
  const presetPayroll = preset?.payrollPerHelperPerYearMax !== undefined && v.employer === "citizen" && v.payroll === "association" && !has(admin.perMeasuredHour);
  if ((has(admin.payrollPerHelperPerYear) || presetPayroll) && !has(v.helpers)) out.push({ path: "helpers", words: W.helpersAdmin });
  if (has(admin.payrollInvoice) && !has(admin.payrollPerHelperPerYear) && !presetPayroll) {
    out.push({ path: "admin.payrollInvoice", words: W.payrollMax, params: { other: "admin.payrollPerHelperPerYear" } });
  }
  const al = rec(v.allowances);
  if (has(al.weeklyHours) && has(al.yearlyAmount)) out.push({ path: "allowances.weeklyHours", words: W.offsetBoth, params: { other: "allowances.yearlyAmount" } });
  // «et af de ovennævnte tillæg»: where the service level says a citizen has one supplement or the other, never both.
  if (al.attendance === true && al.care === true && preset?.allowanceHours?.either === true && !has(al.weeklyHours) && !has(al.yearlyAmount)) {
    out.push({ path: "allowances", words: W.eitherAllowance, params: { level: String(v.servicePreset), source: preset.allowanceHours.source } });
  }
  if ((al.attendance === true || al.care === true) && !has(al.weeklyHours) && !has(al.yearlyAmount)) {
    const rule = preset?.allowanceHours;
    if (rule === undefined) {
      const assessed = preset?.allowanceOffset;
      out.push(assessed !== undefined ? { path: "allowances", words: W.offsetAssessed, params: { ...OFFSET_FIELDS, source: assessed.source } } : { path: "allowances", words: W.offset, params: OFFSET_FIELDS });
    } else if (!rule.sections.includes(v.section as "95" | "96")) {
      // Stryker disable next-line StringLiteral: every published normal-hours rule names one section, so the separator is never written
      out.push({ path: "allowances", words: W.offsetSection, params: { ...OFFSET_FIELDS, level: String(v.servicePreset), sections: rule.sections.join(", "), section: String(v.section) } });
    }
  }
  if (v.section === "95" && v.grantTransferred !== true && typeof v.relativeWeeklyHours === "number" && v.relativeWeeklyHours > 48 && v.relativeCapException !== true) {
    out.push({ path: "relativeWeeklyHours", words: W.relativeCap, params: { transferred: "grantTransferred" } });
  }
  return out;
}

// Input sanity bounds, not legal figures: 168 = hours in a week, 8.784 = hours in a leap year,
// 53 = weeks a year can touch, 100 helpers. A value outside them is a typing error, refused.
const weekly = /* @__NO_SIDE_EFFECTS__ */ () => num({ min: 0, max: 168, decimals: 4, unit: "hours-week" });
const yearly = /* @__NO_SIDE_EFFECTS__ */ () => num({ min: 0, max: 8784, decimals: 2, unit: "hours-year" });
const fraction = /* @__NO_SIDE_EFFECTS__ */ () => num({ min: 0, max: 5, decimals: 6, unit: "fraction" });

const hoursByTime = /* @__NO_SIDE_EFFECTS__ */ (h: () => ReturnType<typeof weekly>) =>
  obj({ day: z.optional(h()), evening: z.optional(h()), night: z.optional(h()), saturday: z.optional(h()), sunday: z.optional(h()), holiday: z.optional(h()) });

/** An employer cost line: exactly one of perHour, rate, perYear, perHelperPerYear. */
export const employerCostSchema = /* @__PURE__ */ (() => obj({
  label: text(),
  perHour: z.optional(money()),
  rate: z.optional(fraction()),
  perYear: z.optional(money()),
  perHelperPerYear: z.optional(money()),
  source: z.optional(text()),
}))();

/** Input of {@link bpaGrant}. */
export const bpaGrantInputSchema = /* @__PURE__ */ (() => withRules(obj({
  section: oneOf(["95", "96"] as const),
  date: date(),
  weeklyHours: z.optional(hoursByTime(weekly)),
  yearlyHours: z.optional(hoursByTime(yearly)),
  onCallWeeklyHours: z.optional(weekly()),
  yearlyExtraHours: z.optional(obj({ holiday: z.optional(yearly()), overlap: z.optional(yearly()), training: z.optional(yearly()), meetings: z.optional(yearly()), other: z.optional(yearly()) })),
  preset: z.optional(oneOf(WAGE_PRESETS)),
  wage: z.optional(
    obj({
      hourly: z.optional(money()),
      supplements: z.optional(obj({ evening: z.optional(fraction()), night: z.optional(fraction()), saturday: z.optional(fraction()), sunday: z.optional(fraction()), holiday: z.optional(fraction()) })),
      onCallFraction: z.optional(fraction()),
      pensionRate: z.optional(fraction()),
      holidayPayRate: z.optional(fraction()),
      pensionMonths: z.optional(num({ min: 0, max: 12, integer: true, unit: "months" })),
      employerCosts: z.optional(list(employerCostSchema, 50)),
    }),
  ),
  employer: oneOf(["citizen", "relative", "association", "company"] as const),
  payroll: z.optional(oneOf(["citizen", "municipality", "association"] as const)),
  helpers: z.optional(num({ min: 0, max: 100, integer: true, unit: "helpers" })),
  servicePreset: z.optional(presetName(BPA_SERVICE_PRESETS)),
  admin: z.optional(obj({ perMeasuredHour: z.optional(money()), payrollPerHelperPerYear: z.optional(money()), payrollInvoice: z.optional(money()) })),
  helperExpensesMonthly: z.optional(money()),
  helperExpensesCap: z.optional(money()),
  allowances: z.optional(obj({ attendance: z.optional(bool()), care: z.optional(bool()), weeklyHours: z.optional(weekly()), yearlyAmount: z.optional(money()) })),
  relativeWeeklyHours: z.optional(weekly()),
  relativeCapException: z.optional(bool()),
  grantTransferred: z.optional(bool()),
  weeksPerYear: z.optional(num({ min: 1, max: 53, decimals: 4, unit: "weeks" })),
}), (bpaRules)))();

/** Hours used in the year, by kind (settlement). */
export const bpaUsedSchema = /* @__PURE__ */ (() => obj({
  day: z.optional(yearly()),
  evening: z.optional(yearly()),
  night: z.optional(yearly()),
  saturday: z.optional(yearly()),
  sunday: z.optional(yearly()),
  holiday: z.optional(yearly()),
  onCall: z.optional(yearly()),
  extra: z.optional(yearly()),
}))();

/** Input of {@link bpaSettlement}. */
export const bpaSettlementInputSchema = /* @__PURE__ */ (() => obj({
  grant: z.custom<unknown>((v) => v !== undefined, { error: (iss) => says(iss, problem(W.grant)) }),
  used: bpaUsedSchema,
  policy: z.optional(oneOf(["money", "by-kind"] as const)),
}))();

export type { BpaEmployerCost, BpaGrantInput, BpaHoursByTime, BpaSettlementInput, BpaUsedHours, BpaWageInput } from "./input.js";

import { BPA_ISSUES } from "./messages.js";
import { type Step } from "../core/explain.js";
import { step } from "./words.js";
import { fail } from "../core/errors.js";
import { Dec, formatKr } from "../core/money.js";
import { toIsoDate } from "../core/period.js";
import { NO_BOUND_RATES, type BoundRates } from "../core/rates.js";
import { presetStepOf } from "../service-levels/step.js";
import { resolvePreset } from "../service-levels/preset-view.js";
import { SECTION_95_MIN_WEEKLY_HOURS } from "./rates.js";
import type { ParsedGrant } from "./components/component.js";

/** The service-level figures a BPA grant reads (each must be in force on the grant's date). */
export const BPA_GRANT_KEYS: readonly string[] = ["bpa.adminPerMeasuredHourTransferred", "bpa.payrollPerHelperPerYearMax", "bpa.helperExpensesCap95", "bpa.helperExpensesCap96", "bpa.allowanceHours", "bpa.noAdminForRelative", "bpa.helperExpenses", "bpa.allowanceOffset", "bpa.payment"];
import { hoursValue, measuredHours, roundHours, type HourKind } from "./components/hours.js";
import { relativeCapSteps } from "./components/relative-cap.js";
import { wageBasis } from "./components/wage-basis.js";
import { holidayPayComponent, onCallComponent, pensionComponent, supplementsComponent, wagesComponent } from "./components/pay.js";
import { employerCostsComponent } from "./components/employer-costs.js";
import { adminComponent } from "./components/admin.js";
import { helperExpensesComponent } from "./components/helper-expenses.js";
import { offsetComponent } from "./components/offset.js";

export { HOUR_KINDS, type HourKind } from "./components/hours.js";

/** The yearly components, exact before rounding, and what settlement needs. */
export interface Measurement {
  eligible: boolean;
  reason?: string;
  components: Record<"wages" | "supplements" | "onCall" | "pension" | "holidayPay" | "employerCosts" | "admin" | "helperExpenses" | "offset", Dec>;
  total: Dec;
  hours: { weekly: Dec; yearly: Dec; extraYearly: Dec; onCallYearly: Dec; offsetWeekly: Dec; byKind: Record<HourKind, Dec> };
  /** Cost of one more hour of each kind (and on-call, pooled extra), exact; computed on request (settlement). */
  unitCost: () => Record<HourKind | "onCall" | "extra", Dec>;
  hourly: Dec;
  weeks: Dec;
  explanation: Step[];
}

const ZERO = /* @__PURE__ */ new Dec(0);

/**
 * Measures a BPA grant from parsed input (the engine behind {@link bpaGrant} and
 * {@link bpaSettlement}). Every component is rounded to øre, half up, once; the total is the
 * sum of the rounded components.
 */
export function measure(p: ParsedGrant, bound: BoundRates = NO_BOUND_RATES): Measurement {
  const date = toIsoDate(p.date);
  const h = measuredHours(p);
  const explanation: Step[] = [...h.steps, ...relativeCapSteps(p)];
  const hoursOut = { weekly: h.weekly, yearly: h.yearly, extraYearly: h.extraYearly, onCallYearly: h.onCallYearly, offsetWeekly: ZERO, byKind: h.byKind };
  if (p.section === "95" && h.weekly.lte(SECTION_95_MIN_WEEKLY_HOURS)) {
    const refused = step("bpa.not-eligible", { minimum: SECTION_95_MIN_WEEKLY_HOURS, weeklyHours: hoursValue(roundHours(h.weekly)) }, "SEL § 95, stk. 2");
    explanation.push(refused);
    const zeros = { wages: ZERO, supplements: ZERO, onCall: ZERO, pension: ZERO, holidayPay: ZERO, employerCosts: ZERO, admin: ZERO, helperExpenses: ZERO, offset: ZERO };
    const unit = { day: ZERO, evening: ZERO, night: ZERO, saturday: ZERO, sunday: ZERO, holiday: ZERO, onCall: ZERO, extra: ZERO };
    return { eligible: false, reason: refused.text, components: zeros, total: ZERO, hours: hoursOut, unitCost: () => unit, hourly: ZERO, weeks: h.weeks, explanation };
  }

  // Each component yields its rounded amount and the lines behind it.
  const w = wageBasis(p, date, bound, h.byKind, h.onCallYearly);
  const wages = wagesComponent(h, w);
  const supplements = supplementsComponent(h, w);
  const onCall = onCallComponent(h, w, p.onCallWeeklyHours ?? 0);
  const payBase = wages.exact.plus(supplements.exact).plus(onCall.exact);
  const pension = pensionComponent(payBase, w, p.wage?.pensionMonths);
  const holidayPay = holidayPayComponent(payBase, w);
  const paidHours = h.yearly.plus(h.extraYearly).plus(h.onCallYearly);
  const employer = employerCostsComponent(p, paidHours, payBase);
  const view = p.servicePreset ? resolvePreset(p.servicePreset, { date: toIsoDate(p.date), path: "date", uses: BPA_GRANT_KEYS }) : undefined;
  const preset = view?.bpa;
  const admin = adminComponent(p, preset, paidHours);
  const helperExpenses = helperExpensesComponent(p, preset);
  const offset = offsetComponent(p, preset, h.weeks, w.hourly, h.yearly, h.weekly);
  const parts = [w, wages, supplements, onCall, pension, holidayPay, employer, admin, helperExpenses, offset];
  if (view) explanation.unshift(presetStepOf(view));
  for (const part of parts) explanation.push(...part.steps);

  const components = { wages: wages.amount, supplements: supplements.amount, onCall: onCall.amount, pension: pension.amount, holidayPay: holidayPay.amount, employerCosts: employer.amount, admin: admin.amount, helperExpenses: helperExpenses.amount, offset: offset.amount };
  const total = wages.amount.plus(supplements.amount).plus(onCall.amount).plus(pension.amount).plus(holidayPay.amount).plus(employer.amount).plus(admin.amount).plus(helperExpenses.amount).minus(offset.amount);
  if (total.lt(0)) fail("allowances.yearlyAmount", BPA_ISSUES.offsetOver, { offset: formatKr(offset.amount), total: formatKr(total.plus(offset.amount)) });

  // Cost of one more hour of each kind (settlement): pay × (1 + pension + holiday pay + rate items) + per-hour items + admin per hour.
  const unitCost = () => {
    const load = new Dec(1).plus(w.pensionRate).plus(w.holidayPayRate).plus(employer.rateItems);
    const unit = (base: Dec) => base.times(load).plus(employer.perHourItems).plus(admin.perHour);
    const s = w.supplements;
    return {
      day: unit(w.hourly),
      evening: unit(w.hourly.times(s.evening.plus(1))),
      night: unit(w.hourly.times(s.night.plus(1))),
      saturday: unit(w.hourly.times(s.saturday.plus(1))),
      sunday: unit(w.hourly.times(s.sunday.plus(1))),
      holiday: unit(w.hourly.times(s.holiday.plus(1))),
      onCall: unit(w.hourly.times(w.onCallFraction)),
      extra: unit(w.hourly),
    };
  };
  return { eligible: true, components, total, hours: { ...hoursOut, offsetWeekly: offset.weeklyHours }, unitCost, hourly: w.hourly, weeks: h.weeks, explanation };
}

import { toIsoDate } from "../core/period.js";
import { amount, type Step } from "../core/explain.js";
import { step } from "./words.js";
import { Dec, formatMoney, roundOre } from "../core/money.js";
import { NO_BOUND_RATES, type BoundRates } from "../core/rates.js";
import { parseInput } from "../core/validate.js";
import { measure } from "./measure.js";
import { hoursValue } from "./components/hours.js";
import { bpaGrantInputSchema, type BpaGrantInput } from "./schema.js";
import { resolvePreset } from "../service-levels/preset-view.js";

/** Yearly components of the grant, money strings (two decimals). */
export interface BpaYearly {
  wages: string;
  supplements: string;
  onCall: string;
  pension: string;
  holidayPay: string;
  employerCosts: string;
  admin: string;
  helperExpenses: string;
  /** Set off for attendance/care supplements (subtracted). */
  offset: string;
  /** wages + supplements + onCall + pension + holidayPay + employerCosts + admin + helperExpenses − offset. */
  total: string;
}

/** Result of {@link bpaGrant}. */
export interface BpaGrantResult {
  /** False for § 95 with a weekly need of 20 hours or less (`reason` says why). */
  eligible: boolean;
  reason?: string;
  section: "95" | "96";
  yearly: BpaYearly;
  /** total / 12, rounded half up to øre. */
  monthly: string;
  /** monthly × 12: what twelve monthly payments add up to (differs from `yearly.total` by at most 6 øre). */
  monthlyTimesTwelve: string;
  hours: { weekly: number; yearly: number; extraYearly: number; onCallYearly: number; offsetWeekly: number };
  /** When the grant is paid (SEL § 96 a, stk. 2); `dueDaysAfterInvoice` when the service level in use sets the invoice deadline (Holbæk 2024: 30 days). */
  payment: { timing: "monthly-in-advance" | "monthly-in-arrears"; dueDaysAfterInvoice?: number };
  explanation: Step[];
}

/**
 * Measures a BPA grant for a year (SEL §§ 95–96; BEK nr. 1069 af 30/06/2020): measured helper
 * hours by time of day × the hourly wage basis, time supplements, on-call hours, pension,
 * holiday pay, employer costs, administration, helper-related expenses, less the set-off for
 * attendance/care supplements. «Tilskuddet fastsættes én gang årligt … og kan højst udgøre de
 * faktiske udgifter» (BEK 1069/2020 § 3).
 *
 * Wage basis: `preset` (`"aarhus-lt11"` picks the Aarhus row in force on `date`;
 * `"aarhus-2021-10-lt11"` a fixed row) and/or explicit `wage` fields, which win. Municipal
 * rules: `servicePreset` (`"albertslund-2018"`, `"holbaek-2024"`); explicit fields win.
 * Paid monthly in advance when the citizen or a relative receives the grant, monthly in
 * arrears (invoice within 30 days) when an association or company is employer (SEL § 96 a,
 * stk. 2; Holbæk 2024, BPA pkt. 4).
 *
 * @example
 * const g = bpaGrant({ section: "96", date: "2021-10-01", preset: "aarhus-lt11", employer: "citizen",
 *   weeklyHours: { day: 40, evening: 10 } });
 * g.yearly.supplements //=> "21153.60"   (10 t/uge × 52 uger × 30 % × 135,60 kr.)
 */
export function bpaGrant(input: BpaGrantInput): BpaGrantResult {
  return computeBpaGrant(input, NO_BOUND_RATES);
}

/** {@link bpaGrant} with rate rows bound by `withRates`. */
export function computeBpaGrant(input: BpaGrantInput, bound: BoundRates): BpaGrantResult {
  const p = parseInput(bpaGrantInputSchema, input);
  const m = measure(p, bound);
  const c = m.components;
  const total = roundOre(m.total);
  const monthly = roundOre(total.div(12));
  const twelve = monthly.times(12);
  // Paid in arrears to an association or company (SEL § 96 a, stk. 2); the invoice deadline is the service level's own rule.
  const rule = p.servicePreset === undefined ? undefined : resolvePreset(p.servicePreset, { date: toIsoDate(p.date), path: "date", uses: ["bpa.payment"] })?.bpa?.payment;
  const arrears = p.employer === "association" || p.employer === "company";
  const payment: BpaGrantResult["payment"] = arrears ? { timing: "monthly-in-arrears", ...(rule ? { dueDaysAfterInvoice: rule.invoiceDays } : {}) } : { timing: "monthly-in-advance" };
  const explanation = [...m.explanation];
  if (m.eligible) {
    explanation.push(step("bpa.total", twelve.eq(total) ? { total: amount(total), monthly: amount(monthly) } : { total: amount(total), monthly: amount(monthly), twelveMonths: amount(twelve) }, "BEK nr. 1069 af 30/06/2020 § 3"));
    explanation.push(
      step(
        payment.timing === "monthly-in-advance" ? "bpa.payment.in-advance" : "bpa.payment.in-arrears",
        arrears && rule ? { invoiceDays: rule.invoiceDays } : {},
        arrears && rule ? `SEL § 96 a, stk. 2; ${rule.source}` : "SEL § 96 a, stk. 2",
      ),
    );
  }
  const money = (d: Dec) => formatMoney(d);
  const result: BpaGrantResult = {
    eligible: m.eligible,
    section: p.section,
    yearly: {
      wages: money(c.wages),
      supplements: money(c.supplements),
      onCall: money(c.onCall),
      pension: money(c.pension),
      holidayPay: money(c.holidayPay),
      employerCosts: money(c.employerCosts),
      admin: money(c.admin),
      helperExpenses: money(c.helperExpenses),
      offset: money(c.offset),
      total: money(total),
    },
    monthly: money(monthly),
    monthlyTimesTwelve: money(twelve),
    hours: {
      weekly: hoursValue(m.hours.weekly),
      yearly: hoursValue(m.hours.yearly),
      extraYearly: m.hours.extraYearly.toNumber(),
      onCallYearly: hoursValue(m.hours.onCallYearly),
      offsetWeekly: m.hours.offsetWeekly.toNumber(),
    },
    payment,
    explanation,
  };
  if (m.reason !== undefined) result.reason = m.reason;
  return result;
}

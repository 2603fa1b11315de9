import { amount, type Step, type StepValues } from "../../core/explain.js";
import { step } from "../words.js";
import { Dec, roundOre } from "../../core/money.js";
import type { Component } from "./component.js";
import { hoursValue, roundHours, type MeasuredHours } from "./hours.js";
import { SUPPLEMENT_KINDS, type Wage } from "./wage-basis.js";

/** A pay component: also its exact amount, which pension and holiday pay are computed on. */
export interface PayComponent extends Component {
  exact: Dec;
}

/**
 * Basic wages: (measured + pooled hours) × the hourly wage.
 *
 * @example
 * wagesComponent(hours, wage).amount.toFixed(2)
 */
export function wagesComponent(h: MeasuredHours, w: Wage): PayComponent {
  const exact = h.yearly.plus(h.extraYearly).times(w.hourly);
  const rounded = roundOre(exact);
  const steps = [step("bpa.wages", { yearlyHours: hoursValue(roundHours(h.yearly)), extraHours: hoursValue(h.extraYearly), hourly: amount(w.hourly), amount: amount(rounded) })];
  return { amount: rounded, exact, steps };
}

const SUPPLEMENT_RULE = { evening: "bpa.supplement.evening", night: "bpa.supplement.night", saturday: "bpa.supplement.saturday", sunday: "bpa.supplement.sunday", holiday: "bpa.supplement.holiday" } as const;

/**
 * Time supplements: hours of each kind × its supplement × the hourly wage, one line per kind.
 *
 * @example
 * supplementsComponent(hours, wage).steps.map((s) => s.rule) //=> ["bpa.supplement.evening", …]
 */
export function supplementsComponent(h: MeasuredHours, w: Wage): PayComponent {
  let exact = new Dec(0);
  const steps: Step[] = [];
  const weeks = hoursValue(h.weeks);
  const hourly = amount(w.hourly);
  for (const k of SUPPLEMENT_KINDS) {
    if (h.byKind[k].isZero()) continue;
    const value = h.byKind[k].times(w.supplements[k]).times(w.hourly);
    exact = exact.plus(value);
    const rate = w.supplements[k].toString();
    const values: StepValues = h.perWeek
      ? { perWeek: true, weeklyHours: h.given[k] ?? 0, weeks: weeks, rate, hourly, amount: amount(value) }
      : { perWeek: false, yearlyHours: hoursValue(h.byKind[k]), rate, hourly, amount: amount(value) };
    steps.push(step(SUPPLEMENT_RULE[k], values, w.source));
  }
  return { amount: roundOre(exact), exact, steps };
}

/**
 * On-call hours: hours × the on-call fraction × the hourly wage (no time supplements).
 *
 * @example
 * onCallComponent(hours, wage, 7).amount.toFixed(2)
 */
export function onCallComponent(h: MeasuredHours, w: Wage, weeklyOnCall: number): PayComponent {
  const exact = h.onCallYearly.times(w.hourly).times(w.onCallFraction);
  const rounded = roundOre(exact);
  const steps = h.onCallYearly.gt(0) ? [step("bpa.on-call", { weeklyHours: weeklyOnCall, weeks: hoursValue(h.weeks), fraction: w.onCallFraction.toString(), hourly: amount(w.hourly), amount: amount(rounded) }, w.source)] : [];
  return { amount: rounded, exact, steps };
}

/**
 * Employer pension, 13 % «efter 5 måneders anciennitet» (BPA-handicaphjælper-overenskomsten):
 * `pensionMonths` says for how many months of the year it is paid; 12 unless told.
 *
 * @example
 * pensionComponent(payBase, wage, undefined).amount.toFixed(2)
 */
export function pensionComponent(payBase: Dec, w: Wage, pensionMonths: number | undefined): Component {
  const months = pensionMonths ?? 12;
  const rounded = roundOre(payBase.times(w.pensionRate).times(months).div(12));
  const source = "BPA-handicaphjælper-overenskomsten mellem Dansk Erhverv Arbejdsgiver og FOA (dho.dk: 13 % arbejdsgiverbetalt pension efter 5 måneders anciennitet)";
  const steps = [step(months === 12 ? "bpa.pension" : "bpa.pension.months", { rate: w.pensionRate.toString(), base: amount(payBase), months, amount: amount(rounded) }, source)];
  return { amount: rounded, steps };
}

/**
 * Holiday pay: the rate × the pay (ferieloven).
 *
 * @example
 * holidayPayComponent(payBase, wage).amount.toFixed(2)
 */
export function holidayPayComponent(payBase: Dec, w: Wage): Component {
  const rounded = roundOre(payBase.times(w.holidayPayRate));
  return { amount: rounded, steps: [step("bpa.holiday-pay", { rate: w.holidayPayRate.toString(), base: amount(payBase), amount: amount(rounded) }, w.fromRow ? "ferieloven" : undefined)] };
}

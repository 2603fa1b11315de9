import { BPA_ISSUES } from "../messages.js";
import { fail } from "../../core/errors.js";
import { amount, type Step } from "../../core/explain.js";
import { step } from "../words.js";
import { Dec, roundOre, toDec } from "../../core/money.js";
import type { Component, ParsedGrant } from "./component.js";
import { hoursValue, roundHours } from "./hours.js";

/** Employer costs, and what one more hour adds (settlement). */
export interface EmployerCosts extends Component {
  /** Kroner per paid hour of the per-hour lines together. */
  perHourItems: Dec;
  /** The fractions of the pay of the rate lines together. */
  rateItems: Dec;
}

/**
 * The caller's employer cost lines: per paid hour, a share of the pay, per year or per helper.
 *
 * @example
 * employerCostsComponent(p, paidHours, payBase).amount.toFixed(2)
 */
export function employerCostsComponent(p: ParsedGrant, paidHours: Dec, payBase: Dec): EmployerCosts {
  let exact = new Dec(0);
  let perHourItems = new Dec(0);
  let rateItems = new Dec(0);
  const steps: Step[] = [];
  (p.wage?.employerCosts ?? []).forEach((c, i) => {
    let value: Dec;
    if (c.perHour !== undefined) {
      value = paidHours.times(toDec(c.perHour));
      perHourItems = perHourItems.plus(toDec(c.perHour));
      steps.push(step("bpa.employer-cost.per-hour", { label: c.label, hours: hoursValue(roundHours(paidHours)), perHour: amount(toDec(c.perHour)), amount: amount(value) }, c.source));
    } else if (c.rate !== undefined) {
      value = payBase.times(c.rate);
      rateItems = rateItems.plus(c.rate);
      steps.push(step("bpa.employer-cost.rate", { label: c.label, rate: c.rate, base: amount(payBase), amount: amount(value) }, c.source));
    } else if (c.perYear !== undefined) {
      value = toDec(c.perYear);
      steps.push(step("bpa.employer-cost.per-year", { label: c.label, amount: amount(value) }, c.source));
    } else {
      // Stryker disable next-line StringLiteral: unreachable — the input schema requires helpers for a per-helper line.
      const n = p.helpers ?? fail("helpers", BPA_ISSUES.helpersFor, { other: `wage.employerCosts[${i}].perHelperPerYear` });
      value = toDec(c.perHelperPerYear as string | number).times(n);
      steps.push(step("bpa.employer-cost.per-helper", { label: c.label, helpers: n, perHelper: amount(toDec(c.perHelperPerYear as string | number)), amount: amount(value) }, c.source));
    }
    exact = exact.plus(value);
  });
  return { amount: roundOre(exact), perHourItems, rateItems, steps };
}

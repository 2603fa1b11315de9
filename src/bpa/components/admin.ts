import { BPA_ISSUES } from "../messages.js";
import { fail } from "../../core/errors.js";
import { amount, type Step } from "../../core/explain.js";
import { step } from "../words.js";
import { Dec, roundOre, toDec } from "../../core/money.js";
import type { BpaServicePreset } from "../presets.js";
import type { Component, ParsedGrant } from "./component.js";
import { hoursValue, roundHours } from "./hours.js";

/** The administration fee, and what one more hour adds (settlement). */
export interface Admin extends Component {
  /** Kroner per measured hour. */
  perHour: Dec;
}

/**
 * The administration fee (BEK nr. 1069/2020 § 8): per measured hour when the employer role is
 * transferred («5,45 kr. pr udmålte BPA time», Albertslund 2018 — a grant's hours take the forms
 * «faste ugentlige timer, puljetimer, rådighedstimer», so all three count), and payroll by an
 * association «efter regning op til 2.030,00 kr. årligt pr. hjælper».
 *
 * @example
 * adminComponent(p, preset, measuredForAdmin).amount.toFixed(2)
 */
export function adminComponent(p: ParsedGrant, preset: BpaServicePreset | undefined, measuredForAdmin: Dec): Admin {
  let exact = new Dec(0);
  let perHour = new Dec(0);
  const steps: Step[] = [];
  const presetPerHour = preset?.adminPerMeasuredHourTransferred;
  // Holbæk 2024: no administration fee when a close relative is the employer.
  const relativeExemption = p.employer === "relative" && preset?.noAdminForRelative?.value === true ? preset.noAdminForRelative : undefined;
  // Stryker disable next-line ConditionalExpression: guards a preset that sets both a per-hour fee and the relative exemption; no published preset does (Albertslund 2018 sets the fee, Holbæk 2024 the exemption)
  const presetHourly = relativeExemption === undefined ? presetPerHour : undefined;
  const perHourIn = p.admin?.perMeasuredHour ?? (presetHourly && p.employer !== "citizen" && p.admin === undefined ? presetHourly.value : undefined);
  const presetPayroll = preset?.payrollPerHelperPerYearMax;
  const perHelperIn = p.admin?.payrollPerHelperPerYear ?? (presetPayroll && p.employer === "citizen" && p.payroll === "association" && p.admin?.perMeasuredHour === undefined ? presetPayroll.value : undefined);
  if (relativeExemption !== undefined && p.admin === undefined) {
    steps.push(step("bpa.admin.relative-employer", {}, relativeExemption.source));
  }
  if (perHourIn !== undefined) {
    perHour = toDec(perHourIn);
    const value = measuredForAdmin.times(perHour);
    exact = exact.plus(value);
    steps.push(step("bpa.admin.per-hour", { hours: hoursValue(roundHours(measuredForAdmin)), perHour: amount(perHour), amount: amount(value) }, p.admin?.perMeasuredHour === undefined ? presetPerHour?.source : "BEK nr. 1069 af 30/06/2020 § 8"));
  }
  if (perHelperIn !== undefined) {
    // Stryker disable next-line StringLiteral: unreachable — the input schema requires helpers for a payroll fee per helper.
    const n = p.helpers ?? fail("helpers", BPA_ISSUES.helpersAdmin);
    const max = toDec(perHelperIn).times(n);
    // «efter regning op til 2.030,00 kr. årligt pr. hjælper»: the invoice, up to the maximum.
    const invoice = p.admin?.payrollInvoice === undefined ? undefined : toDec(p.admin.payrollInvoice);
    const value = invoice === undefined ? max : Dec.min(invoice, max);
    exact = exact.plus(value);
    const source = p.admin?.payrollPerHelperPerYear === undefined ? presetPayroll?.source : undefined;
    const cap = { helpers: n, perHelper: amount(toDec(perHelperIn)), max: amount(max) };
    steps.push(invoice === undefined ? step("bpa.admin.payroll-max", cap, source) : step("bpa.admin.payroll-invoice", { ...cap, invoice: amount(invoice), amount: amount(value) }, source));
  }
  if (steps.length === 0) steps.push(step("bpa.admin.none", {}, "BEK nr. 1069 af 30/06/2020 § 8"));
  return { amount: roundOre(exact), perHour, steps };
}

import { amount } from "../../core/explain.js";
import { step } from "../words.js";
import { Dec, roundOre, toDec } from "../../core/money.js";
import type { BpaServicePreset } from "../presets.js";
import type { Component, ParsedGrant } from "./component.js";

/**
 * Helper-related expenses per month × 12: a cap only from the caller or a preset that sets one
 * (Albertslund 2018: 500 kr. under § 95, 1.000 kr. under § 96); Holbæk assesses them individually.
 *
 * @example
 * helperExpensesComponent(p, preset).amount.toFixed(2)
 */
export function helperExpensesComponent(p: ParsedGrant, preset: BpaServicePreset | undefined): Component {
  if (p.helperExpensesMonthly === undefined) return { amount: new Dec(0), steps: [] };
  const presetCap = preset?.helperExpensesCap?.[p.section];
  const capIn = p.helperExpensesCap ?? presetCap?.value;
  const monthly = toDec(p.helperExpensesMonthly);
  const cap = capIn === undefined ? undefined : toDec(capIn);
  const used = cap === undefined ? monthly : Dec.min(monthly, cap);
  const yearly = roundOre(used.times(12));
  // No cap but a municipal preset: that preset sets none for this section and assesses individually (Holbæk 2024).
  const rule =
    cap === undefined
      ? p.servicePreset !== undefined
        ? "bpa.helper-expenses.individual"
        : "bpa.helper-expenses.no-cap"
      : monthly.gt(cap)
        ? "bpa.helper-expenses.capped"
        : "bpa.helper-expenses.under-cap";
  // The service level's own rule, where it states one (Holbæk 2024: «Efter en individuel vurdering …»).
  const individualSource = cap === undefined ? preset?.helperExpenses?.source : undefined;
  const values = { monthly: amount(used), amount: amount(yearly), ...(cap === undefined ? {} : { applied: amount(monthly), cap: amount(cap) }) };
  return { amount: yearly, steps: [step(rule, values, p.helperExpensesCap === undefined ? (presetCap?.source ?? individualSource) : undefined)] };
}

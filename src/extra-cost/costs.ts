import { amount, type Step } from "../core/explain.js";
import { step } from "./words.js";
import { Dec, toDec, type MoneyInput } from "../core/money.js";
import { formatSource } from "../core/sources.js";
import { rateAt, type BoundRates, type RateTable } from "../core/rates.js";
import { yearOf } from "../core/period.js";
import { MEDICINE_TABLE } from "./rates.js";

interface CostFields {
  monthlyCosts?: MoneyInput;
  yearlyCosts?: MoneyInput;
  items?: { label: string; monthly?: MoneyInput; yearly?: MoneyInput; kind?: "medicine" | "other" }[];
}

/** The citizen's costs per year, exact, with the lines that explain how they were summed. */
export interface YearlyCosts {
  yearly: Dec;
  /** The monthly amount when it was given as such (saves an inexact-looking division). */
  monthly?: Dec;
  steps: Step[];
}

const TWELVE = /* @__PURE__ */ new Dec(12);

/**
 * Sums the citizen's probable extra costs to a yearly amount. Exactly one of `monthlyCosts`,
 * `yearlyCosts` or `items` must be given; each item exactly one of `monthly` / `yearly`.
 * Medicine items count at most the year's own-payment cap (egenbetalingsloft;
 * Holbæk 2024, Merudgifter: "maksimalt udgiften på 4.575 kr. for 2024 … kan indgå i den
 * årlige beregning").
 *
 * @example
 * yearlyCostsOf({ monthlyCosts: 1800 }, "2024-03-01").yearly.toFixed(2) //=> "21600.00"
 */
export function yearlyCostsOf(input: CostFields, date: string, capOverrides?: RateTable<string>, bound?: BoundRates): YearlyCosts {
  // Exactly one of the three is guaranteed by the input schema (crossField).
  if (input.monthlyCosts !== undefined) {
    const m = toDec(input.monthlyCosts);
    return { yearly: m.times(TWELVE), monthly: m, steps: [step("extra-cost.costs.monthly", { monthly: amount(m) })] };
  }
  if (input.yearlyCosts !== undefined) {
    const y = toDec(input.yearlyCosts);
    return {
      yearly: y,
      steps: [step("extra-cost.costs.yearly", { yearly: amount(y), monthly: amount(y.div(TWELVE)) })],
    };
  }
  return itemsYearly(input.items ?? [], date, capOverrides, bound);
}

function itemsYearly(items: NonNullable<CostFields["items"]>, date: string, capOverrides?: RateTable<string>, bound?: BoundRates): YearlyCosts {
  // Each item has exactly one of monthly / yearly, and the list is not empty (input schema).

  const steps: Step[] = [];
  let other = new Dec(0);
  let medicine = new Dec(0);
  for (const it of items) {
    const yearly = it.yearly !== undefined ? toDec(it.yearly) : toDec(it.monthly as MoneyInput).times(TWELVE);
    if (it.kind === "medicine") medicine = medicine.plus(yearly);
    else other = other.plus(yearly);
    steps.push(step("extra-cost.item", { label: it.label, yearly: amount(yearly) }));
  }
  let total = other;
  if (items.some((it) => it.kind === "medicine")) {
    const capRow = rateAt(MEDICINE_TABLE, date, capOverrides, bound);
    const cap = toDec(capRow.value);
    const counted = Dec.min(medicine, cap);
    total = total.plus(counted);
    steps.push(
      step(medicine.gt(cap) ? "extra-cost.medicine-cap.capped" : "extra-cost.medicine-cap.below", { medicine: amount(medicine), year: yearOf(capRow.from), cap: amount(cap) }, formatSource(capRow.source)),
    );
  }
  steps.push(step("extra-cost.costs.total", { yearly: amount(total), monthly: amount(total.div(TWELVE)) }));
  return { yearly: total, steps };
}

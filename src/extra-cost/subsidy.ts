import type * as z from "zod/mini";
import { amount, type Step } from "../core/explain.js";
import { step } from "./words.js";
import { Dec, formatMoney, roundOre, toDec } from "../core/money.js";
import { toIsoDate, yearOf } from "../core/period.js";
import { NO_BOUND_RATES, rateAt, type BoundRates } from "../core/rates.js";
import { formatSource } from "../core/sources.js";
import { parseInput } from "../core/validate.js";
import { yearlyCostsOf } from "./costs.js";
import { CHOICE_SOURCE, group1, group2, groupSteps } from "./kompensation.js";
import { oreSubsidy } from "./subsidy-ore.js";
import { merudgiftAmount } from "./merudgift.js";
import { KOMPENSATION_TABLE, MERUDGIFT_TABLE } from "./rates.js";
import { regimeFor, type Regime } from "./regime.js";
import { extraCostInputSchema, type ExtraCostInput } from "./schema.js";

/** Which rule gave the amount. */
export type ExtraCostRule = "below-threshold" | "band-1" | "band-2" | "actual" | "group-1" | "group-2";

/** What each kompensationsydelse group would pay (money strings, per month). */
export interface ExtraCostAlternatives {
  group1: { eligible: boolean; monthlyAmount: string };
  group2: { eligible: boolean; monthlyAmount: string };
  /** The group that pays more (`null` when neither pays). */
  better: 1 | 2 | null;
}

/** Result of {@link extraCostSubsidy}. */
export interface ExtraCostResult {
  /** Does the citizen get a monthly amount? */
  eligible: boolean;
  /** Monthly amount, kroner, two decimals (`"2277.00"`). */
  monthlyAmount: string;
  /** `monthlyAmount × 12`: what is paid over a year at this rate. */
  yearlyAmount: string;
  regime: Regime;
  rule: ExtraCostRule;
  /** The year of the rate level used (e.g. `2024` for 2024-niveau). */
  rateLevel: number;
  /** The citizen's yearly costs as counted (after the medicine cap), two decimals. */
  countedYearlyCosts: string;
  /** Kompensationsydelse only: what each group would pay. */
  alternatives?: ExtraCostAlternatives;
  explanation: Step[];
}

const TWELVE = /* @__PURE__ */ new Dec(12);

/**
 * The monthly § 100 amount for a date: merudgiftsydelse (band system, 2018 – 31 Aug 2025,
 * and for existing recipients until reassessed, at the latest 31 Aug 2027) or
 * kompensationsydelse (from 1 Sep 2025), at the rate level in force on `date`.
 *
 * «Kommunalbestyrelsen skal yde dækning af nødvendige merudgifter ved den daglige
 * livsførelse …» (SEL § 100, stk. 1). Results are exact; an actual-cost amount given per year
 * is divided by 12 and rounded to øre, half up; `yearlyAmount` is the monthly amount × 12.
 *
 * @param input - `date` (the month paid for), the costs (`monthlyCosts`, `yearlyCosts` or
 *   `items`), `documented`, `regime`; for kompensationsydelse `documentedListedMonthlyCosts`
 *   and `group`; `rates` to pass rate rows the library does not ship.
 * @returns the monthly and yearly amount, the rule and rate level used, and the Danish explanation.
 * @throws {InputError} on any bad input, or when no rate level is known for the date.
 *
 * @example
 * const r = extraCostSubsidy({ date: "2024-03-01", monthlyCosts: 1800 });
 * r.monthlyAmount //=> "2277.00"
 * r.rule          //=> "band-2"
 * r.explanation[2].text
 * //=> "Sandsynliggjorte merudgifter på 1.800,00 kr. pr. måned ligger i intervallet 1.708–2.846 kr. Standardbeløb: 2.277,00 kr."
 */
export function extraCostSubsidy(input: ExtraCostInput): ExtraCostResult {
  return computeExtraCostSubsidy(input, NO_BOUND_RATES);
}

/** {@link extraCostSubsidy} with rate rows bound by `withRates`. */
export function computeExtraCostSubsidy(input: ExtraCostInput, bound: BoundRates): ExtraCostResult {
  const p = parseInput(extraCostInputSchema, input);
  const date = toIsoDate(p.date);
  const regime = regimeFor(date, p.regime);
  // Fields of one regime under the other, and a regime the date does not allow, are refused by the schema (crossField).
  // Whole øre where the amounts allow it; decimal.js for cost items and beyond the safe range.
  const fast = oreSubsidy(p, date, regime, bound);
  if (fast !== undefined) return fast;
  const costs = yearlyCostsOf(p, date, p.rates?.medicineCap, bound);
  return regime === "merudgift" ? merudgiftResult(p, date, costs.yearly, costs.steps, bound, costs.monthly) : kompensationResult(p, date, costs.yearly, costs.steps, bound);
}

type Parsed = z.output<typeof extraCostInputSchema>;

function merudgiftResult(p: Parsed, date: string, yearly: Dec, costSteps: Step[], bound: BoundRates, monthlyGiven?: Dec): ExtraCostResult {
  const row = rateAt(MERUDGIFT_TABLE, date, p.rates?.merudgift, bound);
  const level = yearOf(row.from);
  const outcome = merudgiftAmount(yearly, p.documented ?? false, row, monthlyGiven);
  const monthly = roundOre(outcome.monthly);
  const yearlyPaid = monthly.times(TWELVE);
  const explanation = [
    step("extra-cost.regime.merudgift", { level, date }, formatSource(row.source)),
    ...costSteps,
    ...outcome.steps,
    resultStep(monthly, yearlyPaid, !outcome.monthly.eq(monthly)), // only an actual amount can have more than two decimals
  ];
  return {
    eligible: !monthly.isZero(),
    monthlyAmount: formatMoney(monthly),
    yearlyAmount: formatMoney(yearlyPaid),
    regime: "merudgift",
    rule: outcome.rule,
    rateLevel: level,
    countedYearlyCosts: formatMoney(yearly),
    explanation,
  };
}

function kompensationResult(p: Parsed, date: string, yearly: Dec, costSteps: Step[], bound: BoundRates): ExtraCostResult {
  const row = rateAt(KOMPENSATION_TABLE, date, p.rates?.kompensation, bound);
  const level = yearOf(row.from);
  const listed = p.documentedListedMonthlyCosts === undefined ? new Dec(0) : toDec(p.documentedListedMonthlyCosts);
  const g1 = group1(yearly, row);
  const g2 = group2(listed, row);
  const better: 1 | 2 | null = !g1.eligible && !g2.eligible ? null : g2.monthly.gt(g1.monthly) ? 2 : 1;
  const chosen: 1 | 2 = p.group ?? better ?? 1;
  const outcome = chosen === 1 ? g1 : g2;
  const monthly = roundOre(outcome.monthly);
  const yearlyPaid = monthly.times(TWELVE);
  const choice =
    p.group !== undefined
      ? step("extra-cost.group-choice.chosen", { group: chosen }, CHOICE_SOURCE)
      : better === null
        ? step("extra-cost.group-choice.none", {}, CHOICE_SOURCE)
        : step("extra-cost.group-choice.better", { group: better }, CHOICE_SOURCE);
  const explanation = [
    step("extra-cost.regime.kompensation", { level, date }, formatSource(row.source)),
    ...costSteps,
    ...groupSteps(yearly, listed, row, g1, g2),
    choice,
    resultStep(monthly, yearlyPaid, false),
  ];
  return {
    eligible: !monthly.isZero(),
    monthlyAmount: formatMoney(monthly),
    yearlyAmount: formatMoney(yearlyPaid),
    regime: "kompensation",
    rule: outcome.eligible ? (chosen === 1 ? "group-1" : "group-2") : "below-threshold",
    rateLevel: level,
    countedYearlyCosts: formatMoney(yearly),
    alternatives: {
      group1: { eligible: g1.eligible, monthlyAmount: formatMoney(g1.monthly) },
      group2: { eligible: g2.eligible, monthlyAmount: formatMoney(g2.monthly) },
      better,
    },
    explanation,
  };
}


function resultStep(monthly: Dec, yearly: Dec, rounded: boolean): Step {
  return step(rounded ? "extra-cost.result.rounded" : "extra-cost.result", { monthly: amount(monthly), yearly: amount(yearly) });
}

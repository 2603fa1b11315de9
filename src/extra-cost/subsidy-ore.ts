import type * as z from "zod/mini";
import { stepOf, type Step } from "../core/explain.js";
import { divideOre, oreOf, oreText, safeOre } from "../core/ore.js";
import { orePath } from "../core/arith.js";
import { yearOf } from "../core/period.js";
import { rateAt, type BoundRates } from "../core/rates.js";
import { formatSource } from "../core/sources.js";
import { limitsOf } from "./merudgift.js";
import { BAND_RULE_NAMES, bandAmount, bandRule, groupsOre, kompensationOre, merudgiftOre, type MerudgiftOre } from "./ore-rules.js";
import { KOMPENSATION_TABLE, MERUDGIFT_TABLE } from "./rates.js";
import type { Regime } from "./regime.js";
import type { extraCostInputSchema } from "./schema.js";
import { CHOICE_SOURCE, GROUP_2_SOURCE } from "./kompensation.js";
import type { ExtraCostResult } from "./subsidy.js";
import { step } from "./words.js";

type Parsed = z.output<typeof extraCostInputSchema>;



/**
 * § 100 for one citizen in whole øre (issue 26 § 2): the costs given per month or per year and the
 * year's figures are whole øre in the safe-integer range, so no Decimal is made. Returns
 * `undefined` — and `subsidy.ts` computes with decimal.js — for cost items or any amount this path
 * cannot hold exactly. The result, explanation included, is the same as the decimal path's (a
 * property test compares them on random inputs, every band edge pinned).
 *
 * @example
 * extraCostSubsidy({ date: "2024-03-01", monthlyCosts: 1800 }).monthlyAmount //=> "2277.00" (through this path)
 */
export function oreSubsidy(p: Parsed, date: string, regime: Regime, bound: BoundRates): ExtraCostResult | undefined {
  if (!orePath.on || p.items !== undefined) return undefined;
  const monthly = p.monthlyCosts !== undefined ? oreOf(p.monthlyCosts) : undefined;
  const given = p.monthlyCosts !== undefined ? monthly : p.yearlyCosts !== undefined ? oreOf(p.yearlyCosts) : undefined;
  if (given === undefined) return undefined;
  const yearly = monthly !== undefined ? monthly * 12 : given;
  if (!safeOre(yearly)) return undefined;
  // The monthly costs as the sentences show them: as given, or the yearly costs / 12 to the øre.
  const shownOre = monthly ?? divideOre(yearly, 12);
  const shown = oreText(shownOre);
  const costStep = monthly !== undefined ? step("extra-cost.costs.monthly", { monthly: shown }) : step("extra-cost.costs.yearly", { yearly: oreText(yearly), monthly: shown });
  return regime === "merudgift" ? merudgift(p, date, yearly, monthly, shownOre, shown, costStep, bound) : kompensation(p, date, yearly, costStep, bound);
}

function merudgift(p: Parsed, date: string, yearly: number, monthlyGiven: number | undefined, shownOre: number, shown: string, costStep: Step, bound: BoundRates): ExtraCostResult | undefined {
  const row = rateAt(MERUDGIFT_TABLE, date, p.rates?.merudgift, bound);
  const l = merudgiftOre(row);
  if (l === null) return undefined;
  const level = yearOf(row.from);
  const rule = bandRule(yearly, p.documented ?? false, l);
  const paid = bandAmount(rule, yearly, monthlyGiven, l);
  const paidText = oreText(paid);
  const yearText = oreText(paid * 12);
  const v = row.value;
  const lim = limitsOf(v);
  const source = formatSource(row.source);
  const rulesStep =
    rule === 0
      ? step("extra-cost.threshold", { monthly: shown, yearlyThreshold: Number(v.yearlyThreshold), monthlyThreshold: lim.monthlyThreshold }, source)
      : rule === 1
        ? step("extra-cost.band", { monthly: shown, band: 1, from: lim.monthlyThreshold, to: Number(v.band1To), amount: paidText }, source)
        : rule === 3
          ? step("extra-cost.actual", { monthly: shown, band2To: Number(v.band2To) }, `${source}; vejledning nr. 10280 af 14/12/2017 pkt. 25`)
          : yearly <= l.band2
            ? step("extra-cost.band", { monthly: shown, band: 2, from: band2FromOre(l, shownOre), to: Number(v.band2To), amount: paidText }, source)
            : step("extra-cost.band.undocumented", { monthly: shown, band2To: Number(v.band2To), from: band2FromOre(l, shownOre), to: Number(v.band2To), amount: paidText }, `${source}; vejledning nr. 10280 af 14/12/2017 pkt. 25`);
  // Only an actual amount from yearly costs can have been rounded to øre.
  const rounded = rule === 3 && monthlyGiven === undefined && yearly % 12 !== 0;
  const explanation = [regimeStep("extra-cost.regime.merudgift", row, level, date, source), costStep, rulesStep, result(paid, paidText, yearText, rounded)];
  return { eligible: paid !== 0, monthlyAmount: paidText, yearlyAmount: yearText, regime: "merudgift", rule: BAND_RULE_NAMES[rule], rateLevel: level, countedYearlyCosts: oreText(yearly), explanation };
}

function kompensation(p: Parsed, date: string, yearly: number, costStep: Step, bound: BoundRates): ExtraCostResult | undefined {
  const row = rateAt(KOMPENSATION_TABLE, date, p.rates?.kompensation, bound);
  const k = kompensationOre(row);
  const listed = p.documentedListedMonthlyCosts === undefined ? 0 : oreOf(p.documentedListedMonthlyCosts);
  if (k === null || listed === undefined || !safeOre(listed * 12)) return undefined;
  const level = yearOf(row.from);
  const g = groupsOre(yearly, listed, k);
  const chosen: 1 | 2 = p.group ?? g.better ?? 1;
  const eligible = chosen === 1 ? g.g1 : g.g2;
  const paid = chosen === 1 ? g.g1Amount : g.g2Amount;
  const source = formatSource(row.source);
  const s2 = `${source}; ${GROUP_2_SOURCE}`;
  const y = oreText(yearly);
  const threshold = oreText(k.group1Threshold);
  const g1Text = oreText(g.g1Amount);
  const g2Text = oreText(g.g2Amount);
  const paidText = chosen === 1 ? g1Text : g2Text;
  const yearText = oreText(paid * 12);
  const choice =
    p.group !== undefined
      ? step("extra-cost.group-choice.chosen", { group: chosen }, CHOICE_SOURCE)
      : g.better === null
        ? step("extra-cost.group-choice.none", {}, CHOICE_SOURCE)
        : step("extra-cost.group-choice.better", { group: g.better }, CHOICE_SOURCE);
  const explanation = [
    regimeStep("extra-cost.regime.kompensation", row, level, date, source),
    costStep,
    g.g1
      ? step("extra-cost.group-1.eligible", { yearly: y, threshold, monthly: g1Text }, source)
      : step("extra-cost.group-1.none", { yearly: y, threshold }, source),
    g.g2
      ? step("extra-cost.group-2.eligible", { listed: oreText(listed), yearly: oreText(listed * 12), yearlyLimit: oreText(k.group2Limit), standard: oreText(k.group2Amount), monthly: g2Text }, s2)
      : step("extra-cost.group-2.none", { listed: oreText(listed), yearly: oreText(listed * 12), yearlyLimit: oreText(k.group2Limit) }, s2),
    choice,
    result(paid, paidText, yearText, false),
  ];
  return {
    eligible: paid !== 0,
    monthlyAmount: paidText,
    yearlyAmount: yearText,
    regime: "kompensation",
    rule: eligible ? (chosen === 1 ? "group-1" : "group-2") : "below-threshold",
    rateLevel: level,
    countedYearlyCosts: y,
    alternatives: { group1: { eligible: g.g1, monthlyAmount: g1Text }, group2: { eligible: g.g2, monthlyAmount: g2Text }, better: g.better },
    explanation,
  };
}

/**
 * The regime's line for a rate row and a date: the same for every citizen computed on that date,
 * so its sentence is rendered once per row and date (at most 512 dates kept per row).
 */
function regimeStep(rule: "extra-cost.regime.merudgift" | "extra-cost.regime.kompensation", row: object, level: number, date: string, source: string): Step {
  let byDate = REGIME_TEXTS.get(row);
  if (byDate === undefined) {
    byDate = new Map();
    REGIME_TEXTS.set(row, byDate);
  }
  const text = byDate.get(date);
  if (text !== undefined) return stepOf(rule, { level, date }, text, source);
  const line = step(rule, { level, date }, source);
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a bound on the memo's size, not on any result
  if (byDate.size < 512) byDate.set(date, line.text);
  return line;
}
const REGIME_TEXTS = /* @__PURE__ */ new WeakMap<object, Map<string, string>>();

/**
 * Where band 2 starts as the sentence writes it (see `band2From`): the whole krone after band 1,
 * or the first øre above band 1 for an amount with øre just above it — from whole øre.
 */
function band2FromOre(l: MerudgiftOre, shownOre: number): number {
  const band1To = l.band1 / 12;
  return shownOre < band1To + 100 ? (band1To + 1) / 100 : band1To / 100 + 1;
}

function result(monthly: number, monthlyText: string, yearlyText: string, rounded: boolean): Step {
  const rule = rounded ? "extra-cost.result.rounded" : "extra-cost.result";
  const values = { monthly: monthlyText, yearly: yearlyText };
  // Most citizens get one of a year's standard amounts (or nothing): the sentence is rendered once per amount (at most 512 kept).
  const texts = rounded ? ROUNDED_TEXTS : RESULT_TEXTS;
  const text = texts.get(monthly);
  if (text !== undefined) return stepOf(rule, values, text);
  const line = step(rule, values);
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a bound on the memo's size, not on any result
  if (texts.size < 512) texts.set(monthly, line.text);
  return line;
}
const RESULT_TEXTS = /* @__PURE__ */ new Map<number, string>();
const ROUNDED_TEXTS = /* @__PURE__ */ new Map<number, string>();

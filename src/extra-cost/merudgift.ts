import { amount as money, type Step } from "../core/explain.js";
import { step } from "./words.js";
import { Dec } from "../core/money.js";
import type { RateRow } from "../core/rates.js";
import { formatSource } from "../core/sources.js";
import type { MerudgiftLevel } from "./rates.js";

/** Which § 100 band rule applied. */
export type MerudgiftRule = "below-threshold" | "band-1" | "band-2" | "actual";

/** The monthly amount under the band system, before formatting. */
export interface MerudgiftOutcome {
  rule: MerudgiftRule;
  monthly: Dec;
  steps: Step[];
}

const TWELVE = /* @__PURE__ */ new Dec(12);
const ZERO = /* @__PURE__ */ new Dec(0);

/** The level's limits as exact yearly amounts, built once per rate row. */
export interface Limits {
  threshold: Dec;
  band1: Dec;
  band2: Dec;
  band1Amount: Dec;
  band2Amount: Dec;
  /** The monthly threshold as published (608 kr. for 2024). */
  monthlyThreshold: number;
}
const LIMITS = /* @__PURE__ */ new WeakMap<MerudgiftLevel, Limits>();
/** The level's limits as exact amounts and its monthly threshold as published, built once per level. */
export function limitsOf(l: MerudgiftLevel): Limits {
  let x = LIMITS.get(l);
  // Stryker disable next-line ConditionalExpression: the memo only saves work; the limits computed again are the same
  if (!x) {
    x = {
      threshold: new Dec(l.yearlyThreshold),
      band1: new Dec(l.band1To).times(12),
      band2: new Dec(l.band2To).times(12),
      band1Amount: new Dec(l.band1Amount),
      band2Amount: new Dec(l.band2Amount),
      // The smallest monthly amount (in øre) that meets the yearly threshold: a threshold that is
      // not a multiple of 12 is written so that "under" and "from" agree with the yearly comparison.
      monthlyThreshold: new Dec(l.yearlyThreshold).div(12).toDecimalPlaces(2, Dec.ROUND_UP).toNumber(),
    };
    LIMITS.set(l, x);
  }
  return x;
}

/**
 * The § 100 band rule (merudgiftsydelse, SEL § 100, stk. 2–3 as in force 2018 – 31 Aug 2025):
 * «Tilskud til nødvendige merudgifter ydes, når de sandsynliggjorte merudgifter udgør mindst
 * [tærsklen] pr. år» — band 1 and band 2 give their standard amounts; above band 2 the actual
 * costs are paid when ALL costs are documented (vejledning nr. 10280/2017 pkt. 25), otherwise
 * the band-2 standard amount.
 *
 * Rule for amounts with øre between two whole-krone bands (decision, documented): a band ends
 * at its published whole-krone upper limit, and any amount above it — even by one øre —
 * belongs to the next band. So 1.500,40 kr. in 2018 is in band 2, and "over 2.500 kr."
 * (Albertslund 2018) means > 2.500,00 kr. The threshold is inclusive ("mindst"). Comparisons are made
 * on yearly amounts, exactly, so monthly and yearly input agree.
 *
 * @example
 * merudgiftAmount(new Dec(21600), false, row2024).monthly.toFixed(2) //=> "2277.00"
 * // `monthlyGiven` (optional): the monthly amount when the caller had it, so it is not divided back out of the yearly one.
 */
export function merudgiftAmount(yearly: Dec, documented: boolean, row: RateRow<MerudgiftLevel>, monthlyGiven?: Dec): MerudgiftOutcome {
  const l = row.value;
  const lim = limitsOf(l);
  const monthly = monthlyGiven ?? yearly.div(TWELVE);
  const shown = money(monthly);
  if (yearly.lt(lim.threshold)) {
    return {
      rule: "below-threshold",
      monthly: ZERO,
      steps: [
        step("extra-cost.threshold", { monthly: shown, yearlyThreshold: Number(l.yearlyThreshold), monthlyThreshold: lim.monthlyThreshold }, formatSource(row.source)),
      ],
    };
  }
  if (yearly.lte(lim.band1)) {
    const amount = lim.band1Amount;
    return {
      rule: "band-1",
      monthly: amount,
      steps: [step("extra-cost.band", { monthly: shown, band: 1, from: lim.monthlyThreshold, to: Number(l.band1To), amount: money(amount) }, formatSource(row.source))],
    };
  }
  if (yearly.lte(lim.band2)) {
    const amount = lim.band2Amount;
    return {
      rule: "band-2",
      monthly: amount,
      steps: [step("extra-cost.band", { monthly: shown, band: 2, from: band2From(l, shown), to: Number(l.band2To), amount: money(amount) }, formatSource(row.source))],
    };
  }
  if (documented) {
    return {
      rule: "actual",
      monthly,
      steps: [
        step(
          "extra-cost.actual",
          { monthly: shown, band2To: Number(l.band2To) },
          `${formatSource(row.source)}; vejledning nr. 10280 af 14/12/2017 pkt. 25`,
        ),
      ],
    };
  }
  const amount = lim.band2Amount;
  return {
    rule: "band-2",
    monthly: amount,
    steps: [
      step(
        "extra-cost.band.undocumented",
        { monthly: shown, band2To: Number(l.band2To), from: band2From(l, shown), to: Number(l.band2To), amount: money(amount) },
        `${formatSource(row.source)}; vejledning nr. 10280 af 14/12/2017 pkt. 25`,
      ),
    ],
  };
}

/**
 * Where band 2 starts, as the sentence writes it: the published whole krone after band 1
 * (1.708 kr. in 2024), or — for an amount with øre just above band 1 (1.707,50 kr.), which the
 * rule above puts in band 2 — the first øre above band 1, so the sentence never says an amount
 * lies in an interval it is below.
 */
export function band2From(l: MerudgiftLevel, shown: string): number {
  const whole = Number(l.band1To) + 1;
  return Number(shown) < whole ? new Dec(l.band1To).plus("0.01").toNumber() : whole;
}

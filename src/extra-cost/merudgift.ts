import { step, type Step } from "../core/explain.js";
import { Dec, formatKr, formatKrWhole } from "../core/money.js";
import type { RateRow } from "../core/rates.js";
import type { MerudgiftLevel } from "./rates.js";

/** Which § 100 band rule applied. */
export type MerudgiftRule = "below-threshold" | "band-1" | "band-2" | "actual";

/** The monthly amount under the band system, before formatting. */
export interface MerudgiftOutcome {
  rule: MerudgiftRule;
  monthly: Dec;
  steps: Step[];
}

const TWELVE = new Dec(12);

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
 * (seed 001) means > 2.500,00 kr. The threshold is inclusive ("mindst"). Comparisons are made
 * on yearly amounts, exactly, so monthly and yearly input agree.
 *
 * @example
 * merudgiftAmount(new Dec(21600), false, row2024).monthly.toFixed(2) //=> "2277.00"
 */
export function merudgiftAmount(yearly: Dec, documented: boolean, row: RateRow<MerudgiftLevel>): MerudgiftOutcome {
  const l = row.value;
  const monthly = yearly.div(TWELVE);
  const shown = formatKr(monthly);
  const threshold = new Dec(l.yearlyThreshold);
  const monthlyThreshold = threshold.div(TWELVE);
  const band1 = `${formatKrWhole(monthlyThreshold)}–${formatKrWhole(new Dec(l.band1To))} kr.`;
  const band2 = `${formatKrWhole(new Dec(l.band1To + 1))}–${formatKrWhole(new Dec(l.band2To))} kr.`;
  if (yearly.lt(threshold)) {
    return {
      rule: "below-threshold",
      monthly: new Dec(0),
      steps: [
        step(
          "extra-cost.threshold",
          `Sandsynliggjorte merudgifter på ${shown} pr. måned er under minimumsgrænsen på ${formatKrWhole(threshold)} kr. pr. år (${formatKrWhole(monthlyThreshold)} kr. pr. måned). Der ydes ikke tilskud.`,
          row.source,
        ),
      ],
    };
  }
  if (yearly.lte(TWELVE.times(l.band1To))) {
    const amount = new Dec(l.band1Amount);
    return {
      rule: "band-1",
      monthly: amount,
      steps: [step("extra-cost.band", `Sandsynliggjorte merudgifter på ${shown} pr. måned ligger i intervallet ${band1} Standardbeløb: ${formatKr(amount)}`, row.source)],
    };
  }
  if (yearly.lte(TWELVE.times(l.band2To))) {
    const amount = new Dec(l.band2Amount);
    return {
      rule: "band-2",
      monthly: amount,
      steps: [step("extra-cost.band", `Sandsynliggjorte merudgifter på ${shown} pr. måned ligger i intervallet ${band2} Standardbeløb: ${formatKr(amount)}`, row.source)],
    };
  }
  if (documented) {
    return {
      rule: "actual",
      monthly,
      steps: [
        step(
          "extra-cost.actual",
          `Dokumenterede merudgifter på ${shown} pr. måned er over ${formatKrWhole(new Dec(l.band2To))} kr. Tilskuddet svarer til de faktiske merudgifter.`,
          `${row.source}; vejledning nr. 10280 af 14/12/2017 pkt. 25`,
        ),
      ],
    };
  }
  const amount = new Dec(l.band2Amount);
  return {
    rule: "band-2",
    monthly: amount,
    steps: [
      step(
        "extra-cost.band",
        `Merudgifter på ${shown} pr. måned er over ${formatKrWhole(new Dec(l.band2To))} kr., men er ikke alle dokumenteret, kun sandsynliggjort. Der ydes standardbeløbet for intervallet ${band2}, ${formatKr(amount)}`,
        `${row.source}; vejledning nr. 10280 af 14/12/2017 pkt. 25`,
      ),
    ],
  };
}

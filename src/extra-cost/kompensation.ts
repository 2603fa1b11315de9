import { amount, type Step } from "../core/explain.js";
import { step } from "./words.js";
import { Dec } from "../core/money.js";
import type { RateRow } from "../core/rates.js";
import { formatSource } from "../core/sources.js";
import type { KompensationLevel } from "./rates.js";

/** What one group of kompensationsydelse would pay. */
export interface GroupOutcome {
  eligible: boolean;
  monthly: Dec;
}

const TWELVE = /* @__PURE__ */ new Dec(12);

/** The list of group 2's cost types, cited beside the level's source. */
export const GROUP_2_SOURCE = "positivliste: BEK nr. 1070 af 27/08/2025";
/** Where the law lets the citizen choose the group (the better one when not chosen). */
export const CHOICE_SOURCE = "SEL § 100, stk. 2, 4. pkt. (L 201, 2024-25)";

/**
 * Group 1 (SEL § 100, stk. 2, 1.–2. pkt. from 1 Sep 2025): «når borgerens sandsynliggjorte
 * kompensationsberettigende udgifter udgør mindst 6.660 kr. (2025-niveau) pr. år … Ydelsen
 * udgør et standardbeløb på 1.105 kr.» — inclusive threshold, fixed amount.
 *
 * @example
 * group1(new Dec(6660), row2025) //=> { eligible: true, monthly: Dec(1105) }
 */
export function group1(yearly: Dec, row: RateRow<KompensationLevel>): GroupOutcome {
  const ok = yearly.gte(row.value.group1YearlyThreshold);
  return { eligible: ok, monthly: new Dec(ok ? row.value.group1Amount : 0) };
}

/**
 * Group 2 (SEL § 100, stk. 2, 3. pkt. from 1 Sep 2025): documented costs of listed types «på
 * over 24.000 kr. (2025-niveau) pr. år svarende til 2.000 kr. … pr. måned» give «de faktiske
 * … udgifter samt et standardbeløb på 500 kr.» — strict limit ("over").
 *
 * @example
 * group2(new Dec("2000.01"), row2025).monthly.toFixed(2) //=> "2500.01"
 */
export function group2(listedMonthly: Dec, row: RateRow<KompensationLevel>): GroupOutcome {
  const ok = listedMonthly.times(TWELVE).gt(row.value.group2YearlyLimit);
  return { eligible: ok, monthly: ok ? listedMonthly.plus(row.value.group2Amount) : new Dec(0) };
}

/** Explanation lines for both groups. */
export function groupSteps(yearly: Dec, listedMonthly: Dec, row: RateRow<KompensationLevel>, g1: GroupOutcome, g2: GroupOutcome): Step[] {
  const l = row.value;
  return [
    g1.eligible
      ? step("extra-cost.group-1.eligible", { yearly: amount(yearly), threshold: amount(new Dec(l.group1YearlyThreshold)), monthly: amount(g1.monthly) }, formatSource(row.source))
      : step("extra-cost.group-1.none", { yearly: amount(yearly), threshold: amount(new Dec(l.group1YearlyThreshold)) }, formatSource(row.source)),
    g2.eligible
      ? step("extra-cost.group-2.eligible", { listed: amount(listedMonthly), yearly: amount(listedMonthly.times(TWELVE)), yearlyLimit: amount(new Dec(l.group2YearlyLimit)), standard: amount(new Dec(l.group2Amount)), monthly: amount(g2.monthly) }, `${formatSource(row.source)}; ${GROUP_2_SOURCE}`)
      : step("extra-cost.group-2.none", { listed: amount(listedMonthly), yearly: amount(listedMonthly.times(TWELVE)), yearlyLimit: amount(new Dec(l.group2YearlyLimit)) }, `${formatSource(row.source)}; ${GROUP_2_SOURCE}`),
  ];
}

import { amount, type Step, type StepValues } from "../core/explain.js";
import { step, type WORDS } from "./words.js";
import { Dec, formatMoney, roundOre, toDec } from "../core/money.js";
import { toIsoDate, yearOf } from "../core/period.js";
import { NO_BOUND_RATES, rateAt, type BoundRates } from "../core/rates.js";
import { formatSource } from "../core/sources.js";
import { parseInput } from "../core/validate.js";
import { merudgiftAmount } from "./merudgift.js";
import { MERUDGIFT_TABLE } from "./rates.js";
import { regimeFor } from "./regime.js";
import { extraCostOneOffInputSchema, type ExtraCostOneOffInput } from "./schema.js";

/** Which of the three cases of bek. 931/2020 § 9 applied. */
export type OneOffCase = "recipient" | "one-off-only" | "running-plus-one-off" | "not-eligible";

/** Result of {@link extraCostOneOff}. */
export interface ExtraCostOneOffResult {
  case: OneOffCase;
  eligible: boolean;
  /** Paid once (two decimals); `"0.00"` in the running-plus-one-off and not-eligible cases. */
  oneOffPayment: string;
  /** Monthly amount in the running-plus-one-off case (for 12 months), else `"0.00"`. */
  monthlyAmount: string;
  /** Months the monthly amount is paid (12 or 0). */
  months: number;
  /** Everything paid because of the one-off cost: one-off payment + monthly × months. */
  totalAmount: string;
  rateLevel: number;
  explanation: Step[];
}

const TWELVE = /* @__PURE__ */ new Dec(12);

/**
 * One-off extra costs under the band system (bek. nr. 931 af 19/06/2020 § 9):
 * 1. a current recipient gets the one-off cost paid once, without changing the monthly amount;
 * 2. someone in the target group with no running costs gets it paid once if it is at least
 *    the yearly threshold;
 * 3. running costs below the threshold plus a one-off cost that together reach the yearly
 *    threshold give entitlement for one year, paid monthly (the band amount for the
 *    combined yearly costs, for 12 months).
 * Only the merudgift regime is covered: the sources give no one-off rule for kompensationsydelse.
 *
 * @example
 * extraCostOneOff({ date: "2024-05-01", oneOffAmount: 8000 }).case //=> "one-off-only"
 * extraCostOneOff({ date: "2024-05-01", oneOffAmount: 3000, runningMonthlyCosts: 400 }).monthlyAmount //=> "1138.00"
 */
export function extraCostOneOff(input: ExtraCostOneOffInput): ExtraCostOneOffResult {
  return computeExtraCostOneOff(input, NO_BOUND_RATES);
}

/** {@link extraCostOneOff} with rate rows bound by `withRates`. */
export function computeExtraCostOneOff(input: ExtraCostOneOffInput, bound: BoundRates): ExtraCostOneOffResult {
  const p = parseInput(extraCostOneOffInputSchema, input);
  const date = toIsoDate(p.date);
  regimeFor(date, "merudgift");
  const row = rateAt(MERUDGIFT_TABLE, date, p.rates?.merudgift, bound);
  const level = yearOf(row.from);
  const threshold = new Dec(row.value.yearlyThreshold);
  const oneOff = toDec(p.oneOffAmount);
  const running = p.runningMonthlyCosts === undefined ? new Dec(0) : toDec(p.runningMonthlyCosts);
  const runningYearly = running.times(TWELVE);
  // The bekendtgørelse in force on the date: nr. 1248 af 13/11/2017 until nr. 931 af 19/06/2020
  // replaced it (taken as from 1 July 2020; its own in-force date was not found in a stored source).
  const law = date < "2020-07-01" ? "BEK nr. 1248 af 13/11/2017" : "BEK nr. 931 af 19/06/2020 § 9";
  const source = `${law}; ${formatSource(row.source)}`;
  const head = step("extra-cost.one-off", { oneOff: amount(oneOff), level, date }, source);
  const result = (c: OneOffCase, once: Dec, monthly: Dec, months: number, rule: keyof typeof WORDS, values: StepValues): ExtraCostOneOffResult => {
    const m = roundOre(monthly);
    const total = once.plus(m.times(months));
    return {
      case: c,
      eligible: total.gt(0),
      oneOffPayment: formatMoney(once),
      monthlyAmount: formatMoney(m),
      months,
      totalAmount: formatMoney(total),
      rateLevel: level,
      explanation: [head, step(rule, values, source)],
    };
  };
  if (p.currentRecipient === true || runningYearly.gte(threshold)) {
    return result("recipient", oneOff, new Dec(0), 0, "extra-cost.one-off.recipient", { oneOff: amount(oneOff) });
  }
  if (running.isZero()) {
    return oneOff.gte(threshold)
      ? result("one-off-only", oneOff, new Dec(0), 0, "extra-cost.one-off.one-off-only", { oneOff: amount(oneOff), threshold: amount(threshold) })
      : result("not-eligible", new Dec(0), new Dec(0), 0, "extra-cost.one-off.not-eligible", { oneOff: amount(oneOff), threshold: amount(threshold) });
  }
  const combined = runningYearly.plus(oneOff);
  if (combined.lt(threshold)) {
    return result("not-eligible", new Dec(0), new Dec(0), 0, "extra-cost.one-off.not-eligible.combined", { running: amount(runningYearly), combined: amount(combined), threshold: amount(threshold) });
  }
  const outcome = merudgiftAmount(combined, p.documented ?? false, row);
  return result(
    "running-plus-one-off",
    new Dec(0),
    outcome.monthly,
    12,
    "extra-cost.one-off.running-plus-one-off",
    { running: amount(runningYearly), combined: amount(combined), threshold: amount(threshold), monthly: amount(roundOre(outcome.monthly)) },
  );
}

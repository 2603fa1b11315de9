import { amount as money, type Step } from "../core/explain.js";
import { step } from "./words.js";
import { Dec, formatMoney, toDec } from "../core/money.js";
import { toIsoDate, yearOf } from "../core/period.js";
import { NO_BOUND_RATES, rateAt, type BoundRates } from "../core/rates.js";
import { formatSource } from "../core/sources.js";
import { parseInput } from "../core/validate.js";
import { ESCORT_EXPENSE_TABLE } from "./rates.js";
import { escortExpenseInputSchema, type EscortExpenseInput } from "./schema.js";

/** Result of {@link escortExpenseSupplement}. */
export interface EscortExpenseResult {
  /** The yearly supplement, two decimals. */
  amount: string;
  /** The year's maximum, two decimals. */
  maximum: string;
  capped: boolean;
  rateLevel: number;
  explanation: Step[];
}

/**
 * The yearly supplement for the escort's own expenses, paid once a year against probable
 * expenses, at most the year's maximum (BEK nr. 235 af 09/03/2012 § 9; 883 kr. in 2018,
 * Albertslund 2018; 1.005 kr. in 2024, Holbæk 2024). Years not found fail clearly; pass `rates`.
 *
 * @example
 * escortExpenseSupplement({ date: "2024-01-01", probableExpenses: 1500 }).amount //=> "1005.00"
 */
export function escortExpenseSupplement(input: EscortExpenseInput): EscortExpenseResult {
  return computeEscortExpenseSupplement(input, NO_BOUND_RATES);
}

/** {@link escortExpenseSupplement} with rate rows bound by `withRates`. */
export function computeEscortExpenseSupplement(input: EscortExpenseInput, bound: BoundRates): EscortExpenseResult {
  const p = parseInput(escortExpenseInputSchema, input);
  const date = toIsoDate(p.date);
  const row = rateAt(ESCORT_EXPENSE_TABLE, date, p.rates, bound);
  const max = toDec(row.value);
  const probable = toDec(p.probableExpenses);
  const amount = Dec.min(probable, max);
  const capped = probable.gt(max);
  return {
    amount: formatMoney(amount),
    maximum: formatMoney(max),
    capped,
    rateLevel: yearOf(row.from),
    explanation: [
      capped
        ? step("escort.expense.capped", { probable: money(probable), max: money(max), amount: money(amount) }, formatSource(row.source))
        : step("escort.expense.covered", { probable: money(probable), max: money(max) }, formatSource(row.source)),
    ],
  };
}

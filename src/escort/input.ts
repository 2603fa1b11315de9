import type { RateRowInput } from "../core/rates.js";
import type { DateInput } from "../core/period.js";
import type { MoneyInput } from "../core/money.js";

/**
 * Hours used: in a month (`month`) or on a day (`date`), give one of the two.
 *
 * @example
 * const used: EscortUsage = { month: "2024-03", hours: 3.5 };
 */
export interface EscortUsage {
  /** The month the hours were used, `"YYYY-MM"`. */
  month?: string | undefined;
  /** The day the hours were used (`"YYYY-MM-DD"` or a `Date`); counted in its month. */
  date?: DateInput | undefined;
  /** Hours used, 0–744 with at most two decimals. */
  hours: number;
}

/** How saved hours are kept and used (the law's defaults when left out: saving over 6 months, at most 90 hours). */
export interface EscortPolicy {
  /** Months unused hours can be saved (1–24; the law says 6). */
  windowMonths?: number | undefined;
  /** The most hours that can be available at once (the law says 90). */
  cap?: number | undefined;
  /** Which saved hours are used first: `"newest-first"` (default) or `"oldest-first"`. */
  order?: "newest-first" | "oldest-first" | undefined;
  /** `false` when there is no agreement on saving: unused hours lapse at the month's end. */
  saving?: boolean | undefined;
}

/**
 * What callers pass to `escortLedger`: the months to show and the hours used.
 *
 * @example
 * const input: EscortLedgerInput = { from: "2024-01", to: "2024-04", usage: [{ month: "2024-04", hours: 20 }] };
 */
export interface EscortLedgerInput {
  /** The first month of the grant, `"YYYY-MM"`. */
  from: string;
  /** The last month to show, `"YYYY-MM"` (at most 600 months after `from`). */
  to: string;
  /** The hours used, month by month or day by day. */
  usage?: EscortUsage[] | undefined;
  /** Hours granted per month (the law's 15 when left out). */
  monthlyHours?: number | undefined;
  /** Escort hours the citizen's residential service provides (§ 97, stk. 3), deducted from the grant: hours every month, or a list of `{ month, hours }`. */
  residenceHours?: number | { month: string; hours: number }[] | undefined;
  /** How saved hours are kept and used. */
  policy?: EscortPolicy | undefined;
  /** `true` refuses a month whose use exceeds what is available, instead of reporting overuse. */
  strict?: boolean | undefined;
}

/**
 * What callers pass to `escortTripHours`: the parts of a trip outside the local area.
 *
 * @example
 * const input: EscortTripInput = { escortingHours: 6, travelHours: 4, paidHours: 12 };
 */
export interface EscortTripInput {
  /** Hours of escort proper. */
  escortingHours: number;
  /** Hours of travel with the citizen. */
  travelHours?: number | undefined;
  /** Hours the escort travels home alone. */
  returnAloneHours?: number | undefined;
  /** Hours of waiting. */
  waitingHours?: number | undefined;
  /** Hours of overnight stay. */
  overnightHours?: number | undefined;
  /** Hours of the escort's transport between tasks (not escort; reported, not counted). */
  betweenTasksHours?: number | undefined;
  /** The escort's paid hours for the trip: what is deducted from the citizen's hours. */
  paidHours: number;
}

/**
 * What callers pass to `escortExpenseSupplement`: the escort's probable expenses in a year.
 *
 * @example
 * const input: EscortExpenseInput = { date: "2024-01-01", probableExpenses: 2000 };
 */
export interface EscortExpenseInput {
  /** A day of the year the expenses are for (`"YYYY-MM-DD"` or a `Date`): it picks the year's maximum. */
  date: DateInput;
  /** The escort's probable expenses in the year, in kroner. */
  probableExpenses: MoneyInput;
  /** Rate rows (the yearly maximum, kr.) for this call, before the shipped table. */
  rates?: RateRowInput<MoneyInput>[] | undefined;
}

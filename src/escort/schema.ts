import * as z from "zod/mini";
import { amountText, bool, withRules, date, either, list, money, month, num, obj, oneOf, rateRows } from "../core/validate.js";
import { monthIndex, monthProblem } from "../core/period.js";
import { ESCORT_ISSUES as W } from "./messages.js";

/** At most this many months in one ledger (50 years; a sanity bound, not a legal figure). */
export const MAX_LEDGER_MONTHS = 600;

/** Hours: ≥ 0, at most two decimals, at most 744 (the hours of a 31-day month). */
export const hours = /* @__NO_SIDE_EFFECTS__ */ () => num({ min: 0, max: 744, decimals: 2, unit: "hours" as const });

const usageEntry = /* @__PURE__ */ (() => obj({
  month: z.optional(month()),
  date: z.optional(date()),
  hours: hours(),
}))();

// Policy bounds are sanity limits, not legal figures: the law says 6 months and 90 hours (the
// defaults in rates.ts); a municipality may agree otherwise, within 24 months / 10.000 hours.
/** Input of {@link escortLedger}. */
export const escortLedgerInputSchema = /* @__PURE__ */ (() => withRules(obj({
  from: month(),
  to: month(),
  usage: z.optional(list(usageEntry, 20_000)),
  monthlyHours: z.optional(hours()),
  residenceHours: z.optional(either([hours(), list(obj({ month: month(), hours: hours() }), 2_000)], W.residence)),
  policy: z.optional(
    obj({
      windowMonths: z.optional(num({ min: 1, max: 24, integer: true, unit: "months" as const })),
      cap: z.optional(num({ min: 0, max: 10_000, decimals: 2, unit: "hours" as const })),
      order: z.optional(oneOf(["newest-first", "oldest-first"] as const)),
      saving: z.optional(bool()),
    }),
  ),
  strict: z.optional(bool()),
}),
  ((v) => {
    if (monthProblem(v.from) !== undefined || monthProblem(v.to) !== undefined) return [];
    const n = monthIndex(v.to as string) - monthIndex(v.from as string) + 1;
    if (n < 1) return [{ path: "to", words: W.toBefore, params: { other: "from", from: String(v.from) } }];
    if (n > MAX_LEDGER_MONTHS) return [{ path: "to", words: W.toAfter, params: { max: MAX_LEDGER_MONTHS, other: "from" } }];
    return [];
  }),
))();

/** Input of {@link escortTripHours}. */
export const escortTripInputSchema = /* @__PURE__ */ (() => obj({
  escortingHours: hours(),
  travelHours: z.optional(hours()),
  returnAloneHours: z.optional(hours()),
  waitingHours: z.optional(hours()),
  overnightHours: z.optional(hours()),
  betweenTasksHours: z.optional(hours()),
  paidHours: hours(),
}))();

/** Input of {@link escortExpenseSupplement}. */
export const escortExpenseInputSchema = /* @__PURE__ */ (() => obj({
  date: date(),
  probableExpenses: money(),
  rates: z.optional(rateRows(amountText())),
}))();

export type { EscortExpenseInput, EscortLedgerInput, EscortPolicy, EscortTripInput, EscortUsage } from "./input.js";

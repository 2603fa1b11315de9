import { deepFreeze } from "../core/freeze.js";
import { ministryRatesPage } from "../core/sources.js";
import type { RateTable, TableSpec } from "../core/rates.js";
import expenseData from "./rates/escort-expense-max.json";

/** § 97 defaults: 15 hours a month, saving within 6 months, at most 90 hours available, the
 * current month's hours first and then saved hours from the nearest month back. Frozen.
 *
 * @example
 * ESCORT_DEFAULTS.cap //=> 90
 */
export const ESCORT_DEFAULTS = /* @__PURE__ */ deepFreeze({
  monthlyHours: 15,
  windowMonths: 6,
  cap: 90,
  order: "newest-first",
  source: "SEL § 97, stk. 1; BEK nr. 235 af 09/03/2012 § 6",
} as const);

/**
 * Yearly maximum of the supplement for the escort's own expenses (BEK nr. 235 af 09/03/2012
 * § 9; SEL § 97, stk. 7), kr. per year, from `src/escort/rates/escort-expense-max.json`.
 * 2019, 2025 and 2026 were not found. Frozen.
 *
 * @example
 * ESCORT_EXPENSE_MAX.at(-1)?.value //=> "1005" (2024)
 */
export const ESCORT_EXPENSE_MAX: RateTable<string> = /* @__PURE__ */ (() => deepFreeze(expenseData.rows))();

/** The escort-expense table with what a caller needs to extend it. */
export const ESCORT_EXPENSE_TABLE: TableSpec<string> = /* @__PURE__ */ (() => deepFreeze({
  name: "ESCORT_EXPENSE_MAX",
  law: "SEL § 97, stk. 7; BEK nr. 235 af 09/03/2012 § 9",
  label: expenseData.label,
  unit: expenseData.unit,
  publishedAt: ministryRatesPage,
  rows: ESCORT_EXPENSE_MAX,
  perCall: "rates",
}))();

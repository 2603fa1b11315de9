export { escortLedger, type EscortLedgerResult, type EscortMonth, type HoursFrom } from "./ledger.js";
export { escortTripHours, type EscortTripResult } from "./trip.js";
export { escortExpenseSupplement, type EscortExpenseResult } from "./expense.js";
export { ESCORT_DEFAULTS, ESCORT_EXPENSE_MAX } from "./rates.js";
export { escortAgeRule, type EscortAgeResult, type EscortAgeInput } from "./age.js";
export type { EscortLedgerInput, EscortTripInput, EscortExpenseInput, EscortPolicy, EscortUsage } from "./schema.js";

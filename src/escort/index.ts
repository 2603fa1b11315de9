export { escortLedger, type EscortLedgerResult, type EscortMonth, type HoursFrom } from "./ledger.js";
export { escortTripHours, type EscortTripResult } from "./trip.js";
export { escortExpenseSupplement, type EscortExpenseResult } from "./expense.js";
export { ESCORT_DEFAULTS, ESCORT_EXPENSE_MAX } from "./rates.js";
export { escortAgeRule, type EscortAgeResult } from "./age.js";
export type { EscortLedgerInput, EscortTripInput, EscortExpenseInput } from "./schema.js";

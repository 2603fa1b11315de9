/** The face of § 97 for the top floor (`src/rates/`). */
export { computeEscortExpenseSupplement } from "./expense.js";
import { amountText } from "../core/validate.js";
import { ESCORT_EXPENSE_TABLE } from "./rates.js";

/** § 97 tables with the schema of a row's value. */
export const ESCORT_TABLES = /* @__PURE__ */ (() => [{ spec: ESCORT_EXPENSE_TABLE, value: amountText({ integer: true }) }] as const)();

import { escortLedger } from "./ledger.js";
import { escortTripHours } from "./trip.js";
import { escortExpenseSupplement } from "./expense.js";
import { escortAgeRule } from "./age.js";
import { computeEscortExpenseSupplement, ESCORT_TABLES } from "./bound.js";
import { defineModule } from "../core/module.js";
import { WORDS } from "./words.js";
import { ESCORT_ISSUES } from "./messages.js";

/** The § 97 escort module, as it declares itself (see `ModuleManifest`). */
export const MODULE = /* @__PURE__ */ defineModule({
  name: "escort",
  title: "§ 97 escort (`escortLedger`, `escortTripHours`, `escortExpenseSupplement`, `escortAgeRule`)",
  functions: { escortLedger, escortTripHours, escortExpenseSupplement, escortAgeRule },
  words: WORDS,
  messages: ESCORT_ISSUES,
  examples: {
    escortLedger: [{ from: "1994-11", to: "1995-02", usage: [{ date: "1994-12-31", hours: 3 }] }],
    escortTripHours: [{ escortingHours: 6, travelHours: 2, paidHours: 10 }],
    escortExpenseSupplement: [{ date: "2024-12-31", probableExpenses: 2000 }],
    escortAgeRule: [{ birthDate: "1957-06-01", asOf: "2024-03-01" }],
  },
  bind: { escortExpenseSupplement: { rates: computeEscortExpenseSupplement } },
  tables: () => ESCORT_TABLES,
  sheet: ["LEDSAGE"],
});

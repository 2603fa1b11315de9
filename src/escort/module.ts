import { escortLedger } from "./ledger.js";
import { escortTripHours } from "./trip.js";
import { escortExpenseSupplement } from "./expense.js";
import { escortAgeRule } from "./age.js";
import { computeEscortExpenseSupplement, ESCORT_TABLES } from "./bound.js";
import { defineModule } from "../core/module.js";
import { WORDS } from "./words.js";

/** The § 97 escort module, as it declares itself (see `ModuleManifest`). */
export const MODULE = /* @__PURE__ */ defineModule({
  name: "escort",
  title: "§ 97 escort (`escortLedger`, `escortTripHours`, `escortExpenseSupplement`, `escortAgeRule`)",
  functions: { escortLedger, escortTripHours, escortExpenseSupplement, escortAgeRule },
  words: WORDS,
  bind: { escortExpenseSupplement: { rates: computeEscortExpenseSupplement } },
  tables: () => ESCORT_TABLES,
  sheet: ["LEDSAGE"],
});

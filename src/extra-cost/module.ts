import { extraCostSubsidy } from "./subsidy.js";
import { extraCostOneOff } from "./one-off.js";
import { extraCostPaymentPeriod } from "./payment-period.js";
import { computeExtraCostOneOff, computeExtraCostSubsidy, EXTRA_COST_TABLES } from "./bound.js";
import { computeExtraCostSubsidyBatch, extraCostSubsidyBatch } from "./batch.js";
import { defineModule } from "../core/module.js";
import { MERUDGIFT } from "./sheet.js";
import { WORDS } from "./words.js";
import { EXTRA_COST_ISSUES } from "./messages.js";

/** The § 100 extra costs module, as it declares itself (see `ModuleManifest`). */
export const MODULE = /* @__PURE__ */ defineModule({
  name: "extra-cost",
  title: "§ 100 extra costs (`extraCostSubsidy`, `extraCostOneOff`, `extraCostPaymentPeriod`)",
  functions: { extraCostSubsidy, extraCostOneOff, extraCostPaymentPeriod, extraCostSubsidyBatch },
  words: WORDS,
  messages: EXTRA_COST_ISSUES,
  examples: {
    extraCostSubsidy: [{ date: "2024-03-01", monthlyCosts: 1800 }],
    extraCostOneOff: [{ date: "2024-05-01", oneOffAmount: 3000, runningMonthlyCosts: 400 }],
    extraCostPaymentPeriod: [{ applicationReceived: "2024-03-15", birthDate: "1960-05-20", preset: "holbaek-2024" }],
    extraCostSubsidyBatch: [{ date: "2024-03-01", monthlyCosts: [607, 1800, 3000], documented: [false, false, true] }],
  },
  bind: { extraCostSubsidy: { rates: computeExtraCostSubsidy }, extraCostSubsidyBatch: { rates: computeExtraCostSubsidyBatch }, extraCostOneOff: { rates: computeExtraCostOneOff }, extraCostPaymentPeriod: { level: "preset" } },
  tables: () => EXTRA_COST_TABLES,
  sheet: [MERUDGIFT],
});

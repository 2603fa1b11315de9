import { transportOwnPayment } from "./transport.js";
import { defineModule } from "../core/module.js";
import { WORDS } from "./words.js";

/** The Transport module, as it declares itself (see `ModuleManifest`). */
export const MODULE = /* @__PURE__ */ defineModule({
  name: "transport",
  title: "Transport (`transportOwnPayment`)",
  functions: { transportOwnPayment },
  words: WORDS,
  examples: {
    transportOwnPayment: [{ monthlyCostWithin10Km: 450, monthlyNetEarnings: 1200, preset: "holbaek-2024" }],
  },
  bind: { transportOwnPayment: { level: "preset" } },
});

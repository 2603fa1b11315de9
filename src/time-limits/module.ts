import { timeLimits } from "./time-limits.js";
import { defineModule } from "../core/module.js";
import { WORDS } from "./words.js";
import { TIME_LIMITS_ISSUES } from "./messages.js";

/** The Time limits and contact deadlines module, as it declares itself (see `ModuleManifest`). */
export const MODULE = /* @__PURE__ */ defineModule({
  name: "time-limits",
  title: "Time limits and contact deadlines (`timeLimits`)",
  functions: { timeLimits },
  words: WORDS,
  messages: TIME_LIMITS_ISSUES,
  examples: {
    timeLimits: [{ paragraph: "109", start: "2024-03-27", preset: "holbaek-2024" }],
  },
  bind: { timeLimits: { level: "preset" } },
});

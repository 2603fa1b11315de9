import { followUpDates } from "./follow-up.js";
import { defineModule } from "../core/module.js";
import { WORDS } from "./words.js";
import { FOLLOW_UP_ISSUES } from "./messages.js";

/** The Follow-ups module, as it declares itself (see `ModuleManifest`). */
export const MODULE = /* @__PURE__ */ defineModule({
  name: "follow-up",
  title: "Follow-ups (`followUpDates`)",
  functions: { followUpDates },
  words: WORDS,
  messages: FOLLOW_UP_ISSUES,
  examples: {
    followUpDates: [{ paragraph: "85a", granted: "2024-08-31", preset: "holbaek-2024" }],
  },
  bind: { followUpDates: { level: "preset" } },
});

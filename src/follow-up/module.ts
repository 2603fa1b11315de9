import { followUpDates } from "./follow-up.js";
import { defineModule } from "../core/module.js";
import { WORDS } from "./words.js";

/** The Follow-ups module, as it declares itself (see `ModuleManifest`). */
export const MODULE = /* @__PURE__ */ defineModule({
  name: "follow-up",
  title: "Follow-ups (`followUpDates`)",
  functions: { followUpDates },
  words: WORDS,
  examples: {
    followUpDates: [{ paragraph: "85a", granted: "2024-08-31", preset: "holbaek-2024" }],
  },
  bind: { followUpDates: { level: "preset" } },
});

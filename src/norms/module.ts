import { serviceNorms } from "./norms.js";
import { defineModule } from "../core/module.js";
import { WORDS } from "./words.js";
import { NORMS_ISSUES } from "./messages.js";

/** The Extent norms module, as it declares itself (see `ModuleManifest`). */
export const MODULE = /* @__PURE__ */ defineModule({
  name: "norms",
  title: "Extent norms (`serviceNorms`)",
  functions: { serviceNorms },
  words: WORDS,
  messages: NORMS_ISSUES,
  examples: {
    serviceNorms: [{ paragraph: "85", preset: "holbaek-2024" }],
  },
  bind: { serviceNorms: { level: "preset" } },
});

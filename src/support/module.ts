import { supportPackage } from "./package.js";
import { defineModule } from "../core/module.js";
import { WORDS } from "./words.js";
import { SUPPORT_ISSUES } from "./messages.js";

/** The Support packages module, as it declares itself (see `ModuleManifest`). */
export const MODULE = /* @__PURE__ */ defineModule({
  name: "support",
  title: "Support packages (`supportPackage`)",
  functions: { supportPackage },
  words: WORDS,
  messages: SUPPORT_ISSUES,
  examples: {
    supportPackage: [{ weeklyHours: 3, preset: "albertslund-2024" }],
  },
  bind: { supportPackage: { level: "preset" } },
});

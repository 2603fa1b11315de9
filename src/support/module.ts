import { supportPackage } from "./package.js";
import { defineModule } from "../core/module.js";
import { WORDS } from "./words.js";

/** The Support packages module, as it declares itself (see `ModuleManifest`). */
export const MODULE = /* @__PURE__ */ defineModule({
  name: "support",
  title: "Support packages (`supportPackage`)",
  functions: { supportPackage },
  words: WORDS,
  examples: {
    supportPackage: [{ weeklyHours: 3, preset: "albertslund-2024" }],
  },
  bind: { supportPackage: { level: "preset" } },
});

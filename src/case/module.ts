import { appealDeadline, caseDeadline } from "./deadlines.js";
import { defineModule } from "../core/module.js";
import { WORDS } from "./words.js";

/** The Deadlines module, as it declares itself (see `ModuleManifest`). */
export const MODULE = /* @__PURE__ */ defineModule({
  name: "case",
  title: "Deadlines (`caseDeadline`, `appealDeadline`)",
  functions: { caseDeadline, appealDeadline },
  words: WORDS,
  bind: { caseDeadline: { level: "preset" }, appealDeadline: { level: "preset" } },
  sheet: ["SAGSFRIST", "KLAGEFRIST"],
});

import { appealDeadline, caseDeadline } from "./deadlines.js";
import { defineModule } from "../core/module.js";
import { KLAGEFRIST, SAGSFRIST } from "./sheet.js";
import { WORDS } from "./words.js";
import { CASE_ISSUES } from "./messages.js";

/** The Deadlines module, as it declares itself (see `ModuleManifest`). */
export const MODULE = /* @__PURE__ */ defineModule({
  name: "case",
  title: "Deadlines (`caseDeadline`, `appealDeadline`)",
  functions: { caseDeadline, appealDeadline },
  words: WORDS,
  messages: CASE_ISSUES,
  examples: {
    caseDeadline: [{ paragraph: "100", received: "2024-12-31", preset: "albertslund-2018" }],
    appealDeadline: [{ decisionReceived: "2024-03-27" }],
  },
  bind: { caseDeadline: { level: "preset" }, appealDeadline: { level: "preset" } },
  sheet: [SAGSFRIST, KLAGEFRIST],
});

// The messages of the pension checks, in English and Danish.
import { defineWords } from "../core/issue-templates.js";

/**
 * The pension checks' messages.
 *
 * @example
 * PENSION_ISSUES.notLegislated.code //=> "not-legislated"
 */
export const PENSION_ISSUES = /* @__PURE__ */ defineWords("pension", {
  notLegislated: { code: "not-legislated", en: "{born} is after {last}: the folkepensionsalder for people born from 1 Jan 1975 is not legislated yet (set by the regulation due in 2030, lov om social pension § 1 a, stk. 2–3)", da: "{born} er efter {last}: folkepensionsalderen for personer født fra 1. januar 1975 er endnu ikke fastsat (det sker ved reguleringen i 2030, lov om social pension § 1 a, stk. 2–3)" },
});

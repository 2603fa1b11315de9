// The messages of the support checks, in English and Danish.
import { defineWords } from "../core/issue-templates.js";

/**
 * The support checks' messages.
 *
 * @example
 * SUPPORT_ISSUES.preset.code //=> "required"
 */
export const SUPPORT_ISSUES = /* @__PURE__ */ defineWords("support", {
  preset: { code: "required", en: 'is required: support packages are each municipality\'s own; name the service level (e.g. "albertslund-2024") or bind it with withServiceLevel', da: 'skal udfyldes: pakker er den enkelte kommunes egne; angiv kommunens serviceniveau (fx "albertslund-2024")' },
});

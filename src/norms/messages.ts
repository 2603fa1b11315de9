// The messages of the norms checks, in English and Danish.
import { defineWords } from "../core/issue-templates.js";

/**
 * The norms checks' messages.
 *
 * @example
 * NORMS_ISSUES.preset.code //=> "required"
 */
export const NORMS_ISSUES = /* @__PURE__ */ defineWords("norms", {
  preset: { code: "required", en: "is required: extent norms are each municipality's own; name its service level or bind it with withServiceLevel", da: "skal udfyldes: normer for omfang er den enkelte kommunes egne; angiv kommunens serviceniveau" },
  paragraph: { code: "not-in-preset", en: "{citation} sets no extent norms for § {paragraph}", da: "{citation} fastsætter ingen normer for omfang efter § {paragraph}" },
});

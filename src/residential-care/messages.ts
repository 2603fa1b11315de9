// The messages of the § 108 payment checks, in English and Danish.
import { defineWords } from "../core/issue-templates.js";

/**
 * The residential-care payment checks' messages.
 *
 * @example
 * RESIDENTIAL_CARE_ISSUES.income.code //=> "invalid-shape"
 */
export const RESIDENTIAL_CARE_ISSUES = /* @__PURE__ */ defineWords("residential-care", {
  income: { code: "invalid-shape", en: "must be an amount in kroner, or a list of { label, monthly }", da: "skal være et beløb i kroner eller en liste af { label, monthly }" },
  disposable: { code: "required-with", en: "is required, or a preset ({presets}) that supplies it", da: "skal udfyldes, eller et serviceniveau ({presets}), der fastsætter det" },
  monthWithDays: { code: "required-with", en: "is required when days is given", da: "skal udfyldes, når dagene er angivet" },
  inMonth: { code: "order", en: "must be in {month}", da: "skal ligge i {month}" },
  notBefore: { code: "order", en: "must not be before {@other}", da: "må ikke ligge før {@other}" },
});

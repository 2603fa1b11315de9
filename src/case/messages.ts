// The messages of the case checks, in English and Danish.
import { defineWords } from "../core/issue-templates.js";

/**
 * The case checks' messages.
 *
 * @example
 * CASE_ISSUES.weeks.code //=> "required-with"
 */
export const CASE_ISSUES = /* @__PURE__ */ defineWords("case", {
  weeks: { code: "required-with", en: "is required, or a preset that publishes the deadline ({presets})", da: "skal udfyldes, eller et serviceniveau, der offentliggør fristen ({presets})" },
  noDeadline: { code: "required-with", en: "is required: {level} publishes no processing deadline for § {paragraph} in its document; give the weeks", da: "skal udfyldes: {level} offentliggør ingen sagsbehandlingsfrist for § {paragraph} i sit dokument; angiv fristen i uger" },
  noAppeal: { code: "required-with", en: "is required for § {paragraph}: the municipalities' documents state that decisions under §§ 82a–82b cannot be appealed to Ankestyrelsen; name the service level that says so (or leave out paragraph for the 4-week deadline)", da: "skal udfyldes for § {paragraph}: kommunernes dokumenter angiver, at afgørelser efter §§ 82 a–82 b ikke kan påklages til Ankestyrelsen; angiv det serviceniveau, der siger det (eller udelad paragraffen for klagefristen på 4 uger)" },
});

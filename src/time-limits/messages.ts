// The messages of the time-limits checks, in English and Danish.
import { defineWords } from "../core/issue-templates.js";

/**
 * The time-limits checks' messages.
 *
 * @example
 * TIME_LIMITS_ISSUES.preset.code //=> "required"
 */
export const TIME_LIMITS_ISSUES = /* @__PURE__ */ defineWords("time-limits", {
  preset: { code: "required", en: "is required: time limits and contact deadlines are each municipality's own; name its service level or bind it with withServiceLevel", da: "skal udfyldes: tidsgrænser og kontaktfrister er den enkelte kommunes egne; angiv kommunens serviceniveau" },
  paragraph: { code: "not-in-preset", en: "{citation} sets no time limits or contact deadlines for § {paragraph}", da: "{citation} fastsætter ingen tidsgrænser eller kontaktfrister for § {paragraph}" },
  event: { code: "not-in-preset", en: '{citation} sets no period for § {paragraph} counted from "{event}"; it counts from {events}', da: '{citation} fastsætter ingen periode for § {paragraph} regnet fra "{event}"; den regner fra {events}' },
  birthDate: { code: "required-with", en: "is required: {citation} ends the offer under § {paragraph} at the state pension age", da: "skal udfyldes: {citation} afslutter tilbuddet efter § {paragraph} ved folkepensionsalderen" },
});

// The messages of the follow-up checks, in English and Danish.
import { defineWords } from "../core/issue-templates.js";

/**
 * The follow-up checks' messages.
 *
 * @example
 * FOLLOW_UP_ISSUES.preset.code //=> "required"
 */
export const FOLLOW_UP_ISSUES = /* @__PURE__ */ defineWords("follow-up", {
  preset: { code: "required", en: "is required: follow-up rules are each municipality's own; name its service level or bind it with withServiceLevel", da: "skal udfyldes: opfølgningsregler er den enkelte kommunes egne; angiv kommunens serviceniveau" },
  paragraph: { code: "not-in-preset", en: "{citation} sets no follow-up rule for § {paragraph}; the dates are set in the individual grant", da: "{citation} fastsætter ingen opfølgningsregel for § {paragraph}; datoerne fastsættes i den enkelte bevilling" },
});

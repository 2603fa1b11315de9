import { stepper, type Words } from "../core/explain.js";

/**
 * The words of the service level in use: each rule id's meaning and its Danish and English sentence templates,
 * kept beside the module that uses them (a bundle of another paragraph carries none of them).
 * `{name}` is a value as it is; `{name:kr}` an amount, `{name:date}` a date … (see `renderTemplate`).
 */
export const WORDS = {
  "preset.service-level": {
    meaning: "The municipal service level used.",
    da: "Serviceniveau: {municipality}[[?year]] ({year})[[/year]].",
    en: "Service level: {municipality}[[?year]] ({year})[[/year]].",
  },
} as const satisfies Words;

/** A step of this module's explanation: the rule's Danish sentence rendered with the values. */
export const step = /* @__PURE__ */ stepper(WORDS);

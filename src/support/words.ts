import { stepper, type Words } from "../core/explain.js";

/**
 * The words of § 85 support packages: each rule id's meaning and its Danish and English sentence templates,
 * kept beside the module that uses them (a bundle of another paragraph carries none of them).
 * `{name}` is a value as it is; `{name:kr}` an amount, `{name:date}` a date … (see `renderTemplate`).
 */
export const WORDS = {
  "support.package": {
    meaning: "The support package for the weekly hours.",
    da: "{weeklyHours:num} timers støtte om ugen svarer til pakke {package} ({interval}); en grænse på {edge:num} timer hører til den laveste pakke.",
    en: "{weeklyHours:num} hours of support a week is package {package} ({interval}); an edge of {edge:num} hours belongs to the lower package.",
  },
} as const satisfies Words;

/** A step of this module's explanation: the rule's Danish sentence rendered with the values. */
export const step = /* @__PURE__ */ stepper(WORDS);

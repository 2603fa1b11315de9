import { stepper, type Words } from "../core/explain.js";

/**
 * The words of working days: each rule id's meaning and its Danish and English sentence templates,
 * kept beside the module that uses them (a bundle of another paragraph carries none of them).
 * `{name}` is a value as it is; `{name:kr}` an amount, `{name:date}` a date … (see `renderTemplate`).
 */
export const WORDS = {
  "calendar.working-days": {
    meaning: "A date a number of Danish working days later.",
    da: "{days} arbejdsdage efter {from}: {to}.",
    en: "{days} working days after {from}: {to}.",
  },
} as const satisfies Words;

/** A step of this module's explanation: the rule's Danish sentence rendered with the values. */
export const step = /* @__PURE__ */ stepper(WORDS);

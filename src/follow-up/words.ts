import { stepper, type Words } from "../core/explain.js";

/**
 * The words of follow-ups on a grant: each rule id's meaning and its Danish and English sentence templates,
 * kept beside the module that uses them (a bundle of another paragraph carries none of them).
 * `{name}` is a value as it is; `{name:kr}` an amount, `{name:date}` a date … (see `renderTemplate`).
 */
export const WORDS = {
  "follow-up.first": {
    meaning: "The first follow-up on a grant, by the service level's rule.",
    da: "Opfølgning på en bevilling efter servicelovens § {paragraph} fra {granted:date}: første opfølgning [[?approximate]]cirka [[/approximate]]senest {date:date}[[?months]] ({months} måneder efter bevillingen)[[/months]][[?weeks]] ({weeks} uger efter bevillingen)[[/weeks]].",
    en: "Follow-up on a grant under section {paragraph} of the Social Services Act from {granted:date}: first follow-up [[?approximate]]around [[/approximate]]by {date:date}[[?months]] ({months} months after the grant)[[/months]][[?weeks]] ({weeks} weeks after the grant)[[/weeks]].",
  },
  "follow-up.every": {
    meaning: "The later follow-ups.",
    da: "Derefter [[?approximate]]cirka [[/approximate]]hver {months}. måned: [[*dates|, ]]{date:date}[[/dates]].",
    en: "Then [[?approximate]]around [[/approximate]]every {months} months: [[*dates|, ]]{date:date}[[/dates]].",
  },
  "follow-up.status": {
    meaning: "When the provider's status is due before each follow-up.",
    da: "Status sendes senest {months} måned før hver opfølgning: [[*dates|, ]]{date:date}[[/dates]].",
    en: "A status is due at least {months} month(s) before each follow-up: [[*dates|, ]]{date:date}[[/dates]].",
  },
} as const satisfies Words;

/** A step of this module's explanation: the rule's Danish sentence rendered with the values. */
export const step = /* @__PURE__ */ stepper(WORDS);

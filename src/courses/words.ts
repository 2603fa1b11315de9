import { stepper, type Words } from "../core/explain.js";

/**
 * The words of §§ 82a–82b courses: each rule id's meaning and its Danish and English sentence templates,
 * kept beside the module that uses them (a bundle of another paragraph carries none of them).
 * `{name}` is a value as it is; `{name:kr}` an amount, `{name:date}` a date … (see `renderTemplate`).
 */
export const WORDS = {
  "course.end": {
    meaning: "The last day of a § 82a/§ 82b course.",
    da: "[[?group]]Gruppeforløb (§ 82a)[[/group]][[!group]]Individuelt forløb (§ 82b)[[/group]] fra {start:date} varer højst [[?months]]{months} måneder[[/months]][[!months]]{weeks} uger[[/months]]: senest til og med {end:date}.",
    en: "[[?group]]Group course (§ 82a)[[/group]][[!group]]Individual course (§ 82b)[[/group]] from {start:date} lasts at most [[?months]]{months} months[[/months]][[!months]]{weeks} weeks[[/months]]: up to and including {end:date}.",
  },
  "course.attendance.weeks": {
    meaning: "The rule that ends a course after weeks without attendance.",
    da: "Seneste overholdte aftale {last:date}; {weeks} uger uden fremmøde er gået {limit:date}. [[?triggered]]Forløbet afsluttes.[[/triggered]][[!triggered]]Pr. {asOf:date} er reglen ikke udløst.[[/triggered]]",
    en: "Last agreement kept on {last:date}; {weeks} weeks without attendance have passed on {limit:date}. [[?triggered]]The course ends.[[/triggered]][[!triggered]]As of {asOf:date} the rule is not triggered.[[/triggered]]",
  },
  "course.attendance.cancellations": {
    meaning: "The rule on cancelled appointments.",
    da: "{cancellations} aflyste aftaler[[?triggered]] ({limit} eller flere): medarbejderne tager stilling til, om støtten skal fortsætte.[[/triggered]][[!triggered]]; reglen om {limit} aflysninger er ikke udløst.[[/triggered]]",
    en: "{cancellations} cancelled appointments[[?triggered]] ({limit} or more): the staff decide whether the support continues.[[/triggered]][[!triggered]]; the rule on {limit} cancellations is not triggered.[[/triggered]]",
  },
} as const satisfies Words;

/** A step of this module's explanation: the rule's Danish sentence rendered with the values. */
export const step = /* @__PURE__ */ stepper(WORDS);

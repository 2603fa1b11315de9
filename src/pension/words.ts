import { stepper, type Words } from "../core/explain.js";

/**
 * The words of the state pension age: each rule id's meaning and its Danish and English sentence templates,
 * kept beside the module that uses them (a bundle of another paragraph carries none of them).
 * `{name}` is a value as it is; `{name:kr}` an amount, `{name:date}` a date … (see `renderTemplate`).
 */
export const WORDS = {
  "pension.age": {
    meaning: "The state pension age for a birth date.",
    da: "Født {born:date}: folkepensionsalderen er {age:age} år, som nås {reached:date}.",
    en: "Born {born:date}: the state pension age is {age:age} years, reached on {reached:date}.",
  },
} as const satisfies Words;

/** A step of this module's explanation: the rule's Danish sentence rendered with the values. */
export const step = /* @__PURE__ */ stepper(WORDS);

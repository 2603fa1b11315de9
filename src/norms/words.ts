import { stepper, type Words } from "../core/explain.js";

/**
 * The words of the extent norms of a service level: each rule id's meaning and its Danish and English sentence templates,
 * kept beside the module that uses them (a bundle of another paragraph carries none of them).
 * `{name}` is a value as it is; `{name:kr}` an amount, `{name:date}` a date … (see `renderTemplate`).
 */
export const WORDS = {
  "norms.paragraph": {
    meaning: "The service level's extent norms.",
    da: "Serviceniveauets normer for omfang efter servicelovens § {paragraph}. En norm er det, kommunen normalt bevilger; den konkrete, individuelle vurdering afgør.",
    en: "The service level's extent norms under section {paragraph} of the Social Services Act. A norm is what the municipality normally grants; the individual assessment decides.",
  },
  "norms.norm": {
    meaning: "One extent norm of the service level, with the document's sentence.",
    da: "{label}: [[?average]]gennemsnitligt [[/average]][[?atMost]]højst [[/atMost]][[?atLeast]]mindst [[/atLeast]][[?about]]cirka [[/about]][[?typical]]typisk [[/typical]][[?single]]{value:num}[[/single]][[?range]]{min:num}–{max:num}[[/range]] {unit}[[?months]] i op til {months:months}[[/months]]. «{quote}»",
    en: "{label}: [[?average]]on average [[/average]][[?atMost]]at most [[/atMost]][[?atLeast]]at least [[/atLeast]][[?about]]about [[/about]][[?typical]]typically [[/typical]][[?single]]{value:num}[[/single]][[?range]]{min:num}–{max:num}[[/range]] {unit}[[?months]] for up to {months:months}[[/months]]. «{quote}»",
  },
} as const satisfies Words;

/** A step of this module's explanation: the rule's Danish sentence rendered with the values. */
export const step = /* @__PURE__ */ stepper(WORDS);

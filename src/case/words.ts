import { stepper, type Words } from "../core/explain.js";

/**
 * The words of processing and appeal deadlines: each rule id's meaning and its Danish and English sentence templates,
 * kept beside the module that uses them (a bundle of another paragraph carries none of them).
 * `{name}` is a value as it is; `{name:kr}` an amount, `{name:date}` a date … (see `renderTemplate`).
 */
export const WORDS = {
  "case.deadline": {
    meaning: "The processing deadline for an application (retssikkerhedsloven § 3, stk. 2).",
    da: "Sagsbehandlingsfristen for en ansøgning efter servicelovens § {paragraph} er [[?upTo]]op til [[/upTo]]{weeks} uger fra modtagelsen {received:date}[[?upTo]], regnet fra de relevante oplysninger er indhentet[[/upTo]]: {deadline:date}.[[!workingDay]] Fristen udløber på en fridag; ingen regel flytter den.[[/workingDay]]",
    en: "The processing deadline for an application under § {paragraph} of the Social Services Act is [[?upTo]]up to [[/upTo]]{weeks} weeks from receipt on {received:date}[[?upTo]], counted from when the relevant information is obtained[[/upTo]]: {deadline:date}.[[!workingDay]] The deadline falls on a day off; no rule moves it.[[/workingDay]]",
  },
  "case.acknowledgement": {
    meaning: "When the citizen must have a receipt for the application.",
    da: "Borgeren skal som hovedregel have en kvittering inden for {workingDays} arbejdsdage: senest {date:date}.",
    en: "As a rule the citizen must have a receipt within {workingDays} working days: by {date:date}.",
  },
  "case.appeal.none": {
    meaning: "No appeal to Ankestyrelsen for the paragraph, by the service level's document.",
    da: "Der er ingen klageadgang til Ankestyrelsen over afgørelser efter servicelovens § {paragraph}, så der er ingen klagefrist.",
    en: "Decisions under section {paragraph} of the Social Services Act cannot be appealed to Ankestyrelsen, so there is no appeal deadline.",
  },
  "case.appeal": {
    meaning: "The 4-week appeal deadline, moved to the next working day.",
    da: "Afgørelsen er modtaget {received:date}. Klagefristen er 4 uger: {deadline:date}.[[?moved]] Fristen ville udløbe {raw:date}, [[?holiday]]{holiday}[[/holiday]][[!holiday]][[?saturday]]en lørdag[[/saturday]][[!saturday]]en søndag[[/saturday]][[/holiday]], og flyttes til den næste hverdag.[[/moved]]",
    en: "The decision was received on {received:date}. The appeal deadline is 4 weeks: {deadline:date}.[[?moved]] The deadline would fall on {raw:date}, [[?holiday]]{holiday}[[/holiday]][[!holiday]][[?saturday]]a Saturday[[/saturday]][[!saturday]]a Sunday[[/saturday]][[/holiday]], and is moved to the next working day.[[/moved]]",
  },
} as const satisfies Words;

/** A step of this module's explanation: the rule's Danish sentence rendered with the values. */
export const step = /* @__PURE__ */ stepper(WORDS);

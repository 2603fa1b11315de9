import { stepper, type Words } from "../core/explain.js";

/**
 * The words of the time limits, targets and contact deadlines of a service level: each rule id's meaning and its Danish and English sentence templates,
 * kept beside the module that uses them (a bundle of another paragraph carries none of them).
 * `{name}` is a value as it is; `{name:kr}` an amount, `{name:date}` a date … (see `renderTemplate`).
 */
export const WORDS = {
  "limits.limit": {
    meaning: "A time limit of the service level.",
    da: "{label}: højst [[?months]]{months:months}[[/months]][[?weeks]]{weeks:weeks}[[/weeks]][[?days]]{days:days}[[/days]][[?workingDays]]{workingDays:workingDays}[[/workingDays]] regnet fra {from:date}, dvs. til og med {date:date}[[?approximate]] (som udgangspunkt)[[/approximate]]. «{quote}»",
    en: "{label}: at most [[?months]]{months:months}[[/months]][[?weeks]]{weeks:weeks}[[/weeks]][[?days]]{days:days}[[/days]][[?workingDays]]{workingDays:workingDays}[[/workingDays]] counted from {from:date}, that is up to and including {date:date}[[?approximate]] (as a rule)[[/approximate]]. «{quote}»",
  },
  "limits.target": {
    meaning: "A target length (not a limit).",
    da: "{label}: en målsætning om højst [[?months]]{months:months}[[/months]][[?weeks]]{weeks:weeks}[[/weeks]][[?days]]{days:days}[[/days]][[?workingDays]]{workingDays:workingDays}[[/workingDays]] regnet fra {from:date}, dvs. til og med {date:date}[[?approximate]] (cirka)[[/approximate]]. Det er et mål, ikke en grænse. «{quote}»",
    en: "{label}: a target of at most [[?months]]{months:months}[[/months]][[?weeks]]{weeks:weeks}[[/weeks]][[?days]]{days:days}[[/days]][[?workingDays]]{workingDays:workingDays}[[/workingDays]] counted from {from:date}, that is up to and including {date:date}[[?approximate]] (about)[[/approximate]]. It is a target, not a limit. «{quote}»",
  },
  "limits.expected": {
    meaning: "An expected length (not a limit).",
    da: "{label}: forventet varighed højst [[?months]]{months:months}[[/months]][[?weeks]]{weeks:weeks}[[/weeks]][[?days]]{days:days}[[/days]][[?workingDays]]{workingDays:workingDays}[[/workingDays]] regnet fra {from:date}, dvs. til og med {date:date}[[?approximate]] (cirka)[[/approximate]]. Det er en forventning, ikke en grænse. «{quote}»",
    en: "{label}: expected to last at most [[?months]]{months:months}[[/months]][[?weeks]]{weeks:weeks}[[/weeks]][[?days]]{days:days}[[/days]][[?workingDays]]{workingDays:workingDays}[[/workingDays]] counted from {from:date}, that is up to and including {date:date}[[?approximate]] (about)[[/approximate]]. It is an expectation, not a limit. «{quote}»",
  },
  "limits.contact": {
    meaning: "A deadline to make contact.",
    da: "{label}: senest {date:date} ([[?months]]{months:months}[[/months]][[?weeks]]{weeks:weeks}[[/weeks]][[?days]]{days:days}[[/days]][[?workingDays]]{workingDays:workingDays}[[/workingDays]] efter {from:date})[[?approximate]], cirka[[/approximate]]. «{quote}»",
    en: "{label}: by {date:date} ([[?months]]{months:months}[[/months]][[?weeks]]{weeks:weeks}[[/weeks]][[?days]]{days:days}[[/days]][[?workingDays]]{workingDays:workingDays}[[/workingDays]] after {from:date})[[?approximate]], about[[/approximate]]. «{quote}»",
  },
  "limits.report": {
    meaning: "A duty to inform the caseworker.",
    da: "{label}: når [[?months]]{months:months}[[/months]][[?weeks]]{weeks:weeks}[[/weeks]][[?days]]{days:days}[[/days]][[?workingDays]]{workingDays:workingDays}[[/workingDays]] er gået siden {from:date}, dvs. {date:date}[[?approximate]] (cirka)[[/approximate]]. «{quote}»",
    en: "{label}: once [[?months]]{months:months}[[/months]][[?weeks]]{weeks:weeks}[[/weeks]][[?days]]{days:days}[[/days]][[?workingDays]]{workingDays:workingDays}[[/workingDays]] have passed since {from:date}, that is on {date:date}[[?approximate]] (about)[[/approximate]]. «{quote}»",
  },
  "limits.pension": {
    meaning: "The offer ends at the state pension age.",
    da: "{label}: tilbuddet stopper ved folkepensionsalderen ({age:age} år), som nås {date:date}. «{quote}»",
    en: "{label}: the offer stops at the state pension age ({age:age} years), reached on {date:date}. «{quote}»",
  },
} as const satisfies Words;

/** A step of this module's explanation: the rule's Danish sentence rendered with the values. */
export const step = /* @__PURE__ */ stepper(WORDS);

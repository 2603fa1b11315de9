import { stepper, type Words } from "../core/explain.js";

/**
 * The words of § 103 transport: each rule id's meaning and its Danish and English sentence templates,
 * kept beside the module that uses them (a bundle of another paragraph carries none of them).
 * `{name}` is a value as it is; `{name:kr}` an amount, `{name:date}` a date … (see `renderTemplate`).
 */
export const WORDS = {
  "transport.own-payment": {
    meaning: "The citizen's own payment for transport.",
    da: "Borgeren betaler selv befordring inden for {km} km ({cost:kr} pr. måned), dog højst {share:pct} af indtjeningen efter skat ({cap:kr}): egenbetaling {own:kr}[[?rest]]; kommunen betaler {rest:kr}[[/rest]].",
    en: "The citizen pays for transport within {km} km ({cost:kr} a month), but at most {share:pct} of net earnings ({cap:kr}): own payment {own:kr}[[?rest]]; the municipality pays {rest:kr}[[/rest]].",
  },
} as const satisfies Words;

/** A step of this module's explanation: the rule's Danish sentence rendered with the values. */
export const step = /* @__PURE__ */ stepper(WORDS);

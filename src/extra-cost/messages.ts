// The messages of the § 100 checks, in English and Danish.
import { defineWords } from "../core/issue-templates.js";

/**
 * The § 100 checks' messages.
 *
 * @example
 * EXTRA_COST_ISSUES.costs.code //=> "exactly-one"
 */
export const EXTRA_COST_ISSUES = /* @__PURE__ */ defineWords("extra-cost", {
  kompensationFrom: { code: "regime-date", en: '"kompensation" is only in force from {from} (date is {date}); use "merudgift"', da: '"kompensation" gælder først fra {from} (datoen er {date}); brug "merudgift"' },
  merudgiftEnded: { code: "regime-date", en: '"merudgift" ended on {last} at the latest (transition to kompensationsydelse); date is {date}, use "kompensation"', da: '"merudgift" ophørte senest {last} (overgangen til kompensationsydelse); datoen er {date}, brug "kompensation"' },
  kompensationOnly: { code: "only-with", en: 'only applies to regime "kompensation" (from 1 Sep 2025)', da: 'gælder kun for ordningen "kompensation" (fra 1. september 2025)' },
  documentedMerudgift: { code: "only-with", en: 'only applies to regime "merudgift"; under kompensationsydelse give documentedListedMonthlyCosts for group 2', da: 'gælder kun for ordningen "merudgift"; under kompensationsydelse opgøres gruppe 2 efter dokumenterede udgifter på positivlisten' },
  costs: { code: "exactly-one", en: "is required: give exactly one of monthlyCosts, yearlyCosts or items", da: "skal udfyldes: angiv præcis én af udgifter pr. måned, udgifter pr. år eller udgiftsposter" },
  costsCombined: { code: "exactly-one", en: "and yearlyCosts/items cannot be combined: give exactly one of monthlyCosts, yearlyCosts or items", da: "kan ikke kombineres med udgifter pr. år eller udgiftsposter: angiv præcis én af dem" },
  items: { code: "required", en: "must list at least one cost", da: "skal have mindst én udgift" },
  itemAmount: { code: "exactly-one", en: "or yearly must be given, exactly one of the two", da: "eller beløbet pr. år skal angives, præcis ét af de to" },
  bands: { code: "order", en: "bands must be in order: yearlyThreshold / 12 ≤ band1To < band2To", da: "intervallerne skal stå i rækkefølge: bundgrænse / 12 ≤ interval 1's øvre grænse < interval 2's øvre grænse" },
  standardAmounts: { code: "order", en: "standard amounts must be in order: band1Amount ≤ band2Amount ≤ band2To", da: "standardbeløbene skal stå i rækkefølge: interval 1's beløb ≤ interval 2's beløb ≤ interval 2's øvre grænse" },
  oneOffEnded: { code: "regime-date", en: "is after {last}: one-off costs are computed under merudgiftsydelse only (the band system), which had ended by then", da: "er efter {last}: enkeltudgifter beregnes kun efter merudgiftsydelsen (intervalordningen), som var ophørt på den dato" },
  paymentOrder: { code: "order", en: "ends the payment ({last}) before its first month ({first})", da: "afslutter udbetalingen ({last}) før dens første måned ({first})" },
});

import { deepFreeze } from "./freeze.js";

/**
 * Every code an issue can carry, with what it means and an example. This list is the contract:
 * `issues[].code` is always one of these (tested over a corpus of bad inputs to every public
 * function); the English `message` may be reworded.
 *
 * @example
 * ISSUE_CODES["rate-missing"].meaning //=> "a figure the library does not ship for that date: …"
 */
export const ISSUE_CODES = /* @__PURE__ */ deepFreeze({
  required: { da: "mangler: udfyld det", meaning: "a required field is missing", example: 'extraCostSubsidy({ monthlyCosts: 100 }) → path "date"' },
  "required-with": { da: "skal udfyldes på grund af et andet felt", meaning: "a field is required because of another field's value", example: "bpaGrant with evening hours and no wage.supplements.evening" },
  "exactly-one": { da: "præcis ét af felterne skal udfyldes", meaning: "exactly one of several fields must be given", example: "extraCostSubsidy with both monthlyCosts and items" },
  "only-with": { da: "må kun udfyldes sammen med et andet felt eller en anden værdi", meaning: "a field is allowed only together with another field or value", example: "extraCostSubsidy({ …, documented: true }) under kompensationsydelse" },
  order: { da: "står i forkert rækkefølge (fx en slutdato før startdatoen)", meaning: "two values are in the wrong order (an end before its start, bands out of order)", example: 'escortLedger({ from: "2024-05", to: "2024-04" })' },
  "out-of-range": { da: "ligger uden for det tilladte", meaning: "a number, amount, date or list length outside what the rule allows", example: "monthlyCosts: -5" },
  "not-a-date": { da: "er ikke en gyldig dato (ÅÅÅÅ-MM-DD)", meaning: "not a real calendar date (YYYY-MM-DD or a Date)", example: 'date: "2024-02-30"' },
  "not-a-month": { da: "er ikke en måned (ÅÅÅÅ-MM)", meaning: "not a month (YYYY-MM)", example: 'from: "2024-13"' },
  "not-a-time": { da: "er ikke en dato og et klokkeslæt (ÅÅÅÅ-MM-DD TT:MM)", meaning: "not a local date and time (YYYY-MM-DDTHH:mm or a Date)", example: 'arrival: "2024-03-01 25:00"' },
  "not-an-amount": { da: "er ikke et beløb i kroner (højst 2 decimaler, punktum som decimaltegn)", meaning: "not an amount in kroner (a number or decimal text with at most 2 decimals, point as separator)", example: 'monthlyCosts: "12,50"' },
  "not-a-number": { da: "er ikke et tal", meaning: "not a finite number", example: 'weeklyHours: { day: "forty" }' },
  "not-a-boolean": { da: "skal være sand eller falsk", meaning: "not true or false", example: 'documented: "yes"' },
  "not-a-text": { da: "skal være en tekst, der ikke er tom og ikke for lang", meaning: "not a non-empty text within its length limit", example: "source: 42" },
  "not-one-of": { da: "er ikke en af de tilladte værdier", meaning: "not one of the allowed words", example: 'section: "98"' },
  "not-an-object": { da: "skal være et objekt med navngivne felter", meaning: "the input (or a field) must be an object with named fields", example: "extraCostSubsidy(42)" },
  "not-a-list": { da: "skal være en liste", meaning: "the field must be a list", example: "items: 5" },
  "invalid-shape": { da: "har ikke en af de tilladte former", meaning: "a field that takes one of several shapes matches none of them", example: "income: true" },
  "unknown-field": { da: "er ikke et kendt felt (tjek stavningen)", meaning: "a field the function does not know (often a misspelling)", example: "monthlyCost: 1800" },
  "too-large": { da: "er større end biblioteket læser", meaning: "a list, text or input larger than the library reads (checked before reading it)", example: "usage: a list of 10⁹ entries" },
  "too-deep": { da: "er indlejret dybere end noget rigtigt input", meaning: "an input nested deeper than any real input", example: "an object 40 levels deep" },
  unreadable: { da: "kunne ikke læses", meaning: "a field could not be read (a getter or proxy threw)", example: "{ get date() { throw … } }" },
  invalid: { da: "bryder feltets regel", meaning: "a value of the right kind that breaks the field's own rule", example: "a decimal cut that is not whole kroner" },
  "rate-missing": { da: "biblioteket har ikke tallet for den dato", meaning: "a figure the library does not ship for that date: the issue names the table, year and publisher, and how to add it", example: "shelterFee for a 2027 stay before the 2027 rate is added" },
  "unknown-table": { da: "er ikke en satstabel, biblioteket kender", meaning: "withRates (or a Satser range) names a table the library does not have", example: "withRates({ SHELTER_111_RATES: [] })" },
  "rate-overlap": { da: "to rækker i samme tabel dækker samme dage", meaning: "two caller rows of one table cover the same days", example: "two SHELTER_109_RATES rows for 2030" },
  "rate-clash": { da: "dækker en medfølgende rækkes dage med en anden værdi", meaning: "a caller row covers a shipped row's days with a different value (without override)", example: 'SHELTER_109_RATES 2024 with value "99.00"' },
  "null-left": { da: "er ikke udfyldt: udfyld det, eller slet punktet", meaning: "a null left from a fill-in template: fill it in or delete the row", example: "value: null" },
  "not-eligible": { da: "opfylder ikke reglens betingelse for beregningen", meaning: "the input does not meet the rule's condition for the calculation asked", example: "bpaSettlement of a grant that is not eligible" },
  "over-limit": { da: "bruger mere end reglen giver", meaning: "use beyond what the rule makes available (strict mode), or an offset larger than what it sets off", example: "escortLedger({ strict: true }) with more hours used than available" },
  "not-in-preset": { da: "serviceniveauet fastsætter det ikke", meaning: "the named service level does not publish the figure or rule asked for", example: 'caseDeadline({ preset: "holbaek-2024", paragraph: "100" }) without weeks' },
  "not-legislated": { da: "reglen er endnu ikke vedtaget for den dato", meaning: "the rule is not legislated for that date or person yet", example: "statePensionAge for someone born in 1975" },
  "regime-date": { da: "ordningen gælder ikke på den dato", meaning: "the § 100 regime asked for does not apply on that date", example: 'regime: "kompensation" on 2024-03-01' },
  "unknown-rule": { da: "er ikke et regel-id, biblioteket kender", meaning: "an explanation step names a rule id the catalogue does not have", example: 'translateExplanation([{ rule: "x", … }], "en")' },
  "invalid-template": { da: "forklaringsskabelonen kan ikke bruges", meaning: "an explanation template that cannot be rendered: an unknown format, an unclosed section, or a value of the wrong kind for its format", example: 'renderTemplate("{a:xyz}", { a: 1 }, "da")' },
} as const satisfies Record<string, { da: string; meaning: string; example: string }>);

/** A stable issue code (see {@link ISSUE_CODES}). */
export type IssueCode = keyof typeof ISSUE_CODES;


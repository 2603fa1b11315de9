import type { RuleId } from "../explain/catalogue.js";
import { renderStep, type StepValues } from "../explain/render.js";
import { formatMoney, type Dec } from "./money.js";

export type { RuleId } from "../explain/catalogue.js";
export type { StepValues } from "../explain/render.js";

/** A module's words: for each of its rule ids, what the sentence means and its Danish and English templates. */
export interface Words {
  readonly [rule: string]: { readonly meaning: string; readonly da: string; readonly en: string };
}

/**
 * One line of the explanation every result carries.
 *
 * - `rule`: a stable id (`"extra-cost.band"`), one per sentence, listed with its meaning and
 *   templates in `RULES`;
 * - `values`: the named numbers, amounts (decimal text), dates (ISO) and words the sentence was
 *   built from, JSON-safe;
 * - `text`: the Danish sentence a caseworker can paste into a decision letter (the rule's Danish
 *   template rendered with `values`);
 * - `source`: the legal or municipal source of the rule or number used.
 */
export interface Step {
  rule: RuleId;
  values: StepValues;
  text: string;
  source?: string;
}

/**
 * The step builder of one module, bound to its own words: a {@link Step} whose text is the rule's
 * Danish template rendered with the values; `source` is left out when not given. Arithmetic code
 * names the rule and the values only — the words live in the module's `words.ts`, and a module
 * carries no other module's sentences.
 *
 * @example
 * const step = stepper(WORDS);
 * step("extra-cost.costs.monthly", { monthly: "1800.00" }).text //=> "Sandsynliggjorte merudgifter: 1.800,00 kr. pr. måned."
 */
export function stepper<W extends Words>(words: W): (rule: keyof W & RuleId, values: StepValues, source?: string) => Step {
  return (rule, values, source) => stepOf(rule, values, renderStep((words[rule] as W[string]).da, values, "da"), source);
}

/**
 * A step from its parts, its text already rendered (a sentence rendered once and kept for values
 * that do not change): the same shape {@link stepper} gives, `source` left out when not given.
 *
 * @example
 * stepOf("preset.service-level", { municipality: "Holbæk Kommune", year: 2024 }, "Serviceniveau: Holbæk Kommune (2024).").text //=> "Serviceniveau: Holbæk Kommune (2024)."
 */
export function stepOf(rule: RuleId, values: StepValues, text: string, source?: string): Step {
  return source === undefined ? { rule, values, text } : { rule, values, text, source };
}

/**
 * An amount as the decimal text a step's values hold (two decimals, as the sentence shows it).
 *
 * @example
 * amount(new Dec("1800")) //=> "1800.00"
 */
export function amount(value: Dec): string {
  return formatMoney(value);
}

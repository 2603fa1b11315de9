/**
 * Explanations as data: every rule id, its meaning and templates, and rendering in another language.
 *
 * @packageDocumentation
 */
export { RULES, translateExplanation, type RuleEntry } from "./rules.js";
export { renderTemplate, type Locale, type StepValue, type StepValues } from "./render.js";
export type { RuleId } from "./catalogue.js";

import { DA, type RuleId } from "./da.js";
import { EN } from "./en.js";
import { renderTemplate, type Locale } from "./render.js";
import type { Step } from "../core/explain.js";

/** One rule id's entry in the catalogue. */
export interface RuleEntry {
  /** What the sentence says, in English. */
  meaning: string;
  /** The Danish sentence template (the text every result carries). */
  da: string;
  /** The English sentence template, with the same placeholders. */
  en: string;
}

/**
 * Every rule id of every calculator: what it means and its Danish and English sentence
 * templates. An app can re-render a step from `step.values` with a template of its own.
 *
 * @example
 * RULES["extra-cost.band"].da //=> "Sandsynliggjorte merudgifter på {monthly:kr} pr. måned ligger i intervallet {from:int}–{to:int} kr. Standardbeløb: {amount:kr}"
 */
export const RULES: Readonly<Record<RuleId, RuleEntry>> = /* @__PURE__ */ buildRules();

function buildRules(): Readonly<Record<RuleId, RuleEntry>> {
  return Object.freeze(Object.fromEntries((Object.keys(DA) as RuleId[]).map((id) => [id, Object.freeze({ meaning: EN[id].meaning, da: DA[id], en: EN[id].en })])) as Record<RuleId, RuleEntry>);
}

/**
 * The steps with their text in another language, rendered from each step's values (rule,
 * values and source unchanged). Danish is the default of every result; `"da"` renders it again.
 *
 * @example
 * const r = extraCostSubsidy({ date: "2024-03-01", monthlyCosts: 1800 });
 * translateExplanation(r.explanation, "en")[1]?.text //=> "Probable extra costs: DKK 1,800.00 a month."
 */
export function translateExplanation(steps: readonly Step[], locale: Locale): Step[] {
  return steps.map((s) => {
    const entry = RULES[s.rule];
    if (entry === undefined) throw new Error(`translateExplanation: unknown rule id ${String(s.rule)}`);
    return { ...s, text: renderTemplate(locale === "da" ? entry.da : entry.en, s.values, locale) };
  });
}

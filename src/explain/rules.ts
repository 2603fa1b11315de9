import { EXPLAIN_ISSUES } from "./messages.js";
import { ALL_WORDS, type RuleId } from "./catalogue.js";
import { renderStep, type Locale } from "./render.js";
import { echo, InputError, issue, type InputIssue } from "../core/errors.js";
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
  return Object.freeze(Object.fromEntries((Object.keys(ALL_WORDS) as RuleId[]).map((id) => [id, Object.freeze({ meaning: ALL_WORDS[id].meaning, da: ALL_WORDS[id].da, en: ALL_WORDS[id].en })])) as Record<RuleId, RuleEntry>);
}

/** The most steps one call translates (the longest explanation has a few hundred). */
const MAX_STEPS = 20_000;

/**
 * The steps with their text in another language, rendered from each step's values (rule,
 * values and source unchanged). Danish is the default of every result; `"da"` renders it again.
 *
 * @example
 * const r = extraCostSubsidy({ date: "2024-03-01", monthlyCosts: 1800 });
 * translateExplanation(r.explanation, "en")[1]?.text //=> "Probable extra costs: DKK 1,800.00 a month."
 */
export function translateExplanation(steps: readonly Step[], locale: Locale): Step[] {
  const issues: InputIssue[] = [];
  if (!Array.isArray(steps)) issues.push(issue("steps", EXPLAIN_ISSUES.steps));
  else if (steps.length > MAX_STEPS) issues.push(issue("steps", EXPLAIN_ISSUES.stepsMax, { length: steps.length, max: MAX_STEPS }));
  if (locale !== "da" && locale !== "en") issues.push(issue("locale", EXPLAIN_ISSUES.locale, { given: echo(String(locale)) }));
  if (issues.length > 0) throw new InputError(issues);
  const out: Step[] = [];
  for (let i = 0; i < steps.length; i++) {
    const s = steps[i] as Step | null | undefined;
    const rule = s?.rule as unknown;
    if (s === null || typeof s !== "object" || typeof rule !== "string" || !Object.hasOwn(RULES, rule)) {
      issues.push(issue(`[${i}].rule`, EXPLAIN_ISSUES.unknownRule, { rule: echo(String(rule)) }));
      continue;
    }
    if (s.values === null || typeof s.values !== "object" || Array.isArray(s.values)) {
      issues.push(issue(`[${i}].values`, EXPLAIN_ISSUES.values));
      continue;
    }
    const entry = RULES[rule as RuleId];
    try {
      out.push({ ...s, text: renderStep(locale === "da" ? entry.da : entry.en, s.values, locale, true, `[${i}].values`) });
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      issues.push(...e.issues);
    }
  }
  if (issues.length > 0) throw new InputError(issues);
  return out;
}

/**
 * One line of the explanation every result carries.
 *
 * - `rule`: a stable id (`"extra-cost.band"`) apps can translate by;
 * - `text`: one Danish sentence a caseworker can paste into a decision letter;
 * - `source`: the legal or municipal source of the rule or number used.
 */
export interface Step {
  rule: string;
  text: string;
  source?: string;
}

/**
 * Builds a {@link Step}; `source` is left out when not given.
 *
 * @example
 * step("extra-cost.threshold", "Tærsklen er 608 kr. pr. måned.", "seed 004")
 * //=> { rule: "extra-cost.threshold", text: "Tærsklen er 608 kr. pr. måned.", source: "seed 004" }
 */
export function step(rule: string, text: string, source?: string): Step {
  return source === undefined ? { rule, text } : { rule, text, source };
}

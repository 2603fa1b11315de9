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
 * Builds a {@link Step}; `source` is left out when not given. A sentence never ends "kr..":
 * an amount's "kr." already ends it.
 *
 * @example
 * step("extra-cost.threshold", "Tærsklen er 608 kr. pr. måned.", "Holbæk Kommune, … 2024, Merudgifter § 100, pkt. 2")
 * //=> { rule: "extra-cost.threshold", text: "Tærsklen er 608 kr. pr. måned.", source: "Holbæk Kommune, … 2024, Merudgifter § 100, pkt. 2" }
 */
export function step(rule: string, text: string, source?: string): Step {
  const clean = text.includes("kr..") ? text.replaceAll("kr..", "kr.") : text;
  return source === undefined ? { rule, text: clean } : { rule, text: clean, source };
}

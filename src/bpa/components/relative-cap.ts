import { type Step } from "../../core/explain.js";
import { step } from "../words.js";
import { RELATIVE_MAX_WEEKLY_HOURS } from "../rates.js";
import type { ParsedGrant } from "./component.js";

/**
 * SEL § 95, stk. 3: a close relative who receives the § 95, stk. 2 grant may work at most 48
 * hours a week — unless the grant is transferred under stk. 4; it does not govern § 96. Over 48
 * hours under § 95 without an exception is refused by the input schema; here the line that says
 * why more hours are allowed.
 *
 * @example
 * relativeCapSteps({ section: "96", relativeWeeklyHours: 50, … })[0]?.rule //=> "bpa.relative-cap.not-applicable"
 */
export function relativeCapSteps(p: ParsedGrant): Step[] {
  if (p.relativeWeeklyHours === undefined || p.relativeWeeklyHours <= RELATIVE_MAX_WEEKLY_HOURS) return [];
  const values = { relativeHours: p.relativeWeeklyHours, cap: RELATIVE_MAX_WEEKLY_HOURS };
  return p.section === "95" && p.grantTransferred !== true
    ? [step("bpa.relative-cap.approved", values, "SEL § 95, stk. 3")]
    : [step("bpa.relative-cap.not-applicable", { ...values, section96: p.section === "96" }, "SEL § 95, stk. 3")];
}

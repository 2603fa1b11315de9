// The messages of the § 97 checks, in English and Danish.
import { defineWords } from "../core/issue-templates.js";

/**
 * The escort checks' messages.
 *
 * @example
 * ESCORT_ISSUES.toAfter.en //=> "must be at most {max|month|months} after {@other}"
 */
export const ESCORT_ISSUES = /* @__PURE__ */ defineWords("escort", {
  residence: { code: "invalid-shape", en: "must be hours per month (a number) or a list of { month, hours }", da: "skal være timer pr. måned (et tal) eller en liste af { month, hours }" },
  toBefore: { code: "order", en: "must not be before {@other} ({from})", da: "må ikke ligge før {@other} ({from})" },
  toAfter: { code: "out-of-range", en: "must be at most {max|month|months} after {@other}", da: "må højst ligge {max|måned|måneder} efter {@other}" },
  overuse: { code: "over-limit", en: "in {month} uses {recorded|hour|hours} but only {available} are available (hours cannot be used in advance)", da: "i {month} bruger {recorded|time|timer}, men kun {available} er til rådighed (timer kan ikke bruges på forskud)" },
  monthOrDate: { code: "exactly-one", en: "or {@other} must be given, exactly one of the two", da: "eller {@other} skal angives, præcis ét af de to" },
  outside: { code: "out-of-range", en: "is in {month}, outside {@fromField}..{@toField} ({from}..{to})", da: "ligger i {month}, uden for perioden {@fromField}..{@toField} ({from}..{to})" },
});

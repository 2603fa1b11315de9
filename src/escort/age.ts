import * as z from "zod/mini";
import { type Step } from "../core/explain.js";
import { step } from "./words.js";
import { plusMonths } from "../core/calendar.js";
import { toIsoDate, type DateInput } from "../core/period.js";
import { date, obj, parseInput } from "../core/validate.js";
import { LAST_LEGISLATED_BIRTH_DATE, statePensionAge } from "../pension/index.js";

/** Result of {@link escortAgeRule}. */
export interface EscortAgeResult {
  /** May the citizen have (or keep) the § 97 escort scheme on `asOf`? */
  eligible: boolean;
  /** The day the age limit is reached: folkepensionsalder, but not below 67 years; `null` when the pension age is not legislated yet for the birth date (born from 1 Jan 1975: at least 70). */
  ageLimitDate: string | null;
  /** True when the limit is passed but the scheme was granted before it, so it is kept. */
  keptAfterPensionAge: boolean;
  explanation: Step[];
}

const schema = /* @__PURE__ */ (() => obj({ birthDate: date(), asOf: date(), grantedOn: z.optional(date()) }))();

/** What callers pass to {@link escortAgeRule}. */
export interface EscortAgeInput {
  /** The citizen's birth date (`"YYYY-MM-DD"` or a `Date`). */
  birthDate: DateInput;
  /** The day to judge the age on. */
  asOf: DateInput;
  /** The day the escort scheme was granted (a grant before the age limit is kept). */
  grantedOn?: DateInput;
}

/**
 * The age rules of the § 97 escort scheme: «15 timers ledsagelse om måneden til personer under
 * folkepensionsalderen, jf. § 1 a i lov om social pension, dog således at aldersgrænsen ikke kan
 * blive mindre end 67 år» (SEL § 97, stk. 1, as quoted in Albertslund 2018), from 18 years; and
 * «Borgere, der er visiteret til ledsagelse inden folkepensionsalderen, bevarer denne ret efter
 * overgang til folkepension» (Albertslund 2018, § 97; Holbæk 2024, Ledsageordning § 97, pkt. 1).
 *
 * @example
 * escortAgeRule({ birthDate: "1957-05-01", asOf: "2026-11-24", grantedOn: "2020-01-15" })
 * //=> { eligible: true, keptAfterPensionAge: true, ageLimitDate: "2024-05-01", … }
 */
export function escortAgeRule(input: EscortAgeInput): EscortAgeResult {
  const p = parseInput(schema, input);
  const born = toIsoDate(p.birthDate);
  const asOf = toIsoDate(p.asOf);
  const adult = plusMonths(born, 18 * 12);
  const source = "SEL § 97, stk. 1; lov om social pension § 1 a";
  if (born > LAST_LEGISLATED_BIRTH_DATE) {
    // The pension age for these cohorts is not legislated yet, but it is at least 70 (§ 1 a:
    // 70 år from the 1971 cohort; later regulations only raise it).
    const seventy = plusMonths(born, 70 * 12);
    if (asOf >= seventy) statePensionAge({ birthDate: born }); // throws: not legislated yet
    const eligible = asOf >= adult;
    const explained = eligible ? step("escort.age.not-legislated", { born, seventy, asOf }, source) : step("escort.age.minor", { adult }, source);
    return { eligible, ageLimitDate: null, keptAfterPensionAge: false, explanation: [explained] };
  }
  const pension = statePensionAge({ birthDate: born });
  const limitYears = Math.max(pension.age, 67);
  const limit = plusMonths(born, limitYears * 12);
  const granted = p.grantedOn === undefined ? undefined : toIsoDate(p.grantedOn);
  const at = { pensionAge: pension.age, limit, asOf };
  let eligible: boolean;
  let kept = false;
  let explained: Step;
  if (asOf < adult) {
    eligible = false;
    explained = step("escort.age.minor", { adult }, source);
  } else if (asOf < limit) {
    eligible = true;
    explained = step("escort.age.under", at, source);
  } else if (granted !== undefined && granted < limit) {
    eligible = true;
    kept = true;
    explained = step("escort.age.kept", { ...at, granted }, source);
  } else {
    eligible = false;
    explained = granted === undefined ? step("escort.age.reached", at, source) : step("escort.age.reached.granted-after", { ...at, granted }, source);
  }
  return { eligible, ageLimitDate: limit, keptAfterPensionAge: kept, explanation: [explained] };
}

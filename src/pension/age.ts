import { PENSION_ISSUES } from "./messages.js";
import { type Step } from "../core/explain.js";
import { step } from "./words.js";
import { InputError, issue } from "../core/errors.js";
import { plusMonths } from "../core/calendar.js";
import { toIsoDate, type DateInput } from "../core/period.js";
import { date, obj, parseInput } from "../core/validate.js";

/** One band of lov om social pension § 1 a: born from … until … → folkepensionsalder in months. */
interface Band {
  from: string;
  until: string;
  months: number;
}

/**
 * Folkepensionsalder by birth date (lov om social pension § 1, a, as regulated: 68 år for born
 * 1963–1966, 69 år for born 1967–1970, 70 år for born 1 Jan 1971 or later — the 2025 regulation,
 * Arbejdsmarkedets Erhvervssikring, "Forhøjet pensionsalder"). The age for people born from
 * 1 Jan 1975 is set by the regulation due in 2030 (§ 1 a, stk. 2–3: every 5 years, with effect
 * 15 years later), so it is not legislated yet.
 */
const BANDS: readonly Band[] = [
  { from: "0000-01-01", until: "1953-12-31", months: 65 * 12 },
  { from: "1954-01-01", until: "1954-06-30", months: 65 * 12 + 6 },
  { from: "1954-07-01", until: "1954-12-31", months: 66 * 12 },
  { from: "1955-01-01", until: "1955-06-30", months: 66 * 12 + 6 },
  { from: "1955-07-01", until: "1962-12-31", months: 67 * 12 },
  { from: "1963-01-01", until: "1966-12-31", months: 68 * 12 },
  { from: "1967-01-01", until: "1970-12-31", months: 69 * 12 },
  { from: "1971-01-01", until: "1974-12-31", months: 70 * 12 },
];

/** The last birth date whose folkepensionsalder is legislated. */
export const LAST_LEGISLATED_BIRTH_DATE = "1974-12-31";

const SOURCE =
  "Lov om social pension § 1 a; forhøjelsen til 70 år for personer født 1. januar 1971 eller senere (Arbejdsmarkedets Erhvervssikring, \"Forhøjet pensionsalder\", aes.dk)";

/** Result of {@link statePensionAge}. */
export interface StatePensionAgeResult {
  /** Folkepensionsalder in years (65.5 for 65½). */
  age: number;
  /** The date it is reached: the birth date plus the age (a 29 February birthday falls on 28 February). */
  date: string;
  explanation: Step[];
}

const schema = /* @__PURE__ */ (() => obj({ birthDate: date() }))();

/** What callers pass to {@link statePensionAge}. */
export interface StatePensionAgeInput {
  /** The birth date (`"YYYY-MM-DD"` or a `Date`), at the latest 31 Dec 1974 (later cohorts are not legislated yet). */
  birthDate: DateInput;
}

/**
 * The folkepensionsalder for a birth date and the date it is reached (lov om social pension
 * § 1 a). Born after the last legislated cohort (from 1 Jan 1975) → InputError: that age is set
 * by a later regulation.
 *
 * @example
 * statePensionAge({ birthDate: "1954-03-10" }) //=> { age: 65.5, date: "2019-09-10", … }
 * statePensionAge({ birthDate: "1968-05-31" }).age //=> 69
 */
export function statePensionAge(input: StatePensionAgeInput): StatePensionAgeResult {
  const p = parseInput(schema, input);
  const born = toIsoDate(p.birthDate);
  // The bands are sorted and contiguous from year 0, so the first band not ended before the birth
  // date is the one that holds it.
  const band = BANDS.find((b) => born <= b.until);
  if (!band) {
    throw new InputError([
      issue("birthDate", PENSION_ISSUES.notLegislated, { born, last: LAST_LEGISLATED_BIRTH_DATE }),
    ]);
  }
  const age = band.months / 12;
  const reached = plusMonths(born, band.months);
  return {
    age,
    date: reached,
    explanation: [step("pension.age", { born, age, reached }, SOURCE)],
  };
}

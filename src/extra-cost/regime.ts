import { fail } from "../core/errors.js";
import { formatDateDa } from "../core/period.js";
import { KOMPENSATION_FROM, MERUDGIFT_LAST_DAY } from "./rates.js";

/** The two § 100 regimes. */
export type Regime = "merudgift" | "kompensation";

/**
 * The regime for a date: the caller's choice when allowed, otherwise by date — before
 * 1 Sep 2025 merudgiftsydelse, from then kompensationsydelse. Existing merudgiftsydelse may
 * be computed until it is reassessed, at the latest until 31 Aug 2027 (Allerød Kommune, "Kompensationsydelse", alleroed.dk).
 *
 * @example
 * regimeFor("2024-03-01") //=> "merudgift"
 * regimeFor("2025-10-01") //=> "kompensation"
 */
export function regimeFor(date: string, asked?: Regime): Regime {
  if (asked === "kompensation" && date < KOMPENSATION_FROM) {
    fail("regime", `"kompensation" is only in force from ${formatDateDa(KOMPENSATION_FROM)} (date is ${date}); use "merudgift"`);
  }
  if (asked === "merudgift" && date > MERUDGIFT_LAST_DAY) {
    fail("regime", `"merudgift" ended on ${formatDateDa(MERUDGIFT_LAST_DAY)} at the latest (transition to kompensationsydelse); date is ${date}, use "kompensation"`);
  }
  if (asked !== undefined) return asked;
  return date < KOMPENSATION_FROM ? "merudgift" : "kompensation";
}

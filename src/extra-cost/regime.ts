import { KOMPENSATION_FROM } from "./rates.js";

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
  // Whether the date allows the asked regime is checked by the input schema (crossField).
  if (asked !== undefined) return asked;
  return date < KOMPENSATION_FROM ? "merudgift" : "kompensation";
}

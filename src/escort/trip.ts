import { type Step } from "../core/explain.js";
import { step } from "./words.js";
import { parseInput } from "../core/validate.js";
import { fromCenti, toCenti } from "./hours.js";
import { escortTripInputSchema, type EscortTripInput } from "./schema.js";

/** Result of {@link escortTripHours}. */
export interface EscortTripResult {
  /** Hours drawn from the citizen's escort hours for the trip: all the escort's paid hours. */
  countedHours: number;
  /** Escorting + travel + return alone + waiting + overnight, as listed (for the record; the count is the paid hours). */
  eligibleHours: number;
  /** Travel between tasks, as listed: never escorting; it should not be in the paid hours. */
  excludedHours: number;
  /** True when the listed parts add up to more than the paid hours (only the paid hours are counted). */
  limitedByPaidHours: boolean;
  explanation: Step[];
}

/**
 * Escort hours used on a trip outside the local area: «Ved ledsagelse uden for lokalområdet skal
 * alle ledsagerens lønnede timer medregnes som ledsagelse» (Albertslund 2018, § 97; BEK nr. 235
 * af 09/03/2012 § 6, stk. 4–5) — the counted hours are the escort's paid hours, whatever the
 * listed parts (escorting, travel, return travel alone, waiting, overnight) add up to. The
 * listed parts are shown for the record; the escort's travel between tasks is not escorting.
 *
 * Input: `escortingHours` and `paidHours` (required), `travelHours`, `returnAloneHours`,
 * `waitingHours`, `overnightHours`, `betweenTasksHours` (optional, default 0).
 *
 * @example
 * escortTripHours({ escortingHours: 6, travelHours: 2, paidHours: 10 }).countedHours //=> 10
 */
export function escortTripHours(input: EscortTripInput): EscortTripResult {
  const p = parseInput(escortTripInputSchema, input);
  const parts = [p.escortingHours, p.travelHours ?? 0, p.returnAloneHours ?? 0, p.waitingHours ?? 0, p.overnightHours ?? 0].map(toCenti);
  const eligible = parts.reduce((s, x) => s + x, 0);
  const paid = toCenti(p.paidHours);
  const counted = paid;
  const excluded = toCenti(p.betweenTasksHours ?? 0);
  const source = "BEK nr. 235 af 09/03/2012 § 6, stk. 4–5";
  const explanation = [
    step("escort.trip", { paid: fromCenti(paid), eligible: fromCenti(eligible), limited: eligible > paid }, source),
  ];
  if (excluded > 0) explanation.push(step("escort.trip.between-tasks", { excluded: fromCenti(excluded) }, source));
  return { countedHours: fromCenti(counted), eligibleHours: fromCenti(eligible), excludedHours: fromCenti(excluded), limitedByPaidHours: eligible > paid, explanation };
}

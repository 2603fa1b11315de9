import { step, type Step } from "../core/explain.js";
import { parseInput } from "../core/validate.js";
import { fromCenti, hoursDa, toCenti } from "./hours.js";
import { escortTripInputSchema, type EscortTripInput } from "./schema.js";

/** Result of {@link escortTripHours}. */
export interface EscortTripResult {
  /** Hours drawn from the citizen's escort hours for the trip. */
  countedHours: number;
  /** Escorting + travel + return alone + waiting + overnight, before the paid-hours limit. */
  eligibleHours: number;
  /** Travel between tasks: never counted. */
  excludedHours: number;
  /** True when the paid hours limited the count. */
  limitedByPaidHours: boolean;
  explanation: Step[];
}

/**
 * Escort hours used on a trip outside the local area (BEK nr. 235 af 09/03/2012 § 6, stk. 4–5;
 * seed 001, Albertslund 2018): all the escort's paid hours count — escorting, travel, return
 * travel alone, waiting and overnight — but never more than the hours the escort is paid for;
 * the escort's travel between tasks does not count.
 *
 * Input: `escortingHours` and `paidHours` (required), `travelHours`, `returnAloneHours`,
 * `waitingHours`, `overnightHours`, `betweenTasksHours` (optional, default 0).
 *
 * @example
 * escortTripHours({ escortingHours: 6, travelHours: 4, returnAloneHours: 2, waitingHours: 3, overnightHours: 8, paidHours: 20 }).countedHours //=> 20
 */
export function escortTripHours(input: EscortTripInput): EscortTripResult {
  const p = parseInput(escortTripInputSchema, input);
  const parts = [p.escortingHours, p.travelHours ?? 0, p.returnAloneHours ?? 0, p.waitingHours ?? 0, p.overnightHours ?? 0].map(toCenti);
  const eligible = parts.reduce((s, x) => s + x, 0);
  const paid = toCenti(p.paidHours);
  const counted = Math.min(eligible, paid);
  const excluded = toCenti(p.betweenTasksHours ?? 0);
  const source = "BEK nr. 235 af 09/03/2012 § 6, stk. 4–5; seed 001 (Albertslund 2018, § 97 Ledsageordning)";
  const explanation = [
    step(
      "escort.trip",
      `Ledsagelse, rejsetid, hjemrejse alene, ventetid og overnatning udgør ${hoursDa(eligible)}; ledsagerens lønnede timer er ${hoursDa(paid)}. Der fratrækkes ${hoursDa(counted)} af borgerens ledsagetimer${eligible > paid ? " (højst de lønnede timer)" : ""}.`,
      source,
    ),
  ];
  if (excluded > 0) explanation.push(step("escort.trip.between-tasks", `Ledsagerens transport mellem opgaver (${hoursDa(excluded)}) medregnes ikke.`, source));
  return { countedHours: fromCenti(counted), eligibleHours: fromCenti(eligible), excludedHours: fromCenti(excluded), limitedByPaidHours: eligible > paid, explanation };
}

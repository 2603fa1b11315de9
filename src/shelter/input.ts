import type { PresetName } from "../service-levels/index.js";
import type { RateRowInput } from "../core/rates.js";
import type { MoneyInput } from "../core/money.js";
import type { DateInput } from "../core/period.js";

/**
 * What callers pass to `shelterFee`: a stay at a crisis centre (§ 109) or a shelter/hostel
 * (§ 110) — give `departure`, or `asOf` for a stay still going on.
 *
 * @example
 * const input: ShelterFeeInput = { section: "109", arrival: "2024-03-01T14:00", departure: "2024-03-03T13:00" };
 */
export interface ShelterFeeInput {
  /** `"109"` (crisis centre) or `"110"` (shelter/hostel). */
  section: "109" | "110";
  /** Arrival: local Danish time `"YYYY-MM-DDTHH:mm"` or a `Date`. */
  arrival: string | Date;
  /** Departure: local Danish time or a `Date`. */
  departure?: string | Date | undefined;
  /** For a stay still going on: the time to count up to. */
  asOf?: string | Date | undefined;
  /** `false` when the resident has no income (then nothing is paid). Default `true`. */
  income?: boolean | undefined;
  /** `true` when the resident pays rent for an own home during the stay. */
  ownHomeRent?: boolean | undefined;
  /** A reduction the municipality grants: `{ fraction }` (share 0–1 of the rate waived) or `{ perDay }` (kroner waived per døgn). */
  reduction?: { fraction: number } | { perDay: MoneyInput } | undefined;
  /** How døgn are counted: `"started-24h"` (default: each started 24 hours), `"calendar-days"` or `"nights"`. */
  counting?: "started-24h" | "calendar-days" | "nights" | undefined;
  /** Rate rows (kr. per døgn) for this call, before the shipped table. */
  rates?: RateRowInput<MoneyInput>[] | undefined;
  /** Food chosen, kroner per døgn (paid to the shelter, not part of the lodging payment). */
  dailyFood?: MoneyInput | undefined;
  /** Laundry chosen, kroner per døgn. */
  dailyLaundry?: MoneyInput | undefined;
  /** A municipality's service level, e.g. `"albertslund-2018"` (own home exempts from lodging). */
  preset?: PresetName | undefined;
}

/**
 * What callers pass to `shelterChildPsychology`.
 *
 * @example
 * const input: ShelterPsychologyInput = { hours: 6, hourlyPrice: 1250, preset: "holbaek-2024" };
 */
export interface ShelterPsychologyInput {
  /** Hours with an authorised psychologist, 0–10. */
  hours: number;
  /** The psychologist's price per hour, in kroner. */
  hourlyPrice: MoneyInput;
  /** The municipality's price cap per hour, in kroner (a preset's cap when left out). */
  priceCap?: MoneyInput | undefined;
  /** `"child"` (default) or `"adult"`. */
  person?: "child" | "adult" | undefined;
  /** A municipality's service level, e.g. `"holbaek-2024"` (1.100 kr. cap, 4-hour assessment). */
  preset?: PresetName | undefined;
  /** The day of the treatment (`"YYYY-MM-DD"` or a `Date`): required when the service level gives its cap for a period only. */
  date?: DateInput | undefined;
}

import type { RateTable } from "../core/rates.js";

/** A wage basis: the hourly wage and the fractions that are paid on top of it. */
export interface WageBasis {
  /** Hourly wage, kroner. */
  hourly: string;
  /** Time supplements as fractions of the hourly wage. `holiday` undefined = no sourced figure. */
  supplements: { evening: number; night: number; saturday: number; sunday: number; holiday?: number };
  /** On-call (rådighed) hours are paid at this fraction of the hourly wage, with no time supplements. */
  onCallFraction: number;
  /** Employer pension as a fraction of pay. */
  pensionRate: number;
  /** Holiday pay (feriegodtgørelse) as a fraction of pay. */
  holidayPayRate: number;
}

const AARHUS_SOURCE = 'Aarhus Kommune, bpa.aarhus.dk "Det tjener du som handicaphjælper"';
const NATIONAL = "ferieloven (feriegodtgørelse 12,5 %); BPA-handicaphjælper-overenskomsten, dho.dk (pension 13 % efter 5 måneders anciennitet)";

function aarhus(hourly: string): WageBasis {
  return {
    hourly,
    // Aarhus practice (not confirmed as national): evening 30 %, night 35 %, Saturday 30 %, Sunday 50 %; no holiday figure found.
    supplements: { evening: 0.3, night: 0.35, saturday: 0.3, sunday: 0.5 },
    onCallFraction: 0.75,
    pensionRate: 0.13,
    holidayPayRate: 0.125,
  };
}

/**
 * Aarhus BPA wage rows per løntrin (11 / 12 / 13), dated. The page's 1 Oct 2020 løntrin 13
 * figure is printed 136,60 but its own derived figures imply 137,60, which is used (FACTS.md).
 * The last row runs to 31 Mar 2022 (the next half-yearly regulation); after that the wage was
 * not found and must be passed as `wage.hourly`.
  *
 * @example
 * AARHUS_WAGES.lt11.at(-1)?.value.hourly //=> "135.60" (1 Oct 2021)
 */
export const AARHUS_WAGES: Record<"lt11" | "lt12" | "lt13", RateTable<WageBasis>> = {
  lt11: [
    { from: "2020-10-01", until: "2021-03-31", value: aarhus("132.96"), source: `${AARHUS_SOURCE}, 1 Oct 2020, løntrin 11; ${NATIONAL}` },
    { from: "2021-04-01", until: "2021-09-30", value: aarhus("134.29"), source: `${AARHUS_SOURCE}, 1 Apr 2021, løntrin 11; ${NATIONAL}` },
    { from: "2021-10-01", until: "2022-03-31", value: aarhus("135.60"), source: `${AARHUS_SOURCE}, 1 Oct 2021, løntrin 11; ${NATIONAL}` },
  ],
  lt12: [
    { from: "2020-10-01", until: "2021-03-31", value: aarhus("135.24"), source: `${AARHUS_SOURCE}, 1 Oct 2020, løntrin 12; ${NATIONAL}` },
    { from: "2021-04-01", until: "2021-09-30", value: aarhus("136.59"), source: `${AARHUS_SOURCE}, 1 Apr 2021, løntrin 12; ${NATIONAL}` },
    { from: "2021-10-01", until: "2022-03-31", value: aarhus("137.93"), source: `${AARHUS_SOURCE}, 1 Oct 2021, løntrin 12; ${NATIONAL}` },
  ],
  lt13: [
    { from: "2020-10-01", until: "2021-03-31", value: aarhus("137.60"), source: `${AARHUS_SOURCE}, 1 Oct 2020, løntrin 13 (printed 136,60; 137,60 implied by the page's own figures); ${NATIONAL}` },
    { from: "2021-04-01", until: "2021-09-30", value: aarhus("138.97"), source: `${AARHUS_SOURCE}, 1 Apr 2021, løntrin 13; ${NATIONAL}` },
    { from: "2021-10-01", until: "2022-03-31", value: aarhus("140.33"), source: `${AARHUS_SOURCE}, 1 Oct 2021, løntrin 13; ${NATIONAL}` },
  ],
};

/** Wage presets: `aarhus-ltNN` picks the row in force on `date`; `aarhus-YYYY-MM-ltNN` a fixed row.
 *
 * @example
 * bpaGrant({ …, preset: WAGE_PRESETS[0] }) // "aarhus-lt11"
 */
export const WAGE_PRESETS = [
  "aarhus-lt11",
  "aarhus-lt12",
  "aarhus-lt13",
  "aarhus-2020-10-lt11",
  "aarhus-2020-10-lt12",
  "aarhus-2020-10-lt13",
  "aarhus-2021-04-lt11",
  "aarhus-2021-04-lt12",
  "aarhus-2021-04-lt13",
  "aarhus-2021-10-lt11",
  "aarhus-2021-10-lt12",
  "aarhus-2021-10-lt13",
] as const;
export type WagePreset = (typeof WAGE_PRESETS)[number];

/** § 95, stk. 2: the cash grant needs help for more than 20 hours a week.
 *
 * @example
 * SECTION_95_MIN_WEEKLY_HOURS //=> 20
 */
export const SECTION_95_MIN_WEEKLY_HOURS = 20;
/** § 95, stk. 3 (from 1 Jan 2018): close relatives together at most 48 hours a week (seed 001; dukh.dk).
 *
 * @example
 * RELATIVE_MAX_WEEKLY_HOURS //=> 48
 */
export const RELATIVE_MAX_WEEKLY_HOURS = 48;

import { yearRow, type RateTable } from "../core/rates.js";

/**
 * Own payment per døgn at a § 109 crisis centre (BEK nr. 1244 af 13/11/2017 § 2, regulated
 * yearly). Years not found (2019, 2020, 2022, 2025, 2026) have no row.
  *
 * @example
 * SHELTER_109_RATES.at(-1)?.value //=> "97.30" (2024)
 */
export const SHELTER_109_RATES: RateTable<string> = [
  yearRow(2018, "84.00", "BEK nr. 1244 af 13/11/2017 § 2; seed 001 (Albertslund 2018, § 109 Kvindekrisecentre, Betaling)"),
  yearRow(2021, "89.00", "sm.dk \"satser 2021 voksne\" (rounded to whole kroner)"),
  yearRow(2023, "93.38", "sm.dk \"satser 2023 voksne\""),
  yearRow(2024, "97.30", "seed 004 (Holbæk 2024, Midlertidigt ophold på krisecenter § 109, pkt. 5)"),
];

/**
 * Own payment per døgn at a § 110 shelter (forsorgshjem/herberg) (BEK nr. 1244 af 13/11/2017
 * § 2). Years not found (2022, 2025, 2026) have no row.
  *
 * @example
 * SHELTER_110_RATES.at(-1)?.value //=> "100.77" (2024)
 */
export const SHELTER_110_RATES: RateTable<string> = [
  yearRow(2018, "87.00", "BEK nr. 1244 af 13/11/2017 § 2; seed 001 (Albertslund 2018, § 110 Forsorgshjem, Betaling)"),
  yearRow(2019, "89.00", "Center Bøgely (a § 110 provider's page), FACTS.md"),
  yearRow(2020, "91.00", "Saxenhøj (a § 110 provider's page), FACTS.md"),
  yearRow(2021, "93.00", "sm.dk \"satser 2021 voksne\" (rounded to whole kroner)"),
  yearRow(2023, "96.71", "sm.dk \"satser 2023 voksne\""),
  yearRow(2024, "100.77", "seed 004 (Holbæk 2024, Midlertidigt ophold på forsorgshjem eller herberg § 110, pkt. 5)"),
];

/** Holbæk's cap on the psychologist's hourly price (seed 004, 2023 price level).
 *
 * @example
 * HOLBAEK_PSYCHOLOGIST_PRICE_CAP.value //=> "1100.00"
 */
export const HOLBAEK_PSYCHOLOGIST_PRICE_CAP = {
  value: "1100.00",
  source: "seed 004 (Holbæk 2024, Krisecenter § 109: højst 1.100 kr. pr. time, 2023)",
} as const;

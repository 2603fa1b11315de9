import { yearRow, type RateTable } from "../core/rates.js";

/** § 97 defaults from the seeds: 15 hours a month, saving within 6 months, at most 90 hours available.
 *
 * @example
 * ESCORT_DEFAULTS.cap //=> 90
 */
export const ESCORT_DEFAULTS = {
  monthlyHours: 15,
  windowMonths: 6,
  cap: 90,
  order: "newest-first",
  source: "SEL § 97, stk. 1; BEK nr. 235 af 09/03/2012 § 6; seed 001 (Albertslund 2018, § 97 Ledsageordning, Omfang); seed 004 (Holbæk 2024, Ledsageordning § 97, pkt. 3 og 5)",
} as const;

/**
 * Yearly maximum of the supplement for the escort's own expenses (BEK nr. 235 af 09/03/2012
 * § 9), kr. per year. 2019, 2025 and 2026 were not found (FACTS.md).
  *
 * @example
 * ESCORT_EXPENSE_MAX.at(-1)?.value //=> 1005 (2024)
 */
export const ESCORT_EXPENSE_MAX: RateTable<number> = [
  yearRow(2012, 797, "BEK nr. 235 af 09/03/2012 § 9 (2012-niveau)"),
  yearRow(2018, 883, "BEK nr. 235/2012 § 9; seed 001 (Albertslund 2018, § 97: 883 kr.)"),
  yearRow(2020, 919, "BEK nr. 235/2012 § 9, 2020-niveau (FACTS.md)"),
  yearRow(2021, 937, "BEK nr. 235/2012 § 9, 2021-niveau (FACTS.md)"),
  yearRow(2022, 948, "BEK nr. 235/2012 § 9, 2022-niveau (FACTS.md)"),
  yearRow(2023, 974, "BEK nr. 235/2012 § 9, 2023-niveau (FACTS.md)"),
  yearRow(2024, 1005, "BEK nr. 235/2012 § 9; seed 004 (Holbæk 2024, Ledsageordning: 1.005 kr.)"),
];

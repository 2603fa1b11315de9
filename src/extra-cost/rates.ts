import { yearRow, type RateTable } from "../core/rates.js";

/**
 * One year's rate level of the § 100 band system (merudgiftsydelse, from 1 Jan 2018),
 * whole kroner. Band 1 runs from the monthly threshold (yearly / 12) to `band1To`, band 2
 * from `band1To + 1` to `band2To`; above `band2To` documented costs are paid as they are.
 */
export interface MerudgiftLevel {
  /** Minimum probable costs per year (the monthly threshold is this / 12). */
  yearlyThreshold: number;
  /** Upper limit (inclusive) of band 1, kr. per month. */
  band1To: number;
  /** Standard amount paid in band 1, kr. per month. */
  band1Amount: number;
  /** Upper limit (inclusive) of band 2, kr. per month. */
  band2To: number;
  /** Standard amount paid in band 2 (and above it when not all costs are documented), kr. per month. */
  band2Amount: number;
}

/**
 * One rate level of kompensationsydelse (§ 100 as amended by L 201, 2024-25, in force
 * 1 Sep 2025), whole kroner.
 */
export interface KompensationLevel {
  /** Group 1: minimum probable costs per year (inclusive, "mindst"). */
  group1YearlyThreshold: number;
  /** Group 1: standard amount per month. */
  group1Amount: number;
  /** Group 2: documented listed costs must be OVER this per year. */
  group2YearlyLimit: number;
  /** Group 2: standard amount per month paid on top of the documented listed costs. */
  group2Amount: number;
}

/**
 * § 100 band levels, one row per year with complete published figures (FACTS.md).
 * Missing years (2019: bands not found; 2022; 2025–) have no row, so a lookup fails
 * clearly instead of guessing. Amounts are regulated each 1 January by the
 * satsreguleringsprocent and rounded to whole kroner (bek. nr. 931 af 19/06/2020 § 12).
  *
 * @example
 * MERUDGIFT_LEVELS.find((r) => r.from === "2024-01-01")?.value.band2Amount //=> 2277
 */
export const MERUDGIFT_LEVELS: RateTable<MerudgiftLevel> = [
  yearRow(
    2018,
    { yearlyThreshold: 6408, band1To: 1500, band1Amount: 1000, band2To: 2500, band2Amount: 2000 },
    "SEL § 100, stk. 2–3; BEK nr. 1248 af 13/11/2017; seed 001 (Albertslund 2018, § 100 Merudgifter, Udmåling af ydelsen)",
  ),
  yearRow(
    2020,
    { yearlyThreshold: 6672, band1To: 1561, band1Amount: 1040, band2To: 2601, band2Amount: 2081 },
    "SEL § 100, stk. 2–3; BEK nr. 931 af 19/06/2020; 2020-niveau as published by vordingborg.dk and diabetes.dk (FACTS.md)",
  ),
  yearRow(
    2021,
    { yearlyThreshold: 6804, band1To: 1592, band1Amount: 1061, band2To: 2653, band2Amount: 2123 },
    "SEL § 100, stk. 2–3; BEK nr. 931 af 19/06/2020; sm.dk \"satser 2021 voksne\"; Folketinget SOU spm. 165 (2022-23)",
  ),
  yearRow(
    2023,
    { yearlyThreshold: 7068, band1To: 1654, band1Amount: 1103, band2To: 2757, band2Amount: 2206 },
    "SEL § 100, stk. 2–3; BEK nr. 931 af 19/06/2020; sm.dk \"satser 2023 voksne\"; Folketinget SOU spm. 36 and 165 (2022-23)",
  ),
  // The official 2024 page prints band 2 as "fra 1.707 kr. til 2.846 kr."; band 1 explicitly
  // ends at 1.707, so band 2 is read as starting at 1.708 (FACTS.md).
  yearRow(
    2024,
    { yearlyThreshold: 7296, band1To: 1707, band1Amount: 1138, band2To: 2846, band2Amount: 2277 },
    "SEL § 100, stk. 2–3; BEK nr. 931 af 19/06/2020; seed 004 (Holbæk 2024, Merudgifter § 100, pkt. 2); sm.dk \"satser 2024 voksne\"",
  ),
];

/**
 * Kompensationsydelse rate levels. Only 2025-niveau is published (L 201, Folketingsåret
 * 2024-25, § 1 nr. 4, new § 100, stk. 2; BEK nr. 1070 af 27/08/2025); 2026-niveau was not
 * found, so a 2026 date fails clearly and the caller can pass the row.
  *
 * @example
 * KOMPENSATION_LEVELS[0]?.value.group1Amount //=> 1105
 */
export const KOMPENSATION_LEVELS: RateTable<KompensationLevel> = [
  {
    from: "2025-09-01",
    until: "2025-12-31",
    value: { group1YearlyThreshold: 6660, group1Amount: 1105, group2YearlyLimit: 24000, group2Amount: 500 },
    source:
      "SEL § 100, stk. 2, as amended by L 201 (2024-25), 2025-niveau (ft.dk SOU Alm.del Bilag 144, lovforslag § 1, nr. 4); BEK nr. 1070 af 27/08/2025",
  },
];

/**
 * Yearly cap on the citizen's own payment for subsidised medicine (egenbetalingsloft,
 * sundhedsloven); at most this enters the yearly § 100 calculation (seed 004, Medicin).
 * 2021 and 2025 were not found.
  *
 * @example
 * MEDICINE_CAPS.find((r) => r.from === "2024-01-01")?.value //=> 4575
 */
export const MEDICINE_CAPS: RateTable<number> = [
  yearRow(2018, 4030, "egenbetalingsloft 2018 (pharmacy and patient-association pages, FACTS.md)"),
  yearRow(2019, 4110, "egenbetalingsloft 2019 (FACTS.md)"),
  yearRow(2020, 4190, "egenbetalingsloft 2020 (FACTS.md)"),
  yearRow(2022, 4320, "egenbetalingsloft 2022 (FACTS.md)"),
  yearRow(2023, 4435, "egenbetalingsloft 2023 (FACTS.md)"),
  yearRow(2024, 4575, "seed 004 (Holbæk 2024, Merudgifter § 100, Medicin: 4.575 kr. i 2024)"),
  yearRow(2026, 4850, "egenbetalingsloft 2026 (lunge.dk, FACTS.md)"),
];

/** First date of kompensationsydelse (L 201, 2024-25). */
export const KOMPENSATION_FROM = "2025-09-01";
/** Existing merudgiftsydelse runs until reassessed, at the latest until this date (alleroed.dk). */
export const MERUDGIFT_LAST_DAY = "2027-08-31";


import { deepFreeze } from "../core/freeze.js";
import { ministryRatesPage } from "../core/sources.js";
import type { RateTable, TableSpec } from "../core/rates.js";
import kompensationData from "./rates/kompensation-levels.json";
import medicineData from "./rates/medicine-caps.json";
import merudgiftData from "./rates/merudgift-levels.json";

/**
 * One year's rate level of the § 100 band system (merudgiftsydelse, from 1 Jan 2018), whole
 * kroner as decimal text. Band 1 runs from the monthly threshold (yearly / 12) to `band1To`,
 * band 2 from `band1To + 1` to `band2To`; above `band2To` documented costs are paid as they are.
 */
export interface MerudgiftLevel {
  /** Minimum probable costs per year (the monthly threshold is this / 12), e.g. `"7296"`. */
  readonly yearlyThreshold: string;
  /** Upper limit (inclusive) of band 1, kr. per month, e.g. `"1707"`. */
  readonly band1To: string;
  /** Standard amount paid in band 1, kr. per month, e.g. `"1138"`. */
  readonly band1Amount: string;
  /** Upper limit (inclusive) of band 2, kr. per month, e.g. `"2846"`. */
  readonly band2To: string;
  /** Standard amount paid in band 2 (and above it when not all costs are documented), kr. per month. */
  readonly band2Amount: string;
}

/**
 * One rate level of kompensationsydelse (§ 100 as amended by L 201, 2024-25, in force
 * 1 Sep 2025), whole kroner as decimal text.
 */
export interface KompensationLevel {
  /** Group 1: minimum probable costs per year (inclusive, "mindst"), e.g. `"6660"`. */
  readonly group1YearlyThreshold: string;
  /** Group 1: standard amount per month, e.g. `"1105"`. */
  readonly group1Amount: string;
  /** Group 2: documented listed costs must be OVER this per year, e.g. `"24000"`. */
  readonly group2YearlyLimit: string;
  /** Group 2: standard amount per month paid on top of the documented listed costs, e.g. `"500"`. */
  readonly group2Amount: string;
}

/**
 * § 100 band levels, one row per year with complete published figures, from
 * `src/extra-cost/rates/merudgift-levels.json`. Years whose figures were not found (2019
 * bands, 2022, 2025–) have no row, so a lookup fails clearly instead of guessing. Amounts are
 * regulated each 1 January by the satsreguleringsprocent and rounded to whole kroner (bek.
 * nr. 931 af 19/06/2020 § 12). Frozen.
 *
 * @example
 * MERUDGIFT_LEVELS.find((r) => r.from === "2024-01-01")?.value.band2Amount //=> "2277"
 */
export const MERUDGIFT_LEVELS: RateTable<MerudgiftLevel> = /* @__PURE__ */ (() => deepFreeze(merudgiftData.rows))();

/**
 * Kompensationsydelse rate levels, from `src/extra-cost/rates/kompensation-levels.json`.
 * Only 2025-niveau is published (L 201, 2024-25; BEK nr. 1070 af 27/08/2025); 2026-niveau was
 * not found, so a 2026 date fails clearly and the caller adds the row with `withRates`. Frozen.
 *
 * @example
 * KOMPENSATION_LEVELS[0]?.value.group1Amount //=> "1105"
 */
export const KOMPENSATION_LEVELS: RateTable<KompensationLevel> = /* @__PURE__ */ (() => deepFreeze(kompensationData.rows))();

/**
 * Yearly cap on the citizen's own payment for subsidised medicine (egenbetalingsloft,
 * sundhedsloven § 146); at most this enters the yearly § 100 calculation (Holbæk 2024,
 * Merudgifter, Medicin). From `src/extra-cost/rates/medicine-caps.json`; 2021 and 2025 were
 * not found. Frozen.
 *
 * @example
 * MEDICINE_CAPS.find((r) => r.from === "2024-01-01")?.value //=> "4575"
 */
export const MEDICINE_CAPS: RateTable<string> = /* @__PURE__ */ (() => deepFreeze(medicineData.rows))();

/** The § 100 band table with what a caller needs to extend it. */
export const MERUDGIFT_TABLE: TableSpec<MerudgiftLevel> = /* @__PURE__ */ (() => deepFreeze({
  name: "MERUDGIFT_LEVELS",
  law: "SEL § 100, stk. 3 (merudgiftsydelse); BEK nr. 931 af 19/06/2020 § 12",
  label: merudgiftData.label,
  unit: merudgiftData.unit,
  fields: merudgiftData.fields,
  publishedAt: ministryRatesPage,
  rows: MERUDGIFT_LEVELS,
  perCall: "rates.merudgift",
  // Existing merudgiftsydelse runs at the latest until 31 Aug 2027 (L 201, 2024-25).
  lastYear: 2027,
  optional:
    "Kun for borgere, der efter 1. september 2025 stadig får merudgiftsydelse efter båndsystemet, indtil sagen er revurderet (senest 31. august 2027). Har kommunen ingen sådanne sager, så slet denne tabel.",
}))();

/** The kompensationsydelse table with what a caller needs to extend it. */
export const KOMPENSATION_TABLE: TableSpec<KompensationLevel> = /* @__PURE__ */ (() => deepFreeze({
  name: "KOMPENSATION_LEVELS",
  law: "SEL § 100, stk. 2 (kompensationsydelse, L 201 2024-25); BEK nr. 1070 af 27/08/2025",
  label: kompensationData.label,
  unit: kompensationData.unit,
  fields: kompensationData.fields,
  publishedAt: ministryRatesPage,
  rows: KOMPENSATION_LEVELS,
  perCall: "rates.kompensation",
}))();

/** The medicine-cap table with what a caller needs to extend it. */
export const MEDICINE_TABLE: TableSpec<string> = /* @__PURE__ */ (() => deepFreeze({
  name: "MEDICINE_CAPS",
  law: "sundhedsloven § 146 (egenbetalingsloft), as counted under SEL § 100",
  label: medicineData.label,
  unit: medicineData.unit,
  publishedAt: (year: number) => ({
    title: `Lægemiddelstyrelsen, "Beløbsgrænserne for medicintilskud gældende fra 1. januar ${year}"`,
    href: "https://laegemiddelstyrelsen.dk/da/nyheder",
  }),
  rows: MEDICINE_CAPS,
  perCall: "rates.medicineCap",
}))();

/** First date of kompensationsydelse (L 201, 2024-25). */
export const KOMPENSATION_FROM = "2025-09-01";
/** Existing merudgiftsydelse runs until reassessed, at the latest until this date (Allerød Kommune, "Kompensationsydelse"). */
export const MERUDGIFT_LAST_DAY = "2027-08-31";

import type { RateRowInput } from "../core/rates.js";
import type { DateInput } from "../core/period.js";
import type { MoneyInput } from "../core/money.js";

/**
 * A § 100 cost item; give exactly one of `monthly` / `yearly`.
 *
 * @example
 * const item: CostItem = { label: "Medicin", yearly: 6000, kind: "medicine" };
 */
export interface CostItem {
  /** What the cost is, in the caseworker's words (shown in the explanation), e.g. `"Vask"`. */
  label: string;
  /** The cost per month, in kroner (number or decimal text `"250.00"`). */
  monthly?: MoneyInput | undefined;
  /** The cost per year, in kroner. */
  yearly?: MoneyInput | undefined;
  /** `"medicine"` counts at most the year's own-payment cap (egenbetalingsloft); `"other"` (default) in full. */
  kind?: "medicine" | "other" | undefined;
}

/** A merudgiftsydelse level given by the caller (whole kroner). */
export interface MerudgiftLevelInput {
  /** The minimum per year (e.g. 7296 kr. in 2024). */
  yearlyThreshold: MoneyInput;
  /** Band 1's upper limit per month. */
  band1To: MoneyInput;
  /** Band 1's standard amount per month. */
  band1Amount: MoneyInput;
  /** Band 2's upper limit per month. */
  band2To: MoneyInput;
  /** Band 2's standard amount per month. */
  band2Amount: MoneyInput;
}

/** A kompensationsydelse level given by the caller (whole kroner). */
export interface KompensationLevelInput {
  /** Group 1's minimum of probable costs per year. */
  group1YearlyThreshold: MoneyInput;
  /** Group 1's standard amount per month. */
  group1Amount: MoneyInput;
  /** Group 2's limit of documented listed costs per year. */
  group2YearlyLimit: MoneyInput;
  /** Group 2's standard amount per month, added to the actual costs. */
  group2Amount: MoneyInput;
}

/** Rate rows for one call, used before the shipped tables (per-call override or extension). */
export interface ExtraCostRatesInput {
  /** Merudgiftsydelse levels (bands) by period. */
  merudgift?: RateRowInput<MerudgiftLevelInput>[] | undefined;
  /** Kompensationsydelse levels by period. */
  kompensation?: RateRowInput<KompensationLevelInput>[] | undefined;
  /** The medicine own-payment cap (kr. per year) by period. */
  medicineCap?: RateRowInput<MoneyInput>[] | undefined;
}

/**
 * What callers pass to `extraCostSubsidy`: the month paid for and the citizen's costs — exactly
 * one of `monthlyCosts`, `yearlyCosts` or `items`.
 *
 * @example
 * const input: ExtraCostInput = { date: "2024-03-01", monthlyCosts: 1800 };
 */
export interface ExtraCostInput {
  /** A day of the month paid for (`"YYYY-MM-DD"` or a `Date`): it picks the rule and the year's rates. */
  date: DateInput;
  /** Probable extra costs per month, in kroner. */
  monthlyCosts?: MoneyInput | undefined;
  /** Probable extra costs per year, in kroner. */
  yearlyCosts?: MoneyInput | undefined;
  /** The costs item by item (at most 200), summed to a yearly amount. */
  items?: CostItem[] | undefined;
  /** Merudgiftsydelse only: `true` when all costs are documented, so costs above band 2 are paid in full. */
  documented?: boolean | undefined;
  /** The rule: `"merudgift"` (until 31 Aug 2025) or `"kompensation"` (from 1 Sep 2025); by date when left out. */
  regime?: "merudgift" | "kompensation" | undefined;
  /** Kompensationsydelse only: documented costs per month of the kinds on the positive list (group 2), in kroner. */
  documentedListedMonthlyCosts?: MoneyInput | undefined;
  /** Kompensationsydelse only: the group the citizen chose (1 or 2); the better one when left out. */
  group?: 1 | 2 | undefined;
  /** Rate rows for this call, before the shipped tables. */
  rates?: ExtraCostRatesInput | undefined;
}

/**
 * What callers pass to `extraCostOneOff`: a one-off expense under the band system.
 *
 * @example
 * const input: ExtraCostOneOffInput = { date: "2024-05-01", oneOffAmount: 8000 };
 */
export interface ExtraCostOneOffInput {
  /** The day the expense is assessed (`"YYYY-MM-DD"` or a `Date`), at the latest 31 Aug 2025. */
  date: DateInput;
  /** The one-off expense, in kroner. */
  oneOffAmount: MoneyInput;
  /** `true` when the citizen receives (or is entitled to) a running merudgiftsydelse. */
  currentRecipient?: boolean | undefined;
  /** Running probable extra costs per month, in kroner. */
  runningMonthlyCosts?: MoneyInput | undefined;
  /** `true` when all costs are documented. */
  documented?: boolean | undefined;
  /** Only `"merudgift"`: one-off expenses are assessed under the band system. */
  regime?: "merudgift" | undefined;
  /** Rate rows for this call, before the shipped tables. */
  rates?: ExtraCostRatesInput | undefined;
}

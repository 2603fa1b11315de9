/** A municipality's BPA rules (plain data; every field can be overridden by the caller). */
export interface BpaServicePreset {
  /** Admin per measured hour when the employer role is transferred (association, company, relative). */
  adminPerMeasuredHourTransferred?: string;
  /** Admin per helper per year when the citizen is employer but an association runs payroll (a maximum, on invoice). */
  payrollPerHelperPerYear?: string;
  /** No admin fee when a close relative is employer. */
  noAdminForRelative?: boolean;
  /** Helper-related expenses: at most this per month, by section. */
  helperExpensesCap?: { "95": string; "96": string };
  /** Normal hours per week set off for attendance (bistandstillæg) and care (plejetillæg) supplements. */
  allowanceHours?: { attendance: number; care: number };
  source: string;
}

/**
 * Albertslund 2018 (seed 001, §§ 95–96): 5,45 kr. per measured hour when the employer role is
 * transferred; up to 2.030 kr. per helper per year when an association runs payroll for a
 * citizen employer; helper-related expenses at most 500 kr. (§ 95) / 1.000 kr. (§ 96) a month;
 * bistandstillæg = 4,5 and plejetillæg = 9 normal hours a week, set off.
  *
 * @example
 * BPA_PRESETS["albertslund-2018"].adminPerMeasuredHourTransferred //=> "5.45"
 */
export const BPA_PRESETS = {
  "albertslund-2018": {
    adminPerMeasuredHourTransferred: "5.45",
    payrollPerHelperPerYear: "2030.00",
    helperExpensesCap: { "95": "500.00", "96": "1000.00" },
    allowanceHours: { attendance: 4.5, care: 9 },
    source: "seed 001 (Albertslund 2018, § 96 Økonomisk tilskud til BPA: administration 5,45 kr./time, 2.030 kr./hjælper/år, hjælperudgifter 500/1.000 kr./md, bistandstillæg 4,5 og plejetillæg 9 normaltimer)",
  },
  "holbaek-2024": {
    noAdminForRelative: true,
    source: "seed 004 (Holbæk 2024, BPA § 96, pkt. 4, 6, 7: administrationsbidrag måles konkret efter KL's vejledning, intet når nærtstående er arbejdsgiver)",
  },
} as const satisfies Record<string, BpaServicePreset>;

export type BpaServicePresetName = keyof typeof BPA_PRESETS;

/** Defaults when no preset says otherwise: the only sourced figures, Albertslund 2018 (seed 001).
 *
 * @example
 * BPA_DEFAULTS.helperExpensesCap["96"] //=> "1000.00"
 */
export const BPA_DEFAULTS = {
  helperExpensesCap: BPA_PRESETS["albertslund-2018"].helperExpensesCap,
  allowanceHours: BPA_PRESETS["albertslund-2018"].allowanceHours,
  source: "seed 001 (Albertslund 2018, § 95/§ 96)",
} as const;

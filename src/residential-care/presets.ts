/** A municipality's § 107 service level: the disposable amount and approved fixed expenses. */
export interface ResidentialCarePreset {
  /** Rådighedsbeløb per month, kroner. */
  disposableAmount: string;
  /** Approved fixed expenses per month deducted before the payment. */
  approvedExpenses: { label: string; monthly: string }[];
  source: string;
}

/**
 * Municipal § 107 presets (plain data; every field can be overridden by the caller).
 * - Albertslund 2018 (seed 001, § 107 Midlertidigt botilbud, Betaling): 2.800 kr. a month
 *   left after fixed expenses.
 * - Holbæk 2024 (seed 004, Midlertidigt botilbud § 107, pkt. 5): 2.078,00 kr. a month, with
 *   approved expenses phone and internet 196 kr., contents insurance 145 kr., accident
 *   insurance 140 kr. a month.
  *
 * @example
 * RESIDENTIAL_CARE_PRESETS["holbaek-2024"].disposableAmount //=> "2078.00"
 */
export const RESIDENTIAL_CARE_PRESETS = {
  "albertslund-2018": {
    disposableAmount: "2800.00",
    approvedExpenses: [],
    source: "seed 001 (Albertslund 2018, § 107 Midlertidigt botilbud, Betaling: rådighedsbeløb 2.800 kr.)",
  },
  "holbaek-2024": {
    disposableAmount: "2078.00",
    approvedExpenses: [
      { label: "Telefon og internet", monthly: "196.00" },
      { label: "Indboforsikring", monthly: "145.00" },
      { label: "Ulykkesforsikring", monthly: "140.00" },
    ],
    source: "seed 004 (Holbæk 2024, Midlertidigt botilbud § 107, pkt. 5: rådighedsbeløb 2.078,00 kr.; godkendte udgifter 196 + 145 + 140 kr.)",
  },
} as const satisfies Record<string, ResidentialCarePreset>;

/** The preset names. */
export type ResidentialCarePresetName = keyof typeof RESIDENTIAL_CARE_PRESETS;

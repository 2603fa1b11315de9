import { BPA_PRESETS } from "../bpa/index.js";
import { RESIDENTIAL_CARE_PRESETS } from "../residential-care/index.js";
import { HOLBAEK_PSYCHOLOGIST_PRICE_CAP } from "../shelter/index.js";

/**
 * Every municipal service level (serviceniveau / kvalitetsstandard) the library ships,
 * gathered by municipality and year. Plain data, read-only; pass the preset's name to a
 * calculator (`preset: "holbaek-2024"`, `servicePreset: "albertslund-2018"`) or override any field.
 *
 * @example
 * presets.holbaek2024.residentialCare.disposableAmount //=> "2078.00"
 */
export const presets = {
  albertslund2018: {
    residentialCare: RESIDENTIAL_CARE_PRESETS["albertslund-2018"],
    bpa: BPA_PRESETS["albertslund-2018"],
  },
  holbaek2024: {
    residentialCare: RESIDENTIAL_CARE_PRESETS["holbaek-2024"],
    bpa: BPA_PRESETS["holbaek-2024"],
    shelterPsychologistPriceCap: HOLBAEK_PSYCHOLOGIST_PRICE_CAP,
  },
} as const;

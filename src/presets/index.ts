import { BPA_PRESETS } from "../bpa/index.js";
import { RESIDENTIAL_CARE_PRESETS } from "../residential-care/index.js";
import { HOLBAEK_PSYCHOLOGIST_PRICE_CAP } from "../shelter/index.js";
import { deepFreeze } from "../core/freeze.js";
import { MUNICIPAL_PRESETS } from "./registry.js";

export { MUNICIPAL_PRESETS, type MunicipalPresetName } from "./registry.js";

/**
 * Every municipal service level (serviceniveau / kvalitetsstandard) the library ships,
 * gathered by municipality and year. Plain data, frozen; pass the preset's name to a calculator
 * (`preset: "holbaek-2024"`, `servicePreset: "albertslund-2018"`) or override any field. The
 * data lives in one file per municipality (`src/presets/<municipality>-<year>.ts`).
 *
 * @example
 * presets.holbaek2024.residentialCare.disposableAmount //=> "2078.00"
 */
export const presets = /* @__PURE__ */ (() => deepFreeze({
  albertslund2018: {
    ...MUNICIPAL_PRESETS["albertslund-2018"],
    residentialCare: RESIDENTIAL_CARE_PRESETS["albertslund-2018"],
    bpa: BPA_PRESETS["albertslund-2018"],
  },
  holbaek2024: {
    ...MUNICIPAL_PRESETS["holbaek-2024"],
    residentialCare: RESIDENTIAL_CARE_PRESETS["holbaek-2024"],
    bpa: BPA_PRESETS["holbaek-2024"],
    shelterPsychologistPriceCap: HOLBAEK_PSYCHOLOGIST_PRICE_CAP,
  },
}))();

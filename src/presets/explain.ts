import { step, type Step } from "../core/explain.js";
import { MUNICIPAL_PRESETS, type MunicipalPresetName } from "./registry.js";

/**
 * The explanation line that names the municipal preset used: its municipality and year.
 *
 * @example
 * presetStep("holbaek-2024").text //=> "Serviceniveau: Holbæk Kommune (2024)."
 */
export function presetStep(name: MunicipalPresetName): Step {
  const p = MUNICIPAL_PRESETS[name];
  return step("preset.service-level", p.year === null ? { municipality: p.municipality } : { municipality: p.municipality, year: p.year }, p.document);
}

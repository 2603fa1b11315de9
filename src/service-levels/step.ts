import { type Step } from "../core/explain.js";
import { step } from "./words.js";
import { MUNICIPAL_PRESETS, type MunicipalPresetName } from "./registry.js";
import type { MunicipalPreset } from "./preset-view.js";

/**
 * The explanation line that names the municipal preset used: its municipality and year.
 *
 * @example
 * presetStep("holbaek-2024").text //=> "Serviceniveau: Holbæk Kommune (2024)."
 */
export function presetStep(name: MunicipalPresetName): Step {
  return presetStepOf(MUNICIPAL_PRESETS[name]);
}

/**
 * The explanation line that names the service level used — a shipped one or a municipality's own.
 *
 * @example
 * presetStepOf(MUNICIPAL_PRESETS["holbaek-2024"]).text //=> "Serviceniveau: Holbæk Kommune (2024)."
 */
export function presetStepOf(p: MunicipalPreset): Step {
  return step("preset.service-level", p.year === null ? { municipality: p.municipality } : { municipality: p.municipality, year: p.year }, p.document);
}

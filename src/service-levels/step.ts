import { stepOf, type Step, type StepValues } from "../core/explain.js";
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
  const values: StepValues = p.year === null ? { municipality: p.municipality } : { municipality: p.municipality, year: p.year };
  // A view is frozen and kept per document and date, so its sentence is rendered once.
  const text = TEXTS.get(p);
  if (text !== undefined) return stepOf("preset.service-level", values, text, p.document);
  const line = step("preset.service-level", values, p.document);
  if (Object.isFrozen(p)) TEXTS.set(p, line.text);
  return line;
}

/** The sentence of each view's step, rendered once. */
const TEXTS = /* @__PURE__ */ new WeakMap<MunicipalPreset, string>();

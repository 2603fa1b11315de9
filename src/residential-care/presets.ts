import type { PresetName } from "../service-levels/index.js";
import { deepFreeze } from "../core/freeze.js";
import { MUNICIPAL_PRESETS, presetsWith } from "../service-levels/registry.js";
import { presetPart } from "../service-levels/preset-view.js";

/** A municipality's § 107 service level: the disposable amount and approved fixed expenses. */
export interface ResidentialCarePreset {
  /** Rådighedsbeløb per month, kroner, e.g. `"2078.00"`. */
  readonly disposableAmount: string;
  /** Approved fixed expenses per month deducted before the payment. */
  readonly approvedExpenses: readonly { readonly label: string; readonly monthly: string }[];
  readonly source: string;
}

/** The preset names with a § 107 service level, from the municipal registry. */
export type ResidentialCarePresetName = PresetName;

/** Preset names with § 107 figures, from the municipal registry (`src/presets/`). */
export const RESIDENTIAL_CARE_PRESET_NAMES = /* @__PURE__ */ presetsWith("residentialCare") as readonly ResidentialCarePresetName[];

/**
 * Municipal § 107 presets (plain data; every field can be overridden by the caller), read from
 * the municipal registry: Albertslund 2018 (2.800 kr. a month left after fixed expenses) and
 * Holbæk 2024 (2.078,00 kr. a month, with approved expenses phone and internet 196 kr.,
 * contents insurance 145 kr., accident insurance 140 kr. a month). Frozen.
 *
 * @example
 * RESIDENTIAL_CARE_PRESETS["holbaek-2024"].disposableAmount //=> "2078.00"
 */
export const RESIDENTIAL_CARE_PRESETS: Readonly<Record<ResidentialCarePresetName, ResidentialCarePreset>> = /* @__PURE__ */ (() => deepFreeze(
  Object.fromEntries(presetsWith("residentialCare").map((name) => [name, presetPart(MUNICIPAL_PRESETS[name], "residentialCare")])) as Record<ResidentialCarePresetName, ResidentialCarePreset>,
))();

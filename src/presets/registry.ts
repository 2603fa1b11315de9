import { ALBERTSLUND_2018 } from "./albertslund-2018.js";
import { HOLBAEK_2024 } from "./holbaek-2024.js";
import { ALBERTSLUND_2024 } from "./albertslund-2024.js";
import { BALLERUP } from "./ballerup.js";

/**
 * Every municipal preset, one file per municipality and year. This registry imports only the
 * data files (which import only `core`), so a module may read it; `src/presets/index.ts`, which
 * gathers the modules' views, stays on the top floor. A new municipality is one new file and
 * one line here.
 *
 * @example
 * Object.keys(MUNICIPAL_PRESETS) //=> ["albertslund-2018", "holbaek-2024", "albertslund-2024", "ballerup"]
 */
export const MUNICIPAL_PRESETS = /* @__PURE__ */ Object.freeze({
  [ALBERTSLUND_2018.name]: ALBERTSLUND_2018,
  [HOLBAEK_2024.name]: HOLBAEK_2024,
  [ALBERTSLUND_2024.name]: ALBERTSLUND_2024,
  [BALLERUP.name]: BALLERUP,
} as const);

/** A preset name, e.g. `"holbaek-2024"`. */
export type MunicipalPresetName = keyof typeof MUNICIPAL_PRESETS;

/** The presets that set something for one paragraph (`"bpa"`, `"residentialCare"`, `"shelter"`). */
export function presetsWith<K extends "bpa" | "residentialCare" | "shelter" | "caseDeadlines" | "courses" | "packages" | "transport" | "bpaNotice">(key: K): MunicipalPresetName[] {
  return (Object.keys(MUNICIPAL_PRESETS) as MunicipalPresetName[]).filter((n) => key in MUNICIPAL_PRESETS[n]);
}

/** "Albertslund Kommune, Kvalitetsstandard 2018" — how an explanation names a preset. */
export function presetTitle(name: MunicipalPresetName): string {
  return MUNICIPAL_PRESETS[name].document;
}

import { SERVICE_LEVELS, type ServiceLevelName } from "./index.js";
import { presetView, type MunicipalPreset } from "./preset-view.js";

/**
 * Every municipal preset, as the calculators read it: one view per shipped service-level
 * document (`src/service-levels/documents/*.json`), each figure cited from its own section. A
 * new municipality is one JSON document (and, to ship it, one line in
 * `src/service-levels/index.ts`); a municipality's own document is loaded with
 * `withServiceLevel(document)`.
 *
 * @example
 * Object.keys(MUNICIPAL_PRESETS) //=> ["albertslund-2018", "holbaek-2024", "albertslund-2024", "ballerup"]
 */
export const MUNICIPAL_PRESETS: Readonly<Record<ServiceLevelName, MunicipalPreset>> = /* @__PURE__ */ views();

function views(): Readonly<Record<ServiceLevelName, MunicipalPreset>> {
  return Object.freeze(Object.fromEntries(Object.entries(SERVICE_LEVELS).map(([name, level]) => [name, presetView(level)])) as Record<ServiceLevelName, MunicipalPreset>);
}

/** A preset name, e.g. `"holbaek-2024"`. */
export type MunicipalPresetName = ServiceLevelName;

/** The presets that set something for one paragraph (`"bpa"`, `"residentialCare"`, `"shelter"`). */
/* @__NO_SIDE_EFFECTS__ */
export function presetsWith<K extends "bpa" | "residentialCare" | "shelter" | "caseDeadlines" | "courses" | "packages" | "transport" | "bpaNotice">(key: K): MunicipalPresetName[] {
  return (Object.keys(MUNICIPAL_PRESETS) as MunicipalPresetName[]).filter((n) => MUNICIPAL_PRESETS[n][key] !== undefined);
}

/** "Albertslund Kommune, Kvalitetsstandard 2018" — how an explanation names a preset. */
export function presetTitle(name: MunicipalPresetName): string {
  return MUNICIPAL_PRESETS[name].document;
}

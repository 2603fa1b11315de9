import { deepFreeze } from "../core/freeze.js";
import { MUNICIPAL_PRESETS, type MunicipalPresetName } from "../service-levels/registry.js";
import type { MunicipalPreset } from "../service-levels/preset-view.js";

export { MUNICIPAL_PRESETS, type MunicipalPresetName } from "../service-levels/registry.js";

/** A preset name as a property name: `"albertslund-2018"` → `albertslund2018`. */
type Camel<S extends string> = S extends `${infer A}-${infer B}` ? `${A}${Camel<B>}` : S;

/**
 * Every municipal service level (serviceniveau / kvalitetsstandard) the library ships, keyed by
 * municipality and year (`albertslund2018`, `holbaek2024`, `albertslund2024`, `ballerup`), each
 * the calculators' view of its document: every figure it sets, cited. Derived from the shipped
 * documents (`SERVICE_LEVELS`); plain data, frozen. Pass the preset's name to a calculator
 * (`preset: "holbaek-2024"`, `servicePreset: "albertslund-2018"`) or override any field.
 *
 * @example
 * presets.holbaek2024.residentialCare?.disposableAmount //=> "2078.00"
 */
export const presets: Readonly<{ [N in MunicipalPresetName as Camel<N>]: MunicipalPreset & { readonly shelterPsychologistPriceCap?: string } }> = /* @__PURE__ */ (() =>
  deepFreeze(
    Object.fromEntries(
      (Object.keys(MUNICIPAL_PRESETS) as MunicipalPresetName[]).map((name) => {
        const view = MUNICIPAL_PRESETS[name];
        const cap = view.shelter?.psychologistPriceCap?.value;
        return [name.replace(/-/g, ""), cap === undefined ? view : { ...view, shelterPsychologistPriceCap: cap }];
      }),
    ),
  ) as never)();

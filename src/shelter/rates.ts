import { deepFreeze } from "../core/freeze.js";
import { ministryRatesPage } from "../core/sources.js";
import { MUNICIPAL_PRESETS } from "../service-levels/registry.js";
import type { RateTable, TableSpec } from "../core/rates.js";
import data109 from "./rates/shelter-109-rates.json";
import data110 from "./rates/shelter-110-rates.json";
import { presetField } from "../service-levels/preset-view.js";

/**
 * Own payment per døgn at a § 109 crisis centre (BEK nr. 1244 af 13/11/2017 § 2, regulated
 * yearly), from `src/shelter/rates/shelter-109-rates.json`. Years not found (2019, 2020, 2022,
 * 2025, 2026) have no row. Frozen.
 *
 * @example
 * SHELTER_109_RATES.at(-1)?.value //=> "97.30" (2024)
 */
export const SHELTER_109_RATES: RateTable<string> = /* @__PURE__ */ (() => deepFreeze(data109.rows))();

/**
 * Own payment per døgn at a § 110 shelter (forsorgshjem/herberg) (BEK nr. 1244 af 13/11/2017
 * § 2), from `src/shelter/rates/shelter-110-rates.json`. Years not found (2022, 2025, 2026)
 * have no row. Frozen.
 *
 * @example
 * SHELTER_110_RATES.at(-1)?.value //=> "100.77" (2024)
 */
export const SHELTER_110_RATES: RateTable<string> = /* @__PURE__ */ (() => deepFreeze(data110.rows))();

const LAW = "BEK nr. 1244 af 13/11/2017 § 2; SEL § 163, stk. 3";

/** The § 109 table with what a caller needs to extend it. */
export const SHELTER_109_TABLE: TableSpec<string> = /* @__PURE__ */ (() => deepFreeze({
  name: "SHELTER_109_RATES",
  law: `SEL § 109; ${LAW}`,
  label: data109.label,
  unit: data109.unit,
  publishedAt: ministryRatesPage,
  rows: SHELTER_109_RATES,
  perCall: "rates",
}))();

/** The § 110 table with what a caller needs to extend it. */
export const SHELTER_110_TABLE: TableSpec<string> = /* @__PURE__ */ (() => deepFreeze({
  name: "SHELTER_110_RATES",
  law: `SEL § 110; ${LAW}`,
  label: data110.label,
  unit: data110.unit,
  publishedAt: ministryRatesPage,
  rows: SHELTER_110_RATES,
  perCall: "rates",
}))();

/** Holbæk's cap on the psychologist's hourly price (Holbæk 2024, pkt. 3, 2023 price level), from
 * the municipal registry. Frozen. Applied only with `preset: "holbaek-2024"` (or as `priceCap`).
 *
 * @example
 * HOLBAEK_PSYCHOLOGIST_PRICE_CAP.value //=> "1100.00"
 */
export const HOLBAEK_PSYCHOLOGIST_PRICE_CAP = /* @__PURE__ */ (() => presetField(MUNICIPAL_PRESETS["holbaek-2024"], MUNICIPAL_PRESETS["holbaek-2024"].shelter?.psychologistPriceCap, "shelter.psychologistPriceCap"))();

/** The face of §§ 109–110 for the top floor (`src/rates/`). */
export { computeShelterFee } from "./fee.js";
import { amountText } from "../core/validate.js";
import { SHELTER_109_TABLE, SHELTER_110_TABLE } from "./rates.js";

/** §§ 109–110 tables with the schema of a row's value. */
export const SHELTER_TABLES = /* @__PURE__ */ (() => [
  { spec: SHELTER_109_TABLE, value: amountText() },
  { spec: SHELTER_110_TABLE, value: amountText() },
] as const)();

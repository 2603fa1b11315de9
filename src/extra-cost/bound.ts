/**
 * The face of § 100 for the top floor (`src/rates/`): the calculators with bound rate rows and
 * the tables a caller can extend, each with the schema its rows are checked by.
 */
export { computeExtraCostSubsidy } from "./subsidy.js";
export { computeExtraCostOneOff } from "./one-off.js";
import { amountText } from "../core/validate.js";
import { KOMPENSATION_TABLE, MEDICINE_TABLE, MERUDGIFT_TABLE } from "./rates.js";
import { kompensationLevelSchema, merudgiftLevelSchema } from "./schema.js";

/** § 100 tables with the schema of a row's value. */
export const EXTRA_COST_TABLES = /* @__PURE__ */ (() => [
  { spec: MERUDGIFT_TABLE, value: merudgiftLevelSchema },
  { spec: KOMPENSATION_TABLE, value: kompensationLevelSchema },
  { spec: MEDICINE_TABLE, value: amountText({ integer: true }) },
] as const)();

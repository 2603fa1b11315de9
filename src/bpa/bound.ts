/** The face of BPA for the top floor (`src/rates/`). */
export { computeBpaGrant } from "./grant.js";
export { computeBpaSettlement } from "./settlement.js";
import * as z from "zod/mini";
import { amountText, num, obj } from "../core/validate.js";
import { AARHUS_WAGE_TABLES, BPA_WAGE_TABLE } from "./rates.js";

const fraction = /* @__NO_SIDE_EFFECTS__ */ () => num({ min: 0, max: 5, decimals: 6, unit: "fraction" });

/** Schema of a wage-basis row's value (`WageBasis`). */
export const wageBasisSchema = /* @__PURE__ */ (() => obj({
  hourly: amountText(),
  supplements: z.optional(
    obj({
      evening: z.optional(fraction()),
      night: z.optional(fraction()),
      saturday: z.optional(fraction()),
      sunday: z.optional(fraction()),
      holiday: z.optional(fraction()),
    }),
  ),
  onCallFraction: z.optional(fraction()),
  pensionRate: fraction(),
  holidayPayRate: fraction(),
}))();

/** BPA wage tables with the schema of a row's value. `BPA_WAGES` ships no rows. */
export const BPA_TABLES = /* @__PURE__ */ (() => [
  { spec: AARHUS_WAGE_TABLES.lt11, value: wageBasisSchema },
  { spec: AARHUS_WAGE_TABLES.lt12, value: wageBasisSchema },
  { spec: AARHUS_WAGE_TABLES.lt13, value: wageBasisSchema },
  { spec: BPA_WAGE_TABLE, value: wageBasisSchema },
] as const)();

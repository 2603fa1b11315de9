import * as z from "zod/mini";
import { date, either, list, money, month, obj, oneOf, text } from "../core/validate.js";
import { RESIDENTIAL_CARE_PRESET_NAMES } from "./presets.js";

const labelled = () => obj({ label: text(), monthly: money() });

/** Input of {@link residentialCarePayment}. */
export const residentialCareInputSchema = obj({
  month: z.optional(month()),
  days: z.optional(obj({ from: date(), to: date() })),
  income: either([money(), list(labelled(), 100)], "must be an amount in kroner, or a list of { label, monthly }"),
  price: obj({
    housing: money(),
    services: z.optional(
      obj({
        food: z.optional(money()),
        laundry: z.optional(money()),
        cleaning: z.optional(money()),
        windowCleaning: z.optional(money()),
        other: z.optional(money()),
      }),
    ),
  }),
  approvedExpenses: z.optional(list(labelled(), 100)),
  ownDwelling: z.optional(obj({ monthlyCost: money() })),
  dischargePlan: z.optional(obj({ debtRepayment: z.optional(money()), savings: z.optional(money()) })),
  disposableAmount: z.optional(money()),
  preset: z.optional(oneOf(RESIDENTIAL_CARE_PRESET_NAMES)),
});

export type ResidentialCareInput = z.input<typeof residentialCareInputSchema>;

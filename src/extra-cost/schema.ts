import * as z from "zod/mini";
import { amountText, bool, date, list, money, obj, oneOf, rateRows, text } from "../core/validate.js";

// Rate values: whole kroner as a number or decimal text, kept as decimal text.
const wholeKroner = () => amountText({ integer: true });

/** Schema of a caller-supplied § 100 band level (whole kroner). */
export const merudgiftLevelSchema = obj({
  yearlyThreshold: wholeKroner(),
  band1To: wholeKroner(),
  band1Amount: wholeKroner(),
  band2To: wholeKroner(),
  band2Amount: wholeKroner(),
}).check(
  z.refine((l) => Number(l.yearlyThreshold) / 12 <= Number(l.band1To) && Number(l.band1To) < Number(l.band2To), {
    message: "bands must be in order: yearlyThreshold / 12 ≤ band1To < band2To",
  }),
  z.refine((l) => Number(l.band1Amount) <= Number(l.band2Amount) && Number(l.band2Amount) <= Number(l.band2To), {
    message: "standard amounts must be in order: band1Amount ≤ band2Amount ≤ band2To",
  }),
);

/** Schema of a caller-supplied kompensationsydelse level (whole kroner). */
export const kompensationLevelSchema = obj({
  group1YearlyThreshold: wholeKroner(),
  group1Amount: wholeKroner(),
  group2YearlyLimit: wholeKroner(),
  group2Amount: wholeKroner(),
});

/** One cost item; exactly one of `monthly` / `yearly`. */
export const costItemSchema = obj({
  label: text(),
  monthly: z.optional(money()),
  yearly: z.optional(money()),
  kind: z.optional(oneOf(["medicine", "other"] as const)),
});

/** Caller rate rows that override or extend the built-in tables. */
export const extraCostRatesSchema = obj({
  merudgift: z.optional(rateRows(merudgiftLevelSchema)),
  kompensation: z.optional(rateRows(kompensationLevelSchema)),
  medicineCap: z.optional(rateRows(amountText())),
});

/** Input of {@link extraCostSubsidy}. */
export const extraCostInputSchema = obj({
  date: date(),
  monthlyCosts: z.optional(money()),
  yearlyCosts: z.optional(money()),
  items: z.optional(list(costItemSchema, 200)),
  documented: z.optional(bool()),
  regime: z.optional(oneOf(["merudgift", "kompensation"] as const)),
  documentedListedMonthlyCosts: z.optional(money()),
  group: z.optional(oneOf([1, 2] as const)),
  rates: z.optional(extraCostRatesSchema),
});

/** Input of {@link extraCostOneOff}. */
export const extraCostOneOffInputSchema = obj({
  date: date(),
  oneOffAmount: money(),
  currentRecipient: z.optional(bool()),
  runningMonthlyCosts: z.optional(money()),
  documented: z.optional(bool()),
  regime: z.optional(oneOf(["merudgift"] as const)),
  rates: z.optional(extraCostRatesSchema),
});

/** What callers pass to `extraCostSubsidy`. */
export type ExtraCostInput = z.input<typeof extraCostInputSchema>;
/** What callers pass to `extraCostOneOff`. */
export type ExtraCostOneOffInput = z.input<typeof extraCostOneOffInputSchema>;
/** A § 100 cost item. */
export type CostItem = z.input<typeof costItemSchema>;
/** Caller rate rows for § 100. */
export type ExtraCostRates = z.output<typeof extraCostRatesSchema>;

import * as z from "zod/mini";
import { bool, date, list, money, num, obj, oneOf, text } from "../core/validate.js";
import { WAGE_PRESETS } from "./rates.js";
import { BPA_SERVICE_PRESETS } from "./presets.js";

// Input sanity bounds, not legal figures: 168 = hours in a week, 8.784 = hours in a leap year,
// 53 = weeks a year can touch, 100 helpers. A value outside them is a typing error, refused.
const weekly = () => num({ min: 0, max: 168, decimals: 4, unit: "hours per week" });
const yearly = () => num({ min: 0, max: 8784, decimals: 2, unit: "hours per year" });
const fraction = () => num({ min: 0, max: 5, decimals: 6, unit: "(a fraction, e.g. 0.3 for 30 %)" });

const hoursByTime = (h: () => ReturnType<typeof weekly>) =>
  obj({ day: z.optional(h()), evening: z.optional(h()), night: z.optional(h()), saturday: z.optional(h()), sunday: z.optional(h()), holiday: z.optional(h()) });

/** An employer cost line: exactly one of perHour, rate, perYear, perHelperPerYear. */
export const employerCostSchema = obj({
  label: text(),
  perHour: z.optional(money()),
  rate: z.optional(fraction()),
  perYear: z.optional(money()),
  perHelperPerYear: z.optional(money()),
  source: z.optional(text()),
});

/** Input of {@link bpaGrant}. */
export const bpaGrantInputSchema = obj({
  section: oneOf(["95", "96"] as const),
  date: date(),
  weeklyHours: z.optional(hoursByTime(weekly)),
  yearlyHours: z.optional(hoursByTime(yearly)),
  onCallWeeklyHours: z.optional(weekly()),
  yearlyExtraHours: z.optional(obj({ holiday: z.optional(yearly()), overlap: z.optional(yearly()), training: z.optional(yearly()), meetings: z.optional(yearly()), other: z.optional(yearly()) })),
  preset: z.optional(oneOf(WAGE_PRESETS)),
  wage: z.optional(
    obj({
      hourly: z.optional(money()),
      supplements: z.optional(obj({ evening: z.optional(fraction()), night: z.optional(fraction()), saturday: z.optional(fraction()), sunday: z.optional(fraction()), holiday: z.optional(fraction()) })),
      onCallFraction: z.optional(fraction()),
      pensionRate: z.optional(fraction()),
      holidayPayRate: z.optional(fraction()),
      pensionMonths: z.optional(num({ min: 0, max: 12, integer: true, unit: "months" })),
      employerCosts: z.optional(list(employerCostSchema, 50)),
    }),
  ),
  employer: oneOf(["citizen", "relative", "association", "company"] as const),
  payroll: z.optional(oneOf(["citizen", "municipality", "association"] as const)),
  helpers: z.optional(num({ min: 0, max: 100, integer: true, unit: "helpers" })),
  servicePreset: z.optional(oneOf(BPA_SERVICE_PRESETS)),
  admin: z.optional(obj({ perMeasuredHour: z.optional(money()), payrollPerHelperPerYear: z.optional(money()), payrollInvoice: z.optional(money()) })),
  helperExpensesMonthly: z.optional(money()),
  helperExpensesCap: z.optional(money()),
  allowances: z.optional(obj({ attendance: z.optional(bool()), care: z.optional(bool()), weeklyHours: z.optional(weekly()), yearlyAmount: z.optional(money()) })),
  relativeWeeklyHours: z.optional(weekly()),
  relativeCapException: z.optional(bool()),
  grantTransferred: z.optional(bool()),
  weeksPerYear: z.optional(num({ min: 1, max: 53, decimals: 4, unit: "weeks" })),
});

/** Hours used in the year, by kind (settlement). */
export const bpaUsedSchema = obj({
  day: z.optional(yearly()),
  evening: z.optional(yearly()),
  night: z.optional(yearly()),
  saturday: z.optional(yearly()),
  sunday: z.optional(yearly()),
  holiday: z.optional(yearly()),
  onCall: z.optional(yearly()),
  extra: z.optional(yearly()),
});

/** Input of {@link bpaSettlement}. */
export const bpaSettlementInputSchema = obj({
  grant: z.custom<unknown>((v) => v !== undefined, { error: "is required: the bpaGrant input the year was granted with" }),
  used: bpaUsedSchema,
  policy: z.optional(oneOf(["money", "by-kind"] as const)),
});

export type BpaGrantInput = z.input<typeof bpaGrantInputSchema>;
export type BpaSettlementInput = { grant: BpaGrantInput; used: z.input<typeof bpaUsedSchema>; policy?: "money" | "by-kind" };

import * as z from "zod/mini";
import { withRules, date, either, list, money, month, obj, text, type CrossIssue } from "../core/validate.js";
import { dateProblem, monthProblem, toIsoDate, type DateInput } from "../core/period.js";
import { RESIDENTIAL_CARE_PRESET_NAMES } from "./presets.js";
import { presetName } from "../service-levels/scope.js";
import { RESIDENTIAL_CARE_ISSUES as W } from "./messages.js";

const labelled = /* @__NO_SIDE_EFFECTS__ */ () => obj({ label: text(), monthly: money() });

/** Input of {@link residentialCarePayment}. */
export const residentialCareInputSchema = /* @__PURE__ */ (() => withRules(obj({
  month: z.optional(month()),
  days: z.optional(obj({ from: date(), to: date() })),
  income: either([money(), list(labelled(), 100)], W.income),
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
  preset: z.optional(presetName(RESIDENTIAL_CARE_PRESET_NAMES)),
}),
  ((v) => {
    const out: CrossIssue[] = [];
    if (v.disposableAmount === undefined && v.preset === undefined) {
      out.push({ path: "disposableAmount", words: W.disposable, params: { presets: RESIDENTIAL_CARE_PRESET_NAMES.map((n) => `"${n}"`).join(" | ") } });
    }
    const days = v.days as { from?: unknown; to?: unknown } | undefined;
    if (days !== null && typeof days === "object") {
      if (v.month === undefined) out.push({ path: "month", words: W.monthWithDays });
      const m = monthProblem(v.month) === undefined ? (v.month as string) : undefined;
      const from = dateProblem(days.from) === undefined ? toIsoDate(days.from as DateInput) : undefined;
      const to = dateProblem(days.to) === undefined ? toIsoDate(days.to as DateInput) : undefined;
      if (m && from && from.slice(0, 7) !== m) out.push({ path: "days.from", words: W.inMonth, params: { month: m } });
      if (m && to && to.slice(0, 7) !== m) out.push({ path: "days.to", words: W.inMonth, params: { month: m } });
      if (from && to && to < from) out.push({ path: "days.to", words: W.notBefore, params: { other: "days.from" } });
    }
    return out;
  }),
))();

export type { LabelledAmount, ResidentialCareInput } from "./input.js";

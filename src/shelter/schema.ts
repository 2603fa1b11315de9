import { instantOf, isDate } from "../core/time.js";
import * as z from "zod/mini";
import { amountText, bool, date, withRules, either, money, num, obj, oneOf, rateRows, time } from "../core/validate.js";
import { timeProblem, toIsoTime } from "../core/period.js";
import { presetsWith } from "../service-levels/registry.js";
import { presetName } from "../service-levels/scope.js";
import { SHELTER_ISSUES as W } from "./messages.js";

const SHELTER_PRESETS = /* @__PURE__ */ presetsWith("shelter");

const fraction = /* @__NO_SIDE_EFFECTS__ */ () => num({ min: 0, max: 1, unit: "fraction-01" });

/** Input of {@link shelterFee}. */
export const shelterFeeInputSchema = /* @__PURE__ */ (() => withRules(obj({
  section: oneOf(["109", "110"] as const),
  arrival: time(),
  departure: z.optional(time()),
  asOf: z.optional(time()),
  income: z.optional(bool()),
  ownHomeRent: z.optional(bool()),
  reduction: z.optional(either([obj({ fraction: fraction() }), obj({ perDay: money() })], W.reduction)),
  counting: z.optional(oneOf(["started-24h", "calendar-days", "nights"] as const)),
  rates: z.optional(rateRows(amountText())),
  dailyFood: z.optional(money()),
  dailyLaundry: z.optional(money()),
  preset: z.optional(presetName(SHELTER_PRESETS)),
}),
  ((v) => {
    if ((v.departure === undefined) === (v.asOf === undefined)) {
      return [{ path: "departure", words: v.departure === undefined ? W.end : W.endBoth, params: { other: "asOf" } }];
    }
    const endField = v.departure === undefined ? "asOf" : "departure";
    const end = v[endField];
    if (timeProblem(v.arrival) !== undefined || timeProblem(end) !== undefined) return [];
    const a = toIsoTime(v.arrival as string | Date);
    // Two instants are ordered as instants: across the autumn clock change 02:15 CET can come
    // 30 minutes after 02:45 CEST. A wall-clock text is ordered as written.
    const before = isDate(v.arrival) && isDate(end) ? instantOf(end) < instantOf(v.arrival) : toIsoTime(end as string | Date) < a;
    return before ? [{ path: endField, words: W.beforeArrival, params: { other: "arrival", arrival: a } }] : [];
  }),
))();

/** Input of {@link shelterChildPsychology}. */
export const shelterPsychologyInputSchema = /* @__PURE__ */ (() => obj({
  hours: num({ min: 0, max: 10, decimals: 2, unit: "hours" as const }),
  hourlyPrice: money(),
  priceCap: z.optional(money()),
  person: z.optional(oneOf(["child", "adult"] as const)),
  preset: z.optional(presetName(SHELTER_PRESETS)),
  date: z.optional(date()),
}))();

export type { ShelterFeeInput, ShelterPsychologyInput } from "./input.js";

import * as z from "zod/mini";
import { amountText, bool, withRules, date, list, money, obj, oneOf, rateRows, text, type CrossIssue } from "../core/validate.js";
import { dateProblem, formatDateDa, toIsoDate, type DateInput } from "../core/period.js";
import { KOMPENSATION_FROM, MERUDGIFT_LAST_DAY } from "./rates.js";
import { EXTRA_COST_ISSUES as W } from "./messages.js";
import { says } from "../core/fields.js";
import { problem } from "../core/errors.js";
import type { IssueWords } from "../core/issue-templates.js";

const given = (v: unknown) => v !== undefined;

/** The date as YYYY-MM-DD when it is a valid date, else undefined (its own check reports it). */
function validDate(v: unknown): string | undefined {
  return dateProblem(v) === undefined ? toIsoDate(v as DateInput) : undefined;
}

/** The regime rules: which regime a date allows, and the fields that belong to one regime only. */
function regimeRules(v: Record<string, unknown>, fields: { merudgiftOnly: Record<string, IssueWords>; kompensationOnly: string[] }): CrossIssue[] {
  const out: CrossIssue[] = [];
  const d = validDate(v.date);
  if (d === undefined) return out;
  const asked = v.regime;
  if (asked === "kompensation" && d < KOMPENSATION_FROM) out.push({ path: "regime", words: W.kompensationFrom, params: { from: formatDateDa(KOMPENSATION_FROM), date: d } });
  if (asked === "merudgift" && d > MERUDGIFT_LAST_DAY) out.push({ path: "regime", words: W.merudgiftEnded, params: { last: formatDateDa(MERUDGIFT_LAST_DAY), date: d } });
  const regime = asked === "merudgift" || asked === "kompensation" ? asked : d < KOMPENSATION_FROM ? "merudgift" : "kompensation";
  if (regime === "merudgift") {
    for (const f of fields.kompensationOnly) if (given(v[f])) out.push({ path: f, words: W.kompensationOnly });
  } else {
    for (const [f, words] of Object.entries(fields.merudgiftOnly)) if (given(v[f])) out.push({ path: f, words });
  }
  return out;
}

/** Exactly one of monthlyCosts / yearlyCosts / items; each item exactly one of monthly / yearly; items not empty. */
function costRules(v: Record<string, unknown>): CrossIssue[] {
  const out: CrossIssue[] = [];
  const n = (given(v.monthlyCosts) ? 1 : 0) + (given(v.yearlyCosts) ? 1 : 0) + (given(v.items) ? 1 : 0);
  if (n === 0) out.push({ path: "monthlyCosts", words: W.costs });
  if (n > 1) out.push({ path: "monthlyCosts", words: W.costsCombined });
  if (Array.isArray(v.items)) {
    if (v.items.length === 0) out.push({ path: "items", words: W.items });
    v.items.forEach((it: unknown, i: number) => {
      const o = (it ?? {}) as Record<string, unknown>;
      if (given(o.monthly) === given(o.yearly)) out.push({ path: `items[${i}].monthly`, words: W.itemAmount });
    });
  }
  return out;
}

// Rate values: whole kroner as a number or decimal text, kept as decimal text.
const wholeKroner = /* @__NO_SIDE_EFFECTS__ */ () => amountText({ integer: true });


/** Schema of a caller-supplied § 100 band level (whole kroner). */
export const merudgiftLevelSchema = /* @__PURE__ */ (() => obj({
  yearlyThreshold: wholeKroner(),
  band1To: wholeKroner(),
  band1Amount: wholeKroner(),
  band2To: wholeKroner(),
  band2Amount: wholeKroner(),
}).check(
  // zod runs these order rules only when every figure passed its own check, so a missing or
  // non-numeric figure is reported by itself.
  z.refine((l) => Number(l.yearlyThreshold) / 12 <= Number(l.band1To) && Number(l.band1To) < Number(l.band2To), { error: (iss) => says(iss, problem(W.bands)) }),
  z.refine((l) => Number(l.band1Amount) <= Number(l.band2Amount) && Number(l.band2Amount) <= Number(l.band2To), { error: (iss) => says(iss, problem(W.standardAmounts)) }),
))();

/** Schema of a caller-supplied kompensationsydelse level (whole kroner). */
export const kompensationLevelSchema = /* @__PURE__ */ (() => obj({
  group1YearlyThreshold: wholeKroner(),
  group1Amount: wholeKroner(),
  group2YearlyLimit: wholeKroner(),
  group2Amount: wholeKroner(),
}))();

/** One cost item; exactly one of `monthly` / `yearly`. */
export const costItemSchema = /* @__PURE__ */ (() => obj({
  label: text(),
  monthly: z.optional(money()),
  yearly: z.optional(money()),
  kind: z.optional(oneOf(["medicine", "other"] as const)),
}))();

/** Caller rate rows that override or extend the built-in tables. */
export const extraCostRatesSchema = /* @__PURE__ */ (() => obj({
  merudgift: z.optional(rateRows(merudgiftLevelSchema)),
  kompensation: z.optional(rateRows(kompensationLevelSchema)),
  medicineCap: z.optional(rateRows(amountText())),
}))();

/** Input of {@link extraCostSubsidy}. */
export const extraCostInputSchema = /* @__PURE__ */ (() => withRules(obj({
  date: date(),
  monthlyCosts: z.optional(money()),
  yearlyCosts: z.optional(money()),
  items: z.optional(list(costItemSchema, 200)),
  documented: z.optional(bool()),
  regime: z.optional(oneOf(["merudgift", "kompensation"] as const)),
  documentedListedMonthlyCosts: z.optional(money()),
  group: z.optional(oneOf([1, 2] as const)),
  rates: z.optional(extraCostRatesSchema),
}), ((v) => both(costRules(v), regimeRules(v, SUBSIDY_REGIME_FIELDS)))))();

/** The fields of {@link extraCostInputSchema} that belong to one regime only. */
const SUBSIDY_REGIME_FIELDS = /* @__PURE__ */ (() => ({ merudgiftOnly: { documented: W.documentedMerudgift }, kompensationOnly: ["documentedListedMonthlyCosts", "group"] }))();

/** Two lists of issues as one (most often both empty: no new list is made). */
function both(a: CrossIssue[], b: CrossIssue[]): CrossIssue[] {
  return a.length === 0 ? b : b.length === 0 ? a : [...a, ...b];
}

/** Input of {@link extraCostOneOff}. */
export const extraCostOneOffInputSchema = /* @__PURE__ */ (() => withRules(obj({
  date: date(),
  oneOffAmount: money(),
  currentRecipient: z.optional(bool()),
  runningMonthlyCosts: z.optional(money()),
  documented: z.optional(bool()),
  regime: z.optional(oneOf(["merudgift"] as const)),
  rates: z.optional(extraCostRatesSchema),
}),
  ((v) => {
    const d = validDate(v.date);
    return d !== undefined && d > MERUDGIFT_LAST_DAY
      ? [{ path: "date", words: W.oneOffEnded, params: { last: formatDateDa(MERUDGIFT_LAST_DAY) } }]
      : [];
  }),
))();

// The input types, with a doc comment on every field, are in input.ts; a type test keeps them
// equal to these schemas' inferred input.
export type { CostItem, ExtraCostInput, ExtraCostOneOffInput, ExtraCostRatesInput, KompensationLevelInput, MerudgiftLevelInput } from "./input.js";
/** Caller rate rows for § 100. */
export type ExtraCostRates = z.output<typeof extraCostRatesSchema>;

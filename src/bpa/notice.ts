import { BPA_ISSUES } from "./messages.js";
import type { PresetName } from "../service-levels/index.js";
import { InputError, issue } from "../core/errors.js";
import { type Step } from "../core/explain.js";
import { step } from "./words.js";
import { plusDays, plusWeeks } from "../core/calendar.js";
import { toIsoDate, type DateInput } from "../core/period.js";
import { date, num, obj, parseInput, withRules } from "../core/validate.js";
import { presetStepOf } from "../service-levels/step.js";
import { presetsWith } from "../service-levels/registry.js";
import * as z from "zod/mini";
import { presetPart } from "../service-levels/preset-view.js";
import { presetName } from "../service-levels/scope.js";
import { resolvePreset } from "../service-levels/preset-view.js";

import type { DateResult } from "../case/deadlines.js";

const noticeSchema = /* @__PURE__ */ (() => withRules(
  obj({ decisionDate: z.optional(date()), decisionReceived: z.optional(date()), preset: z.optional(presetName(/* @__PURE__ */ presetsWith("bpaNotice"))), weeks: z.optional(num({ min: 1, max: 104, integer: true, unit: "weeks" })) }),
  (v) => ((v.decisionDate === undefined) === (v.decisionReceived === undefined) ? [{ path: "decisionDate", words: BPA_ISSUES.notice, params: { other: "decisionReceived" } }] : []),
))();

/** What callers pass to {@link bpaNoticeDate}; give `decisionDate` or `decisionReceived`. */
export interface BpaNoticeInput {
  /** The day of the decision to reduce or end the BPA arrangement. */
  decisionDate?: DateInput;
  /** The day the citizen received it. */
  decisionReceived?: DateInput;
  /** The municipality whose notice applies: `"holbaek-2024"`. */
  preset?: PresetName;
  /** The notice in weeks (wins over the preset's). */
  weeks?: number;
}

/**
 * The earliest date a reduction or end of a BPA scheme can take effect, by the notice the service
 * level in use sets (`bpa.notice`) or the `weeks` the call gives. Holbæk 2024 «Der vil
 * være et varsel på mindst 14 uger fra den dag, du modtager afgørelsen om nedsættelse eller
 * ophør» — counted as the appeal deadline is (the day of receipt not counted): the 14 weeks end
 * on the same weekday 14 weeks after the day the decision is received (`decisionDate` or
 * `decisionReceived`), the scheme continues unchanged up to and including that day, and the
 * change takes effect at the earliest the day after. With no service level named, no
 * municipality's notice is assumed: give `weeks` (else an InputError, code `required-with`);
 * `weeks` also overrides a service level's notice.
 *
 * @example
 * bpaNoticeDate({ decisionDate: "2024-03-01", preset: "holbaek-2024" }).date //=> "2024-06-08"
 */
export function bpaNoticeDate(input: BpaNoticeInput): DateResult {
  const p = parseInput(noticeSchema, input);
  const received = toIsoDate((p.decisionDate ?? p.decisionReceived) as DateInput);
  const view = resolvePreset(p.preset, { date: received, path: p.decisionDate === undefined ? "decisionReceived" : "decisionDate", uses: p.weeks === undefined ? ["bpa.notice"] : [] });
  // Weeks given in the call need no document; otherwise the service level must set the notice
  // (with none, no municipality's notice is assumed: the call gives the weeks).
  if (view === undefined && p.weeks === undefined) throw new InputError([issue("weeks", BPA_ISSUES.noticeWeeks)]);
  const notice = p.weeks === undefined ? presetPart(view as NonNullable<typeof view>, "bpaNotice") : view?.bpaNotice;
  const weeks = p.weeks ?? (notice as { weeks: number }).weeks;
  // Counted as the appeal deadline is counted: the day of receipt is not counted, so the 14 weeks
  // end on the same weekday 14 weeks later, and the change takes effect at the earliest the day after.
  const lastDay = plusWeeks(received, weeks);
  const d = plusDays(lastDay, 1);
  const explanation: Step[] = view === undefined ? [] : [presetStepOf(view)];
  explanation.push(step("case.bpa-notice", { received, weeks, lastDay, effective: d }, p.weeks === undefined ? notice?.source : undefined));
  return { date: d, explanation };
}

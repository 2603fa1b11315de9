import type { PresetName } from "../service-levels/index.js";
import { InputError, issue } from "../core/errors.js";
import { EXTRA_COST_ISSUES } from "./messages.js";
import { type Step } from "../core/explain.js";
import { step } from "./words.js";
import { endOfMonth, plusMonths } from "../core/calendar.js";
import { toIsoDate, type DateInput } from "../core/period.js";
import { date, obj, parseInput } from "../core/validate.js";
import { presetStepOf } from "../service-levels/step.js";
import { LAST_LEGISLATED_BIRTH_DATE, statePensionAge } from "../pension/index.js";
import * as z from "zod/mini";
import { ruleCitation } from "../service-levels/preset-view.js";
import { presetName } from "../service-levels/scope.js";
import { resolvePreset } from "../service-levels/preset-view.js";
import { SERVICE_LEVELS, type ServiceLevelName } from "../service-levels/index.js";


/** Shipped service levels that state a § 100 payment-period rule. */
const PERIOD_PRESETS = /* @__PURE__ */ levelsWith("extraCost.");

/* @__NO_SIDE_EFFECTS__ */
function levelsWith(prefix: string): ServiceLevelName[] {
  return (Object.keys(SERVICE_LEVELS) as ServiceLevelName[]).filter((n) => Object.keys(SERVICE_LEVELS[n].rules).some((k) => k.startsWith(prefix)));
}

const periodSchema = /* @__PURE__ */ (() => obj({ applicationReceived: date(), birthDate: z.optional(date()), conditionsEndDate: z.optional(date()), preset: z.optional(presetName(PERIOD_PRESETS)) }))();

/** Result of {@link extraCostPaymentPeriod}. */
export interface PaymentPeriodResult {
  /** First month paid, `YYYY-MM`. */
  firstMonth: string;
  /** Last month paid, `YYYY-MM`, when an end is known. */
  lastMonth?: string;
  /** Why the payment ends: the conditions stop, or state pension age. */
  endReason?: "conditions" | "pension-age";
  explanation: Step[];
}

/** What callers pass to {@link extraCostPaymentPeriod}. */
export interface PaymentPeriodInput {
  /** The day the § 100 application was received (`"YYYY-MM-DD"` or a `Date`). */
  applicationReceived: DateInput;
  /** The citizen's birth date: the benefit ends with the month the state pension age is reached. */
  birthDate?: DateInput;
  /** The day the conditions for the benefit end. */
  conditionsEndDate?: DateInput;
  /** The municipality whose service level is cited, e.g. `"holbaek-2024"`. */
  preset?: PresetName;
}

/**
 * The first and last month of a § 100 payment. First month: «udbetales forud og fra den
 * førstkommende måned efter ansøgningen er modtaget» (Albertslund 2018, § 100). Last month: the
 * month in which the conditions stop («stoppe ved udgangen af den måned, hvor du ikke længere er
 * berettiget»), or the month in which state pension age is reached («stopper også, når du
 * overgår til folkepension»), whichever is first (Holbæk 2024, Merudgifter § 100, pkt. 5).
 *
 * @example
 * extraCostPaymentPeriod({ applicationReceived: "2024-03-15", birthDate: "1960-05-20" })
 * //=> { firstMonth: "2024-04", lastMonth: "2027-05", endReason: "pension-age", … }
 */
export function extraCostPaymentPeriod(input: PaymentPeriodInput): PaymentPeriodResult {
  const p = parseInput(periodSchema, input);
  const received = toIsoDate(p.applicationReceived);
  // The month after the one received in (a month later keeps the month: 31 January + 1 month = 29 February).
  const first = plusMonths(received, 1).slice(0, 7);
  const explanation: Step[] = [];
  const view = resolvePreset(p.preset, { date: received, path: "applicationReceived", uses: ["extraCost"] });
  if (view) explanation.push(presetStepOf(view));
  // Each rule cites the service level in use that states it; with none, the start is the
  // calculation's own choice (no municipality cited) and the ends cite the law.
  explanation.push(step("extra-cost.period.first", { received, first }, ruleCitation(p.preset, "extraCost.paymentStart", received)));
  let last: string | undefined;
  let reason: "conditions" | "pension-age" | undefined;
  if (p.birthDate !== undefined && toIsoDate(p.birthDate) > LAST_LEGISLATED_BIRTH_DATE) {
    explanation.push(step("extra-cost.period.pension-open", { born: toIsoDate(p.birthDate) }, "Lov om social pension § 1 a, stk. 2–3"));
  } else if (p.birthDate !== undefined) {
    const pension = statePensionAge({ birthDate: p.birthDate });
    last = pension.date.slice(0, 7);
    reason = "pension-age";
    const pensionRule = ruleCitation(p.preset, "extraCost.endsAtPension", received);
    explanation.push(step("extra-cost.period.pension", { age: pension.age, date: pension.date, end: endOfMonth(pension.date) }, `${pensionRule === undefined ? "SEL § 100, stk. 1 (til folkepensionsalderen)" : pensionRule}; lov om social pension § 1 a`));
  }
  if (p.conditionsEndDate !== undefined) {
    const end = toIsoDate(p.conditionsEndDate);
    const endMonth = end.slice(0, 7);
    if (last === undefined || endMonth < last) {
      last = endMonth;
      reason = "conditions";
    }
    explanation.push(step("extra-cost.period.conditions", { date: end, end: endOfMonth(end) }, ruleCitation(p.preset, "extraCost.endsWithConditions", received)));
  }
  if (last !== undefined && last < first) throw new InputError([issue(reason === "pension-age" ? "birthDate" : "conditionsEndDate", EXTRA_COST_ISSUES.paymentOrder, { last, first })]);
  const result: PaymentPeriodResult = { firstMonth: first, explanation };
  if (last !== undefined) {
    result.lastMonth = last;
    result.endReason = reason as "conditions" | "pension-age";
  }
  return result;
}

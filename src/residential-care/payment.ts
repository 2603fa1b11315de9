import type * as z from "zod/mini";
import { stepOf, type Step, type StepValues } from "../core/explain.js";
import type { StepValue } from "../explain/render.js";
import { exact, type Arith } from "../core/arith.js";
import type { MunicipalPreset } from "../service-levels/preset-view.js";
import { step, type WORDS } from "./words.js";
import type { MoneyInput } from "../core/money.js";
import { daysInMonth, toIsoDate } from "../core/period.js";
import { parseInput } from "../core/validate.js";
import { presetStepOf } from "../service-levels/step.js";
import { figuresInForce, presetPart, resolvePreset, ruleCitation } from "../service-levels/preset-view.js";
import type { ServiceLevelKey } from "../service-levels/catalogue.js";
import { residentialCareInputSchema, type ResidentialCareInput } from "./schema.js";

/** Why the payment is what it is. */
export type ResidentialCareReason = "full-price" | "capped" | "no-income" | "nothing-to-pay";

/** Result of {@link residentialCarePayment}. All amounts are per month, two decimals. */
export interface ResidentialCareResult {
  /** What the resident pays for the month. */
  payment: string;
  /** The charge that applies before the disposable-amount cap (pro rata for a part month). */
  charged: { housing: string; services: string; total: string };
  /** Income − deductions − disposable amount (may be negative). */
  capacity: string;
  /** What the resident keeps after deductions and payment. */
  disposableLeft: string;
  /** Income and deductions as counted. */
  income: string;
  deductions: string;
  disposableAmount: string;
  reason: ResidentialCareReason;
  explanation: Step[];
}

const SOURCE = "SEL § 163, stk. 2; BEK nr. 1387 af 12/12/2006";

/**
 * The resident's monthly own payment for a temporary residential stay (SEL § 107, § 163,
 * stk. 2; BEK nr. 1387 af 12/12/2006): the charge for the stay — services, plus housing
 * unless the resident keeps and pays for their own home — but never so much that less than
 * the disposable amount (rådighedsbeløb) is left after approved fixed expenses (Albertslund 2018:
 * «borgeren aldrig kommer til at betale mere for opholdet, end at borgeren har dette rådighedsbeløb» (Albertslund 2018, § 107)).
 *
 * payment = max(0, min(charge, income − deductions − disposable amount)). Deductions are the
 * approved expenses, the own dwelling's monthly cost (when kept) and, under a concrete plan for
 * moving out, debt repayment and savings (Albertslund 2018). No income → no payment.
 *
 * `month` (optional) names the month in the explanation; it is required with `days`.
 * Part month (`days`): the charge is pro rata by calendar days (days / days in month, rounded
 * to øre half up); income, deductions and the disposable amount stay monthly amounts.
 * Presets: `preset` supplies the disposable amount and (Holbæk) approved expenses; explicit
 * `disposableAmount` / `approvedExpenses` replace the preset's.
 *
 * @example
 * residentialCarePayment({ month: "2024-03", income: 12000, price: { housing: 4000, services: { food: 2500 } }, preset: "holbaek-2024" }).payment
 * //=> "6500.00"
 */
export function residentialCarePayment(input: ResidentialCareInput): ResidentialCareResult {
  const p = parseInput(residentialCareInputSchema, input);
  // A figure the document dates (Holbæk 2024: «2.078,00 kr. pr. måned (2024 niveau)») applies in
  // its period only: each figure is the row in force in the month asked.
  const monthStart = p.month === undefined ? undefined : `${p.month}-01`;
  const needs = NEEDS[(p.disposableAmount === undefined ? 1 : 0) + (p.approvedExpenses === undefined ? 2 : 0)] as readonly ServiceLevelKey[];
  figuresInForce(p.preset, needs, monthStart, "month");
  const view = resolvePreset(p.preset, { date: monthStart, path: "month", uses: needs });
  // The document's § 107 figures are needed only for what the call does not give: without a
  // disposable amount in the call, the document must set one (else not-in-preset, naming it).
  const preset = view === undefined ? undefined : p.disposableAmount === undefined ? presetPart(view, "residentialCare") : view.residentialCare;
  const shown = preset === undefined ? undefined : view;
  // Written once over the arithmetic: whole øre, or decimal.js when an amount leaves the safe range.
  return exact((a) => compute(a, p, preset, shown));
}

/** The service level's § 107 figures a call needs, by what the call leaves out (1: the disposable amount, 2: the approved expenses). */
const NEEDS: readonly (readonly ServiceLevelKey[])[] = /* @__PURE__ */ (() => {
  const figures: readonly ServiceLevelKey[] = ["residentialCare.disposableAmount", "residentialCare.approvedExpenses"];
  // Derived, never listed twice: set bit b means figure b is left out of the call.
  return [0, 1, 2, 3].map((left) => Object.freeze(figures.filter((_, b) => (left & (1 << b)) !== 0)));
})();

function compute<T>(a: Arith<T>, p: Parsed, preset: CarePreset | undefined, shown: MunicipalPreset | undefined): ResidentialCareResult {
  const income = incomeComponent(a, p);
  const deductions = deductionsComponent(a, p, preset);
  const disposable = disposableComponent(a, p, preset);
  const capacity = a.minus(a.minus(income.amount, deductions.amount), disposable.amount);
  // Each amount is written once, for its step and the result alike.
  const texts = { income: a.text(income.amount), deductions: a.text(deductions.amount), disposable: disposable.text, capacity: a.text(capacity) };
  const capacityStep = step("residential-care.capacity", texts);
  const charge = chargeComponent(a, p);
  const decision = paymentComponent(a, p, income.amount, charge.amount, capacity, disposable);
  const left = a.minus(a.minus(income.amount, deductions.amount), decision.amount);
  const explanation: Step[] = shown === undefined ? [] : [presetStepOf(shown)];
  for (const part of [income.steps, deductions.steps, disposable.steps]) for (const s of part) explanation.push(s);
  explanation.push(capacityStep, charge.step, decision.step);
  return {
    payment: decision.text,
    charged: charge.texts,
    capacity: texts.capacity,
    disposableLeft: a.text(left),
    income: texts.income,
    deductions: texts.deductions,
    disposableAmount: texts.disposable,
    reason: decision.reason,
    explanation,
  };
}

type Parsed = z.output<typeof residentialCareInputSchema>;
type CarePreset = NonNullable<ReturnType<typeof presetPart<"residentialCare">>>;

/** A rule's amount and the steps that explain it. */
interface Part<T> {
  amount: T;
  steps: Step[];
}

/** Income after tax per month: one amount, or labelled items summed. */
function incomeComponent<T>(a: Arith<T>, p: Parsed): Part<T> {
  const items = typeof p.income === "object" ? p.income : [{ label: undefined, monthly: p.income }];
  const steps = items.map((i) => {
    const monthly = a.text(a.of(i.monthly));
    return i.label === undefined ? step("residential-care.income.after-tax", { monthly }, INCOME_SOURCE) : step("residential-care.income", { label: i.label, monthly }, INCOME_SOURCE);
  });
  return { amount: sum(a, items.map((i) => i.monthly)), steps };
}

/** Deductions before the payment: the approved expenses (the call's, else the service level's), the own dwelling's cost, and under a plan for moving out debt repayment and savings. */
function deductionsComponent<T>(a: Arith<T>, p: Parsed, preset: CarePreset | undefined): Part<T> {
  const expenses = p.approvedExpenses ?? preset?.approvedExpenses ?? [];
  const fromPreset = p.approvedExpenses === undefined && preset !== undefined;
  const lines: { rule: keyof typeof WORDS; label?: string; amount: T; source?: string; kept?: object }[] = expenses.map((e) => ({
    rule: "residential-care.deduction",
    label: e.label,
    amount: a.of(e.monthly),
    source: fromPreset ? preset.source : undefined,
    // A service level's expense is a frozen figure: its sentence is the same in every call.
    kept: fromPreset ? e : undefined,
  }));
  if (p.ownDwelling) lines.push({ rule: "residential-care.deduction.own-home", amount: a.of(p.ownDwelling.monthlyCost), source: "SEL § 163, stk. 2" });
  if (p.dischargePlan?.debtRepayment !== undefined) lines.push({ rule: "residential-care.deduction.debt-repayment", amount: a.of(p.dischargePlan.debtRepayment), source: ruleSource(p.preset, "residentialCare.dischargePlan", SOURCE, "", p.month) });
  if (p.dischargePlan?.savings !== undefined) lines.push({ rule: "residential-care.deduction.savings", amount: a.of(p.dischargePlan.savings), source: ruleSource(p.preset, "residentialCare.dischargePlan", SOURCE, "", p.month) });
  let amount = a.zero;
  const steps = lines.map((d) => {
    amount = a.plus(amount, d.amount);
    return keptLine(d.kept, d.rule, d.rule === "residential-care.deduction" ? { label: d.label as string, monthly: a.text(d.amount) } : { monthly: a.text(d.amount) }, d.source);
  });
  return { amount, steps };
}

/** The disposable amount that must be left: the call's, else the service level's. */
function disposableComponent<T>(a: Arith<T>, p: Parsed, preset: CarePreset | undefined): Part<T> & { text: string } {
  const amount = a.of((p.disposableAmount ?? preset?.disposableAmount) as MoneyInput);
  const fromPreset = p.disposableAmount === undefined && preset !== undefined;
  const text = a.text(amount);
  return { amount, text, steps: [keptLine(fromPreset ? preset : undefined, "residential-care.disposable", { disposable: text }, fromPreset ? preset.source : undefined)] };
}

/**
 * A step whose sentence depends only on `kept`, a frozen figure of a service level (one of its
 * expenses, its § 107 part): rendered once per figure and kept while the figure is; any other
 * step (`kept` undefined) is rendered as usual.
 */
function keptLine(kept: object | undefined, rule: keyof typeof WORDS, values: StepValues, source: string | undefined): Step {
  // Only a frozen figure can be trusted to give the same sentence next time.
  if (kept === undefined || !Object.isFrozen(kept)) return step(rule, values, source);
  const text = KEPT_TEXTS.get(kept);
  if (text !== undefined) return stepOf(rule, values, text, source);
  const line = step(rule, values, source);
  KEPT_TEXTS.set(kept, line.text);
  return line;
}
const KEPT_TEXTS = /* @__PURE__ */ new WeakMap<object, string>();

/** The charge for the stay: services, plus housing unless an own home with a cost is kept; pro rata by calendar days for a part month (days / days in month of each amount, rounded to øre half up). */
function chargeComponent<T>(a: Arith<T>, p: Parsed): { amount: T; step: Step; texts: ResidentialCareResult["charged"] } {
  let days = 1;
  let dim = 1;
  let part: StepValues = {};
  if (p.days) {
    // month is given, both days lie in it and in order: checked by the input schema (crossField).
    const month = p.month as string;
    dim = daysInMonth(Number(month.slice(0, 4)), Number(month.slice(5, 7)));
    days = Number(toIsoDate(p.days.to).slice(8, 10)) - Number(toIsoDate(p.days.from).slice(8, 10)) + 1;
    part = { part: true, days, daysInMonth: dim };
  }
  const s = p.price.services ?? {};
  const servicesFull = sum(a, [s.food, s.laundry, s.cleaning, s.windowCleaning, s.other]);
  // «Borgere, der bevarer egen bolig og har udgifter til denne» pay no housing (Albertslund 2018,
  // § 107; SEL § 163, stk. 2): an own home with no cost does not waive housing.
  const ownHomeWaives = p.ownDwelling !== undefined && a.positive(a.of(p.ownDwelling.monthlyCost));
  const housing = a.share(ownHomeWaives ? a.zero : a.of(p.price.housing), days, dim);
  const services = a.share(servicesFull, days, dim);
  const amount = a.plus(housing, services);
  const texts = { housing: a.text(housing), services: a.text(services), total: a.text(amount) };
  const values: Record<string, StepValue> = { ...part };
  values.ownHomeNoCost = p.ownDwelling !== undefined;
  if (p.month !== undefined) values.month = p.month;
  values.housing = texts.housing;
  values.services = texts.services;
  values.charge = texts.total;
  const chargeStep = step(
    ownHomeWaives ? "residential-care.charge.own-home" : "residential-care.charge",
    values,
    ownHomeWaives ? ruleSource(p.preset, "residentialCare.ownDwelling", "SEL § 163, stk. 2", "SEL § 163, stk. 2; ", p.month) : SOURCE,
  );
  return { amount, step: chargeStep, texts: { housing: texts.housing, services: texts.services, total: texts.total } };
}

/** The payment: nothing without income or charge; the charge when the disposable amount is left; else what is left above it (not below 0). */
function paymentComponent<T>(a: Arith<T>, p: Parsed, income: T, charge: T, capacity: T, disposable: { text: string }): { amount: T; text: string; reason: ResidentialCareReason; step: Step } {
  const { amount, reason } = decidePayment(a, income, charge, capacity);
  const text = a.text(amount);
  const explained =
    reason === "no-income"
      ? step("residential-care.payment.no-income", {}, ruleSource(p.preset, "residentialCare.noIncome", SOURCE, "", p.month))
      : reason === "nothing-to-pay"
        ? step("residential-care.payment.nothing-to-pay", {})
        : reason === "full-price"
          ? step("residential-care.payment.full-price", { payment: text }, SOURCE)
          : a.isZero(amount)
            ? step("residential-care.payment.nothing-left", {}, SOURCE)
            : step("residential-care.payment.capped", { payment: text, disposable: disposable.text }, SOURCE);
  return { amount, text, reason, step: explained };
}

/**
 * The § 107 payment rule, written once for the per-call function and the batch: no income, no
 * payment; no charge, nothing to pay; the charge when it leaves the disposable amount; else what
 * is left above the disposable amount, never below 0.
 *
 * @example
 * decidePayment(ORE, 1200000, 650000, 792200) //=> { amount: 650000, reason: "full-price" }
 */
export function decidePayment<T>(a: Arith<T>, income: T, charge: T, capacity: T): { amount: T; reason: ResidentialCareReason } {
  if (a.isZero(income)) return { amount: a.zero, reason: "no-income" };
  if (a.isZero(charge)) return { amount: a.zero, reason: "nothing-to-pay" };
  if (a.lte(charge, capacity)) return { amount: charge, reason: "full-price" };
  return { amount: a.atLeastZero(capacity), reason: "capped" };
}

const INCOME_SOURCE = "BEK nr. 1387/2006 (indtægt fra arbejde, pension, kontanthjælp el.lign.)";

function sum<T>(a: Arith<T>, values: readonly (MoneyInput | undefined)[]): T {
  let total = a.zero;
  for (const v of values) if (v !== undefined) total = a.plus(total, a.of(v));
  return total;
}

/** A § 107 rule's citation: the service level in use that states it, else the law (`prefix` goes before a document's citation). */
function ruleSource(preset: string | undefined, key: "residentialCare.ownDwelling" | "residentialCare.dischargePlan" | "residentialCare.noIncome", law: string, prefix = "", month?: string): string {
  const cited = ruleCitation(preset, key, month === undefined ? undefined : `${month}-01`);
  return cited === undefined ? law : `${prefix}${cited}`;
}

import type * as z from "zod/mini";
import { amount as money, type Step, type StepValues } from "../core/explain.js";
import { step, type WORDS } from "./words.js";
import { Dec, formatMoney, roundOre, toDec, type MoneyInput } from "../core/money.js";
import { daysInMonth, toIsoDate } from "../core/period.js";
import { parseInput } from "../core/validate.js";
import { presetStepOf } from "../service-levels/step.js";
import { figureInForce, presetPart, resolvePreset, ruleCitation } from "../service-levels/preset-view.js";
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
  const needs = [...(p.disposableAmount === undefined ? ["residentialCare.disposableAmount" as const] : []), ...(p.approvedExpenses === undefined ? ["residentialCare.approvedExpenses" as const] : [])];
  for (const key of needs) figureInForce(p.preset, key, monthStart, "month");
  const view = resolvePreset(p.preset, { date: monthStart, path: "month", uses: needs });
  // The document's § 107 figures are needed only for what the call does not give: without a
  // disposable amount in the call, the document must set one (else not-in-preset, naming it).
  const preset = view === undefined ? undefined : p.disposableAmount === undefined ? presetPart(view, "residentialCare") : view.residentialCare;
  const income = incomeComponent(p);
  const shown = preset === undefined ? undefined : view;
  const deductions = deductionsComponent(p, preset);
  const disposable = disposableComponent(p, preset);
  const capacity = income.amount.minus(deductions.amount).minus(disposable.amount);
  const capacityStep = step("residential-care.capacity", { income: money(income.amount), deductions: money(deductions.amount), disposable: money(disposable.amount), capacity: money(capacity) });
  const charge = chargeComponent(p);
  const decision = paymentComponent(p, income.amount, charge.amount, capacity, disposable.amount);
  const left = income.amount.minus(deductions.amount).minus(decision.amount);
  return {
    payment: formatMoney(decision.amount),
    charged: { housing: formatMoney(charge.housing), services: formatMoney(charge.services), total: formatMoney(charge.amount) },
    capacity: formatMoney(capacity),
    disposableLeft: formatMoney(left),
    income: formatMoney(income.amount),
    deductions: formatMoney(deductions.amount),
    disposableAmount: formatMoney(disposable.amount),
    reason: decision.reason,
    explanation: [...(shown === undefined ? [] : [presetStepOf(shown)]), ...income.steps, ...deductions.steps, ...disposable.steps, capacityStep, ...charge.steps, ...decision.steps],
  };
}

type Parsed = z.output<typeof residentialCareInputSchema>;
type CarePreset = NonNullable<ReturnType<typeof presetPart<"residentialCare">>>;

/** A rule's amount and the steps that explain it. */
interface Part {
  amount: Dec;
  steps: Step[];
}

/** Income after tax per month: one amount, or labelled items summed. */
function incomeComponent(p: Parsed): Part {
  const items = typeof p.income === "object" ? p.income : [{ label: undefined, monthly: p.income }];
  const steps = items.map((i) => {
    const monthly = money(toDec(i.monthly));
    return i.label === undefined ? step("residential-care.income.after-tax", { monthly }, INCOME_SOURCE) : step("residential-care.income", { label: i.label, monthly }, INCOME_SOURCE);
  });
  return { amount: sum(items.map((i) => i.monthly)), steps };
}

/** Deductions before the payment: the approved expenses (the call's, else the service level's), the own dwelling's cost, and under a plan for moving out debt repayment and savings. */
function deductionsComponent(p: Parsed, preset: CarePreset | undefined): Part {
  const expenses = p.approvedExpenses ?? preset?.approvedExpenses ?? [];
  const lines: { rule: keyof typeof WORDS; label?: string; amount: Dec; source?: string }[] = expenses.map((e) => ({
    rule: "residential-care.deduction",
    label: e.label,
    amount: toDec(e.monthly),
    source: p.approvedExpenses === undefined && preset ? preset.source : undefined,
  }));
  if (p.ownDwelling) lines.push({ rule: "residential-care.deduction.own-home", amount: toDec(p.ownDwelling.monthlyCost), source: "SEL § 163, stk. 2" });
  if (p.dischargePlan?.debtRepayment !== undefined) lines.push({ rule: "residential-care.deduction.debt-repayment", amount: toDec(p.dischargePlan.debtRepayment), source: ruleSource(p.preset, "residentialCare.dischargePlan", SOURCE, "", p.month) });
  if (p.dischargePlan?.savings !== undefined) lines.push({ rule: "residential-care.deduction.savings", amount: toDec(p.dischargePlan.savings), source: ruleSource(p.preset, "residentialCare.dischargePlan", SOURCE, "", p.month) });
  let amount = new Dec(0);
  const steps = lines.map((d) => {
    amount = amount.plus(d.amount);
    return step(d.rule, d.rule === "residential-care.deduction" ? { label: d.label as string, monthly: money(d.amount) } : { monthly: money(d.amount) }, d.source);
  });
  return { amount, steps };
}

/** The disposable amount that must be left: the call's, else the service level's. */
function disposableComponent(p: Parsed, preset: CarePreset | undefined): Part {
  const amount = toDec((p.disposableAmount ?? preset?.disposableAmount) as MoneyInput);
  return { amount, steps: [step("residential-care.disposable", { disposable: money(amount) }, p.disposableAmount === undefined && preset ? preset.source : undefined)] };
}

/** The charge for the stay: services, plus housing unless an own home with a cost is kept; pro rata by calendar days for a part month. */
function chargeComponent(p: Parsed): Part & { housing: Dec; services: Dec } {
  let share = new Dec(1);
  let part: StepValues = {};
  if (p.days) {
    // month is given, both days lie in it and in order: checked by the input schema (crossField).
    const month = p.month as string;
    const dim = daysInMonth(Number(month.slice(0, 4)), Number(month.slice(5, 7)));
    const n = Number(toIsoDate(p.days.to).slice(8, 10)) - Number(toIsoDate(p.days.from).slice(8, 10)) + 1;
    share = new Dec(n).div(dim);
    part = { part: true, days: n, daysInMonth: dim };
  }
  const s = p.price.services ?? {};
  const servicesFull = sum([s.food, s.laundry, s.cleaning, s.windowCleaning, s.other]);
  // «Borgere, der bevarer egen bolig og har udgifter til denne» pay no housing (Albertslund 2018,
  // § 107; SEL § 163, stk. 2): an own home with no cost does not waive housing.
  const ownHomeWaives = p.ownDwelling !== undefined && toDec(p.ownDwelling.monthlyCost).gt(0);
  const housing = roundOre((ownHomeWaives ? new Dec(0) : toDec(p.price.housing)).times(share));
  const services = roundOre(servicesFull.times(share));
  const amount = housing.plus(services);
  const chargeStep = step(
    ownHomeWaives ? "residential-care.charge.own-home" : "residential-care.charge",
    { ...part, ownHomeNoCost: p.ownDwelling !== undefined, ...(p.month === undefined ? {} : { month: p.month }), housing: money(housing), services: money(services), charge: money(amount) },
    ownHomeWaives ? ruleSource(p.preset, "residentialCare.ownDwelling", "SEL § 163, stk. 2", "SEL § 163, stk. 2; ", p.month) : SOURCE,
  );
  return { amount, housing, services, steps: [chargeStep] };
}

/** The payment: nothing without income or charge; the charge when the disposable amount is left; else what is left above it (not below 0). */
function paymentComponent(p: Parsed, income: Dec, charge: Dec, capacity: Dec, disposable: Dec): Part & { reason: ResidentialCareReason } {
  if (income.isZero()) return { amount: new Dec(0), reason: "no-income", steps: [step("residential-care.payment.no-income", {}, ruleSource(p.preset, "residentialCare.noIncome", SOURCE, "", p.month))] };
  if (charge.isZero()) return { amount: new Dec(0), reason: "nothing-to-pay", steps: [step("residential-care.payment.nothing-to-pay", {})] };
  if (charge.lte(capacity)) return { amount: charge, reason: "full-price", steps: [step("residential-care.payment.full-price", { payment: money(charge) }, SOURCE)] };
  const amount = Dec.max(0, capacity);
  return {
    amount,
    reason: "capped",
    steps: [amount.isZero() ? step("residential-care.payment.nothing-left", {}, SOURCE) : step("residential-care.payment.capped", { payment: money(amount), disposable: money(disposable) }, SOURCE)],
  };
}

const INCOME_SOURCE = "BEK nr. 1387/2006 (indtægt fra arbejde, pension, kontanthjælp el.lign.)";

function sum(values: readonly (MoneyInput | undefined)[]): Dec {
  let total = new Dec(0);
  for (const v of values) if (v !== undefined) total = total.plus(toDec(v));
  return total;
}

/** A § 107 rule's citation: the service level in use that states it, else the law (`prefix` goes before a document's citation). */
function ruleSource(preset: string | undefined, key: "residentialCare.ownDwelling" | "residentialCare.dischargePlan" | "residentialCare.noIncome", law: string, prefix = "", month?: string): string {
  const cited = ruleCitation(preset, key, month === undefined ? undefined : `${month}-01`);
  return cited === undefined ? law : `${prefix}${cited}`;
}

import * as z from "zod/mini";
import { fail } from "../core/errors.js";
import { amount, step, type Step, type StepValues } from "../core/explain.js";
import { Dec, formatKr, formatNumberDa, roundOre, toDec } from "../core/money.js";
import { toIsoDate } from "../core/period.js";
import { NO_BOUND_RATES, rateAt, rowAt, type BoundRates, type RateRow } from "../core/rates.js";
import { formatSource } from "../core/sources.js";
import { BPA_PRESETS } from "./presets.js";
import { presetStep } from "../presets/explain.js";
import { cite, DOC } from "../core/sources.js";

const HOLBAEK_HELPER_EXPENSES = cite(DOC.holbaek2024, "BPA § 96, pkt. 3: hjælperrelaterede udgifter efter individuel vurdering");
import { AARHUS_WAGE_TABLES, BPA_WAGE_TABLE, RELATIVE_MAX_WEEKLY_HOURS, SECTION_95_MIN_WEEKLY_HOURS, type WageBasis, type WagePreset } from "./rates.js";
import type { bpaGrantInputSchema } from "./schema.js";

type Parsed = z.output<typeof bpaGrantInputSchema>;

/** Hour kinds measured per week. */
export const HOUR_KINDS = ["day", "evening", "night", "saturday", "sunday", "holiday"] as const;
export type HourKind = (typeof HOUR_KINDS)[number];
const SUPPLEMENT_KINDS = ["evening", "night", "saturday", "sunday", "holiday"] as const;
const KIND_DA: Record<HourKind, string> = { day: "Dagtimer", evening: "Aftentillæg", night: "Nattillæg", saturday: "Lørdagstillæg", sunday: "Søndagstillæg", holiday: "Helligdagstillæg" };

/** The yearly components, exact before rounding, and what settlement needs. */
export interface Measurement {
  eligible: boolean;
  reason?: string;
  components: Record<"wages" | "supplements" | "onCall" | "pension" | "holidayPay" | "employerCosts" | "admin" | "helperExpenses" | "offset", Dec>;
  total: Dec;
  hours: { weekly: Dec; yearly: Dec; extraYearly: Dec; onCallYearly: Dec; offsetWeekly: Dec; byKind: Record<HourKind, Dec> };
  /** Cost of one more hour of each kind (and on-call, pooled extra), exact; computed on request (settlement). */
  unitCost: () => Record<HourKind | "onCall" | "extra", Dec>;
  hourly: Dec;
  weeks: Dec;
  explanation: Step[];
}

const ZERO = new Dec(0);

/**
 * Measures a BPA grant from parsed input (the engine behind {@link bpaGrant} and
 * {@link bpaSettlement}). Every component is rounded to øre, half up, once; the total is the
 * sum of the rounded components.
 */
export function measure(p: Parsed, bound: BoundRates = NO_BOUND_RATES): Measurement {
  const date = toIsoDate(p.date);
  // Exactly one of weeklyHours / yearlyHours, and the other cross-field rules: input schema (crossField).
  const W = toDec(p.weeksPerYear ?? 52);
  const perWeek = p.weeklyHours !== undefined;
  const src = (p.weeklyHours ?? p.yearlyHours) as Partial<Record<HourKind, number>>;
  const byKind = {} as Record<HourKind, Dec>;
  let measuredYearly = ZERO;
  for (const k of HOUR_KINDS) {
    const v = toDec(src[k] ?? 0);
    byKind[k] = perWeek ? v.times(W) : v;
    measuredYearly = measuredYearly.plus(byKind[k]);
  }
  const measuredWeekly = measuredYearly.div(W);
  const x = p.yearlyExtraHours ?? {};
  const extraYearly = [x.holiday, x.overlap, x.training, x.meetings, x.other].reduce<Dec>((s, v) => s.plus(v ?? 0), ZERO);
  const onCallYearly = new Dec(p.onCallWeeklyHours ?? 0).times(W);
  const explanation: Step[] = [];
  explanation.push(
    step(
      "bpa.hours",
      {
        section: p.section,
        cashGrant: p.section === "95",
        weeklyHours: hoursValue(roundHours(measuredWeekly)),
        perWeek,
        weeks: hoursValue(W),
        yearlyHours: hoursValue(roundHours(measuredYearly)),
        extraHours: hoursValue(extraYearly),
        onCallHours: hoursValue(roundHours(onCallYearly)),
      },
      "BEK nr. 1069 af 30/06/2020 § 3 (tilskuddet fastsættes én gang om året)",
    ),
  );

  // SEL § 95, stk. 3: a close relative who receives the § 95, stk. 2 grant may work at most 48
  // hours a week — unless the grant is transferred under stk. 4. It does not govern § 96.
  const relativeCapApplies = p.section === "95" && p.grantTransferred !== true;
  if (p.relativeWeeklyHours !== undefined && p.relativeWeeklyHours > RELATIVE_MAX_WEEKLY_HOURS) {
    // Over 48 hours under § 95 without an exception is refused by the input schema.
    explanation.push(
      relativeCapApplies
        ? step("bpa.relative-cap.approved", { relativeHours: p.relativeWeeklyHours, cap: RELATIVE_MAX_WEEKLY_HOURS }, "SEL § 95, stk. 3")
        : step("bpa.relative-cap.not-applicable", { relativeHours: p.relativeWeeklyHours, cap: RELATIVE_MAX_WEEKLY_HOURS, section96: p.section === "96" }, "SEL § 95, stk. 3"),
    );
  }

  const zeros = { wages: ZERO, supplements: ZERO, onCall: ZERO, pension: ZERO, holidayPay: ZERO, employerCosts: ZERO, admin: ZERO, helperExpenses: ZERO, offset: ZERO };
  const hoursOut = { weekly: measuredWeekly, yearly: measuredYearly, extraYearly, onCallYearly, offsetWeekly: ZERO, byKind };
  if (p.section === "95" && measuredWeekly.lte(SECTION_95_MIN_WEEKLY_HOURS)) {
    const refused = step("bpa.not-eligible", { minimum: SECTION_95_MIN_WEEKLY_HOURS, weeklyHours: hoursValue(roundHours(measuredWeekly)) }, "SEL § 95, stk. 2");
    const reason = refused.text;
    explanation.push(refused);
    const unit = { day: ZERO, evening: ZERO, night: ZERO, saturday: ZERO, sunday: ZERO, holiday: ZERO, onCall: ZERO, extra: ZERO };
    return { eligible: false, reason, components: zeros, total: ZERO, hours: hoursOut, unitCost: () => unit, hourly: ZERO, weeks: W, explanation };
  }

  // Wage basis
  const basisRow = p.preset ? presetRow(p.preset, date, bound) : p.wage?.hourly === undefined ? rowAt(BPA_WAGE_TABLE, date, undefined, bound) : undefined;
  const basis = basisRow?.value;
  const basisSource = basisRow ? formatSource(basisRow.source) : undefined;
  const hourlyIn = p.wage?.hourly ?? basis?.hourly;
  if (hourlyIn === undefined) {
    fail("wage.hourly", `is required, or a wage preset (e.g. "aarhus-lt11"), or the municipality's own wage rows for ${date.slice(0, 4)} added once with withRates({ BPA_WAGES: [{ from, until, value: { hourly, supplements, onCallFraction, pensionRate, holidayPayRate }, source }] })`);
  }
  const hourly = toDec(hourlyIn);
  const need = <T>(v: T | undefined, path: string, why: string): T => (v === undefined ? fail(path, `is required ${why}`) : v);
  const supp: Record<(typeof SUPPLEMENT_KINDS)[number], Dec> = { evening: ZERO, night: ZERO, saturday: ZERO, sunday: ZERO, holiday: ZERO };
  for (const k of SUPPLEMENT_KINDS) {
    const given = p.wage?.supplements?.[k] ?? basis?.supplements?.[k];
    if (byKind[k].gt(0)) supp[k] = new Dec(need(given, `wage.supplements.${k}`, `when ${k} hours are measured (no sourced figure in the preset)`));
  }
  const onCallFraction = onCallYearly.gt(0) ? new Dec(need(p.wage?.onCallFraction ?? basis?.onCallFraction, "wage.onCallFraction", "when on-call hours are measured")) : ZERO;
  const pensionRate = new Dec(need(p.wage?.pensionRate ?? basis?.pensionRate, "wage.pensionRate", "(e.g. 0.13), or a wage preset"));
  const holidayPayRate = new Dec(need(p.wage?.holidayPayRate ?? basis?.holidayPayRate, "wage.holidayPayRate", "(e.g. 0.125), or a wage preset"));
  explanation.push(
    step(
      "bpa.wage",
      { hourly: amount(hourly), given: p.wage?.hourly !== undefined },
      `${basisSource ?? "caller input"}; BEK nr. 1069 af 30/06/2020 § 5`,
    ),
  );

  // Wages
  const wagesExact = measuredYearly.plus(extraYearly).times(hourly);
  const wages = roundOre(wagesExact);
  explanation.push(
    step("bpa.wages", { yearlyHours: hoursValue(roundHours(measuredYearly)), extraHours: hoursValue(extraYearly), hourly: amount(hourly), amount: amount(wages) }),
  );
  // Supplements
  let supplementsExact = ZERO;
  for (const k of SUPPLEMENT_KINDS) {
    if (byKind[k].isZero()) continue;
    const value = byKind[k].times(supp[k]).times(hourly);
    supplementsExact = supplementsExact.plus(value);
    const hours: StepValues = perWeek ? { perWeek, weeklyHours: src[k] ?? 0, weeks: hoursValue(W) } : { perWeek, yearlyHours: hoursValue(byKind[k]) };
    explanation.push(step(`bpa.supplement.${k}`, { ...hours, rate: supp[k].toString(), hourly: amount(hourly), amount: amount(value) }, basisSource));
  }
  const supplements = roundOre(supplementsExact);
  // On call
  const onCallExact = onCallYearly.times(hourly).times(onCallFraction);
  const onCall = roundOre(onCallExact);
  if (onCallYearly.gt(0)) {
    explanation.push(
      step("bpa.on-call", { weeklyHours: p.onCallWeeklyHours ?? 0, weeks: hoursValue(W), fraction: onCallFraction.toString(), hourly: amount(hourly), amount: amount(onCall) }, basisSource),
    );
  }
  const payBase = wagesExact.plus(supplementsExact).plus(onCallExact);
  // Employer pension 13 % «efter 5 måneders anciennitet» (BPA-handicaphjælper-overenskomsten):
  // `wage.pensionMonths` says for how many months of the year it is paid; 12 unless told.
  const pensionMonths = p.wage?.pensionMonths ?? 12;
  const pension = roundOre(payBase.times(pensionRate).times(pensionMonths).div(12));
  const holidayPay = roundOre(payBase.times(holidayPayRate));
  explanation.push(
    step(
      pensionMonths === 12 ? "bpa.pension" : "bpa.pension.months",
      { rate: pensionRate.toString(), base: amount(payBase), months: pensionMonths, amount: amount(pension) },
      "BPA-handicaphjælper-overenskomsten mellem Dansk Erhverv Arbejdsgiver og FOA (dho.dk: 13 % arbejdsgiverbetalt pension efter 5 måneders anciennitet)",
    ),
  );
  explanation.push(step("bpa.holiday-pay", { rate: holidayPayRate.toString(), base: amount(payBase), amount: amount(holidayPay) }, basisRow ? "ferieloven" : undefined));

  // Employer costs
  const paidHours = measuredYearly.plus(extraYearly).plus(onCallYearly);
  const helpers = p.helpers;
  let employerExact = ZERO;
  let perHourItems = ZERO;
  let rateItems = ZERO;
  (p.wage?.employerCosts ?? []).forEach((c, i) => {
    let value: Dec;
    let line: Step;
    if (c.perHour !== undefined) {
      value = paidHours.times(toDec(c.perHour));
      perHourItems = perHourItems.plus(toDec(c.perHour));
      line = step("bpa.employer-cost.per-hour", { label: c.label, hours: hoursValue(roundHours(paidHours)), perHour: amount(toDec(c.perHour)), amount: amount(value) }, c.source);
    } else if (c.rate !== undefined) {
      value = payBase.times(c.rate);
      rateItems = rateItems.plus(c.rate);
      line = step("bpa.employer-cost.rate", { label: c.label, rate: c.rate, base: amount(payBase), amount: amount(value) }, c.source);
    } else if (c.perYear !== undefined) {
      value = toDec(c.perYear);
      line = step("bpa.employer-cost.per-year", { label: c.label, amount: amount(value) }, c.source);
    } else {
      const n = need(helpers, "helpers", `for wage.employerCosts[${i}].perHelperPerYear`);
      value = toDec(c.perHelperPerYear as string | number).times(n);
      line = step("bpa.employer-cost.per-helper", { label: c.label, helpers: n, perHelper: amount(toDec(c.perHelperPerYear as string | number)), amount: amount(value) }, c.source);
    }
    employerExact = employerExact.plus(value);
    explanation.push(line);
  });
  const employerCosts = roundOre(employerExact);

  // Admin
  const preset = p.servicePreset ? BPA_PRESETS[p.servicePreset] : undefined;
  if (p.servicePreset) explanation.unshift(presetStep(p.servicePreset));
  // «5,45 kr. pr udmålte BPA time» (Albertslund 2018): a grant's hours take the forms «faste
  // ugentlige timer, puljetimer, rådighedstimer», so measured, pooled and on-call hours all count.
  const measuredForAdmin = measuredYearly.plus(extraYearly).plus(onCallYearly);
  let adminExact = ZERO;
  let adminPerHour = ZERO;
  const adminLines: Step[] = [];
  const presetPerHour = preset?.adminPerMeasuredHourTransferred;
  const perHourIn = p.admin?.perMeasuredHour ?? (presetPerHour && p.employer !== "citizen" && p.admin === undefined && !(p.employer === "relative" && preset?.noAdminForRelative?.value) ? presetPerHour.value : undefined);
  const presetPayroll = preset?.payrollPerHelperPerYearMax;
  const perHelperIn = p.admin?.payrollPerHelperPerYear ?? (presetPayroll && p.employer === "citizen" && p.payroll === "association" && p.admin?.perMeasuredHour === undefined ? presetPayroll.value : undefined);
  if (preset?.noAdminForRelative?.value && p.employer === "relative" && p.admin === undefined) {
    adminLines.push(step("bpa.admin.relative-employer", {}, preset.noAdminForRelative.source));
  }
  if (perHourIn !== undefined) {
    adminPerHour = toDec(perHourIn);
    const value = measuredForAdmin.times(adminPerHour);
    adminExact = adminExact.plus(value);
    adminLines.push(step("bpa.admin.per-hour", { hours: hoursValue(roundHours(measuredForAdmin)), perHour: amount(adminPerHour), amount: amount(value) }, p.admin?.perMeasuredHour === undefined ? presetPerHour?.source : "BEK nr. 1069 af 30/06/2020 § 8"));
  }
  if (perHelperIn !== undefined) {
    const n = need(helpers, "helpers", "for an administration fee per helper");
    const max = toDec(perHelperIn).times(n);
    // «efter regning op til 2.030,00 kr. årligt pr. hjælper»: the invoice, up to the maximum.
    const invoice = p.admin?.payrollInvoice === undefined ? undefined : toDec(p.admin.payrollInvoice);
    const value = invoice === undefined ? max : Dec.min(invoice, max);
    adminExact = adminExact.plus(value);
    const source = p.admin?.payrollPerHelperPerYear === undefined ? presetPayroll?.source : undefined;
    const cap = { helpers: n, perHelper: amount(toDec(perHelperIn)), max: amount(max) };
    adminLines.push(invoice === undefined ? step("bpa.admin.payroll-max", cap, source) : step("bpa.admin.payroll-invoice", { ...cap, invoice: amount(invoice), amount: amount(value) }, source));
  }
  if (adminLines.length === 0) adminLines.push(step("bpa.admin.none", {}, "BEK nr. 1069 af 30/06/2020 § 8"));
  explanation.push(...adminLines);
  const admin = roundOre(adminExact);

  // Helper-related expenses: a cap only from the caller or a preset that sets one (Albertslund
  // 2018: 500 kr. under § 95, 1.000 kr. under § 96); Holbæk assesses them individually.
  let helperExpenses = ZERO;
  if (p.helperExpensesMonthly !== undefined) {
    const presetCap = preset?.helperExpensesCap?.[p.section];
    const capIn = p.helperExpensesCap ?? presetCap?.value;
    const monthly = toDec(p.helperExpensesMonthly);
    const cap = capIn === undefined ? undefined : toDec(capIn);
    const used = cap === undefined ? monthly : Dec.min(monthly, cap);
    helperExpenses = roundOre(used.times(12));
    const rule =
      cap === undefined
        ? preset?.helperExpensesCap === undefined && p.servicePreset !== undefined
          ? "bpa.helper-expenses.individual"
          : "bpa.helper-expenses.no-cap"
        : monthly.gt(cap)
          ? "bpa.helper-expenses.capped"
          : "bpa.helper-expenses.under-cap";
    const holbaekSource = p.servicePreset === "holbaek-2024" ? HOLBAEK_HELPER_EXPENSES : undefined;
    const values = { monthly: amount(used), amount: amount(helperExpenses), ...(cap === undefined ? {} : { applied: amount(monthly), cap: amount(cap) }) };
    explanation.push(step(rule, values, p.helperExpensesCap === undefined ? (presetCap?.source ?? holbaekSource) : undefined));
  }

  // Offset for attendance / care supplements (bistands-/plejetillæg): the caller's assessed hours
  // or amount, or — only where a document fixes it — a preset's normal hours (Albertslund 2018,
  // § 96: 4,5 and 9 hours a week).
  const al = p.allowances;
  let offset = ZERO;
  let offsetWeekly = ZERO;
  if (al !== undefined && (al.attendance || al.care || al.weeklyHours !== undefined || al.yearlyAmount !== undefined)) {
    if (al.yearlyAmount !== undefined) {
      offset = roundOre(toDec(al.yearlyAmount));
      explanation.push(step("bpa.offset.amount", { amount: amount(offset) }, preset?.allowanceOffset?.source ?? "Lov om social pension § 16; vurderet beløb"));
    } else {
      let source: string | undefined;
      if (al.weeklyHours !== undefined) {
        offsetWeekly = new Dec(al.weeklyHours);
        source = preset?.allowanceOffset?.source ?? "Lov om social pension § 16; vurderet timetal";
      } else {
        // A preset with a normal-hours rule for this section is guaranteed by the input schema.
        const rule = preset?.allowanceHours as NonNullable<NonNullable<typeof preset>["allowanceHours"]>;
        offsetWeekly = new Dec(al.attendance ? rule.attendance : 0).plus(al.care ? rule.care : 0);
        source = rule.source;
      }
      const offsetYearly = offsetWeekly.times(W);
      if (offsetYearly.gt(measuredYearly)) fail("allowances", `set off ${formatNumberDa(offsetWeekly)} normal hours a week, more than the ${formatNumberDa(roundHours(measuredWeekly))} hours measured`);
      offset = roundOre(offsetYearly.times(hourly));
      const rule = preset?.allowanceHours;
      const line = { weeklyHours: hoursValue(offsetWeekly), weeks: hoursValue(W), hourly: amount(hourly), amount: amount(offset) };
      explanation.push(
        al.weeklyHours !== undefined || rule === undefined
          ? step("bpa.offset.assessed-hours", line, source)
          : step("bpa.offset.preset-hours", { ...line, attendance: al.attendance === true, care: al.care === true, both: al.attendance === true && al.care === true, attendanceHours: rule.attendance, careHours: rule.care }, source),
      );
    }
  }

  const components = { wages, supplements, onCall, pension, holidayPay, employerCosts, admin, helperExpenses, offset };
  const total = wages.plus(supplements).plus(onCall).plus(pension).plus(holidayPay).plus(employerCosts).plus(admin).plus(helperExpenses).minus(offset);
  if (total.lt(0)) fail("allowances.yearlyAmount", `sets off ${formatKr(offset)}, more than the grant before the offset (${formatKr(total.plus(offset))})`);

  const unitCost = () => {
    const load = new Dec(1).plus(pensionRate).plus(holidayPayRate).plus(rateItems);
    const unit = (base: Dec) => base.times(load).plus(perHourItems);
    return {
    day: unit(hourly).plus(adminPerHour),
    evening: unit(hourly.times(supp.evening.plus(1))).plus(adminPerHour),
    night: unit(hourly.times(supp.night.plus(1))).plus(adminPerHour),
    saturday: unit(hourly.times(supp.saturday.plus(1))).plus(adminPerHour),
    sunday: unit(hourly.times(supp.sunday.plus(1))).plus(adminPerHour),
    holiday: unit(hourly.times(supp.holiday.plus(1))).plus(adminPerHour),
    onCall: unit(hourly.times(onCallFraction)).plus(adminPerHour),
    extra: unit(hourly).plus(adminPerHour),
    };
  };
  return { eligible: true, components, total, hours: { ...hoursOut, offsetWeekly }, unitCost, hourly, weeks: W, explanation };
}

function presetRow(preset: WagePreset, date: string, bound: BoundRates): RateRow<WageBasis> {
  const m = /^aarhus-(?:(\d{4})-(\d{2})-)?(lt1[123])$/.exec(preset) as RegExpExecArray;
  const table = AARHUS_WAGE_TABLES[m[3] as "lt11" | "lt12" | "lt13"];
  const on = m[1] === undefined ? date : `${m[1]}-${m[2]}-01`;
  return rateAt(table, on, undefined, bound);
}

/** Hours as a step value: the number shown, at most four decimals (two for measured totals, via roundHours). */
function hoursValue(h: Dec): number {
  return h.toDecimalPlaces(4, Dec.ROUND_HALF_UP).toNumber();
}

/** Hours shown in texts: two decimals at most. */
function roundHours(h: Dec): Dec {
  return h.toDecimalPlaces(2, Dec.ROUND_HALF_UP);
}

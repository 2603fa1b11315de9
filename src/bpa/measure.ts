import * as z from "zod/mini";
import { fail } from "../core/errors.js";
import { step, type Step } from "../core/explain.js";
import { Dec, formatKr, formatNumberDa, formatPercentDa, roundOre, toDec } from "../core/money.js";
import { toIsoDate } from "../core/period.js";
import { NO_BOUND_RATES, rateAt, rowAt, type BoundRates, type RateRow } from "../core/rates.js";
import { formatSource } from "../core/sources.js";
import { BPA_DEFAULTS, BPA_PRESETS } from "./presets.js";
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
  if ((p.weeklyHours === undefined) === (p.yearlyHours === undefined)) {
    fail("weeklyHours", p.weeklyHours === undefined ? "is required (or yearlyHours): the measured helper hours by time of day" : "and yearlyHours cannot both be given");
  }
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
  const sectionText = p.section === "95" ? "servicelovens § 95 (kontant tilskud til hjælpere)" : "servicelovens § 96 (borgerstyret personlig assistance)";
  explanation.push(
    step(
      "bpa.hours",
      `Udmåling efter ${sectionText}: ${formatNumberDa(roundHours(measuredWeekly))} timer pr. uge${perWeek ? "" : " (omregnet fra timer pr. år)"}, ${formatNumberDa(W)} uger om året = ${formatNumberDa(roundHours(measuredYearly))} timer pr. år${extraYearly.gt(0) ? ` plus ${formatNumberDa(extraYearly)} puljetimer` : ""}${onCallYearly.gt(0) ? ` og ${formatNumberDa(roundHours(onCallYearly))} rådighedstimer` : ""}.`,
      "BEK nr. 1069 af 30/06/2020 § 3 (tilskuddet fastsættes én gang om året)",
    ),
  );

  if (p.relativeWeeklyHours !== undefined && p.relativeWeeklyHours > RELATIVE_MAX_WEEKLY_HOURS && p.relativeCapException !== true) {
    fail("relativeWeeklyHours", `must be at most ${RELATIVE_MAX_WEEKLY_HOURS} hours a week for close relatives together (SEL § 95, stk. 3), unless the municipality allows more in a special case (relativeCapException: true)`);
  }
  if (p.relativeWeeklyHours !== undefined && p.relativeWeeklyHours > RELATIVE_MAX_WEEKLY_HOURS) {
    explanation.push(step("bpa.relative-cap", `Nærtstående arbejder ${formatNumberDa(p.relativeWeeklyHours)} timer pr. uge, mere end ${RELATIVE_MAX_WEEKLY_HOURS}; kommunen har godkendt det i et særligt tilfælde.`, "SEL § 95, stk. 3"));
  }

  const zeros = { wages: ZERO, supplements: ZERO, onCall: ZERO, pension: ZERO, holidayPay: ZERO, employerCosts: ZERO, admin: ZERO, helperExpenses: ZERO, offset: ZERO };
  const hoursOut = { weekly: measuredWeekly, yearly: measuredYearly, extraYearly, onCallYearly, offsetWeekly: ZERO, byKind };
  if (p.section === "95" && measuredWeekly.lte(SECTION_95_MIN_WEEKLY_HOURS)) {
    const reason = `§ 95 kræver et behov for hjælp i mere end ${SECTION_95_MIN_WEEKLY_HOURS} timer om ugen; behovet er ${formatNumberDa(roundHours(measuredWeekly))} timer.`;
    explanation.push(step("bpa.not-eligible", reason, "SEL § 95, stk. 2"));
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
    const given = p.wage?.supplements?.[k] ?? basis?.supplements[k];
    if (byKind[k].gt(0)) supp[k] = new Dec(need(given, `wage.supplements.${k}`, `when ${k} hours are measured (no sourced figure in the preset)`));
  }
  const onCallFraction = onCallYearly.gt(0) ? new Dec(need(p.wage?.onCallFraction ?? basis?.onCallFraction, "wage.onCallFraction", "when on-call hours are measured")) : ZERO;
  const pensionRate = new Dec(need(p.wage?.pensionRate ?? basis?.pensionRate, "wage.pensionRate", "(e.g. 0.13), or a wage preset"));
  const holidayPayRate = new Dec(need(p.wage?.holidayPayRate ?? basis?.holidayPayRate, "wage.holidayPayRate", "(e.g. 0.125), or a wage preset"));
  explanation.push(
    step(
      "bpa.wage",
      `Lønniveau: ${formatKr(hourly)} pr. time${p.wage?.hourly !== undefined ? " (angivet)" : ""}. Lønnen skal mindst svare til grundlønnen for en sammenlignelig gruppe.`,
      `${basisSource ?? "caller input"}; BEK nr. 1069 af 30/06/2020 § 5`,
    ),
  );
  const unitLabel = perWeek ? (k: HourKind) => `${formatNumberDa(src[k] ?? 0)} t/uge × ${formatNumberDa(W)} uger` : (k: HourKind) => `${formatNumberDa(byKind[k])} t/år`;

  // Wages
  const wagesExact = measuredYearly.plus(extraYearly).times(hourly);
  const wages = roundOre(wagesExact);
  explanation.push(
    step(
      "bpa.wages",
      `Grundløn: (${formatNumberDa(roundHours(measuredYearly))} målte timer${extraYearly.gt(0) ? ` + ${formatNumberDa(extraYearly)} puljetimer` : ""}) × ${formatKr(hourly)} = ${formatKr(wages)}`,
    ),
  );
  // Supplements
  let supplementsExact = ZERO;
  for (const k of SUPPLEMENT_KINDS) {
    if (byKind[k].isZero()) continue;
    const amount = byKind[k].times(supp[k]).times(hourly);
    supplementsExact = supplementsExact.plus(amount);
    explanation.push(step(`bpa.supplement.${k}`, `${KIND_DA[k]}: ${unitLabel(k)} × ${formatPercentDa(supp[k])} × ${formatKr(hourly)} = ${formatKr(amount)}`, basisSource));
  }
  const supplements = roundOre(supplementsExact);
  // On call
  const onCallExact = onCallYearly.times(hourly).times(onCallFraction);
  const onCall = roundOre(onCallExact);
  if (onCallYearly.gt(0)) {
    explanation.push(
      step("bpa.on-call", `Rådighedstimer: ${formatNumberDa(p.onCallWeeklyHours ?? 0)} t/uge × ${formatNumberDa(W)} uger × ${formatPercentDa(onCallFraction)} × ${formatKr(hourly)} = ${formatKr(onCall)} (uden tidstillæg).`, basisSource),
    );
  }
  const payBase = wagesExact.plus(supplementsExact).plus(onCallExact);
  const pension = roundOre(payBase.times(pensionRate));
  const holidayPay = roundOre(payBase.times(holidayPayRate));
  explanation.push(step("bpa.pension", `Pension: ${formatPercentDa(pensionRate)} af lønnen ${formatKr(payBase)} = ${formatKr(pension)}`, basisRow ? "BPA-handicaphjælper-overenskomsten (dho.dk)" : undefined));
  explanation.push(step("bpa.holiday-pay", `Feriegodtgørelse: ${formatPercentDa(holidayPayRate)} af lønnen ${formatKr(payBase)} = ${formatKr(holidayPay)}`, basisRow ? "ferieloven" : undefined));

  // Employer costs
  const paidHours = measuredYearly.plus(extraYearly).plus(onCallYearly);
  const helpers = p.helpers;
  let employerExact = ZERO;
  let perHourItems = ZERO;
  let rateItems = ZERO;
  (p.wage?.employerCosts ?? []).forEach((c, i) => {
    const given = [c.perHour, c.rate, c.perYear, c.perHelperPerYear].filter((v) => v !== undefined).length;
    if (given !== 1) fail(`wage.employerCosts[${i}]`, "must have exactly one of perHour, rate, perYear or perHelperPerYear");
    let amount: Dec;
    let formula: string;
    if (c.perHour !== undefined) {
      amount = paidHours.times(toDec(c.perHour));
      perHourItems = perHourItems.plus(toDec(c.perHour));
      formula = `${formatNumberDa(roundHours(paidHours))} timer × ${formatKr(toDec(c.perHour))}`;
    } else if (c.rate !== undefined) {
      amount = payBase.times(c.rate);
      rateItems = rateItems.plus(c.rate);
      formula = `${formatPercentDa(c.rate)} af ${formatKr(payBase)}`;
    } else if (c.perYear !== undefined) {
      amount = toDec(c.perYear);
      formula = "fast beløb pr. år";
    } else {
      const n = need(helpers, "helpers", `for wage.employerCosts[${i}].perHelperPerYear`);
      amount = toDec(c.perHelperPerYear as string | number).times(n);
      formula = `${n} hjælpere × ${formatKr(toDec(c.perHelperPerYear as string | number))}`;
    }
    employerExact = employerExact.plus(amount);
    explanation.push(step("bpa.employer-cost", `${c.label}: ${formula} = ${formatKr(amount)}`, c.source));
  });
  const employerCosts = roundOre(employerExact);

  // Admin
  const preset = p.servicePreset ? BPA_PRESETS[p.servicePreset] : undefined;
  const presetSource = preset?.source;
  const measuredForAdmin = measuredYearly.plus(extraYearly);
  let adminExact = ZERO;
  let adminPerHour = ZERO;
  const adminLines: Step[] = [];
  const perHourIn = p.admin?.perMeasuredHour ?? (preset && "adminPerMeasuredHourTransferred" in preset && p.employer !== "citizen" && p.admin === undefined ? preset.adminPerMeasuredHourTransferred : undefined);
  const perHelperIn =
    p.admin?.payrollPerHelperPerYear ??
    (preset && "payrollPerHelperPerYear" in preset && p.employer === "citizen" && p.payroll === "association" && p.admin === undefined ? preset.payrollPerHelperPerYear : undefined);
  if (preset && "noAdminForRelative" in preset && p.employer === "relative" && p.admin === undefined) {
    adminLines.push(step("bpa.admin", "Der ydes ikke administrationsbidrag, når en nærtstående er arbejdsgiver.", presetSource));
  }
  if (perHourIn !== undefined) {
    adminPerHour = toDec(perHourIn);
    const amount = measuredForAdmin.times(adminPerHour);
    adminExact = adminExact.plus(amount);
    adminLines.push(step("bpa.admin", `Administrationsbidrag (arbejdsgiverrollen overdraget): ${formatNumberDa(roundHours(measuredForAdmin))} målte timer × ${formatKr(adminPerHour)} = ${formatKr(amount)}`, p.admin?.perMeasuredHour === undefined ? presetSource : "BEK nr. 1069 af 30/06/2020 § 8"));
  }
  if (perHelperIn !== undefined) {
    const n = need(helpers, "helpers", "for an administration fee per helper");
    const amount = toDec(perHelperIn).times(n);
    adminExact = adminExact.plus(amount);
    adminLines.push(step("bpa.admin", `Lønadministration ved forening: ${n} hjælpere × ${formatKr(toDec(perHelperIn))} pr. år = ${formatKr(amount)} (mod faktura, højst dette beløb).`, p.admin?.payrollPerHelperPerYear === undefined ? presetSource : undefined));
  }
  if (adminLines.length === 0) adminLines.push(step("bpa.admin", "Administrationsbidrag: ikke angivet (0,00 kr.). Det måles konkret, når arbejdsgiverrollen overdrages.", "BEK nr. 1069 af 30/06/2020 § 8"));
  explanation.push(...adminLines);
  const admin = roundOre(adminExact);

  // Helper-related expenses
  let helperExpenses = ZERO;
  if (p.helperExpensesMonthly !== undefined) {
    const capIn = p.helperExpensesCap ?? (preset && "helperExpensesCap" in preset ? preset.helperExpensesCap : BPA_DEFAULTS.helperExpensesCap)[p.section];
    const cap = toDec(capIn);
    const monthly = toDec(p.helperExpensesMonthly);
    const used = Dec.min(monthly, cap);
    helperExpenses = roundOre(used.times(12));
    explanation.push(
      step(
        "bpa.helper-expenses",
        `Hjælperrelaterede udgifter: ${formatKr(used)} pr. måned × 12 = ${formatKr(helperExpenses)}${monthly.gt(cap) ? ` (ansøgt ${formatKr(monthly)}, begrænset til højst ${formatKr(cap)} pr. måned).` : ""}`,
        p.helperExpensesCap === undefined ? (presetSource ?? BPA_DEFAULTS.source) : undefined,
      ),
    );
  }

  // Offset for attendance / care supplements
  const allowanceHours = preset && "allowanceHours" in preset ? preset.allowanceHours : BPA_DEFAULTS.allowanceHours;
  const offsetWeekly = new Dec(p.allowances?.attendance ? allowanceHours.attendance : 0).plus(p.allowances?.care ? allowanceHours.care : 0);
  const offsetYearly = offsetWeekly.times(W);
  if (offsetYearly.gt(measuredYearly)) fail("allowances", `set off ${formatNumberDa(offsetWeekly)} normal hours a week, more than the ${formatNumberDa(roundHours(measuredWeekly))} hours measured`);
  const offset = roundOre(offsetYearly.times(hourly));
  if (offsetWeekly.gt(0)) {
    const what = [p.allowances?.attendance ? `bistandstillæg (${formatNumberDa(allowanceHours.attendance)} t/uge)` : "", p.allowances?.care ? `plejetillæg (${formatNumberDa(allowanceHours.care)} t/uge)` : ""].filter(Boolean).join(" og ");
    explanation.push(step("bpa.offset", `Modregning for ${what}: ${formatNumberDa(offsetWeekly)} normaltimer/uge × ${formatNumberDa(W)} uger × ${formatKr(hourly)} = −${formatKr(offset)}`, presetSource ?? BPA_DEFAULTS.source));
  }

  const components = { wages, supplements, onCall, pension, holidayPay, employerCosts, admin, helperExpenses, offset };
  const total = wages.plus(supplements).plus(onCall).plus(pension).plus(holidayPay).plus(employerCosts).plus(admin).plus(helperExpenses).minus(offset);

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
    onCall: unit(hourly.times(onCallFraction)),
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

/** Hours shown in texts: two decimals at most. */
function roundHours(h: Dec): Dec {
  return h.toDecimalPlaces(2, Dec.ROUND_HALF_UP);
}

import { instantOf, isDate } from "../core/time.js";
import { fail, InputError, say } from "../core/errors.js";
import { SHELTER_ISSUES } from "./messages.js";
import { amount as money, type Step, type StepValues } from "../core/explain.js";
import { step } from "./words.js";
import { Dec, formatMoney, roundOre, toDec } from "../core/money.js";
import { dateFromDayNumber, dayNumber, daysInMonth, toIsoTime, wallClockMinutes } from "../core/period.js";
import { NO_BOUND_RATES, rateMissing, rowSpanAt, type BoundRates, type RateRow } from "../core/rates.js";
import { formatSource } from "../core/sources.js";
import { presetStepOf } from "../service-levels/step.js";
import { resolvePreset, ruleCitation } from "../service-levels/preset-view.js";
import { parseInput } from "../core/validate.js";
import { SHELTER_109_TABLE, SHELTER_110_TABLE } from "./rates.js";
import { shelterFeeInputSchema, type ShelterFeeInput } from "./schema.js";

/** How døgn are counted. */
export type Counting = "started-24h" | "calendar-days" | "nights";

/** Døgn in one calendar year, at that year's rate. */
export interface ShelterSegment {
  year: number;
  days: number;
  /** Rate per døgn actually charged (after any reduction), two decimals. */
  rate: string;
  amount: string;
}

/** Døgn in one month, for monthly collection. */
export interface ShelterMonth {
  month: string;
  days: number;
  amount: string;
}

/** Result of {@link shelterFee}. */
export interface ShelterFeeResult {
  /** Number of døgn counted. */
  days: number;
  /** Own payment for lodging, two decimals. */
  amount: string;
  segments: ShelterSegment[];
  months: ShelterMonth[];
  exempt?: "no-income" | "own-home";
  counting: Counting;
  /** Opted-in food and laundry, priced and paid to the facility directly; not in `amount`. */
  extras?: { food: string; laundry: string; total: string };
  explanation: Step[];
}

const MAX_DAYS = 3700;

/**
 * Own payment for a stay at a § 109 crisis centre or a § 110 shelter: a fixed amount per døgn
 * for lodging incl. electricity and heat, also covering accompanying children (BEK nr. 1244
 * af 13/11/2017 § 2), «pr. påbegyndt dag/døgn» (Holbæk 2024, pkt. 5), each døgn at the
 * rate of the year in which it starts. No income → no payment (BEK 1244/2017 § 1; Holbæk 2024); a resident who pays
 * rent for their own home pays no lodging only with `preset: "albertslund-2018"` (Albertslund
 * 2018: «betaler som udgangspunkt ikke for logi»); in Holbæk 2024 (and without a preset) it is a
 * ground to apply for a waiver or reduction, shown in the explanation; a granted reduction
 * (`{ fraction }` of the rate, or `{ perDay }` kroner) lowers the daily rate.
 *
 * Counting (`counting`): `"started-24h"` (default) — every started 24 hours from arrival;
 * `"calendar-days"` — every calendar date of the stay; `"nights"` — every night (date change).
 * Times are Danish wall-clock times; a døgn runs from a clock time to the same clock time the
 * next day, so across a daylight-saving change a døgn is 23 or 25 real hours and the count is
 * what the clock on the wall shows.
 *
 * @example
 * shelterFee({ section: "109", arrival: "2024-03-01T14:00", departure: "2024-03-03T13:00" }).amount //=> "194.60"
 */
export function shelterFee(input: ShelterFeeInput): ShelterFeeResult {
  return computeShelterFee(input, NO_BOUND_RATES);
}

/** Result of {@link shelterDays}. */
export interface ShelterDaysResult {
  /** Number of døgn counted. */
  days: number;
  counting: Counting;
  explanation: Step[];
}

/**
 * The number of døgn a §§ 109–110 stay counts, without looking up any rate (so it works for a
 * year whose rate is not published). Same input and counting as {@link shelterFee}.
 *
 * @example
 * shelterDays({ section: "110", arrival: "2030-03-01T14:00", departure: "2030-03-03T13:00" }).days //=> 2
 */
export function shelterDays(input: ShelterFeeInput): ShelterDaysResult {
  const p = parseInput(shelterFeeInputSchema, input);
  const c = countDays(p);
  // The service level in use is named first, as in every calculation that uses one.
  const view = resolvePreset(p.preset, { date: toIsoTime(p.arrival).slice(0, 10), path: "arrival", uses: ["shelter.counting"] });
  return { days: c.days, counting: c.counting, explanation: view === undefined ? c.explanation : [presetStepOf(view), ...c.explanation] };
}

type ParsedFee = ReturnType<typeof parseFee>;
function parseFee(input: ShelterFeeInput) {
  return parseInput(shelterFeeInputSchema, input);
}

/** {@link shelterFee} with rate rows bound by `withRates`. */
export function computeShelterFee(input: ShelterFeeInput, bound: BoundRates): ShelterFeeResult {
  const p = parseFee(input);
  const { arrival, days, counting, explanation } = countDays(p);
  const view = resolvePreset(p.preset, { date: toIsoTime(p.arrival).slice(0, 10), path: "arrival", uses: ["shelter.ownHomeExempt", "shelter.counting"] });
  if (view !== undefined) explanation.unshift(presetStepOf(view));
  // Own home kept during the stay: no lodging payment only where the municipality's document
  // says so; where it does not (or says it is a ground to apply), a waiver or reduction is applied for.
  const ownHome = view?.shelter?.ownHomeExempt;
  const exempt = p.income === false ? "no-income" : p.ownHomeRent === true && ownHome?.value === true ? "own-home" : undefined;
  if (p.ownHomeRent === true && exempt === undefined) explanation.push(step("shelter.own-home", {}, ownHome?.source ?? "BEK nr. 1244 af 13/11/2017"));
  const runs = splitByMonth(arrival, days);
  const charged = exempt ? exemptComponent(p, runs, exempt, ownHome?.source, arrival) : chargedComponent(p, runs, bound);
  explanation.push(...charged.steps);
  const result: ShelterFeeResult = { days, amount: formatMoney(charged.amount), segments: charged.segments, months: charged.months, counting, explanation };
  if (exempt) result.exempt = exempt;
  const extras = extrasComponent(p, days);
  if (extras) {
    result.extras = extras.extras;
    explanation.push(...extras.steps);
  }
  return result;
}

/** The fee's amount, its parts per year and month, and the steps that explain it. */
interface Charged {
  amount: Dec;
  segments: ShelterSegment[];
  months: ShelterMonth[];
  steps: Step[];
}

/** No income, or an own home the service level exempts: every døgn at 0 kr. */
function exemptComponent(p: ParsedFee, runs: MonthRun[], exempt: "no-income" | "own-home", ownHomeSource: string | undefined, arrival: string): Charged {
  return {
    amount: new Dec(0),
    segments: groupYears(runs).map(([year, d]) => ({ year, days: d, rate: "0.00", amount: "0.00" })),
    months: runs.map((r) => ({ month: r.month, days: r.days, amount: "0.00" })),
    steps: [exempt === "no-income" ? step("shelter.exempt.no-income", {}, noIncomeSource(p.preset, arrival.slice(0, 10))) : step("shelter.exempt.own-home", {}, ownHomeSource)],
  };
}

/** Each døgn at the rate in force on its day (less a reduction), summed per month and per year. */
function chargedComponent(p: ParsedFee, runs: MonthRun[], bound: BoundRates): Charged {
  const { pieces, dailyOf, steps } = dailyRates(p, runs, bound);
  let amount = new Dec(0);
  const monthTotals = new Map<string, Dec>();
  for (const piece of pieces) {
    const a = (dailyOf.get(piece.row) as Dec).times(piece.days);
    monthTotals.set(piece.month, (monthTotals.get(piece.month) ?? new Dec(0)).plus(a));
    amount = amount.plus(a);
  }
  const months = runs.map((r) => ({ month: r.month, days: r.days, amount: formatMoney(monthTotals.get(r.month) ?? new Dec(0)) }));
  const segments: ShelterSegment[] = [];
  for (const piece of pieces) {
    const last = segments.at(-1);
    const daily = dailyOf.get(piece.row) as Dec;
    if (last && last.year === piece.year && last.rate === formatMoney(daily)) {
      last.days += piece.days;
      last.amount = formatMoney(daily.times(last.days));
    } else {
      segments.push({ year: piece.year, days: piece.days, rate: formatMoney(daily), amount: formatMoney(daily.times(piece.days)) });
    }
  }
  for (const seg of segments) steps.push(step("shelter.segment", { year: seg.year, days: seg.days, rate: seg.rate, amount: seg.amount }));
  steps.push(step("shelter.total", { total: money(amount) }, "BEK nr. 1244 af 13/11/2017 § 4"));
  return { amount, segments, months, steps };
}

/**
 * The rate of each døgn: rows are looked up day by day, so a row that starts or ends inside the
 * stay is honoured, and a day no row covers is reported (never stretched from a neighbouring
 * row). Each row's rate, reduced as the call says, is explained once.
 */
function dailyRates(p: ParsedFee, runs: MonthRun[], bound: BoundRates): { pieces: { year: number; month: string; row: RateRow<string>; days: number }[]; dailyOf: Map<RateRow<string>, Dec>; steps: Step[] } {
  const table = p.section === "109" ? SHELTER_109_TABLE : SHELTER_110_TABLE;
  const dailyOf = new Map<RateRow<string>, Dec>();
  const pieces: { year: number; month: string; row: RateRow<string>; days: number }[] = [];
  const uncovered: [string, string][] = [];
  const steps: Step[] = [];
  for (const r of runs) {
    const first = dayNumber(r.start);
    let d = 0;
    while (d < r.days) {
      const date = dateFromDayNumber(first + d);
      const span = rowSpanAt(table, date, p.rates, bound);
      if (span === undefined) {
        const last = uncovered.at(-1);
        if (last && dayNumber(last[1]) === first + d - 1) last[1] = date;
        else uncovered.push([date, date]);
        d += 1;
        continue;
      }
      const row = span.row;
      const n = Math.min(r.days - d, dayNumber(span.last) - (first + d) + 1); // an open row ends 9999-12-31
      d += n;
      const prev = pieces.at(-1);
      if (prev && prev.row === row && prev.month === r.month) prev.days += n;
      else pieces.push({ year: r.year, month: r.month, row, days: n });
      if (!dailyOf.has(row)) {
        const rate = rateStep(p, row);
        dailyOf.set(row, rate.amount);
        steps.push(...rate.steps);
      }
    }
  }
  if (uncovered.length > 0) {
    const [a] = uncovered[0] as [string, string];
    const spans = uncovered.map(([x, y]) => (x === y ? x : `${x}–${y}`)).join(", ");
    const missing = rateMissing(table, a);
    const params = { section: p.section, spans, missing: missing.message, year: missing.rate?.year ?? "", where: missing.rate?.publishedAt ?? "" };
    throw new InputError([{ ...missing, says: SHELTER_ISSUES.uncovered.id, params, message: say(SHELTER_ISSUES.uncovered, params) }]);
  }
  return { pieces, dailyOf, steps };
}

/** One row's rate per døgn, less the reduction the municipality grants (a share, or kroner per døgn, not below 0). */
function rateStep(p: ParsedFee, row: RateRow<string>): { amount: Dec; steps: Step[] } {
  const base = toDec(row.value);
  const r = p.reduction;
  const reduced = r === undefined ? base : "fraction" in r ? roundOre(base.times(new Dec(1).minus(r.fraction))) : Dec.max(0, base.minus(toDec(r.perDay)));
  const wholeYear = row.until !== undefined && row.from.slice(0, 4) === row.until.slice(0, 4) && row.from.endsWith("-01-01") && row.until.endsWith("-12-31");
  const period: StepValues = wholeYear ? { year: Number(row.from.slice(0, 4)) } : row.until ? { from: row.from, until: row.until } : { from: row.from };
  return {
    amount: reduced,
    steps: [
      r === undefined
        ? step("shelter.rate", { ...period, base: money(base) }, formatSource(row.source))
        : "fraction" in r
          ? step("shelter.rate.reduced-fraction", { ...period, base: money(base), fraction: r.fraction, reduced: money(reduced) }, formatSource(row.source))
          : step("shelter.rate.reduced-amount", { ...period, base: money(base), perDay: money(toDec(r.perDay)), reduced: money(reduced) }, formatSource(row.source)),
    ],
  };
}

/** Food and laundry the facility charges per døgn, apart from the own payment (BEK nr. 1244/2017 § 2, stk. 3). */
function extrasComponent(p: ParsedFee, days: number): { extras: NonNullable<ShelterFeeResult["extras"]>; steps: Step[] } | undefined {
  if (p.dailyFood === undefined && p.dailyLaundry === undefined) return undefined;
  const food = toDec(p.dailyFood ?? 0).times(days);
  const laundry = toDec(p.dailyLaundry ?? 0).times(days);
  return {
    extras: { food: formatMoney(food), laundry: formatMoney(laundry), total: formatMoney(food.plus(laundry)) },
    steps: [step("shelter.extras", { food: money(food), laundry: money(laundry) }, "BEK nr. 1244 af 13/11/2017 § 2")],
  };
}

interface MonthRun {
  month: string;
  year: number;
  /** Date of the first døgn in the run. */
  start: string;
  days: number;
}

/** Consecutive døgn starting on the date of `firstDate` (a date or a local time), grouped by the month of their start date. */
function splitByMonth(firstDate: string, days: number): MonthRun[] {
  const runs: MonthRun[] = [];
  let year = Number(firstDate.slice(0, 4));
  let month = Number(firstDate.slice(5, 7));
  let day = Number(firstDate.slice(8, 10));
  let left = days;
  while (left > 0) {
    const n = Math.min(left, daysInMonth(year, month) - day + 1);
    const label = `${year}-${month < 10 ? "0" : ""}${month}`;
    runs.push({ month: label, year, start: `${label}-${day < 10 ? "0" : ""}${day}`, days: n });
    left -= n;
    day = 1;
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return runs;
}

function groupYears(runs: MonthRun[]): [number, number][] {
  const out: [number, number][] = [];
  for (const r of runs) {
    const lastYear = out.at(-1);
    if (lastYear && lastYear[0] === r.year) lastYear[1] += r.days;
    else out.push([r.year, r.days]);
  }
  return out;
}

/** Counts the døgn of a parsed stay, with the explanation line. */
function countDays(p: ParsedFee): { arrival: string; days: number; counting: Counting; explanation: Step[] } {
  // Exactly one of departure / asOf, not before arrival: checked by the input schema (crossField).
  const arrival = toIsoTime(p.arrival);
  const end = toIsoTime((p.departure ?? p.asOf) as string | Date);
  const endField = p.departure === undefined ? "asOf" : "departure";
  const minutes = wallClockMinutes(end) - wallClockMinutes(arrival);
  // How døgn are counted: the call's choice, else the service level's rule (cited to it), else
  // each started døgn — the calculation's own default, stated as BEK nr. 1244/2017's «pr. døgn».
  const byLevel = p.counting === undefined ? resolvePreset(p.preset, { date: toIsoTime(p.arrival).slice(0, 10), path: "arrival", uses: ["shelter.counting"] })?.shelter?.counting : undefined;
  const counting: Counting = p.counting ?? byLevel?.value ?? "started-24h";
  const firstDay = dayNumber(arrival); // the date part of the local time
  const lastDay = dayNumber(end);
  // A døgn runs from a wall-clock time to the same time the next day; but a stay of positive real
  // length (two instants an hour apart across the autumn clock change read the same wall clock)
  // is at least one started døgn.
  const endValue = (p.departure ?? p.asOf) as string | Date;
  const realLength = isDate(p.arrival) && isDate(endValue) ? instantOf(endValue) - instantOf(p.arrival) : minutes;
  const started = Math.max(Math.ceil(minutes / 1440), realLength > 0 ? 1 : 0);
  const days = counting === "started-24h" ? started : counting === "calendar-days" ? lastDay - firstDay + 1 : lastDay - firstDay;
  if (days > MAX_DAYS) fail(endField, SHELTER_ISSUES.tooLong, { days, max: MAX_DAYS });

  const explanation: Step[] = [
    step(
      "shelter.days",
      { section: p.section, crisisCentre: p.section === "109", arrival, end, ongoing: p.asOf !== undefined, days, counting },
      byLevel !== undefined ? `BEK nr. 1244 af 13/11/2017 § 2 (pr. døgn); ${byLevel.source}` : counting === "started-24h" ? "BEK nr. 1244 af 13/11/2017 § 2 (pr. døgn)" : undefined,
    ),
  ];
  return { arrival, days, counting, explanation };
}

/** No income, no payment: BEK nr. 1244/2017 § 1 (payment from income), and the service level in use where it states the rule (Holbæk 2024, pkt. 5). */
function noIncomeSource(preset: string | undefined, date: string): string {
  const cited = ruleCitation(preset, "shelter.noIncome", date);
  return cited === undefined ? "BEK nr. 1244 af 13/11/2017 § 1" : `BEK nr. 1244 af 13/11/2017 § 1; ${cited}`;
}

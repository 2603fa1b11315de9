import type * as z from "zod/mini";
import { ESCORT_ISSUES } from "./messages.js";
import { InputError, issue, type InputIssue } from "../core/errors.js";
import { type Step } from "../core/explain.js";
import { step } from "./words.js";
import { monthFromIndex, monthIndex, monthOf, toIsoDate } from "../core/period.js";
import { parseInput } from "../core/validate.js";
import { fromCenti, toCenti, type Centi } from "./hours.js";
import { ESCORT_DEFAULTS } from "./rates.js";
import { escortLedgerInputSchema, type EscortLedgerInput } from "./schema.js";

/** Hours that came from one month's grant. */
export interface HoursFrom {
  /** The month whose grant the hours came from (`"YYYY-MM"`). */
  from: string;
  hours: number;
}

/** One month of the escort ledger. All hours are numbers with at most two decimals. */
export interface EscortMonth {
  month: string;
  /** This month's grant: monthlyHours minus hours the residence provides (never below 0). */
  granted: number;
  /** Hours recorded as used this month (= used + overuse). */
  recorded: number;
  /** Hours covered by the grant this month. */
  used: number;
  usedFromCurrent: number;
  usedFromSaved: HoursFrom[];
  /** Hours that lapsed this month: cut by the cap at the start, or expired at the end. */
  lapsed: number;
  /** Hours recorded beyond what was available (never borrowed from a later month). */
  overuse: number;
  /** Saved hours plus this month's grant (after any cap cut). */
  availableAtStart: number;
  /** What carries into next month. */
  availableAtEnd: number;
  /** Saved hours at the end of the month, by the month they came from. */
  saved: HoursFrom[];
}

/** Result of {@link escortLedger}. */
export interface EscortLedgerResult {
  months: EscortMonth[];
  totals: { granted: number; used: number; lapsed: number; overuse: number };
  /** The policy applied, defaults filled in. */
  policy: { windowMonths: number; cap: number; order: "newest-first" | "oldest-first"; saving: boolean; monthlyHours: number };
  explanation: Step[];
}


interface Lot {
  month: number;
  /** The month as "YYYY-MM", made once. */
  label: string;
  left: Centi;
}

/**
 * The § 97 escort ledger, month by month: «Der kan opspares timer inden for en periode af 6
 * måneder … Ikke forbrugte timer fra den første af de 6 måneder vil bortfalde efter udløbet
 * af 6 måneders perioden» (Albertslund 2018, § 97; BEK nr. 235 af 09/03/2012 § 6).
 *
 * - each month's grant (15 hours, less hours a residential offer provides) can be used in
 *   that month and the next `windowMonths − 1`; what is left lapses at the end of the last;
 * - at most `cap` (90) hours are ever available: a grant that would pass the cap is cut and
 *   the cut hours lapse;
 * - the current month's hours are used first, then saved hours newest-first (Albertslund 2018 and
 *   004) or oldest-first; the order changes which hours, never how many;
 * - hours are never used in advance: usage beyond what is available is overuse of that month
 *   (or an InputError with `strict: true`);
 * - without a saving agreement (`policy.saving: false`) the rest of each month lapses at its end.
 *
 * @example
 * const r = escortLedger({ from: "2024-01", to: "2024-04", usage: [{ month: "2024-04", hours: 20 }] });
 * r.months[3].usedFromCurrent //=> 15
 * r.months[3].usedFromSaved   //=> [{ from: "2024-03", hours: 5 }]
 */
export function escortLedger(input: EscortLedgerInput): EscortLedgerResult {
  const p = parseInput(escortLedgerInputSchema, input);
  const first = monthIndex(p.from);
  // from ≤ to and at most MAX_LEDGER_MONTHS months: checked by the input schema (crossField).
  const n = monthIndex(p.to) - first + 1;
  const policy = policyComponent(p);
  const { usage, residence } = hoursByMonth(p, first, n);
  const explanation: Step[] = [policy.step];
  const strictOveruse: InputIssue[] = [];
  const months: EscortMonth[] = [];
  const totals = { granted: 0, used: 0, lapsed: 0, overuse: 0 };
  const state: LedgerState = { lots: [], saved: 0 };
  for (let k = 0; k < n; k++) {
    const m = monthComponent(state, policy, first + k, usage[k] as Centi, residence[k] as Centi);
    if (m.overuse > 0 && p.strict) {
      strictOveruse.push(issue("usage", ESCORT_ISSUES.overuse, { month: m.record.month, recorded: m.record.recorded, available: m.record.availableAtStart }));
    }
    totals.granted += m.granted;
    totals.used += m.used;
    totals.lapsed += m.lapsed;
    totals.overuse += m.overuse;
    months.push(m.record);
    explanation.push(m.step);
  }
  if (strictOveruse.length > 0) throw new InputError(strictOveruse);
  return {
    months,
    totals: { granted: fromCenti(totals.granted), used: fromCenti(totals.used), lapsed: fromCenti(totals.lapsed), overuse: fromCenti(totals.overuse) },
    policy: { windowMonths: policy.window, cap: fromCenti(policy.cap), order: policy.order, saving: policy.saving, monthlyHours: fromCenti(policy.monthly) },
    explanation,
  };
}

type ParsedLedger = z.output<typeof escortLedgerInputSchema>;

/** The ledger's rules: hours a month, whether and how long hours are saved, the cap, the order saved hours are used in. */
interface LedgerPolicy {
  saving: boolean;
  window: number;
  cap: Centi;
  order: "newest-first" | "oldest-first";
  monthly: Centi;
  step: Step;
}

/** The saved hours between months: lots by the month they were granted, and their running total. */
interface LedgerState {
  lots: Lot[];
  saved: Centi;
}

/** The policy the call gives, else the calculation's defaults (BEK nr. 235/2012 § 6), and the step that states it. */
function policyComponent(p: ParsedLedger): LedgerPolicy {
  const saving = p.policy?.saving ?? true;
  const window = saving ? (p.policy?.windowMonths ?? ESCORT_DEFAULTS.windowMonths) : 1;
  const cap = toCenti(p.policy?.cap ?? ESCORT_DEFAULTS.cap);
  const order = p.policy?.order ?? ESCORT_DEFAULTS.order;
  const monthly = toCenti(p.monthlyHours ?? ESCORT_DEFAULTS.monthlyHours);
  const line = saving
    ? step("escort.policy.saving", { monthly: fromCenti(monthly), window, cap: fromCenti(cap), newestFirst: order === "newest-first", ...(p.policy?.order === undefined ? { defaultOrder: true } : {}) }, ESCORT_DEFAULTS.source)
    : step("escort.policy.no-saving", { monthly: fromCenti(monthly) }, ESCORT_DEFAULTS.source);
  return { saving, window, cap, order, monthly, step: line };
}

/** The fields of the ledger's period, named in the messages of a month outside it. */
const PERIOD_FIELDS = { fromField: "from", toField: "to" };

/** Recorded use and residence hours per month of the ledger; a use or residence outside from..to is refused, every one at once. */
function hoursByMonth(p: ParsedLedger, first: number, n: number): { usage: Centi[]; residence: Centi[] } {
  const problems: InputIssue[] = [];
  const usage = new Array<Centi>(n).fill(0);
  (p.usage ?? []).forEach((u, i) => {
    const given = (u.month === undefined ? 0 : 1) + (u.date === undefined ? 0 : 1);
    if (given !== 1) {
      problems.push(issue(`usage[${i}].month`, ESCORT_ISSUES.monthOrDate, { other: "date" }));
      return;
    }
    const m = u.month ?? monthOf(toIsoDate(u.date as string | Date));
    const k = monthIndex(m) - first;
    if (k < 0 || k >= n) problems.push(issue(`usage[${i}]`, ESCORT_ISSUES.outside, { month: m, from: p.from, to: p.to, ...PERIOD_FIELDS }));
    else usage[k] = (usage[k] as number) + toCenti(u.hours);
  });
  const residence = new Array<Centi>(n).fill(0);
  if (typeof p.residenceHours === "number") residence.fill(toCenti(p.residenceHours));
  else
    (p.residenceHours ?? []).forEach((r, i) => {
      const k = monthIndex(r.month) - first;
      if (k < 0 || k >= n) problems.push(issue(`residenceHours[${i}]`, ESCORT_ISSUES.outside, { month: r.month, from: p.from, to: p.to, ...PERIOD_FIELDS }));
      else residence[k] = (residence[k] as number) + toCenti(r.hours);
    });
  if (problems.length > 0) throw new InputError(problems);
  return { usage, residence };
}

/**
 * One month of the ledger: the month's grant (less residence hours, not beyond the cap) is used
 * first, then saved hours in the policy's order; what cannot be covered is overuse; at the end of
 * the month hours whose window ends lapse. Updates `state` (the saved lots) for the next month.
 */
function monthComponent(state: LedgerState, policy: LedgerPolicy, mi: number, recorded: Centi, res: Centi): { record: EscortMonth; step: Step; granted: Centi; used: Centi; lapsed: Centi; overuse: Centi } {
  const monthText = monthFromIndex(mi);
  const granted = Math.max(0, policy.monthly - res);
  const savedBefore = state.saved;
  const added = Math.min(granted, Math.max(0, policy.cap - savedBefore));
  let lapsed = granted - added;
  const current: Lot = { month: mi, label: monthText, left: added };
  const availableAtStart = savedBefore + added;
  let need = recorded;
  const fromCurrent = Math.min(need, current.left);
  current.left -= fromCurrent;
  need -= fromCurrent;
  const usedFromSaved: HoursFrom[] = [];
  const newest = policy.order === "newest-first";
  const lots = state.lots;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: with nothing left to take each further lot gives 0 and is skipped; the check only stops early
  for (let i = newest ? lots.length - 1 : 0; need > 0 && i >= 0 && i < lots.length; i += newest ? -1 : 1) {
    const lot = lots[i] as Lot;
    const take = Math.min(need, lot.left);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: emptied lots are dropped at each month end, so a lot here always has hours left
    if (take > 0) {
      lot.left -= take;
      need -= take;
      state.saved -= take;
      usedFromSaved.push({ from: lot.label, hours: fromCenti(take) });
    }
  }
  const overuse = need;
  lots.push(current);
  state.saved += current.left;
  // End of month: hours whose window ends now lapse (lots are in month order, oldest first).
  let expired = 0;
  while (lots.length > 0 && (lots[0] as Lot).month <= mi - policy.window + 1) {
    expired += (lots.shift() as Lot).left;
  }
  state.saved -= expired;
  lapsed += expired;
  // Stryker disable next-line ConditionalExpression: a fast path; filtering a list without empty lots keeps it as it is
  if (lots.some((l) => l.left === 0)) state.lots = lots.filter((l) => l.left > 0);
  const availableAtEnd = state.saved;
  const used = recorded - overuse;
  const record: EscortMonth = {
    month: monthText,
    granted: fromCenti(granted),
    recorded: fromCenti(recorded),
    used: fromCenti(used),
    usedFromCurrent: fromCenti(fromCurrent),
    usedFromSaved,
    lapsed: fromCenti(lapsed),
    overuse: fromCenti(overuse),
    availableAtStart: fromCenti(availableAtStart),
    availableAtEnd: fromCenti(availableAtEnd),
    saved: state.lots.map((l) => ({ from: l.label, hours: fromCenti(l.left) })),
  };
  const line = monthStep(monthText, granted, res, policy.monthly, recorded, fromCurrent, usedFromSaved, granted - added, expired, overuse, availableAtEnd, policy.cap);
  return { record, step: line, granted, used, lapsed, overuse };
}

function monthStep(
  month: string,
  granted: Centi,
  residence: Centi,
  monthly: Centi,
  recorded: Centi,
  fromCurrent: Centi,
  fromSaved: HoursFrom[],
  capCut: Centi,
  expired: Centi,
  overuse: Centi,
  atEnd: Centi,
  cap: Centi,
): Step {
  const values = {
    month,
    granted: fromCenti(granted),
    residence: fromCenti(residence),
    monthly: fromCenti(monthly),
    residenceUsed: fromCenti(Math.min(residence, monthly)),
    capCut: fromCenti(capCut),
    cap: fromCenti(cap),
    recorded: fromCenti(recorded),
    used: fromCenti(recorded - overuse),
    fromCurrent: fromCenti(fromCurrent),
    saved: fromSaved.map((s) => ({ hours: s.hours, from: s.from })),
    overuse: fromCenti(overuse),
    expired: fromCenti(expired),
    atEnd: fromCenti(atEnd),
  };
  return step(overuse > 0 ? "escort.overuse" : expired > 0 || capCut > 0 ? "escort.lapse" : "escort.month", values);
}

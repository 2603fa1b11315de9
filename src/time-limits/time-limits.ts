import { TIME_LIMITS_ISSUES } from "./messages.js";
import * as z from "zod/mini";
import { InputError, issue } from "../core/errors.js";
import { type Step } from "../core/explain.js";
import { step } from "./words.js";
import { monthPeriodEnd, plusDays, plusMonths, plusWeeks, plusWorkingDays } from "../core/calendar.js";
import { toIsoDate, type DateInput } from "../core/period.js";
import { date, obj, oneOf, parseInput } from "../core/validate.js";
import { statePensionAge } from "../pension/index.js";
import { presetStepOf } from "../service-levels/step.js";
import { PERIOD_EVENTS, PERIOD_PARAGRAPHS, type PeriodParagraph } from "../service-levels/catalogue.js";
import { SERVICE_LEVELS, type PresetName, type ServiceLevelName } from "../service-levels/index.js";
import { presetView, resolveLevel } from "../service-levels/preset-view.js";
import { citeRow, levelRow, type LevelRow } from "../service-levels/schema.js";
import { presetName } from "../service-levels/scope.js";

/** A length in one unit, as a document states it. */
interface Length {
  months?: number;
  weeks?: number;
  days?: number;
  workingDays?: number;
}

/** One period as a service-level document states it (the value of a `periods.<§>` row). */
interface PeriodItem {
  id: string;
  label: string;
  kind: TimeLimit["kind"];
  from?: TimeLimit["from"];
  after?: string;
  length?: Length;
  untilPensionAge?: boolean;
  approximate?: boolean;
  section?: string;
  quote?: string;
}

/** One time limit, target, expected length, contact deadline or duty to report, with its date. */
export interface TimeLimit {
  /** The period's id in the document, e.g. `"kontakt-3-arbejdsdage"`. */
  readonly id: string;
  /** What it is, in the document's words (Danish). */
  readonly label: string;
  /**
   * `limit` (the longest the support runs), `target` (a stated aim — not a limit), `expected`
   * (the length the document expects — not a limit), `contact` (contact is made at the latest
   * on `date`), `report` (the provider informs the caseworker on `date`).
   */
  readonly kind: "limit" | "target" | "expected" | "contact" | "report";
  /** What the period counts from: the start of the support or stay, the move out, or the last attendance. */
  readonly from: "start" | "move-out" | "last-attendance";
  /** The period counts from the date of this earlier entry (the document says «derefter», «efter, kommunen er blevet orienteret»): its date is the latest day that entry allows. */
  readonly after?: string;
  /** For a limit, target or expected length: the last day (inclusive); for a contact or report: the day it is due. `YYYY-MM-DD`. */
  readonly date: string;
  /** The length as the document gives it (absent when the period runs to the state pension age). */
  readonly length?: Readonly<Length>;
  /** The period runs to the state pension age (the date the age is reached). */
  readonly untilPensionAge?: true;
  /** The document says «som udgangspunkt», «normalt», «ca.»: a rule of thumb, not a fixed limit. */
  readonly approximate: boolean;
  /** The sentence of the document it comes from. */
  readonly quote: string;
  /** The document and its section. */
  readonly source: string;
}

/** Result of {@link timeLimits}. */
export interface TimeLimitsResult {
  /** Every period the service level sets for the paragraph and the event given, in the document's order. */
  limits: TimeLimit[];
  explanation: Step[];
}

/** What callers pass to {@link timeLimits}. */
export interface TimeLimitsInput {
  /** The paragraph, e.g. `"109"` (krisecenter) or `"107"` (midlertidigt botilbud). */
  paragraph: PeriodParagraph;
  /** The day the event happened: the start of the support or stay (default), the move out, or the last attendance (see `event`). `"YYYY-MM-DD"` or a `Date`. */
  start: DateInput;
  /** Which event `start` is: `"start"` (default), `"move-out"` or `"last-attendance"`; only the periods counted from it are given. */
  event?: "start" | "move-out" | "last-attendance";
  /** The citizen's birth date, needed when a period runs to the state pension age (§ 103). */
  birthDate?: DateInput;
  /** The service level whose periods apply (optional when one is bound with `withServiceLevel`). */
  preset?: PresetName;
}

function buildSchema() {
  const withPeriods = (Object.keys(SERVICE_LEVELS) as ServiceLevelName[]).filter((n) => Object.keys(SERVICE_LEVELS[n].rules).some((k) => k.startsWith("periods.")));
  return obj({ paragraph: oneOf(PERIOD_PARAGRAPHS), start: date(), event: z.optional(oneOf(PERIOD_EVENTS)), birthDate: z.optional(date()), preset: z.optional(presetName(withPeriods)) });
}
const schema = /* @__PURE__ */ buildSchema();

/** The last day of a period of `length` from `start` (inclusive; months by the month-end rule). */
function lastDay(start: string, l: Length): string {
  if (l.months !== undefined) return monthPeriodEnd(start, l.months);
  if (l.weeks !== undefined) return plusDays(plusWeeks(start, l.weeks), -1);
  if (l.days !== undefined) return plusDays(start, l.days - 1);
  return plusWorkingDays(start, l.workingDays as number);
}

/** The day a deadline of `length` after `start` falls on (a month later keeps the day, or the month's last). */
function dueDay(start: string, l: Length): string {
  if (l.months !== undefined) return plusMonths(start, l.months);
  if (l.weeks !== undefined) return plusWeeks(start, l.weeks);
  if (l.days !== undefined) return plusDays(start, l.days);
  return plusWorkingDays(start, l.workingDays as number);
}

/**
 * The time limits, targets, expected lengths, contact deadlines and duties to report that a
 * municipality's service level sets for a paragraph, as dates from the day given. Holbæk 2024
 * § 109 pkt. 6: contact «senest 3 arbejdsdage», «inden for 5 hverdage», «senest efter en måned»;
 * § 107 pkt. 3: «som udgangspunkt i maksimalt 1 år»; Albertslund 2018 § 109: a «målsætning» of
 * at most three months. A target or expected length is told apart from a limit (`kind`), and a
 * rule of thumb is marked `approximate`. A limit of n months from 31 August ends on the last
 * day of February (the day before the same date n months later, or the month's last day); a
 * deadline of n working days skips weekends and public holidays. A paragraph the document sets
 * nothing for is refused naming the document (`not-in-preset`); with no service level named or
 * bound, an InputError (`required`): these are each municipality's own.
 *
 * @example
 * timeLimits({ paragraph: "109", start: "2024-03-01", preset: "holbaek-2024" }).limits.map((l) => l.date)
 */
export function timeLimits(input: TimeLimitsInput): TimeLimitsResult {
  const p = parseInput(schema, input);
  const level = resolveLevel(p.preset);
  if (level === undefined) throw new InputError([issue("preset", TIME_LIMITS_ISSUES.preset)]);
  const start = toIsoDate(p.start);
  const event = p.event ?? "start";
  const key = `periods.${p.paragraph}` as const;
  const row = levelRow<PeriodItem[]>(level, key, start, "start") as LevelRow<PeriodItem[]> | undefined;
  if (row === undefined) throw new InputError([issue("paragraph", TIME_LIMITS_ISSUES.paragraph, { citation: level.citation, paragraph: p.paragraph })]);
  const items = row.value.filter((it) => (it.from ?? "start") === event);
  if (items.length === 0) throw new InputError([issue("event", TIME_LIMITS_ISSUES.event, { citation: level.citation, paragraph: p.paragraph, event, events: [...new Set(row.value.map((it) => `"${it.from ?? "start"}"`))].join(", ") })]);
  const explanation: Step[] = [presetStepOf(presetView(level, start))];
  const limits: TimeLimit[] = [];
  const dates = new Map<string, string>();
  for (const it of items) {
    const source = it.section === undefined ? citeRow(level, row) : `${level.citation}, ${it.section}`;
    const quote = it.quote ?? row.quote;
    const approximate = it.approximate === true;
    if (it.untilPensionAge === true) {
      if (p.birthDate === undefined) throw new InputError([issue("birthDate", TIME_LIMITS_ISSUES.birthDate, { citation: level.citation, paragraph: p.paragraph })]);
      const pension = statePensionAge({ birthDate: p.birthDate });
      limits.push({ id: it.id, label: it.label, kind: it.kind, from: event, date: pension.date, untilPensionAge: true, approximate, quote, source });
      explanation.push(step("limits.pension", { label: it.label, age: pension.age, date: pension.date, quote }, `${source}; lov om social pension § 1 a`));
      continue;
    }
    const length = it.length as Length;
    const duration = it.kind === "limit" || it.kind === "target" || it.kind === "expected";
    // An entry counted from an earlier one (validated: it exists and comes first) starts from that entry's date.
    const base = it.after === undefined ? start : (dates.get(it.after) as string);
    const d = duration ? lastDay(base, length) : dueDay(base, length);
    dates.set(it.id, d);
    limits.push({ id: it.id, label: it.label, kind: it.kind, from: event, ...(it.after === undefined ? {} : { after: it.after }), date: d, length: { ...length }, approximate, quote, source });
    explanation.push(step(`limits.${it.kind}`, { label: it.label, from: base, date: d, ...length, ...(approximate ? { approximate } : {}), quote }, source));
  }
  return { limits, explanation };
}

import { FOLLOW_UP_ISSUES } from "./messages.js";
import * as z from "zod/mini";
import { InputError, issue } from "../core/errors.js";
import { type Step } from "../core/explain.js";
import { step } from "./words.js";
import { plusMonths, plusWeeks } from "../core/calendar.js";
import { toIsoDate, type DateInput } from "../core/period.js";
import { date, num, obj, oneOf, parseInput } from "../core/validate.js";
import { presetStepOf } from "../service-levels/step.js";
import { FOLLOW_UP_PARAGRAPHS, type FollowUpParagraph } from "../service-levels/catalogue.js";
import { SERVICE_LEVELS } from "../service-levels/index.js";
import { presetView, resolveLevel } from "../service-levels/preset-view.js";
import { citeRow, levelRow } from "../service-levels/schema.js";
import { presetName } from "../service-levels/scope.js";

/** The input schema (built by a function: the shipped names are read from the documents). */
function buildSchema() {
  const withFollowUps = Object.keys(SERVICE_LEVELS).filter((n) => Object.keys(SERVICE_LEVELS[n as keyof typeof SERVICE_LEVELS].rules).some((k) => k.startsWith("followUp."))) as (keyof typeof SERVICE_LEVELS)[];
  return obj({
    paragraph: oneOf(FOLLOW_UP_PARAGRAPHS),
    granted: date(),
    preset: z.optional(presetName(withFollowUps)),
    count: z.optional(num({ min: 0, max: 20, integer: true })),
  });
}
const schema = /* @__PURE__ */ buildSchema();

/** What callers pass to {@link followUpDates}. */
export interface FollowUpInput {
  /** The paragraph the grant is under, e.g. `"85"`. */
  paragraph: FollowUpParagraph;
  /** The day the grant was made. */
  granted: DateInput;
  /** The service level whose rule applies (optional when one is bound with `withServiceLevel`). */
  preset?: string;
  /** How many later follow-ups to list (default 3). */
  count?: number;
}

/** Result of {@link followUpDates}. */
export interface FollowUpResult {
  /** The first follow-up at the latest, `YYYY-MM-DD`. */
  first: string;
  /** The later follow-ups, in order (empty when the document sets only a first one). */
  later: string[];
  /** The document says «ca.» / «cirka»: a target, not a limit. */
  approximate: boolean;
  /** When a status is due before each follow-up (first, then the later ones), when the document says. */
  statusBy: string[];
  explanation: Step[];
}

/**
 * The follow-up dates of a grant by the municipality's own rule, as its service-level document
 * sets it: Holbæk 2024 § 82b «Første opfølgning sker efter maksimalt 8 uger»; § 85 «efter ca.
 * tre måneder. Derefter … cirka en gang om året»; § 85a «første gang efter 3 måneder herefter
 * halvårligt»; § 100 «mindst hvert andet år»; § 107 «første gang efter 3 måneder herefter minimum
 * en gang årligt»; Albertslund 2018 § 85 yearly with the status «senest 1 måned» before; §§ 95/96
 * new schemes «inden for 3 måneder» / «indenfor 3-6 måneder», then yearly; §§ 105 and 108 every
 * second year. Months are added with the end-of-month rule (31 August + 6 months = 28/29
 * February). A paragraph the document sets no rule for is refused naming the document.
 *
 * @example
 * followUpDates({ paragraph: "85a", granted: "2025-01-15", preset: "holbaek-2024" }).later //=> ["2025-10-15", "2026-04-15", "2026-10-15"]
 */
export function followUpDates(input: FollowUpInput): FollowUpResult {
  const p = parseInput(schema, input);
  const granted = toIsoDate(p.granted);
  const level = resolveLevel(p.preset);
  if (level === undefined) throw new InputError([issue("preset", FOLLOW_UP_ISSUES.preset)]);
  const key = `followUp.${p.paragraph}` as const;
  const row = levelRow<{ first?: { months?: number; weeks?: number }; every?: { months: number }; statusBeforeMonths?: number; approximate?: boolean }>(level, key, granted, "granted");
  if (row === undefined) throw new InputError([issue("paragraph", FOLLOW_UP_ISSUES.paragraph, { citation: level.citation, paragraph: p.paragraph })]);
  const rule = row.value;
  const approximate = rule.approximate === true;
  const first = rule.first?.weeks !== undefined ? plusWeeks(granted, rule.first.weeks) : plusMonths(granted, rule.first?.months ?? (rule.every as { months: number }).months);
  const later: string[] = [];
  if (rule.every) for (let i = 0, d = first; i < (p.count ?? 3); i++) later.push((d = plusMonths(d, rule.every.months)));
  const statusBy = rule.statusBeforeMonths === undefined ? [] : [first, ...later].map((d) => plusMonths(d, -(rule.statusBeforeMonths as number)));
  const source = citeRow(level, row);
  const firstValues: Record<string, number> = rule.first?.weeks !== undefined ? { weeks: rule.first.weeks } : { months: rule.first?.months ?? (rule.every as { months: number }).months };
  const explanation: Step[] = [presetStepOf(presetView(level)), step("follow-up.first", { paragraph: p.paragraph, granted, date: first, approximate, ...firstValues }, source)];
  if (later.length > 0) explanation.push(step("follow-up.every", { months: (rule.every as { months: number }).months, approximate, dates: later.map((d) => ({ date: d })) }, source));
  if (statusBy.length > 0) explanation.push(step("follow-up.status", { months: rule.statusBeforeMonths as number, dates: statusBy.map((d) => ({ date: d })) }, source));
  return { first, later, approximate, statusBy, explanation };
}

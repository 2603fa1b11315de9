import { COURSES_ISSUES } from "./messages.js";
import type { PresetName } from "../service-levels/index.js";
import * as z from "zod/mini";
import { InputError, issue } from "../core/errors.js";
import { type Step } from "../core/explain.js";
import { step } from "./words.js";
import { monthPeriodEnd, plusDays, plusWeeks } from "../core/calendar.js";
import { toIsoDate, type DateInput } from "../core/period.js";
import { date, num, obj, oneOf, parseInput, text } from "../core/validate.js";
import { presetStepOf } from "../service-levels/step.js";
import { presetsWith } from "../service-levels/registry.js";
import { presetField, presetPart, resolvePreset } from "../service-levels/preset-view.js";
import { presetName } from "../service-levels/scope.js";
import { SERVICE_LEVELS, type ServiceLevelName } from "../service-levels/index.js";

type CoursePreset = PresetName;
const COURSE_PRESETS = /* @__PURE__ */ presetsWith("courses");

/** Result of {@link courseEnd}. */
export interface CourseEndResult {
  /** The last day of the course at the latest, `YYYY-MM-DD`. */
  date: string;
  /** The length the preset allows, e.g. `{ months: 6 }` or `{ weeks: 12 }`. */
  length: { months?: number; weeks?: number };
  explanation: Step[];
}

const endSchema = /* @__PURE__ */ (() => obj({ kind: oneOf(["individual", "group"] as const), start: date(), preset: presetName(COURSE_PRESETS), course: z.optional(text(200)) }))();

/** What callers pass to {@link courseEnd}. */
export interface CourseEndInput {
  /** `"individual"` (§ 82b) or `"group"` (§ 82a). */
  kind: "individual" | "group";
  /** The first day of the course (`"YYYY-MM-DD"` or a `Date`). */
  start: DateInput;
  /** The municipality whose course lengths apply. */
  preset: CoursePreset;
  /**
   * The named group course, where the service level gives a length for one course only (Ballerup:
   * «Social Færdighedstræning i grupper»; its other group courses «vil have forskellig længde»).
   */
  course?: string;
}

/**
 * The latest last day of a § 82a (group) or § 82b (individual) course. Individual: at most 6
 * months (Albertslund 2024, Ballerup, Holbæk 2024); group: Holbæk 2024 «op til 12 uger»,
 * Ballerup «et ni-måneders forløb»; Albertslund 2024 sets no group length (an InputError says
 * so). A course of n months from 1 March ends at the latest on 31 August (start + n months − 1
 * day; end-of-month rule as in `addMonths`).
 *
 * @example
 * courseEnd({ kind: "individual", start: "2024-03-01", preset: "ballerup" }).date //=> "2024-08-31"
 * courseEnd({ kind: "group", start: "2024-03-04", preset: "holbaek-2024" }).date //=> "2024-05-26"
 */
export function courseEnd(input: CourseEndInput): CourseEndResult {
  const p = parseInput(endSchema, input);
  const start = toIsoDate(p.start);
  const view = resolvePreset(p.preset, { date: start, path: "start", uses: [`courses.${p.kind}`] }) as NonNullable<ReturnType<typeof resolvePreset>>;
  const c = presetPart(view, "courses");
  const length = c[p.kind];
  if (!length) throw new InputError([issue("kind", COURSES_ISSUES.noLength, { kind: p.kind, level: p.preset })]);
  const named = p.kind === "group" ? c.group?.course : undefined;
  if (named !== undefined && p.course?.trim().toLowerCase() !== named.toLowerCase()) {
    throw new InputError([issue("course", p.course === undefined ? COURSES_ISSUES.course : COURSES_ISSUES.otherCourse, { document: view.document, named })]);
  }
  const months = "months" in length ? length.months : undefined;
  const weeks = "weeks" in length ? length.weeks : undefined;
  const end = months !== undefined ? monthPeriodEnd(start, months) : plusDays(plusWeeks(start, weeks as number), -1);
  return {
    date: end,
    length: months !== undefined ? { months } : { weeks: weeks as number },
    explanation: [presetStepOf(view), step("course.end", { group: p.kind === "group", start, ...(months !== undefined ? { months } : { weeks: weeks as number }), end }, c.sources[p.kind] ?? c.source)],
  };
}

/** Shipped service levels with a non-attendance rule for § 82a/b courses. */
const ATTENDANCE_PRESETS = /* @__PURE__ */ attendancePresets();

/* @__NO_SIDE_EFFECTS__ */
function attendancePresets(): ServiceLevelName[] {
  return (Object.keys(SERVICE_LEVELS) as ServiceLevelName[]).filter((n) => {
    const r = SERVICE_LEVELS[n].rules;
    return r["courses.nonAttendanceWeeks"] !== undefined || r["courses.cancellationsForReview"] !== undefined;
  });
}

const attendanceSchema = /* @__PURE__ */ (() => obj({ preset: presetName(ATTENDANCE_PRESETS), asOf: date(), lastAttendance: z.optional(date()), cancellations: z.optional(num({ min: 0, max: 1000, integer: true, unit: "cancelled-appointments" })) }))();

/** Result of {@link courseAttendance}. */
export interface CourseAttendanceResult {
  /** Is the document's non-attendance rule triggered? */
  triggered: boolean;
  /** What follows: weeks without keeping agreements end the course (Ballerup); cancellations lead to a review of whether support continues (Albertslund 2024). */
  consequence: "course-ends" | "review";
  /** Under a weeks rule: the day the weeks are reached. */
  date?: string;
  explanation: Step[];
}

/** What callers pass to {@link courseAttendance}. */
export interface CourseAttendanceInput {
  /** The service level whose attendance rule applies, e.g. `"ballerup"` (weeks without attendance) or `"albertslund-2024"` (cancellations), or one bound with `withServiceLevel`. */
  preset: PresetName;
  /** The day to judge on (`"YYYY-MM-DD"` or a `Date`). */
  asOf: DateInput;
  /** Under a weeks rule: the last day the citizen kept an agreement. */
  lastAttendance?: DateInput;
  /** Under a cancellations rule: the number of appointments cancelled at short notice. */
  cancellations?: number;
}

/**
 * The non-attendance rule of § 82a/b courses that the service level sets, read from its document:
 * weeks without keeping agreements (`courses.nonAttendanceWeeks`; Ballerup: «Overholder du ikke
 * de indgåede aftaler over en periode på 4 uger afsluttes forløbet») — triggered when `asOf` is
 * that many weeks or more after `lastAttendance`; or cancelled appointments
 * (`courses.cancellationsForReview`; Albertslund 2024: «Hvis du aflyser 3 aftaler inden for kort
 * tid, vil medarbejderne tage stilling til, om støtten skal fortsætte») — triggered at that
 * number (a review, not an end). A document with both rules applies the one the call gives
 * input for.
 *
 * @example
 * courseAttendance({ preset: "ballerup", lastAttendance: "2024-03-01", asOf: "2024-03-29" }).triggered //=> true
 */
export function courseAttendance(input: CourseAttendanceInput): CourseAttendanceResult {
  const p = parseInput(attendanceSchema, input);
  const asOf = toIsoDate(p.asOf);
  const view = resolvePreset(p.preset, { date: asOf, path: "asOf", uses: ["courses.nonAttendanceWeeks", "courses.cancellationsForReview"] }) as NonNullable<ReturnType<typeof resolvePreset>>;
  const c = presetPart(view, "courses");
  const weeksRule = c.nonAttendanceWeeks !== undefined && (p.lastAttendance !== undefined || c.cancellationsForReview === undefined);
  if (weeksRule) {
    if (p.lastAttendance === undefined) throw new InputError([issue("lastAttendance", COURSES_ISSUES.lastAttendance, { document: view.document, weeks: c.nonAttendanceWeeks })]);
    const weeks = c.nonAttendanceWeeks as number;
    const last = toIsoDate(p.lastAttendance);
    const limit = plusWeeks(last, weeks);
    const triggered = asOf >= limit;
    return {
      triggered,
      consequence: "course-ends",
      date: limit,
      explanation: [presetStepOf(view), step("course.attendance.weeks", { last, weeks, limit, triggered, asOf }, c.sources.nonAttendanceWeeks ?? c.source)],
    };
  }
  const limit = presetField(view, c.cancellationsForReview, "courses.cancellationsForReview");
  if (p.cancellations === undefined) throw new InputError([issue("cancellations", COURSES_ISSUES.cancellations, { document: view.document, limit })]);
  const n = p.cancellations;
  const triggered = n >= limit;
  return {
    triggered,
    consequence: "review",
    explanation: [presetStepOf(view), step("course.attendance.cancellations", { cancellations: n, limit, triggered }, c.sources.cancellationsForReview ?? c.source)],
  };
}

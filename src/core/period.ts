import { problem, type Problem } from "./errors.js";
import { CORE } from "./messages.js";
import { copenhagenWallClock, instantOf, isDate } from "./time.js";

/** A calendar date as the library passes it around: `"YYYY-MM-DD"`. */
export type IsoDate = string;
/** A calendar month: `"YYYY-MM"`. */
export type IsoMonth = string;
/** A date input: `"YYYY-MM-DD"`, or a `Date`: an instant, read as its calendar date in Europe/Copenhagen. */
export type DateInput = string | Date;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_RE = /^(\d{4})-(\d{2})$/;
const TIME_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** Years the library accepts in dates and months (a sanity bound; rates decide what is computable). */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2999;

/**
 * Days in a month (1–12).
 *
 * @example
 * daysInMonth(2024, 2) //=> 29
 */
export function daysInMonth(year: number, month: number): number {
  const key = year * 12 + month;
  let days = DAYS_CACHE.get(key);
  if (days === undefined) {
    // Plain calendar arithmetic: never the machine's local time zone.
    days = month === 2 ? (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
    if (DAYS_CACHE.size < 20_000) DAYS_CACHE.set(key, days);
  }
  return days;
}

/** Memo of the days per month: dates are checked on every call, months repeat. */
const DAYS_CACHE = /* @__PURE__ */ new Map<number, number>();

/** A year outside the range the library reads (code `invalid`). */
function yearProblem(year: number): Problem | undefined {
  return year < MIN_YEAR || year > MAX_YEAR ? problem(CORE.year, { min: MIN_YEAR, max: MAX_YEAR }) : undefined;
}

/**
 * Says what is wrong with a date input, or `undefined` when it is a real calendar date
 * (`"YYYY-MM-DD"` or a valid `Date`).
 *
 * @example
 * dateProblem("2023-02-29") //=> "must be a real calendar date as YYYY-MM-DD, e.g. 2024-03-01"
 */
export function dateProblem(value: unknown): string | undefined {
  return dateCheck(value)?.message;
}

/** What is wrong with a date, with its code (a year outside the range is `invalid`, anything else `not-a-date`). */
export function dateCheck(value: unknown): Problem | undefined {
  if (isDate(value)) {
    const ms = instantOf(value);
    if (Number.isNaN(ms)) return problem(CORE.dateInvalid);
    return yearProblem(copenhagenWallClock(ms).year);
  }
  if (typeof value !== "string") return problem(CORE.date);
  if (GOOD_DATES.has(value)) return undefined;
  const m = DATE_RE.exec(value);
  if (!m) return problem(CORE.date);
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const yp = yearProblem(year);
  if (yp) return yp;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return problem(CORE.realDate);
  }
  remember(GOOD_DATES, value);
  return undefined;
}

/** Date texts already found real and in the range (most calls repeat a few): checked once. */
const GOOD_DATES = /* @__PURE__ */ new Set<string>();
/** Month texts already found real and in the range, apart from the dates. */
const GOOD_MONTHS = /* @__PURE__ */ new Set<string>();
function remember(set: Set<string>, text: string): void {
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a bound on the memo's size, not on any result
  if (set.size >= 4096) set.clear();
  set.add(text);
}

/**
 * Normalises a checked date input to `"YYYY-MM-DD"`; a `Date` is an instant, read as its calendar date in Europe/Copenhagen.
 *
 * @example
 * toIsoDate(new Date("2024-02-29T23:30:00Z")) //=> "2024-03-01" (00:30 in Copenhagen)
 */
export function toIsoDate(value: DateInput): IsoDate {
  if (typeof value === "string") return value;
  const c = copenhagenWallClock(instantOf(value));
  return `${pad(c.year, 4)}-${pad(c.month, 2)}-${pad(c.day, 2)}`;
}

/**
 * Says what is wrong with a month input, or `undefined` when it is `"YYYY-MM"`.
 *
 * @example
 * monthProblem("2024-13") //=> "must be a month as YYYY-MM, e.g. 2024-03"
 */
export function monthProblem(value: unknown): string | undefined {
  return monthCheck(value)?.message;
}

/** What is wrong with a month, with its code. */
export function monthCheck(value: unknown): Problem | undefined {
  if (typeof value !== "string") return problem(CORE.month);
  if (GOOD_MONTHS.has(value)) return undefined;
  const m = MONTH_RE.exec(value);
  if (!m) return problem(CORE.month);
  const month = Number(m[2]);
  if (month < 1 || month > 12) return problem(CORE.month);
  const yp = yearProblem(Number(m[1]));
  if (yp) return yp;
  remember(GOOD_MONTHS, value);
  return undefined;
}

/**
 * Counts months from year 0 so months can be compared and stepped as integers.
 *
 * @example
 * monthIndex("2024-03") - monthIndex("2023-12") //=> 3
 */
export function monthIndex(month: IsoMonth): number {
  // A checked month (four digits, a dash, two digits) is read digit by digit; anything else as text.
  const year = digitsAt(month, 0, 4);
  const m = digitsAt(month, 5, 2);
  // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: a fast path; the text is read the same way below
  if (year >= 0 && m >= 0 && month.length === 7 && month.charCodeAt(4) === 45) return year * 12 + m - 1;
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

/** The number the `count` ASCII digits of `text` from `at` write, or −1 when one is not a digit. */
function digitsAt(text: string, at: number, count: number): number {
  let n = 0;
  for (let i = at; i < at + count; i++) {
    const d = text.charCodeAt(i) - 48;
    // NaN (past the end) fails both comparisons too.
    if (!(d >= 0 && d <= 9)) return -1;
    n = n * 10 + d;
  }
  return n;
}

/**
 * The month for a {@link monthIndex}.
 *
 * @example
 * monthFromIndex(monthIndex("2024-12") + 1) //=> "2025-01"
 */
export function monthFromIndex(index: number): IsoMonth {
  // A ledger writes the same months call after call: 4096 slots by index, each the last month written there.
  const slot = index & 4095;
  if (MONTH_AT[slot] === index) return MONTH_TEXT[slot] as IsoMonth;
  const year = Math.floor(index / 12);
  const text = `${pad(year, 4)}-${pad(index - year * 12 + 1, 2)}`;
  MONTH_AT[slot] = index;
  MONTH_TEXT[slot] = text;
  return text;
}
const MONTH_AT: number[] = /* @__PURE__ */ new Array<number>(4096).fill(Number.NaN);
const MONTH_TEXT: string[] = /* @__PURE__ */ new Array<string>(4096).fill("");

/**
 * The month a date falls in.
 *
 * @example
 * monthOf("2024-03-15") //=> "2024-03"
 */
export function monthOf(date: IsoDate): IsoMonth {
  return date.slice(0, 7);
}

/**
 * The year of a date or month, as a number.
 *
 * @example
 * yearOf("2024-03-15") //=> 2024
 */
export function yearOf(dateOrMonth: string): number {
  // Four digits (every checked date and month) are read digit by digit; anything else as text.
  const year = digitsAt(dateOrMonth, 0, 4);
  // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: a fast path; the text is read the same way below
  if (year >= 0 && (dateOrMonth.length === 4 || dateOrMonth.charCodeAt(4) === 45)) return year;
  return Number(dateOrMonth.slice(0, 4));
}

/**
 * Says what is wrong with a local wall-clock time, or `undefined` when it is a real
 * `"YYYY-MM-DDTHH:mm"` (a `Date` is read as the Europe/Copenhagen wall clock).
 *
 * @example
 * timeProblem("2024-03-01T24:00") //=> "must be a local time as YYYY-MM-DDTHH:mm, e.g. 2024-03-01T14:00"
 */
export function timeProblem(value: unknown): string | undefined {
  return timeCheck(value)?.message;
}

/** What is wrong with a local time, with its code. */
export function timeCheck(value: unknown): Problem | undefined {
  if (isDate(value)) {
    const ms = instantOf(value);
    return Number.isNaN(ms) ? problem(CORE.time) : yearProblem(copenhagenWallClock(ms).year);
  }
  if (typeof value !== "string") return problem(CORE.time);
  const m = TIME_RE.exec(value);
  if (!m) return problem(CORE.time);
  const dp = dateCheck(value.slice(0, 10));
  if (dp) return dp.code === "invalid" ? dp : problem(CORE.time);
  if (Number(m[4]) > 23 || Number(m[5]) > 59) return problem(CORE.time);
  return undefined;
}

/**
 * Normalises a checked time input to `"YYYY-MM-DDTHH:mm"` (a `Date` by the Europe/Copenhagen wall clock).
 *
 * @example
 * toIsoTime(new Date("2024-03-01T13:00:00Z")) //=> "2024-03-01T14:00"
 */
export function toIsoTime(value: string | Date): string {
  if (typeof value === "string") return value;
  const c = copenhagenWallClock(instantOf(value));
  return `${pad(c.year, 4)}-${pad(c.month, 2)}-${pad(c.day, 2)}T${pad(c.hour, 2)}:${pad(c.minute, 2)}`;
}

/**
 * Minutes of wall-clock time since 1970-01-01T00:00 for a `"YYYY-MM-DDTHH:mm"`, counting every
 * calendar day as 24 hours (no time zone, so no daylight-saving jumps: "the same clock time
 * the next day" is always exactly one døgn later).
 *
 * @example
 * wallClockMinutes("2024-03-02T14:00") - wallClockMinutes("2024-03-01T14:00") //=> 1440
 */
export function wallClockMinutes(time: string): number {
  const ms = Date.UTC(
    Number(time.slice(0, 4)),
    Number(time.slice(5, 7)) - 1,
    Number(time.slice(8, 10)),
    Number(time.slice(11, 13)),
    Number(time.slice(14, 16)),
  );
  return ms / 60000;
}

/**
 * The inverse of {@link wallClockMinutes}.
 *
 * @example
 * timeFromWallClockMinutes(wallClockMinutes("2024-03-01T14:00")) //=> "2024-03-01T14:00"
 */
export function timeFromWallClockMinutes(minutes: number): string {
  const d = new Date(minutes * 60000);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}T${pad(d.getUTCHours(), 2)}:${pad(d.getUTCMinutes(), 2)}`;
}

/**
 * Day number (days since 1970-01-01) of a `"YYYY-MM-DD"`, for counting calendar days.
 *
 * @example
 * dayNumber("2024-03-02") - dayNumber("2024-03-01") //=> 1
 */
export function dayNumber(date: IsoDate): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;
}

/**
 * The date of a {@link dayNumber}.
 *
 * @example
 * dateFromDayNumber(dayNumber("2024-02-28") + 1) //=> "2024-02-29"
 */
export function dateFromDayNumber(day: number): IsoDate {
  return timeFromWallClockMinutes(day * 1440).slice(0, 10);
}

/**
 * Formats a date the Danish way for explanation texts.
 *
 * @example
 * formatDateDa("2024-03-01") //=> "1. marts 2024"
 */
export function formatDateDa(date: IsoDate): string {
  return `${Number(date.slice(8, 10))}. ${MONTHS_DA[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;
}

/**
 * Formats a month the Danish way for explanation texts.
 *
 * @example
 * formatMonthDa("2024-03") //=> "marts 2024"
 */
export function formatMonthDa(month: IsoMonth): string {
  return `${MONTHS_DA[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
}

const MONTHS_DA = [
  "januar",
  "februar",
  "marts",
  "april",
  "maj",
  "juni",
  "juli",
  "august",
  "september",
  "oktober",
  "november",
  "december",
] as const;

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

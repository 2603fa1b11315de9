import { dayNumber, dateFromDayNumber, daysInMonth, type IsoDate } from "./period.js";

/**
 * Danish public holidays and working days, on plain year/month/day numbers (never the
 * machine's time zone). Knows no paragraph of the law.
 *
 * Holidays: nytårsdag, skærtorsdag, langfredag, påskedag, 2. påskedag, store bededag (until
 * 2023: abolished from 2024 by lov nr. 159 af 28/02/2023), Kristi himmelfartsdag, pinsedag,
 * 2. pinsedag, juledag, 2. juledag — the Danish Church's public holidays. Saturdays and Sundays
 * are not working days. Grundlovsdag, 24 and 31 December are working days here: they are not
 * public holidays (a rule that treats them otherwise must say so itself).
 */
export const HOLIDAY_SOURCE = "Folkekirkens helligdage; store bededag afskaffet fra 2024 ved lov nr. 159 af 28/02/2023";

/** Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm). */
function easter(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return iso(year, month, day);
}

function iso(year: number, month: number, day: number): IsoDate {
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`; // years are 1900–2999: four digits
}

/** One Danish public holiday. */
export interface Holiday {
  /** `YYYY-MM-DD` */
  date: IsoDate;
  /** Its Danish name, e.g. `"Kristi himmelfartsdag"`. */
  name: string;
}

const HOLIDAYS = /* @__PURE__ */ new Map<number, readonly Holiday[]>();

/**
 * The Danish public holidays of a year, in date order.
 *
 * @example
 * danishHolidays(2024).map((h) => h.date)
 * //=> ["2024-01-01", "2024-03-28", "2024-03-29", "2024-03-31", "2024-04-01", "2024-05-09", "2024-05-19", "2024-05-20", "2024-12-25", "2024-12-26"]
 */
export function holidaysOf(year: number): readonly Holiday[] {
  let list = HOLIDAYS.get(year);
  // Stryker disable next-line ConditionalExpression: the memo only saves work; recomputing gives the same frozen list
  if (!list) {
    const e = dayNumber(easter(year));
    const rel = (offset: number, name: string): Holiday => ({ date: dateFromDayNumber(e + offset), name });
    const all: Holiday[] = [
      { date: iso(year, 1, 1), name: "Nytårsdag" },
      rel(-3, "Skærtorsdag"),
      rel(-2, "Langfredag"),
      rel(0, "Påskedag"),
      rel(1, "2. påskedag"),
      ...(year <= 2023 ? [rel(26, "Store bededag")] : []),
      rel(39, "Kristi himmelfartsdag"),
      rel(49, "Pinsedag"),
      rel(50, "2. pinsedag"),
      { date: iso(year, 12, 25), name: "Juledag" },
      { date: iso(year, 12, 26), name: "2. juledag" },
    ];
    // Listed in date order already: Easter falls 22 March–25 April, so every movable day lies
    // between New Year and Christmas, in the order written.
    list = Object.freeze(all.map((h) => Object.freeze(h)));
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a bound on the memo's size, not on any result
    if (HOLIDAYS.size < 2000) HOLIDAYS.set(year, list);
  }
  return list;
}

/** The holiday on `date`, if any. */
export function holidayOn(date: IsoDate): Holiday | undefined {
  return holidaysOf(Number(date.slice(0, 4))).find((h) => h.date === date);
}

/** Day of the week, 0 = Monday … 6 = Sunday. */
export function weekdayOf(date: IsoDate): number {
  return (((dayNumber(date) + 3) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

/** Is `date` a Danish working day (not a Saturday, Sunday or public holiday)? */
export function workingDay(date: IsoDate): boolean {
  return weekdayOf(date) < 5 && holidayOn(date) === undefined;
}

/** `date` plus `n` calendar days. */
export function plusDays(date: IsoDate, n: number): IsoDate {
  return dateFromDayNumber(dayNumber(date) + n);
}

/**
 * `date` plus `n` working days (n ≥ 0): the n-th working day after `date` (n = 0: `date`
 * itself if it is a working day, else the next one).
 */
export function plusWorkingDays(date: IsoDate, n: number): IsoDate {
  let d = dayNumber(date);
  if (n === 0) {
    while (!workingDay(dateFromDayNumber(d))) d += 1;
    return dateFromDayNumber(d);
  }
  let left = n;
  while (left > 0) {
    d += 1;
    if (workingDay(dateFromDayNumber(d))) left -= 1;
  }
  return dateFromDayNumber(d);
}

/** The first working day on or after `date`. */
export function nextWorkingDay(date: IsoDate): IsoDate {
  return plusWorkingDays(date, 0);
}

/** `date` plus `n` weeks (the same weekday). */
export function plusWeeks(date: IsoDate, n: number): IsoDate {
  return plusDays(date, 7 * n);
}

/**
 * `date` plus `n` months. End-of-month rule: the same day of the month; when the target month
 * is shorter, its last day (31 Jan + 1 month = 28/29 Feb).
 */
export function plusMonths(date: IsoDate, n: number): IsoDate {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7)) - 1 + n;
  const year = y + Math.floor(m / 12);
  const month = (((m % 12) + 12) % 12) + 1;
  const day = Math.min(Number(date.slice(8, 10)), daysInMonth(year, month));
  return iso(year, month, day);
}

/**
 * The last day of a period of `n` months from `start`, as a caseworker counts it: the day before
 * the same date `n` months later; where that date does not exist in the target month (a start on
 * the 29th–31st), the last day of that month. 1 March + 6 months → 31 August; 31 August + 6 months
 * → 28 February (29 in a leap year), never 27 February.
 *
 * @example
 * monthPeriodEnd("2025-08-31", 6) //=> "2026-02-28"
 */
export function monthPeriodEnd(start: IsoDate, n: number): IsoDate {
  const y = Number(start.slice(0, 4));
  const m = Number(start.slice(5, 7)) - 1 + n;
  const year = y + Math.floor(m / 12);
  const month = (((m % 12) + 12) % 12) + 1;
  const day = Number(start.slice(8, 10));
  return day > daysInMonth(year, month) ? iso(year, month, daysInMonth(year, month)) : plusDays(iso(year, month, day), -1);
}

/** The last day of the month of `date`. */
export function endOfMonth(date: IsoDate): IsoDate {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  return iso(y, m, daysInMonth(y, m));
}

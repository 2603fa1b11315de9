import { holidaysOf, plusWorkingDays, workingDay, type Holiday } from "../core/calendar.js";
import { toIsoDate, type DateInput } from "../core/period.js";
import { date, num, obj, parseInput } from "../core/validate.js";

const dateSchema = /* @__PURE__ */ (() => obj({ date: date() }))();
const addSchema = /* @__PURE__ */ (() => obj({ date: date(), n: num({ min: 0, max: 10_000, integer: true, unit: "working-days" }) }))();
const yearSchema = /* @__PURE__ */ (() => obj({ year: num({ min: 1900, max: 2999, integer: true, unit: "year" }) }))();

/**
 * Is the date a Danish working day — not a Saturday, Sunday or public holiday (nytårsdag,
 * skærtorsdag, langfredag, påskedag, 2. påskedag, store bededag until 2023, Kristi
 * himmelfartsdag, pinsedag, 2. pinsedag, juledag, 2. juledag)? A `Date` is read on the
 * Europe/Copenhagen calendar.
 *
 * @param day - `"YYYY-MM-DD"` or a `Date`.
 * @throws {InputError} when it is not a date.
 *
 * @example
 * isWorkingDay("2024-03-29") //=> false (langfredag)
 * isWorkingDay("2024-04-26") //=> true (store bededag is abolished from 2024)
 */
export function isWorkingDay(day: DateInput): boolean {
  const p = parseInput(dateSchema, { date: day });
  return workingDay(toIsoDate(p.date));
}

/**
 * The `n`-th Danish working day after `day` (`n` ≥ 1), or for `n` = 0 the day itself when it is
 * a working day, else the next one.
 *
 * @example
 * addWorkingDays("2024-03-27", 1) //=> "2024-04-02" (skærtorsdag to 2. påskedag are holidays)
 */
export function addWorkingDays(day: DateInput, n: number): string {
  const p = parseInput(addSchema, { date: day, n });
  return plusWorkingDays(toIsoDate(p.date), p.n);
}

/**
 * The Danish public holidays of a year, with their names, in date order.
 *
 * @example
 * danishHolidays(2023).find((h) => h.name === "Store bededag")?.date //=> "2023-05-05"
 */
export function danishHolidays(year: number): readonly Holiday[] {
  const p = parseInput(yearSchema, { year });
  return holidaysOf(p.year);
}

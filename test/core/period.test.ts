import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { dateFromDayNumber, dateProblem, dayNumber, daysInMonth, formatDateDa, formatMonthDa, monthFromIndex, monthIndex, monthProblem, timeFromWallClockMinutes, timeProblem, toIsoDate, toIsoTime, wallClockMinutes, yearOf } from "../../src/core/period.js";

describe("core/period", () => {
  it("checks real calendar dates", () => {
    expect(dateProblem("2024-02-29")).toBeUndefined();
    expect(dateProblem("2023-02-29")).toMatch(/real calendar date/);
    expect(dateProblem("2024-13-01")).toMatch(/real calendar date/);
    expect(dateProblem("2024-3-1")).toMatch(/YYYY-MM-DD/);
    expect(dateProblem("1899-12-31")).toMatch(/year from 1900/);
    expect(dateProblem(new Date(Number.NaN))).toMatch(/Invalid Date/);
    expect(dateProblem(new Date(2024, 0, 1))).toBeUndefined();
    expect(dateProblem(20240101)).toMatch(/YYYY-MM-DD/);
  });
  it("reads a Date as an instant on the Europe/Copenhagen wall clock, whatever the machine's zone", () => {
    expect(toIsoDate(new Date("2024-03-01T23:59:00+01:00"))).toBe("2024-03-01");
    expect(toIsoDate(new Date("2024-02-29T23:30:00Z"))).toBe("2024-03-01");
    expect(toIsoTime(new Date("2024-03-01T14:05:00+01:00"))).toBe("2024-03-01T14:05");
    expect(toIsoTime(new Date("2024-07-01T12:00:00Z"))).toBe("2024-07-01T14:00"); // summer time
    expect(toIsoDate(new Date("2025-08-31T22:00:00Z"))).toBe("2025-09-01");
  });
  it("months: check, index, step across the new year", () => {
    expect(monthProblem("2024-12")).toBeUndefined();
    expect(monthProblem("2024-00")).toMatch(/YYYY-MM/);
    expect(monthProblem(202401)).toMatch(/YYYY-MM/);
    expect(monthFromIndex(monthIndex("2024-12") + 1)).toBe("2025-01");
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(formatMonthDa("2024-03")).toBe("marts 2024");
    expect(formatDateDa("2024-03-01")).toBe("1. marts 2024");
  });
  it("times: wall clock counts every day as 24 hours, also over DST", () => {
    expect(timeProblem("2024-03-01T24:00")).toMatch(/local time/);
    expect(timeProblem("2024-02-30T10:00")).toMatch(/local time/);
    expect(timeProblem("2024-03-01T14:00")).toBeUndefined();
    expect(wallClockMinutes("2024-03-31T14:00") - wallClockMinutes("2024-03-30T14:00")).toBe(1440);
    expect(timeFromWallClockMinutes(wallClockMinutes("2024-10-27T02:30"))).toBe("2024-10-27T02:30");
    expect(dateFromDayNumber(dayNumber("2024-02-28") + 1)).toBe("2024-02-29");
  });
  it("exact texts and bounds of dates, months and times", () => {
    const real = "must be a real calendar date as YYYY-MM-DD, e.g. 2024-03-01";
    const shape = "must be a date as YYYY-MM-DD, e.g. 2024-03-01";
    const years = "must have a year from 1900 to 2999";
    expect(dateProblem("1900-01-01")).toBeUndefined();
    expect(dateProblem("2999-12-31")).toBeUndefined();
    expect(dateProblem("3000-01-01")).toBe(years);
    expect(dateProblem("1899-12-31")).toBe(years);
    expect(dateProblem("2024-00-10")).toBe(real);
    expect(dateProblem("2024-12-00")).toBe(real);
    expect(dateProblem("2024-04-31")).toBe(real);
    expect(dateProblem("2024-04-30")).toBeUndefined();
    expect(dateProblem("2024-12-32")).toBe(real);
    expect(dateProblem("2024-12-31")).toBeUndefined();
    expect(dateProblem("x2024-12-31")).toBe(shape);
    expect(dateProblem("2024-12-31x")).toBe(shape);
    expect(dateProblem(null)).toBe(shape);
    expect(dateProblem(new Date(Number.NaN))).toBe("must be a valid date, not an Invalid Date");
    expect(dateProblem(new Date(Date.UTC(3000, 0, 1)))).toBe(years);
    expect(dateProblem(new Date(Date.UTC(2999, 11, 31, 12)))).toBeUndefined();
    const month = "must be a month as YYYY-MM, e.g. 2024-03";
    expect(monthProblem("2024-13")).toBe(month);
    expect(monthProblem("2024-00")).toBe(month);
    expect(monthProblem("2024-01")).toBeUndefined();
    expect(monthProblem("2024-1")).toBe(month);
    expect(monthProblem("x2024-01")).toBe(month);
    expect(monthProblem("2024-01x")).toBe(month);
    expect(monthProblem("3000-01")).toBe(years);
    expect(monthProblem("1899-12")).toBe(years);
    expect(monthProblem(null)).toBe(month);
    const time = "must be a local time as YYYY-MM-DDTHH:mm, e.g. 2024-03-01T14:00";
    expect(timeProblem("2024-03-01T23:59")).toBeUndefined();
    expect(timeProblem("2024-03-01T00:00")).toBeUndefined();
    expect(timeProblem("2024-03-01T23:60")).toBe(time);
    expect(timeProblem("2024-03-01 14:00")).toBe(time);
    expect(timeProblem("x2024-03-01T14:00")).toBe(time);
    expect(timeProblem("2024-03-01T14:00x")).toBe(time);
    expect(timeProblem("3000-03-01T14:00")).toBe(years);
    expect(timeProblem(5)).toBe(time);
    expect(timeProblem(new Date(Number.NaN))).toBe(time);
    expect(timeProblem(new Date(Date.UTC(3000, 1, 1)))).toBe(years);
    expect(timeProblem(new Date(Date.UTC(2024, 1, 1)))).toBeUndefined();
  });
  it("leap years: every fourth year, not centuries, but every fourth century", () => {
    expect([1900, 2000, 2023, 2024, 2100].map((y) => daysInMonth(y, 2))).toEqual([28, 29, 28, 29, 28]);
    expect([1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2023, m))).toEqual([31, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2024, 2)).toBe(29);
  });
  it("month and date arithmetic, Danish names of every month, zero-padded years", () => {
    expect(monthIndex("2024-01")).toBe(2024 * 12);
    expect(monthFromIndex(2024 * 12 + 11)).toBe("2024-12");
    expect(monthFromIndex(999 * 12)).toBe("0999-01");
    expect(Array.from({ length: 12 }, (_, i) => formatMonthDa(`2024-${String(i + 1).padStart(2, "0")}`))).toEqual([
      "januar 2024", "februar 2024", "marts 2024", "april 2024", "maj 2024", "juni 2024",
      "juli 2024", "august 2024", "september 2024", "oktober 2024", "november 2024", "december 2024",
    ]);
    expect(formatDateDa("2024-12-31")).toBe("31. december 2024");
    expect(dayNumber("1970-01-02")).toBe(1);
    expect(dateFromDayNumber(0)).toBe("1970-01-01");
    expect(wallClockMinutes("1970-01-01T01:05")).toBe(65);
    expect(timeFromWallClockMinutes(65)).toBe("1970-01-01T01:05");
    expect(toIsoTime("2024-03-01T14:05")).toBe("2024-03-01T14:05");
    expect(toIsoDate("2024-03-01")).toBe("2024-03-01");
    expect(toIsoTime(new Date("2024-03-01T00:05:00+01:00"))).toBe("2024-03-01T00:05");
    expect(toIsoDate(new Date("1950-06-01T12:00:00Z"))).toBe("1950-06-01");
  });
});

describe("dates and months found good are remembered apart", () => {
  it("a month checked first is still not a date, and a date checked first is still not a month; a bad text stays bad when asked again", async () => {
    const { dateCheck, monthCheck } = await import("../../src/core/period.js");
    expect(monthCheck("2031-05")).toBeUndefined();
    expect(dateCheck("2031-05")?.code).toBe("not-a-date");
    expect(dateCheck("2031-06-01")).toBeUndefined();
    expect(monthCheck("2031-06-01")?.code).toBeDefined();
    for (let i = 0; i < 2; i++) expect(dateCheck("2031-02-29")?.code).toBeDefined();
  });
});

describe("the memory of good dates is bounded", () => {
  it("past 4096 dates it starts again and still tells good from bad", async () => {
    const { dateCheck, monthCheck } = await import("../../src/core/period.js");
    for (let i = 0; i < 5000; i++) expect(dateCheck(dateFromDayNumber(dayNumber("2000-01-01") + i))).toBeUndefined();
    for (let y = 1900; y < 2100; y++) for (let m = 1; m <= 12; m++) expect(monthCheck(`${y}-${String(m).padStart(2, "0")}`)).toBeUndefined();
    expect(dateCheck("2001-02-29")?.code).toBeDefined();
  });
});

describe("core/period: months read digit by digit and remembered (issue 26 § 2)", () => {
  const slow = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;
  it("property: every month YYYY-MM is counted as its text reads, and written back the same", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1, max: 12 }), (y, m) => {
        const text = `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}`;
        expect(monthIndex(text)).toBe(slow(text));
        expect(monthFromIndex(monthIndex(text))).toBe(text);
      }),
      { numRuns: 3000 },
    );
  });
  it("property: any other text is read as before (digits beside other characters, spaces, no dash)", () => {
    const chars = fc.constantFrom("0", "1", "2", "9", "-", " ", "/", ":", "a", "+", ".", "e");
    fc.assert(
      fc.property(fc.array(chars, { minLength: 0, maxLength: 9 }).map((a) => a.join("")), (text) => {
        expect(Object.is(monthIndex(text), slow(text))).toBe(true);
      }),
      { numRuns: 3000 },
    );
    for (const t of ["2024/03", "2024-3", " 2024-03", "2024-0:", "2024-/3", ":024-03"]) expect(Object.is(monthIndex(t), slow(t))).toBe(true);
  });
  it("a month written into a slot another month held is written for its own index", () => {
    const a = 2024 * 12;
    const b = a + 4096;
    expect(monthFromIndex(a)).toBe("2024-01");
    expect(monthFromIndex(b)).toBe("2365-05");
    expect(monthFromIndex(a)).toBe("2024-01");
  });
});

describe("core/period: a year read digit by digit (issue 26 § 2)", () => {
  const slow = (t: string) => Number(t.slice(0, 4));
  it("property: a date, a month or a year is read as its first four characters", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.constantFrom("", "-03", "-12-31", "-01-01T10:00"), (y, rest) => {
        const text = `${String(y).padStart(4, "0")}${rest}`;
        expect(yearOf(text)).toBe(slow(text));
        expect(yearOf(text)).toBe(y);
      }),
      { numRuns: 2000 },
    );
  });
  it("property: any other text is read as before", () => {
    const chars = fc.constantFrom("0", "1", "9", "-", " ", "/", ":", "a", "+", ".", "e");
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 7 }).map((a) => a.join("")), (text) => {
        expect(Object.is(yearOf(text), slow(text))).toBe(true);
      }),
      { numRuns: 3000 },
    );
    for (const t of ["2024/03", "202", " 2024", "2024x", "-024", "2024 "]) expect(Object.is(yearOf(t), slow(t))).toBe(true);
  });
});

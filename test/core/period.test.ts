import { describe, expect, it } from "vitest";
import { dateFromDayNumber, dateProblem, dayNumber, daysInMonth, formatDateDa, formatMonthDa, monthFromIndex, monthIndex, monthProblem, timeFromWallClockMinutes, timeProblem, toIsoDate, toIsoTime, wallClockMinutes } from "../../src/core/period.js";

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
});

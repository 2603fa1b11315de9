// Date rules of the source documents on Danish working days (issue 16).
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import * as lib from "../../src/index.js";
import { endOfMonth, holidayOn, nextWorkingDay, plusDays, plusMonths, plusWeeks, plusWorkingDays, weekdayOf } from "../../src/core/calendar.js";
import { runs } from "../support/runs.js";

const day = fc.integer({ min: 0, max: 365 * 60 }).map((d) => new Date(Date.UTC(1995, 0, 1) + d * 86_400_000).toISOString().slice(0, 10));

describe("calendar core: Danish public holidays and working days", () => {
  it("the holidays of 2024 and of 2023 (store bededag until 2023 only: lov nr. 159 af 28/02/2023)", () => {
    expect(lib.danishHolidays(2024).map((h) => h.date)).toEqual(["2024-01-01", "2024-03-28", "2024-03-29", "2024-03-31", "2024-04-01", "2024-05-09", "2024-05-19", "2024-05-20", "2024-12-25", "2024-12-26"]);
    expect(lib.danishHolidays(2023).find((h) => h.name === "Store bededag")?.date).toBe("2023-05-05");
    expect(lib.danishHolidays(2025).map((h) => h.name)).not.toContain("Store bededag");
    expect(lib.danishHolidays(2026).find((h) => h.name === "Påskedag")?.date).toBe("2026-04-05");
    expect(lib.danishHolidays(2000).find((h) => h.name === "Påskedag")?.date).toBe("2000-04-23");
  });
  it("Easter Sunday (the date every movable holiday hangs on) across the years the library accepts, checked against python-dateutil's independent computus; 1943 and 2285 are the latest and earliest possible dates", () => {
    const known: Record<number, string> = {
      1900: "1900-04-15", 1943: "1943-04-25", 1954: "1954-04-18", 1961: "1961-04-02", 1981: "1981-04-19", 2000: "2000-04-23",
      2008: "2008-03-23", 2011: "2011-04-24", 2019: "2019-04-21", 2038: "2038-04-25", 2049: "2049-04-18", 2077: "2077-04-11",
      2100: "2100-03-28", 2160: "2160-03-23", 2285: "2285-03-22", 2400: "2400-04-16", 2999: "2999-03-24",
    };
    for (const [year, date] of Object.entries(known)) expect(lib.danishHolidays(Number(year)).find((h) => h.name === "Påskedag")?.date).toBe(date);
    // The movable days keep their distance from Easter; the fixed ones their date.
    expect(lib.danishHolidays(2019).map((h) => `${h.date} ${h.name}`)).toEqual([
      "2019-01-01 Nytårsdag", "2019-04-18 Skærtorsdag", "2019-04-19 Langfredag", "2019-04-21 Påskedag", "2019-04-22 2. påskedag",
      "2019-05-17 Store bededag", "2019-05-30 Kristi himmelfartsdag", "2019-06-09 Pinsedag", "2019-06-10 2. pinsedag",
      "2019-12-25 Juledag", "2019-12-26 2. juledag",
    ]);
    expect(Object.isFrozen(lib.danishHolidays(2019))).toBe(true);
    expect(Object.isFrozen(lib.danishHolidays(2019)[0])).toBe(true);
  });
  it("calendar arithmetic: weekdays, months forwards and backwards, month ends", () => {
    expect(["2024-01-01", "2024-01-06", "2024-01-07", "1970-01-01", "1969-12-31"].map(weekdayOf)).toEqual([0, 5, 6, 3, 2]);
    expect(plusMonths("2024-03-31", -1)).toBe("2024-02-29");
    expect(plusMonths("2024-01-15", -13)).toBe("2022-12-15");
    expect(plusMonths("2024-12-15", 1)).toBe("2025-01-15");
    expect(plusMonths("2024-01-15", 24)).toBe("2026-01-15");
    expect(endOfMonth("2024-02-10")).toBe("2024-02-29");
    expect(endOfMonth("2023-12-01")).toBe("2023-12-31");
    expect(plusWeeks("2024-12-30", 1)).toBe("2025-01-06");
    expect(plusDays("2024-02-28", 2)).toBe("2024-03-01");
    expect(nextWorkingDay("2024-12-24")).toBe("2024-12-24");
    expect(nextWorkingDay("2024-12-25")).toBe("2024-12-27");
    expect(plusWorkingDays("2024-12-20", 2)).toBe("2024-12-24");
    expect(plusWorkingDays("2024-12-20", 3)).toBe("2024-12-27");
    expect(holidayOn("2024-12-26")).toEqual({ date: "2024-12-26", name: "2. juledag" });
    expect(holidayOn("2024-12-27")).toBeUndefined();
  });
  it("isWorkingDay: weekends and holidays are not; Grundlovsdag and 24 December are (not public holidays)", () => {
    expect(lib.isWorkingDay("2024-03-29")).toBe(false);
    expect(lib.isWorkingDay("2024-03-30")).toBe(false);
    expect(lib.isWorkingDay("2023-05-05")).toBe(false);
    expect(lib.isWorkingDay("2024-04-26")).toBe(true);
    expect(lib.isWorkingDay("2024-06-05")).toBe(true);
    expect(lib.isWorkingDay(new Date("2024-03-28T23:30:00Z"))).toBe(false); // 29 March in Copenhagen
    expect(() => lib.isWorkingDay("2024-02-30")).toThrow(lib.InputError);
  });
  it("addWorkingDays skips weekends and Easter", () => {
    expect(lib.addWorkingDays("2024-03-27", 1)).toBe("2024-04-02");
    expect(lib.addWorkingDays("2024-03-29", 0)).toBe("2024-04-02");
    expect(lib.addWorkingDays("2024-03-25", 0)).toBe("2024-03-25");
    expect(() => lib.addWorkingDays("2024-03-25", -1)).toThrow(/n must be ≥ 0/);
    expect(() => lib.danishHolidays(1800)).toThrow(lib.InputError);
  });
  it("property: addWorkingDays(d, n) is a working day for n ≥ 1 and strictly increases with n", () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 40 }), (d, n) => {
        const a = lib.addWorkingDays(d, n);
        expect(lib.isWorkingDay(a)).toBe(true);
        expect(a > lib.addWorkingDays(d, n - 1) || (n === 1 && a > d)).toBe(true);
        expect(lib.addWorkingDays(d, n + 1) > a).toBe(true);
      }),
      { numRuns: runs(200) },
    );
  });
  it("addMonths: the end-of-month rule (31 January + 1 month = 29 February 2024)", () => {
    expect(plusMonths("2024-01-31", 1)).toBe("2024-02-29");
    expect(plusMonths("2023-01-31", 1)).toBe("2023-02-28");
    expect(plusMonths("2024-11-30", 3)).toBe("2025-02-28");
  });
});

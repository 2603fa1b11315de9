// Date rules of the source documents on Danish working days (issue 16).
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import * as lib from "../../src/index.js";
import { endOfMonth, holidayOn, nextWorkingDay, plusDays, plusMonths, plusWeeks, plusWorkingDays, weekdayOf } from "../../src/core/calendar.js";
import { sheetFunctions, SheetError } from "../../src/spreadsheet/index.js";
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

describe("folkepensionsalder (lov om social pension § 1 a)", () => {
  it("each legislated band, and the date it is reached", () => {
    const cases: [string, number, string][] = [
      ["1953-12-31", 65, "2018-12-31"],
      ["1954-03-10", 65.5, "2019-09-10"],
      ["1954-07-01", 66, "2020-07-01"],
      ["1955-06-30", 66.5, "2021-12-30"],
      ["1960-05-20", 67, "2027-05-20"],
      ["1963-01-01", 68, "2031-01-01"],
      ["1968-05-31", 69, "2037-05-31"],
      ["1971-01-01", 70, "2041-01-01"],
      ["1972-02-29", 70, "2042-02-28"],
    ];
    for (const [born, age, date] of cases) expect(lib.statePensionAge({ birthDate: born })).toMatchObject({ age, date });
  });
  it("born after the last legislated cohort (from 1 Jan 1975) is an InputError that says so", () => {
    expect(() => lib.statePensionAge({ birthDate: "1975-01-01" })).toThrow(/not legislated yet/);
    try {
      lib.statePensionAge({ birthDate: "1975-01-01" });
    } catch (e) {
      expect((e as lib.InputError).issues).toEqual([expect.objectContaining({ path: "birthDate", code: "not-legislated" })]);
    }
    expect.assertions(3);
    expect(lib.statePensionAge({ birthDate: "1974-12-31" }).age).toBe(70);
  });
  it("property: pension date − birth date equals the legislated age", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 365 * 40 }), (d) => {
        const born = new Date(Date.UTC(1935, 0, 1) + d * 86_400_000).toISOString().slice(0, 10);
        const r = lib.statePensionAge({ birthDate: born });
        expect(r.date).toBe(plusMonths(born, r.age * 12));
      }),
      { numRuns: runs(200) },
    );
  });
});

describe("§ 100 payment period (Albertslund 2018: «udbetales forud og fra den førstkommende måned efter ansøgningen er modtaget»; Holbæk 2024 pkt. 5)", () => {
  it("first month after receipt; last month the month pension age is reached, or the conditions stop", () => {
    expect(lib.extraCostPaymentPeriod({ applicationReceived: "2024-03-15", birthDate: "1960-05-20" })).toMatchObject({ firstMonth: "2024-04", lastMonth: "2027-05", endReason: "pension-age" });
    expect(lib.extraCostPaymentPeriod({ applicationReceived: "2024-12-01", conditionsEndDate: "2025-06-10", birthDate: "1960-05-20" })).toMatchObject({ firstMonth: "2025-01", lastMonth: "2025-06", endReason: "conditions" });
    expect(lib.extraCostPaymentPeriod({ applicationReceived: "2024-12-01" }).lastMonth).toBeUndefined();
    expect(() => lib.extraCostPaymentPeriod({ applicationReceived: "2024-12-01", conditionsEndDate: "2024-11-01" })).toThrow(/before its first month/);
  });
});

describe("deadlines", () => {
  it("Albertslund 2018: «8 uger fra ansøgningstidspunktet» (§ 100), «10 uger» (§ 107), BPA «op til 10 uger»", () => {
    expect(lib.caseDeadline({ paragraph: "100", received: "2024-03-01", preset: "albertslund-2018" })).toMatchObject({ date: "2024-04-26", weeks: 8 });
    expect(lib.caseDeadline({ paragraph: "107", received: "2024-03-01", preset: "albertslund-2018" }).weeks).toBe(10);
    expect(lib.caseDeadline({ paragraph: "96", received: "2024-03-01", preset: "albertslund-2018" }).explanation.at(-1)?.text).toMatch(/op til 10 uger.*relevante oplysninger/);
    expect(lib.caseDeadline({ paragraph: "100", received: "2024-03-01", preset: "albertslund-2018", weeks: 4 }).date).toBe("2024-03-29");
  });
  it("Holbæk 2024: a receipt «inden for 5 arbejdsdage»; its weeks per paragraph are not in the document", () => {
    const r = lib.caseDeadline({ paragraph: "97", received: "2024-03-27", preset: "holbaek-2024", weeks: 8 });
    expect(r.acknowledgeBy).toBe("2024-04-08"); // 28 March – 1 April are not working days: 2, 3, 4, 5, 8 April
    expect(() => lib.caseDeadline({ paragraph: "97", received: "2024-03-27", preset: "holbaek-2024" })).toThrow(/^weeks is required: holbaek-2024 publishes no processing deadline for § 97/);
    expect(() => lib.caseDeadline({ paragraph: "97", received: "2024-03-27" })).toThrow(/weeks is required/);
  });
  it("appeal: 4 weeks from receipt (retssikkerhedsloven § 67), moved to the next working day", () => {
    expect(lib.appealDeadline({ decisionReceived: "2024-03-01" }).date).toBe("2024-04-02");
    expect(lib.appealDeadline({ decisionReceived: "2024-03-04" }).date).toBe("2024-04-02");
    expect(lib.appealDeadline({ decisionReceived: "2024-05-06" }).date).toBe("2024-06-03");
  });
  it("property: an appeal deadline is never a non-working day and is 28–34 days after receipt", () => {
    fc.assert(
      fc.property(day, (d) => {
        const r = lib.appealDeadline({ decisionReceived: d }).date;
        expect(lib.isWorkingDay(r)).toBe(true);
        const days = (Date.parse(r) - Date.parse(d)) / 86_400_000;
        expect(days).toBeGreaterThanOrEqual(28);
        expect(days).toBeLessThanOrEqual(34);
      }),
      { numRuns: runs(300) },
    );
  });
  it("Holbæk 2024, BPA pkt. 7: «et varsel på mindst 14 uger fra den dag, du modtager afgørelsen» — the receipt day not counted: the weeks end Friday 7 June, the change takes effect Saturday 8 June 2024 at the earliest", () => {
    expect(lib.bpaNoticeDate({ decisionDate: "2024-03-01", preset: "holbaek-2024" }).date).toBe("2024-06-08");
    // With no service level named, no municipality's notice is assumed.
    expect(() => lib.bpaNoticeDate({ decisionDate: "2024-03-01" })).toThrow(/weeks is required when no service level is named/);
    // Holbæk's document applies from 2024, not to a decision received before it.
    expect(() => lib.bpaNoticeDate({ decisionDate: "2023-03-01", preset: "holbaek-2024" })).toThrow(/from 2024-01-01, not for 2023-03-01/);
    const s = lib.bpaNoticeDate({ decisionDate: "2024-03-01", preset: "holbaek-2024" }).explanation.find((x) => x.rule === "case.bpa-notice");
    expect(s?.values).toMatchObject({ lastDay: "2024-06-07", effective: "2024-06-08" });
    expect(lib.bpaNoticeDate({ decisionReceived: "2024-03-01", weeks: 20 }).date).toBe("2024-07-20");
    expect(() => lib.bpaNoticeDate({} as never)).toThrow(/decisionDate or decisionReceived is required/);
  });
});

describe("§ 85 packages (Albertslund 2024 annex)", () => {
  it("«Pakke 3: 2-4 timer om ugen»: the shared edges belong to the lower package", () => {
    expect([0.5, 1, 1.01, 2, 2.5, 4, 4.25, 7, 7.01, 30].map((h) => lib.supportPackage({ weeklyHours: h, preset: "albertslund-2024" }).package)).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
    expect(lib.supportPackage({ weeklyHours: 3, preset: "albertslund-2024" })).toMatchObject({ package: 3, from: 2, to: 4, interval: "2–4 timer om ugen" });
    expect(() => lib.supportPackage({ weeklyHours: 0, preset: "albertslund-2024" })).toThrow(lib.InputError);
    // Packages are a municipality's own: with no service level named, none is assumed.
    expect(() => lib.supportPackage({ weeklyHours: 3 })).toThrow(/preset is required: support packages are each municipality's own/);
  });
  it("property: every hour count lands in exactly one package, and more hours never a lower package", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4000 }), fc.integer({ min: 0, max: 500 }), (c, d) => {
        const h = c / 100;
        const r = lib.supportPackage({ weeklyHours: h, preset: "albertslund-2024" });
        expect(h > r.from && (r.to === null || h <= r.to)).toBe(true);
        expect(lib.supportPackage({ weeklyHours: (c + d) / 100, preset: "albertslund-2024" }).package).toBeGreaterThanOrEqual(r.package);
      }),
      { numRuns: runs(300) },
    );
  });
});

describe("§ 82a/b courses and § 103 transport", () => {
  it("individual at most 6 months; group: Holbæk 12 weeks, Ballerup 9 months, Albertslund 2024 none", () => {
    expect(lib.courseEnd({ kind: "individual", start: "2024-03-01", preset: "albertslund-2024" }).date).toBe("2024-08-31");
    // Issue 25 § 4: a caseworker says «til og med 28. februar» — the day before the same date six months later, or that month's last day.
    expect(lib.courseEnd({ kind: "individual", start: "2024-08-31", preset: "holbaek-2024" }).date).toBe("2025-02-28");
    expect(lib.courseEnd({ kind: "individual", start: "2023-08-31", preset: "ballerup" }).date).toBe("2024-02-29");
    expect(lib.courseEnd({ kind: "individual", start: "2024-08-30", preset: "holbaek-2024" }).date).toBe("2025-02-28");
    expect(lib.courseEnd({ kind: "individual", start: "2024-08-29", preset: "holbaek-2024" }).date).toBe("2025-02-28");
    expect(lib.courseEnd({ kind: "individual", start: "2024-08-28", preset: "holbaek-2024" }).date).toBe("2025-02-27");
    expect(lib.courseEnd({ kind: "individual", start: "2024-03-31", preset: "ballerup" }).date).toBe("2024-09-30");
    expect(lib.courseEnd({ kind: "group", start: "2024-03-04", preset: "holbaek-2024" })).toMatchObject({ date: "2024-05-26", length: { weeks: 12 } });
    // Ballerup «Indsatsens omfang»: «De gruppebaserede forløb vil have forskellig længde»; the nine months are «Social Færdighedstræning i grupper».
    expect(lib.courseEnd({ kind: "group", start: "2024-01-15", preset: "ballerup", course: "Social Færdighedstræning i grupper" }).date).toBe("2024-10-14");
    expect(() => lib.courseEnd({ kind: "group", start: "2024-01-15", preset: "ballerup" })).toThrow(/gives the length of «Social Færdighedstræning i grupper» only/);
    expect(() => lib.courseEnd({ kind: "group", start: "2024-01-15", preset: "ballerup", course: "Madlavning i grupper" })).toThrow(/course is not the course the length is given for/);
    expect(() => lib.courseEnd({ kind: "group", start: "2024-01-15", preset: "albertslund-2024" })).toThrow(/sets no length for a group course/);
  });
  it("Ballerup: «over en periode på 4 uger afsluttes forløbet»; Albertslund 2024: «aflyser 3 aftaler» → a review", () => {
    expect(lib.courseAttendance({ preset: "ballerup", lastAttendance: "2024-03-01", asOf: "2024-03-28" }).triggered).toBe(false);
    expect(lib.courseAttendance({ preset: "ballerup", lastAttendance: "2024-03-01", asOf: "2024-03-29" })).toMatchObject({ triggered: true, consequence: "course-ends", date: "2024-03-29" });
    expect(lib.courseAttendance({ preset: "albertslund-2024", asOf: "2024-03-29", cancellations: 3 })).toMatchObject({ triggered: true, consequence: "review" });
    expect(lib.courseAttendance({ preset: "albertslund-2024", asOf: "2024-03-29", cancellations: 2 }).triggered).toBe(false);
    expect(() => lib.courseAttendance({ preset: "ballerup", asOf: "2024-03-29" })).toThrow(/lastAttendance is required/);
  });
  it("Holbæk 2024 / Albertslund 2018: transport within 10 km, at most 30 % of net earnings", () => {
    expect(lib.transportOwnPayment({ monthlyCostWithin10Km: 450, monthlyNetEarnings: 1200, preset: "holbaek-2024" })).toMatchObject({ ownPayment: "360.00", municipality: "90.00", cap: "360.00" });
    expect(lib.transportOwnPayment({ monthlyCostWithin10Km: 200, monthlyNetEarnings: 1200, preset: "albertslund-2018" })).toMatchObject({ ownPayment: "200.00", municipality: "0.00" });
  });
});

describe("spreadsheet date functions", () => {
  it("SAGSFRIST, KLAGEFRIST, FOLKEPENSIONSALDER, FOLKEPENSIONSDATO, ARBEJDSDAGE.LÆG.TIL", () => {
    expect(sheetFunctions.SAGSFRIST?.(100, "2024-03-01", "albertslund-2018")).toBe("2024-04-26");
    expect(sheetFunctions.SAGSFRIST?.("§ 107", 45352, "Albertslund-2018")).toBe("2024-05-10");
    expect(sheetFunctions.KLAGEFRIST?.("2024-03-01")).toBe("2024-04-02");
    expect(sheetFunctions.FOLKEPENSIONSALDER?.("1954-03-10")).toBe(65.5);
    expect(sheetFunctions.FOLKEPENSIONSDATO?.("1954-03-10")).toBe("2019-09-10");
    expect(sheetFunctions["ARBEJDSDAGE.LÆG.TIL"]?.("2024-03-27", 1)).toBe("2024-04-02");
    expect((sheetFunctions.FOLKEPENSIONSALDER?.("1980-01-01") as SheetError).code).toBe("#VALUE!");
    expect((sheetFunctions.KLAGEFRIST?.("2024-03-01", 1) as SheetError).message).toMatch(/tager højst 1 argumenter/);
  });
});

describe("§ 97 and pension age (SEL § 97, stk. 1; Albertslund 2018: «bevarer denne ret efter overgang til folkepension»)", () => {
  it("under the limit, kept when granted before it, lost when granted after; 18 years at the earliest", () => {
    expect(lib.escortAgeRule({ birthDate: "1957-05-01", asOf: "2026-11-24", grantedOn: "2020-01-15" })).toMatchObject({ eligible: true, keptAfterPensionAge: true, ageLimitDate: "2024-05-01" });
    expect(lib.escortAgeRule({ birthDate: "1957-05-01", asOf: "2026-11-24", grantedOn: "2025-01-15" })).toMatchObject({ eligible: false, keptAfterPensionAge: false });
    expect(lib.escortAgeRule({ birthDate: "1957-05-01", asOf: "2026-11-24" }).eligible).toBe(false);
    expect(lib.escortAgeRule({ birthDate: "1970-05-01", asOf: "2026-11-24" })).toMatchObject({ eligible: true, ageLimitDate: "2039-05-01" });
    expect(lib.escortAgeRule({ birthDate: "2010-05-01", asOf: "2026-11-24" }).eligible).toBe(false);
    expect(lib.escortAgeRule({ birthDate: "1958-05-01", asOf: "1970-01-01" }).eligible).toBe(false);
  });
  it("the limit is never below 67 years (born 1953: pension age 65 → limit at 67)", () => {
    expect(lib.escortAgeRule({ birthDate: "1953-06-01", asOf: "2019-01-01" })).toMatchObject({ eligible: true, ageLimitDate: "2020-06-01" });
  });
});

describe("birth dates whose pension age is not legislated yet (from 1 Jan 1975)", () => {
  it("§ 97: under 70 the citizen is surely under the limit; § 100: no last month from pension age yet", () => {
    expect(lib.escortAgeRule({ birthDate: "1990-05-01", asOf: "2026-11-24" })).toMatchObject({ eligible: true, ageLimitDate: null });
    expect(() => lib.escortAgeRule({ birthDate: "1980-05-01", asOf: "2051-01-01" })).toThrow(/not legislated yet/);
    const r = lib.extraCostPaymentPeriod({ applicationReceived: "2026-11-24", birthDate: "1990-05-01" });
    expect(r.lastMonth).toBeUndefined();
    expect(r.explanation.at(-1)?.text).toMatch(/endnu ikke fastsat/);
  });
});

describe("month periods (issue 25 § 4: «til og med 28. februar»)", () => {
  it("property: a period of n months ends the day before the same date n months later, or on that month's last day when the date does not exist there", async () => {
    const { monthPeriodEnd, plusDays, plusMonths } = await import("../../src/core/calendar.js");
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20000 }), fc.integer({ min: 1, max: 24 }), (offset, n) => {
        const start = new Date(Date.UTC(2000, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
        const end = monthPeriodEnd(start, n);
        const same = plusMonths(start, n); // the same date n months later, or that month's last day
        const clamped = Number(same.slice(8, 10)) < Number(start.slice(8, 10));
        expect(end).toBe(clamped ? same : plusDays(same, -1));
        expect(end > start).toBe(true);
        expect(end.slice(0, 7) <= same.slice(0, 7)).toBe(true);
      }),
      { numRuns: runs(500) },
    );
  });
});

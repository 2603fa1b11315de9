// Date rules of the source documents on Danish working days (issue 16).
import { describe, expect, it } from "vitest";
import * as lib from "../../src/index.js";


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

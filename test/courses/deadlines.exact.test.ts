// Exact refusals and step values of the course rules (Albertslund 2024, Ballerup and Holbæk 2024:
// §§ 82a–82b forløb), each from its source. Aimed at the mutation run's survivors.
import { describe, expect, it } from "vitest";
import * as lib from "../../src/index.js";
import { issuesOf as issues } from "../support/issues.js";

describe("courses (§§ 82a–82b: Albertslund 2024, Ballerup, Holbæk 2024)", () => {
  it("a group course in weeks (Holbæk 2024) or months (Ballerup), as length and step values", () => {
    const h = lib.courseEnd({ kind: "group", start: "2024-03-04", preset: "holbaek-2024" });
    expect(h.length).toStrictEqual({ weeks: 12 });
    expect(h.explanation[1]?.values).toStrictEqual({ group: true, start: "2024-03-04", weeks: 12, end: "2024-05-26" });
    const b = lib.courseEnd({ kind: "group", start: "2024-03-01", preset: "ballerup", course: "social færdighedstræning i grupper" });
    expect(b.length).toStrictEqual({ months: 9 });
    expect(b.explanation[1]?.values).toStrictEqual({ group: true, start: "2024-03-01", months: 9, end: b.date });
  });
  it("Albertslund 2024 sets no group length: refused on kind", () => {
    expect(issues(() => lib.courseEnd({ kind: "group", start: "2024-03-01", preset: "albertslund-2024" }))).toMatchObject([{ path: "kind", code: "not-in-preset", message: 'kind "group": albertslund-2024 sets no length for a group course (§ 82a)' }]);
  });
  it("attendance: each preset's required field, by name", () => {
    expect(issues(() => lib.courseAttendance({ preset: "ballerup", asOf: "2024-03-01" }))).toMatchObject([{ path: "lastAttendance", code: "required-with", message: "lastAttendance is required: Ballerup Kommune, Serviceniveau for midlertidige, forebyggende tilbud efter Servicelovens § 82ab ends a course after 4 weeks without keeping agreements, counted from the last day the citizen kept one" }]);
    expect(issues(() => lib.courseAttendance({ preset: "albertslund-2024", asOf: "2024-03-01" }))).toMatchObject([{ path: "cancellations", code: "required-with", message: "cancellations is required: Albertslund Kommune, Forebyggende indsatser og bostøtte – Kvalitetsstandard 2024 reviews the support after 3 appointments cancelled at short notice" }]);
  });
});

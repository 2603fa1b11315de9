// Issue 25 § 5: time limits, targets, expected lengths, contact deadlines and duties to report as
// data in each service-level document, answered by timeLimits with the document's sentence.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { timeLimits, type TimeLimitsInput } from "../../src/index.js";
import { issuesOf } from "../support/issues.js";
import { runs } from "../support/runs.js";

const at = (input: TimeLimitsInput) => Object.fromEntries(timeLimits(input).limits.map((l) => [l.id, l]));

describe("timeLimits: a target is not a limit, a contact deadline counts working days", () => {
  it("Holbæk 2024, Krisecenter § 109, pkt. 6: «senest 3 arbejdsdage» / «inden for 5 hverdage» after the notification / «senest efter en måned» after that", () => {
    const l = at({ paragraph: "109", start: "2024-03-27", preset: "holbaek-2024" });
    // 27 March 2024 is the Wednesday before Easter: 28 March (skærtorsdag), 29 (langfredag) and 1 April (2. påskedag) are not working days.
    expect(l["krisecenter-giver-besked"]).toMatchObject({ kind: "contact", date: "2024-04-04" }); // 2, 3, 4 April
    expect(l["kommunen-kontakter-borgeren"]).toMatchObject({ kind: "contact", after: "krisecenter-giver-besked", date: "2024-04-11" }); // 5, 8, 9, 10, 11 April
    expect(l.opfoelgning).toMatchObject({ kind: "contact", date: "2024-05-11" });
  });
  it("Holbæk 2024, § 109 pkt. 3: counselling «normalt ikke … mere end 6 måneder» (a rule of thumb) and up to 6 months after moving out", () => {
    expect(at({ paragraph: "109", start: "2024-08-31", preset: "holbaek-2024" }).raadgivningsforloeb).toMatchObject({ kind: "limit", approximate: true, date: "2025-02-28" });
    expect(timeLimits({ paragraph: "109", start: "2024-06-15", event: "move-out", preset: "holbaek-2024" }).limits).toMatchObject([{ id: "raadgivning-efter-udflytning", from: "move-out", date: "2024-12-14" }]);
  });
  it("Albertslund 2018, § 109: a «målsætning» of at most three months is a target, said so in the explanation", () => {
    const r = timeLimits({ paragraph: "109", start: "2024-01-31", preset: "albertslund-2018" });
    expect(r.limits[0]).toMatchObject({ kind: "target", date: "2024-04-30" });
    expect(r.explanation[1]?.text).toMatch(/Det er et mål, ikke en grænse\./);
  });
  it("Holbæk 2024, § 110 pkt. 3: «forventes at have en varighed på maksimalt 2 måneder» is an expected length; § 107 pkt. 3: «som udgangspunkt i maksimalt 1 år» a limit as a rule", () => {
    expect(at({ paragraph: "110", start: "2024-03-01", preset: "holbaek-2024" }).varighed).toMatchObject({ kind: "expected", date: "2024-04-30" });
    expect(at({ paragraph: "107", start: "2024-03-01", preset: "holbaek-2024" }).varighed).toMatchObject({ kind: "limit", approximate: true, date: "2025-02-28" });
  });
  it("Holbæk 2024, §§ 85, 98, 103, 104 pkt. 6: after 14 days without attendance the provider informs the caseworker; § 103 pkt. 6: the offer stops at the state pension age", () => {
    for (const paragraph of ["85", "98", "103", "104"] as const) {
      expect(timeLimits({ paragraph, start: "2024-03-01", event: "last-attendance", preset: "holbaek-2024" }).limits).toMatchObject([{ kind: "report", date: "2024-03-15" }]);
    }
    expect(at({ paragraph: "103", start: "2024-03-01", birthDate: "1960-05-20", preset: "holbaek-2024" })["til-folkepensionsalderen"]).toMatchObject({ untilPensionAge: true, date: "2027-05-20" });
    expect(issuesOf(() => timeLimits({ paragraph: "103", start: "2024-03-01", preset: "holbaek-2024" }))[0]).toMatchObject({ path: "birthDate", code: "required-with" });
    expect(at({ paragraph: "99", start: "2024-03-01", preset: "holbaek-2024" })["opsoegende-kontakt"]).toMatchObject({ kind: "contact", date: "2024-03-08" });
  });
  it("refusals: no service level, a paragraph or event the document sets nothing for, a date before the document", () => {
    expect(issuesOf(() => timeLimits({ paragraph: "109", start: "2024-03-01" }))[0]).toMatchObject({ path: "preset", code: "required" });
    expect(issuesOf(() => timeLimits({ paragraph: "97", start: "2024-03-01", preset: "holbaek-2024" }))[0]).toMatchObject({ path: "paragraph", code: "not-in-preset" });
    expect(issuesOf(() => timeLimits({ paragraph: "107", start: "2024-03-01", event: "move-out", preset: "holbaek-2024" }))[0]).toMatchObject({ path: "event", code: "not-in-preset" });
    expect(issuesOf(() => timeLimits({ paragraph: "109", start: "2023-03-01", preset: "holbaek-2024" }))[0]).toMatchObject({ path: "start", code: "rate-missing" });
  });
  it("property: no date is before the day counted from, and a later start never gives an earlier date", () => {
    const cases = [
      ["109", "holbaek-2024", "start"],
      ["109", "holbaek-2024", "move-out"],
      ["110", "holbaek-2024", "start"],
      ["107", "holbaek-2024", "start"],
      ["85a", "holbaek-2024", "start"],
      ["85", "holbaek-2024", "last-attendance"],
      ["109", "albertslund-2018", "start"],
      ["102", "albertslund-2018", "start"],
    ] as const;
    const day = fc.integer({ min: 0, max: 365 * 6 }).map((n) => new Date(Date.UTC(2024, 0, 1 + n)).toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.constantFrom(...cases), day, fc.integer({ min: 0, max: 400 }), ([paragraph, preset, event], start, later) => {
        const a = timeLimits({ paragraph, start, event, preset }).limits;
        const startB = new Date(Date.parse(`${start}T00:00:00Z`) + later * 86_400_000).toISOString().slice(0, 10);
        const b = timeLimits({ paragraph, start: startB, event, preset }).limits;
        a.forEach((l, i) => {
          expect(l.date >= start).toBe(true);
          expect((b[i] as { date: string }).date >= l.date).toBe(true);
        });
      }),
      { numRuns: runs(300) },
    );
  });
});

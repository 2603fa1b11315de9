// Date rules of the source documents on Danish working days (issue 16).
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import * as lib from "../../src/index.js";
import { runs } from "../support/runs.js";

const day = fc.integer({ min: 0, max: 365 * 60 }).map((d) => new Date(Date.UTC(1995, 0, 1) + d * 86_400_000).toISOString().slice(0, 10));

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

// Date rules of the source documents on Danish working days (issue 16).
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import * as lib from "../../src/index.js";
import { plusMonths } from "../../src/core/calendar.js";
import { runs } from "../support/runs.js";

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

describe("birth dates whose pension age is not legislated yet (from 1 Jan 1975)", () => {
  it("§ 97: under 70 the citizen is surely under the limit; § 100: no last month from pension age yet", () => {
    expect(lib.escortAgeRule({ birthDate: "1990-05-01", asOf: "2026-11-24" })).toMatchObject({ eligible: true, ageLimitDate: null });
    expect(() => lib.escortAgeRule({ birthDate: "1980-05-01", asOf: "2051-01-01" })).toThrow(/not legislated yet/);
    const r = lib.extraCostPaymentPeriod({ applicationReceived: "2026-11-24", birthDate: "1990-05-01" });
    expect(r.lastMonth).toBeUndefined();
    expect(r.explanation.at(-1)?.text).toMatch(/endnu ikke fastsat/);
  });
});

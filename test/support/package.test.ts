// Date rules of the source documents on Danish working days (issue 16).
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import * as lib from "../../src/index.js";
import { runs } from "../support/runs.js";

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

// Issue 23.15: every issue has a code from the documented list (ISSUE_CODES). A corpus of bad
// inputs is thrown at every public function — found by walking the package's exports, and the
// calculators withRates binds, not by a hand list — and every issue must carry a documented code.
import { describe, expect, it } from "vitest";
import * as lib from "../../src/index.js";
import { ISSUE_CODES, InputError } from "../../src/index.js";

const CORPUS: unknown[] = [
  undefined,
  null,
  42,
  "x",
  "x".repeat(10_000),
  true,
  [],
  [1, 2],
  {},
  { unknownField: 1 },
  new Date(Number.NaN),
  new Date(0),
  new Map([["a", 1]]),
  { date: "2024-02-30", monthlyCosts: -5, from: "2024-13", to: "2024-05", section: "98", arrival: "x", income: "mange" },
  { from: "2024-05", to: "2024-04", usage: [{ month: "2024-01", hours: 1 }, { date: "2024-05-01", hours: 1 }, { hours: 1 }], strict: true },
  { from: "2024-01", to: "2024-02", usage: [{ month: "2024-01", hours: 40 }], strict: true },
  { section: "109", arrival: "2000-01-01T00:00", departure: "2024-01-01T00:00" },
  { section: "96", date: "2026-01-01", employer: "citizen", weeklyHours: { day: 30, evening: 5 }, onCallWeeklyHours: 2 },
  { section: "96", date: "2021-10-01", preset: "aarhus-lt11", employer: "citizen", weeklyHours: { day: 4 }, allowances: { care: true, weeklyHours: 5 } },
  { grant: { section: "95", date: "2021-10-01", preset: "aarhus-lt11", employer: "citizen", weeklyHours: { day: 10 } }, used: {} },
  { grant: { date: "x" }, used: "bad" },
  { through: 1999 },
  { year: 2101.5 },
  { birthDate: "1980-01-01" },
  { paragraph: "100", received: "2024-01-01", preset: "holbaek-2024" },
  { weeklyHours: -1 },
  { kind: "group", start: "2024-01-31", preset: "nowhere" },
  { SHELTER_109_RATES: [{ from: "2024-01-01", until: "2024-12-31", value: "99.00", source: "x" }, { from: "2024-06-01", value: "1", source: "y" }], NOT_A_TABLE: [], MERUDGIFT_LEVELS: [{ from: "2030-01-01", value: null, source: { title: null } }] },
  { date: "2027-01-01", monthlyCosts: 1000 },
  { hours: 12, hourlyPrice: 2000, person: "alien" },
];
const SECOND: unknown[] = [undefined, null, "fr", 5, { override: "false" }, { overide: true }, [], "2024-13-01"];

/** Every public function: the package's own exports and what withRates binds (classes aside). */
function publicFunctions(): [string, (...args: unknown[]) => unknown][] {
  const own = Object.entries(lib).filter(([name, v]) => typeof v === "function" && name !== "InputError") as [string, (...a: unknown[]) => unknown][];
  const bound = Object.entries(lib.withRates({})).map(([name, f]) => [`withRates({}).${name}`, f] as [string, (...a: unknown[]) => unknown]);
  return [...own, ...bound];
}

describe("every issue of every public function carries a documented code", () => {
  const fns = publicFunctions();
  it("the walk finds the calculators, the date rules, withRates and the bound calculators", () => {
    const names = fns.map(([n]) => n);
    for (const n of ["extraCostSubsidy", "escortLedger", "bpaSettlement", "shelterFee", "caseDeadline", "withRates", "renderTemplate", "withRates({}).bpaGrant"]) expect(names).toContain(n);
  });
  for (const [name, fn] of fns) {
    it(name, () => {
      let refused = 0;
      for (const a of CORPUS) {
        for (const b of fn.length > 1 ? SECOND : [undefined]) {
          try {
            fn(a, b, b);
          } catch (e) {
            expect(e, `${name}(${String(a).slice(0, 30)}) threw ${String(e)}`).toBeInstanceOf(InputError);
            refused++;
            for (const i of (e as InputError).issues) {
              expect(Object.hasOwn(ISSUE_CODES, i.code), `${name}: ${i.path} has code ${String(i.code)} — ${i.message.slice(0, 120)}`).toBe(true);
              expect(typeof i.path, name).toBe("string");
            }
          }
        }
      }
      // A function that takes input refuses at least part of this corpus.
      if (fn.length > 0) expect(refused, name).toBeGreaterThan(0);
    });
  }
  it("each documented code has a meaning and an example", () => {
    for (const [code, d] of Object.entries(ISSUE_CODES)) {
      expect(d.meaning.length, code).toBeGreaterThan(10);
      expect(d.example.length, code).toBeGreaterThan(3);
    }
  });
});

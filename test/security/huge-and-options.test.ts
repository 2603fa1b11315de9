// Issue 23.7 and 23.18: a huge list is refused before it is read (a sparse list of 10⁹ entries
// aborted V8; 10⁷ zeros ran out of memory with one issue each), and withRates checks its options
// and its tables argument like any input.
import { describe, expect, it } from "vitest";
import * as lib from "../../src/index.js";
import { issuesOf } from "../support/issues.js";

describe("huge lists", () => {
  it("a sparse list with length 10⁹ in a list field is refused at once as too-large (no index is read)", () => {
    const usage: unknown[] = [];
    usage.length = 1e9;
    expect(issuesOf(() => lib.escortLedger({ from: "2024-01", to: "2024-02", usage } as never))).toEqual([
      { path: "usage", code: "too-large", message: "usage has 1000000000 entries; at most 20000 are read in one call" },
    ]);
    const items: unknown[] = [];
    items.length = 2 ** 32 - 1;
    expect(issuesOf(() => lib.extraCostSubsidy({ date: "2024-03-01", items } as never))[0]?.code).toBe("too-large");
  });
  it("10⁷ zeros from JSON are one too-large issue, not 10⁷ issues", () => {
    const zeros = JSON.parse(`[${"0,".repeat(1e7 - 1)}0]`) as number[];
    const i = issuesOf(() => lib.escortLedger({ from: "2024-01", to: "2024-02", usage: zeros } as never));
    expect(i).toHaveLength(1);
    expect(i[0]?.code).toBe("too-large");
  }, 30_000);
  it("a list within the limit is read and checked item by item (at most 100 issues listed)", () => {
    const bad = Array.from({ length: 5000 }, () => ({ month: "x", hours: 1 }));
    const e = (() => {
      try {
        lib.escortLedger({ from: "2024-01", to: "2024-02", usage: bad });
      } catch (x) {
        return x as lib.InputError;
      }
      throw new Error("no error");
    })();
    expect(e.issues).toHaveLength(100);
    expect(e.message).toMatch(/… and \d+ more$/);
  });
});

describe("withRates(tables, options) checks both arguments", () => {
  it('{ override: "false" } is refused, not read as true', () => {
    expect(issuesOf(() => lib.withRates({}, { override: "false" } as never))).toEqual([
      { path: "options.override", code: "not-a-boolean", message: 'options.override must be true or false (not the text "false")' },
    ]);
  });
  it("a misspelt option is refused, not ignored", () => {
    expect(issuesOf(() => lib.withRates({}, { overide: true } as never))).toEqual([
      { path: "options.overide", code: "unknown-field", message: "options.overide is not a known option (check the spelling); the only option is override" },
    ]);
  });
  it("options that are not an object, and tables given as a Map or a Date, are refused (their rows are not silently dropped)", () => {
    expect(issuesOf(() => lib.withRates({}, "override" as never))[0]).toMatchObject({ path: "options", code: "not-an-object" });
    expect(issuesOf(() => lib.withRates(new Map([["SHELTER_109_RATES", []]]) as never))[0]).toMatchObject({ path: "", code: "not-an-object" });
    expect(issuesOf(() => lib.withRates(new Date() as never))[0]).toMatchObject({ path: "", code: "not-an-object" });
    // Both arguments at once.
    expect(issuesOf(() => lib.withRates(new Map() as never, { x: 1 } as never)).map((i) => i.path)).toEqual(["", "options.x"]);
  });
  it("{ override: true } and no options still work", () => {
    const row = { from: "2024-01-01", until: "2024-12-31", value: "99.00", source: "Testkommune (testinput)" };
    expect(() => lib.withRates({ SHELTER_109_RATES: [row] })).toThrow(/covers the shipped row/);
    expect(lib.withRates({ SHELTER_109_RATES: [row] }, { override: true }).shelterFee({ section: "109", arrival: "2024-03-01T12:00", departure: "2024-03-02T12:00" }).amount).toBe("99.00");
  });
});

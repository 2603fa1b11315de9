import { describe, expect, it } from "vitest";
import { InputError } from "../../src/core/errors.js";
import { rateAt, rowAt, yearCoverage, yearRow, type TableSpec } from "../../src/core/rates.js";

const spec: TableSpec<number> = {
  name: "TEST_RATES",
  law: "BEK 1244/2017 § 2",
  label: "test rate",
  unit: "kr. pr. døgn",
  publishedAt: (y) => ({ title: `Satser ${y}`, href: "https://example.dk/satser" }),
  rows: [yearRow(2018, 84, "BEK 1244/2017 § 2"), yearRow(2021, 89, { title: "sm.dk 2021", href: "https://sm.dk/2021" })],
  perCall: "rates",
};

describe("core/rates", () => {
  it("returns the row in force with its source", () => {
    expect(rateAt(spec, "2018-06-01")).toMatchObject({ value: 84, source: "BEK 1244/2017 § 2" });
    expect(rateAt(spec, "2021-12-31").value).toBe(89);
    expect(rowAt(spec, "2019-01-01")).toBeUndefined();
  });
  it("fails before the first row, in a gap and after the last row, naming the table, the year, where it is published and withRates", () => {
    expect(() => rateAt(spec, "2017-12-31")).toThrow(/TEST_RATES .* has no row for 2017 .*table starts 2018-01-01/);
    expect(() => rateAt(spec, "2019-05-01")).toThrow(/has no row for 2019 \(2019-05-01\).*published in Satser 2019 \(https:\/\/example\.dk\/satser\).*withRates\(\{ TEST_RATES: \[\{ from: "2019-01-01", until: "2019-12-31"/);
    try {
      rateAt(spec, "2022-01-01");
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      expect((e as InputError).issues[0]).toMatchObject({ path: "rates", code: "rate-missing" });
    }
  });
  it("per-call rows win, then bound rows, then shipped rows", () => {
    const own = [yearRow(2019, 86, "own decision"), yearRow(2021, 90, "own")];
    const bound = new Map([["TEST_RATES", [yearRow(2019, 87, "bound"), yearRow(2022, 91, "bound")]]]);
    expect(rateAt(spec, "2019-03-01", own, bound).value).toBe(86);
    expect(rateAt(spec, "2021-03-01", own, bound).value).toBe(90);
    expect(rateAt(spec, "2018-03-01", own, bound).value).toBe(84);
    expect(rateAt(spec, "2022-03-01", own, bound).value).toBe(91);
    expect(rateAt(spec, "2019-03-01", undefined, bound).value).toBe(87);
  });
  it("yearCoverage: complete years from the first row's year; a table starting mid-year covers that year", () => {
    expect(yearCoverage(spec.rows, 2022)).toEqual({ years: [2018, 2021], missing: [2019, 2020, 2022] });
    expect(yearCoverage([{ from: "2025-09-01", until: "2025-12-31", value: 1, source: "x" }], 2026)).toEqual({ years: [2025], missing: [2026] });
    expect(yearCoverage([{ from: "2020-10-01", until: "2022-03-31", value: 1, source: "x" }], 2022)).toEqual({ years: [2020, 2021], missing: [2022] });
    expect(yearCoverage([{ from: "2020-01-01", value: 1, source: "x" }], 2023)).toEqual({ years: [2020, 2021, 2022, 2023], missing: [] });
    expect(yearCoverage([], 2023)).toEqual({ years: [], missing: [] });
  });
});

describe("core/errors", () => {
  it("an InputError with no issues still has a message; several issues are counted; more than 100 are cut", async () => {
    expect(new InputError([]).message).toBe("Invalid input.");
    expect(new InputError([{ path: "a", message: "a x" }, { path: "b", message: "b y" }]).message).toBe("2 problems: a x; b y");
    const many = Array.from({ length: 250 }, (_, i) => ({ path: `k${i}`, message: `k${i} is not a known field` }));
    const e = new InputError(many);
    expect(e.issues).toHaveLength(100);
    expect(e.message).toMatch(/^250 problems: .*; … and 150 more$/);
  });
});

import { CORE } from "../../src/core/messages.js";
import { SHEET_ISSUES } from "../../src/spreadsheet/messages.js";
import { describe, expect, it } from "vitest";
import { InputError, fail, issue } from "../../src/core/errors.js";
import { rateAt, rateMissing, rowAt, rowSpanAt, yearCoverage, yearRow, type TableSpec } from "../../src/core/rates.js";
import { cite, formatSource, ministryRatesPage } from "../../src/core/sources.js";
import { deepFreeze } from "../../src/core/freeze.js";

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
    // Rows in any order; a year is covered only to its last day; a one-day row closes a gap.
    const a = { from: "2020-01-01", until: "2020-12-30", value: 1, source: "x" };
    const b = { from: "2020-12-31", until: "2020-12-31", value: 1, source: "x" };
    const c = { from: "2019-06-01", until: "2019-12-31", value: 1, source: "x" };
    expect(yearCoverage([a], 2020)).toEqual({ years: [], missing: [2020] });
    expect(yearCoverage([b, a], 2020)).toEqual({ years: [2020], missing: [] });
    expect(yearCoverage([a, b, c], 2021)).toEqual({ years: [2019, 2020], missing: [2021] });
    expect(yearCoverage([b, c, a], 2020)).toEqual({ years: [2019, 2020], missing: [] });
    expect(yearCoverage([{ from: "2020-12-31", value: 1, source: "x" }, c], 2021)).toEqual({ years: [2019, 2021], missing: [2020] });
  });
});

describe("core/rates: rowSpanAt and the missing-rate issue", () => {
  it("rowSpanAt: the row in force and the last day it surely stays so, across every layer", () => {
    expect(rowSpanAt(spec, "2018-06-01")).toEqual({ row: spec.rows[0], last: "2018-12-31" });
    expect(rowSpanAt(spec, "2019-06-01")).toBeUndefined();
    const open: TableSpec<number> = { ...spec, rows: [{ from: "2020-01-01", value: 1, source: "x" }, { from: "2022-03-01", value: 2, source: "y" }] };
    expect(rowSpanAt(open, "2020-02-01")).toEqual({ row: open.rows[0], last: "2022-02-28" });
    expect(rowSpanAt(open, "2023-02-01")).toEqual({ row: open.rows[1], last: "9999-12-31" });
    // A per-call row starting later cuts the span the day before it; a bound row too.
    const own = [yearRow(2021, 5, "own")];
    expect(rowSpanAt(open, "2020-02-01", own)).toEqual({ row: open.rows[0], last: "2020-12-31" });
    const bound = new Map([["TEST_RATES", [{ from: "2020-07-01", until: "2020-07-31", value: 9, source: "bound" }]]]);
    expect(rowSpanAt(open, "2020-02-01", undefined, bound)).toEqual({ row: open.rows[0], last: "2020-06-30" });
    expect(rowSpanAt(open, "2020-07-01", undefined, bound)).toEqual({ row: bound.get("TEST_RATES")?.[0], last: "2020-07-31" });
    // A row starting on the asked day itself does not cut the span; one starting after its end does not either.
    expect(rowSpanAt(open, "2022-03-01", [yearRow(2030, 7, "own")])).toEqual({ row: open.rows[1], last: "2029-12-31" });
    expect(rowSpanAt(spec, "2018-06-01", [yearRow(2019, 7, "own")])).toEqual({ row: spec.rows[0], last: "2018-12-31" });
  });
  it("rateMissing: the whole message, the rate facts, and no 'starts' or per-call clause where they do not apply", () => {
    expect(rateMissing(spec, "2017-03-01")).toMatchObject({
      path: "rates",
      code: "rate-missing",
      rate: { table: "TEST_RATES", year: 2017, publishedAt: "Satser 2017 (https://example.dk/satser)" },
      message:
        'TEST_RATES (test rate, BEK 1244/2017 § 2) has no row for 2017 (2017-03-01): the library ships only published figures and never guesses a year from another. The table starts 2018-01-01. The 2017 figure is published in Satser 2017 (https://example.dk/satser). Add it once with withRates({ TEST_RATES: [{ from: "2017-01-01", until: "2017-12-31", value: "…", source: { title: "…", href: "…" } }] }) (or pass the row in rates for one call).',
    });
    const composite: TableSpec<unknown> = { ...spec, perCall: undefined, fields: { a: { meaning: "A", unit: "kr." }, b: { meaning: "B", unit: "kr." } }, publishedAt: () => ({ title: "Satser" }) };
    expect(rateMissing(composite, "2022-01-01")).toMatchObject({
      path: "TEST_RATES",
      code: "rate-missing",
      rate: { table: "TEST_RATES", year: 2022, publishedAt: "Satser", fields: ["a", "b"] },
      message:
        'TEST_RATES (test rate, BEK 1244/2017 § 2) has no row for 2022 (2022-01-01): the library ships only published figures and never guesses a year from another. The 2022 figure is published in Satser. Add it once with withRates({ TEST_RATES: [{ from: "2022-01-01", until: "2022-12-31", value: { a: \"…\", b: \"…\" }, source: { title: "…", href: "…" } }] }).',
    });
    expect(rateMissing({ ...spec, rows: [] }, "2017-03-01").message).not.toMatch(/table starts/);
    expect(rateMissing(spec, "2018-01-01").message).not.toMatch(/table starts/);
  });
  it("find: among overlapping rows the one with the latest from wins, whatever their order", () => {
    const rows = [{ from: "2020-06-01", until: "2020-12-31", value: 2, source: "b" }, { from: "2020-01-01", value: 1, source: "a" }];
    const t: TableSpec<number> = { ...spec, rows };
    expect(rowAt(t, "2020-05-31")?.value).toBe(1);
    expect(rowAt(t, "2020-06-01")?.value).toBe(2);
    expect(rowAt(t, "2020-12-31")?.value).toBe(2);
    expect(rowAt(t, "2021-01-01")?.value).toBe(1);
    const same = [{ from: "2020-01-01", value: 1, source: "a" }, { from: "2020-01-01", value: 2, source: "b" }];
    expect(rowAt({ ...spec, rows: same }, "2020-01-01")?.value).toBe(2);
  });
});

describe("core/sources and freeze", () => {
  it("cites a document with and without a section, formats a source as one line", () => {
    expect(cite("BEK nr. 235 af 09/03/2012", "§ 6")).toBe("BEK nr. 235 af 09/03/2012, § 6");
    expect(cite("BEK nr. 235 af 09/03/2012")).toBe("BEK nr. 235 af 09/03/2012");
    expect(formatSource("BEK nr. 1244")).toBe("BEK nr. 1244");
    expect(formatSource({ title: "T", href: "https://x.dk" })).toBe("T (https://x.dk)");
    expect(formatSource({ title: "T", href: "" })).toBe("T");
    expect(formatSource({ title: "T" })).toBe("T");
  });
  it("the ministry's yearly rate page: its own address where known, the overview page otherwise", () => {
    expect(ministryRatesPage(2024)).toEqual({
      title: 'Social- og Boligministeriet, "Satser på social- og ældreområdet for 2024 – voksne"',
      href: "https://www.sm.dk/lovstof/satser-paa-social-og-aeldreomraadet/satser-paa-social-og-aeldreomraadet-for-2024/voksne",
    });
    expect(ministryRatesPage(2023).href).toBe("https://sm.dk/lovstof/satser-paa-social-og-aeldreomraadet/satser-paa-social-og-aeldreomraadet-for-2023/voksne");
    expect(ministryRatesPage(2021).href).toBe("https://www.sm.dk/lovstof/satser-paa-social-og-aeldreomraadet/satser-paa-socialomraadet-for-2021/voksne");
    expect(ministryRatesPage(2027)).toEqual({ title: 'Social- og Boligministeriet, "Satser på social- og ældreområdet for 2027 – voksne"', href: "https://sm.dk/lovstof/satser-paa-social-og-aeldreomraadet" });
    expect(Object.isFrozen(ministryRatesPage(2027))).toBe(true);
  });
  it("deepFreeze freezes everything reachable and returns the same object", () => {
    const t = { rows: [{ value: "97.30", inner: { x: 1 } }] };
    expect(deepFreeze(t)).toBe(t);
    expect(Object.isFrozen(t.rows)).toBe(true);
    expect(Object.isFrozen(t.rows[0])).toBe(true);
    expect(Object.isFrozen(t.rows[0]?.inner)).toBe(true);
    expect(deepFreeze(null)).toBe(null);
    expect(deepFreeze(5)).toBe(5);
  });
});

describe("core/errors", () => {
  it("an InputError with no issues still has a message; several issues are counted; more than 100 are cut", async () => {
    expect(new InputError([]).message).toBe("Invalid input.");
    expect(new InputError([{ path: "a", message: "a x", code: "invalid" as const, says: "core.invalid" }, { path: "b", message: "b y", code: "invalid" as const, says: "core.invalid" }]).message).toBe("2 problems: a x; b y");
    const many = Array.from({ length: 250 }, (_, i) => ({ path: `k${i}`, message: `k${i} is not a known field`, code: "invalid" as const, says: "core.invalid" }));
    const e = new InputError(many);
    expect(e.issues).toHaveLength(100);
    expect(e.message).toMatch(/^250 problems: .*; … and 150 more$/);
    expect(e.message.split("; ")).toHaveLength(101);
  });
  it("one issue is the message itself; exactly 100 are all listed; issues are frozen copies", () => {
    const single = new InputError([{ path: "a", message: "a must be ≥ 0", code: "invalid" as const, says: "core.invalid" }]);
    expect(single.message).toBe("a must be ≥ 0");
    expect(single.name).toBe("InputError");
    const hundred = new InputError(Array.from({ length: 100 }, (_, i) => ({ path: `k${i}`, message: `m${i}`, code: "invalid" as const, says: "core.invalid" })));
    expect(hundred.issues).toHaveLength(100);
    expect(hundred.message).toBe(`100 problems: ${Array.from({ length: 100 }, (_, i) => `m${i}`).join("; ")}`);
    const given = { path: "a", message: "a x", code: "invalid" as const, says: "core.invalid" };
    const e = new InputError([given]);
    expect(e.issues[0]).not.toBe(given);
    expect(Object.isFrozen(e.issues)).toBe(true);
    expect(Object.isFrozen(e.issues[0])).toBe(true);
  });
  it("issue() writes the message's English after the field's name, with the message's code and id; fail() throws one issue", () => {
    expect(issue("a", CORE.min, { min: 0 })).toEqual({ path: "a", message: "a must be ≥ 0", code: "out-of-range", says: "core.min", params: { min: 0 } });
    expect(issue("", CORE.input)).toEqual({ path: "", message: "The input must be an object with named fields.", code: "not-an-object", says: "core.input" });
    expect(issue("parametre", SHEET_ISSUES.paramTwice, { name: "x" }).message).toBe('parametre: the name "x" is given twice; give each parameter once');
    expect(() => fail("x", CORE.date)).toThrow(new InputError([issue("x", CORE.date)]));
    try {
      fail("x", CORE.date);
    } catch (err) {
      expect((err as InputError).issues).toMatchObject([{ path: "x", message: "x must be a date as YYYY-MM-DD, e.g. 2024-03-01", code: "not-a-date", says: "core.date" }]);
    }
  });
});

describe("a frozen table's row for a date is looked up once (issue 26 § 2)", () => {
  const rows = [
    { from: "2018-01-01", until: "2018-12-31", value: 84, source: "BEK 1244/2017 § 2" },
    { from: "2020-01-01", value: 89, source: "BEK 1/2020" },
    { from: "2021-01-01", until: "2021-06-30", value: 90, source: "BEK 2/2021" },
  ];
  const frozen = deepFreeze({ name: "KEPT_RATES", law: "test", label: "test", unit: "kr.", publishedAt: () => "BEK", rows }) as unknown as TableSpec<number>;
  const open = { name: "OPEN_RATES", law: "test", label: "test", unit: "kr.", publishedAt: () => "BEK", rows: rows.map((r) => ({ ...r })) } as unknown as TableSpec<number>;
  it("the same row, a gap and the latest start answered the same the first time and every time after, frozen or not", () => {
    for (let round = 0; round < 3; round++)
      for (const spec of [frozen, open]) {
        expect(rowAt(spec, "2018-06-01")?.value).toBe(84);
        expect(rowAt(spec, "2019-06-01")).toBeUndefined();
        expect(rowAt(spec, "2021-03-01")?.value).toBe(90);
        expect(rowAt(spec, "2021-07-01")?.value).toBe(89);
        expect(() => rateAt(spec, "2019-06-01")).toThrow(InputError);
      }
  });
  it("a date kept as uncovered is still covered by a row given per call", () => {
    expect(rowAt(frozen, "2019-02-01")).toBeUndefined();
    expect(rowAt(frozen, "2019-02-01", [{ from: "2019-01-01", until: "2019-12-31", value: 86, source: "egen" }])?.value).toBe(86);
  });
  it("more dates than the memory holds are all answered right", () => {
    for (let d = 0; d < 1100; d++) {
      const day = new Date(Date.UTC(2018, 0, 1 + d)).toISOString().slice(0, 10);
      const want = day <= "2018-12-31" ? 84 : day >= "2021-01-01" && day <= "2021-06-30" ? 90 : day >= "2020-01-01" ? 89 : undefined;
      expect(rowAt(frozen, day)?.value).toBe(want);
    }
  });
});

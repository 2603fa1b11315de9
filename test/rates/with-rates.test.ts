import { MODULES } from "../../src/modules.js";
import { describe, expect, it } from "vitest";
import {
  AARHUS_WAGES,
  extraCostSubsidy,
  InputError,
  KOMPENSATION_LEVELS,
  MEDICINE_CAPS,
  MERUDGIFT_LEVELS,
  rateCoverage,
  rateTemplate,
  SHELTER_109_RATES,
  shelterFee,
  withRates,
} from "../../src/index.js";
import { bindRates } from "../../src/rates/with-rates.js";
import { KNOWN_TABLES, shippedTables } from "../../src/rates/tables.js";
import { rowAt } from "../../src/core/rates.js";
import { dateFromDayNumber, dayNumber } from "../../src/core/period.js";

// Caller rows in these tests are test input standing for a municipality's own figures; none is
// a published rate and none is shipped.
const SRC = { title: "Testkommune, satsblad (testinput, ikke et offentliggjort tal)", href: "https://example.dk/satser" };
const year = (y: number) => ({ from: `${y}-01-01`, until: `${y}-12-31` });
// A year no shipped table will have a row for, so adding next year's figures breaks no test here.
const FAR = 2090;

function issuesOf(f: () => unknown) {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return (e as InputError).issues;
  }
  throw new Error("expected an InputError");
}

describe("shipped tables are data checked by the caller's schema", () => {
  it("every shipped table passes the same checks as a caller's rows (schema, order, no overlap, a public source on every row)", () => {
    for (const { spec } of shippedTables()) {
      expect(() => bindRates({ [spec.name]: spec.rows })).not.toThrow();
      for (const row of spec.rows) {
        expect(typeof row.source === "object" && row.source.title.length > 10, `${spec.name} ${row.from}`).toBe(true);
        expect(JSON.stringify(row.source)).not.toMatch(/seed|FACTS/i);
      }
    }
  });
  it("shipped tables, their rows and values are frozen", () => {
    for (const t of [MERUDGIFT_LEVELS, KOMPENSATION_LEVELS, MEDICINE_CAPS, SHELTER_109_RATES, AARHUS_WAGES.lt11]) {
      expect(Object.isFrozen(t)).toBe(true);
      expect(Object.isFrozen(t[0])).toBe(true);
      expect(Object.isFrozen(t[0]?.source)).toBe(true);
    }
    expect(() => (MERUDGIFT_LEVELS as unknown as unknown[]).push({})).toThrow(TypeError);
  });
});

describe("withRates: rows supplied once", () => {
  it("a stay in a year the library has no row for computes with a bound row and cites the caller's source; the shipped table is unchanged", () => {
    const calc = withRates({ SHELTER_109_RATES: [{ ...year(FAR), value: "105.00", source: SRC }] });
    const r = calc.shelterFee({ section: "109", arrival: `${FAR}-03-01T12:00`, departure: `${FAR}-03-03T12:00` });
    expect(r.amount).toBe("210.00");
    expect(r.explanation.find((s) => s.rule.startsWith("shelter.rate"))?.source).toBe(`${SRC.title} (${SRC.href})`);
    expect(() => shelterFee({ section: "109", arrival: `${FAR}-03-01T12:00`, departure: `${FAR}-03-03T12:00` })).toThrow(/SHELTER_109_RATES/);
    expect(SHELTER_109_RATES.some((row) => row.from.startsWith(String(FAR)))).toBe(false);
  });
  it("today's cases: a § 100 application in November 2026 (kompensationsydelse) with the 2026 row loaded once; the shipped 2026 medicine cap (Lungeforeningen, 4.850 kr.) applies", () => {
    const calc = withRates({ KOMPENSATION_LEVELS: [{ ...year(2026), value: { group1YearlyThreshold: 7000, group1Amount: 1150, group2YearlyLimit: 25000, group2Amount: 520 }, source: SRC }] });
    const r = calc.extraCostSubsidy({ date: "2026-11-15", items: [{ label: "Medicin", yearly: 6000, kind: "medicine" }, { label: "Vask", monthly: 300 }] });
    expect(r.countedYearlyCosts).toBe("8450.00"); // 4.850 (cap 2026) + 3.600
    expect(r).toMatchObject({ regime: "kompensation", rule: "group-1", monthlyAmount: "1150.00", rateLevel: 2026 });
    expect(r.explanation.some((s) => s.source?.includes("Lungeforeningen"))).toBe(true);
    expect(() => extraCostSubsidy({ date: "2026-11-15", monthlyCosts: 700 })).toThrow(/KOMPENSATION_LEVELS .* has no row for 2026/);
  });
  it("today's cases: a shelter stay from October into November 2026 and a § 97 supplement for 2026", () => {
    const calc = withRates({
      SHELTER_110_RATES: { rows: [{ ...year(2026), value: 104.5, source: "Testkommune, egen takst 2026 (testinput)" }] },
      ESCORT_EXPENSE_MAX: [{ ...year(2026), value: "1080", source: SRC }],
    });
    const stay = calc.shelterFee({ section: "110", arrival: "2026-10-20T14:00", departure: "2026-11-24T13:30" });
    expect(stay.days).toBe(35);
    expect(stay.amount).toBe("3657.50");
    expect(stay.months.map((m) => [m.month, m.days])).toEqual([["2026-10", 12], ["2026-11", 23]]);
    expect(calc.escortExpenseSupplement({ date: "2026-06-01", probableExpenses: 2000 })).toMatchObject({ amount: "1080.00", capped: true, rateLevel: 2026 });
  });
  it("today's cases: a BPA grant for 2026 with the municipality's own wage basis (BPA_WAGES) or Aarhus rows added for 2026", () => {
    const basis = { hourly: "150.00", supplements: { evening: 0.3 }, onCallFraction: 0.75, pensionRate: 0.13, holidayPayRate: 0.125 };
    const own = withRates({ BPA_WAGES: [{ ...year(2026), value: basis, source: SRC }] });
    const g = own.bpaGrant({ section: "96", date: "2026-01-01", employer: "citizen", weeklyHours: { day: 30, evening: 10 } });
    expect(g.yearly.wages).toBe("312000.00"); // 40 × 52 × 150
    expect(g.explanation.find((s) => s.rule.startsWith("bpa.wage"))?.source).toContain("Testkommune");
    const aarhus = withRates({ AARHUS_WAGES: { lt11: [{ ...year(2026), value: basis, source: SRC }] } });
    expect(aarhus.bpaGrant({ section: "96", date: "2026-05-01", preset: "aarhus-lt11", employer: "citizen", weeklyHours: { day: 40 } }).yearly.wages).toBe("312000.00");
    const s = aarhus.bpaSettlement({ grant: { section: "96", date: "2026-05-01", preset: "aarhus-lt11", employer: "citizen", weeklyHours: { day: 40 } }, used: { day: 2080 } });
    expect(s.repayment).toBe("0.00");
  });
  it("a row in the call's own rates field still wins over a bound row", () => {
    const calc = withRates({ SHELTER_109_RATES: [{ ...year(FAR), value: "105.00", source: SRC }] });
    const r = calc.shelterFee({ section: "109", arrival: `${FAR}-03-01T12:00`, departure: `${FAR}-03-02T12:00`, rates: [{ ...year(FAR), value: "110.00", source: "own call" }] });
    expect(r.amount).toBe("110.00");
  });
  it("rows for the shipped dates with the same value are accepted (4575 = 4575.00)", () => {
    expect(() => withRates({ MEDICINE_CAPS: [{ ...year(2024), value: "4575.00", source: SRC }] })).not.toThrow();
  });
  it("rows are checked once, every problem at once, each naming its row", () => {
    const issues = issuesOf(() =>
      withRates({
        SHELTER_109_RATES: [
          { from: "2090-01-01", until: "2090-06-30", value: "105.00", source: SRC },
          { from: "2090-06-01", until: "2090-12-31", value: "106.00", source: SRC },
        ],
        SHELTER_110_RATES: [{ from: "2090-05-01", until: "2090-01-01", value: "1.00", source: SRC }],
        ESCORT_EXPENSE_MAX: [{ ...year(2090), value: "1100" }],
        MERUDGIFT_LEVELS: [{ ...year(2024), value: { yearlyThreshold: 7300, band1To: 1707, band1Amount: 1138, band2To: 2846, band2Amount: 2277 }, source: SRC }],
        NOT_A_TABLE: [],
      }),
    );
    const paths = issues.map((i) => i.path);
    expect(paths).toContain("SHELTER_109_RATES[1]");
    expect(issues.find((i) => i.path === "SHELTER_109_RATES[1]")?.message).toMatch(/overlaps SHELTER_109_RATES\[0\]/);
    expect(paths).toContain("SHELTER_110_RATES[0].until");
    expect(paths).toContain("ESCORT_EXPENSE_MAX[0].source");
    expect(issues.find((i) => i.path === "MERUDGIFT_LEVELS[0]")?.message).toMatch(/covers the shipped row 2024-01-01–2024-12-31 with a different value .*override: true/);
    expect(paths).toContain("NOT_A_TABLE");
  });
  it("{ override: true } lets a caller row replace a shipped figure, and the explanation says so", () => {
    const row = { ...year(2024), value: "99.00", source: SRC };
    expect(() => withRates({ SHELTER_109_RATES: [row] })).toThrow(/different value/);
    for (const calc of [withRates({ SHELTER_109_RATES: [row] }, { override: true }), withRates({ SHELTER_109_RATES: { rows: [row], override: true } })]) {
      const r = calc.shelterFee({ section: "109", arrival: "2024-03-01T14:00", departure: "2024-03-03T13:00" });
      expect(r.amount).toBe("198.00");
      expect(r.explanation.find((s) => s.rule.startsWith("shelter.rate"))?.source).toMatch(/erstatter bibliotekets tal for samme periode \(2024-01-01–2024-12-31: "97\.30"\)/);
    }
  });
  it("refuses what is not rows", () => {
    expect(() => withRates(null as never)).toThrow(/object of rate rows/);
    expect(() => withRates([] as never)).toThrow(/object of rate rows/);
    expect(issuesOf(() => withRates({ SHELTER_109_RATES: "105" }))[0]?.message).toMatch(/must be a list of rows/);
    expect(issuesOf(() => withRates({ SHELTER_109_RATES: { rows: [], override: "yes" } }))[0]?.path).toBe("SHELTER_109_RATES.override");
    expect(issuesOf(() => withRates({ SHELTER_109_RATES: { rows: [], extra: 1 } }))[0]?.path).toBe("SHELTER_109_RATES.extra");
    expect(issuesOf(() => withRates({ SHELTER_109_RATES: [{ ...year(2090), value: "1", source: SRC, note: "x" }] }))[0]?.path).toBe("SHELTER_109_RATES[0].note");
  });
  it("bound calculators are frozen and include every calculator", () => {
    const calc = withRates({});
    expect(Object.isFrozen(calc)).toBe(true);
    // Every module's public functions (MODULES), and the three of withRates itself.
    const expected = [...MODULES.flatMap((m) => Object.keys(m.functions)), "rateCoverage", "withRates", "withServiceLevel"];
    expect(Object.keys(calc).sort()).toEqual(expected.sort());
    expect(calc.extraCostOneOff({ date: "2024-05-01", oneOffAmount: 8000 }).case).toBe("one-off-only");
  });
});

describe("rateCoverage", () => {
  // An independent oracle: a year is covered when every day of it (from the table's first day) has a row.
  function oracle(name: string, through: number) {
    const { spec } = KNOWN_TABLES.get(name) as { spec: { rows: readonly { from: string }[]; lastYear?: number } & Parameters<typeof rowAt>[0] };
    const first = spec.rows.map((r) => r.from).sort()[0] as string;
    const last = Math.min(through, spec.lastYear ?? through);
    const years: number[] = [];
    const missing: number[] = [];
    for (let y = Number(first.slice(0, 4)); y <= last; y++) {
      let ok = true;
      for (let d = Math.max(dayNumber(`${y}-01-01`), dayNumber(first)); d <= dayNumber(`${y}-12-31`); d++) {
        if (!rowAt(spec, dateFromDayNumber(d))) {
          ok = false;
          break;
        }
      }
      (ok ? years : missing).push(y);
    }
    return { years, missing };
  }
  it("lists every shipped table with the years it covers and misses, as the rows say", () => {
    const c = rateCoverage({ through: 2026 });
    expect(c.map((t) => t.table)).toEqual(shippedTables().map((t) => t.spec.name));
    for (const t of c) {
      expect({ years: t.years, missing: t.missing }, t.table).toEqual(oracle(t.table, 2026));
      expect(t.law.length).toBeGreaterThan(5);
      if (t.missing.length > 0) expect(t.publishedAt).toMatch(/\w/);
    }
  });
  it("merudgiftsydelse is not asked for after 2027 (the rule ends 31 Aug 2027); bad `through` is refused", () => {
    const m = rateCoverage({ through: 2030 }).find((t) => t.table === "MERUDGIFT_LEVELS");
    expect(Math.max(...(m?.years ?? []), ...(m?.missing ?? []))).toBe(2027);
    expect(() => rateCoverage({ through: 20.5 })).toThrow(InputError);
  });
  it("the bound calculators' coverage counts the caller's rows", () => {
    const calc = withRates({ SHELTER_109_RATES: [{ ...year(FAR), value: "105.00", source: SRC }] });
    expect(calc.rateCoverage({ through: FAR }).find((t) => t.table === "SHELTER_109_RATES")?.years).toContain(FAR);
    expect(rateCoverage({ through: FAR }).find((t) => t.table === "SHELTER_109_RATES")?.missing).toContain(FAR);
  });
});

describe("rateTemplate (npx servicelov satser ÅÅÅÅ --skabelon)", () => {
  it("has a block with null values for every table that lacks the year, with meaning, unit and where published", () => {
    for (const y of [2027, FAR]) {
      const missing = rateCoverage({ through: y }).filter((c) => c.missing.includes(y)).map((c) => c.table);
      expect(Object.keys(rateTemplate({ year: y })).sort()).toEqual(missing.sort());
    }
    const t = rateTemplate({ year: FAR });
    const k = t.KOMPENSATION_LEVELS;
    expect(k?.rows[0]).toEqual({ from: `${FAR}-01-01`, until: `${FAR}-12-31`, value: { group1YearlyThreshold: null, group1Amount: null, group2YearlyLimit: null, group2Amount: null }, source: { title: null, href: null } });
    expect(k?.fields?.group1Amount?.unit).toBe("kr. pr. måned");
    expect(k?.publishedAt).toMatch(new RegExp(`Satser på social- og ældreområdet for ${FAR}`));
    expect(t.SHELTER_109_RATES?.rows[0]?.value).toBeNull();
    expect(t.MERUDGIFT_LEVELS).toBeUndefined(); // merudgiftsydelse ends 31 Aug 2027
  });
  it("a null left in it is an InputError naming the row; filled in, withRates loads it", () => {
    const t = JSON.parse(JSON.stringify(rateTemplate({ year: FAR })));
    const issues = issuesOf(() => withRates(t));
    expect(issues.some((i) => i.path === "KOMPENSATION_LEVELS[0].value.group1Amount" && /still null: fill it in with the published figure \(gruppe 1: standardbeløb, kr\. pr\. måned\).*, or delete the row KOMPENSATION_LEVELS\[0\] if you do not need that period$/.test(i.message))).toBe(true);
    expect(issues.some((i) => i.path === "SHELTER_109_RATES[0].source.title")).toBe(true);
    const filled = { SHELTER_109_RATES: { ...t.SHELTER_109_RATES, rows: [{ ...t.SHELTER_109_RATES.rows[0], value: "105.00", source: SRC }] } };
    expect(withRates(filled).shelterFee({ section: "109", arrival: `${FAR}-01-10T10:00`, departure: `${FAR}-01-11T10:00` }).amount).toBe("105.00");
  });
});

// The BPA components' choices, each at the point where it turns: which administration fee a
// preset gives and when the caller's own figures replace it, which offset line is shown, which
// helper-expense rule and source apply, and what a municipality's own wage row must hold.
// Sources: Albertslund Kommune, "Kvalitetsstandard for BPA" (2018) — 5,45 kr. per measured hour,
// payroll «op til 2.030,00 kr. årligt pr. hjælper», 4,5 / 9 normal hours for § 96; Holbæk
// Kommune, "Serviceniveau" (2024) — no admin fee for a relative employer, helper expenses assessed
// individually; BEK nr. 1069 af 30/06/2020 §§ 5 and 8.
import { describe, expect, it } from "vitest";
import { bpaGrant, withRates, type BpaGrantInput, type BpaGrantResult } from "../../src/index.js";
import { issuesOf } from "../support/issues.js";

const base: BpaGrantInput = { section: "96", date: "2024-01-01", preset: "aarhus-2021-10-lt11", employer: "citizen", weeklyHours: { day: 40 } };
const rules = (g: BpaGrantResult, prefix: string) => g.explanation.filter((s) => s.rule.startsWith(prefix));
const only = (g: BpaGrantResult, prefix: string) => {
  const found = rules(g, prefix);
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe("BPA administration fee: the preset's figures, and the caller's figures replacing them", () => {
  const albertslund = { ...base, servicePreset: "albertslund-2018" } as const;
  it("Albertslund 2018, employer role transferred: 5,45 kr. per measured hour (2.080 hours)", () => {
    const g = bpaGrant({ ...albertslund, employer: "company" });
    expect(g.yearly.admin).toBe("11336.00");
    expect(only(g, "bpa.admin")).toMatchObject({ rule: "bpa.admin.per-hour", values: { hours: 2080, perHour: "5.45", amount: "11336.00" } });
    expect(only(g, "bpa.admin").source).toMatch(/Albertslund/);
  });
  it("an admin object given in the call replaces the preset's per-hour fee, even when it only sets payroll", () => {
    const g = bpaGrant({ ...albertslund, employer: "company", helpers: 2, admin: { payrollPerHelperPerYear: 1000 } });
    expect(g.yearly.admin).toBe("2000.00");
    expect(rules(g, "bpa.admin").map((s) => s.rule)).toEqual(["bpa.admin.payroll-max"]);
    expect(only(g, "bpa.admin").source).toBeUndefined();
  });
  it("a per-hour fee given in the call is cited to BEK nr. 1069/2020 § 8, not to the preset", () => {
    const g = bpaGrant({ ...albertslund, employer: "company", admin: { perMeasuredHour: 5 } });
    expect(g.yearly.admin).toBe("10400.00");
    expect(only(g, "bpa.admin").source).toBe("BEK nr. 1069 af 30/06/2020 § 8");
  });
  it("Albertslund 2018 payroll maximum applies to a citizen employer with an association doing payroll — not to a company employer", () => {
    expect(bpaGrant({ ...albertslund, payroll: "association", helpers: 3 }).yearly.admin).toBe("6090.00");
    const company = bpaGrant({ ...albertslund, employer: "company", payroll: "association", helpers: 3 });
    expect(rules(company, "bpa.admin").map((s) => s.rule)).toEqual(["bpa.admin.per-hour"]);
    expect(company.yearly.admin).toBe("11336.00");
    expect(() => bpaGrant({ ...albertslund, employer: "company", payroll: "association" })).not.toThrow();
  });
  it("a per-hour fee given in the call for a citizen employer replaces the preset's payroll maximum", () => {
    const g = bpaGrant({ ...albertslund, payroll: "association", helpers: 3, admin: { perMeasuredHour: 1 } });
    expect(rules(g, "bpa.admin").map((s) => s.rule)).toEqual(["bpa.admin.per-hour"]);
    expect(g.yearly.admin).toBe("2080.00");
    expect(() => bpaGrant({ ...albertslund, payroll: "association", admin: { perMeasuredHour: 1 } })).not.toThrow();
  });
  it("only Albertslund 2018 sets a payroll maximum: Holbæk 2024 with an association needs no helpers and pays no payroll fee", () => {
    const g = bpaGrant({ ...base, servicePreset: "holbaek-2024", payroll: "association" });
    expect(g.yearly.admin).toBe("0.00");
    expect(rules(g, "bpa.admin").map((s) => s.rule)).toEqual(["bpa.admin.none"]);
  });
  it("Holbæk 2024: no admin fee for a relative employer — unless the call gives one, which is then shown alone", () => {
    const none = bpaGrant({ ...base, servicePreset: "holbaek-2024", employer: "relative" });
    expect(rules(none, "bpa.admin").map((s) => s.rule)).toEqual(["bpa.admin.relative-employer"]);
    expect(only(none, "bpa.admin").source).toMatch(/^Holbæk/);
    const given = bpaGrant({ ...base, servicePreset: "holbaek-2024", employer: "relative", admin: { perMeasuredHour: 2 } });
    expect(rules(given, "bpa.admin").map((s) => s.rule)).toEqual(["bpa.admin.per-hour"]);
    expect(given.yearly.admin).toBe("4160.00");
  });
});

describe("BPA offset for attendance / care supplements (Albertslund 2018, § 96: 4,5 and 9 normal hours)", () => {
  const albertslund = { ...base, servicePreset: "albertslund-2018" } as const;
  it("the preset's hours name the supplement set off: attendance or care — never both (Albertslund 2018 § 96: «et af de ovennævnte tillæg»)", () => {
    const text = (allowances: { attendance?: boolean; care?: boolean }) => only(bpaGrant({ ...albertslund, allowances }), "bpa.offset").text;
    expect(text({ attendance: true })).toMatch(/^Modregning for bistandstillæg \(4,5 t\/uge\): 4,5 normaltimer\/uge/);
    expect(text({ care: true })).toMatch(/^Modregning for plejetillæg \(9 t\/uge\): 9 normaltimer\/uge/);
    expect(text({ attendance: true, care: false })).not.toMatch(/ og /);
    expect(issuesOf(() => bpaGrant({ ...albertslund, allowances: { attendance: true, care: true } }))).toEqual([
      expect.objectContaining({ path: "allowances", code: "exactly-one", message: expect.stringMatching(/^allowances cannot have both attendance and care true: albertslund-2018 converts «et af de ovennævnte tillæg» — plejetillæg is granted instead of bistandstillæg, never both/) }),
    ]);
  });
  it("assessed hours given in the call are shown as assessed, even under the preset", () => {
    const g = bpaGrant({ ...albertslund, allowances: { attendance: true, weeklyHours: 3 } });
    expect(only(g, "bpa.offset")).toMatchObject({ rule: "bpa.offset.assessed-hours", values: { weeklyHours: 3 } });
    expect(only(g, "bpa.offset").source).toBe("Lov om social pension § 16; vurderet timetal");
    const holbaek = bpaGrant({ ...base, servicePreset: "holbaek-2024", allowances: { care: true, weeklyHours: 3 } });
    expect(only(holbaek, "bpa.offset").source).toMatch(/^Holbæk.*BPA § 96, pkt\. 6/);
  });
  it("assessed hours without a preset are cited to Lov om social pension § 16", () => {
    const g = bpaGrant({ ...base, allowances: { weeklyHours: 3 } });
    expect(only(g, "bpa.offset")).toMatchObject({ rule: "bpa.offset.assessed-hours", source: "Lov om social pension § 16; vurderet timetal" });
    const amount = bpaGrant({ ...base, allowances: { yearlyAmount: 1000 } });
    expect(only(amount, "bpa.offset")).toMatchObject({ rule: "bpa.offset.amount", source: "Lov om social pension § 16; vurderet beløb" });
  });
});

describe("BPA helper-related expenses", () => {
  it("no preset and no cap: no cap applied (not «individual», which is a municipality's rule)", () => {
    expect(only(bpaGrant({ ...base, helperExpensesMonthly: 800 }), "bpa.helper-expenses")).toMatchObject({ rule: "bpa.helper-expenses.no-cap", values: { amount: "9600.00" } });
  });
  it("Holbæk 2024: assessed individually, cited to Holbæk", () => {
    const s = only(bpaGrant({ ...base, servicePreset: "holbaek-2024", helperExpensesMonthly: 800 }), "bpa.helper-expenses");
    expect(s.rule).toBe("bpa.helper-expenses.individual");
    expect(s.source).toMatch(/Holbæk/);
  });
  it("Albertslund 2018 caps § 96 at 1.000 kr. a month; a cap given in the call wins and is not cited to the preset", () => {
    const preset = only(bpaGrant({ ...base, servicePreset: "albertslund-2018", helperExpensesMonthly: 1200 }), "bpa.helper-expenses");
    expect(preset).toMatchObject({ rule: "bpa.helper-expenses.capped", values: { amount: "12000.00" } });
    expect(preset.source).toMatch(/Albertslund/);
    const own = only(bpaGrant({ ...base, servicePreset: "albertslund-2018", helperExpensesMonthly: 1200, helperExpensesCap: 1100 }), "bpa.helper-expenses");
    expect(own).toMatchObject({ rule: "bpa.helper-expenses.capped", values: { amount: "13200.00" } });
    expect(own.source).toBeUndefined();
  });
});

describe("BPA wage basis: the caller's, a preset's, or the municipality's own BPA_WAGES row", () => {
  // Test input standing for a municipality's own wage row: not a published figure.
  const SRC = "Testkommune, løn 2026";
  const row = (value: Record<string, unknown>) => withRates({ BPA_WAGES: [{ from: "2026-01-01", until: "2026-12-31", value: { hourly: "150.00", pensionRate: 0.13, holidayPayRate: 0.125, ...value }, source: SRC }] } as never);
  const grant2026: BpaGrantInput = { section: "96", date: "2026-03-01", employer: "citizen", weeklyHours: { day: 40 } };
  it("an hourly wage given in the call is used instead of a bound BPA_WAGES row", () => {
    const g = row({}).bpaGrant({ ...grant2026, wage: { hourly: 100, pensionRate: 0.1, holidayPayRate: 0.1 } });
    expect(g.yearly.wages).toBe("208000.00");
    expect(rules(g, "bpa.wage")[0]?.source).toBe("caller input; BEK nr. 1069 af 30/06/2020 § 5");
    expect(row({}).bpaGrant(grant2026).yearly.wages).toBe("312000.00");
  });
  it("a row without a supplement or on-call fraction the hours need is refused at that field, naming the row", () => {
    const calc = row({ supplements: { night: 0.5 } });
    expect(issuesOf(() => calc.bpaGrant({ ...grant2026, weeklyHours: { day: 30, evening: 5 } }))).toEqual([
      { path: "wage.supplements.evening", code: "required-with", message: `wage.supplements.evening is required when evening hours are measured: the wage row (${SRC}) has no figure for it; give it in the call or add it to that row` },
    ]);
    expect(issuesOf(() => calc.bpaGrant({ ...grant2026, onCallWeeklyHours: 2 }))).toEqual([
      { path: "wage.onCallFraction", code: "required-with", message: `wage.onCallFraction is required when on-call hours are measured: the wage row (${SRC}) has no figure for it; give it in the call or add it to that row` },
    ]);
    expect(calc.bpaGrant({ ...grant2026, weeklyHours: { day: 30, night: 5 } }).yearly.supplements).toBe("19500.00"); // 5 × 52 × 150 × 0,5
  });
  it("a row left null points to where the municipality's own wage basis is found", () => {
    const nullRow = { BPA_WAGES: [{ from: "2026-01-01", until: "2026-12-31", value: { hourly: null, pensionRate: 0.13, holidayPayRate: 0.125 }, source: SRC }] };
    expect(issuesOf(() => withRates(nullRow as never))).toEqual([
      { path: "BPA_WAGES[0].value.hourly", code: "null-left", message: "BPA_WAGES[0].value.hourly is still null: fill it in with the published figure (timeløn, kr. pr. time) from kommunens eget BPA-løngrundlag (løntabel med tillæg), fx fra den overenskomst, kommunen udmåler efter, or delete the row BPA_WAGES[0] if you do not need that period" },
    ]);
  });
});

describe("BPA schema: rules that read other fields stay quiet on a field of the wrong type", () => {
  it("a wage that is null or not an object is one type error, not a crash", () => {
    for (const wage of [null, "150", 150, []]) {
      const found = issuesOf(() => bpaGrant({ ...base, wage } as never));
      expect(found.map((i) => i.path)).toEqual(["wage"]);
    }
  });
  it("a malformed wage does not hide the other fields' cross rules", () => {
    expect(issuesOf(() => bpaGrant({ ...base, weeklyHours: undefined, wage: null } as never)).map((i) => i.path).sort()).toEqual(["wage", "weeklyHours"]);
    expect(issuesOf(() => bpaGrant({ ...base, weeklyHours: undefined, admin: null, allowances: null } as never)).map((i) => i.path).sort()).toEqual(["admin", "allowances", "weeklyHours"]);
  });
  it("an own wage asks for the supplement of every kind of hours measured", () => {
    const found = issuesOf(() => bpaGrant({ ...base, preset: undefined, wage: { hourly: 140, pensionRate: 0.13, holidayPayRate: 0.125 }, weeklyHours: { day: 10, evening: 1, night: 1, saturday: 1, sunday: 1, holiday: 1 } }));
    expect(found.map((i) => i.path)).toEqual(["wage.supplements.evening", "wage.supplements.night", "wage.supplements.saturday", "wage.supplements.sunday", "wage.supplements.holiday"]);
  });
  it("hours given as text are refused as hours; no supplement is asked for them", () => {
    const found = issuesOf(() => bpaGrant({ ...base, preset: undefined, wage: { hourly: 140, pensionRate: 0.13, holidayPayRate: 0.125 }, weeklyHours: { day: 30, evening: "5" } } as never));
    expect(found.map((i) => i.path)).toEqual(["weeklyHours.evening"]);
  });
  it("Albertslund 2018 converts the supplements to normal hours only for § 96 — the § 95 message word for word", () => {
    expect(issuesOf(() => bpaGrant({ ...base, section: "95", servicePreset: "albertslund-2018", allowances: { care: true } }))).toEqual([
      { path: "allowances", code: "only-with", message: "allowances: albertslund-2018 converts the supplements to normal hours only for § 96 grants; for a § 95 grant give allowances.weeklyHours or allowances.yearlyAmount" },
    ]);
  });
});

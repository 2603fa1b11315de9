// Issue 26 § 1: § 100 for a whole population. The batch equals the per-call API on every row —
// amount to the øre and rule — for random inputs including every band edge (FACTS.md, § 100
// tables: 2024 threshold 7.296 kr. a year, band 1 to 1.707, band 2 to 2.846; kompensation
// 2025-10), refuses each bad row with the per-call codes, and explains any row as the per-call does.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BATCH_RULES, extraCostSubsidy, extraCostSubsidyBatch, InputError, withRates, type ExtraCostInput } from "../../src/index.js";
import { runs } from "../support/runs.js";
import { plainAmount } from "../../src/core/columns.js";
import { moneyProblem } from "../../src/core/money.js";

const oreOf = (kr: string) => Math.round(Number(kr) * 100);

describe("extraCostSubsidyBatch: columns in, columns out", () => {
  it("FACTS § 100 2024: 607 kr. is below the threshold (608), 1.800 kr. band 2 (2.277 kr.), 3.000 kr. documented is actual", () => {
    const r = extraCostSubsidyBatch({ date: "2024-03-01", monthlyCosts: new Float64Array([607, 608, 1707, 1708, 2846, 2847, 3000]), documented: [false, false, false, false, false, false, true] });
    expect([...r.amountOre]).toEqual([0, 113800, 113800, 227700, 227700, 227700, 300000]);
    expect([...r.rule].map((c) => BATCH_RULES[c])).toEqual(["below-threshold", "band-1", "band-1", "band-2", "band-2", "band-2", "actual"]);
    expect(r.errors).toEqual([]);
  });
  it("kompensationsydelse 2025-10: group 1 and group 2 side by side, the better one by default, a chosen one when given", () => {
    const r = extraCostSubsidyBatch({ date: "2025-10-01", monthlyCosts: [100, 2600, 2600, 2600], documentedListedMonthlyCosts: [0, 2150, 2150, 0], group: [undefined as never, undefined as never, 1, undefined as never] });
    for (let i = 0; i < r.length; i++) expect(r.amountOre[i], `row ${i}`).toBe(oreOf(extraCostSubsidy(r.input(i)).monthlyAmount));
    expect(r.ruleOf(1)).toBe("group-2");
    expect(r.ruleOf(2)).toBe("group-1");
  });
  it("a bad row fails the batch by default, naming the row and field with the per-call code; with onError: collect the others are computed", () => {
    const cols = { date: ["2024-03-01", "2024-02-30", "2024-03-01"], monthlyCosts: [1800, 1800, -5] };
    try {
      extraCostSubsidyBatch(cols);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      expect((e as InputError).issues.map((i) => `${i.path} ${i.code}`)).toEqual(["rows[1].date not-a-date", "rows[2].monthlyCosts out-of-range"]);
    }
    const r = extraCostSubsidyBatch(cols, { onError: "collect" });
    expect(r.amountOre[0]).toBe(227700);
    expect(r.errors.map((e) => e.row)).toEqual([1, 2]);
    expect(r.ruleOf(1)).toBe("refused");
    expect(r.amountOre[1]).toBe(0);
    expect(r.errors[1]?.issues).toEqual(expect.arrayContaining([expect.objectContaining({ path: "monthlyCosts", code: "out-of-range" })]));
  });
  it("a missing year is refused like the per-call API (rate-missing), and withRates rows are used when bound", () => {
    const r = extraCostSubsidyBatch({ date: "2026-03-01", monthlyCosts: 3000 }, { onError: "collect" });
    expect(r.errors[0]?.issues[0]?.code).toBe("rate-missing");
    const bound = withRates({ KOMPENSATION_LEVELS: [{ from: "2026-01-01", until: "2026-12-31", value: { group1YearlyThreshold: 7000, group1Amount: 1150, group2YearlyLimit: 25000, group2Amount: 520 }, source: "testværdier (ikke en offentliggjort sats)" }] });
    const b = bound.extraCostSubsidyBatch({ date: "2026-03-01", monthlyCosts: [3000, 100] });
    expect([...b.amountOre]).toEqual([115000, 0]);
    expect(b.explain(0)).toEqual(bound.extraCostSubsidy({ date: "2026-03-01", monthlyCosts: 3000 }).explanation);
  });
  it("columns of different lengths, an unknown column and odd options are refused before a row is computed", () => {
    expect(() => extraCostSubsidyBatch({ date: ["2024-03-01"], monthlyCosts: [1, 2] })).toThrow(/has 2 rows; the other columns have 1/);
    expect(() => extraCostSubsidyBatch({ date: "2024-03-01", monthlyCost: [1] } as never)).toThrow(/monthlyCost is not a known column/);
    expect(() => extraCostSubsidyBatch({ date: "2024-03-01", monthlyCosts: 1 }, { onError: "skip" } as never)).toThrow(InputError);
  });
  it("property: the batch's amount check without text accepts exactly what the per-call check accepts", () => {
    const odd = fc.oneof(fc.double(), fc.double({ min: 0, max: 1e12, noNaN: true }), fc.integer({ min: 0, max: 10_000_000 }).map((c) => c / 100), fc.integer({ min: 0, max: 10_000_000 }).map((c) => c / 1000), fc.constantFrom(-0, 0.1 + 0.2, 1e-7, 1e11, 1e11 + 0.01, 99999999999.99, Number.EPSILON));
    fc.assert(
      fc.property(odd, (v) => {
        expect(plainAmount(v), String(v)).toBe(moneyProblem(v) === undefined);
      }),
      { numRuns: runs(2000) },
    );
  });
  it("property: every row equals the per-call API — amount to the øre, rule — and its explanation is the per-call one", () => {
    const date = fc.constantFrom("2018-05-01", "2020-06-01", "2021-03-01", "2023-07-01", "2024-03-01", "2025-08-31", "2025-09-01", "2025-12-01", "2026-01-01");
    const edges = [53400, 53399, 150000, 150100, 250000, 250100, 60700, 60800, 170700, 170800, 284600, 284700, 55500, 55400, 200000, 200100];
    const cents = fc.oneof(fc.integer({ min: 0, max: 1_000_000 }), fc.constantFrom(...edges), fc.constantFrom(...edges.map((e) => e * 12)));
    const row = fc.record({ date, costs: cents, yearly: fc.boolean(), documented: fc.option(fc.boolean(), { nil: undefined }), listed: fc.option(cents, { nil: undefined }), group: fc.option(fc.constantFrom(1 as const, 2 as const), { nil: undefined }) });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 40 }), (rows) => {
        const cols = {
          date: rows.map((r) => r.date),
          monthlyCosts: rows.map((r) => (r.yearly ? undefined : r.costs / 100)),
          yearlyCosts: rows.map((r) => (r.yearly ? r.costs / 100 : undefined)),
          documented: rows.map((r) => r.documented),
          documentedListedMonthlyCosts: rows.map((r) => (r.listed === undefined ? undefined : r.listed / 100)),
          group: rows.map((r) => r.group),
        };
        const b = extraCostSubsidyBatch(cols as never, { onError: "collect" });
        rows.forEach((_, i) => {
          const input = b.input(i) as ExtraCostInput;
          let one: ReturnType<typeof extraCostSubsidy> | InputError;
          try {
            one = extraCostSubsidy(input);
          } catch (e) {
            one = e as InputError;
          }
          if (one instanceof InputError) {
            expect(b.ruleOf(i)).toBe("refused");
            expect(b.errors.find((e) => e.row === i)?.issues).toEqual(one.issues);
          } else {
            expect(b.amountOre[i], JSON.stringify(input)).toBe(oreOf(one.monthlyAmount));
            expect(b.ruleOf(i)).toBe(one.rule);
          }
        });
        const i = rows.length - 1;
        if (b.ruleOf(i) !== "refused") expect(b.explain(i)).toEqual(extraCostSubsidy(b.input(i)).explanation);
      }),
      { numRuns: runs(200) },
    );
  });
});

// Issue 26 § 2: § 100 in whole øre where the amounts allow it, decimal.js beyond. The two paths
// give the same result — amounts, rule, alternatives and every explanation step — on random
// inputs, every band edge pinned (FACTS.md, § 100 tables: 2024 threshold 7.296 kr. a year, band 1
// to 1.707 kr., band 2 to 2.846 kr.; kompensationsydelse 2025-niveau 6.660 / 1.105 / 24.000 / 500 kr.).
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { extraCostSubsidy, KOMPENSATION_LEVELS, MERUDGIFT_LEVELS, withRates, type ExtraCostInput } from "../../src/index.js";
import { orePath } from "../../src/core/arith.js";
import { divideOre, oreOf, oreText } from "../../src/core/ore.js";
import { Dec, formatMoney } from "../../src/core/money.js";
import { runs } from "../support/runs.js";
import { pathsAgree, through as run } from "../support/ore-path.js";

afterEach(() => {
  orePath.on = true;
});


describe("whole øre: the arithmetic", () => {
  it("oreOf reads checked amounts exactly and refuses what it cannot hold", () => {
    expect([oreOf("1234.5"), oreOf("1234.50"), oreOf(0.07), oreOf(1800), oreOf("0"), oreOf(" 12.3 ")]).toEqual([123450, 123450, 7, 180000, 0, 1230]);
    expect([oreOf("1.005"), oreOf(0.001), oreOf(-1), oreOf("99999999999999999"), oreOf(Number.MAX_SAFE_INTEGER)]).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });
  it("property: oreText and divideOre give decimal.js's text and its half-up twelfth", () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), fc.integer({ min: 0, max: 10_000 })), fc.integer({ min: 1, max: 400 }), (o, by) => {
        expect(oreText(o)).toBe(formatMoney(new Dec(o).div(100)));
        expect(divideOre(o, by)).toBe(new Dec(o).div(by).toDecimalPlaces(0, Dec.ROUND_HALF_UP).toNumber());
      }),
      { numRuns: runs(3000) },
    );
  });
});

describe("§ 100 through whole øre equals § 100 through decimal.js", () => {
  const edges = [53400, 53399, 150000, 150100, 250000, 250100, 60700, 60800, 170700, 170800, 170750, 284600, 284700, 284601, 55500, 55400, 200000, 200001, 200100, 0, 1];
  const cents = fc.oneof(fc.integer({ min: 0, max: 2_000_000 }), fc.constantFrom(...edges), fc.constantFrom(...edges.map((e) => e * 12)), fc.constantFrom(...edges.map((e) => e * 12 + 1)), fc.integer({ min: 0, max: 10_000_000_000_000 }));
  const date = fc.constantFrom("2018-05-01", "2020-06-01", "2021-03-01", "2023-07-01", "2024-03-01", "2025-08-31", "2025-09-01", "2025-12-01", "2026-01-01");
  // Every shipped level's own edges, monthly in øre, ± 1 øre, with a date in force: threshold, band 1, band 2; group 1 and group 2.
  const levelEdges = [
    ...MERUDGIFT_LEVELS.flatMap((r) => [Math.ceil((Number(r.value.yearlyThreshold) * 100) / 12), Number(r.value.band1To) * 100, Number(r.value.band2To) * 100].flatMap((e) => [e - 1, e, e + 1, e + 99, e + 100]).map((e) => ({ date: r.from, costs: e }))),
    ...KOMPENSATION_LEVELS.flatMap((r) => [Math.ceil((Number(r.value.group1YearlyThreshold) * 100) / 12), (Number(r.value.group2YearlyLimit) * 100) / 12].flatMap((e) => [e - 1, e, e + 1]).map((e) => ({ date: r.from > "2025-09-01" ? r.from : "2025-09-01", costs: e }))),
  ];
  const edge = fc.constantFrom(...levelEdges);
  const input = fc.record(
    { at: fc.option(edge, { nil: undefined }), date, costs: cents, yearly: fc.boolean(), text: fc.boolean(), documented: fc.option(fc.boolean(), { nil: undefined }), listed: fc.option(cents, { nil: undefined }), group: fc.option(fc.constantFrom(1 as const, 2 as const), { nil: undefined }), regime: fc.option(fc.constantFrom("merudgift" as const, "kompensation" as const), { nil: undefined }) },
  ).map((r) => {
    const kr = (c: number) => (r.text ? `${Math.floor(c / 100)}.${String(c % 100).padStart(2, "0")}` : c / 100);
    const costs = r.at === undefined ? r.costs : r.yearly ? r.at.costs * 12 : r.at.costs;
    const out: Record<string, unknown> = { date: r.at?.date ?? r.date, [r.yearly ? "yearlyCosts" : "monthlyCosts"]: kr(costs) };
    if (r.at !== undefined && r.listed !== undefined) r.listed = r.at.costs;
    if (r.documented !== undefined) out.documented = r.documented;
    if (r.listed !== undefined) out.documentedListedMonthlyCosts = kr(r.listed);
    if (r.group !== undefined) out.group = r.group;
    if (r.regime !== undefined) out.regime = r.regime;
    return out as unknown as ExtraCostInput;
  });
  it("property: the whole result — amounts, rule, alternatives, every step — or the same refusal", () => {
    pathsAgree(input, extraCostSubsidy, runs(4000));
  });
  it("property: with rate rows bound by withRates (a made-up 2026 level) the paths agree too", () => {
    const bound = withRates({ KOMPENSATION_LEVELS: [{ from: "2026-01-01", until: "2026-12-31", value: { group1YearlyThreshold: 7001, group1Amount: 1151, group2YearlyLimit: 25001, group2Amount: 521 }, source: "testværdier (ikke en offentliggjort sats)" }] });
    pathsAgree(input, bound.extraCostSubsidy, runs(1000));
  });
  it("FACTS § 100 2024 pinned: 1.800 kr. a month is band 2 (2.277 kr.) through both paths; a yearly 36.001 kr. documented is 3.000,08 kr., rounded", () => {
    const a = { date: "2024-03-01", monthlyCosts: 1800 } as ExtraCostInput;
    expect((run(true, a, extraCostSubsidy) as { monthlyAmount: string }).monthlyAmount).toBe("2277.00");
    const b = { date: "2024-03-01", yearlyCosts: 36001, documented: true } as ExtraCostInput;
    expect(run(true, b, extraCostSubsidy)).toEqual(run(false, b, extraCostSubsidy));
    expect((run(true, b, extraCostSubsidy) as { monthlyAmount: string; explanation: { rule: string }[] }).explanation.at(-1)?.rule).toBe("extra-cost.result.rounded");
  });
});

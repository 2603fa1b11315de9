import { describe, expect, it } from "vitest";
import { extraCostSubsidy, InputError } from "../../src/index.js";

const m = (date: string, monthlyCosts: number | string, documented = false) =>
  extraCostSubsidy({ date, monthlyCosts, documented });

// Every boundary of every shipped year: [year, source, threshold, band1To, band1Amount, band2To, band2Amount]
const years = [
  [2018, "seed 001 (Albertslund 2018, § 100 Merudgifter)", 534, 1500, 1000, 2500, 2000],
  [2020, "FACTS.md 2020 (vordingborg.dk; diabetes.dk)", 556, 1561, 1040, 2601, 2081],
  [2021, "FACTS.md 2021 (sm.dk satser 2021 voksne)", 567, 1592, 1061, 2653, 2123],
  [2023, "FACTS.md 2023 (sm.dk satser 2023; SOU spm. 165)", 589, 1654, 1103, 2757, 2206],
  [2024, "seed 004 (Holbæk 2024, § 100 pkt. 2) and sm.dk 2024", 608, 1707, 1138, 2846, 2277],
] as const;

describe.each(years)("§ 100 merudgift %i — %s", (year, _source, threshold, b1, a1, b2, a2) => {
  const d = `${year}-06-01`;
  it(`threshold − 1 kr. (${threshold - 1}) gives nothing`, () => {
    const r = m(d, threshold - 1);
    expect(r).toMatchObject({ eligible: false, monthlyAmount: "0.00", rule: "below-threshold", rateLevel: year });
  });
  it(`threshold − 1 øre gives nothing`, () => {
    expect(m(d, (threshold - 0.01).toFixed(2)).rule).toBe("below-threshold");
  });
  it(`threshold ${threshold} kr. (inclusive) gives band 1 = ${a1}`, () => {
    expect(m(d, threshold)).toMatchObject({ eligible: true, monthlyAmount: `${a1}.00`, rule: "band-1" });
  });
  it(`yearly threshold ${threshold * 12} kr. gives band 1`, () => {
    expect(extraCostSubsidy({ date: d, yearlyCosts: threshold * 12 }).rule).toBe("band-1");
  });
  it(`band 1 upper limit ${b1} → ${a1}; ${b1} + 1 øre → band 2 ${a2}`, () => {
    expect(m(d, b1).monthlyAmount).toBe(`${a1}.00`);
    expect(m(d, `${b1}.01`)).toMatchObject({ rule: "band-2", monthlyAmount: `${a2}.00` });
    expect(m(d, b1 + 1).rule).toBe("band-2");
  });
  it(`band 2 upper limit ${b2} → ${a2} even when documented`, () => {
    expect(m(d, b2, true)).toMatchObject({ rule: "band-2", monthlyAmount: `${a2}.00` });
  });
  it(`above band 2, documented → actual costs; only probable → band-2 amount`, () => {
    expect(m(d, b2 + 1, true)).toMatchObject({ rule: "actual", monthlyAmount: `${b2 + 1}.00` });
    expect(m(d, `${b2}.01`, true)).toMatchObject({ rule: "actual", monthlyAmount: `${b2}.01` });
    expect(m(d, b2 + 1, false)).toMatchObject({ rule: "band-2", monthlyAmount: `${a2}.00` });
  });
});

describe("§ 100 merudgift — explanations and shape", () => {
  it("DESIGN.md example, 2020: 1.800 kr. lies in 1.562–2.601 kr. → 2.081,00 kr.", () => {
    const r = m("2020-05-01", 1800);
    expect(r.explanation.map((s) => s.text)).toContain(
      "Sandsynliggjorte merudgifter på 1.800,00 kr. pr. måned ligger i intervallet 1.562–2.601 kr. Standardbeløb: 2.081,00 kr.",
    );
    expect(r.yearlyAmount).toBe("24972.00");
    expect(r.explanation.every((s) => s.rule.startsWith("extra-cost."))).toBe(true);
  });
  it("yearly actual costs are divided by 12 and rounded to øre, half up", () => {
    const r = extraCostSubsidy({ date: "2024-01-01", yearlyCosts: "40000.10", documented: true });
    expect(r.monthlyAmount).toBe("3333.34");
    expect(r.yearlyAmount).toBe("40000.08");
    expect(r.explanation.at(-1)?.text).toMatch(/afrundet/);
  });
  it("seed 004 (Holbæk 2024, Medicin): at most 4.575 kr. of medicine a year counts", () => {
    const r = extraCostSubsidy({
      date: "2024-03-01",
      items: [
        { label: "Medicin", yearly: 6000, kind: "medicine" },
        { label: "Transport", monthly: 300 },
      ],
    });
    expect(r.countedYearlyCosts).toBe("8175.00"); // 4575 + 3600
    expect(r.rule).toBe("band-1");
    expect(r.explanation.some((s) => s.rule.startsWith("extra-cost.medicine-cap") && s.text.includes("4.575,00 kr."))).toBe(true);
  });
  it("medicine below the cap counts fully", () => {
    const r = extraCostSubsidy({ date: "2024-03-01", items: [{ label: "Medicin", monthly: 100, kind: "medicine" }] });
    expect(r.countedYearlyCosts).toBe("1200.00");
    expect(r.rule).toBe("below-threshold");
  });
  it("a year whose medicine cap was not found (2021) fails clearly, and can be passed", () => {
    const items = [{ label: "Medicin", monthly: 700, kind: "medicine" as const }];
    expect(() => extraCostSubsidy({ date: "2021-03-01", items })).toThrow(/MEDICINE_CAPS .* has no row for 2021 .*withRates\(\{ MEDICINE_CAPS/);
    const r = extraCostSubsidy({ date: "2021-03-01", items, rates: { medicineCap: [{ from: "2021-01-01", until: "2021-12-31", value: 4250, source: "own lookup" }] } });
    expect(r.countedYearlyCosts).toBe("4250.00");
  });
  it("FACTS.md: 2019 bands, 2022 and 2025 were not found → InputError naming the year and how to pass rates", () => {
    for (const d of ["2019-06-01", "2022-06-01", "2025-03-01"]) {
      try {
        m(d, 1000);
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(InputError);
        expect((e as InputError).message).toContain(d.slice(0, 4));
        expect((e as InputError).message).toContain("rates.merudgift");
      }
    }
    expect(() => m("2017-12-31", 1000)).toThrow(/table starts 2018-01-01/);
  });
  it("caller-supplied 2025 rates are used and cited", () => {
    const r = extraCostSubsidy({
      date: "2025-03-01",
      monthlyCosts: 700,
      rates: { merudgift: [{ from: "2025-01-01", until: "2025-12-31", value: { yearlyThreshold: 7560, band1To: 1768, band1Amount: 1179, band2To: 2948, band2Amount: 2359 }, source: "test row" }] },
    });
    expect(r).toMatchObject({ monthlyAmount: "1179.00", rateLevel: 2025 });
    expect(r.explanation[0]?.source).toBe("test row");
  });
  it("refuses caller rates whose bands are out of order", () => {
    expect(() =>
      extraCostSubsidy({
        date: "2025-03-01",
        monthlyCosts: 700,
        rates: { merudgift: [{ from: "2025-01-01", value: { yearlyThreshold: 7560, band1To: 3000, band1Amount: 1179, band2To: 2948, band2Amount: 2359 }, source: "x" }] },
      }),
    ).toThrow(/bands must be in order/);
  });
});

describe("§ 100 kompensationsydelse (L 201, 2024-25; BEK 1070/2025), 2025-niveau", () => {
  const k = (monthlyCosts: number | string, documentedListedMonthlyCosts?: number | string, group?: 1 | 2) =>
    extraCostSubsidy({ date: "2025-09-01", monthlyCosts, documentedListedMonthlyCosts, group });
  it("defaults by date: from 1 Sep 2025 kompensation, before merudgift", () => {
    expect(k(600).regime).toBe("kompensation");
    expect(() => m("2025-08-31", 600)).toThrow(/for 2025/);
  });
  it("group 1: 554 kr. → nothing; 555 kr. (6.660 kr./yr, inclusive) → 1.105 kr.", () => {
    expect(k(554)).toMatchObject({ eligible: false, rule: "below-threshold", monthlyAmount: "0.00" });
    expect(k(555)).toMatchObject({ eligible: true, rule: "group-1", monthlyAmount: "1105.00", rateLevel: 2025 });
  });
  it("group 2: 2.000 kr. listed is not over the limit; 2.000,01 kr. → 2.500,01 kr.", () => {
    expect(k(2500, 2000)).toMatchObject({ rule: "group-1", monthlyAmount: "1105.00" });
    const r = k(2500, "2000.01");
    expect(r).toMatchObject({ rule: "group-2", monthlyAmount: "2500.01" });
    expect(r.alternatives).toEqual({
      group1: { eligible: true, monthlyAmount: "1105.00" },
      group2: { eligible: true, monthlyAmount: "2500.01" },
      better: 2,
    });
  });
  it("the citizen's choice of group is respected and said", () => {
    const r = k(2500, 3000, 1);
    expect(r).toMatchObject({ rule: "group-1", monthlyAmount: "1105.00" });
    expect(r.explanation.some((s) => s.text === "Borgeren har valgt gruppe 1.")).toBe(true);
    expect(k(600, 100, 2)).toMatchObject({ eligible: false, rule: "below-threshold" });
  });
  it("transition: merudgift may be chosen until 31 Aug 2027, kompensation not before 1 Sep 2025", () => {
    expect(() => extraCostSubsidy({ date: "2027-09-01", monthlyCosts: 600, regime: "merudgift" })).toThrow(/regime "merudgift" ended/);
    expect(() => extraCostSubsidy({ date: "2025-08-31", monthlyCosts: 600, regime: "kompensation" })).toThrow(/only in force from/);
    expect(() => extraCostSubsidy({ date: "2026-02-01", monthlyCosts: 600, regime: "merudgift" })).toThrow(/rates\.merudgift/);
  });
  it("2026-niveau was not found: a 2026 date fails clearly", () => {
    expect(() => k(600)).not.toThrow();
    expect(() => extraCostSubsidy({ date: "2026-01-01", monthlyCosts: 600 })).toThrow(/KOMPENSATION_LEVELS .* has no row for 2026 .*published in .*Satser på social- og ældreområdet for 2026/);
  });
  it("fields of one regime are refused in the other", () => {
    expect(() => extraCostSubsidy({ date: "2024-01-01", monthlyCosts: 600, group: 1 })).toThrow(/group only applies/);
    expect(() => extraCostSubsidy({ date: "2024-01-01", monthlyCosts: 600, documentedListedMonthlyCosts: 1 })).toThrow(/only applies/);
    expect(() => extraCostSubsidy({ date: "2025-10-01", monthlyCosts: 600, documented: true })).toThrow(/documented only applies/);
  });
});

describe("§ 100 bad input", () => {
  const bad = (input: unknown) => {
    try {
      extraCostSubsidy(input as never);
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      return (e as InputError).issues;
    }
    throw new Error("expected an InputError");
  };
  it("negative, NaN, Infinity, comma decimals", () => {
    expect(bad({ date: "2024-01-01", monthlyCosts: -1 })[0]).toMatchObject({ path: "monthlyCosts", message: "monthlyCosts must be ≥ 0 kr.", code: "out-of-range" });
    expect(bad({ date: "2024-01-01", monthlyCosts: Number.NaN })[0]?.message).toMatch(/NaN/);
    expect(bad({ date: "2024-01-01", monthlyCosts: Number.POSITIVE_INFINITY })[0]?.message).toMatch(/Infinity/);
    expect(bad({ date: "2024-01-01", monthlyCosts: "12,50" })[0]?.message).toMatch(/"12.50"/);
  });
  it("dates that do not exist; both or neither cost field; unknown fields", () => {
    expect(bad({ date: "2024-02-30", monthlyCosts: 1 })[0]?.path).toBe("date");
    expect(bad({ monthlyCosts: 1 })[0]).toMatchObject({ path: "date", message: "date is required", code: "required" });
    expect(bad({ date: "2024-01-01" })[0]?.message).toMatch(/exactly one of/);
    expect(bad({ date: "2024-01-01", monthlyCosts: 1, yearlyCosts: 12 })[0]?.message).toMatch(/cannot be combined/);
    expect(bad({ date: "2024-01-01", monthlyCost: 1 }).map((i) => i.path)).toContain("monthlyCost");
    expect(bad({ date: "2024-01-01", items: [] })[0]?.path).toBe("items");
    expect(bad({ date: "2024-01-01", items: [{ label: "x", monthly: 1, yearly: 12 }] })[0]?.path).toBe("items[0].monthly");
    expect(bad("2024-01-01")[0]?.path).toBe("");
  });
  it("all problems are listed at once, the cross-field rules too, each with a stable code", () => {
    expect(bad({ date: "x", monthlyCosts: -1, regime: "old" }).map((i) => i.path)).toEqual(["date", "monthlyCosts", "regime"]);
    const all = bad({ date: "2024-01-01", monthlyCosts: 1, yearlyCosts: -2, group: 1, documentedListedMonthlyCosts: 5, extra: 1 });
    expect(all.map((i) => [i.path, i.code])).toEqual([
      ["yearlyCosts", "out-of-range"],
      ["extra", "unknown-field"],
      ["monthlyCosts", "exactly-one"],
      ["documentedListedMonthlyCosts", "only-with"],
      ["group", "only-with"],
    ]);
    expect(bad({ date: "2024-13-01", monthlyCosts: 1 })[0]?.code).toBe("not-a-date");
  });
});

describe("the medicine own-payment cap of 2023 is dated (Scleroseforeningen 2023: lowered from 4.435 to 3.075 kr. from 3 April 2023, aftalen om inflationshjælp)", () => {
  const medicine = (date: string) => extraCostSubsidy({ date, items: [{ label: "Medicin", monthly: 400, kind: "medicine" }, { label: "Kost", monthly: 100 }] });
  it("a § 100 count on 1 March 2023 uses 4.435 kr.; on 1 May 2023 it uses 3.075 kr. (the row in force on the date)", () => {
    const march = medicine("2023-03-01").explanation.find((s) => s.rule === "extra-cost.medicine-cap.capped");
    const may = medicine("2023-05-01").explanation.find((s) => s.rule === "extra-cost.medicine-cap.capped");
    expect(march?.values).toMatchObject({ cap: "4435.00" });
    expect(may?.values).toMatchObject({ cap: "3075.00" });
    expect(may?.source).toMatch(/3\.075 kr\./);
  });
});

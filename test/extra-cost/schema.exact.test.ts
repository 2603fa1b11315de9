// § 100's input rules word for word: the band-level rows a caller may pass (BEK nr. 931 af
// 19/06/2020 § 12's order: threshold / 12 ≤ band 1 < band 2, amounts in order), the cost items,
// the regime fields and the one-off's last day under merudgiftsydelse (31 August 2027).
// The caller rows below are test input for a municipality's own figures, not published rates.
import { describe, expect, it } from "vitest";
import { extraCostOneOff, extraCostSubsidy } from "../../src/index.js";
import { issuesOf } from "../support/issues.js";

const SRC = "Testkommune (testinput)";
const level = (value: Record<string, unknown>) => ({ rates: { merudgift: [{ from: "2026-01-01", until: "2026-12-31", value, source: SRC }] } });
const ok = { yearlyThreshold: 7200, band1To: 1700, band1Amount: 1100, band2To: 2800, band2Amount: 2200 };
const subsidy = (value: Record<string, unknown>) => extraCostSubsidy({ date: "2026-03-01", monthlyCosts: 1800, regime: "merudgift", ...level(value) } as never);
const BANDS = "bands must be in order: yearlyThreshold / 12 ≤ band1To < band2To";
const AMOUNTS = "standard amounts must be in order: band1Amount ≤ band2Amount ≤ band2To";
const at = "rates.merudgift[0].value";

describe("§ 100 band levels given per call", () => {
  it("levels in order are used; the edges of each order rule are allowed", () => {
    expect(subsidy(ok).monthlyAmount).toBe("2200.00");
    expect(subsidy({ ...ok, band1To: 600 }).monthlyAmount).toBe("2200.00"); // 7200 / 12 = 600 = band1To
    expect(subsidy({ ...ok, band2Amount: 1100 }).monthlyAmount).toBe("1100.00"); // band1Amount = band2Amount
    expect(subsidy({ ...ok, band2Amount: 2800 }).monthlyAmount).toBe("2800.00"); // band2Amount = band2To
    expect(subsidy({ ...ok, band1To: "1700" }).monthlyAmount).toBe("2200.00"); // decimal text counts as a number
  });
  it("out of order: the rule broken, at the row's value", () => {
    expect(issuesOf(() => subsidy({ ...ok, band1To: 599 }))).toMatchObject([{ path: at, message: `${at} ${BANDS}`, code: "order" }]);
    expect(issuesOf(() => subsidy({ ...ok, band1To: 2800 }))).toMatchObject([{ path: at, message: `${at} ${BANDS}`, code: "order" }]);
    expect(issuesOf(() => subsidy({ ...ok, band2Amount: 1099 }))).toMatchObject([{ path: at, message: `${at} ${AMOUNTS}`, code: "order" }]);
    expect(issuesOf(() => subsidy({ ...ok, band2Amount: 2801 }))).toMatchObject([{ path: at, message: `${at} ${AMOUNTS}`, code: "order" }]);
    expect(issuesOf(() => subsidy({ ...ok, band1To: 599, band2Amount: 2801 }))).toEqual([
      { path: at, message: `${at} ${BANDS}`, code: "order" },
      { path: at, message: `${at} ${AMOUNTS}`, code: "order" },
    ]);
  });
  it("a missing or non-numeric figure is reported by itself, without order complaints built on it", () => {
    const { band2To: _, ...noBand2To } = ok;
    expect(issuesOf(() => subsidy(noBand2To))).toMatchObject([{ path: `${at}.band2To`, message: `${at}.band2To is required`, code: "required" }]);
    for (const bad of ["abc", true, null]) {
      expect(issuesOf(() => subsidy({ ...ok, band1To: bad })).map((i) => i.path)).toEqual([`${at}.band1To`]);
    }
    expect(issuesOf(() => subsidy({ ...ok, band1Amount: "1100.5" }))).toMatchObject([{ path: `${at}.band1Amount`, message: `${at}.band1Amount must be whole kroner`, code: "invalid" }]);
  });
});

describe("§ 100 cost items and regime fields", () => {
  it("each item has exactly one of monthly or yearly", () => {
    const both = { date: "2024-03-01", items: [{ label: "Diætkost", monthly: 100 }, { label: "Tøj", monthly: 100, yearly: 1200 }, { label: "Vask" }] };
    expect(issuesOf(() => extraCostSubsidy(both as never))).toEqual([
      { path: "items[1].monthly", message: "items[1].monthly or yearly must be given, exactly one of the two", code: "exactly-one" },
      { path: "items[2].monthly", message: "items[2].monthly or yearly must be given, exactly one of the two", code: "exactly-one" },
    ]);
  });
  it("documented belongs to merudgiftsydelse: under kompensationsydelse the message names the field that replaces it", () => {
    expect(issuesOf(() => extraCostSubsidy({ date: "2025-10-01", monthlyCosts: 1000, documented: true } as never))).toEqual([
      { path: "documented", message: 'documented only applies to regime "merudgift"; under kompensationsydelse give documentedListedMonthlyCosts for group 2', code: "only-with" },
    ]);
    expect(issuesOf(() => extraCostSubsidy({ date: "2024-10-01", monthlyCosts: 1000, group: 2 } as never))).toEqual([
      { path: "group", message: 'group only applies to regime "kompensation" (from 1 Sep 2025)', code: "only-with" },
    ]);
  });
  it("a regime asked for outside its dates is refused, and the fields are still checked against the regime asked for", () => {
    expect(issuesOf(() => extraCostSubsidy({ date: "2027-10-01", regime: "merudgift", monthlyCosts: 1000, group: 1 } as never)).map((i) => [i.path, i.code])).toEqual([["regime", "regime-date"], ["group", "only-with"]]);
    expect(issuesOf(() => extraCostSubsidy({ date: "2024-03-01", regime: "kompensation", monthlyCosts: 1000, documented: true } as never)).map((i) => [i.path, i.code])).toEqual([["regime", "regime-date"], ["documented", "only-with"]]);
    // An unknown regime word: the fields are checked against the date's regime.
    expect(issuesOf(() => extraCostSubsidy({ date: "2026-01-01", regime: "x", monthlyCosts: 1000, documented: true } as never)).map((i) => i.path)).toEqual(["regime", "documented"]);
    expect(issuesOf(() => extraCostSubsidy({ date: "2024-03-01", regime: "x", monthlyCosts: 1000, group: 1 } as never)).map((i) => i.path)).toEqual(["regime", "group"]);
  });
  it("items without medicine need no medicine cap and get no cap line", () => {
    // 2021: no medicine cap is shipped for that year, and none is needed without medicine.
    const r = extraCostSubsidy({ date: "2024-03-01", items: [{ label: "Diætkost", monthly: 1800 }] });
    expect(r.explanation.map((s) => s.rule).filter((id) => id.includes("medicine"))).toEqual([]);
    expect(r.monthlyAmount).toBe("2277.00");
  });
  it("the result line says 'afrundet' only when the actual amount was rounded to øre", () => {
    const exact = extraCostSubsidy({ date: "2024-03-01", monthlyCosts: 3000, documented: true });
    expect(exact.monthlyAmount).toBe("3000.00");
    expect(exact.explanation.at(-1)?.rule).toBe("extra-cost.result");
    const band = extraCostSubsidy({ date: "2024-03-01", monthlyCosts: 1800 });
    expect(band.explanation.at(-1)?.rule).toBe("extra-cost.result");
    const rounded = extraCostSubsidy({ date: "2024-03-01", yearlyCosts: "36000.10", documented: true });
    expect(rounded.explanation.at(-1)?.rule).toBe("extra-cost.result.rounded");
  });
});

describe("§ 100 one-off costs: merudgiftsydelse's last day and the documented default", () => {
  it("31 August 2027 is still under merudgiftsydelse (it then needs the 2027 levels); 1 September 2027 is refused", () => {
    const last = issuesOf(() => extraCostOneOff({ date: "2027-08-31", oneOffAmount: 8000 }));
    expect(last.map((i) => i.code)).toEqual(["rate-missing"]);
    expect(issuesOf(() => extraCostOneOff({ date: "2027-09-01", oneOffAmount: 8000 }))).toEqual([
      { path: "date", message: "date is after 31. august 2027: one-off costs are computed under merudgiftsydelse only (the band system), which had ended by then", code: "regime-date" },
    ]);
  });
  it("running plus one-off above band 2: the standard amount unless documented (2024: 2.277 kr.; documented: the actual 3.000 kr.)", () => {
    const base = { date: "2024-05-01", runningMonthlyCosts: 500, oneOffAmount: 30000 };
    expect(extraCostOneOff(base).monthlyAmount).toBe("2277.00");
    expect(extraCostOneOff({ ...base, documented: false }).monthlyAmount).toBe("2277.00");
    expect(extraCostOneOff({ ...base, documented: true }).monthlyAmount).toBe("3000.00");
  });
});

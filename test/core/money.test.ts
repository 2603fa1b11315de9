import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { Dec, formatKr, formatKrWhole, formatMoney, formatNumberDa, formatPercentDa, moneyProblem, roundKrone, roundOre, toDec } from "../../src/core/money.js";

describe("core/money", () => {
  it("accepts kroner as number or text with at most two decimals", () => {
    for (const ok of [0, 1234.5, "1234.50", "0.01", " 12 "]) expect(moneyProblem(ok)).toBeUndefined();
  });
  it("refuses bad amounts with a message naming the rule", () => {
    expect(moneyProblem(-1)).toBe("must be ≥ 0 kr.");
    expect(moneyProblem("-1")).toBe("must be ≥ 0 kr.");
    expect(moneyProblem(Number.NaN)).toMatch(/NaN/);
    expect(moneyProblem(Number.POSITIVE_INFINITY)).toMatch(/Infinity/);
    expect(moneyProblem(1.005)).toMatch(/2 decimals/);
    expect(moneyProblem("1.005")).toMatch(/2 decimals/);
    expect(moneyProblem("12,50")).toBe('must use a point as decimal separator ("12.50"), not a comma');
    expect(moneyProblem("12 kr")).toMatch(/digits/);
    expect(moneyProblem("")).toMatch(/empty/);
    expect(moneyProblem(1e12)).toMatch(/at most/);
    expect(moneyProblem("100000000001")).toMatch(/at most/);
    expect(moneyProblem(null)).toMatch(/amount in kroner/);
    expect(moneyProblem(0.1 + 0.2)).toMatch(/2 decimals/);
  });
  it("rounds half up to øre and to whole kroner", () => {
    expect(roundOre(new Dec("10.005")).toFixed(2)).toBe("10.01");
    expect(roundOre(new Dec("10.004")).toFixed(2)).toBe("10.00");
    expect(roundKrone(new Dec("1137.5")).toFixed(0)).toBe("1138");
    expect(roundKrone(new Dec("1137.49")).toFixed(0)).toBe("1137");
  });
  it("formats results and Danish texts", () => {
    expect(formatMoney(new Dec(1040))).toBe("1040.00");
    expect(formatMoney(new Dec("-0.001"))).toBe("0.00");
    expect(formatKr(new Dec("1234567.5"))).toBe("1.234.567,50 kr.");
    expect(formatKr(new Dec("-5"))).toBe("-5,00 kr.");
    expect(formatKrWhole(new Dec(1562))).toBe("1.562");
    expect(formatNumberDa(4.5)).toBe("4,5");
    expect(formatPercentDa(0.125)).toBe("12,5 %");
    expect(formatPercentDa(new Dec("0.3"))).toBe("30 %");
  });
  it("property: any amount of whole øre parses exactly and formats back", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000_000 }), (o) => {
        const text = (o / 100).toFixed(2);
        expect(moneyProblem(text)).toBeUndefined();
        expect(formatMoney(toDec(text))).toBe(text);
      }),
    );
  });
});

import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { Dec, decimalOre, formatDaDecimal, formatIntDa, formatKr, formatKrText, formatKrWhole, formatMoney, formatNumberDa, formatPercentDa, formatPercentText, moneyProblem, roundKrone, roundOre, toDec } from "../../src/core/money.js";

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
  it("every refusal's exact text (a caller's app shows it)", () => {
    expect(moneyProblem(Number.NaN)).toBe("must be a finite amount in kroner, not NaN or Infinity");
    expect(moneyProblem(Number.NEGATIVE_INFINITY)).toBe("must be a finite amount in kroner, not NaN or Infinity");
    expect(moneyProblem(1e11 + 1)).toBe("must be at most 100.000.000.000 kr.");
    expect(moneyProblem(1e11)).toBeUndefined();
    expect(moneyProblem("100000000000")).toBeUndefined();
    expect(moneyProblem("100000000000.01")).toBe("must be at most 100.000.000.000 kr.");
    expect(moneyProblem(1.005)).toBe("must have at most 2 decimals (øre)");
    expect(moneyProblem(1e-7)).toBe("must have at most 2 decimals (øre)");
    expect(moneyProblem("1.005")).toBe("must have at most 2 decimals (øre)");
    expect(moneyProblem("   ")).toBe("must be an amount in kroner, not an empty text");
    expect(moneyProblem(" -0.5")).toBe("must be ≥ 0 kr.");
    expect(moneyProblem("12 kr")).toBe('must be an amount in kroner written with digits, e.g. "1234.50"');
    expect(moneyProblem("1.2.3")).toBe('must be an amount in kroner written with digits, e.g. "1234.50"');
    expect(moneyProblem("12.")).toBe('must be an amount in kroner written with digits, e.g. "1234.50"');
    expect(moneyProblem(".5")).toBe('must be an amount in kroner written with digits, e.g. "1234.50"');
    expect(moneyProblem(true)).toBe('must be an amount in kroner, as a number (1234.5) or a text ("1234.50")');
    expect(moneyProblem("1,5")).toBe('must use a point as decimal separator ("1.5"), not a comma');
    const digits = 'must be an amount in kroner written with digits, e.g. "1234.50"';
    for (const t of ["x1,5", "1,5x", "x1.555", "1.555x", "1,5,5"]) expect(moneyProblem(t)).toBe(digits);
    expect(moneyProblem("12.345")).toBe("must have at most 2 decimals (øre)");
    expect(moneyProblem("12,345")).toBe('must use a point as decimal separator ("12.345"), not a comma');
    const long = `${"1".repeat(45)},5`;
    expect(moneyProblem(long)).toBe(`must use a point as decimal separator ("${"1".repeat(40)}…"), not a comma`);
    const forty = `${"1".repeat(37)},5`;
    expect(moneyProblem(forty)).toBe(`must use a point as decimal separator ("${"1".repeat(37)}.5"), not a comma`);
    expect(moneyProblem(`${"1".repeat(38)},5`)).toBe(`must use a point as decimal separator ("${"1".repeat(38)}.5"), not a comma`);
    expect(moneyProblem(`${"1".repeat(39)},5`)).toBe(`must use a point as decimal separator ("${"1".repeat(39)}.…"), not a comma`);
  });
  it("toDec reads numbers and trimmed text exactly, the same value every time", () => {
    expect(toDec(" 12.50 ").toFixed(2)).toBe("12.50");
    expect(toDec(0.1).toString()).toBe("0.1");
    expect(toDec("7").eq(toDec(7))).toBe(true);
    expect(toDec("3.3").toString()).toBe("3.3");
    for (let i = 0; i < 5000; i++) toDec(i);
    expect(toDec("3.3").toString()).toBe("3.3");
    expect(toDec(4999).toString()).toBe("4999");
  });
  it("rounding keeps two decimals as they are and rounds half up from the third", () => {
    expect(roundOre(new Dec("10.1")).toString()).toBe("10.1");
    expect(roundOre(new Dec("10.125")).toFixed(2)).toBe("10.13");
    expect(roundOre(new Dec("-10.125")).toFixed(2)).toBe("-10.13");
    expect(roundKrone(new Dec("0.5")).toString()).toBe("1");
  });
  it("formatting: thousands points, a decimal comma, exponents and negative amounts", () => {
    expect(formatMoney(new Dec("1e25"))).toBe("10000000000000000000000000.00");
    expect(formatMoney(new Dec("12.5"))).toBe("12.50");
    expect(formatMoney(new Dec("12.345"))).toBe("12.35");
    expect(formatMoney(new Dec("12"))).toBe("12.00");
    expect(formatMoney(new Dec("1e-45"))).toBe("0.00");
    expect(formatKr(new Dec("100"))).toBe("100,00 kr.");
    expect(formatKr(new Dec("1000"))).toBe("1.000,00 kr.");
    expect(formatKr(new Dec("-1234.5"))).toBe("-1.234,50 kr.");
    expect(formatKr(new Dec("123456"))).toBe("123.456,00 kr.");
    expect(formatKrWhole(new Dec("1234567.5"))).toBe("1.234.568");
    expect(formatIntDa(1234567)).toBe("1.234.567");
    expect(formatIntDa(-1234)).toBe("-1.234");
    expect(formatIntDa(999)).toBe("999");
    expect(formatNumberDa(1234.56789)).toBe("1.234,5679");
    expect(formatNumberDa(new Dec("1234.56789"))).toBe("1.234,5679");
    expect(formatNumberDa(new Dec("2.50"))).toBe("2,5");
    expect(formatNumberDa(37)).toBe("37");
  });
  it("formatKrText and formatPercentText: the fast path for decimal text equals the Decimal path", () => {
    expect(formatKrText("1234.50")).toBe("1.234,50 kr.");
    expect(formatKrText("-1234.50")).toBe("-1.234,50 kr.");
    expect(formatKrText("1234.5")).toBe("1.234,50 kr.");
    expect(formatKrText(1234.5)).toBe("1.234,50 kr.");
    expect(formatPercentText("0.125")).toBe("12,5 %");
    expect(formatPercentText("0.13")).toBe("13 %");
    expect(formatPercentText("1")).toBe("100 %");
    expect(formatPercentText("0.05")).toBe("5 %");
    expect(formatPercentText("0.0")).toBe("0 %");
    expect(formatPercentText("0.123456")).toBe("12,3456 %");
    expect(formatPercentText("0.1250")).toBe("12,5 %");
    expect(formatPercentText("12.5")).toBe("1.250 %");
    expect(formatPercentText(0.125)).toBe("12,5 %");
    expect(formatPercentText("-0.1")).toBe("-10 %");
    expect(formatPercentText("0.1234567")).toBe("12,3457 %");
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 6 }), (n, d) => {
        const text = (n / 10 ** d).toFixed(d);
        expect(formatPercentText(text)).toBe(formatPercentDa(new Dec(text)));
        const kr = (n / 100).toFixed(2);
        expect(formatKrText(kr)).toBe(formatKr(new Dec(kr)));
      }),
      { numRuns: 300 },
    );
  });
});

describe("Danish thousands points (issue 26 § 2: written by groups, not digit by digit)", () => {
  it("property: formatKr puts a point between every group of three digits from the right, a comma before the øre, the sign kept", async () => {
    const fc = (await import("fast-check")).default;
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), (ore) => {
        const sign = ore < 0n ? "-" : "";
        const a = ore < 0n ? -ore : ore;
        const whole = (a / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ".");
        const expected = `${sign}${whole},${(a % 100n).toString().padStart(2, "0")} kr.`;
        expect(formatKr(new Dec(ore.toString()).div(100))).toBe(ore === 0n ? "0,00 kr." : expected);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("an amount given as a number has at most two decimals (checked without its text, issue 26 § 2)", () => {
  it("property: accepted exactly when its shortest text is digits with at most two decimals, from 0 to 100.000.000.000 kr.", () => {
    const odd = fc.oneof(
      fc.double(),
      fc.double({ min: 0, max: 1e12, noNaN: true }),
      fc.integer({ min: 0, max: 10_000_000_000 }).map((c) => c / 100),
      fc.integer({ min: 0, max: 10_000_000 }).map((c) => c / 1000),
      fc.integer({ min: 0, max: 1_000_000 }).map((c) => c / 100 + 0.005),
      fc.constantFrom(-0, 0.1 + 0.2, 1e-7, 5e-324, 1e11, 1e11 + 0.01, 99999999999.99, 0.07, 1.005, 2.675, Number.EPSILON),
    );
    fc.assert(
      fc.property(odd, (v) => {
        const byText = Number.isFinite(v) && v >= 0 && v <= 1e11 && /^\d+(\.\d{1,2})?$/.test(String(v));
        expect(moneyProblem(v) === undefined, String(v)).toBe(byText);
      }),
      { numRuns: 5000 },
    );
  });
});

describe("core/money: amounts written from their digits (issue 26 § 2)", () => {
  // The text of a decimal with at most two decimals, the slow way: decimal.js's own toFixed.
  const slow = (d: Dec): string => {
    const t = d.toFixed(2, Dec.ROUND_HALF_UP);
    return t === "-0.00" ? "0.00" : t;
  };
  const decimals = fc.oneof(
    fc.tuple(fc.bigInt({ min: -(10n ** 16n), max: 10n ** 16n }), fc.integer({ min: 0, max: 6 })).map(([n, k]) => new Dec(`${n}e-${k}`)),
    fc.tuple(fc.integer({ min: -9_999_999, max: 9_999_999 }), fc.integer({ min: -20, max: 20 })).map(([n, k]) => new Dec(`${n}e${k}`)),
    fc.constantFrom("0", "-0", "0.01", "-0.01", "9999999999999.99", "10000000000000", "999999999999.995", "1e-7", "0.1", "1234567.8", "10000000.00001").map((t) => new Dec(t)),
  );
  it("property: whole øre read from the digits give the same text as toFixed(2), and none with more than two decimals", () => {
    fc.assert(
      fc.property(decimals, (d) => {
        const ore = decimalOre(d);
        if (ore !== undefined) {
          expect(d.decimalPlaces()).toBeLessThanOrEqual(2);
          expect(Number.isSafeInteger(ore)).toBe(true);
          expect(new Dec(ore).div(100).eq(d)).toBe(true);
        } else expect(d.decimalPlaces() > 2 || d.abs().gte("1e13")).toBe(true);
        expect(formatMoney(d)).toBe(slow(d));
        expect(formatKr(d)).toBe(`${formatDaDecimal(slow(d))} kr.`);
      }),
      { numRuns: 5000 },
    );
  });
  it("edges: 10 billion kr. less one øre is read, 10 billion is not; a third decimal is never read", () => {
    expect(decimalOre(new Dec("9999999999999.99"))).toBe(999999999999999);
    expect(decimalOre(new Dec("10000000000000"))).toBeUndefined();
    expect(decimalOre(new Dec("0.005"))).toBeUndefined();
    expect(decimalOre(new Dec("-12.34"))).toBe(-1234);
    expect(decimalOre(new Dec("0.05"))).toBe(5);
    expect(formatMoney(new Dec("-0"))).toBe("0.00");
  });
  it("an amount that rounds to zero öre is written without a minus, in results and sentences alike (found by an independent tester)", () => {
    expect(formatKr(new Dec("-0.004"))).toBe("0,00 kr.");
    expect(formatKr(new Dec("-0.005"))).toBe("-0,01 kr.");
    expect(formatKr(new Dec("-0"))).toBe("0,00 kr.");
  });
  it("property: whole hours and numbers are written as before (the text of the number rounded to four decimals)", () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e21, max: 1e21 }), fc.constantFrom(-0, 2 ** 53, 2 ** 53 + 2, 1e20)), (n) => {
        expect(formatNumberDa(n)).toBe(formatDaDecimal(String(Number(n.toFixed(4)))));
      }),
      { numRuns: 5000 },
    );
  });
});

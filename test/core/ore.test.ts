// Issue 26 § 2: whole øre where the amounts allow it, decimal.js beyond — the switch between them.
import { describe, expect, it } from "vitest";
import { DEC, exact, ORE, orePath } from "../../src/core/arith.js";
import { divideOre, oreOf, oreText } from "../../src/core/ore.js";
import { oreSubsidy } from "../../src/extra-cost/subsidy-ore.js";
import { NO_BOUND_RATES } from "../../src/core/rates.js";
import { extraCostSubsidy } from "../../src/index.js";
import { through as run } from "../support/ore-path.js";

describe("exact(): øre first, decimal.js when an amount leaves the safe range", () => {
  it("a sum past 2⁵³ øre is computed again in decimal.js, exactly", () => {
    expect(exact((a) => a.text(a.plus(a.of("90000000000000"), a.of("90000000000000"))))).toBe("180000000000000.00");
    expect(exact((a) => a.text(a.minus(a.of("0"), a.plus(a.of("90000000000000"), a.of("90000000000000")))))).toBe("-180000000000000.00");
  });
  it("an amount øre cannot hold (three decimals) and a share of a negative amount go to decimal.js", () => {
    expect(exact((a) => a.text(a.of("1.005")))).toBe(DEC.text(DEC.of("1.005")));
    expect(exact((a) => a.text(a.share(a.minus(a.zero, a.of("10.00")), 1, 3)))).toBe("-3.33");
  });
  it("any other error is not swallowed", () => {
    expect(() => exact(() => {
      throw new RangeError("not an arithmetic matter");
    })).toThrow(RangeError);
  });
  it("øre and decimal.js say the same of zero, sign and order", () => {
    expect([ORE.isZero(ORE.zero), ORE.positive(1), ORE.positive(0), ORE.atLeastZero(-5), ORE.lte(3, 3)]).toEqual([true, true, false, 0, true]);
    expect([DEC.isZero(DEC.zero), DEC.positive(DEC.of("0.01")), DEC.positive(DEC.zero), DEC.text(DEC.atLeastZero(DEC.minus(DEC.zero, DEC.of(5)))), DEC.lte(DEC.of(3), DEC.of(3))]).toEqual([true, true, false, "0.00", true]);
  });
});

describe("whole øre: texts and division", () => {
  it("a negative amount keeps its sign; one øre is 0.01", () => {
    expect([oreText(-5), oreText(1), oreText(-123456)]).toEqual(["-0.05", "0.01", "-1234.56"]);
  });
  it("a twelfth rounds half up at the largest safe amounts", () => {
    expect(divideOre(Number.MAX_SAFE_INTEGER, 12)).toBe(750599937895083);
    expect(divideOre(6, 12)).toBe(1);
    expect(divideOre(5, 12)).toBe(0);
  });
  it("amount texts read once are remembered, and the memory stays bounded and right past 4096 texts", () => {
    for (let i = 0; i < 5000; i++) expect(oreOf(`${i}.5`)).toBe(i * 100 + 50);
    expect(oreOf("12.5")).toBe(1250);
  });
});

describe("§ 100's øre path gives way to decimal.js for what it cannot hold", () => {
  const parsed = (over: Record<string, unknown>) => ({ date: "2024-03-01", monthlyCosts: 1800, ...over }) as never;
  it("cost items, an amount of three decimals, costs past the safe range, a rate figure not in øre: no øre result", () => {
    expect(oreSubsidy(parsed({ monthlyCosts: undefined, items: [{ label: "a", monthly: 10 }] }), "2024-03-01", "merudgift", NO_BOUND_RATES)).toBeUndefined();
    expect(oreSubsidy(parsed({ monthlyCosts: "1.005" }), "2024-03-01", "merudgift", NO_BOUND_RATES)).toBeUndefined();
    expect(oreSubsidy(parsed({ monthlyCosts: 1e14 }), "2024-03-01", "merudgift", NO_BOUND_RATES)).toBeUndefined();
    const oddRow = [{ from: "2024-01-01", until: "2024-12-31", value: { yearlyThreshold: "7296.005", band1To: "1707", band1Amount: "1138", band2To: "2846", band2Amount: "2277" }, source: "test" }];
    expect(oreSubsidy(parsed({ rates: { merudgift: oddRow } }), "2024-03-01", "merudgift", NO_BOUND_RATES)).toBeUndefined();
    expect(oreSubsidy(parsed({ date: "2025-10-01", documentedListedMonthlyCosts: "0.001" }), "2025-10-01", "kompensation", NO_BOUND_RATES)).toBeUndefined();
    const oddLevel = [{ from: "2025-09-01", until: "2025-12-31", value: { group1YearlyThreshold: "6660", group1Amount: "1105.001", group2YearlyLimit: "24000", group2Amount: "500" }, source: "test" }];
    expect(oreSubsidy(parsed({ date: "2025-10-01", rates: { kompensation: oddLevel } }), "2025-10-01", "kompensation", NO_BOUND_RATES)).toBeUndefined();
    expect(oreSubsidy(parsed({ monthlyCosts: undefined }), "2024-03-01", "merudgift", NO_BOUND_RATES)).toBeUndefined();
    orePath.on = false;
    try {
      expect(oreSubsidy(parsed({}), "2024-03-01", "merudgift", NO_BOUND_RATES)).toBeUndefined();
    } finally {
      orePath.on = true;
    }
  });
  it("and it gives the per-call result where it can (FACTS § 100 2024: 1.800 kr. a month is band 2, 2.277 kr.)", () => {
    expect(oreSubsidy(parsed({}), "2024-03-01", "merudgift", NO_BOUND_RATES)).toEqual(extraCostSubsidy({ date: "2024-03-01", monthlyCosts: 1800 }));
  });
});

describe("reading an input into plain data", () => {
  it("a failing value is named by its whole path, built only when it fails; a nested read keeps the call's budget", async () => {
    const { readPlain } = await import("../../src/core/read-plain.js");
    const bad = { a: [{ ok: 1 }, { get b() {
      throw new Error("boom");
    } }] };
    expect(() => readPlain(bad, "", 0)).toThrow(/^a\[1\]\.b /);
    expect(() => readPlain(bad, "input", 0)).toThrow(/^input\.a\[1\]\.b /);
    const list = new Proxy([1, 2], { get: (t, k) => (k === "1" ? (() => {
      throw new Error("trap");
    })() : Reflect.get(t, k)) });
    expect(() => readPlain({ usage: list }, "", 0)).toThrow(/^usage /);
    expect(readPlain({ x: [1, { y: -0 }] }, "x", 1)).toEqual({ x: [1, { y: 0 }] });
  });
});

describe("§ 100's kept sentences stay right past their bound", () => {
  it("600 different actual amounts and 600 dates each give the sentence the decimal path gives", () => {
    for (let i = 0; i < 600; i++) {
      const input = { date: `2024-0${1 + (i % 9)}-${String(1 + (i % 28)).padStart(2, "0")}`, monthlyCosts: 3000 + i / 100, documented: true };
      const fast = run(true, input, extraCostSubsidy) as { monthlyAmount: string; explanation: { text: string }[] };
      expect(fast).toEqual(run(false, input, extraCostSubsidy));
      expect(fast.monthlyAmount).toBe((3000 + i / 100).toFixed(2));
    }
  });
});

describe("wholeOre and eachRow: faults are thrown, refusals refuse their row", () => {
  it("an amount that is not whole øre is a fault of the calling code, not a value", async () => {
    const { wholeOre } = await import("../../src/core/ore.js");
    expect(wholeOre("2277.00")).toBe(227700);
    expect(() => wholeOre("1.005")).toThrow(RangeError);
  });
  it("an InputError refuses its row and the others are computed; any other error stops the batch", async () => {
    const { eachRow } = await import("../../src/core/columns.js");
    const { InputError } = await import("../../src/index.js");
    const done: number[] = [];
    const refused: number[] = [];
    eachRow(3, (i) => {
      if (i === 1) throw new InputError([{ path: "x", code: "required", message: "x is required", says: "core.required" }]);
      done.push(i);
    }, (i) => refused.push(i));
    expect([done, refused]).toEqual([[0, 2], [1]]);
    expect(() => eachRow(1, () => {
      throw new TypeError("bug");
    }, () => undefined)).toThrow(TypeError);
  });
});

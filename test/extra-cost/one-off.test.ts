import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { extraCostOneOff, InputError } from "../../src/index.js";
import { kroner } from "../support/arb.js";

describe("§ 100 one-off costs (BEK nr. 931 af 19/06/2020 § 9), 2024-niveau (threshold 7.296 kr./yr)", () => {
  it("case 1: a current recipient gets the one-off paid once, the monthly amount unchanged", () => {
    expect(extraCostOneOff({ date: "2024-05-01", oneOffAmount: 2500, currentRecipient: true })).toMatchObject({
      case: "recipient",
      oneOffPayment: "2500.00",
      monthlyAmount: "0.00",
      months: 0,
      totalAmount: "2500.00",
    });
  });
  it("case 2: no running costs — a one-off of at least the yearly threshold is paid once; 1 øre less is not", () => {
    expect(extraCostOneOff({ date: "2024-05-01", oneOffAmount: 7296 })).toMatchObject({ case: "one-off-only", oneOffPayment: "7296.00" });
    expect(extraCostOneOff({ date: "2024-05-01", oneOffAmount: "7295.99" })).toMatchObject({ case: "not-eligible", eligible: false, totalAmount: "0.00" });
  });
  it("case 3: running 400 kr./md + one-off 3.000 kr. = 7.800 kr. ≥ 7.296 → band 1 (1.138 kr.) for 12 months", () => {
    expect(extraCostOneOff({ date: "2024-05-01", oneOffAmount: 3000, runningMonthlyCosts: 400 })).toMatchObject({
      case: "running-plus-one-off",
      monthlyAmount: "1138.00",
      months: 12,
      totalAmount: "13656.00",
      oneOffPayment: "0.00",
    });
    expect(extraCostOneOff({ date: "2024-05-01", oneOffAmount: 2495, runningMonthlyCosts: 400 }).case).toBe("not-eligible");
  });
  it("running costs at or above the threshold are treated as a recipient", () => {
    expect(extraCostOneOff({ date: "2024-05-01", oneOffAmount: 100, runningMonthlyCosts: 608 }).case).toBe("recipient");
  });
  it("only the merudgift regime: after 31 Aug 2027 it is refused", () => {
    expect(() => extraCostOneOff({ date: "2027-09-01", oneOffAmount: 100 })).toThrow(InputError);
  });
  it("property: more one-off cost never pays less in total", () => {
    fc.assert(
      fc.property(kroner(20_000), kroner(2_000), kroner(700), (a, d, running) => {
        const b = (Number(a) + Number(d)).toFixed(2);
        const ta = extraCostOneOff({ date: "2024-05-01", oneOffAmount: a, runningMonthlyCosts: running });
        const tb = extraCostOneOff({ date: "2024-05-01", oneOffAmount: b, runningMonthlyCosts: running });
        if (ta.case === tb.case) expect(Number(tb.totalAmount)).toBeGreaterThanOrEqual(Number(ta.totalAmount));
        else expect(tb.eligible || !ta.eligible).toBe(true);
      }),
    );
  });
});

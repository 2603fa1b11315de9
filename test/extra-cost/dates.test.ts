// Date rules of the source documents on Danish working days (issue 16).
import { describe, expect, it } from "vitest";
import * as lib from "../../src/index.js";

describe("§ 100 payment period (Albertslund 2018: «udbetales forud og fra den førstkommende måned efter ansøgningen er modtaget»; Holbæk 2024 pkt. 5)", () => {
  it("first month after receipt; last month the month pension age is reached, or the conditions stop", () => {
    expect(lib.extraCostPaymentPeriod({ applicationReceived: "2024-03-15", birthDate: "1960-05-20" })).toMatchObject({ firstMonth: "2024-04", lastMonth: "2027-05", endReason: "pension-age" });
    expect(lib.extraCostPaymentPeriod({ applicationReceived: "2024-12-01", conditionsEndDate: "2025-06-10", birthDate: "1960-05-20" })).toMatchObject({ firstMonth: "2025-01", lastMonth: "2025-06", endReason: "conditions" });
    expect(lib.extraCostPaymentPeriod({ applicationReceived: "2024-12-01" }).lastMonth).toBeUndefined();
    expect(() => lib.extraCostPaymentPeriod({ applicationReceived: "2024-12-01", conditionsEndDate: "2024-11-01" })).toThrow(/before its first month/);
  });
});

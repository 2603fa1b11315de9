// Date rules of the source documents on Danish working days (issue 16).
import { describe, expect, it } from "vitest";
import * as lib from "../../src/index.js";

describe("§ 97 and pension age (SEL § 97, stk. 1; Albertslund 2018: «bevarer denne ret efter overgang til folkepension»)", () => {
  it("under the limit, kept when granted before it, lost when granted after; 18 years at the earliest", () => {
    expect(lib.escortAgeRule({ birthDate: "1957-05-01", asOf: "2026-11-24", grantedOn: "2020-01-15" })).toMatchObject({ eligible: true, keptAfterPensionAge: true, ageLimitDate: "2024-05-01" });
    expect(lib.escortAgeRule({ birthDate: "1957-05-01", asOf: "2026-11-24", grantedOn: "2025-01-15" })).toMatchObject({ eligible: false, keptAfterPensionAge: false });
    expect(lib.escortAgeRule({ birthDate: "1957-05-01", asOf: "2026-11-24" }).eligible).toBe(false);
    expect(lib.escortAgeRule({ birthDate: "1970-05-01", asOf: "2026-11-24" })).toMatchObject({ eligible: true, ageLimitDate: "2039-05-01" });
    expect(lib.escortAgeRule({ birthDate: "2010-05-01", asOf: "2026-11-24" }).eligible).toBe(false);
    expect(lib.escortAgeRule({ birthDate: "1958-05-01", asOf: "1970-01-01" }).eligible).toBe(false);
  });
  it("the limit is never below 67 years (born 1953: pension age 65 → limit at 67)", () => {
    expect(lib.escortAgeRule({ birthDate: "1953-06-01", asOf: "2019-01-01" })).toMatchObject({ eligible: true, ageLimitDate: "2020-06-01" });
  });
});

// § 97's age rules at their edge days (SEL § 97, stk. 1; lov om social pension § 1 a; Albertslund
// 2018 § 97 and Holbæk 2024 Ledsageordning § 97, pkt. 1): eligible from the 18th birthday, until
// the day before the age limit (folkepensionsalder, at least 67), kept after it when granted before it.
import { describe, expect, it } from "vitest";
import { escortAgeRule, InputError } from "../../src/index.js";

describe("§ 97 age rule: the edge days", () => {
  it("eligible from the 18th birthday, not the day before", () => {
    // A cohort whose pension age is legislated (born 1960: 67).
    expect(escortAgeRule({ birthDate: "1960-05-01", asOf: "1978-05-01" }).eligible).toBe(true);
    expect(escortAgeRule({ birthDate: "1960-05-01", asOf: "1978-04-30" }).eligible).toBe(false);
    // Cohorts whose pension age is not legislated yet: the same 18th-birthday edge.
    expect(escortAgeRule({ birthDate: "2006-05-01", asOf: "2024-05-01" }).eligible).toBe(true);
    expect(escortAgeRule({ birthDate: "2006-05-01", asOf: "2024-04-30" }).eligible).toBe(false);
    expect(escortAgeRule({ birthDate: "1980-05-01", asOf: "1998-05-01" }).eligible).toBe(true);
    expect(escortAgeRule({ birthDate: "1980-05-01", asOf: "1998-04-30" }).eligible).toBe(false);
  });
  it("born 1960 (limit 67): eligible the day before the limit, not on it; a grant from the day before keeps the right", () => {
    const born = "1960-05-01";
    expect(escortAgeRule({ birthDate: born, asOf: "2027-04-30" })).toMatchObject({ eligible: true, ageLimitDate: "2027-05-01", keptAfterPensionAge: false });
    expect(escortAgeRule({ birthDate: born, asOf: "2027-05-01" })).toMatchObject({ eligible: false, keptAfterPensionAge: false });
    expect(escortAgeRule({ birthDate: born, asOf: "2027-05-01", grantedOn: "2027-04-30" })).toMatchObject({ eligible: true, keptAfterPensionAge: true });
    expect(escortAgeRule({ birthDate: born, asOf: "2027-05-01", grantedOn: "2027-05-01" })).toMatchObject({ eligible: false, keptAfterPensionAge: false });
  });
  it("the last legislated cohort (born 31 Dec 1974, 70 years) is computed; a later one reaching 70 is refused as not legislated", () => {
    expect(escortAgeRule({ birthDate: "1974-12-31", asOf: "2044-12-31" })).toMatchObject({ eligible: false, ageLimitDate: "2044-12-31" });
    expect(escortAgeRule({ birthDate: "1975-01-01", asOf: "2044-12-31" })).toMatchObject({ eligible: true, ageLimitDate: null });
    expect(() => escortAgeRule({ birthDate: "1975-01-01", asOf: "2045-01-01" })).toThrow(InputError);
  });
});

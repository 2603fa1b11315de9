// Issue 25 § 3: a 2018 one-off assessment cites the bekendtgørelse in force then (BEK nr. 1248 af
// 13/11/2017), not BEK nr. 931/2020, which replaced it in 2020 (FACTS.md, § 100 «Law»).
import { describe, expect, it } from "vitest";
import { extraCostOneOff } from "../../src/index.js";

describe("§ 100 one-off: the bekendtgørelse in force on the date", () => {
  it("2018 cites BEK nr. 1248 af 13/11/2017; 2024 cites BEK nr. 931 af 19/06/2020 § 9", () => {
    expect(extraCostOneOff({ date: "2018-05-01", oneOffAmount: 8000 }).explanation[0]?.source).toMatch(/^BEK nr\. 1248 af 13\/11\/2017; /);
    expect(extraCostOneOff({ date: "2024-05-01", oneOffAmount: 8000 }).explanation[0]?.source).toMatch(/^BEK nr\. 931 af 19\/06\/2020 § 9; /);
  });
});

import { describe, expect, it } from "vitest";
import { InputError } from "../../src/core/errors.js";
import { rateAt, yearRow } from "../../src/core/rates.js";

const table = [yearRow(2018, 84, "BEK 1244/2017 § 2"), yearRow(2021, 89, "sm.dk 2021")];
const ctx = { path: "rates", name: "§ 109 daily rate" };

describe("core/rates", () => {
  it("returns the row in force with its source", () => {
    expect(rateAt(table, "2018-06-01", ctx)).toMatchObject({ value: 84, source: "BEK 1244/2017 § 2" });
    expect(rateAt(table, "2021-12-31", ctx).value).toBe(89);
  });
  it("fails before the first row, in a gap and after the last row, naming the year", () => {
    expect(() => rateAt(table, "2017-12-31", ctx)).toThrow(/table starts 2018-01-01/);
    expect(() => rateAt(table, "2019-05-01", ctx)).toThrow(/for 2019/);
    expect(() => rateAt(table, "2022-01-01", ctx)).toThrow(InputError);
    try {
      rateAt(table, "2022-01-01", ctx);
    } catch (e) {
      expect((e as InputError).issues[0]?.path).toBe("rates");
    }
  });
  it("caller rows win for the dates they cover, and fill gaps", () => {
    const own = [yearRow(2019, 86, "own decision"), yearRow(2021, 90, "own")];
    expect(rateAt(table, "2019-03-01", ctx, own).value).toBe(86);
    expect(rateAt(table, "2021-03-01", ctx, own).value).toBe(90);
    expect(rateAt(table, "2018-03-01", ctx, own).value).toBe(84);
  });
});

describe("core/errors", () => {
  it("an InputError with no issues still has a message; several issues are counted", async () => {
    const { InputError } = await import("../../src/core/errors.js");
    expect(new InputError([]).message).toBe("Invalid input.");
    expect(new InputError([{ path: "a", message: "a x" }, { path: "b", message: "b y" }]).message).toBe("2 problems: a x; b y");
  });
});

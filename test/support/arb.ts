import fc from "fast-check";

/** Øre as an integer → a money string in kroner with two decimals ("1234.50"). */
export const kroner = (maxKr = 100_000): fc.Arbitrary<string> =>
  fc.integer({ min: 0, max: maxKr * 100 }).map((ore) => (ore / 100).toFixed(2));

/** Converts a money string to integer øre. */
export const ore = (money: string): number => Math.round(Number(money) * 100);

/** Checks a result string is a non-negative amount with exactly two decimals. */
export const isMoneyString = (s: string): boolean => /^\d+\.\d{2}$/.test(s);

import { Dec, formatMoney, roundOre, toDec, type MoneyInput } from "./money.js";
import { divideOre, oreOf, oreText } from "./ore.js";

/**
 * The money arithmetic a calculation is written against once: whole øre in plain numbers
 * ({@link ORE}) where every amount is a safe integer, decimal.js ({@link DEC}) beyond (issue 26 § 2).
 * {@link exact} runs a calculation in øre and, when an amount leaves the safe range, again in
 * decimal.js, so the result is the same text to the øre either way.
 */
export interface Arith<T> {
  /** A checked input amount (kroner, at most two decimals). */
  of(kroner: MoneyInput): T;
  readonly zero: T;
  plus(a: T, b: T): T;
  minus(a: T, b: T): T;
  /** `a × n / d` rounded to øre half up (a part month: days / days in month). */
  share(a: T, n: number, d: number): T;
  lte(a: T, b: T): boolean;
  isZero(a: T): boolean;
  /** Above zero. */
  positive(a: T): boolean;
  /** The amount, or 0 when it is below. */
  atLeastZero(a: T): T;
  /** Two decimals, as results and step values hold amounts (`"1234.50"`). */
  text(a: T): string;
}

/** Thrown by {@link ORE} when an amount is not a safe integer in øre: {@link exact} then runs in decimal.js. */
class Unsafe {}
const UNSAFE = /* @__PURE__ */ new Unsafe();

const safe = (n: number): number => {
  if (!Number.isSafeInteger(n)) throw UNSAFE;
  return n;
};

/** Whole øre in plain numbers. */
export const ORE: Arith<number> = {
  of: (k) => oreOf(k) ?? safe(Number.NaN),
  zero: 0,
  plus: (a, b) => safe(a + b),
  minus: (a, b) => safe(a - b),
  share: (a, n, d) => (a < 0 ? safe(Number.NaN) : divideOre(safe(a * n), d)),
  lte: (a, b) => a <= b,
  isZero: (a) => a === 0,
  positive: (a) => a > 0,
  atLeastZero: (a) => (a < 0 ? 0 : a),
  text: (a) => oreText(a),
};

/** decimal.js, exact at any size the inputs allow. */
export const DEC: Arith<Dec> = {
  of: (k) => toDec(k),
  zero: /* @__PURE__ */ new Dec(0),
  plus: (a, b) => a.plus(b),
  minus: (a, b) => a.minus(b),
  share: (a, n, d) => roundOre(a.times(n).div(d)),
  lte: (a, b) => a.lte(b),
  isZero: (a) => a.isZero(),
  positive: (a) => a.gt(0),
  atLeastZero: (a) => Dec.max(0, a),
  text: (a) => formatMoney(a),
};

/** Switch for tests that compare the two arithmetics (on in use). */
export const orePath = { on: true };

/**
 * Runs a calculation in whole øre, and again in decimal.js if an amount leaves the safe range.
 *
 * @example
 * exact((a) => a.text(a.plus(a.of("0.10"), a.of("0.20")))) //=> "0.30"
 */
export function exact<R>(run: <T>(a: Arith<T>) => R): R {
  if (orePath.on) {
    try {
      return run(ORE);
    } catch (e) {
      if (e !== UNSAFE) throw e;
    }
  }
  return run(DEC);
}

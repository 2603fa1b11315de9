/**
 * Money as whole øre in a plain number: exact while every amount is a safe integer, with no
 * Decimal object per operation. A calculation uses it where its numbers allow it and falls back
 * to decimal.js (`money.ts`) beyond (issue 26 § 2); the results are the same text to the øre.
 */

const MONEY = /^(\d+)(?:\.(\d)(\d)?)?$/;

/**
 * An amount in kroner (a checked input: a number or decimal text with at most two decimals) as
 * whole øre, or `undefined` when it is not exactly that or not a safe integer in øre.
 *
 * @example
 * oreOf("1234.5") //=> 123450
 * oreOf(0.07)     //=> 7
 * oreOf("1.005")  //=> undefined
 */
export function oreOf(kroner: number | string): number | undefined {
  if (typeof kroner === "number") {
    const o = Math.round(kroner * 100);
    return Number.isSafeInteger(o) && o >= 0 && o / 100 === kroner ? o : undefined;
  }
  const known = TEXTS.get(kroner);
  if (known !== undefined) return known;
  const m = MONEY.exec(kroner.trim());
  if (m === null) return undefined;
  const o = Number(m[1]) * 100 + Number(m[2] ?? 0) * 10 + Number(m[3] ?? 0);
  if (!Number.isSafeInteger(o)) return undefined;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a bound on the memo's size, not on any result
  if (TEXTS.size >= 4096) TEXTS.clear();
  TEXTS.set(kroner, o);
  return o;
}

/** Amount texts already read (a service level's and a rate table's figures recur in every call). */
const TEXTS = /* @__PURE__ */ new Map<string, number>();

/**
 * An amount already checked (an input the money check accepted, or a result's two-decimal text)
 * as whole øre; anything else is a fault of the calling code, never a value to compute on.
 *
 * @example
 * wholeOre("2277.00") //=> 227700
 */
export function wholeOre(kroner: number | string): number {
  const o = oreOf(kroner);
  if (o === undefined) throw new RangeError(`not an amount of whole øre: ${String(kroner)}`);
  return o;
}

/**
 * Whole øre as decimal kroner text with two decimals, as results and step values hold them.
 *
 * @example
 * oreText(123450) //=> "1234.50"
 * oreText(7)      //=> "0.07"
 */
export function oreText(ore: number): string {
  const sign = ore < 0 ? "-" : "";
  const a = Math.abs(ore);
  const cents = a % 100;
  return `${sign}${(a - cents) / 100}.${cents < 10 ? "0" : ""}${cents}`;
}

/**
 * `ore / by`, rounded to whole øre half up (the library's rounding), exactly, for a
 * non-negative safe integer and a positive divisor.
 *
 * @example
 * divideOre(10, 12) //=> 1 (0,8333 øre)
 * divideOre(6, 12)  //=> 1 (0,5 øre, half up)
 */
export function divideOre(ore: number, by: number): number {
  // Exact for a safe integer: the correctly rounded quotient of n < 2⁵³ by a whole divisor never
  // reaches the next integer, so its floor is the integer quotient and the remainder is exact.
  const q = Math.floor(ore / by);
  const r = ore - q * by;
  return 2 * r >= by ? q + 1 : q;
}

/** Is `n` whole øre the øre path can hold (a non-negative safe integer)? */
export function safeOre(n: number): boolean {
  return Number.isSafeInteger(n) && n >= 0;
}

import { problem, type Problem } from "./errors.js";
import { CORE } from "./messages.js";
import Decimal from "decimal.js";
import { oreText } from "./ore.js";

/**
 * The library's private Decimal: 40 significant digits, half-up. A clone, so it neither
 * changes nor depends on the global Decimal settings of the app that imports servicelov.
 */
export const Dec = /* @__PURE__ */ (() => Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -40, toExpPos: 40 }))();
/** An exact decimal amount (kroner unless said otherwise). */
export type Dec = Decimal;

/** Money as callers pass it: kroner as a number (`1234.5`) or a string (`"1234.50"`). */
export type MoneyInput = number | string;

/** The largest amount any field accepts: 100.000.000.000 kr. — a sanity bound, not a law. */
export const MAX_MONEY = 100_000_000_000;

/** Input echoed in a message is cut to 40 characters, so a huge bad input gives a short message. */
function echo(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

const MONEY_TEXT = /^\d+(\.\d{1,2})?$/;

/**
 * Checks one money input and says what is wrong with it, or returns `undefined` when it
 * is a valid non-negative amount in kroner with at most two decimals.
 *
 * Decision: the Danish decimal comma (`"12,50"`) is refused with a clear message, because
 * `"1.234"` and `"1,234"` mean different things in Danish and English; strings use a
 * point and no thousands separator.
 *
 * @example
 * moneyProblem("12.50") //=> undefined
 * moneyProblem("12,50") //=> 'must use a point as decimal separator ("12.50"), not a comma'
 */
export function moneyProblem(value: unknown): string | undefined {
  return moneyCheck(value)?.message;
}

/** What is wrong with an amount, with its code, where the check is made (see {@link moneyProblem}). */
export function moneyCheck(value: unknown): Problem | undefined {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return problem(CORE.amountFinite);
    if (value < 0) return problem(CORE.amountMin);
    if (value > MAX_MONEY) return problem(CORE.amountMax);
    // At most two decimals: the number is its own amount in øre divided by 100. (The same as its
    // shortest text matching digits[.1–2 digits]: a property test holds the two together.)
    if (Math.round(value * 100) / 100 !== value) return problem(CORE.amountDecimals);
    return undefined;
  }
  if (typeof value === "string") {
    const text = value.trim();
    if (text === "") return problem(CORE.amountEmpty);
    if (text.startsWith("-")) return problem(CORE.amountMin);
    if (/^\d+,\d+$/.test(text)) return problem(CORE.amountComma, { fixed: echo(text.replace(",", ".")) });
    if (/^\d+\.\d{3,}$/.test(text)) return problem(CORE.amountDecimals);
    if (!MONEY_TEXT.test(text)) return problem(CORE.amountDigits);
    if (new Dec(text).gt(MAX_MONEY)) return problem(CORE.amountMax);
    return undefined;
  }
  return problem(CORE.amount);
}

export type { Problem } from "./errors.js";

/**
 * Converts an already checked money input to an exact Decimal.
 *
 * @example
 * toDec("1234.50").toFixed(2) //=> "1234.50"
 */
export function toDec(value: MoneyInput): Dec {
  let d = PARSED.get(value);
  // Stryker disable next-line ConditionalExpression: the memo only saves work; parsing again gives the same value
  if (d === undefined) {
    d = new Dec(typeof value === "string" ? value.trim() : value);
    // Stryker disable next-line EqualityOperator: a bound on the memo's size, not on any result
    if (PARSED.size >= 4096) PARSED.clear();
    PARSED.set(value, d);
  }
  return d;
}

/** Decimals are immutable, so parsed amounts (rates, presets, repeated inputs) are shared. */
const PARSED = /* @__PURE__ */ new Map<MoneyInput, Dec>();

/**
 * Rounds to øre, half up (the library's default rounding of results).
 *
 * @example
 * roundOre(new Dec("10.005")).toFixed(2) //=> "10.01"
 */
export function roundOre(value: Dec): Dec {
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a fast path; rounding a value of at most two decimals returns it unchanged
  return value.decimalPlaces() <= 2 ? value : value.toDecimalPlaces(2, Dec.ROUND_HALF_UP);
}

/**
 * Rounds to whole kroner, half up (e.g. § 100 amounts, bek. 931/2020 § 12).
 *
 * @example
 * roundKrone(new Dec("1137.5")).toFixed(2) //=> "1138.00"
 */
export function roundKrone(value: Dec): Dec {
  return value.toDecimalPlaces(0, Dec.ROUND_HALF_UP);
}

/**
 * Formats a result amount as a string with exactly two decimals, rounded half up to øre
 * (never `"-0.00"`).
 *
 * @example
 * formatMoney(new Dec(1040)) //=> "1040.00"
 */
export function formatMoney(value: Dec): string {
  const text = fixed2(value);
  return text === "-0.00" ? "0.00" : text;
}

/**
 * Formats an amount the Danish way for explanation texts: thousands point, decimal comma,
 * `kr.` after.
 *
 * @example
 * formatKr(new Dec("1040")) //=> "1.040,00 kr."
 */
export function formatKr(value: Dec): string {
  return `${formatDaDecimal(formatMoney(value))} kr.`;
}

/**
 * Formats a whole-krone limit (as published in band tables) without decimals.
 *
 * @example
 * formatKrWhole(new Dec(1562)) //=> "1.562"
 */
export function formatKrWhole(value: Dec): string {
  return formatDaDecimal(value.toFixed(0));
}

/**
 * Formats a plain number (hours, fractions) the Danish way: decimal comma, thousands point,
 * no trailing zeros.
 *
 * @example
 * formatNumberDa(4.5) //=> "4,5"
 */
export function formatNumberDa(value: number | Dec): string {
  // A whole number is its own text (the same as rounding it to four decimals and back).
  // Stryker disable next-line ConditionalExpression: a fast path; the rounded text of a whole number is the same
  if (typeof value === "number") return formatDaDecimal(Number.isInteger(value) ? String(value) : String(Number(value.toFixed(4))));
  return formatDaDecimal(value.toDecimalPlaces(4).toFixed());
}

/**
 * Two decimals, rounded half up to øre. Amounts that already have at most two decimals (most
 * of them) are padded from their plain text, which is several times faster than toFixed.
 */
function fixed2(value: Dec): string {
  const ore = decimalOre(value);
  if (ore !== undefined) return oreText(ore);
  const text = value.toString();
  const dot = text.indexOf(".");
  if (dot === -1) return text.includes("e") ? value.toFixed(2, Dec.ROUND_HALF_UP) : `${text}.00`;
  // Fast paths for one or two decimals; any other count falls through to toFixed, which gives the same text.
  // Stryker disable next-line ArithmeticOperator: a wrong count only sends the value to the toFixed fallback, same text
  const decimals = text.length - dot - 1;
  if (decimals === 2) return text;
  // Stryker disable next-line ConditionalExpression: without the fast path toFixed(2) gives the same text
  if (decimals === 1) return `${text}0`;
  return value.toFixed(2, Dec.ROUND_HALF_UP);
}

/**
 * A decimal as whole øre in a plain number, read from its digits (decimal.js keeps them as
 * documented: `d` words of seven digits, `e` the exponent of ten, `s` the sign), or `undefined`
 * when it has more than two decimals or is 10.000.000.000.000 kr. or more. Amounts are written
 * from it without the decimal's own text (issue 26 § 2); a property holds it to that text.
 *
 * @example
 * decimalOre(new Dec("465379.2")) //=> 46537920
 * decimalOre(new Dec("0.005"))    //=> undefined
 */
export function decimalOre(value: Dec): number | undefined {
  const d = value.d;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: beyond the bound the decimal's own text is used, the same amount
  if (d === null || value.e > 12) return undefined;
  // The first word counts 10^(7w), each next word seven places lower: in øre 10^9, 10^2, 10^-5,
  // then 10^-12 and below, where no word but 0 is whole.
  let p = 7 * Math.floor(value.e / 7) + 2;
  let ore = 0;
  for (let i = 0; i < d.length; i++, p -= 7) {
    const word = d[i] as number;
    if (p === 9) ore += word * 1e9;
    else if (p === 2) ore += word * 100;
    else if (p === -5 && word % 1e5 === 0) ore += word / 1e5;
    else if (word !== 0) return undefined;
  }
  return value.s < 0 ? -ore : ore;
}

/**
 * Formats an amount already held as decimal text with two decimals (`"1040.00"`, what step
 * values hold) the Danish way, without parsing it into a decimal again; any other text or a
 * number goes through {@link formatKr}.
 *
 * @example
 * formatKrText("1040.00") //=> "1.040,00 kr."
 */
export function formatKrText(value: string | number): string {
  return typeof value === "string" && TWO_DECIMALS.test(value) ? `${formatDaDecimal(value)} kr.` : formatKr(new Dec(value));
}
const TWO_DECIMALS = /^-?\d+\.\d\d$/;

/**
 * A fraction held as plain decimal text (`"0.125"`) as a Danish percentage, by moving the
 * point two places (no decimal parsing); other values go through {@link formatPercentDa}.
 *
 * @example
 * formatPercentText("0.125") //=> "12,5 %"
 */
export function formatPercentText(value: string | number): string {
  const m = typeof value === "string" ? PLAIN_FRACTION.exec(value) : null;
  if (m === null) return formatPercentDa(new Dec(value));
  const decimals = m[2] ?? "";
  const digits = `${m[1]}${decimals.slice(0, 2).padEnd(2, "0")}`;
  const rest = decimals.slice(2).replace(/0+$/, "");
  const whole = digits.replace(/^0+(?=\d)/, "");
  return `${formatDaDecimal(rest === "" ? whole : `${whole}.${rest}`)} %`;
}
const PLAIN_FRACTION = /^(\d+)(?:\.(\d{1,6}))?$/;

/**
 * Plain decimal text (`"-1234.5"`) the Danish way: thousands points, decimal comma.
 *
 * @example
 * formatDaDecimal("-1234.5") //=> "-1.234,5"
 */
export function formatDaDecimal(text: string): string {
  const negative = text.charCodeAt(0) === 45; // "-"
  const start = negative ? 1 : 0;
  const dot = text.indexOf(".");
  const end = dot === -1 ? text.length : dot;
  // The whole part in groups of three from the right, joined by points: the first group has 1–3 digits.
  let cut = start + ((end - start) % 3 || 3);
  let out = text.slice(0, cut);
  for (; cut < end; cut += 3) out += `.${text.slice(cut, cut + 3)}`;
  return dot === -1 ? out : `${out},${text.slice(dot + 1)}`;
}

/**
 * Formats a whole number of kroner (a published limit) with thousands points, no decimals.
 *
 * @example
 * formatIntDa(1562) //=> "1.562"
 */
export function formatIntDa(value: number): string {
  return formatDaDecimal(String(value));
}

/**
 * Formats a fraction as a Danish percentage.
 *
 * @example
 * formatPercentDa(new Dec("0.125")) //=> "12,5 %"
 */
export function formatPercentDa(fraction: Dec | number): string {
  return `${formatNumberDa(typeof fraction === "number" ? fraction * 100 : fraction.times(100))} %`;
}

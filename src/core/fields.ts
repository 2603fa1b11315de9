// The field checks every input schema is built from: each check gives its message and its code
// where the check is made, and says what it accepts as JSON Schema (for the service-level schema).
import * as z from "zod/mini";
import { problem, type Problem } from "./errors.js";
import type { IssueParams, Unit, IssueWords } from "./issue-templates.js";
import { CORE } from "./messages.js";
import { moneyCheck, toDec, type MoneyInput } from "./money.js";
import { dateCheck, dateProblem, monthCheck, timeCheck, toIsoDate, type DateInput } from "./period.js";
import { isDate } from "./time.js";
import { fastAs, fastEither, fastList, fastObject, NO } from "./fast-parse.js";

/**
 * A field checked by `problem` (the rule broken, in words, or `undefined`): it accepts what has
 * no problem and reports the problem itself, or "is required" when the field is missing. The
 * error callback runs only for a value `problem` refused, so it always has the words.
 */
/* @__NO_SIDE_EFFECTS__ */
function field<T>(check: (input: unknown) => Problem | undefined) {
  const schema = z.custom<T>((v) => check(v) === undefined, {
    error: (iss) => says(iss, iss.input === undefined ? problem(CORE.required) : (check(iss.input) as Problem)),
  });
  return fastAs(schema, (v) => (check(v) === undefined ? v : NO));
}

/**
 * A check's problem given to zod: its code, words and parameters ride on the issue's `params`
 * (read by {@link zodIssues}), the English message is zod's message. Nothing is derived from words.
 *
 * @example
 * z.custom((v) => v !== undefined, { error: (iss) => says(iss, problem(CORE.required)) })
 */
export function says(iss: object, p: Problem): string {
  (iss as { params?: { problem: Problem } }).params = { problem: p };
  return p.message;
}

/** The error callback of a zod check that reports `words` (with `params`), or "is required" for a missing value. */
/* @__NO_SIDE_EFFECTS__ */
export function saying(words: IssueWords, params?: IssueParams) {
  return (iss: { input?: unknown }) => says(iss, iss.input === undefined ? problem(CORE.required) : problem(words, params));
}

/**
 * What each field accepts, as JSON Schema, for the schema a municipality's editor checks a
 * service-level document by (`npm run schema`): the field checks are code, so they say it here.
 */
const JSON_HINTS = /* @__PURE__ */ new WeakMap<object, Readonly<Record<string, unknown>>>();

/** Marks a field schema with the JSON Schema it accepts (see {@link jsonHint}). */
function hinted<S extends object>(schema: S, hint: Record<string, unknown>): S {
  JSON_HINTS.set(schema, hint);
  return schema;
}

/**
 * The JSON Schema a field accepts, when it is one of the library's field checks.
 *
 * @example
 * jsonHint(num({ min: 0, max: 10 })) //=> { type: "number", minimum: 0, maximum: 10 }
 */
export function jsonHint(schema: object): Readonly<Record<string, unknown>> | undefined {
  return JSON_HINTS.get(schema);
}

const AMOUNT_HINT = { anyOf: [{ type: "number", minimum: 0, maximum: 100_000_000_000 }, { type: "string", pattern: "^\\d+(\\.\\d{1,2})?$" }], description: "beløb i kroner (højst 2 decimaler), fx 2078 eller \"2078.00\"" };


/**
 * A money field: kroner as number or text, ≥ 0, at most two decimals (see {@link moneyProblem}).
 *
 * @example
 * z.parse(money(), "12.50") //=> "12.50"
 */
/* @__NO_SIDE_EFFECTS__ */
export function money() {
  return hinted(field<MoneyInput>(moneyCheck), AMOUNT_HINT);
}

/** A date field: `"YYYY-MM-DD"` or a `Date`. */
/* @__NO_SIDE_EFFECTS__ */
export function date() {
  return hinted(field<DateInput>(dateCheck), { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$", description: "dato ÅÅÅÅ-MM-DD" });
}

/** A month field: `"YYYY-MM"`. */
/* @__NO_SIDE_EFFECTS__ */
export function month() {
  return hinted(field<string>(monthCheck), { type: "string", pattern: "^\\d{4}-\\d{2}$", description: "måned ÅÅÅÅ-MM" });
}

/** A local wall-clock time field: `"YYYY-MM-DDTHH:mm"` or a `Date`. */
/* @__NO_SIDE_EFFECTS__ */
export function time() {
  return field<string | Date>(timeCheck);
}

/**
 * Says what is wrong with a number field, or `undefined`.
 *
 * @example
 * numberProblem(-1, { min: 0 }) //=> "must be ≥ 0"
 */
export function numberProblem(
  value: unknown,
  opts: NumberOptions = {},
): string | undefined {
  return numberCheck(value, opts)?.message;
}

/** What is wrong with a number field, with its code: not a number, or out of its range (see {@link numberProblem}). */
export function numberCheck(value: unknown, opts: NumberOptions = {}): Problem | undefined {
  const unit = opts.unit;
  if (typeof value !== "number") return unit ? problem(CORE.numberOf, { unit }) : problem(CORE.number);
  if (!Number.isFinite(value)) return problem(CORE.finite);
  if (opts.integer && !Number.isInteger(value)) return problem(CORE.whole);
  if (opts.min !== undefined && value < opts.min) return unit ? problem(CORE.minUnit, { min: opts.min, unit }) : problem(CORE.min, { min: opts.min });
  if (opts.max !== undefined && value > opts.max) return unit ? problem(CORE.maxUnit, { max: opts.max, unit }) : problem(CORE.max, { max: opts.max });
  if (opts.decimals !== undefined && !hasAtMostDecimals(value, opts.decimals)) return problem(CORE.decimals, { decimals: opts.decimals });
  return undefined;
}

/** The bounds of a number field, and the unit it is counted in (for its messages). */
export interface NumberOptions {
  min?: number;
  max?: number;
  decimals?: number;
  integer?: boolean;
  unit?: Unit;
}

function hasAtMostDecimals(value: number, decimals: number): boolean {
  const scaled = value * 10 ** decimals;
  // Stryker disable next-line EqualityOperator: no value lies exactly 1e-6 from a whole number of units
  return Math.abs(scaled - Math.round(scaled)) < 1e-6 && Number.isSafeInteger(Math.round(scaled));
}

/**
 * A plain number field with bounds (hours, fractions, counts). A value accepted as having at
 * most `decimals` decimals is rounded to them at the door, so float noise
 * (`6.1 + 9.96 + 3.94` = 20.000000000000004) is read as the 20 it stands for; `-0` is read as 0.
 */
/* @__NO_SIDE_EFFECTS__ */
export function num(opts: NumberOptions = {}) {
  const checked = field<number>((v) => numberCheck(v, opts));
  const d = opts.decimals;
  const scale = d === undefined ? 0 : 10 ** d;
  // z.overwrite replaces the value in place (cheaper than a pipe). It also runs after a failed
  // check, whose value is then discarded: only a non-number (a bigint or symbol would throw in
  // the arithmetic) must be passed through untouched.
  const round = (v: number) => (d === undefined ? v + 0 : Math.round(v * scale) / scale + 0);
  const schema = fastAs(checked.check(z.overwrite((v: number) => (typeof v !== "number" ? v : round(v)))), (v) => (numberCheck(v, opts) === undefined ? round(v as number) : NO));
  return hinted(schema, {
    type: opts.integer ? "integer" : "number",
    ...(opts.min === undefined ? {} : { minimum: opts.min }),
    ...(opts.max === undefined ? {} : { maximum: opts.max }),
  });
}

/** A boolean field. */
/* @__NO_SIDE_EFFECTS__ */
export function bool() {
  return hinted(field<boolean>((v) => (typeof v === "boolean" ? undefined : problem(CORE.boolean))), { type: "boolean" });
}

/** A text field (non-empty, at most `max` characters, 200 unless told). */
/* @__NO_SIDE_EFFECTS__ */
export function text(max = 200) {
  const check = (v: unknown) => (typeof v !== "string" || v.trim() === "" || v.length > max ? problem(CORE.text, { max }) : undefined);
  return hinted(field<string>(check), { type: "string", minLength: 1, maxLength: max });
}

/**
 * A field that takes one of a few literal values.
 *
 * @example
 * z.parse(oneOf(["95", "96"] as const), "96") //=> "96"
 */
/* @__NO_SIDE_EFFECTS__ */
export function oneOf<const T extends readonly (string | number)[]>(values: T) {
  const list = values.map((v) => (typeof v === "string" ? `"${v}"` : String(v))).join(", ");
  const check = (v: unknown) => (values.includes(v as T[number]) ? undefined : problem(CORE.oneOf, { list }));
  return hinted(field<T[number]>(check), { enum: [...values] });
}

/** A strict object: unknown fields are refused, so a misspelt field is never silently ignored. */
/* @__NO_SIDE_EFFECTS__ */
export function obj<T extends z.core.$ZodLooseShape>(shape: T) {
  const schema = fastAs(z.strictObject(shape, {
    error: (iss) => (iss.input === undefined ? says(iss, problem(CORE.required)) : iss.code === "unrecognized_keys" ? undefined : says(iss, problem(CORE.object))),
  }), fastObject(shape));
  // A Date has no fields of its own, so an object of optional fields would accept it as {}:
  // refuse it there (objects with a required field refuse it by that field already).
  const allOptional = Object.values(shape).every((f) => (f as { _zod?: { optin?: string } })._zod?.optin === "optional");
  if (!allOptional) return schema;
  const notDate = z.custom<unknown>((v) => !isDate(v), { error: (iss) => says(iss, problem(CORE.objectNotDate)) });
  return fastAs(z.pipe(notDate, schema), fastObject(shape)) as unknown as typeof schema;
}

/** A list field (at most `max` entries). */
/* @__NO_SIDE_EFFECTS__ */
export function list<T extends z.core.SomeType>(element: T, max = 10_000) {
  return fastAs(z.array(element, {
    error: saying(CORE.list),
  }).check(z.maxLength(max, { error: (iss) => says(iss, problem(CORE.listMax, { max })) })), fastList(element, max));
}

/**
 * An amount given as a number or decimal text, kept as exact decimal text (`"97.30"`, `"6408"`):
 * the form rate tables hold amounts in. `integer` requires whole kroner.
 *
 * @example
 * z.parse(amountText(), 97.3) //=> "97.30"
 */
/* @__NO_SIDE_EFFECTS__ */
export function amountText(opts: { integer?: boolean } = {}) {
  const check = (v: unknown): Problem | undefined => moneyCheck(v) ?? (opts.integer && !toDec(v as MoneyInput).isInteger() ? problem(CORE.wholeKroner) : undefined);
  const fixed = (v: MoneyInput) => (opts.integer ? toDec(v).toFixed(0) : toDec(v).toFixed(2));
  return fastAs(z.pipe(hinted(field<MoneyInput>(check), opts.integer ? { ...AMOUNT_HINT, description: "beløb i hele kroner" } : AMOUNT_HINT), z.transform(fixed)), (v) => (check(v) === undefined ? fixed(v as MoneyInput) : NO));
}

/** A source: a citation as text, or `{ title, href? }` for a public page. */
/* @__NO_SIDE_EFFECTS__ */
export function sourceField() {
  return either([text(600), obj({ title: text(600), href: z.optional(text(600)) })], CORE.source);
}

/**
 * Caller-supplied rate rows `{ from, until?, value, source }` whose `value` follows `value`.
 *
 * @example
 * parseInput(rateRows(money()), [{ from: "2025-01-01", until: "2025-12-31", value: 100, source: "own decision" }])
 */
/* @__NO_SIDE_EFFECTS__ */
export function rateRows<T extends z.core.SomeType>(value: T) {
  return list(
    obj({
      from: z.pipe(date(), z.transform(toIsoDate)),
      until: z.optional(z.pipe(date(), z.transform(toIsoDate))),
      value,
      source: sourceField(),
    }).check(
      z.refine((r) => r.until === undefined || dateProblem(r.from) !== undefined || dateProblem(r.until) !== undefined || toIsoDate(r.from) <= toIsoDate(r.until), { error: (iss) => says(iss, problem(CORE.untilBeforeFrom)), path: ["until"] }),
    ),
    100,
  );
}

/**
 * A field that takes one of several shapes, with one plain message when it takes none.
 *
 * @example
 * either([num(), list(num())], ESCORT_ISSUES.hours)
 */
/* @__NO_SIDE_EFFECTS__ */
export function either<const T extends readonly [z.core.SomeType, ...z.core.SomeType[]]>(options: T, words: IssueWords) {
  return fastAs(z.union(options, { error: saying(words) }), fastEither(options));
}

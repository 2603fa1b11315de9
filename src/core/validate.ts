import * as z from "zod/mini";
import { InputError, issue, type InputIssue, type IssueCode } from "./errors.js";
import { moneyCheck, toDec, type MoneyInput, type Problem } from "./money.js";
import { dateCheck, dateProblem, monthCheck, timeCheck, toIsoDate, type DateInput } from "./period.js";
import { instantOf, isDate } from "./time.js";

/**
 * A field checked by `problem` (the rule broken, in words, or `undefined`): it accepts what has
 * no problem and reports the problem itself, or "is required" when the field is missing. The
 * error callback runs only for a value `problem` refused, so it always has the words.
 */
/* @__NO_SIDE_EFFECTS__ */
function field<T>(problem: (input: unknown) => Problem | undefined) {
  return z.custom<T>((v) => problem(v) === undefined, {
    error: (iss) => {
      // The code is the check's own, carried beside the message (never read back from its words).
      const p: Problem = iss.input === undefined ? { message: "is required", code: "required" } : (problem(iss.input) as Problem);
      return says(iss, p.message, p.code, p.wrongKind);
    },
  });
}

/**
 * An error message with its code, set where the check is made: the code rides on the issue's
 * `params` beside the message (read by {@link zodIssues}), never derived from the words.
 *
 * @example
 * z.custom((v) => v !== undefined, { error: (iss) => says(iss, "is required", "required") })
 */
export function says(iss: object, message: string, code: IssueCode, wrongKind?: boolean): string {
  (iss as { params?: { code: IssueCode; wrongKind?: boolean } }).params = wrongKind === true ? { code, wrongKind } : { code };
  return message;
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

/** A check that knows one code for every message it gives. */
const coded = (code: IssueCode, problem: (input: unknown) => string | undefined) => (v: unknown): Problem | undefined => {
  const message = problem(v);
  return message === undefined ? undefined : { message, code };
};

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
  opts: { min?: number; max?: number; decimals?: number; integer?: boolean; unit?: string } = {},
): string | undefined {
  return numberCheck(value, opts)?.message;
}

/** What is wrong with a number field, with its code: not a number, or out of its range (see {@link numberProblem}). */
export function numberCheck(value: unknown, opts: { min?: number; max?: number; decimals?: number; integer?: boolean; unit?: string } = {}): Problem | undefined {
  const unit = opts.unit ? ` ${opts.unit}` : "";
  const kind = (message: string): Problem => ({ message, code: "not-a-number", wrongKind: true });
  const range = (message: string): Problem => ({ message, code: "out-of-range" });
  if (typeof value !== "number") return kind(`must be a number${unit ? ` of${unit}` : ""}`);
  if (!Number.isFinite(value)) return { message: "must be a finite number, not NaN or Infinity", code: "not-a-number" };
  if (opts.integer && !Number.isInteger(value)) return { message: "must be a whole number", code: "not-a-number" };
  if (opts.min !== undefined && value < opts.min) return range(`must be ≥ ${opts.min}${unit}`);
  if (opts.max !== undefined && value > opts.max) return range(`must be ≤ ${opts.max}${unit}`);
  if (opts.decimals !== undefined && !hasAtMostDecimals(value, opts.decimals)) {
    return range(`must have at most ${opts.decimals} decimals`);
  }
  return undefined;
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
export function num(opts: { min?: number; max?: number; decimals?: number; integer?: boolean; unit?: string } = {}) {
  const checked = field<number>((v) => numberCheck(v, opts));
  const d = opts.decimals;
  const scale = d === undefined ? 0 : 10 ** d;
  // z.overwrite replaces the value in place (cheaper than a pipe). It also runs after a failed
  // check, whose value is then discarded: only a non-number (a bigint or symbol would throw in
  // the arithmetic) must be passed through untouched.
  return hinted(checked.check(z.overwrite((v: number) => (typeof v !== "number" ? v : d === undefined ? v + 0 : Math.round(v * scale) / scale + 0))), {
    type: opts.integer ? "integer" : "number",
    ...(opts.min === undefined ? {} : { minimum: opts.min }),
    ...(opts.max === undefined ? {} : { maximum: opts.max }),
  });
}

/** A boolean field. */
/* @__NO_SIDE_EFFECTS__ */
export function bool() {
  return hinted(field<boolean>((v) => (typeof v === "boolean" ? undefined : { message: "must be true or false", code: "not-a-boolean", wrongKind: true })), { type: "boolean" });
}

/** A text field (non-empty, at most `max` characters, 200 unless told). */
/* @__NO_SIDE_EFFECTS__ */
export function text(max = 200) {
  const problem = (v: unknown) =>
    typeof v !== "string" || v.trim() === "" || v.length > max ? `must be a non-empty text of at most ${max} characters` : undefined;
  return hinted(field<string>(coded("not-a-text", problem)), { type: "string", minLength: 1, maxLength: max });
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
  const problem = (v: unknown) => (values.includes(v as T[number]) ? undefined : `must be one of ${list}`);
  return hinted(field<T[number]>(coded("not-one-of", problem)), { enum: [...values] });
}

/** A strict object: unknown fields are refused, so a misspelt field is never silently ignored. */
/* @__NO_SIDE_EFFECTS__ */
export function obj<T extends z.core.$ZodLooseShape>(shape: T) {
  const schema = z.strictObject(shape, {
    error: (iss) => (iss.input === undefined ? says(iss, "is required", "required") : iss.code === "unrecognized_keys" ? undefined : says(iss, "must be an object with named fields", "not-an-object", true)),
  });
  // A Date has no fields of its own, so an object of optional fields would accept it as {}:
  // refuse it there (objects with a required field refuse it by that field already).
  const allOptional = Object.values(shape).every((f) => (f as { _zod?: { optin?: string } })._zod?.optin === "optional");
  if (!allOptional) return schema;
  const notDate = z.custom<unknown>((v) => !isDate(v), { error: (iss) => says(iss, "must be an object with named fields, not a date", "not-an-object", true) });
  return z.pipe(notDate, schema) as unknown as typeof schema;
}

/** A list field (at most `max` entries). */
/* @__NO_SIDE_EFFECTS__ */
export function list<T extends z.core.SomeType>(element: T, max = 10_000) {
  return z.array(element, {
    error: (iss) => (iss.input === undefined ? says(iss, "is required", "required") : says(iss, "must be a list", "not-a-list", true)),
  }).check(z.maxLength(max, `must have at most ${max} entries`));
}

/** Formats a zod path as `items[2].monthly`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out === "" ? String(part) : `.${String(part)}`;
  }
  return out;
}

/**
 * Parses `input` with `schema`; on failure throws {@link InputError} whose issues name each
 * field and rule in plain words (never a raw zod dump).
 *
 * @example
 * parseInput(obj({ date: date() }), { date: "2024-02-30" }) // throws InputError("date must be a real calendar date …")
 */
export function parseInput<S extends z.core.$ZodType>(schema: S, input: unknown): z.output<S> {
  const plain = readPlain(input, "", 0);
  const result = z.safeParse(schema, plain);
  const cross = crossIssues(schema, plain);
  if (result.success && cross.length === 0) return result.data;
  const own = result.success ? [] : collectIssues(result.error.issues as unknown as readonly RawIssue[], []);
  throw new InputError([...own, ...cross]);
}

/** The code of an issue zod raises itself (our own checks carry theirs): by zod's issue kind, never by its words. */
const ZOD_CODES: Readonly<Record<string, IssueCode>> = { invalid_union: "invalid-shape", too_big: "too-large", too_small: "out-of-range", invalid_type: "invalid", invalid_format: "invalid", invalid_key: "invalid" };


/** A zod issue, as much of it as the messages need. */
export interface RawIssue {
  code: string;
  path: readonly PropertyKey[];
  message: string;
  keys?: readonly string[];
  errors?: readonly (readonly RawIssue[])[];
  params?: { code?: IssueCode; wrongKind?: boolean };
}

/**
 * Plain-word issues from zod's. For a field that takes one of several shapes (a union), the
 * shape the input came closest to is reported item by item (`income[0].monthly: …`), not only
 * "must be one of".
 */
export function zodIssues(raw: readonly RawIssue[], prefix: readonly PropertyKey[]): InputIssue[] {
  return collectIssues(raw, prefix);
}

function collectIssues(raw: readonly RawIssue[], prefix: readonly PropertyKey[]): InputIssue[] {
  const issues: InputIssue[] = [];
  for (const iss of raw) {
    const full = [...prefix, ...iss.path];
    // Stryker disable next-line ConditionalExpression,EqualityOperator: zod reports a failed union with one issue list per branch, never none
    if (iss.code === "invalid_union" && iss.errors && iss.errors.length > 0) {
      const depth = (branch: readonly RawIssue[]) => Math.min(...branch.map((b) => b.path.length));
      const best = [...iss.errors].sort((a, b) => depth(b) - depth(a))[0] as readonly RawIssue[];
      // The shape the input has: a branch that got past the type check (its problem is not
      // "wrong type" at the top) is the one the caller meant, when there is exactly one.
      const typed = iss.errors.filter((branch) => !branch.some((b) => b.path.length === 0 && (b.code === "invalid_type" || b.params?.wrongKind === true)));
      const meant = depth(best) > 0 ? best : typed.length === 1 ? (typed[0] as readonly RawIssue[]) : undefined;
      if (meant) {
        issues.push(...collectIssues(meant, full));
        continue;
      }
    }
    const path = formatPath(full);
    if (iss.code === "unrecognized_keys") {
      for (const key of iss.keys ?? []) {
        const p = path === "" ? key : `${path}.${key}`;
        issues.push(issue(p, "is not a known field (check the spelling)", "unknown-field"));
      }
    } else if (path === "" && iss.code === "invalid_type") {
      issues.push(issue("", "The input must be an object with named fields.", "not-an-object"));
    } else {
      const code = iss.params?.code ?? ZOD_CODES[iss.code] ?? "invalid";
      issues.push(issue(path, iss.message, code));
    }
  }
  return issues;
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
  const problem = (v: unknown): Problem | undefined => moneyCheck(v) ?? (opts.integer && !toDec(v as MoneyInput).isInteger() ? { message: "must be whole kroner", code: "invalid" } : undefined);
  return z.pipe(
    hinted(field<MoneyInput>(problem), opts.integer ? { ...AMOUNT_HINT, description: "beløb i hele kroner" } : AMOUNT_HINT),
    z.transform((v: MoneyInput) => (opts.integer ? toDec(v).toFixed(0) : toDec(v).toFixed(2))),
  );
}

/** A source: a citation as text, or `{ title, href? }` for a public page. */
/* @__NO_SIDE_EFFECTS__ */
export function sourceField() {
  return either([text(600), obj({ title: text(600), href: z.optional(text(600)) })], "must name the public source: a text, or { title, href } for a web page");
}

/** One cross-field problem: where, the rule in words, and a stable code. */
export interface CrossIssue {
  path: string;
  message: string;
  /** e.g. `"exactly-one"`, `"only-with"`, `"required-with"`, `"order"`. */
  code: IssueCode;
}

/** Cross-field rules by the schema they belong to (see {@link withRules}). */
const RULES = /* @__PURE__ */ new WeakMap<object, (value: Record<string, unknown>) => CrossIssue[]>();

/**
 * Attaches the rules that tie fields together ("exactly one of", "only with regime …",
 * "required when …") to an object schema. {@link parseInput} runs them on the input together
 * with the schema's own checks — even when single fields are wrong — so one call reports every
 * problem; `rules` sees the raw input and must not assume any field is valid. (Kept beside the
 * schema rather than as a zod refinement, which doubled the cost of parsing large inputs.)
 *
 * @example
 * withRules(obj({ a: z.optional(num()), b: z.optional(num()) }), (v) => (v.a === undefined && v.b === undefined ? [{ path: "a", message: "or b is required", code: "exactly-one" }] : []))
 */
/* @__NO_SIDE_EFFECTS__ */
export function withRules<S extends z.core.$ZodType>(schema: S, rules: (value: Record<string, unknown>) => CrossIssue[]): S {
  RULES.set(schema, rules);
  return schema;
}

/** The cross-field issues of `value` under `schema`'s rules (none when it has none). */
export function crossIssues(schema: object, value: unknown): InputIssue[] {
  const rules = RULES.get(schema);
  // Stryker disable next-line ConditionalExpression: without rules the call below throws and is caught, giving none as well
  if (!rules || value === null || typeof value !== "object" || Array.isArray(value)) return [];
  let found: CrossIssue[];
  try {
    found = rules(value as Record<string, unknown>);
  } catch {
    return []; // a field too malformed for a rule is reported by its own check
  }
  return found.map((i) => issue(i.path, i.message, i.code));
}


/** Deepest nesting read from an input (the deepest real input is 4 levels). */
const MAX_DEPTH = 32;
/** The longest list read from an input (the longest any schema takes: 20.000 usage entries). */
export const MAX_LIST = 20_000;
/** At most this many values (list entries and object fields) are read from one input: the work per call is capped. */
export const MAX_VALUES = 200_000;
/** Values left to read in the input being read (reset at the top of each input). */
const budget = { left: MAX_VALUES };

/**
 * Reads an input once, at the door, into plain data: own enumerable fields of objects,
 * arrays, primitives, and Dates — recognised also from another realm, and rebuilt from their
 * instant — so a getter, a Proxy or a Date-like that throws or lies cannot reach the
 * calculation. Whatever cannot be read is an InputError naming the field; `-0` becomes 0.
 *
 * @example
 * readPlain({ get x() { throw new Error("boom"); } }, "", 0) // throws InputError("x could not be read …")
 */
export function readPlain(value: unknown, path: string, depth: number): unknown {
  if (depth === 0) budget.left = MAX_VALUES;
  try {
    if (value === null || typeof value !== "object") return typeof value === "number" && value === 0 ? 0 : value;
    if (depth > MAX_DEPTH) throw new InputError([issue(path, `is nested more than ${MAX_DEPTH} levels deep`, "too-deep")]);
    if (isDate(value)) return new Date(instantOf(value));
    if (Array.isArray(value)) {
      // The length is checked before a single entry is read: a sparse list of 10⁹ entries must
      // not be walked (it would abort the process), and no input of the library is that long.
      const length = value.length;
      if (length > MAX_LIST) throw new InputError([issue(path, `has ${length} entries; at most ${MAX_LIST} are read in one call`, "too-large")]);
      budget.left -= length;
      if (budget.left < 0) throw new InputError([issue(path, `makes the input larger than the ${MAX_VALUES} values read in one call`, "too-large")]);
      const out: unknown[] = [];
      for (let i = 0; i < value.length; i++) out[i] = readPlain(value[i], `${path}[${i}]`, depth + 1);
      return out;
    }
    const out: Record<string, unknown> = {};
    const keys = Object.keys(value);
    budget.left -= keys.length;
    if (budget.left < 0) throw new InputError([issue(path, `makes the input larger than the ${MAX_VALUES} values read in one call`, "too-large")]);
    for (const key of keys) {
      const at = path === "" ? key : `${path}.${key}`;
      let raw: unknown;
      try {
        raw = (value as Record<string, unknown>)[key];
      } catch {
        throw new InputError([issue(at, UNREADABLE, "unreadable")]);
      }
      const v = readPlain(raw, at, depth + 1);
      if (key === "__proto__") Object.defineProperty(out, key, { value: v, enumerable: true, writable: true, configurable: true });
      else out[key] = v;
    }
    return out;
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError([issue(path, UNREADABLE, "unreadable")]);
  }
}

const UNREADABLE = "could not be read (a getter or proxy failed): give plain data — numbers, texts, lists and objects";

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
      z.refine((r) => r.until === undefined || dateProblem(r.from) !== undefined || dateProblem(r.until) !== undefined || toIsoDate(r.from) <= toIsoDate(r.until), { message: "must not be before from", path: ["until"], params: { code: "order" } }),
    ),
    100,
  );
}

/**
 * A field that takes one of several shapes, with one plain message when it takes none.
 *
 * @example
 * either([num(), list(num())], "must be hours, or a list of hours per month")
 */
/* @__NO_SIDE_EFFECTS__ */
export function either<const T extends readonly [z.core.SomeType, ...z.core.SomeType[]]>(options: T, message: string) {
  return z.union(options, { error: (iss) => (iss.input === undefined ? says(iss, "is required", "required") : says(iss, message, "invalid-shape")) });
}

import { RATES_ISSUES as W } from "./messages.js";
import * as z from "zod/mini";
import { InputError, issue, type InputIssue } from "../core/errors.js";
import { deepFreeze } from "../core/freeze.js";
import type { BoundRates, RateRow, RateTable, Source } from "../core/rates.js";
import { formatSource } from "../core/sources.js";
import { NO_BOUND_RATES } from "../core/rates.js";
import type { ServiceLevel } from "../service-levels/schema.js";
import { parseOwnServiceLevel } from "../service-levels/index.js";
import { withBoundLevel } from "../service-levels/scope.js";
import { rateRows, readPlain, zodIssues, type RawIssue } from "../core/validate.js";
import { coverageWith, type TableCoverage } from "./coverage.js";
import { KNOWN_TABLES, type KnownTable } from "./tables.js";
import { MODULES } from "../modules.js";
import type { Binding } from "../core/module.js";

/**
 * Rows for one table: a list of `{ from, until?, value, source }`, or a block
 * `{ rows, override? }` (the shape `npx servicelov satser ÅÅÅÅ --skabelon` writes; its
 * `label`, `unit`, `law`, `publishedAt` and `fields` are read-only notes and ignored).
 */
export type RatesTableInput = readonly unknown[] | { readonly rows: readonly unknown[]; readonly override?: boolean; readonly [note: string]: unknown };

/**
 * Caller rate rows by table name: `MERUDGIFT_LEVELS`, `KOMPENSATION_LEVELS`, `MEDICINE_CAPS`,
 * `ESCORT_EXPENSE_MAX`, `SHELTER_109_RATES`, `SHELTER_110_RATES`, `BPA_WAGES` (the
 * municipality's own wage basis), and `AARHUS_WAGES` as `{ lt11, lt12, lt13 }` (or the keys
 * `"AARHUS_WAGES.lt11"` …). Each row: `{ from, until?, value, source }`, amounts as decimal
 * text or numbers, `source` a text or `{ title, href }`.
 *
 * @example
 * const tables: RatesInput = { SHELTER_109_RATES: [{ from: "2027-01-01", until: "2027-12-31", value: "105.00", source: { title: "…", href: "…" } }] };
 */
export type RatesInput = Readonly<Record<string, unknown>>;

/** Options of {@link withRates}. */
export interface WithRatesOptions {
  /**
   * Allow caller rows to replace shipped rows with a different value for the same dates; each
   * explanation that uses such a row says the shipped figure was overridden. Default `false`:
   * such a row is an InputError.
   */
  override?: boolean;
}

/** A function whose input's `preset` may be left out (a bound service level supplies it). */
export type PresetOptional<F extends (input: never) => unknown> = F extends (input: infer I) => infer R ? (input: Omit<I, "preset"> & { preset?: I extends { preset: infer P } ? P : never }) => R : never;

/** The union of a list's types as one intersection. */
type Intersect<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

/** Every module's public functions by name (from `MODULES`). */
type ModuleFunctions = Intersect<(typeof MODULES)[number]["functions"]>;

/** A function as bound: one whose input requires `preset` may leave it out (a bound service level supplies it). */
type Bound<F> = F extends (input: infer I) => unknown ? (I extends { preset: unknown } ? PresetOptional<F> : F) : F;

/**
 * The calculators bound to caller rate rows (see {@link withRates}) and/or a municipality's own
 * service level (see {@link withServiceLevel}): every module's public functions (derived from
 * `MODULES`), each bound as its module declares, and the three below.
 */
export type BoundCalculators = { readonly [K in keyof ModuleFunctions]: Bound<ModuleFunctions[K]> } & {
  /** Coverage of the shipped tables counting the bound rows too. */
  readonly rateCoverage: (input: { through: number }) => TableCoverage[];
  /** These calculators with rate rows bound as well (the service level bound here is kept). */
  readonly withRates: (tables: RatesInput, options?: WithRatesOptions) => BoundCalculators;
  /** These calculators with a municipality's service level bound as well (the rates bound here are kept). */
  readonly withServiceLevel: (document: unknown) => BoundCalculators;
};

const NOTE_KEYS = /* @__PURE__ */ new Set(["rows", "override", "label", "unit", "law", "publishedAt", "fields", "table", "note", "optional"]);

/**
 * The calculators bound to rate rows the library does not ship — next year's figures kept in a
 * JSON file and loaded once. Pure: no global registry, the shipped tables are not changed; call
 * it again for another set of rows.
 *
 * The rows are checked once, here: every field of a row (a `null` left from a template is
 * refused), `until` not before `from`, a public `source` on every row, no two caller rows of a
 * table overlapping, and no caller row covering a shipped row's dates with a different value
 * (unless `{ override: true }`). Every problem is reported at once, each naming its row
 * (`MERUDGIFT_LEVELS[1].value.band1To`). A row passed in a call's own `rates` field still wins
 * over a bound row.
 *
 * @param tables - rows by table name (see {@link RatesInput}).
 * @param options - `override: true` to let caller rows replace shipped figures.
 * @returns the calculators, bound; and `rateCoverage` counting the bound rows.
 * @throws {InputError} naming every bad row.
 *
 * @example
 * const calc = withRates({ SHELTER_109_RATES: [{ from: "2027-01-01", until: "2027-12-31", value: "105.00",
 *   source: { title: "Kommunens satsblad 2027", href: "https://example.dk/satser-2027" } }] });
 * calc.shelterFee({ section: "109", arrival: "2027-03-01T12:00", departure: "2027-03-03T12:00" }).amount //=> "210.00"
 */
export function withRates(tables: RatesInput, options: WithRatesOptions = {}): BoundCalculators {
  return bindAll(bindRates(tables, options), undefined);
}

/**
 * The calculators and date rules bound to a municipality's own service-level document — its
 * figures and rules as data (see `SERVICE_LEVELS` for the shipped ones and the published JSON
 * Schema `servicelov/service-level.schema.json`). The document is validated once, here, every
 * problem at once, each naming its path. Every calculator that takes a service level uses it when
 * the call names none (a call may still name a shipped preset), and explanations cite the
 * document's own title and sections. Composes with {@link withRates} in either order; pure.
 *
 * @param document - the service-level document (parsed JSON).
 * @throws {InputError} naming every problem in the document.
 *
 * @example
 * const aarhus = withServiceLevel(JSON.parse(readFileSync("aarhus-2025.json", "utf8")));
 * aarhus.residentialCarePayment({ income: 12000, price: { housing: 4000 } }).payment
 */
export function withServiceLevel(document: unknown): BoundCalculators {
  return bindAll(NO_BOUND_RATES, parseOwnServiceLevel(document));
}

/** Every calculator bound to `rates` and, when given, to `level` as the default service level. */
function bindAll(rates: BoundRates, level: ServiceLevel | undefined): BoundCalculators {
  const lv =
    <I, R>(fn: (input: I, ...rest: unknown[]) => R, key: "preset" | "servicePreset" | "grant") =>
    (input: I, ...rest: unknown[]): R =>
      level === undefined ? fn(input, ...rest) : withBoundLevel(level, () => fn(withPreset(input, key, level.name), ...rest));
  // Every module's public functions, each bound as its module declares (MODULES): to the rate
  // rows, to the service level as the default, both, or passed on as it is.
  const out: Record<string, unknown> = {};
  for (const m of MODULES) {
    for (const [name, fn] of Object.entries(m.functions)) {
      const b = ("bind" in m ? (m.bind as Readonly<Record<string, Binding>>)[name] : undefined) ?? {};
      const withRows = b.rates === undefined ? (fn as (input: unknown) => unknown) : (input: unknown, ...rest: unknown[]) => (b.rates as (input: unknown, rates: BoundRates, ...rest: unknown[]) => unknown)(input, rates, ...rest);
      out[name] = b.level === undefined ? withRows : lv(withRows, b.level);
    }
  }
  const special: Pick<BoundCalculators, "rateCoverage" | "withRates" | "withServiceLevel"> = {
    rateCoverage: (input) => coverageWith(input, rates),
    withRates: (tables, options) => bindAll(mergeRates(rates, bindRates(tables, options)), level),
    withServiceLevel: (document) => bindAll(rates, parseOwnServiceLevel(document)),
  };
  return deepFreeze({ ...out, ...special }) as unknown as BoundCalculators;
}

/** Rows bound in two steps: both count (a table given twice keeps the rows of both). */
function mergeRates(a: BoundRates, b: BoundRates): BoundRates {
  const out = new Map(a);
  for (const [k, rows] of b) out.set(k, [...(a.get(k) ?? []), ...rows]);
  return out;
}

/** The input with the bound service level's name where it names no preset (for BPA settlement: in its grant). */
function withPreset<I>(input: I, key: "preset" | "servicePreset" | "grant", name: string): I {
  try {
    if (input === null || typeof input !== "object" || Array.isArray(input)) return input;
    const o = input as Record<string, unknown>;
    if (key === "grant") {
      const g = o.grant;
      if (g === null || typeof g !== "object" || Array.isArray(g) || (g as Record<string, unknown>).servicePreset !== undefined) return input;
      return { ...o, grant: { ...(g as Record<string, unknown>), servicePreset: name } } as I;
    }
    return o[key] === undefined ? ({ ...o, [key]: name } as I) : input;
  } catch {
    return input; // an input that cannot be read is reported by the calculator's own check
  }
}

/**
 * Checks caller rows and returns them by table name (the engine behind {@link withRates}).
 *
 * @example
 * bindRates({ MEDICINE_CAPS: [{ from: "2027-01-01", until: "2027-12-31", value: "5000", source: "x" }] }).get("MEDICINE_CAPS")?.length //=> 1
 */
export function bindRates(tables: RatesInput, options: WithRatesOptions = {}): BoundRates {
  const issues: InputIssue[] = [];
  if (tables === null || typeof tables !== "object" || Array.isArray(tables) || !isPlainObject(tables)) {
    issues.push(issue("", W.tables));
  }
  const override = readOptions(options, issues);
  if (issues.length > 0) throw new InputError(issues);
  const entries: [string, unknown][] = [];
  const plain = readPlain(tables, "", 0) as Record<string, unknown>;
  for (const [key, given] of Object.entries(plain)) {
    if (key === "AARHUS_WAGES" && given !== null && typeof given === "object" && !Array.isArray(given) && !("rows" in given)) {
      for (const [lt, rows] of Object.entries(given)) entries.push([`AARHUS_WAGES.${lt}`, rows]);
    } else {
      entries.push([key, given]);
    }
  }
  const out = new Map<string, RateTable<unknown>>();
  for (const [name, given] of entries) {
    const known = KNOWN_TABLES.get(name);
    if (!known) {
      issues.push(issue(name, W.unknownTable, { tables: [...KNOWN_TABLES.keys()].join(", ") }));
      continue;
    }
    const block = normalise(name, given, issues);
    if (!block) continue;
    const rows = checkRows(name, known, block.rows, block.override ?? override, issues);
    if (rows) out.set(name, deepFreeze(rows));
  }
  if (issues.length > 0) throw new InputError(issues);
  return out;
}

function normalise(name: string, given: unknown, issues: InputIssue[]): { rows: readonly unknown[]; override?: boolean | undefined } | undefined {
  if (Array.isArray(given)) return { rows: given };
  if (Array.isArray((given as { rows?: unknown } | null | undefined)?.rows)) {
    const block = given as { rows: unknown[]; override?: unknown };
    for (const key of Object.keys(block)) if (!NOTE_KEYS.has(key)) issues.push(issue(`${name}.${key}`, W.blockField));
    if (block.override !== undefined && typeof block.override !== "boolean") {
      issues.push(issue(`${name}.override`, W.boolean));
      return undefined;
    }
    return { rows: block.rows, override: block.override };
  }
  issues.push(issue(name, W.rows));
  return undefined;
}

function checkRows(name: string, known: KnownTable, rows: readonly unknown[], override: boolean, issues: InputIssue[]): RateRow<unknown>[] | undefined {
  const before = issues.length;
  rows.forEach((row, i) => {
    const from = (row as { from?: unknown } | null | undefined)?.from;
    const year = typeof from === "string" && /^\d{4}/.test(from) ? Number(from.slice(0, 4)) : undefined;
    findNulls(row, `${name}[${i}]`, known, issues, year);
  });
  if (issues.length > before) return undefined;
  const parsed = z.safeParse(rateRows(known.value), rows);
  if (!parsed.success) {
    for (const iss of parsed.error.issues) {
      // A row's path starts with its index: "[0].until".
      issues.push(...zodIssues([iss as unknown as RawIssue], [name]).map((i: InputIssue) => ({ ...i, path: i.path.replace(`${name}.[`, `${name}[`), message: i.message.replace(`${name}.[`, `${name}[`) })));
    }
    return undefined;
  }
  const list = parsed.data as RateRow<unknown>[];
  // Stryker disable next-line ConditionalExpression,EqualityOperator: rows with the same from overlap whichever of them is sorted first
  const order = list.map((r, i) => [r, i] as const).sort((a, b) => (a[0].from < b[0].from ? -1 : a[0].from > b[0].from ? 1 : 0));
  for (let k = 1; k < order.length; k++) {
    const [prev, pi] = order[k - 1] as readonly [RateRow<unknown>, number];
    const [next, ni] = order[k] as readonly [RateRow<unknown>, number];
    if (prev.until === undefined || next.from <= prev.until) {
      issues.push(issue(`${name}[${ni}]`, W.overlap, { other: `${name}[${pi}]`, span: span(prev) }));
    }
  }
  const result = list.map((row, i) => {
    const clashes = known.spec.rows.filter((s) => overlaps(s, row) && !sameValue(s.value, row.value));
    if (clashes.length === 0) return row;
    if (!override) {
      for (const s of clashes) {
        issues.push(
          issue(`${name}[${i}]`, W.clash, { span: span(s), shipped: JSON.stringify(s.value), source: formatSource(s.source) }),
        );
      }
      return row;
    }
    const note = clashes.map((s) => `${span(s)}: ${JSON.stringify(s.value)}`).join("; ");
    return { ...row, source: overridden(row.source, note) };
  });
  return result; // the caller throws when any issue was found
}

/** A plain object: made by `{}` or `Object.create(null)`, not a Map, a Date or a class instance. */
function isPlainObject(v: object): boolean {
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
}

const OPTION_KEYS = /* @__PURE__ */ new Set(["override"]);

/** The options, checked like any input: a plain object whose only field is `override`, a boolean. */
function readOptions(options: unknown, issues: InputIssue[]): boolean {
  if (options === undefined) return false;
  if (options === null || typeof options !== "object" || Array.isArray(options) || !isPlainObject(options)) {
    issues.push(issue("options", W.options));
    return false;
  }
  for (const key of Object.keys(options)) {
    if (!OPTION_KEYS.has(key)) issues.push(issue(`options.${key}`, W.option));
  }
  const o = (options as { override?: unknown }).override;
  if (o !== undefined && typeof o !== "boolean") issues.push(issue("options.override", W.override));
  return o === true;
}

function overridden(source: Source, note: string): Source {
  const text = ` — erstatter bibliotekets tal for samme periode (${note})`;
  return typeof source === "string" ? `${source}${text}` : { ...source, title: `${source.title}${text}` };
}

function findNulls(value: unknown, path: string, known: KnownTable, issues: InputIssue[], year: number | undefined): void {
  if (value === null) {
    const field = /\.value\.(\w+)$/.exec(path)?.[1];
    const info = field ? known.spec.fields?.[field] : undefined;
    const what = info ? ` (${info.meaning}, ${info.unit})` : path.endsWith(".value") ? ` (${known.spec.label}, ${known.spec.unit})` : "";
    const where = year === undefined ? "" : ` from ${formatSource(known.spec.publishedAt(year))}`;
    const row = /^[^[]*\[\d+\]/.exec(path)?.[0] ?? path;
    const remove = known.spec.optional === undefined ? `or delete the row ${row} if you do not need that period` : `or delete the row ${row} (or the whole table: it is needed only in some cases)`;
    issues.push(issue(path, W.nullLeft, { what, where, remove, row }));
    return;
  }
  if (typeof value === "object") {
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) findNulls(v, `${path}.${k}`, known, issues, year);
  }
}

function span(row: RateRow<unknown>): string {
  return `${row.from}–${row.until ?? "…"}`;
}

function overlaps(a: RateRow<unknown>, b: RateRow<unknown>): boolean {
  return a.from <= (b.until ?? "9999-12-31") && b.from <= (a.until ?? "9999-12-31");
}

/** Equal figures: amounts compared as decimals ("4575" = "4575.00"), objects field by field. */
function sameValue(a: unknown, b: unknown): boolean {
  // Both values passed their table's schema, which writes every amount as canonical decimal text
  // ("97.30", "6408"), so equal figures are equal texts (fractions stay numbers).
  if (a !== null && b !== null && typeof a === "object" && typeof b === "object") {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) if (!sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
    return true;
  }
  return a === b;
}

import { InputError, say, type InputIssue } from "./errors.js";
import { CORE } from "./messages.js";
import { dateFromDayNumber, dayNumber, yearOf, type DateInput, type IsoDate } from "./period.js";
import { formatSource, type SourceRef } from "./sources.js";

export type { SourceRef } from "./sources.js";

/** Where a figure comes from: a citation as text, or a public page `{ title, href }`. */
export type Source = string | SourceRef;

/**
 * One dated row of a rate table: the `value` in force from `from` (inclusive) to `until`
 * (inclusive; open-ended when left out), with its legal or municipal `source`.
 */
export interface RateRow<T> {
  /** First day the value is in force, `YYYY-MM-DD`. */
  readonly from: IsoDate;
  /** Last day the value is in force, `YYYY-MM-DD`; open-ended when left out. */
  readonly until?: IsoDate;
  /** The figure: an amount as decimal text (`"97.30"`) or an object of such amounts. */
  readonly value: T;
  /** The public source of the figure. */
  readonly source: Source;
}

/** A dated parameter table, rows in date order. */
export type RateTable<T> = readonly RateRow<T>[];

/** What one field of a composite rate value means, for templates and docs. */
export interface FieldInfo {
  readonly meaning: string;
  readonly unit: string;
  /** For a field that is itself an object of named figures (a wage row's `supplements`): its fields. */
  readonly fields?: Readonly<Record<string, FieldInfo>>;
}

/**
 * A composite value with every field (and sub-field) set to `leaf`: the shape of a row to fill in.
 *
 * @example
 * fieldShape({ a: { meaning: "", unit: "" } }, null) //=> { a: null }
 */
export function fieldShape<L>(fields: Readonly<Record<string, FieldInfo>>, leaf: L): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).map(([k, f]) => [k, f.fields ? fieldShape(f.fields, leaf) : leaf]));
}

/** A value shape as JavaScript source: `{ a: "…", b: { c: "…" } }`. */
function shapeSource(shape: unknown): string {
  if (shape !== null && typeof shape === "object") return `{ ${Object.entries(shape).map(([k, v]) => `${k}: ${shapeSource(v)}`).join(", ")} }`;
  return '"…"';
}

/**
 * A shipped rate table with what a caller needs to extend it: its exported name (the key
 * `withRates` takes), the law it implements, its label and unit, where each year's figure is
 * published, and its rows.
 */
export interface TableSpec<T> {
  /** The exported name, e.g. `"MERUDGIFT_LEVELS"`; the key in `withRates({ … })`. */
  readonly name: string;
  /** The rule the figures belong to, e.g. `"SEL § 100, stk. 3 (merudgiftsydelse)"`. */
  readonly law: string;
  /** What the table holds, in words. */
  readonly label: string;
  /** Unit of the value (or of each field). */
  readonly unit: string;
  /** Where each new year's figure is published. */
  readonly publishedAt: (year: number) => SourceRef;
  /** For a composite value: each field's meaning and unit. */
  readonly fields?: Readonly<Record<string, FieldInfo>>;
  /** The shipped rows. */
  readonly rows: RateTable<T>;
  /** The per-call input field that also takes rows, e.g. `"rates.merudgift"`. */
  readonly perCall?: string;
  /** The last year the rule applies (a table for a repealed rule needs no later rows). */
  readonly lastYear?: number;
  /**
   * When the table's rows are needed only by some callers: when they are needed, in Danish (the
   * fill-in template marks such a table optional and says it can be deleted).
   */
  readonly optional?: string;
}

/** Caller rows bound once with `withRates`: table name → validated rows. */
export type BoundRates = ReadonlyMap<string, RateTable<unknown>>;

/** No caller rows. */
export const NO_BOUND_RATES: BoundRates = /* @__PURE__ */ new Map();

/**
 * The row in force on `date`: a row given in the call (`perCall`) wins, then rows bound with
 * `withRates` (`bound`), then the shipped rows. Fails with an InputError (code
 * `rate-missing`) that names the table, the year, where the figure is published and how to
 * add it — no year is ever extrapolated from another.
 *
 * @example
 * rateAt(SHELTER_109, "2024-06-01").value //=> "97.30"
 * rateAt(SHELTER_109, "2027-01-01") // throws InputError naming SHELTER_109_RATES and 2027
 */
export function rateAt<T>(spec: TableSpec<T>, date: IsoDate, perCall?: RateTable<T>, bound?: BoundRates): RateRow<T> {
  const row = rowAt(spec, date, perCall, bound);
  if (row) return row;
  throw new InputError([rateMissing(spec, date)]);
}

/**
 * Like {@link rateAt}, but `undefined` instead of an error when no row covers `date`.
 *
 * @example
 * rowAt(SHELTER_109, "2027-01-01") //=> undefined
 */
export function rowAt<T>(spec: TableSpec<T>, date: IsoDate, perCall?: RateTable<T>, bound?: BoundRates): RateRow<T> | undefined {
  if (perCall) {
    const own = find(perCall, date);
    if (own) return own;
  }
  const extra = bound?.get(spec.name) as RateTable<T> | undefined;
  if (extra) {
    const row = find(extra, date);
    if (row) return row;
  }
  return Object.isFrozen(spec.rows) ? findKept(spec.rows, date) : find(spec.rows, date);
}

/**
 * {@link find} in a frozen table (the library's own): the row for a date is looked up once and
 * kept (at most 512 dates per table), since most calls ask for the same few dates.
 */
function findKept<T>(rows: RateTable<T>, date: IsoDate): RateRow<T> | undefined {
  let byDate = FOUND.get(rows) as Map<string, RateRow<T> | null> | undefined;
  if (byDate === undefined) {
    byDate = new Map();
    FOUND.set(rows, byDate as Map<string, RateRow<unknown> | null>);
  }
  const kept = byDate.get(date);
  if (kept !== undefined) return kept ?? undefined;
  const row = find(rows, date);
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a bound on the memo's size, not on any result
  if (byDate.size >= 512) byDate.clear();
  byDate.set(date, row ?? null);
  return row;
}
const FOUND = /* @__PURE__ */ new WeakMap<object, Map<string, RateRow<unknown> | null>>();

/**
 * The issue a failed lookup reports: the table, the year asked, where the figure is
 * published, and how to add it once with `withRates` (its example row uses that year).
 *
 * @example
 * rateMissing(SHELTER_109, "2027-03-01").code //=> "rate-missing"
 */
export function rateMissing(spec: TableSpec<unknown>, date: IsoDate): InputIssue {
  const year = Number(date.slice(0, 4));
  const where = formatSource(spec.publishedAt(year));
  const value = spec.fields ? shapeSource(fieldShape(spec.fields, "…")) : '"…"';
  const rows = `[{ from: "${year}-01-01", until: "${year}-12-31", value: ${value}, source: { title: "…", href: "…" } }]`;
  // A table of a family (`AARHUS_WAGES.lt11`) is given nested: { AARHUS_WAGES: { lt11: [...] } } — valid JavaScript.
  const dot = spec.name.indexOf(".");
  const example = dot < 0 ? `withRates({ ${spec.name}: ${rows} })` : `withRates({ ${spec.name.slice(0, dot)}: { ${spec.name.slice(dot + 1)}: ${rows} } })`;
  const first = spec.rows[0];
  const before = first !== undefined && date < first.from ? ` The table starts ${first.from}.` : "";
  const perCall = spec.perCall ? ` (or pass the row in ${spec.perCall} for one call)` : "";
  const params = { table: spec.name, label: spec.label, law: spec.law, year, date, before, where, example, perCall };
  return {
    path: spec.perCall ?? spec.name,
    code: "rate-missing",
    says: CORE.rateMissing.id,
    params,
    rate: { table: spec.name, year, publishedAt: where, ...(spec.fields ? { fields: Object.keys(spec.fields) } : {}) },
    message: say(CORE.rateMissing, params),
  };
}

/**
 * The row in force on `date` (as {@link rowAt}) and the last date it is surely still the one in
 * force: the day before any row of any layer starts, or the row's own `until`. Lets a caller
 * walk a period run by run instead of day by day.
 *
 * @example
 * rowSpanAt(SHELTER_109, "2024-06-01")?.last //=> "2024-12-31"
 */
export function rowSpanAt<T>(spec: TableSpec<T>, date: IsoDate, perCall?: RateTable<T>, bound?: BoundRates): { row: RateRow<T>; last: IsoDate } | undefined {
  const row = rowAt(spec, date, perCall, bound);
  if (!row) return undefined;
  let last = row.until ?? "9999-12-31";
  for (const table of [perCall, bound?.get(spec.name) as RateTable<T> | undefined, spec.rows]) {
    if (!table) continue;
    for (const r of table) if (r.from > date && r.from <= last) last = dayBefore(r.from);
  }
  return { row, last };
}

function dayBefore(date: IsoDate): IsoDate {
  return dateFromDayNumber(dayNumber(date) - 1);
}

/** The covering row with the latest `from` (rows need not be sorted). */
function find<T>(table: RateTable<T>, date: IsoDate): RateRow<T> | undefined {
  let best: RateRow<T> | undefined;
  for (const row of table) {
    if (row.from <= date && (row.until === undefined || date <= row.until) && (!best || row.from >= best.from)) best = row;
  }
  return best;
}

/**
 * A row for a whole calendar year.
 *
 * @example
 * yearRow(2024, "97.30", "Holbæk 2024") //=> { from: "2024-01-01", until: "2024-12-31", value: "97.30", source: "Holbæk 2024" }
 */
export function yearRow<T>(year: number, value: T, source: Source): RateRow<T> {
  return { from: `${year}-01-01`, until: `${year}-12-31`, value, source };
}

/** Which years a table covers. */
export interface YearCoverage {
  /** Years from the table's first year through `through` that the rows cover completely. */
  years: number[];
  /** Years from the table's first year through `through` with at least one day not covered. */
  missing: number[];
}

/**
 * The years a table covers completely, from its first year through `through`. The first year
 * counts from the first row's `from` (a table that starts 1 Sep covers that year when the rest
 * of it is covered).
 *
 * @example
 * yearCoverage([yearRow(2023, "1", "x"), yearRow(2025, "1", "x")], 2026) //=> { years: [2023, 2025], missing: [2024, 2026] }
 */
export function yearCoverage(rows: RateTable<unknown>, through: number): YearCoverage {
  const out: YearCoverage = { years: [], missing: [] };
  if (rows.length === 0) return out;
  const spans = rows
    .map((r) => [dayNumber(r.from), r.until === undefined ? Number.POSITIVE_INFINITY : dayNumber(r.until)] as const)
    .sort((a, b) => a[0] - b[0]);
  const start = spans[0]?.[0] as number;
  const firstYear = yearOf(dateFromDayNumber(start));
  for (let y = firstYear; y <= through; y++) {
    let need = Math.max(dayNumber(`${y}-01-01`), start);
    const end = dayNumber(`${y}-12-31`);
    for (const [a, b] of spans) {
      if (a <= need && b >= need) need = b + 1; // an open end (Infinity) stays Infinity
    }
    (need > end ? out.years : out.missing).push(y);
  }
  return out;
}

/**
 * One rate row as a caller gives it (per call in `rates`, or once with `withRates`): the period
 * it is in force, the figure and its public source.
 *
 * @example
 * const row: RateRowInput<number> = { from: "2030-01-01", until: "2030-12-31", value: 105, source: "Kommunens satsblad 2030" };
 */
export interface RateRowInput<T> {
  /** First day in force, `"YYYY-MM-DD"` or a `Date`. */
  from: DateInput;
  /** Last day in force; open-ended when left out. */
  until?: DateInput | undefined;
  /** The figure: an amount in kroner (number or decimal text), or an object of named amounts. */
  value: T;
  /** The public source: a citation, or `{ title, href }` for a web page. */
  source: string | { title: string; href?: string | undefined };
}

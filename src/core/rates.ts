import { fail } from "./errors.js";
import type { IsoDate } from "./period.js";

/**
 * One dated row of a rate table: the `value` in force from `from` (inclusive) to `until`
 * (inclusive; open-ended when left out), with its legal or municipal `source`.
 */
export interface RateRow<T> {
  from: IsoDate;
  until?: IsoDate;
  value: T;
  source: string;
}

/** A dated parameter table, rows in date order. */
export type RateTable<T> = readonly RateRow<T>[];

/** What a failed lookup should say: what the table holds and how to pass a row. */
export interface RateLookupContext {
  /** Field the caller can pass rows in, e.g. `"rates"`. */
  path: string;
  /** What the table holds, in words, e.g. `"§ 100 band amounts"`. */
  name: string;
  /** What to pass, shown in the message, e.g. `'[{ from: "2026-01-01", until: "2026-12-31", value: {…}, source: "…" }]'`. */
  example?: string;
}

/**
 * The row in force on `date`. Caller rows (`overrides`) win over the built-in table for the
 * dates they cover. Fails with InputError before the first row, in a gap, and after the last
 * row's `until` — no year is ever extrapolated from another.
 *
 * @example
 * const table = [{ from: "2024-01-01", until: "2024-12-31", value: 97.3, source: "seed 004" }];
 * rateAt(table, "2024-06-01", { path: "rates", name: "§ 109 rate" }).value //=> 97.3
 * rateAt(table, "2025-01-01", { path: "rates", name: "§ 109 rate" }) // throws InputError
 */
export function rateAt<T>(
  table: RateTable<T>,
  date: IsoDate,
  ctx: RateLookupContext,
  overrides?: RateTable<T>,
): RateRow<T> {
  if (overrides) {
    const own = find(overrides, date);
    if (own) return own;
  }
  const row = find(table, date);
  if (row) return row;
  const year = date.slice(0, 4);
  const first = table[0];
  const how = `pass the figure yourself in ${ctx.path}${ctx.example ? `, e.g. ${ctx.example}` : " as [{ from, until, value, source }]"}`;
  if (first && date < first.from) {
    fail(ctx.path, `has no ${ctx.name} for ${date}: the table starts ${first.from}; ${how}`);
  }
  fail(ctx.path, `has no ${ctx.name} for ${year} (${date}): the figure was not found in an official source, and no year is guessed from another; ${how}`);
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
 * yearRow(2024, 97.3, "seed 004") //=> { from: "2024-01-01", until: "2024-12-31", value: 97.3, source: "seed 004" }
 */
export function yearRow<T>(year: number, value: T, source: string): RateRow<T> {
  return { from: `${year}-01-01`, until: `${year}-12-31`, value, source };
}

import { parseInput, num, obj } from "../core/validate.js";
import { yearCoverage, type BoundRates, type RateTable } from "../core/rates.js";
import { formatSource } from "../core/sources.js";
import { shippedTables } from "./tables.js";

/** One table's coverage: which years have a complete row and which do not. */
export interface TableCoverage {
  /** The table's exported name, the key `withRates` takes, e.g. `"MERUDGIFT_LEVELS"`. */
  table: string;
  /** The rule the figures belong to. */
  law: string;
  /** What the table holds. */
  label: string;
  /** Years from the table's first year through `through` that rows cover completely. */
  years: number[];
  /** Years from the table's first year through `through` (or the rule's last year) without a complete row. */
  missing: number[];
  /** Where the first missing year's figure is published (absent when nothing is missing). */
  publishedAt?: string;
}

const inputSchema = /* @__PURE__ */ (() => obj({ through: num({ min: 2000, max: 2100, integer: true, unit: "year" }) }))();

/**
 * Which years each shipped rate table covers, from its first year through `through`: call it
 * in December and warn before January. A year is covered when rows cover every day of it (from
 * the table's first day in its first year). A table for a repealed rule (merudgiftsydelse,
 * which ends 31 Aug 2027) is not asked for years after the rule ends.
 *
 * @param input - `through`: the last year to check, e.g. `2026`.
 * @returns one entry per shipped table.
 * @throws {InputError} when `through` is not a year.
 *
 * @example
 * rateCoverage({ through: 2026 }).find((t) => t.table === "SHELTER_109_RATES")?.missing
 * //=> [2019, 2020, 2022, 2025, 2026]
 */
export function rateCoverage(input: { through: number }): TableCoverage[] {
  return coverageWith(input, new Map());
}

/** {@link rateCoverage} counting rows bound by `withRates` as well. */
export function coverageWith(input: { through: number }, bound: BoundRates): TableCoverage[] {
  const { through } = parseInput(inputSchema, input);
  return shippedTables().map(({ spec }) => {
    const rows: RateTable<unknown> = [...spec.rows, ...(bound.get(spec.name) ?? [])];
    const last = spec.lastYear === undefined ? through : Math.min(through, spec.lastYear);
    const c = yearCoverage(rows, last);
    const entry: TableCoverage = { table: spec.name, law: spec.law, label: spec.label, years: c.years, missing: c.missing };
    const first = c.missing[0];
    if (first !== undefined) entry.publishedAt = formatSource(spec.publishedAt(first));
    return entry;
  });
}

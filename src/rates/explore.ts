import type { SourceRef } from "../core/rates.js";
import { shippedTables } from "./tables.js";

/** One shipped row, as a rates explorer shows it. */
export interface ExploredRow {
  /** First day in force, `YYYY-MM-DD`. */
  from: string;
  /** Last day in force, `YYYY-MM-DD`, or `null` when open-ended. */
  until: string | null;
  /** The figure: an amount as decimal text, or an object of named amounts (JSON). */
  value: unknown;
  /** The public source: its title and, when published on the web, its address. */
  source: { title: string; href?: string };
}

/** One shipped rate table with every row. */
export interface ExploredTable {
  /** The table's name, the key `withRates` takes, e.g. `"SHELTER_109_RATES"`. */
  table: string;
  /** The rule the figures belong to. */
  law: string;
  /** What the table holds. */
  label: string;
  /** The unit of the value. */
  unit: string;
  rows: ExploredRow[];
}

/**
 * Every rate table the library ships, with all its rows, periods and sources — what a rates
 * explorer lists (pair it with {@link rateCoverage} for the years missing). JSON-safe.
 *
 * @example
 * rateTables().find((t) => t.table === "SHELTER_109_RATES")?.rows[0]?.from //=> "2018-01-01"
 */
export function rateTables(): ExploredTable[] {
  return shippedTables().map(({ spec }) => ({
    table: spec.name,
    law: spec.law,
    label: spec.label,
    unit: spec.unit,
    rows: spec.rows.map((r) => {
      const ref: SourceRef = typeof r.source === "string" ? { title: r.source } : r.source;
      return {
        from: r.from,
        until: r.until ?? null,
        value: JSON.parse(JSON.stringify(r.value)) as unknown,
        source: ref.href === undefined ? { title: ref.title } : { title: ref.title, href: ref.href },
      };
    }),
  }));
}

import type * as z from "zod/mini";
import type { TableSpec } from "../core/rates.js";
import { BPA_TABLES } from "../bpa/bound.js";
import { ESCORT_TABLES } from "../escort/bound.js";
import { EXTRA_COST_TABLES } from "../extra-cost/bound.js";
import { SHELTER_TABLES } from "../shelter/bound.js";

/** A rate table a caller can extend, with the schema that checks a row's value. */
export interface KnownTable {
  spec: TableSpec<unknown>;
  value: z.core.$ZodType;
}

/** Every table, shipped and caller-only (`BPA_WAGES`), by name. */
export const KNOWN_TABLES: ReadonlyMap<string, KnownTable> = new Map(
  [...EXTRA_COST_TABLES, ...ESCORT_TABLES, ...BPA_TABLES, ...SHELTER_TABLES].map((t) => [t.spec.name, t as unknown as KnownTable]),
);

/** The tables the library ships rows for (coverage and templates list these). */
export function shippedTables(): KnownTable[] {
  return [...KNOWN_TABLES.values()].filter((t) => t.spec.rows.length > 0);
}

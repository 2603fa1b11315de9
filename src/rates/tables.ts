import type * as z from "zod/mini";
import type { TableSpec } from "../core/rates.js";
import { MODULES } from "../modules.js";

/** A rate table a caller can extend, with the schema that checks a row's value. */
export interface KnownTable {
  spec: TableSpec<unknown>;
  value: z.core.$ZodType;
}

/** Every table, shipped and caller-only (`BPA_WAGES`), by name: the tables each module declares (`MODULES`). */
export const KNOWN_TABLES: ReadonlyMap<string, KnownTable> = /* @__PURE__ */ (() => new Map(
  MODULES.flatMap((m) => ("tables" in m ? m.tables() : []) as readonly KnownTable[]).map((t) => [t.spec.name, t]),
))();

/** The tables the library ships rows for (coverage and templates list these). */
export function shippedTables(): KnownTable[] {
  return [...KNOWN_TABLES.values()].filter((t) => t.spec.rows.length > 0);
}

/** A zod schema as much as {@link valueFields} reads of it. */
interface SchemaDef {
  _zod: { def: { type: string; innerType?: SchemaDef; in?: SchemaDef; out?: SchemaDef; shape?: Record<string, SchemaDef> } };
}

const FIELDS = /* @__PURE__ */ new WeakMap<object, ReadonlyMap<string, z.core.$ZodType>>();

/**
 * The fields a table's value has, as dotted paths to each leaf with the leaf's schema
 * (`"hourly"`, `"supplements.evening"`, …), read from the value's own schema; empty for a table
 * of single amounts. A sheet's `felt` must be one of these.
 *
 * @example
 * [...valueFields(KNOWN_TABLES.get("BPA_WAGES")!.value).keys()] //=> ["hourly", "supplements.evening", …]
 */
export function valueFields(schema: z.core.$ZodType): ReadonlyMap<string, z.core.$ZodType> {
  const cached = FIELDS.get(schema);
  if (cached) return cached;
  const out = new Map<string, z.core.$ZodType>();
  const walk = (s: SchemaDef, prefix: string): void => {
    const def = s._zod.def;
    if ((def.type === "optional" || def.type === "nullable" || def.type === "default") && def.innerType) return walk(def.innerType, prefix);
    if (def.type === "pipe" && def.in && def.out) {
      // obj() puts a "not a date" check before an object of optional fields.
      const inner = def.out._zod.def.type === "object" ? def.out : def.in;
      if (inner._zod.def.type === "object" || inner === def.out) return walk(inner, prefix);
    }
    if (def.type === "object" && def.shape) {
      for (const [k, v] of Object.entries(def.shape)) walk(v, prefix === "" ? k : `${prefix}.${k}`);
      return;
    }
    if (prefix !== "") out.set(prefix, s as unknown as z.core.$ZodType);
  };
  walk(schema as unknown as SchemaDef, "");
  FIELDS.set(schema, out);
  return out;
}

import type { BoundRates } from "../core/rates.js";
import { bindRates } from "../rates/with-rates.js";
import { ArgumentError, isEmpty, sheetDate, type SheetValue } from "./values.js";

/**
 * The rows of a workbook's "Satser" range as `withRates` input. One row per value, six
 * columns: `tabel | fra | til | felt | værdi | kilde` — `felt` names the field of a composite
 * value (e.g. `band1Amount`, `supplements.evening`) and is empty for a table of single amounts;
 * rows with the same table and period make one rate row. A first row whose first cell is
 * "tabel" is a header and is skipped; empty rows are skipped.
 *
 * @example
 * satserInput([["SHELTER_109_RATES", "2030-01-01", "2030-12-31", "", "105.00", "Kommunens satsblad 2030"]])
 * //=> { SHELTER_109_RATES: [{ from: "2030-01-01", until: "2030-12-31", value: "105.00", source: "Kommunens satsblad 2030" }] }
 */
export function satserInput(range: SheetValue): Record<string, unknown[]> {
  if (!Array.isArray(range)) throw new ArgumentError("satser must be a range with 6 columns: tabel, fra, til, felt, værdi, kilde");
  const out: Record<string, unknown[]> = {};
  const byKey = new Map<string, { value: unknown }>();
  range.forEach((row, i) => {
    if (!Array.isArray(row) || row.every(isEmpty)) return;
    if (i === 0 && typeof row[0] === "string" && row[0].trim().toLowerCase() === "tabel") return;
    if (row.length < 6) throw new ArgumentError(`satser row ${i + 1} must have 6 columns: tabel, fra, til, felt, værdi, kilde`);
    const [table, from, until, field, value, source] = row as SheetValue[];
    if (typeof table !== "string" || table.trim() === "") throw new ArgumentError(`satser row ${i + 1}: tabel must be a table name, e.g. SHELTER_109_RATES`);
    const name = table.trim();
    const f = sheetDate(from as SheetValue, `satser row ${i + 1} fra`);
    const u = isEmpty(until as SheetValue) ? undefined : sheetDate(until as SheetValue, `satser row ${i + 1} til`);
    const key = `${name}|${f}|${u ?? ""}`;
    let entry = byKey.get(key);
    if (!entry) {
      const rowOut: Record<string, unknown> = { from: f, ...(u === undefined ? {} : { until: u }), value: undefined, source: typeof source === "string" ? source.trim() : source };
      entry = rowOut as { value: unknown };
      byKey.set(key, entry);
      (out[name] ??= []).push(rowOut);
    }
    const v = typeof value === "string" && /^(supplements\.|pensionRate|holidayPayRate|onCallFraction)/.test(String(field ?? "")) && value.trim() !== "" && !Number.isNaN(Number(value)) ? Number(value) : typeof value === "string" ? value.trim() : value;
    if (isEmpty(field as SheetValue)) {
      entry.value = v;
    } else {
      const path = String(field).trim().split(".");
      let target = (entry.value ??= {}) as Record<string, unknown>;
      for (const part of path.slice(0, -1)) target = (target[part] ??= {}) as Record<string, unknown>;
      target[path[path.length - 1] as string] = v;
    }
  });
  return out;
}

/** The workbook's rows bound on top of `base` (a table given in the range replaces `base`'s rows for it). */
export function satserBound(range: SheetValue, base: BoundRates): BoundRates {
  if (isEmpty(range as SheetValue)) return base;
  const own = bindRates(satserInput(range));
  const merged = new Map(base);
  for (const [k, v] of own) merged.set(k, v);
  return merged;
}

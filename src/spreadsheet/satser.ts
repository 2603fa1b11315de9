import { SHEET_ISSUES as S } from "./messages.js";
import * as z from "zod/mini";
import { InputError } from "../core/errors.js";
import type { BoundRates, RateRow, RateTable } from "../core/rates.js";
import { bindRates } from "../rates/with-rates.js";
import { KNOWN_TABLES, valueFields } from "../rates/tables.js";
import { ArgumentError, isEmpty, sheetDate, sheetMoney, type SheetValue } from "./values.js";

/** Decimal text a fraction cell may hold ("0.13"); "0x64" or "1e2" is not read as a number. */
const DECIMAL_TEXT = /^-?\d+(\.\d+)?$/;

/** A text cell echoed in a message: at most 40 characters. */
function shown(v: unknown): string {
  const s = String(v);
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}

/** Where each rate row of {@link satserInput} came from: its sheet row numbers (1-based), by table and row index. */
export type SatserRowNumbers = ReadonlyMap<string, readonly (readonly number[])[]>;

/**
 * The rows of a workbook's "Satser" range as `withRates` input. One row per value, six
 * columns: `tabel | fra | til | felt | værdi | kilde` — `felt` names the field of a composite
 * value (e.g. `band1Amount`, `supplements.evening`; checked against the table's own fields) and
 * is empty for a table of single amounts; rows with the same table and period make one rate row.
 * A first row whose first cell is "tabel" is a header and is skipped; empty rows are skipped.
 * A table name, a field or a period given twice, or two periods of one table that overlap, is
 * refused naming both sheet rows. No cell text ever becomes a property name of a shared object.
 *
 * @example
 * satserInput([["SHELTER_109_RATES", "2030-01-01", "2030-12-31", "", "105.00", "Kommunens satsblad 2030"]])
 * //=> { SHELTER_109_RATES: [{ from: "2030-01-01", until: "2030-12-31", value: "105.00", source: "Kommunens satsblad 2030" }] }
 */
export function satserInput(range: SheetValue): Record<string, unknown[]> {
  return readSatser(range).tables;
}

interface Entry {
  row: { from: string; until?: string; value: unknown; source: unknown };
  lines: number[];
  fields: Map<string, number>;
}

/** {@link satserInput} with the sheet row numbers of every rate row. */
export function readSatser(range: SheetValue): { tables: Record<string, unknown[]>; lines: SatserRowNumbers } {
  if (!Array.isArray(range)) throw new ArgumentError("satser", S.satser);
  const byTable = new Map<string, Map<string, Entry>>();
  range.forEach((row, i) => {
    const line = i + 1;
    if (!Array.isArray(row)) throw new ArgumentError("satser", S.satserRow, { line });
    if (row.every(isEmpty)) return;
    if (i === 0 && typeof row[0] === "string" && row[0].trim().toLowerCase() === "tabel") return;
    if (row.length < 6) throw new ArgumentError("satser", S.satserColumns, { line });
    const [table, from, until, field, value, source] = row as SheetValue[];
    if (typeof table !== "string" || table.trim() === "") throw new ArgumentError("satser", S.satserTable, { line });
    const name = table.trim();
    const known = KNOWN_TABLES.get(name);
    if (!known) throw new ArgumentError("satser", S.satserUnknown, { line, name: shown(name), tables: [...KNOWN_TABLES.keys()].join(", ") });
    const f = sheetDate(from as SheetValue, `satser række ${line} fra`);
    const u = isEmpty(until as SheetValue) ? undefined : sheetDate(until as SheetValue, `satser række ${line} til`);
    const leaves = valueFields(known.value);
    const path = isEmpty(field as SheetValue) ? "" : String(field).trim();
    if (leaves.size === 0 && path !== "") throw new ArgumentError("satser", S.satserNoField, { line, name, path: shown(path) });
    const leaf = leaves.get(path);
    if (leaves.size > 0 && leaf === undefined) {
      throw new ArgumentError("satser", S.satserField, { line, name, path: shown(path), fields: [...leaves.keys()].join(", ") });
    }
    const periods = byTable.get(name) ?? new Map<string, Entry>();
    byTable.set(name, periods);
    const key = `${f}|${u ?? ""}`;
    let entry = periods.get(key);
    if (!entry) {
      entry = { row: { from: f, ...(u === undefined ? {} : { until: u }), value: undefined, source: typeof source === "string" ? source.trim() : source }, lines: [], fields: new Map() };
      periods.set(key, entry);
    }
    const earlier = entry.fields.get(path);
    if (earlier !== undefined) {
      const what = path === "" ? "" : ` felt ${path}`;
      throw new ArgumentError("satser", S.satserTwice, { line, earlier, name, what, from: f, until: u ?? "…" });
    }
    const kilde = typeof source === "string" ? source.trim() : source;
    if (entry.lines.length > 0 && JSON.stringify(kilde) !== JSON.stringify(entry.row.source)) {
      throw new ArgumentError("satser", S.satserSource, { line, source: shown(String(kilde ?? "")), first: entry.lines[0] as number, firstSource: shown(String(entry.row.source ?? "")) });
    }
    entry.fields.set(path, line);
    entry.lines.push(line);
    const v = typeof value === "string" ? value.trim() : value;
    // A fraction written as text ("0.13") is read as the number the field takes; an amount stays text.
    const schema = leaf ?? known.value;
    const cell =
      typeof v === "string" && DECIMAL_TEXT.test(v) && !z.safeParse(schema, v).success && z.safeParse(schema, Number(v)).success
        ? Number(v)
        : typeof v === "number" && !z.safeParse(schema, v).success && z.safeParse(schema, sheetMoney(v)).success
          ? sheetMoney(v) // float noise from a sheet sum, on an amount
          : v;
    entry.row.value = path === "" ? cell : setPath(entry.row.value, path.split("."), cell);
  });
  const tables: Record<string, unknown[]> = {};
  const lines = new Map<string, number[][]>();
  for (const [name, periods] of byTable) {
    const entries = [...periods.values()];
    refuseOverlaps(name, entries);
    Object.defineProperty(tables, name, { value: entries.map((e) => e.row), enumerable: true, writable: true, configurable: true });
    lines.set(name, entries.map((e) => e.lines));
  }
  return { tables, lines };
}

/** A copy of `target` (a plain object or nothing) with `value` at `path`; only own, known field names are written. */
function setPath(target: unknown, path: readonly string[], value: unknown): Record<string, unknown> {
  const [head, ...rest] = path as [string, ...string[]];
  const base: Record<string, unknown> = target !== null && typeof target === "object" ? { ...(target as Record<string, unknown>) } : {};
  const next = rest.length === 0 ? value : setPath(Object.hasOwn(base, head) ? base[head] : undefined, rest, value);
  Object.defineProperty(base, head, { value: next, enumerable: true, writable: true, configurable: true });
  return base;
}

function refuseOverlaps(name: string, entries: readonly Entry[]): void {
  const sorted = [...entries].sort((a, b) => (a.row.from < b.row.from ? -1 : a.row.from > b.row.from ? 1 : 0));
  for (let k = 1; k < sorted.length; k++) {
    const prev = sorted[k - 1] as Entry;
    const next = sorted[k] as Entry;
    if (prev.row.until === undefined || next.row.from <= prev.row.until) {
      throw new ArgumentError("satser", S.satserOverlap, { line: Math.min(...next.lines), other: Math.min(...prev.lines), name, span: `${next.row.from}–${next.row.until ?? "…"}`, otherSpan: `${prev.row.from}–${prev.row.until ?? "…"}` });
    }
  }
}

/**
 * The workbook's rows bound on top of `base` (rows registered once, e.g. with
 * `registerHyperFormula(hf, { rates })`): rows from both places count. A workbook row that covers
 * days of a registered row with a different value is refused as a clash; with the same value the
 * workbook's row (and its `kilde`) is used. A problem in a row names its sheet row.
 */
/* @__NO_SIDE_EFFECTS__ */
export function satserBound(range: SheetValue, base: BoundRates): BoundRates {
  if (isEmpty(range as SheetValue)) return base;
  const { tables, lines } = readSatser(range);
  let own: BoundRates;
  try {
    own = bindRates(tables);
  } catch (e) {
    if (e instanceof InputError) throw new InputError(e.issues.map((i) => ({ ...i, path: sheetRowPath(i.path, lines) })));
    throw e;
  }
  const merged = new Map(base);
  for (const [name, rows] of own) {
    const registered = base.get(name) ?? [];
    const kept: RateRow<unknown>[] = [];
    for (const r of registered) {
      const i = rows.findIndex((s) => s.from <= (r.until ?? "9999-12-31") && r.from <= (s.until ?? "9999-12-31"));
      if (i < 0) {
        kept.push(r);
        continue;
      }
      const mine = rows[i] as RateRow<unknown>;
      if (JSON.stringify(mine.value) !== JSON.stringify(r.value) || mine.from !== r.from || mine.until !== r.until) {
        const line = Math.min(...(lines.get(name)?.[i] ?? [0]));
        throw new ArgumentError("satser", S.satserRegistered, { line, name, span: `${r.from}–${r.until ?? "…"}`, value: JSON.stringify(r.value) });
      }
    }
    merged.set(name, [...kept, ...rows] as RateTable<unknown>);
  }
  return merged;
}

/** `SHELTER_109_RATES[1].value` → `satser række 3 (SHELTER_109_RATES) value`: a rate row's path as the sheet row it came from. */
function sheetRowPath(path: string, lines: SatserRowNumbers): string {
  const m = /^([A-Z][A-Z0-9_.a-z]*?)\[(\d+)\]\.?(.*)$/.exec(path);
  const at = m === null ? undefined : lines.get(m[1] as string)?.[Number(m[2])];
  if (m === null || at === undefined) return path;
  return `satser række ${at.join("/")} (${m[1] as string})${m[3] === "" ? "" : ` ${m[3] as string}`}`;
}

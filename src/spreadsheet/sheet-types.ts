// The shapes every spreadsheet function is declared with, and the parameters several share.
import { type BoundRates } from "../core/rates.js";
import { type Step } from "../core/explain.js";
import type { ServiceLevel } from "../service-levels/schema.js";
import { isEmpty, type SheetResult, type SheetValue } from "./values.js";


/** One parameter of a spreadsheet function. */
export interface SheetParam {
  name: string;
  description: string;
  type: "number" | "string" | "boolean" | "any";
  /** Takes a range (2-D array). */
  range?: boolean;
  optional?: boolean;
  /** Repeats: every further argument is one more of it (FORKLARING's `argumenter`). */
  repeating?: boolean;
  /** The calculator's input field the parameter fills (`"price.housing"`): the parameter table is the adapter, and error messages name the parameter for that field. */
  path?: string;
  /** How the cell is read for the calculator (one of the readers of `values.ts`); without one the cell is passed on as it is. An optional parameter's empty cell is left out. */
  read?: (v: SheetValue, name: string) => unknown;
}

/**
 * The calculator's input from a function's arguments, by its parameter table: each parameter with
 * a `path` is read (`read`) and set at its path; an optional parameter's empty cell is left out.
 * Field names are set as own properties (never an inherited name).
 *
 * @example
 * sheetInput([{ name: "dato", description: "", type: "any", path: "date" }], ["2024-03-01"]) //=> { date: "2024-03-01" }
 */
export function sheetInput(params: readonly SheetParam[], args: readonly SheetValue[]): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  params.forEach((p, i) => {
    if (p.path === undefined) return;
    const cell = args[i];
    if (p.optional === true && isEmpty(cell as SheetValue)) return;
    const value = p.read ? p.read(cell as SheetValue, p.name) : cell;
    if (value === undefined) return;
    const parts = p.path.split(".");
    let at = input;
    for (const part of parts.slice(0, -1)) {
      if (!Object.hasOwn(at, part)) Object.defineProperty(at, part, { value: {}, enumerable: true, writable: true, configurable: true });
      at = at[part] as Record<string, unknown>;
    }
    Object.defineProperty(at, parts[parts.length - 1] as string, { value, enumerable: true, writable: true, configurable: true });
  });
  return input;
}

/**
 * The parameter names by calculator field, from the parameter table (and any `extra` names for a
 * field no single parameter fills): what the doors rename a refusal's fields with.
 *
 * @example
 * sheetNames([{ name: "dato", description: "", type: "any", path: "date" }]) //=> { date: "dato" }
 */
export function sheetNames(params: readonly SheetParam[], extra: Readonly<Record<string, string>> = {}): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of params) if (p.path !== undefined) out[p.path] = p.name;
  return { ...out, ...extra };
}

/** What a door adds to every call: rate rows bound once (HyperFormula's `registerHyperFormula(module, { rates })`). */
export interface SheetContext {
  bound: BoundRates;
  /** The workbook's own service levels, named by a function's `serviceniveau` (`registerHyperFormula(module, { serviceLevels })`). */
  levels?: readonly ServiceLevel[];
}

export const SATSER: SheetParam = { name: "satser", description: "Område med satser, som biblioteket mangler: tabel, fra, til, felt, værdi, kilde", type: "any", range: true, optional: true };

/**
 * The size of a table result, so a door that must know it before computing (HyperFormula)
 * reads it here: a fixed number of rows, one row per month of the asked period plus a header
 * (`"months"`), or the rows of an explanation (`"explanation"`).
 */
export interface SheetShape {
  columns: number;
  rows: number | "months" | "explanation";
}

/** What every door needs to declare a function: names, parameters, result and its shape. */
export interface SheetDeclaration {
  /** Danish name used in formulas, e.g. `"BPA.TILSKUD"`. */
  name: string;
  /** ASCII id (Excel custom-function id). */
  id: string;
  /** The name of the plain JavaScript export and of the Apps Script global, e.g. `"BPA_TILSKUD"`. */
  exportName: string;
  /** English alias. */
  english: string;
  description: string;
  params: SheetParam[];
  /** `"table"` functions return a 2-D array that spills. */
  result: "number" | "table" | "text";
  /** For a table: its columns and rows. */
  shape?: SheetShape;
  /** What the cell holds, in Danish (for the Apps Script and Excel docs), e.g. "Antal døgn". */
  returns?: string;
}

/** One spreadsheet function: its names, parameters and the calculator call it wraps. */
export interface SheetFunction extends SheetDeclaration {
  /** Calculator field → parameter name, so error messages use the sheet's words. */
  names: Record<string, string>;
  /** Converts the arguments, calls the calculator, returns the cell value and the explanation. */
  run(args: readonly SheetValue[], ctx?: SheetContext): { value: SheetResult; explanation: Step[] };
}

export const num = (s: string) => Number(s);
export const opt = /* @__NO_SIDE_EFFECTS__ */ (v: SheetValue) => (isEmpty(v) ? undefined : v);


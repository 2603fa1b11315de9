import type * as z from "zod/mini";
import type { BoundRates } from "./rates.js";
import type { Words } from "./explain.js";
import type { IssueWords } from "./issue-templates.js";

/** How a public function is bound by `withRates` / `withServiceLevel`. */
export interface Binding {
  /** The form that takes rate rows bound once (`withRates`): the function with the bound rows as its second argument. */
  readonly rates?: (input: never, rates: BoundRates, ...rest: never[]) => unknown;
  /** The input field a bound service level fills when the call names none (`withServiceLevel`); for BPA settlement, `grant` (its `servicePreset`). */
  readonly level?: "preset" | "servicePreset" | "grant";
}

/** A rate table a module ships, with the schema of a row's value (what `withRates` checks caller rows by). */
export interface ModuleTable {
  readonly spec: { readonly name: string };
  readonly value: z.core.$ZodType;
}

/**
 * One module (a folder under `src/`) as it declares itself, once: its public functions, its
 * words (every rule id with meaning, Danish and English templates), how each function is bound
 * by `withRates` and `withServiceLevel`, its rate tables and its spreadsheet functions. The one
 * list of modules, `MODULES` (`src/modules.ts`), gathers them; the catalogue of rule ids, the
 * bound calculators, the README's tables, the mutation groups and the tests' lists of public
 * functions are derived from it.
 */
export interface ModuleManifest {
  /** The folder, e.g. `"extra-cost"`. */
  readonly name: string;
  /** What it computes, for the README, e.g. `"§ 100 extra costs"`. */
  readonly title: string;
  /** Its public functions by their exported names. */
  readonly functions: Readonly<Record<string, (...args: never[]) => unknown>>;
  /** Its words. */
  readonly words: Words;
  /** How `withRates` / `withServiceLevel` bind each function (a function not named is passed on as it is). */
  readonly bind?: Readonly<Record<string, Binding>>;
  /** The rate tables it ships (a function, so the manifest stays plain frozen data). */
  readonly tables?: () => readonly ModuleTable[];
  /** One valid call of each public function, as its arguments: the fuzz, time-zone and module tests run them. */
  readonly examples?: Readonly<Record<string, readonly unknown[]>>;
  /** The messages of its checks, in every language (see `defineWords`): the catalogue a door renders an issue's words from. */
  readonly messages?: Readonly<Record<string, IssueWords>>;
  /**
   * Its spreadsheet functions: a declaration as data (its parameter table: each parameter's sheet
   * name, the input field it fills and how its cell is read; the function it calls and the result
   * field the cell shows), from which every door builds the function; or the id of one written in
   * the spreadsheet layer (a table result or a name/value range).
   */
  readonly sheet?: readonly (string | SheetSpec)[];
}

/** How a cell is read for a calculator (see `src/spreadsheet/readers.ts`): by name, or one of a list of words (Danish or the library's own) mapped to the library's word, with the Danish list the refusal shows. */
export type SheetReader = "amount" | "amounts" | "date" | "month" | "time" | "bool" | "level" | "text" | "lower" | "paragraph" | { readonly words: Readonly<Record<string, string>>; readonly list: string };

/** One parameter of a spreadsheet function, as data: its sheet name, what it is, the calculator's input field it fills and how its cell is read. `"satser"` is the workbook's own rate rows (the range every door knows). */
export type SheetParamSpec =
  | "satser"
  | {
      readonly name: string;
      readonly description: string;
      readonly type: "number" | "string" | "boolean" | "any";
      readonly optional?: boolean;
      readonly range?: boolean;
      readonly path: string;
      readonly read?: SheetReader;
    };

/** A spreadsheet function as data (see {@link ModuleManifest.sheet}). */
export interface SheetSpec {
  /** The Danish name in formulas, e.g. `"OPHOLD.DØGN"`. */
  readonly name: string;
  /** The ASCII id (Excel custom-function id); the name unless given. */
  readonly id?: string;
  /** The plain export and Apps Script global; the id with `_` for `.` unless given. */
  readonly exportName?: string;
  /** The English alias. */
  readonly english: string;
  readonly description: string;
  /** The module function it calls (with the workbook's rate rows when it has a `satser` parameter). */
  readonly calls: string;
  readonly params: readonly SheetParamSpec[];
  readonly result: "number" | "text";
  /** The result field the cell shows, e.g. `"monthlyAmount"`. */
  readonly value: string;
  /** What the cell holds, in Danish. */
  readonly returns?: string;
  /** Names for input fields no single parameter fills (`price` → `"pris_bolig/pris_service"`). */
  readonly names?: Readonly<Record<string, string>>;
}

/**
 * Declares a module (identity: the manifest is plain data; the function only checks its shape).
 *
 * @example
 * export const MODULE = defineModule({ name: "pension", title: "State pension age", functions: { statePensionAge }, words: WORDS });
 */
/* @__NO_SIDE_EFFECTS__ */
export function defineModule<const M extends ModuleManifest>(manifest: M): M {
  return manifest;
}

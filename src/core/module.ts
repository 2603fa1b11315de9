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
  /** The ids of its spreadsheet functions (`src/spreadsheet/registry.ts`). */
  readonly sheet?: readonly string[];
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

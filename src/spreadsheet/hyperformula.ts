import { SERVICE_LEVEL_ISSUES } from "../service-levels/messages.js";
import type * as HF from "hyperformula";
import { findSheetFunction, SHEET_DECLARATIONS, unknownFunction, type SheetDeclaration, type SheetFunction } from "./registry.js";
import { SheetError, type SheetErrorCode, type SheetResult, type SheetValue } from "./values.js";
import { invoke } from "./invoke.js";
import type { SheetContext } from "./registry.js";
import { NO_BOUND_RATES } from "../core/rates.js";
import { bindRates, type RatesInput } from "../rates/with-rates.js";
import { InputError, issue, underPath, type InputIssue } from "../core/errors.js";
import type { ServiceLevel } from "../service-levels/schema.js";
import { parseOwnServiceLevel } from "../service-levels/index.js";

/** The rates given at the last registration (a module-level setting of the door, as HyperFormula's plugin registry is global). */
let hfContext: SheetContext = { bound: NO_BOUND_RATES };

/** HyperFormula's error types and the cell codes they show. */
const HF_TO_CODE: Record<string, SheetErrorCode> = { DIV_BY_ZERO: "#DIV/0!", NAME: "#NAME?", VALUE: "#VALUE!", NUM: "#NUM!", NA: "#N/A", REF: "#REF!", ERROR: "#ERROR!", CYCLE: "#ERROR!", SPILL: "#ERROR!", LIC: "#ERROR!" };
const CODE_TO_HF: Record<string, string> = { "#DIV/0!": "DIV_BY_ZERO", "#NAME?": "NAME", "#VALUE!": "VALUE", "#NUM!": "NUM", "#N/A": "NA", "#REF!": "REF", "#NULL!": "ERROR", "#ERROR!": "ERROR" };
import { monthIndex, monthProblem } from "../core/period.js";
import { serialToTime, sheetMonth } from "./values.js";
import { dateAtWallClock } from "../core/time.js";

/** Rows FORKLARING spills in HyperFormula (it must know the size before computing; padded with "").
 *
 * @example
 * // =FORKLARING("MERUDGIFT"; A1; B1) spills HF_EXPLANATION_ROWS rows, the unused ones ""
 */
export const HF_EXPLANATION_ROWS = 40;
/** Rows LEDSAGE spills in HyperFormula when its months are not literals in the formula (header + 120 months; a longer ledger is cut with "… N linjer mere").
 *
 * @example
 * // =LEDSAGE(A2:B9; C1; D1) spills HF_LEDGER_FALLBACK_ROWS rows, whatever C1 and D1 hold
 */
export const HF_LEDGER_FALLBACK_ROWS = 121;

type HyperFormulaModule = Pick<typeof HF, "FunctionPlugin" | "FunctionArgumentType" | "SimpleRangeValue" | "ArraySize" | "CellError" | "ErrorType" | "HyperFormula">;

/**
 * The parts of the `hyperformula` module the plugin uses, described without importing its
 * types, so code that never uses HyperFormula type-checks without it installed.
 */
export interface HyperFormulaModuleLike {
  FunctionPlugin: unknown;
  FunctionArgumentType: unknown;
  SimpleRangeValue: unknown;
  ArraySize: unknown;
  CellError: unknown;
  ErrorType: unknown;
  HyperFormula: unknown;
}

/**
 * Registers every servicelov spreadsheet function in HyperFormula, with Danish names and
 * English aliases (translations for `enGB` and `daDK`). Pass the `hyperformula` module, so this
 * library itself never imports it (an optional peer dependency, GPL-3.0 or commercial).
 * Bad input gives a `CellError` (`#VALUE!`, or `#N/A` for a rate that was not found) with the
 * message; LEDSAGE, BPA.SPECIFIKATION and FORKLARING return arrays that spill.
 *
 * @example
 * import * as hf from "hyperformula";
 * registerHyperFormula(hf);
 * const sheet = hf.HyperFormula.buildFromArray([[1800, "2024-03-01", "=MERUDGIFT(A1, B1)"]], { licenseKey: "gpl-v3" });
 * sheet.getCellValue({ sheet: 0, row: 0, col: 2 }) //=> 2277
 *
 * Rates the library lacks can be given once, for every workbook: `registerHyperFormula(hf, {
 * rates })` with the same shape as `withRates` (a `satser` range in a formula still wins for the
 * tables it gives). Calling it again replaces the rates.
 *
 * A municipality's own service levels are given the same way, once per workbook:
 * `registerHyperFormula(hf, { serviceLevels: [aarhus2026] })` (each document as
 * `withServiceLevel` takes it); a function's `serviceniveau` argument names one
 * (`=SAGSFRIST(100; A1; "aarhus-2026")`). In any door, a cell holding the whole document as JSON
 * text can be given as `serviceniveau` instead.
 *
 * The order of registration does not matter: the names are added to every language registered
 * before, and to a language registered after (e.g. `HyperFormula.registerLanguage("daDK", daDK)`,
 * so `=MERUDGIFT(A1;B1)` works in a Danish workbook either way).
 *
 * A table cut to the fixed size HyperFormula must know before computing says so in its last
 * row: `"… 153 linjer mere"`.
 */
export function registerHyperFormula(module: HyperFormulaModuleLike, options: { rates?: RatesInput; serviceLevels?: readonly unknown[] } = {}): void {
  hfContext = { bound: options.rates === undefined ? NO_BOUND_RATES : bindRates(options.rates), levels: serviceLevelsOf(options.serviceLevels) };
  const hf = module as unknown as HyperFormulaModule;
  const { HyperFormula } = hf;
  // The names are the same in every language: the Danish name and the English alias.
  const names: Record<string, string> = {};
  for (const d of SHEET_DECLARATIONS) {
    names[d.id] = d.name;
    names[d.english] = d.english;
  }
  addToLanguagesRegisteredLater(HyperFormula, names);
  // Registering again replaces the plugin (its functions read the new rates) and names every
  // language registered since.
  const plugin = servicelovPlugin(hf);
  const translations = Object.fromEntries(HyperFormula.getRegisteredLanguagesCodes().map((code) => [code, names]));
  HyperFormula.registerFunctionPlugin(plugin as never, translations as never);
}

/** The workbook's own service-level documents, each validated once (every problem of every document at once, paths prefixed `serviceLevels[i]`). */
function serviceLevelsOf(docs: readonly unknown[] | undefined): ServiceLevel[] {
  if (docs === undefined) return [];
  if (!Array.isArray(docs)) throw new InputError([issue("serviceLevels", SERVICE_LEVEL_ISSUES.levels)]);
  const out: ServiceLevel[] = [];
  const problems: InputIssue[] = [];
  docs.forEach((d, i) => {
    try {
      out.push(parseOwnServiceLevel(d));
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      problems.push(...underPath(e.issues, `serviceLevels[${i}]`));
    }
  });
  const names = out.map((l) => l.name);
  names.forEach((n, i) => {
    if (names.indexOf(n) !== i) problems.push(issue(`serviceLevels[${i}].name`, SERVICE_LEVEL_ISSUES.sameName, { name: n }));
  });
  if (problems.length > 0) throw new InputError(problems);
  return out;
}

type HyperFormulaClass = HyperFormulaModule["HyperFormula"];

/** Adds the function names to one registered language (adding them again changes nothing). */
function addNames(HyperFormula: HyperFormulaClass, code: string, names: Record<string, string>): void {
  (HyperFormula.getLanguage(code) as unknown as { extendFunctions(names: Record<string, string>): void }).extendFunctions(names);
}

const WRAPPED = /* @__PURE__ */ Symbol.for("servicelov.registerLanguage");

/** Wraps `HyperFormula.registerLanguage` once, so a language registered after the plugin gets its names too. */
function addToLanguagesRegisteredLater(HyperFormula: HyperFormulaClass, names: Record<string, string>): void {
  const cls = HyperFormula as unknown as Record<PropertyKey, unknown> & { registerLanguage(code: string, pack: unknown): void };
  if (cls[WRAPPED] === true) return;
  const original = cls.registerLanguage;
  cls.registerLanguage = function registerLanguage(this: unknown, code: string, pack: unknown) {
    original.call(this, code, pack);
    addNames(HyperFormula, code, names);
  };
  cls[WRAPPED] = true;
}

/**
 * A table cut to `rows`: padded with empty cells when shorter; when longer, its last row says
 * how many lines were left out, so a cut result never looks whole.
 *
 * @example
 * fit([["a"], ["b"], ["c"]], 2, 2) //=> [["a", ""], ["… 2 linjer mere", ""]]
 */
export function fit(table: readonly (readonly (string | number | boolean)[])[], rows: number, width: number): (string | number | boolean)[][] {
  const padded = table.map((row) => [...row, ...Array<string>(Math.max(0, width - row.length)).fill("")]);
  if (padded.length > rows) {
    const left = padded.length - rows + 1;
    // At least two lines are left out: the one the marker replaces and one more.
    return [...padded.slice(0, rows - 1), [`… ${left} linjer mere`, ...Array<string>(width - 1).fill("")]];
  }
  while (padded.length < rows) padded.push(Array<string>(width).fill(""));
  return padded;
}

/** The HyperFormula function plugin: one method per declaration, its size read from the declaration's shape. */
function servicelovPlugin(hf: HyperFormulaModule): unknown {
  const { FunctionPlugin, FunctionArgumentType, SimpleRangeValue, ArraySize, CellError } = hf;

  const toSheet = (v: unknown): SheetValue => {
    if (v instanceof SimpleRangeValue) return v.rawData().map((row) => row.map(toSheet) as SheetValue[]) as SheetValue[][];
    // An error value passed in is passed on, never dropped.
    if (v instanceof CellError) return new SheetError(HF_TO_CODE[v.type] ?? "#ERROR!", v.message ?? "");
    if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
    if (v !== null && typeof v === "object" && "val" in v && typeof (v as { val: unknown }).val === "number") {
      // A cell HyperFormula typed as a date (or date-time) is a date, never an amount: it is
      // passed on as the instant of that Copenhagen wall-clock time, so an amount range refuses
      // it as the JavaScript door refuses a Date, and a date parameter reads the same day.
      const type = (v as { getDetailedType?: () => string }).getDetailedType?.();
      const serial = (v as { val: number }).val;
      if (type === "NUMBER_DATE" || type === "NUMBER_DATETIME") return serialDate(serial);
      // A time of day alone (12:00) is neither an amount nor a date in any servicelov function.
      if (type === "NUMBER_TIME") return new SheetError("#VALUE!", "en celle med et klokkeslæt alene er hverken et beløb eller en dato; skriv dato og klokkeslæt, eller et beløb");
      return serial;
    }
    return undefined;
  };
  const toCell = (r: SheetResult | SheetError, shape?: { rows: number; columns: number }) => {
    if (r instanceof SheetError) return new CellError((CODE_TO_HF[r.code] ?? "VALUE") as never, r.message);
    // Every table function declares a shape (registry.test.ts), so a table always has one here.
    if (Array.isArray(r)) return SimpleRangeValue.onlyValues(fit(r, (shape as { rows: number }).rows, (shape as { columns: number }).columns));
    return r;
  };
  const parameters = (d: SheetDeclaration) =>
    // passSubtype: a date-typed cell keeps its type (HyperFormula would otherwise hand over its bare serial number, read as money).
    d.params.map((p) => ({ argumentType: p.range ? FunctionArgumentType.RANGE : p.repeating ? FunctionArgumentType.ANY : FunctionArgumentType.SCALAR, passSubtype: true, ...(p.optional ? { optionalArg: true } : {}) }));

  class ServicelovPlugin extends FunctionPlugin {
    /** The rows a declaration's table spills for this call. */
    rows(d: SheetDeclaration, ast: { args: unknown[] }, state: unknown): number {
      const rows = d.shape?.rows;
      if (typeof rows === "number") return rows;
      if (rows === "explanation") return HF_EXPLANATION_ROWS;
      return this.ledgerRows(ast);
    }
    compute(d: SheetDeclaration, ast: { args: unknown[] }, state: unknown) {
      // Stryker disable next-line StringLiteral: runFunction does not read the method name
      const metadata = { method: "x", parameters: parameters(d), ...(d.params.some((p) => p.repeating) ? { repeatLastArgs: 1 } : {}) };
      const shape = d.shape === undefined ? undefined : { rows: this.rows(d, ast, state), columns: d.shape.columns };
      return this.runFunction(ast.args as never, state as never, metadata as never, (...args: unknown[]) => {
        if (d.id !== "FORKLARING") return toCell(invoke(d as SheetFunction, args.map(toSheet), "value", hfContext), shape);
        const [name, ...rest] = args.map(toSheet);
        if (name instanceof SheetError) return toCell(name);
        const f = findSheetFunction(name);
        if (!f) return toCell(new SheetError("#VALUE!", unknownFunction()));
        return toCell(invoke(f, rest, "explanation", hfContext), shape);
      });
    }
    ledgerRows(ast: { args: unknown[] }): number {
      const [, from, to] = ast.args.map((a) => this.literal(a));
      if ((typeof from === "string" || typeof from === "number") && (typeof to === "string" || typeof to === "number") && !monthProblem(safeMonth(from)) && !monthProblem(safeMonth(to))) {
        return Math.min(HF_LEDGER_FALLBACK_ROWS * 5, Math.max(1, monthIndex(safeMonth(to)) - monthIndex(safeMonth(from)) + 2));
      }
      return HF_LEDGER_FALLBACK_ROWS;
    }
    /**
     * A literal argument's value (text or number written in the formula). A cell reference is not
     * read: HyperFormula fixes an array's size when the formula is written, and a month cell
     * edited later could not resize it (HyperFormula would throw "Resizing to smaller array" out
     * of the host's edit), so only what cannot change without rewriting the formula sizes it.
     */
    literal(a: unknown): unknown {
      const node = a as { type?: string; value?: unknown };
      if (node?.type === "STRING" || node?.type === "NUMBER") return node.value;
      return undefined;
    }
  }
  const proto = ServicelovPlugin.prototype as unknown as Record<string, unknown>;
  const implemented: Record<string, unknown> = {};
  const aliases: Record<string, string> = {};
  for (const d of SHEET_DECLARATIONS) {
    const method = `fn_${d.exportName}`;
    const sizeMethod = `${method}_size`;
    proto[method] = function (this: ServicelovPlugin, ast: { args: unknown[] }, state: unknown) {
      return this.compute(d, ast, state);
    };
    if (d.shape !== undefined) {
      const columns = d.shape.columns;
      proto[sizeMethod] = function (this: ServicelovPlugin, ast: { args: unknown[] }, state: unknown) {
        return new ArraySize(columns, this.rows(d, ast, state));
      };
    }
    implemented[d.id] = {
      method,
      parameters: parameters(d),
      // Stryker disable next-line all: HyperFormula runs the call with the metadata compute() passes (tested: FORKLARING with 4 arguments); this entry declares the function
      ...(d.params.some((p) => p.repeating) ? { repeatLastArgs: 1 } : {}),
      // Stryker disable next-line BooleanLiteral: a range given for a table function's single value is an error cell either way (tested)
      ...(d.shape !== undefined ? { sizeOfResultArrayMethod: sizeMethod, vectorizationForbidden: true } : {}),
    };
    aliases[d.english] = d.id;
  }
  (ServicelovPlugin as unknown as { implementedFunctions: unknown }).implementedFunctions = implemented;
  (ServicelovPlugin as unknown as { aliases: unknown }).aliases = aliases;
  return ServicelovPlugin;
}

/** A date-typed cell as a Date at its Copenhagen wall-clock time; a serial outside the calendar stays a number (refused by the reader with its own message). */
function serialDate(serial: number): SheetValue {
  let wall: string;
  try {
    wall = serialToTime(serial, "");
  } catch {
    return serial;
  }
  const [y, mo, d, h, mi] = wall.split(/[-T:]/).map(Number) as [number, number, number, number, number];
  return dateAtWallClock({ year: y, month: mo, day: d, hour: h, minute: mi });
}

function safeMonth(v: string | number): string {
  try {
    return sheetMonth(v, "");
  } catch {
    return "";
  }
}

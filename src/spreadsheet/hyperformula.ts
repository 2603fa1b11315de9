import type * as HF from "hyperformula";
import { findSheetFunction, SHEET_FUNCTIONS, type SheetFunction } from "./registry.js";
import { SheetError, type SheetErrorCode, type SheetResult, type SheetValue } from "./values.js";
import { invoke } from "./invoke.js";
import type { SheetContext } from "./registry.js";
import { NO_BOUND_RATES } from "../core/rates.js";
import { bindRates, type RatesInput } from "../rates/with-rates.js";

/** The rates given at the last registration (a module-level setting of the door, as HyperFormula's plugin registry is global). */
let hfContext: SheetContext = { bound: NO_BOUND_RATES };

/** HyperFormula's error types and the cell codes they show. */
const HF_TO_CODE: Record<string, SheetErrorCode> = { DIV_BY_ZERO: "#DIV/0!", NAME: "#NAME?", VALUE: "#VALUE!", NUM: "#NUM!", NA: "#N/A", REF: "#REF!", ERROR: "#ERROR!", CYCLE: "#ERROR!", SPILL: "#ERROR!", LIC: "#ERROR!" };
const CODE_TO_HF: Record<string, string> = { "#DIV/0!": "DIV_BY_ZERO", "#NAME?": "NAME", "#VALUE!": "VALUE", "#NUM!": "NUM", "#N/A": "NA", "#REF!": "REF", "#NULL!": "ERROR", "#ERROR!": "ERROR" };
import { monthIndex, monthProblem } from "../core/period.js";
import { sheetMonth } from "./values.js";

/** Rows FORKLARING spills in HyperFormula (it must know the size before computing; padded with "").
 *
 * @example
 * // =FORKLARING("MERUDGIFT"; A1; B1) spills HF_EXPLANATION_ROWS rows, the unused ones ""
 */
export const HF_EXPLANATION_ROWS = 40;
/** Rows LEDSAGE spills in HyperFormula when its months are not plain values (header + 120 months).
 *
 * @example
 * // =LEDSAGE(A2:B9; C1; D1) where C1/D1 hold formulas spills HF_LEDGER_FALLBACK_ROWS rows
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
 */
export function registerHyperFormula(module: HyperFormulaModuleLike, options: { rates?: RatesInput } = {}): void {
  hfContext = { bound: options.rates === undefined ? NO_BOUND_RATES : bindRates(options.rates) };
  const hf = module as unknown as HyperFormulaModule;
  const { FunctionPlugin, FunctionArgumentType, SimpleRangeValue, ArraySize, CellError, ErrorType, HyperFormula } = hf;
  const functions = [...SHEET_FUNCTIONS, { name: "FORKLARING", id: "FORKLARING", english: "EXPLAIN", result: "table" } as const];
  if (HyperFormula.getRegisteredFunctionNames("enGB").includes("MERUDGIFT")) return;

  const toSheet = (v: unknown): SheetValue => {
    if (v instanceof SimpleRangeValue) return v.rawData().map((row) => row.map(toSheet) as SheetValue[]) as SheetValue[][];
    // An error value passed in is passed on, never dropped.
    if (v instanceof CellError) return new SheetError(HF_TO_CODE[v.type] ?? "#ERROR!", v.message ?? "");
    if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
    if (v !== null && typeof v === "object" && "val" in v && typeof (v as { val: unknown }).val === "number") return (v as { val: number }).val;
    return undefined;
  };
  const toCell = (r: SheetResult | SheetError, rows?: number) => {
    if (r instanceof SheetError) return new CellError((CODE_TO_HF[r.code] ?? "VALUE") as never, r.message);
    if (Array.isArray(r)) {
      const width = Math.max(...r.map((row) => row.length));
      const padded = r.map((row) => [...row, ...Array<string>(width - row.length).fill("")]);
      while (rows !== undefined && padded.length < rows) padded.push(Array<string>(width).fill(""));
      return SimpleRangeValue.onlyValues(rows === undefined ? padded : padded.slice(0, rows));
    }
    return r;
  };

  class ServicelovPlugin extends FunctionPlugin {
    call(name: string, ast: { args: unknown[] }, state: unknown, rows?: number) {
      const f = findSheetFunction(name) as SheetFunction;
      const params = f.params.map((p) => ({ argumentType: p.range ? FunctionArgumentType.RANGE : FunctionArgumentType.SCALAR, optionalArg: p.optional === true }));
      const metadata = { method: "x", parameters: params };
      return this.runFunction(ast.args as never, state as never, metadata as never, (...args: unknown[]) => {
        return toCell(invoke(f, args.map(toSheet), "value", hfContext), rows);
      });
    }
    ledgerRows(ast: { args: unknown[] }, state?: unknown): number {
      const [, from, to] = ast.args.map((a) => this.literal(a, state));
      if ((typeof from === "string" || typeof from === "number") && (typeof to === "string" || typeof to === "number") && !monthProblem(safeMonth(from)) && !monthProblem(safeMonth(to))) {
        return Math.min(HF_LEDGER_FALLBACK_ROWS * 5, Math.max(1, monthIndex(safeMonth(to)) - monthIndex(safeMonth(from)) + 2));
      }
      return HF_LEDGER_FALLBACK_ROWS;
    }
    /** A literal argument's value, or the value of a plain cell it references (sizes are fixed before evaluation). */
    literal(a: unknown, state?: unknown): unknown {
      const node = a as { type?: string; value?: unknown; reference?: { toSimpleCellAddress(base: unknown): unknown } };
      if (node?.type === "STRING" || node?.type === "NUMBER") return node.value;
      const base = (state as { formulaAddress?: unknown } | undefined)?.formulaAddress;
      if (node?.type === "CELL_REFERENCE" && node.reference && base) {
        try {
          const graph = (this as unknown as { dependencyGraph: { getCellValue(addr: unknown): unknown } }).dependencyGraph;
          const v = graph.getCellValue(node.reference.toSimpleCellAddress(base));
          return typeof v === "string" || typeof v === "number" ? v : undefined;
        } catch {
          return undefined;
        }
      }
      return undefined;
    }
    explain(ast: { args: unknown[] }, state: unknown) {
      const metadata = { method: "x", parameters: [{ argumentType: FunctionArgumentType.SCALAR }, { argumentType: FunctionArgumentType.ANY }], repeatLastArgs: 1 };
      return this.runFunction(ast.args as never, state as never, metadata as never, (name: unknown, ...args: unknown[]) => {
        const fname = toSheet(name);
        if (fname instanceof SheetError) return toCell(fname);
        const f = findSheetFunction(fname);
        if (!f) return new CellError(ErrorType.VALUE, `funktion must be one of ${SHEET_FUNCTIONS.map((x) => x.name).join(", ")}`);
        return toCell(invoke(f, args.map(toSheet), "explanation", hfContext), HF_EXPLANATION_ROWS);
      });
    }
  }
  const proto = ServicelovPlugin.prototype as unknown as Record<string, unknown>;
  const implemented: Record<string, unknown> = {};
  const enGB: Record<string, string> = {};
  const daDK: Record<string, string> = {};
  for (const f of functions) {
    const method = `fn_${f.id.replace(/\./g, "_")}`;
    const sizeMethod = `${method}_size`;
    if (f.id === "FORKLARING") {
      proto[method] = function (this: ServicelovPlugin, ast: { args: unknown[] }, state: unknown) {
        return this.explain(ast, state);
      };
      proto[sizeMethod] = () => new ArraySize(1, HF_EXPLANATION_ROWS);
    } else {
      const sf = f as SheetFunction;
      const fixedRows = sf.id === "BPA.SPECIFIKATION" ? 11 : undefined;
      proto[method] = function (this: ServicelovPlugin, ast: { args: unknown[] }, state: unknown) {
        const rows = sf.id === "LEDSAGE" ? this.ledgerRows(ast) : fixedRows;
        return this.call(sf.id, ast, state, sf.id === "LEDSAGE" ? this.ledgerRows(ast, state) : rows);
      };
      if (sf.result === "table") {
        proto[sizeMethod] = function (this: ServicelovPlugin, ast: { args: unknown[] }, state: unknown) {
          const rows = sf.id === "LEDSAGE" ? this.ledgerRows(ast, state) : (fixedRows as number);
          const cols = sf.id === "LEDSAGE" ? 6 : 2;
          return new ArraySize(cols, rows);
        };
      }
    }
    const sf = f as { name: string; id: string; english: string; result: string; params?: { range?: boolean; optional?: boolean }[] };
    implemented[sf.id] = {
      method,
      ...(sf.result === "table" ? { sizeOfResultArrayMethod: sizeMethod, vectorizationForbidden: true } : {}),
      ...(sf.id === "FORKLARING" ? { repeatLastArgs: 1, parameters: [{ argumentType: FunctionArgumentType.SCALAR }, { argumentType: FunctionArgumentType.ANY }] } : {}),
      ...(sf.params ? { parameters: sf.params.map((p) => ({ argumentType: p.range ? FunctionArgumentType.RANGE : FunctionArgumentType.SCALAR, optionalArg: p.optional === true })) } : {}),
    };
    enGB[sf.id] = sf.name;
    daDK[sf.id] = sf.name;
  }
  (ServicelovPlugin as unknown as { implementedFunctions: unknown }).implementedFunctions = implemented;
  const aliases: Record<string, string> = {};
  for (const f of functions) {
    aliases[f.english] = f.id;
    enGB[f.english] = f.english;
    daDK[f.english] = f.english;
  }
  (ServicelovPlugin as unknown as { aliases: unknown }).aliases = aliases;
  HyperFormula.registerFunctionPlugin(ServicelovPlugin as never, { enGB, daDK } as never);
}

function safeMonth(v: string | number): string {
  try {
    return sheetMonth(v, "");
  } catch {
    return "";
  }
}

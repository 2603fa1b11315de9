// A spreadsheet function built from a module's declaration (data in its manifest): the parameter
// table reads the cells, the module's function computes (with the workbook's rate rows when the
// declaration has a `satser` parameter), and the declared result field fills the cell.
import type { ModuleManifest, SheetSpec } from "../core/module.js";
import { NO_BOUND_RATES, type BoundRates } from "../core/rates.js";
import type { Step } from "../core/explain.js";
import { readerOf } from "./readers.js";
import { satserBound } from "./satser.js";
import { SATSER, sheetInput, sheetNames, type SheetFunction, type SheetParam } from "./sheet-types.js";
import type { SheetValue } from "./values.js";

type Calculator = (input: never, rates?: BoundRates) => Record<string, unknown> & { explanation: Step[] };

/**
 * The spreadsheet function a module declares as data.
 *
 * @example
 * sheetFromSpec(MODULE.sheet[0], MODULE).run([1800, "2024-03-01"]).value //=> 2277
 */
export function sheetFromSpec(spec: SheetSpec, module: ModuleManifest): SheetFunction {
  const params: SheetParam[] = spec.params.map((p) => (p === "satser" ? SATSER : { name: p.name, description: p.description, type: p.type, ...(p.optional ? { optional: true } : {}), ...(p.range ? { range: true } : {}), path: p.path, ...(p.read === undefined ? {} : { read: readerOf(p.read) }) }));
  const satser = spec.params.indexOf("satser");
  const plain = module.functions[spec.calls] as unknown as Calculator | undefined;
  const withRows = module.bind?.[spec.calls]?.rates as unknown as Calculator | undefined;
  if (plain === undefined) throw new Error(`${module.name}: the sheet function ${spec.name} calls ${spec.calls}, which the module does not have`);
  const id = spec.id ?? spec.name;
  return {
    name: spec.name,
    id,
    exportName: spec.exportName ?? id.replace(/\./g, "_"),
    english: spec.english,
    description: spec.description,
    params,
    result: spec.result,
    ...(spec.returns === undefined ? {} : { returns: spec.returns }),
    names: sheetNames(params, spec.names),
    run(args, ctx) {
      const input = sheetInput(params, args) as never;
      const r = satser >= 0 && withRows !== undefined ? withRows(input, satserBound(args[satser] as SheetValue, ctx?.bound ?? NO_BOUND_RATES)) : plain(input);
      const v = r[spec.value];
      return { value: spec.result === "number" ? Number(v) : (v as string), explanation: r.explanation };
    },
  };
}

import { deepFreeze } from "../core/freeze.js";
import { type SheetValue } from "./values.js";

import { type SheetDeclaration, type SheetFunction } from "./sheet-types.js";
import { LEDSAGE } from "./sheets/escort.js";
import { BPA_SPECIFIKATION, BPA_TILSKUD } from "./sheets/bpa.js";
import { ARBEJDSDAGE_LAEG_TIL } from "./sheets/dates.js";
import { sheetFromSpec } from "./from-spec.js";
import { MODULES } from "../modules.js";
import type { ModuleManifest } from "../core/module.js";

export type { SheetContext, SheetDeclaration, SheetFunction, SheetParam, SheetShape } from "./sheet-types.js";

/** The spreadsheet functions written in this layer (a table result, a name/value range, positional arguments), by id: a module names them in its manifest. */
const WRITTEN: readonly SheetFunction[] = [LEDSAGE, BPA_TILSKUD, BPA_SPECIFIKATION, ARBEJDSDAGE_LAEG_TIL];

function written(id: string, module: string): SheetFunction {
  const f = WRITTEN.find((w) => w.id === id);
  if (f === undefined) throw new Error(`${module}: the spreadsheet function ${id} is written nowhere in src/spreadsheet/sheets`);
  return f;
}

/** Every spreadsheet function except FORKLARING, which explains any of them: derived from the modules' manifests (MODULES), in their order.
 *
 * @example
 * SHEET_FUNCTIONS.map((f) => f.name) //=> ["MERUDGIFT", "LEDSAGE", "BPA.TILSKUD", …]
 */
export const SHEET_FUNCTIONS: readonly SheetFunction[] = /* @__PURE__ */ (() => deepFreeze(MODULES.flatMap((m: ModuleManifest) => (m.sheet ?? []).map((s) => (typeof s === "string" ? written(s, m.name) : sheetFromSpec(s, m))))))();


/** Finds a function by its Danish name, English alias or id (case-insensitive).
 *
 * @example
 * findSheetFunction("extracost")?.name //=> "MERUDGIFT"
 */
export function findSheetFunction(name: SheetValue): SheetFunction | undefined {
  if (typeof name !== "string") return undefined;
  const n = name.trim().toUpperCase();
  return SHEET_FUNCTIONS.find((f) => f.name === n || f.english === n || f.id === n);
}

/**
 * FORKLARING's declaration (it explains any function above, so it has no calculator of its own):
 * the one place the doors read its names and parameters from.
 *
 * @example
 * EXPLAIN_DECLARATION.params[1]?.repeating //=> true
 */
export const EXPLAIN_DECLARATION: SheetDeclaration = /* @__PURE__ */ deepFreeze({
  name: "FORKLARING",
  id: "FORKLARING",
  exportName: "FORKLARING",
  english: "EXPLAIN",
  description: 'Den danske forklaring bag en af funktionerne, én linje pr. række. Fx FORKLARING("MERUDGIFT"; B2; B3).',
  params: [
    { name: "funktion", description: 'Navnet på funktionen, fx "MERUDGIFT"', type: "string" },
    { name: "argumenter", description: "Funktionens argumenter, i samme rækkefølge", type: "any", repeating: true },
  ],
  result: "table",
  shape: { columns: 1, rows: "explanation" },
  returns: "Forklaringen, én linje pr. række",
});

/** Every function a door declares: the calculators and FORKLARING.
 *
 * @example
 * SHEET_DECLARATIONS.at(-1)?.name //=> "FORKLARING"
 */
export const SHEET_DECLARATIONS: readonly SheetDeclaration[] = /* @__PURE__ */ (() => deepFreeze([...SHEET_FUNCTIONS, EXPLAIN_DECLARATION]))();

/** A function by its export name (`"BPA_TILSKUD"`), for the plain JavaScript exports.
 *
 * @example
 * byExportName("OPHOLD_DOEGN").name //=> "OPHOLD.DØGN"
 */
export function byExportName(exportName: string): SheetFunction {
  const f = SHEET_FUNCTIONS.find((x) => x.exportName === exportName);
  if (f === undefined) throw new Error(`no spreadsheet function exports ${exportName}`);
  return f;
}

/** The Danish message for a function name FORKLARING does not know.
 *
 * @example
 * unknownFunction().startsWith("funktion skal være en af") //=> true
 */
export function unknownFunction(): string {
  return `funktion skal være en af: ${SHEET_FUNCTIONS.map((x) => x.name).join(", ")}`;
}

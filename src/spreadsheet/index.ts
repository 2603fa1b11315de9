/**
 * servicelov as spreadsheet functions: the plain functions (`MERUDGIFT`, `LEDSAGE`, …), the
 * registry the Excel and Google Sheets adapters are generated from, and the HyperFormula plugin.
 *
 * @packageDocumentation
 */
export { MERUDGIFT, LEDSAGE, BPA_TILSKUD, BPA_SPECIFIKATION, BOTILBUD_BETALING, OPHOLD_BETALING, OPHOLD_DOEGN, SAGSFRIST, KLAGEFRIST, FOLKEPENSIONSALDER, FOLKEPENSIONSDATO, ARBEJDSDAGE_LAEG_TIL, FORKLARING, sheetFunctions, type PlainSheetFunction } from "./functions.js";
export { SHEET_FUNCTIONS, SHEET_DECLARATIONS, EXPLAIN_DECLARATION, findSheetFunction, type SheetFunction, type SheetDeclaration, type SheetParam, type SheetShape } from "./registry.js";
export { BPA_PARAMETERS, BPA_PARAMETER_NAMES, bpaInputFromRange, type BpaSheetParameter } from "./bpa-range.js";
export { registerHyperFormula, HF_EXPLANATION_ROWS, HF_LEDGER_FALLBACK_ROWS, type HyperFormulaModuleLike } from "./hyperformula.js";
export { SheetError, serialToTime, type SheetValue, type SheetResult } from "./values.js";
export { callSheetFunction } from "./runtime.js";

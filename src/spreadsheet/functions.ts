import { deepFreeze } from "../core/freeze.js";
import { byExportName, findSheetFunction, SHEET_DECLARATIONS, unknownFunction } from "./registry.js";
import { SheetError, type SheetResult, type SheetValue } from "./values.js";
import { invoke, notSheetValues } from "./invoke.js";

/** A plain spreadsheet function: spreadsheet values in, a cell value or a {@link SheetError} out. */
export type PlainSheetFunction = (...args: SheetValue[]) => SheetResult | SheetError;

/** The plain function of the registry entry with this export name (by name, never by list position). */
/* @__NO_SIDE_EFFECTS__ */
function byExport(exportName: string): PlainSheetFunction {
  const known = made.get(exportName);
  if (known) return known;
  const f = byExportName(exportName);
  const fn: PlainSheetFunction = (...args) => invoke(f, args, "value");
  made.set(exportName, fn);
  return fn;
}
const made = /* @__PURE__ */ new Map<string, PlainSheetFunction>();

/**
 * `MERUDGIFT(udgifter_pr_md; dato; [dokumenteret]; [ordning])` — § 100 monthly amount.
 *
 * @example
 * MERUDGIFT(1800, 45352) //=> 2277   (1 March 2024 as an Excel serial number)
 */
export const MERUDGIFT: PlainSheetFunction = /* @__PURE__ */ byExport("MERUDGIFT");
/**
 * `LEDSAGE(forbrug; fra_md; til_md; [rækkefølge])` — § 97 ledger as a table with a header row.
 *
 * @example
 * LEDSAGE([["2024-04", 20]], "2024-01", "2024-04")[4] //=> ["2024-04", 15, 20, 0, 0, 40]
 */
export const LEDSAGE: PlainSheetFunction = /* @__PURE__ */ byExport("LEDSAGE");
/**
 * `BPA.TILSKUD(parametre)` — yearly BPA grant from a name/value range.
 *
 * @example
 * BPA_TILSKUD([["sektion", 96], ["dato", "2021-10-01"], ["lønforudsætning", "aarhus-lt11"], ["arbejdsgiver", "borger"], ["dagtimer", 40]])
 */
export const BPA_TILSKUD: PlainSheetFunction = /* @__PURE__ */ byExport("BPA_TILSKUD");
/** `BPA.SPECIFIKATION(parametre)` — the BPA grant by component, two columns.
 *
 * @example
 * BPA_SPECIFIKATION([["sektion", 96], ["dato", "2021-10-01"], ["lønforudsætning", "aarhus-lt11"], ["arbejdsgiver", "borger"], ["dagtimer", 40]])[0]
 * //=> ["Grundløn", 282048]
 */
export const BPA_SPECIFIKATION: PlainSheetFunction = /* @__PURE__ */ byExport("BPA_SPECIFIKATION");
/**
 * `BOTILBUD.BETALING(indtægt; pris_bolig; pris_service; godkendte_udgifter; rådighedsbeløb; [egen_bolig])` — § 107 payment.
 *
 * @example
 * BOTILBUD_BETALING(8000, 4000, 2900, [[196], [145], [140]], 2078) //=> 5441
 */
export const BOTILBUD_BETALING: PlainSheetFunction = /* @__PURE__ */ byExport("BOTILBUD_BETALING");
/**
 * `OPHOLD.BETALING(paragraf; ankomst; afrejse; [indtægt]; [optælling])` — §§ 109–110 amount.
 *
 * @example
 * OPHOLD_BETALING(109, "2024-03-01 14:00", "2024-03-03 13:00") //=> 194.6
 */
export const OPHOLD_BETALING: PlainSheetFunction = /* @__PURE__ */ byExport("OPHOLD_BETALING");
/** `OPHOLD.DØGN(paragraf; ankomst; afrejse; [indtægt]; [optælling])` — number of døgn.
 *
 * @example
 * OPHOLD_DOEGN(109, "2024-03-01 14:00", "2024-03-03 14:01") //=> 3
 */
export const OPHOLD_DOEGN: PlainSheetFunction = /* @__PURE__ */ byExport("OPHOLD_DOEGN");

/** `SAGSFRIST(paragraf; modtaget; [serviceniveau]; [uger])` — the processing deadline as `"YYYY-MM-DD"`.
 *
 * @example
 * SAGSFRIST(100, "2024-03-01", "albertslund-2018") //=> "2024-04-26"
 */
export const SAGSFRIST: PlainSheetFunction = /* @__PURE__ */ byExport("SAGSFRIST");
/** `KLAGEFRIST(modtaget)` — the appeal deadline as `"YYYY-MM-DD"`.
 *
 * @example
 * KLAGEFRIST("2024-03-01") //=> "2024-04-02"
 */
export const KLAGEFRIST: PlainSheetFunction = /* @__PURE__ */ byExport("KLAGEFRIST");
/** `FOLKEPENSIONSALDER(fødselsdato)` — the age in years.
 *
 * @example
 * FOLKEPENSIONSALDER("1954-03-10") //=> 65.5
 */
export const FOLKEPENSIONSALDER: PlainSheetFunction = /* @__PURE__ */ byExport("FOLKEPENSIONSALDER");
/** `FOLKEPENSIONSDATO(fødselsdato)` — the date pension age is reached, `"YYYY-MM-DD"`.
 *
 * @example
 * FOLKEPENSIONSDATO("1954-03-10") //=> "2019-09-10"
 */
export const FOLKEPENSIONSDATO: PlainSheetFunction = /* @__PURE__ */ byExport("FOLKEPENSIONSDATO");
/** `ARBEJDSDAGE.LÆG.TIL(dato; antal)` — `antal` Danish working days after `dato`, `"YYYY-MM-DD"`.
 *
 * @example
 * ARBEJDSDAGE_LAEG_TIL("2024-03-27", 1) //=> "2024-04-02"
 */
export const ARBEJDSDAGE_LAEG_TIL: PlainSheetFunction = /* @__PURE__ */ byExport("ARBEJDSDAGE_LAEG_TIL");

/**
 * `FORKLARING(funktion; argumenter…)` — the Danish explanation of any function above, one line
 * per row (a vertical array that spills): `=FORKLARING("MERUDGIFT"; B2; B3)` gives the lines
 * behind `=MERUDGIFT(B2; B3)`.
 *
 * @example
 * FORKLARING("OPHOLD.DØGN", 109, "2024-03-01 14:00", "2024-03-03 13:00")[0]
 * //=> ["Ophold efter servicelovens § 109 (krisecenter) fra 2024-03-01 kl. 14:00 til … : 2 døgn, …"]
 */
export const FORKLARING: PlainSheetFunction = (name, ...args) => {
  if (name instanceof SheetError) return name;
  const bad = notSheetValues([name]);
  if (bad) return bad;
  const f = findSheetFunction(name);
  if (!f) return new SheetError("#VALUE!", unknownFunction());
  return invoke(f, args, "explanation");
};

/** Every plain spreadsheet function by its Danish formula name (incl. FORKLARING).
 *
 * @example
 * sheetFunctions["OPHOLD.DØGN"](110, "2024-05-01 12:00", "2024-05-11 12:00") //=> 10
 */
export const sheetFunctions: Readonly<Record<string, PlainSheetFunction>> = /* @__PURE__ */ (() => deepFreeze(Object.fromEntries(SHEET_DECLARATIONS.map((d) => [d.name, d.exportName === "FORKLARING" ? FORKLARING : byExport(d.exportName)]))))();

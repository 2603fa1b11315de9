// BOTILBUD.BETALING: § 107 in a sheet.
import { SHEET_ISSUES } from "../messages.js";
import { echo } from "../../core/errors.js";
import { residentialCarePayment } from "../../residential-care/index.js";
import { ArgumentError, isEmpty, sheetServiceLevel, looksLikeAmount, sheetAmount, sheetMoney, sheetMonth, type SheetValue } from "../values.js";

import { num, sheetInput, sheetNames, type SheetFunction, type SheetParam } from "../sheet-types.js";

/**
 * The amounts of a range: every number, and every text that is written as an amount
 * (`"145.00"`; `"145,00"` is refused by the library with the comma message); other texts are
 * the row's label. Any other cell (a boolean, a date) is refused, and so is a label with no
 * amount in its row — a cell is never skipped.
 */
function sumRange(v: SheetValue, name: string): { label: string; monthly: number | string }[] {
  if (isEmpty(v as SheetValue)) return [];
  if (!Array.isArray(v)) return [{ label: name, monthly: sheetAmount(v, name) }];
  const out: { label: string; monthly: number | string }[] = [];
  v.forEach((row, i) => {
    if (!Array.isArray(row)) throw new ArgumentError(name, SHEET_ISSUES.range);
    const label = row.find((c) => typeof c === "string" && c.trim() !== "" && !looksLikeAmount(c)) as string | undefined;
    const before = out.length;
    row.forEach((c, j) => {
      if (isEmpty(c) || c === label) return;
      if (typeof c === "number") out.push({ label: label === undefined ? name : label.trim(), monthly: sheetMoney(c) });
      else if (looksLikeAmount(c)) out.push({ label: label === undefined ? name : label.trim(), monthly: c.trim() });
      else throw new ArgumentError(name, SHEET_ISSUES.cell, { row: i + 1, column: j + 1, kind: typeof c === "boolean" ? "boolean" : typeof c === "string" ? "label" : "date" });
    });
    // A label whose amount cell is empty is a half-filled row, not a zero: refused, never skipped.
    if (label !== undefined && out.length === before) throw new ArgumentError(name, SHEET_ISSUES.labelAmount, { row: i + 1, label: echo(label.trim()) });
  });
  return out;
}

// egen_bolig is an amount: the monthly cost of the own home kept during the stay. Empty = none; a
// cost of 0 does not waive housing (the library's rule), and a text is read as an amount. An empty
// godkendte_udgifter or rådighedsbeløb is left out: the service level's figure, or none.
const PARAMS: SheetParam[] = [
  { name: "indtægt", description: "Indtægt efter skat pr. måned (kr.)", type: "number", path: "income", read: sheetAmount },
  { name: "pris_bolig", description: "Pris for bolig pr. måned (kr.)", type: "number", path: "price.housing", read: sheetAmount },
  { name: "pris_service", description: "Pris for kost, vask, rengøring m.m. pr. måned (kr.)", type: "number", path: "price.services.other", read: sheetAmount },
  { name: "godkendte_udgifter", description: "Godkendte faste udgifter pr. måned: et beløb eller et område (tom = serviceniveauets, ellers ingen)", type: "any", range: true, optional: true, path: "approvedExpenses", read: sumRange },
  { name: "rådighedsbeløb", description: "Rådighedsbeløb pr. måned (kr.; tom = serviceniveauets)", type: "number", optional: true, path: "disposableAmount", read: sheetAmount },
  { name: "egen_bolig", description: "Udgift til egen bolig, som bevares under opholdet (kr. pr. måned; tom = ingen)", type: "number", optional: true, path: "ownDwelling.monthlyCost", read: sheetAmount },
  { name: "serviceniveau", description: 'Kommunens serviceniveau: et navn, fx "holbaek-2024", eller hele dokumentet som JSON-tekst (giver rådighedsbeløb og godkendte udgifter, når de er tomme)', type: "string", optional: true, path: "preset", read: sheetServiceLevel },
  { name: "måned", description: "Måneden, betalingen gælder (dato eller ÅÅÅÅ-MM); kræves, når serviceniveauet kun giver sine tal for en periode", type: "any", optional: true, path: "month", read: sheetMonth },
];

export const BOTILBUD_BETALING: SheetFunction = {
  name: "BOTILBUD.BETALING",
  id: "BOTILBUD.BETALING",
  exportName: "BOTILBUD_BETALING",
  english: "RESIDENTIAL.PAYMENT",
  description: "§ 107: beboerens egenbetaling pr. måned, så rådighedsbeløbet altid er tilbage.",
  params: PARAMS,
  result: "number",
  names: sheetNames(PARAMS, { price: "pris_bolig/pris_service", ownDwelling: "egen_bolig" }),
  run(args) {
    const r = residentialCarePayment(sheetInput(PARAMS, args) as never);
    return { value: num(r.payment), explanation: r.explanation };
  },
};


// BOTILBUD.BETALING: § 107 in a sheet.
import { SHEET_ISSUES } from "../messages.js";
import { echo } from "../../core/errors.js";
import { residentialCarePayment } from "../../residential-care/index.js";
import { ArgumentError, isEmpty, sheetServiceLevel, looksLikeAmount, sheetAmount, sheetMoney, sheetMonth, type SheetValue } from "../values.js";

import { num, opt, type SheetFunction } from "../sheet-types.js";

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

export const BOTILBUD_BETALING: SheetFunction = {
  name: "BOTILBUD.BETALING",
  id: "BOTILBUD.BETALING",
  exportName: "BOTILBUD_BETALING",
  english: "RESIDENTIAL.PAYMENT",
  description: "§ 107: beboerens egenbetaling pr. måned, så rådighedsbeløbet altid er tilbage.",
  params: [
    { name: "indtægt", description: "Indtægt efter skat pr. måned (kr.)", type: "number" },
    { name: "pris_bolig", description: "Pris for bolig pr. måned (kr.)", type: "number" },
    { name: "pris_service", description: "Pris for kost, vask, rengøring m.m. pr. måned (kr.)", type: "number" },
    { name: "godkendte_udgifter", description: "Godkendte faste udgifter pr. måned: et beløb eller et område", type: "any", range: true },
    { name: "rådighedsbeløb", description: "Rådighedsbeløb pr. måned (kr.; tom = serviceniveauets)", type: "number", optional: true },
    { name: "egen_bolig", description: "Udgift til egen bolig, som bevares under opholdet (kr. pr. måned; tom = ingen)", type: "number", optional: true },
    { name: "serviceniveau", description: 'Kommunens serviceniveau: et navn, fx "holbaek-2024", eller hele dokumentet som JSON-tekst (giver rådighedsbeløb og godkendte udgifter, når de er tomme)', type: "string", optional: true },
    { name: "måned", description: "Måneden, betalingen gælder (dato eller ÅÅÅÅ-MM); kræves, når serviceniveauet kun giver sine tal for en periode", type: "any", optional: true },
  ],
  result: "number",
  names: { income: "indtægt", price: "pris_bolig/pris_service", "price.housing": "pris_bolig", "price.services.other": "pris_service", approvedExpenses: "godkendte_udgifter", disposableAmount: "rådighedsbeløb", ownDwelling: "egen_bolig", "ownDwelling.monthlyCost": "egen_bolig", preset: "serviceniveau", month: "måned" },
  run([income, housing, services, expenses, disposable, own, level, month]) {
    // egen_bolig is an amount: the monthly cost of the own home kept during the stay. Empty = none;
    // a cost of 0 does not waive housing (the library's rule), and a text is read as an amount.
    const ownCost = opt(own as SheetValue);
    const keepsHome = ownCost !== undefined;
    const preset = sheetServiceLevel(level as SheetValue, "serviceniveau");
    const r = residentialCarePayment({
      income: sheetAmount(income as SheetValue, "indtægt"),
      price: { housing: sheetAmount(housing as SheetValue, "pris_bolig"), services: { other: sheetAmount(services as SheetValue, "pris_service") } },
      ...(preset !== undefined && isEmpty(expenses as SheetValue) ? {} : { approvedExpenses: sumRange(expenses as SheetValue, "godkendte_udgifter") }),
      ...(preset !== undefined && isEmpty(disposable as SheetValue) ? {} : { disposableAmount: sheetAmount(disposable as SheetValue, "rådighedsbeløb") }),
      ...(keepsHome ? { ownDwelling: { monthlyCost: sheetAmount(ownCost, "egen_bolig") } } : {}),
      ...(preset === undefined ? {} : { preset }),
      ...(isEmpty(month as SheetValue) ? {} : { month: sheetMonth(month as SheetValue, "måned") }),
    });
    return { value: num(r.payment), explanation: r.explanation };
  },
};


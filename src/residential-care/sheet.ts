// BOTILBUD.BETALING: § 107 in a spreadsheet, declared as data.
import type { SheetSpec } from "../core/module.js";

/**
 * The § 107 payment. egen_bolig is an amount: the monthly cost of the own home kept during the
 * stay (empty = none; a cost of 0 does not waive housing). An empty godkendte_udgifter or
 * rådighedsbeløb is left out: the service level's figure, or none.
 */
export const BOTILBUD_BETALING: SheetSpec = {
  name: "BOTILBUD.BETALING",
  english: "RESIDENTIAL.PAYMENT",
  description: "§ 107: beboerens egenbetaling pr. måned, så rådighedsbeløbet altid er tilbage.",
  calls: "residentialCarePayment",
  params: [
    { name: "indtægt", description: "Indtægt efter skat pr. måned (kr.)", type: "number", path: "income", read: "amount" },
    { name: "pris_bolig", description: "Pris for bolig pr. måned (kr.)", type: "number", path: "price.housing", read: "amount" },
    { name: "pris_service", description: "Pris for kost, vask, rengøring m.m. pr. måned (kr.)", type: "number", path: "price.services.other", read: "amount" },
    { name: "godkendte_udgifter", description: "Godkendte faste udgifter pr. måned: et beløb eller et område (tom = serviceniveauets, ellers ingen)", type: "any", range: true, optional: true, path: "approvedExpenses", read: "amounts" },
    { name: "rådighedsbeløb", description: "Rådighedsbeløb pr. måned (kr.; tom = serviceniveauets)", type: "number", optional: true, path: "disposableAmount", read: "amount" },
    { name: "egen_bolig", description: "Udgift til egen bolig, som bevares under opholdet (kr. pr. måned; tom = ingen)", type: "number", optional: true, path: "ownDwelling.monthlyCost", read: "amount" },
    { name: "serviceniveau", description: 'Kommunens serviceniveau: et navn, fx "holbaek-2024", eller hele dokumentet som JSON-tekst (giver rådighedsbeløb og godkendte udgifter, når de er tomme)', type: "string", optional: true, path: "preset", read: "level" },
    { name: "måned", description: "Måneden, betalingen gælder (dato eller ÅÅÅÅ-MM); kræves, når serviceniveauet kun giver sine tal for en periode", type: "any", optional: true, path: "month", read: "month" },
  ],
  result: "number",
  value: "payment",
  names: { price: "pris_bolig/pris_service", ownDwelling: "egen_bolig" },
};

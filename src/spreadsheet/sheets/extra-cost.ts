// MERUDGIFT: § 100 in a sheet.
import { computeExtraCostSubsidy } from "../../extra-cost/bound.js";
import { NO_BOUND_RATES } from "../../core/rates.js";
import { satserBound } from "../satser.js";
import { sheetAmount, sheetBool, sheetDate, type SheetValue } from "../values.js";

import { SATSER, num, opt, type SheetFunction } from "../sheet-types.js";

export const MERUDGIFT: SheetFunction = {
  name: "MERUDGIFT",
  id: "MERUDGIFT",
  exportName: "MERUDGIFT",
  english: "EXTRACOST",
  description: "§ 100: månedlig merudgiftsydelse/kompensationsydelse for sandsynliggjorte merudgifter pr. måned på datoen.",
  params: [
    { name: "udgifter_pr_md", description: "Sandsynliggjorte merudgifter pr. måned (kr.)", type: "number" },
    { name: "dato", description: "Dato for måneden, der udbetales for", type: "any" },
    { name: "dokumenteret", description: "Er alle udgifter dokumenteret? (SAND/FALSK)", type: "boolean", optional: true },
    { name: "ordning", description: '"merudgift" eller "kompensation" (standard: efter dato)', type: "string", optional: true },
    SATSER,
  ],
  result: "number",
  names: { monthlyCosts: "udgifter_pr_md", date: "dato", documented: "dokumenteret", regime: "ordning" },
  run([costs, date, documented, regime, satser], ctx) {
    const reg = opt(regime);
    const r = computeExtraCostSubsidy({
      date: sheetDate(date, "dato"),
      monthlyCosts: sheetAmount(costs as SheetValue, "udgifter_pr_md"),
      ...(opt(documented) === undefined ? {} : { documented: sheetBool(documented, "dokumenteret") }),
      ...(reg === undefined ? {} : { regime: String(reg).trim().toLowerCase() as "merudgift" | "kompensation" }),
    }, satserBound(satser as SheetValue, ctx?.bound ?? NO_BOUND_RATES));
    return { value: num(r.monthlyAmount), explanation: r.explanation };
  },
};


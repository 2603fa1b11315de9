// MERUDGIFT: § 100 in a sheet.
import { computeExtraCostSubsidy } from "../../extra-cost/bound.js";
import { NO_BOUND_RATES } from "../../core/rates.js";
import { satserBound } from "../satser.js";
import { sheetAmount, sheetBool, sheetDate, type SheetValue } from "../values.js";

import { SATSER, num, sheetInput, sheetNames, type SheetFunction, type SheetParam } from "../sheet-types.js";

const PARAMS: SheetParam[] = [
  { name: "udgifter_pr_md", description: "Sandsynliggjorte merudgifter pr. måned (kr.)", type: "number", path: "monthlyCosts", read: sheetAmount },
  { name: "dato", description: "Dato for måneden, der udbetales for", type: "any", path: "date", read: sheetDate },
  { name: "dokumenteret", description: "Er alle udgifter dokumenteret? (SAND/FALSK)", type: "boolean", optional: true, path: "documented", read: sheetBool },
  { name: "ordning", description: '"merudgift" eller "kompensation" (standard: efter dato)', type: "string", optional: true, path: "regime", read: (v) => String(v).trim().toLowerCase() },
  SATSER,
];

export const MERUDGIFT: SheetFunction = {
  name: "MERUDGIFT",
  id: "MERUDGIFT",
  exportName: "MERUDGIFT",
  english: "EXTRACOST",
  description: "§ 100: månedlig merudgiftsydelse/kompensationsydelse for sandsynliggjorte merudgifter pr. måned på datoen.",
  params: PARAMS,
  result: "number",
  names: sheetNames(PARAMS),
  run(args, ctx) {
    const r = computeExtraCostSubsidy(sheetInput(PARAMS, args) as never, satserBound(args[4] as SheetValue, ctx?.bound ?? NO_BOUND_RATES));
    return { value: num(r.monthlyAmount), explanation: r.explanation };
  },
};

// MERUDGIFT: § 100 in a spreadsheet, declared as data (every door builds it from this table).
import type { SheetSpec } from "../core/module.js";

/** The § 100 spreadsheet function. */
export const MERUDGIFT: SheetSpec = {
  name: "MERUDGIFT",
  english: "EXTRACOST",
  description: "§ 100: månedlig merudgiftsydelse/kompensationsydelse for sandsynliggjorte merudgifter pr. måned på datoen.",
  calls: "extraCostSubsidy",
  params: [
    { name: "udgifter_pr_md", description: "Sandsynliggjorte merudgifter pr. måned (kr.)", type: "number", path: "monthlyCosts", read: "amount" },
    { name: "dato", description: "Dato for måneden, der udbetales for", type: "any", path: "date", read: "date" },
    { name: "dokumenteret", description: "Er alle udgifter dokumenteret? (SAND/FALSK)", type: "boolean", optional: true, path: "documented", read: "bool" },
    { name: "ordning", description: '"merudgift" eller "kompensation" (standard: efter dato)', type: "string", optional: true, path: "regime", read: "lower" },
    "satser",
  ],
  result: "number",
  value: "monthlyAmount",
};

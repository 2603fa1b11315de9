// LEDSAGE: the § 97 ledger in a sheet.
import { SHEET_ISSUES } from "../messages.js";
import { escortLedger } from "../../escort/index.js";
import { ArgumentError, sheetDate, sheetMonth, sheetRows, word, type SheetValue } from "../values.js";

import { sheetInput, sheetNames, type SheetFunction, type SheetParam } from "../sheet-types.js";

const ORDER: Record<string, "newest-first" | "oldest-first"> = { "nyeste først": "newest-first", "ældste først": "oldest-first", "newest-first": "newest-first", "oldest-first": "oldest-first" };

/** The usage range: a month (ÅÅÅÅ-MM) or a date, and the hours used, row by row. */
function usageRows(v: SheetValue, name: string): { month?: string; date?: string; hours: number }[] {
  return sheetRows(v, name, 2).map((row, i) => {
    const [when, hours] = row;
    if (typeof hours !== "number") throw new ArgumentError(name, SHEET_ISSUES.hours, { row: i + 1 });
    const text = typeof when === "string" ? when.trim() : undefined;
    return text !== undefined && /^\d{4}-\d{2}$/.test(text) ? { month: text, hours } : { date: sheetDate(when as SheetValue, `${name} række ${i + 1}`), hours };
  });
}

/** The order word of a cell: Danish or the library's own; another word is refused. */
function orderOf(v: SheetValue, name: string): "newest-first" | "oldest-first" {
  const policy = word(ORDER, v);
  if (policy === undefined) throw new ArgumentError(name, SHEET_ISSUES.order);
  return policy;
}

const PARAMS: SheetParam[] = [
  { name: "forbrug", description: "Område med to kolonner: måned eller dato, og brugte timer", type: "any", range: true, path: "usage", read: usageRows },
  { name: "fra_md", description: "Første måned i bevillingen (ÅÅÅÅ-MM eller en dato)", type: "any", path: "from", read: sheetMonth },
  { name: "til_md", description: "Sidste måned at vise (ÅÅÅÅ-MM eller en dato)", type: "any", path: "to", read: sheetMonth },
  { name: "rækkefølge", description: '"nyeste først" (standard) eller "ældste først"', type: "string", optional: true, path: "policy.order", read: orderOf },
];

export const LEDSAGE: SheetFunction = {
  name: "LEDSAGE",
  id: "LEDSAGE",
  exportName: "LEDSAGE",
  english: "ESCORT",
  description: "§ 97: ledsagetimer måned for måned (bevilget, brugt, bortfaldet, overforbrug, til rådighed) ud fra et område med måned/dato og timer.",
  params: PARAMS,
  result: "table",
  shape: { columns: 6, rows: "months" },
  names: sheetNames(PARAMS, { policy: "rækkefølge" }),
  run(args) {
    const r = escortLedger(sheetInput(PARAMS, args) as never);
    const table: (string | number)[][] = [["måned", "bevilget", "brugt", "bortfaldet", "overforbrug", "til rådighed"]];
    for (const m of r.months) table.push([m.month, m.granted, m.used, m.lapsed, m.overuse, m.availableAtEnd]);
    return { value: table, explanation: r.explanation };
  },
};


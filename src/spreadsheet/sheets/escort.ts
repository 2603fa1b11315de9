// LEDSAGE: the § 97 ledger in a sheet.
import { SHEET_ISSUES } from "../messages.js";
import { escortLedger } from "../../escort/index.js";
import { ArgumentError, sheetDate, sheetMonth, sheetRows, word, type SheetValue } from "../values.js";

import { opt, type SheetFunction } from "../sheet-types.js";

const ORDER: Record<string, "newest-first" | "oldest-first"> = { "nyeste først": "newest-first", "ældste først": "oldest-first", "newest-first": "newest-first", "oldest-first": "oldest-first" };

export const LEDSAGE: SheetFunction = {
  name: "LEDSAGE",
  id: "LEDSAGE",
  exportName: "LEDSAGE",
  english: "ESCORT",
  description: "§ 97: ledsagetimer måned for måned (bevilget, brugt, bortfaldet, overforbrug, til rådighed) ud fra et område med måned/dato og timer.",
  params: [
    { name: "forbrug", description: "Område med to kolonner: måned eller dato, og brugte timer", type: "any", range: true },
    { name: "fra_md", description: "Første måned i bevillingen (ÅÅÅÅ-MM eller en dato)", type: "any" },
    { name: "til_md", description: "Sidste måned at vise (ÅÅÅÅ-MM eller en dato)", type: "any" },
    { name: "rækkefølge", description: '"nyeste først" (standard) eller "ældste først"', type: "string", optional: true },
  ],
  result: "table",
  shape: { columns: 6, rows: "months" },
  names: { from: "fra_md", to: "til_md", usage: "forbrug", policy: "rækkefølge", "policy.order": "rækkefølge" },
  run([usage, from, to, order]) {
    const rows = sheetRows(usage as SheetValue, "forbrug", 2);
    const entries = rows.map((row, i) => {
      const [when, hours] = row;
      if (typeof hours !== "number") throw new ArgumentError("forbrug", SHEET_ISSUES.hours, { row: i + 1 });
      const text = typeof when === "string" ? when.trim() : undefined;
      return text !== undefined && /^\d{4}-\d{2}$/.test(text) ? { month: text, hours } : { date: sheetDate(when as SheetValue, `forbrug række ${i + 1}`), hours };
    });
    const o = opt(order);
    // Stryker disable next-line ConditionalExpression: no order word is "undefined", so looking up the empty cell also finds nothing
    const policy = o === undefined ? undefined : word(ORDER, o);
    if (o !== undefined && policy === undefined) throw new ArgumentError("rækkefølge", SHEET_ISSUES.order);
    const r = escortLedger({ from: sheetMonth(from as SheetValue, "fra_md"), to: sheetMonth(to as SheetValue, "til_md"), usage: entries, ...(policy ? { policy: { order: policy } } : {}) });
    const table: (string | number)[][] = [["måned", "bevilget", "brugt", "bortfaldet", "overforbrug", "til rådighed"]];
    for (const m of r.months) table.push([m.month, m.granted, m.used, m.lapsed, m.overuse, m.availableAtEnd]);
    return { value: table, explanation: r.explanation };
  },
};


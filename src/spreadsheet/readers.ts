// How a cell is read for a calculator, by the reader's name a module's sheet declaration gives
// (`read: "amount"`): the module says what a parameter is, this door knows how a cell holds it.
import type { SheetReader } from "../core/module.js";
import { echo } from "../core/errors.js";
import { SHEET_ISSUES } from "./messages.js";
import { ArgumentError, isEmpty, looksLikeAmount, sheetAmount, sheetBool, sheetDate, sheetMoney, sheetMonth, sheetServiceLevel, sheetTime, word, type SheetValue } from "./values.js";

/**
 * The amounts of a range: every number, and every text that is written as an amount
 * (`"145.00"`; `"145,00"` is refused by the library with the comma message); other texts are
 * the row's label. Any other cell (a boolean, a date) is refused, and so is a label with no
 * amount in its row — a cell is never skipped.
 */
export function sumRange(v: SheetValue, name: string): { label: string; monthly: number | string }[] {
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

/** The readers by name. */
const READERS: Readonly<Record<Exclude<SheetReader, { readonly words: unknown }>, (v: SheetValue, name: string) => unknown>> = {
  amount: sheetAmount,
  amounts: sumRange,
  date: sheetDate,
  month: sheetMonth,
  time: sheetTime,
  bool: sheetBool,
  level: sheetServiceLevel,
  text: (v) => String(v ?? "").trim(),
  lower: (v) => String(v ?? "").trim().toLowerCase(),
  paragraph: (v) => String(v ?? "").trim().replace(/^§\s*/, ""),
};

/**
 * The reader a sheet declaration names: one of {@link READERS}, or a word list (`{ words, list }`)
 * whose cell must be one of its words (Danish or the library's own), else a Danish refusal listing them.
 *
 * @example
 * readerOf("paragraph")("§ 100", "paragraf") //=> "100"
 */
export function readerOf(r: SheetReader): (v: SheetValue, name: string) => unknown {
  if (typeof r === "string") return READERS[r];
  return (v, name) => {
    const w = word(r.words, v);
    if (w === undefined) throw new ArgumentError(name, SHEET_ISSUES.word, { list: r.list });
    return w;
  };
}

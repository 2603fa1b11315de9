import { SHEET_ISSUES as S } from "./messages.js";
import type { IssueParams, IssueWords } from "../core/issue-templates.js";
import { issueText, renameField } from "../issue-text.js";
import type { ServiceLevel } from "../service-levels/schema.js";
import { parseOwnServiceLevel } from "../service-levels/index.js";
import { addNamedLevel } from "../service-levels/scope.js";
import { instantOf, isDate } from "../core/time.js";
import { InputError, issue, type InputIssue } from "../core/errors.js";
import { dateFromDayNumber, toIsoDate } from "../core/period.js";

/** A value a spreadsheet passes in: a number, text, boolean, empty cell, Date, an error value, or a range (2-D array). */
export type SheetValue = number | string | boolean | null | undefined | Date | SheetError | SheetValue[][];
/** A cell value a spreadsheet function returns: a scalar or a 2-D array (spilled). */
export type SheetResult = number | string | boolean | (number | string | boolean)[][];

/**
 * A spreadsheet error value: `#VALUE!` for bad input (with the InputError's words), `#N/A`
 * when a figure the law needs was not found. Returned, not thrown, by the plain functions.
  *
 * @example
 * const e = MERUDGIFT(-1, "2024-03-01");
 * e instanceof SheetError && e.code //=> "#VALUE!"
 */
export class SheetError {
  constructor(
    readonly code: SheetErrorCode,
    readonly message: string,
  ) {}
}

/** The error values a cell can hold. */
export type SheetErrorCode = "#VALUE!" | "#N/A" | "#DIV/0!" | "#REF!" | "#NAME?" | "#NUM!" | "#NULL!" | "#ERROR!";

/** Thrown inside a conversion (an InputError about one sheet argument); becomes a {@link SheetError}. */
export class ArgumentError extends InputError {
  constructor(path: string, words: IssueWords, params?: IssueParams) {
    super([issue(path, words, params)]);
    this.name = "ArgumentError";
    // It never leaves the sheet door, which shows it to a caseworker: its message is the Danish one.
    this.message = issueText(this.issues[0] as InputIssue, "da");
  }
}

/**
 * The first error value among the arguments (also inside a range): an error passed in is
 * passed on, never dropped.
 *
 * @example
 * firstError([1, new SheetError("#DIV/0!", "")])?.code //=> "#DIV/0!"
 */
export function firstError(args: readonly unknown[]): SheetError | undefined {
  for (const a of args) {
    if (a instanceof SheetError) return a;
    if (Array.isArray(a)) {
      const inner = firstError(a);
      if (inner) return inner;
    }
  }
  return undefined;
}

/** True for an empty cell or an omitted optional argument. */
export function isEmpty(v: SheetValue): v is null | undefined | "" {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/**
 * Converts an Excel serial number (1900 date system, including its non-existent
 * 29 Feb 1900 = serial 60) to a wall-clock `"YYYY-MM-DDTHH:mm"`.
 *
 * @example
 * serialToTime(45352.5) //=> "2024-03-01T12:00"
 */
export function serialToTime(serial: number, name: string): string {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2_958_466) throw new ArgumentError(name, S.serial);
  // The date part never changes by rounding the time: 23:59:40 (and 23:59:59,99) is 23:59 of the
  // same day, not 00:00 of the next (the same instant as a Date gives the same day). Only float
  // noise of a whole day — within 10⁻⁹ day (86 µs) below it — is read as that day.
  const day = Math.floor(serial + 1e-9);
  const minutes = Math.max(0, Math.min(1439, Math.round((serial - day) * 1440)));
  if (day === 60) throw new ArgumentError(name, S.leapDay1900);
  // Stryker disable next-line EqualityOperator: day 60 was refused just above, so `<` and `<=` agree
  const dayNumber = day < 60 ? day - 25568 : day - 25569; // serial 25569 = 1970-01-01
  const date = dateFromDayNumber(dayNumber);
  return `${date}T${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

/**
 * A date argument: Excel serial number, `Date`, or `"YYYY-MM-DD"` text.
 *
 * @example
 * sheetDate(45352, "dato") //=> "2024-03-01"
 */
export function sheetDate(v: SheetValue, name: string): string {
  if (typeof v === "number") return serialToTime(v, name).slice(0, 10);
  if (isDate(v)) return toIsoDate(validDate(v, name));
  if (typeof v === "string") return v.trim();
  throw new ArgumentError(name, S.date);
}

/**
 * A month argument: Excel serial number or `Date` (its month), `"YYYY-MM"` or `"YYYY-MM-DD"` text.
 *
 * @example
 * sheetMonth("2024-03-15", "fra_md") //=> "2024-03"
 */
export function sheetMonth(v: SheetValue, name: string): string {
  if (typeof v === "number" || isDate(v)) return sheetDate(v, name).slice(0, 7);
  if (typeof v === "string") {
    const t = v.trim();
    return /^\d{4}-\d{2}-\d{2}$/.test(t) ? t.slice(0, 7) : t;
  }
  throw new ArgumentError(name, S.month);
}

/**
 * A local time argument: Excel serial date-time, `Date`, or `"YYYY-MM-DDTHH:mm"` /
 * `"YYYY-MM-DD HH:mm"` text.
 *
 * @example
 * sheetTime("2024-03-01 14:00", "ankomst") //=> "2024-03-01T14:00"
 */
export function sheetTime(v: SheetValue, name: string): string | Date {
  if (typeof v === "number") return serialToTime(v, name);
  // A Date is an instant and is passed on as one: the calculator orders and measures two
  // instants on the instants (a stay across the autumn clock change), not on their wall clocks.
  if (isDate(v)) return new Date(instantOf(validDate(v, name)));
  if (typeof v === "string") return v.trim().replace(" ", "T");
  throw new ArgumentError(name, S.time);
}

/** A Date that holds an instant (not `new Date(NaN)`), or the Danish "must be a date" refusal. */
function validDate(v: Date, name: string): Date {
  if (Number.isNaN(instantOf(v))) throw new ArgumentError(name, S.invalidDate);
  return v;
}

/**
 * A boolean argument: TRUE/FALSE, 1/0, or "ja"/"nej"/"sand"/"falsk".
 *
 * @example
 * sheetBool("ja", "dokumenteret") //=> true
 */
export function sheetBool(v: SheetValue, name: string): boolean {
  if (typeof v === "boolean") return v;
  if (v === 1 || v === 0) return v === 1;
  if (typeof v === "string") {
    const t = v.trim().toLowerCase();
    if (["ja", "sand", "true"].includes(t)) return true;
    if (["nej", "falsk", "false"].includes(t)) return false;
  }
  throw new ArgumentError(name, S.boolean);
}

/** A money or number argument, passed on as it is for the calculator to check (a text amount is parsed exactly as the library does: `"145.00"`; `"145,00"` is refused with the comma message); a number is read as whole øre when float noise is all that separates it from one (see {@link sheetMoney}). */
export function sheetAmount(v: SheetValue, name: string): number | string {
  if (typeof v === "number") return sheetMoney(v);
  if (typeof v === "string") return v.trim();
  throw new ArgumentError(name, S.amount);
}

/**
 * A number from a cell, read as kroner: a spreadsheet cannot avoid float sums (`=SUM(1000,1;
 * 1000,2)` is 2000.3000000000002, `=0,07*100` is 7.000000000000001), so a number within
 * 10⁻⁶ kr. of a whole øre is read as that øre. Any other number is passed on as it is, and the
 * library refuses more than two decimals. (The library's own API keeps refusing noisy money:
 * only the sheet doors round.)
 *
 * @example
 * sheetMoney(1000.1 + 1000.2) //=> 2000.3
 * sheetMoney(12.345) //=> 12.345 (refused by the calculator: at most 2 decimals)
 */
export function sheetMoney(v: number): number {
  if (!Number.isFinite(v)) return v;
  const ore = Math.round(v * 100);
  // Stryker disable next-line EqualityOperator: no cell value lies exactly 10⁻⁴ øre from a whole øre
  return Math.abs(v * 100 - ore) <= 1e-4 && Number.isSafeInteger(ore) ? ore / 100 + 0 : v;
}

/** Is this cell text an amount (digits with a point or comma), not a label? */
export function looksLikeAmount(v: SheetValue): v is string {
  return typeof v === "string" && /^\s*[-+]?\d[\d.,]*\s*$/.test(v);
}

/** A range as rows, without rows that are wholly empty. A scalar is a 1×1 range. */
export function sheetRows(v: SheetValue, name: string, width: number): SheetValue[][] {
  const rows = Array.isArray(v) ? v : [[v]];
  const out: SheetValue[][] = [];
  for (const row of rows) {
    if (!Array.isArray(row)) throw new ArgumentError(name, S.range);
    if (row.every(isEmpty)) continue;
    if (row.length < width) throw new ArgumentError(name, S.rangeColumns, { width });
    // A cell beyond the range's columns is refused, never ignored.
    for (let j = width; j < row.length; j++) if (!isEmpty(row[j] as SheetValue)) throw new ArgumentError(name, S.extraCell, { row: out.length + 1, column: j + 1, width });
    out.push(row);
  }
  return out;
}

/**
 * Runs a calculation and turns what can go wrong into a spreadsheet error value: an
 * InputError's message (with field names translated to the function's parameter names),
 * `#N/A` when a rate was not found, `#VALUE!` otherwise.
 */
export function guard<T>(names: Record<string, string>, run: () => T): T | SheetError {
  try {
    return run();
  } catch (e) {
    if (e instanceof ArgumentError) return new SheetError("#VALUE!", (e.issues as InputIssue[]).map((i) => issueText(i, "da", sheetField(names))).join("; "));
    if (e instanceof InputError) {
      const missing = e.issues.find((i) => i.code === "rate-missing" && i.rate !== undefined);
      if (missing?.rate) return new SheetError("#N/A", satsMangler(missing.rate));
      const level = e.issues.find((i) => i.level !== undefined);
      if (level?.level && level.code === "not-in-preset") return new SheetError("#VALUE!", `${level.level.document} fastsætter ikke ${level.level.meaning}: angiv tallet i formlen, eller brug et serviceniveau, der fastsætter det.`);
      if (level?.level) return new SheetError(level.code === "rate-missing" ? "#N/A" : "#VALUE!", serviceniveauMangler(level.level, sheetField(names)(level.path)));
      const message = e.issues.map((i) => issueText(i, "da", sheetField(names))).join("; ");
      const missingRate = e.issues.some((i) => i.code === "rate-missing");
      return new SheetError(missingRate ? "#N/A" : "#VALUE!", message);
    }
    return new SheetError("#VALUE!", e instanceof Error ? e.message : String(e));
  }
}

/** The Danish cell message for a rate the library lacks: which table and year, and how to add it to the Satser range. */
function satsMangler(r: { table: string; year: number; publishedAt: string; fields?: string[] }): string {
  const felt = r.fields ? `én række pr. felt (${r.fields.join(", ")})` : "feltet tomt";
  return `Satsen mangler: ${r.table} har ingen sats for ${r.year}. Biblioteket gætter aldrig et år ud fra et andet. Satsen offentliggøres i ${r.publishedAt}. Tilføj den i dit satser-område (kolonnerne tabel | fra | til | felt | værdi | kilde), fx ${r.table} | ${r.year}-01-01 | ${r.year}-12-31 | … | beløb | kilde, med ${felt}, og giv området som sidste argument.`;
}

/** The Danish cell message for a service-level figure not given for the date asked, or needing the date. */
function serviceniveauMangler(l: NonNullable<InputIssue["level"]>, field: string): string {
  const periods = (l.periods ?? []).map((p) => p.replace(/^(\S+)–$/, "fra $1").replace("–", " til ")).join(", ");
  if (l.date === undefined) return `${field} skal udfyldes: ${l.document} giver ${l.meaning} (${l.key}) kun for ${periods}, så beregningen skal have sin dato.`;
  if (l.before === true) return `Serviceniveauet gælder ikke endnu: ${l.document} fastsætter ${l.meaning} (${l.key}) ${periods}, ikke for ${l.date}. Et serviceniveau gælder fra den dato, dokumentet angiver; brug det dokument, der gjaldt dengang, eller angiv tallet i formlen.`;
  return `Serviceniveauets tal mangler: ${l.document} fastsætter ${l.meaning} (${l.key}) kun for ${periods}, ikke for ${l.date}. Biblioteket bruger aldrig en kommunes tal uden for den periode, dokumentet angiver. Tilføj det gældende tal i kommunens serviceniveau-dokument (rules["${l.key}"]) og giv dokumentet som serviceniveau, eller angiv tallet i formlen.`;
}

/** A field's path as the sheet names it: the function's parameter name, a row of a range as `forbrug række 1`. */
function sheetField(names: Record<string, string>): (path: string) => string {
  return (path) => renameField(path, names).replace(/^(\S+?)\[(\d+)\](?:\.\w+)*/, (_, name: string, i: string) => `${name} række ${Number(i) + 1}`);
}

/**
 * The value of a word cell in a word list (trimmed, any case): only the list's own words, never
 * an inherited name such as "constructor".
 *
 * @example
 * word({ "nyeste først": "newest-first" }, " Nyeste først ") //=> "newest-first"
 * word({ "nyeste først": "newest-first" }, "constructor") //=> undefined
 */
export function word<T>(list: Readonly<Record<string, T>>, v: SheetValue): T | undefined {
  const t = String(v).trim().toLowerCase();
  return Object.hasOwn(list, t) ? list[t] : undefined;
}

/** Documents given in cells, parsed once per text (at most 50 kept). */
const CELL_LEVELS = /* @__PURE__ */ new Map<string, ServiceLevel>();

/**
 * A `serviceniveau` argument: the name of a shipped service level or of one the workbook
 * registered (`registerHyperFormula(hf, { serviceLevels })`), or a municipality's whole
 * service-level document as JSON text in a cell — validated, and known by its own `name` for
 * the rest of the call. Empty: none.
 *
 * @example
 * sheetServiceLevel("Holbaek-2024", "serviceniveau") //=> "holbaek-2024"
 */
export function sheetServiceLevel(v: SheetValue, name: string): string | undefined {
  if (isEmpty(v)) return undefined;
  if (typeof v !== "string") throw new ArgumentError(name, S.levelName);
  const text = v.trim();
  if (!text.startsWith("{")) return text.toLowerCase();
  let level = CELL_LEVELS.get(text);
  if (level === undefined) {
    let doc: unknown;
    try {
      doc = JSON.parse(text);
    } catch {
      throw new ArgumentError(name, S.levelJson);
    }
    try {
      level = parseOwnServiceLevel(doc);
    } catch (e) {
      // Each problem by its place in the document and, in Danish, by its code (the English message is for developers).
      if (e instanceof InputError) throw new ArgumentError(name, S.levelInvalid, { problems: e.issues.map((i) => issueText(i, "da")).join("; ") });
      throw e;
    }
    if (CELL_LEVELS.size >= 50) CELL_LEVELS.clear();
    CELL_LEVELS.set(text, level);
  }
  addNamedLevel(level);
  return level.name;
}

import { echo } from "../core/errors.js";
import { deepFreeze } from "../core/freeze.js";
import { computeBpaGrant } from "../bpa/bound.js";
import { computeExtraCostSubsidy } from "../extra-cost/bound.js";
import { computeShelterFee } from "../shelter/bound.js";
import { NO_BOUND_RATES, type BoundRates } from "../core/rates.js";
import { satserBound } from "./satser.js";
import { escortLedger } from "../escort/index.js";
import { residentialCarePayment } from "../residential-care/index.js";
import { shelterDays } from "../shelter/index.js";
import { addWorkingDays } from "../calendar/index.js";
import { appealDeadline, caseDeadline } from "../case/index.js";
import { statePensionAge } from "../pension/index.js";
import { type Step } from "../core/explain.js";
import { step } from "../calendar/words.js";
import type { ServiceLevel } from "../service-levels/schema.js";
import { ArgumentError, isEmpty, sheetServiceLevel, looksLikeAmount, sheetAmount, sheetMoney, sheetBool, sheetDate, sheetMonth, sheetRows, sheetTime, word, type SheetResult, type SheetValue } from "./values.js";
import { BPA_FIELD_NAMES, bpaInputFromRange } from "./bpa-range.js";

/** One parameter of a spreadsheet function. */
export interface SheetParam {
  name: string;
  description: string;
  type: "number" | "string" | "boolean" | "any";
  /** Takes a range (2-D array). */
  range?: boolean;
  optional?: boolean;
  /** Repeats: every further argument is one more of it (FORKLARING's `argumenter`). */
  repeating?: boolean;
}

/** What a door adds to every call: rate rows bound once (HyperFormula's `registerHyperFormula(module, { rates })`). */
export interface SheetContext {
  bound: BoundRates;
  /** The workbook's own service levels, named by a function's `serviceniveau` (`registerHyperFormula(module, { serviceLevels })`). */
  levels?: readonly ServiceLevel[];
}

const SATSER: SheetParam = { name: "satser", description: "Område med satser, som biblioteket mangler: tabel, fra, til, felt, værdi, kilde", type: "any", range: true, optional: true };

/**
 * The size of a table result, so a door that must know it before computing (HyperFormula)
 * reads it here: a fixed number of rows, one row per month of the asked period plus a header
 * (`"months"`), or the rows of an explanation (`"explanation"`).
 */
export interface SheetShape {
  columns: number;
  rows: number | "months" | "explanation";
}

/** What every door needs to declare a function: names, parameters, result and its shape. */
export interface SheetDeclaration {
  /** Danish name used in formulas, e.g. `"BPA.TILSKUD"`. */
  name: string;
  /** ASCII id (Excel custom-function id). */
  id: string;
  /** The name of the plain JavaScript export and of the Apps Script global, e.g. `"BPA_TILSKUD"`. */
  exportName: string;
  /** English alias. */
  english: string;
  description: string;
  params: SheetParam[];
  /** `"table"` functions return a 2-D array that spills. */
  result: "number" | "table" | "text";
  /** For a table: its columns and rows. */
  shape?: SheetShape;
  /** What the cell holds, in Danish (for the Apps Script and Excel docs), e.g. "Antal døgn". */
  returns?: string;
}

/** One spreadsheet function: its names, parameters and the calculator call it wraps. */
export interface SheetFunction extends SheetDeclaration {
  /** Calculator field → parameter name, so error messages use the sheet's words. */
  names: Record<string, string>;
  /** Converts the arguments, calls the calculator, returns the cell value and the explanation. */
  run(args: readonly SheetValue[], ctx?: SheetContext): { value: SheetResult; explanation: Step[] };
}

const num = (s: string) => Number(s);
const opt = /* @__NO_SIDE_EFFECTS__ */ (v: SheetValue) => (isEmpty(v) ? undefined : v);

const MERUDGIFT: SheetFunction = {
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

const ORDER: Record<string, "newest-first" | "oldest-first"> = { "nyeste først": "newest-first", "ældste først": "oldest-first", "newest-first": "newest-first", "oldest-first": "oldest-first" };

const LEDSAGE: SheetFunction = {
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
      if (typeof hours !== "number") throw new ArgumentError(`forbrug row ${i + 1}: hours must be a number`);
      const text = typeof when === "string" ? when.trim() : undefined;
      return text !== undefined && /^\d{4}-\d{2}$/.test(text) ? { month: text, hours } : { date: sheetDate(when as SheetValue, `forbrug row ${i + 1}`), hours };
    });
    const o = opt(order);
    // Stryker disable next-line ConditionalExpression: no order word is "undefined", so looking up the empty cell also finds nothing
    const policy = o === undefined ? undefined : word(ORDER, o);
    if (o !== undefined && policy === undefined) throw new ArgumentError('rækkefølge must be "nyeste først" or "ældste først"');
    const r = escortLedger({ from: sheetMonth(from as SheetValue, "fra_md"), to: sheetMonth(to as SheetValue, "til_md"), usage: entries, ...(policy ? { policy: { order: policy } } : {}) });
    const table: (string | number)[][] = [["måned", "bevilget", "brugt", "bortfaldet", "overforbrug", "til rådighed"]];
    for (const m of r.months) table.push([m.month, m.granted, m.used, m.lapsed, m.overuse, m.availableAtEnd]);
    return { value: table, explanation: r.explanation };
  },
};

const bpaParams: SheetParam[] = [{ name: "parametre", description: "Område med to kolonner: parameternavn og værdi (se dokumentationen)", type: "any", range: true }, SATSER];

const BPA_TILSKUD: SheetFunction = {
  name: "BPA.TILSKUD",
  id: "BPA.TILSKUD",
  exportName: "BPA_TILSKUD",
  english: "BPA.GRANT",
  description: "§§ 95–96: det årlige BPA-tilskud i alt ud fra et område med parametre.",
  params: bpaParams,
  result: "number",
  names: BPA_FIELD_NAMES,
  run([range, satser], ctx) {
    const r = computeBpaGrant(bpaInputFromRange(range as SheetValue), satserBound(satser as SheetValue, ctx?.bound ?? NO_BOUND_RATES));
    return { value: num(r.yearly.total), explanation: r.explanation };
  },
};

const BPA_SPECIFIKATION: SheetFunction = {
  name: "BPA.SPECIFIKATION",
  id: "BPA.SPECIFIKATION",
  exportName: "BPA_SPECIFIKATION",
  english: "BPA.BREAKDOWN",
  description: "§§ 95–96: BPA-tilskuddet opdelt på komponenter (to kolonner: komponent, beløb).",
  params: bpaParams,
  result: "table",
  shape: { columns: 2, rows: 11 },
  names: BPA_FIELD_NAMES,
  run([range, satser], ctx) {
    const r = computeBpaGrant(bpaInputFromRange(range as SheetValue), satserBound(satser as SheetValue, ctx?.bound ?? NO_BOUND_RATES));
    const y = r.yearly;
    const value: (string | number)[][] = [
      ["Grundløn", num(y.wages)],
      ["Tidstillæg", num(y.supplements)],
      ["Rådighedstimer", num(y.onCall)],
      ["Pension", num(y.pension)],
      ["Feriegodtgørelse", num(y.holidayPay)],
      ["Arbejdsgiverudgifter", num(y.employerCosts)],
      ["Administration", num(y.admin)],
      ["Hjælperudgifter", num(y.helperExpenses)],
      ["Modregning", num(y.offset) === 0 ? 0 : -num(y.offset)],
      ["I alt pr. år", num(y.total)],
      ["Pr. måned", num(r.monthly)],
    ];
    return { value, explanation: r.explanation };
  },
};

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
    if (!Array.isArray(row)) throw new ArgumentError(`${name} must be a range`);
    const label = row.find((c) => typeof c === "string" && c.trim() !== "" && !looksLikeAmount(c)) as string | undefined;
    const before = out.length;
    row.forEach((c, j) => {
      if (isEmpty(c) || c === label) return;
      if (typeof c === "number") out.push({ label: label === undefined ? name : label.trim(), monthly: sheetMoney(c) });
      else if (looksLikeAmount(c)) out.push({ label: label === undefined ? name : label.trim(), monthly: c.trim() });
      else throw new ArgumentError(`${name} row ${i + 1}, column ${j + 1}: must be an amount or a label, not ${typeof c === "boolean" ? "TRUE/FALSE" : typeof c === "string" ? "a second label" : "a date"}`);
    });
    // A label whose amount cell is empty is a half-filled row, not a zero: refused, never skipped.
    if (label !== undefined && out.length === before) throw new ArgumentError(`${name} row ${i + 1}: the label "${echo(label.trim())}" has no amount`);
  });
  return out;
}

const BOTILBUD_BETALING: SheetFunction = {
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

const COUNTING: Record<string, "started-24h" | "calendar-days" | "nights"> = {
  "påbegyndte døgn": "started-24h",
  kalenderdage: "calendar-days",
  nætter: "nights",
  "started-24h": "started-24h",
  "calendar-days": "calendar-days",
  nights: "nights",
};

const stayParams: SheetParam[] = [
  { name: "paragraf", description: "109 (krisecenter) eller 110 (forsorgshjem/herberg)", type: "any" },
  { name: "ankomst", description: "Ankomst: dato og klokkeslæt", type: "any" },
  { name: "afrejse", description: "Afrejse: dato og klokkeslæt", type: "any" },
  { name: "indtægt", description: "Har beboeren indtægt? (SAND/FALSK, standard SAND)", type: "boolean", optional: true },
  { name: "optælling", description: '"påbegyndte døgn" (standard), "kalenderdage" eller "nætter"', type: "string", optional: true },
];

function stayInput(args: readonly SheetValue[]) {
  const [section, arrival, departure, income, counting] = args;
  const c = opt(counting as SheetValue);
  // Stryker disable next-line ConditionalExpression: no counting word is "undefined", so looking up the empty cell also finds nothing
  const mode = c === undefined ? undefined : word(COUNTING, c);
  if (c !== undefined && mode === undefined) throw new ArgumentError('optælling must be "påbegyndte døgn", "kalenderdage" or "nætter"');
  return {
    section: String(section ?? "").trim() as "109" | "110",
    arrival: sheetTime(arrival as SheetValue, "ankomst"),
    departure: sheetTime(departure as SheetValue, "afrejse"),
    ...(opt(income as SheetValue) === undefined ? {} : { income: sheetBool(income as SheetValue, "indtægt") }),
    ...(mode ? { counting: mode } : {}),
  };
}
function stay(args: readonly SheetValue[], ctx?: SheetContext) {
  const preset = sheetServiceLevel(args[6] as SheetValue, "serviceniveau");
  return computeShelterFee({ ...stayInput(args), ...(preset === undefined ? {} : { preset }) }, satserBound(args[5] as SheetValue, ctx?.bound ?? NO_BOUND_RATES));
}
const stayNames = { section: "paragraf", arrival: "ankomst", departure: "afrejse", income: "indtægt", counting: "optælling", preset: "serviceniveau" };
const SERVICENIVEAU: SheetParam = { name: "serviceniveau", description: 'Kommunens serviceniveau: et navn, fx "holbaek-2024", eller hele dokumentet som JSON-tekst (optælling og egen bolig efter dokumentet)', type: "string", optional: true };

const OPHOLD_BETALING: SheetFunction = /* @__PURE__ */ (() => ({
  name: "OPHOLD.BETALING",
  id: "OPHOLD.BETALING",
  exportName: "OPHOLD_BETALING",
  english: "SHELTER.FEE",
  description: "§§ 109–110: egenbetaling for logi for et ophold, pr. påbegyndt døgn til årets takst.",
  params: [...stayParams, SATSER, SERVICENIVEAU],
  result: "number",
  names: stayNames,
  run(args, ctx) {
    const r = stay(args, ctx);
    return { value: num(r.amount), explanation: r.explanation };
  },
}))();

const OPHOLD_DOEGN: SheetFunction = {
  name: "OPHOLD.DØGN",
  id: "OPHOLD.DOEGN",
  exportName: "OPHOLD_DOEGN",
  english: "SHELTER.DAYS",
  description: "§§ 109–110: antal døgn, der betales for.",
  params: [...stayParams, SERVICENIVEAU],
  result: "number",
  returns: "Antal døgn",
  names: stayNames,
  run(args) {
    // Counting døgn needs no rate: a year whose rate is not published still counts. The service
    // level's counting rule applies when the call gives no optælling.
    const preset = sheetServiceLevel(args[5] as SheetValue, "serviceniveau");
    const r = shelterDays({ ...stayInput(args), ...(preset === undefined ? {} : { preset }) });
    return { value: r.days, explanation: r.explanation };
  },
};

const SAGSFRIST: SheetFunction = {
  name: "SAGSFRIST",
  id: "SAGSFRIST",
  exportName: "SAGSFRIST",
  english: "CASEDEADLINE",
  description: "Sagsbehandlingsfristen som dato (ÅÅÅÅ-MM-DD) for en ansøgning efter en paragraf, efter kommunens serviceniveau.",
  params: [
    { name: "paragraf", description: "Paragraf, fx 100 eller \"82b\"", type: "any" },
    { name: "modtaget", description: "Dato for modtagelse af ansøgningen", type: "any" },
    { name: "serviceniveau", description: 'Kommunens serviceniveau: et navn, fx "albertslund-2018", eller hele serviceniveau-dokumentet som JSON-tekst (tom: angiv uger)', type: "string", optional: true },
    { name: "uger", description: "Fristen i uger (går forud for serviceniveauet)", type: "number", optional: true },
  ],
  result: "text",
  returns: "Datoen (ÅÅÅÅ-MM-DD)",
  names: { paragraph: "paragraf", received: "modtaget", preset: "serviceniveau", weeks: "uger" },
  run([paragraph, received, preset, weeks]) {
    const pr = sheetServiceLevel(preset as SheetValue, "serviceniveau");
    const w = opt(weeks as SheetValue);
    const r = caseDeadline({
      paragraph: String(paragraph ?? "").trim().replace(/^§\s*/, "") as "100",
      received: sheetDate(received as SheetValue, "modtaget"),
      ...(pr === undefined ? {} : { preset: pr }),
      weeks: w as number | undefined,
    });
    return { value: r.date, explanation: r.explanation };
  },
};

const KLAGEFRIST: SheetFunction = {
  name: "KLAGEFRIST",
  id: "KLAGEFRIST",
  exportName: "KLAGEFRIST",
  english: "APPEALDEADLINE",
  description: "Klagefristen som dato (ÅÅÅÅ-MM-DD): 4 uger fra modtagelsen af afgørelsen, flyttet til næste hverdag.",
  params: [{ name: "modtaget", description: "Dato for modtagelse af afgørelsen", type: "any" }],
  result: "text",
  returns: "Datoen (ÅÅÅÅ-MM-DD)",
  names: { decisionReceived: "modtaget" },
  run([received]) {
    const r = appealDeadline({ decisionReceived: sheetDate(received as SheetValue, "modtaget") });
    return { value: r.date, explanation: r.explanation };
  },
};

const FOLKEPENSIONSALDER: SheetFunction = {
  name: "FOLKEPENSIONSALDER",
  id: "FOLKEPENSIONSALDER",
  exportName: "FOLKEPENSIONSALDER",
  english: "PENSIONAGE",
  description: "Folkepensionsalderen i år (fx 67 eller 65,5) for en fødselsdato.",
  params: [{ name: "fødselsdato", description: "Fødselsdato", type: "any" }],
  result: "number",
  returns: "Alderen i år",
  names: { birthDate: "fødselsdato" },
  run([born]) {
    const r = statePensionAge({ birthDate: sheetDate(born as SheetValue, "fødselsdato") });
    return { value: r.age, explanation: r.explanation };
  },
};

const FOLKEPENSIONSDATO: SheetFunction = {
  name: "FOLKEPENSIONSDATO",
  id: "FOLKEPENSIONSDATO",
  exportName: "FOLKEPENSIONSDATO",
  english: "PENSIONDATE",
  description: "Datoen (ÅÅÅÅ-MM-DD), hvor folkepensionsalderen nås.",
  params: [{ name: "fødselsdato", description: "Fødselsdato", type: "any" }],
  result: "text",
  returns: "Datoen (ÅÅÅÅ-MM-DD)",
  names: { birthDate: "fødselsdato" },
  run([born]) {
    const r = statePensionAge({ birthDate: sheetDate(born as SheetValue, "fødselsdato") });
    return { value: r.date, explanation: r.explanation };
  },
};

const ARBEJDSDAGE_LAEG_TIL: SheetFunction = {
  name: "ARBEJDSDAGE.LÆG.TIL",
  id: "ARBEJDSDAGE.LAEG.TIL",
  exportName: "ARBEJDSDAGE_LAEG_TIL",
  english: "WORKDAYS.ADD",
  description: "Datoen (ÅÅÅÅ-MM-DD) et antal danske arbejdsdage efter en dato (weekender og helligdage springes over).",
  params: [
    { name: "dato", description: "Startdato", type: "any" },
    { name: "antal", description: "Antal arbejdsdage (0 eller flere)", type: "number" },
  ],
  result: "text",
  returns: "Datoen (ÅÅÅÅ-MM-DD)",
  names: { date: "dato", n: "antal" },
  run([day, n]) {
    const d = sheetDate(day as SheetValue, "dato");
    const to = addWorkingDays(d, n as number);
    return { value: to, explanation: [step("calendar.working-days", { days: n as number, from: d, to }, "Folkekirkens helligdage; store bededag afskaffet fra 2024 ved lov nr. 159 af 28/02/2023")] };
  },
};

/** Every spreadsheet function except FORKLARING, which explains any of them.
 *
 * @example
 * SHEET_FUNCTIONS.map((f) => f.name) //=> ["MERUDGIFT", "LEDSAGE", "BPA.TILSKUD", …]
 */
export const SHEET_FUNCTIONS: readonly SheetFunction[] = /* @__PURE__ */ deepFreeze([MERUDGIFT, LEDSAGE, BPA_TILSKUD, BPA_SPECIFIKATION, BOTILBUD_BETALING, OPHOLD_BETALING, OPHOLD_DOEGN, SAGSFRIST, KLAGEFRIST, FOLKEPENSIONSALDER, FOLKEPENSIONSDATO, ARBEJDSDAGE_LAEG_TIL]);

/** Finds a function by its Danish name, English alias or id (case-insensitive).
 *
 * @example
 * findSheetFunction("extracost")?.name //=> "MERUDGIFT"
 */
export function findSheetFunction(name: SheetValue): SheetFunction | undefined {
  if (typeof name !== "string") return undefined;
  const n = name.trim().toUpperCase();
  return SHEET_FUNCTIONS.find((f) => f.name === n || f.english === n || f.id === n);
}

/**
 * FORKLARING's declaration (it explains any function above, so it has no calculator of its own):
 * the one place the doors read its names and parameters from.
 *
 * @example
 * EXPLAIN_DECLARATION.params[1]?.repeating //=> true
 */
export const EXPLAIN_DECLARATION: SheetDeclaration = /* @__PURE__ */ deepFreeze({
  name: "FORKLARING",
  id: "FORKLARING",
  exportName: "FORKLARING",
  english: "EXPLAIN",
  description: 'Den danske forklaring bag en af funktionerne, én linje pr. række. Fx FORKLARING("MERUDGIFT"; B2; B3).',
  params: [
    { name: "funktion", description: 'Navnet på funktionen, fx "MERUDGIFT"', type: "string" },
    { name: "argumenter", description: "Funktionens argumenter, i samme rækkefølge", type: "any", repeating: true },
  ],
  result: "table",
  shape: { columns: 1, rows: "explanation" },
  returns: "Forklaringen, én linje pr. række",
});

/** Every function a door declares: the calculators and FORKLARING.
 *
 * @example
 * SHEET_DECLARATIONS.at(-1)?.name //=> "FORKLARING"
 */
export const SHEET_DECLARATIONS: readonly SheetDeclaration[] = /* @__PURE__ */ (() => deepFreeze([...SHEET_FUNCTIONS, EXPLAIN_DECLARATION]))();

/** A function by its export name (`"BPA_TILSKUD"`), for the plain JavaScript exports.
 *
 * @example
 * byExportName("OPHOLD_DOEGN").name //=> "OPHOLD.DØGN"
 */
export function byExportName(exportName: string): SheetFunction {
  const f = SHEET_FUNCTIONS.find((x) => x.exportName === exportName);
  if (f === undefined) throw new Error(`no spreadsheet function exports ${exportName}`);
  return f;
}

/** The Danish message for a function name FORKLARING does not know.
 *
 * @example
 * unknownFunction().startsWith("funktion skal være en af") //=> true
 */
export function unknownFunction(): string {
  return `funktion skal være en af: ${SHEET_FUNCTIONS.map((x) => x.name).join(", ")}`;
}

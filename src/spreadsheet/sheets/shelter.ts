// OPHOLD.BETALING and OPHOLD.DØGN: §§ 109–110 in a sheet.
import { SHEET_ISSUES } from "../messages.js";
import { computeShelterFee } from "../../shelter/bound.js";
import { NO_BOUND_RATES } from "../../core/rates.js";
import { satserBound } from "../satser.js";
import { shelterDays } from "../../shelter/index.js";
import { ArgumentError, sheetServiceLevel, sheetBool, sheetTime, word, type SheetValue } from "../values.js";

import { SATSER, num, opt, type SheetContext, type SheetFunction, type SheetParam } from "../sheet-types.js";

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
  if (c !== undefined && mode === undefined) throw new ArgumentError("optælling", SHEET_ISSUES.counting);
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

export const OPHOLD_BETALING: SheetFunction = /* @__PURE__ */ (() => ({
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

export const OPHOLD_DOEGN: SheetFunction = {
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


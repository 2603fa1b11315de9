// OPHOLD.BETALING and OPHOLD.DØGN: §§ 109–110 in a sheet.
import { SHEET_ISSUES } from "../messages.js";
import { computeShelterFee } from "../../shelter/bound.js";
import { NO_BOUND_RATES } from "../../core/rates.js";
import { satserBound } from "../satser.js";
import { shelterDays } from "../../shelter/index.js";
import { ArgumentError, sheetServiceLevel, sheetBool, sheetTime, word, type SheetValue } from "../values.js";

import { SATSER, num, sheetInput, sheetNames, type SheetFunction, type SheetParam } from "../sheet-types.js";

const COUNTING: Record<string, "started-24h" | "calendar-days" | "nights"> = {
  "påbegyndte døgn": "started-24h",
  kalenderdage: "calendar-days",
  nætter: "nights",
  "started-24h": "started-24h",
  "calendar-days": "calendar-days",
  nights: "nights",
};

/** The counting word of a cell: Danish or the library's own; another word is refused. */
function countingOf(v: SheetValue, name: string): "started-24h" | "calendar-days" | "nights" {
  const mode = word(COUNTING, v);
  if (mode === undefined) throw new ArgumentError(name, SHEET_ISSUES.counting);
  return mode;
}

const stayParams: SheetParam[] = [
  { name: "paragraf", description: "109 (krisecenter) eller 110 (forsorgshjem/herberg)", type: "any", path: "section", read: (v) => String(v ?? "").trim() },
  { name: "ankomst", description: "Ankomst: dato og klokkeslæt", type: "any", path: "arrival", read: sheetTime },
  { name: "afrejse", description: "Afrejse: dato og klokkeslæt", type: "any", path: "departure", read: sheetTime },
  { name: "indtægt", description: "Har beboeren indtægt? (SAND/FALSK, standard SAND)", type: "boolean", optional: true, path: "income", read: sheetBool },
  { name: "optælling", description: '"påbegyndte døgn" (standard), "kalenderdage" eller "nætter"', type: "string", optional: true, path: "counting", read: countingOf },
];
const SERVICENIVEAU: SheetParam = { name: "serviceniveau", description: 'Kommunens serviceniveau: et navn, fx "holbaek-2024", eller hele dokumentet som JSON-tekst (optælling og egen bolig efter dokumentet)', type: "string", optional: true, path: "preset", read: sheetServiceLevel };
const FEE_PARAMS: SheetParam[] = [...stayParams, SATSER, SERVICENIVEAU];
const DAYS_PARAMS: SheetParam[] = [...stayParams, SERVICENIVEAU];

export const OPHOLD_BETALING: SheetFunction = /* @__PURE__ */ (() => ({
  name: "OPHOLD.BETALING",
  id: "OPHOLD.BETALING",
  exportName: "OPHOLD_BETALING",
  english: "SHELTER.FEE",
  description: "§§ 109–110: egenbetaling for logi for et ophold, pr. påbegyndt døgn til årets takst.",
  params: FEE_PARAMS,
  result: "number",
  names: sheetNames(FEE_PARAMS),
  run(args, ctx) {
    const r = computeShelterFee(sheetInput(FEE_PARAMS, args) as never, satserBound(args[5] as SheetValue, ctx?.bound ?? NO_BOUND_RATES));
    return { value: num(r.amount), explanation: r.explanation };
  },
}))();

export const OPHOLD_DOEGN: SheetFunction = {
  name: "OPHOLD.DØGN",
  id: "OPHOLD.DOEGN",
  exportName: "OPHOLD_DOEGN",
  english: "SHELTER.DAYS",
  description: "§§ 109–110: antal døgn, der betales for.",
  params: DAYS_PARAMS,
  result: "number",
  returns: "Antal døgn",
  names: sheetNames(DAYS_PARAMS),
  run(args) {
    // Counting døgn needs no rate: a year whose rate is not published still counts. The service
    // level's counting rule applies when the call gives no optælling.
    const r = shelterDays(sheetInput(DAYS_PARAMS, args) as never);
    return { value: r.days, explanation: r.explanation };
  },
};


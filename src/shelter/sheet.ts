// OPHOLD.BETALING and OPHOLD.DØGN: §§ 109–110 in a spreadsheet, declared as data.
import type { SheetParamSpec, SheetSpec } from "../core/module.js";

/** The counting words a cell may hold: Danish, or the library's own. */
const COUNTING = { words: { "påbegyndte døgn": "started-24h", kalenderdage: "calendar-days", nætter: "nights", "started-24h": "started-24h", "calendar-days": "calendar-days", nights: "nights" }, list: '"påbegyndte døgn", "kalenderdage" eller "nætter"' } as const;

const STAY: readonly SheetParamSpec[] = [
  { name: "paragraf", description: "109 (krisecenter) eller 110 (forsorgshjem/herberg)", type: "any", path: "section", read: "text" },
  { name: "ankomst", description: "Ankomst: dato og klokkeslæt", type: "any", path: "arrival", read: "time" },
  { name: "afrejse", description: "Afrejse: dato og klokkeslæt", type: "any", path: "departure", read: "time" },
  { name: "indtægt", description: "Har beboeren indtægt? (SAND/FALSK, standard SAND)", type: "boolean", optional: true, path: "income", read: "bool" },
  { name: "optælling", description: '"påbegyndte døgn" (standard), "kalenderdage" eller "nætter"', type: "string", optional: true, path: "counting", read: COUNTING },
];
const SERVICENIVEAU: SheetParamSpec = { name: "serviceniveau", description: 'Kommunens serviceniveau: et navn, fx "holbaek-2024", eller hele dokumentet som JSON-tekst (optælling og egen bolig efter dokumentet)', type: "string", optional: true, path: "preset", read: "level" };

/** The fee for a stay. */
export const OPHOLD_BETALING: SheetSpec = {
  name: "OPHOLD.BETALING",
  english: "SHELTER.FEE",
  description: "§§ 109–110: egenbetaling for logi for et ophold, pr. påbegyndt døgn til årets takst.",
  calls: "shelterFee",
  params: [...STAY, "satser", SERVICENIVEAU],
  result: "number",
  value: "amount",
};

/** The døgn a stay is paid for (no rate needed: a year whose rate is not published still counts). */
export const OPHOLD_DOEGN: SheetSpec = {
  name: "OPHOLD.DØGN",
  id: "OPHOLD.DOEGN",
  english: "SHELTER.DAYS",
  description: "§§ 109–110: antal døgn, der betales for.",
  calls: "shelterDays",
  params: [...STAY, SERVICENIVEAU],
  result: "number",
  value: "days",
  returns: "Antal døgn",
};

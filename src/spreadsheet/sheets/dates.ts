// The date rules in a sheet: SAGSFRIST, KLAGEFRIST, FOLKEPENSIONSALDER, FOLKEPENSIONSDATO, ARBEJDSDAGE.LÆG.TIL.
import { addWorkingDays } from "../../calendar/index.js";
import { appealDeadline, caseDeadline } from "../../case/index.js";
import { statePensionAge } from "../../pension/index.js";
import { step } from "../../calendar/words.js";
import { sheetServiceLevel, sheetDate } from "../values.js";

import { sheetInput, sheetNames, type SheetFunction, type SheetParam } from "../sheet-types.js";

const CASE_PARAMS: SheetParam[] = [
  { name: "paragraf", description: "Paragraf, fx 100 eller \"82b\"", type: "any", path: "paragraph", read: (v) => String(v ?? "").trim().replace(/^§\s*/, "") },
  { name: "modtaget", description: "Dato for modtagelse af ansøgningen", type: "any", path: "received", read: sheetDate },
  { name: "serviceniveau", description: 'Kommunens serviceniveau: et navn, fx "albertslund-2018", eller hele serviceniveau-dokumentet som JSON-tekst (tom: angiv uger)', type: "string", optional: true, path: "preset", read: sheetServiceLevel },
  { name: "uger", description: "Fristen i uger (går forud for serviceniveauet)", type: "number", optional: true, path: "weeks" },
];
const APPEAL_PARAMS: SheetParam[] = [{ name: "modtaget", description: "Dato for modtagelse af afgørelsen", type: "any", path: "decisionReceived", read: sheetDate }];
const BORN_PARAMS: SheetParam[] = [{ name: "fødselsdato", description: "Fødselsdato", type: "any", path: "birthDate", read: sheetDate }];
const WORKDAY_PARAMS: SheetParam[] = [
  { name: "dato", description: "Startdato", type: "any", path: "date", read: sheetDate },
  { name: "antal", description: "Antal arbejdsdage (0 eller flere)", type: "number", path: "n" },
];

export const SAGSFRIST: SheetFunction = {
  name: "SAGSFRIST",
  id: "SAGSFRIST",
  exportName: "SAGSFRIST",
  english: "CASEDEADLINE",
  description: "Sagsbehandlingsfristen som dato (ÅÅÅÅ-MM-DD) for en ansøgning efter en paragraf, efter kommunens serviceniveau.",
  params: CASE_PARAMS,
  result: "text",
  returns: "Datoen (ÅÅÅÅ-MM-DD)",
  names: sheetNames(CASE_PARAMS),
  run(args) {
    const r = caseDeadline(sheetInput(CASE_PARAMS, args) as never);
    return { value: r.date, explanation: r.explanation };
  },
};

export const KLAGEFRIST: SheetFunction = {
  name: "KLAGEFRIST",
  id: "KLAGEFRIST",
  exportName: "KLAGEFRIST",
  english: "APPEALDEADLINE",
  description: "Klagefristen som dato (ÅÅÅÅ-MM-DD): 4 uger fra modtagelsen af afgørelsen, flyttet til næste hverdag.",
  params: APPEAL_PARAMS,
  result: "text",
  returns: "Datoen (ÅÅÅÅ-MM-DD)",
  names: sheetNames(APPEAL_PARAMS),
  run(args) {
    const r = appealDeadline(sheetInput(APPEAL_PARAMS, args) as never);
    return { value: r.date, explanation: r.explanation };
  },
};

export const FOLKEPENSIONSALDER: SheetFunction = {
  name: "FOLKEPENSIONSALDER",
  id: "FOLKEPENSIONSALDER",
  exportName: "FOLKEPENSIONSALDER",
  english: "PENSIONAGE",
  description: "Folkepensionsalderen i år (fx 67 eller 65,5) for en fødselsdato.",
  params: BORN_PARAMS,
  result: "number",
  returns: "Alderen i år",
  names: sheetNames(BORN_PARAMS),
  run(args) {
    const r = statePensionAge(sheetInput(BORN_PARAMS, args) as never);
    return { value: r.age, explanation: r.explanation };
  },
};

export const FOLKEPENSIONSDATO: SheetFunction = {
  name: "FOLKEPENSIONSDATO",
  id: "FOLKEPENSIONSDATO",
  exportName: "FOLKEPENSIONSDATO",
  english: "PENSIONDATE",
  description: "Datoen (ÅÅÅÅ-MM-DD), hvor folkepensionsalderen nås.",
  params: BORN_PARAMS,
  result: "text",
  returns: "Datoen (ÅÅÅÅ-MM-DD)",
  names: sheetNames(BORN_PARAMS),
  run(args) {
    const r = statePensionAge(sheetInput(BORN_PARAMS, args) as never);
    return { value: r.date, explanation: r.explanation };
  },
};

export const ARBEJDSDAGE_LAEG_TIL: SheetFunction = {
  name: "ARBEJDSDAGE.LÆG.TIL",
  id: "ARBEJDSDAGE.LAEG.TIL",
  exportName: "ARBEJDSDAGE_LAEG_TIL",
  english: "WORKDAYS.ADD",
  description: "Datoen (ÅÅÅÅ-MM-DD) et antal danske arbejdsdage efter en dato (weekender og helligdage springes over).",
  params: WORKDAY_PARAMS,
  result: "text",
  returns: "Datoen (ÅÅÅÅ-MM-DD)",
  names: sheetNames(WORKDAY_PARAMS),
  run(args) {
    // addWorkingDays takes its two values as arguments: the table names them `date` and `n`.
    const { date: d, n } = sheetInput(WORKDAY_PARAMS, args) as { date: string; n: number };
    const to = addWorkingDays(d, n);
    return { value: to, explanation: [step("calendar.working-days", { days: n, from: d, to }, "Folkekirkens helligdage; store bededag afskaffet fra 2024 ved lov nr. 159 af 28/02/2023")] };
  },
};

